//! The shape of the help that comes with Universal Credit ("passported" help): what
//! each is worth and the test that loses it. The figures are in `y2026_27/`.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::period::Weekly;

use super::Cited;

/// Help that comes with Universal Credit, its value and the pay at which it is lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct PassportedHelp {
    pub nhs_health_costs: NhsHealthCosts,
    pub free_school_meals: FreeSchoolMeals,
    pub healthy_start: HealthyStart,
    pub warm_home_discount: WarmHomeDiscount,
}

/// Free NHS prescriptions, dental treatment and sight tests in England on UC
/// (NHS (Charges) Regulations 2015 reg 8 and the NHS Low Income Scheme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct NhsHealthCosts {
    /// Take-home pay in the assessment period at or under this keeps the help.
    pub take_home_limit: Cited<Money>,
    /// The higher limit, when the award has a child element or someone has limited
    /// capability for work.
    pub take_home_limit_higher: Cited<Money>,
    /// What the help is worth to someone who needs regular medicine: the price of a
    /// 12-month prescription prepayment certificate.
    pub prepayment_certificate_12_months: Cited<Money>,
}

/// Free school meals in England for every child in a household on UC (from
/// September 2026).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct FreeSchoolMeals {
    /// What one meal is worth: the funding rate for universal infant free school
    /// meals.
    pub meal_value: Cited<Money>,
    /// School days in a year, each with one meal.
    pub school_days_a_year: Cited<u32>,
    /// Younger children get free meals whatever the income (universal infant free
    /// school meals, to the end of year 2), so UC gives them nothing more.
    pub from_age: Cited<u8>,
}

/// Healthy Start (England, Wales and Northern Ireland): money for milk, fruit and
/// vegetables for a family on UC with a child under 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct HealthyStart {
    /// The family's take-home pay a month at or under this keeps it.
    pub take_home_limit: Cited<Money>,
    /// For each child under 1.
    pub weekly_under_one: Cited<Weekly>,
    /// For each child from 1 until 4.
    pub weekly_one_to_four: Cited<Weekly>,
    /// Paid for a child under this age.
    pub child_under_age: Cited<u8>,
}

/// The Warm Home Discount (Great Britain): money off the electricity bill each
/// winter for a billpayer on a means-tested benefit on the qualifying date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct WarmHomeDiscount {
    pub per_winter: Cited<Money>,
}
