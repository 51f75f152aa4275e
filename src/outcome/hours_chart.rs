//! The hours chart: the household's money a month at each number of hours you could
//! work, from none to 48 a week in half hours, by where it comes from, and the
//! points where a rule makes it jump or changes how it grows.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::Money;

use super::Threshold;

/// The household's money a month by where it comes from, at one number of hours.
/// The parts add up to `total`, the same total as the full calculation gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ChartPoint {
    /// Your hours a week.
    pub hours: Decimal,
    /// Take-home pay, both adults.
    pub take_home_pay: Money,
    pub universal_credit: Money,
    /// New Style ESA and New Style JSA.
    pub esa_and_jsa: Money,
    /// Carer's Allowance, or Carer Support Payment and the Scottish Carer Supplement.
    pub carers: Money,
    /// Every other benefit counted in the total (Child Benefit less any charge on it,
    /// disability benefits, a pension, Scottish Child Payment, Council Tax Reduction,
    /// Housing Benefit).
    pub other_benefits: Money,
    /// The value of the help that comes with Universal Credit.
    pub passported_help: Money,
    pub total: Money,
}

/// The parts of a point, in the order they are stacked from the axis up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartPart {
    TakeHomePay,
    UniversalCredit,
    EsaAndJsa,
    Carers,
    OtherBenefits,
    PassportedHelp,
}

impl ChartPart {
    pub const ALL: [ChartPart; 6] = [
        ChartPart::TakeHomePay,
        ChartPart::UniversalCredit,
        ChartPart::EsaAndJsa,
        ChartPart::Carers,
        ChartPart::OtherBenefits,
        ChartPart::PassportedHelp,
    ];
}

impl ChartPoint {
    /// The money of one part at this point.
    pub fn part(&self, part: ChartPart) -> Money {
        match part {
            ChartPart::TakeHomePay => self.take_home_pay,
            ChartPart::UniversalCredit => self.universal_credit,
            ChartPart::EsaAndJsa => self.esa_and_jsa,
            ChartPart::Carers => self.carers,
            ChartPart::OtherBenefits => self.other_benefits,
            ChartPart::PassportedHelp => self.passported_help,
        }
    }
}

/// What happens at a marked point as your hours rise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "mark", rename_all = "snake_case")]
pub enum Mark {
    /// Earnings pass the work allowance: UC starts to fall by the taper (UC Regs 2013
    /// reg 22).
    WorkAllowanceUsedUp,
    /// Your pay starts to have income tax taken off.
    IncomeTaxStarts,
    /// Your pay starts to have National Insurance taken off.
    NationalInsuranceStarts,
    /// Universal Credit reaches nil.
    UniversalCreditEnds,
    /// A threshold the full calculation names (a benefit stopping with work, the
    /// benefit cap lifted, automatic enrolment, passported help lost...).
    Threshold(Threshold),
}

/// A mark and the first point of the chart (in half hours) at which it is crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChartMark {
    pub hours: Decimal,
    pub mark: Mark,
}

/// The chart for one household and the work in mind.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct HoursChart {
    pub points: Vec<ChartPoint>,
    /// In order of hours; marks at the same point in the order they were found.
    pub marks: Vec<ChartMark>,
}
