//! What an adult does: paid work as an employee (hours, pay, how often it is paid,
//! and the pension), unpaid volunteering, study, or self-employment.
//!
//! Used both for the work someone does now (in the household) and for the work in a
//! "what if" scenario, so it sits apart from both.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::period::Frequency;

/// One person's paid job as an employee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Job {
    /// Usual hours a week (half hours and other fractions allowed). 0 means not working.
    #[serde(deserialize_with = "crate::exact_number::hours")]
    pub hours_per_week: Decimal,
    /// Pay per hour before deductions. Give this or `annual_salary`.
    #[serde(default)]
    pub hourly_pay: Option<Money>,
    /// Pay per year before deductions. Give this or `hourly_pay`.
    #[serde(default)]
    pub annual_salary: Option<Money>,
    /// How often the pay comes: weekly, fortnightly, four_weekly or monthly.
    #[serde(default = "monthly")]
    pub paid: Frequency,
    /// The employee's pension contribution. Automatic enrolment minimum unless said.
    #[serde(default)]
    pub pension: PensionContribution,
    /// How the pension scheme gives tax relief. Relief at source unless said.
    #[serde(default)]
    pub pension_scheme: PensionScheme,
}

const fn monthly() -> Frequency {
    Frequency::Monthly
}

impl Job {
    /// A job at an hourly rate, paid monthly, with the default pension.
    pub fn hourly(hours_per_week: Decimal, hourly_pay: Money) -> Job {
        Job {
            hours_per_week,
            hourly_pay: Some(hourly_pay),
            annual_salary: None,
            paid: Frequency::Monthly,
            pension: PensionContribution::default(),
            pension_scheme: PensionScheme::default(),
        }
    }

    pub fn is_working(&self) -> bool {
        self.hours_per_week > Decimal::ZERO
    }
}

/// What the employee pays into a workplace pension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PensionContribution {
    /// The legal minimum under automatic enrolment: 5% of qualifying earnings
    /// (including tax relief), once pay reaches the earnings trigger.
    #[default]
    AutoEnrolmentMinimum,
    /// Opted out, or no pension.
    None,
    /// A percentage of qualifying earnings, including tax relief.
    PercentOfQualifyingEarnings(
        #[serde(deserialize_with = "crate::exact_number::percent")] Decimal,
    ),
    /// A percentage of all pay, including tax relief.
    PercentOfPay(#[serde(deserialize_with = "crate::exact_number::percent")] Decimal),
}

/// How tax relief is given on the employee's contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PensionScheme {
    /// The contribution is taken from pay after tax, less basic rate relief that the
    /// scheme claims back (Finance Act 2004 s.192). NEST and most master trusts.
    #[default]
    ReliefAtSource,
    /// The contribution is taken from pay before tax (a "net pay arrangement").
    NetPay,
}

/// One of the two adults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Person {
    You,
    Partner,
}

/// Unpaid volunteering for a charity or voluntary organisation: hours a week. It
/// changes no money (`engine/volunteering.rs`), but the page says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Volunteering {
    pub who: Person,
    #[serde(deserialize_with = "crate::exact_number::hours")]
    pub hours_per_week: Decimal,
}

/// Study on a course, in a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Study {
    pub who: Person,
    /// A full-time course (UC Regs 2013 reg 12): Universal Credit then only through
    /// an exception (reg 14). Part-time study changes nothing but the student income.
    pub full_time: bool,
    /// The most maintenance loan the student could get for the course year, whether
    /// taken or not (reg 69); for a postgraduate loan, 30% of it. Nil without one.
    #[serde(default)]
    pub maintenance_loan_per_year: Money,
    /// The assessment periods of the course year in which the loan counts (reg 68(1):
    /// from the one the course year starts in, leaving out the one the long vacation
    /// starts in and those in it): 9 for a course from September to June.
    #[serde(default = "usual_months_counted")]
    pub months_counted: u32,
}

impl Study {
    /// A course year from September to June, with assessment periods starting early
    /// in the month: September to May (the long vacation starts in June).
    pub const USUAL_MONTHS_COUNTED: u32 = 9;
}

const fn usual_months_counted() -> u32 {
    Study::USUAL_MONTHS_COUNTED
}

/// Self-employment, in a scenario: the work, and the profit it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelfEmployment {
    pub who: Person,
    /// Usual hours a week.
    #[serde(deserialize_with = "crate::exact_number::hours")]
    pub hours_per_week: Decimal,
    /// Profit a month: what the business takes in, less allowable expenses, before
    /// income tax and National Insurance.
    pub profit_per_month: Money,
    /// In the 12-month start-up period (UC Regs 2013 reg 63): no minimum income floor.
    #[serde(default)]
    pub start_up_period: bool,
    /// The person's main work, organised, regular and for profit: gainful
    /// self-employment (reg 64), which the floor needs. Yes unless said.
    #[serde(default = "yes")]
    pub main_work: bool,
}

const fn yes() -> bool {
    true
}
