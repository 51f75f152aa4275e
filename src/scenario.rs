//! A "what if": work for either or both adults, and childcare, to compare with now;
//! or unpaid volunteering. With the day new work starts and when it pays, the first
//! months can be shown month by month (`engine/first_months/`).

use serde::{Deserialize, Serialize};

use crate::dates::Date;
use crate::household::ChildcareCosts;
use crate::money::Money;
use crate::work::{Job, Person, SelfEmployment, Study, Volunteering};

/// A "what if": work for either or both adults, compared with now. The default
/// changes nothing: write only what the scenario changes (`..Scenario::default()`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A name for the scenario. Made from the work if not given.
    #[serde(default)]
    pub label: Option<String>,
    /// Your work in this scenario; absent means the same as now.
    #[serde(default)]
    pub you: Option<Job>,
    /// Your partner's work in this scenario; absent means the same as now.
    #[serde(default)]
    pub partner: Option<Job>,
    /// Childcare costs in this scenario; absent means the same as now.
    #[serde(default)]
    pub childcare_costs: Option<ChildcareCosts>,
    /// Unpaid volunteering in this scenario, by either adult.
    #[serde(default)]
    pub volunteering: Vec<Volunteering>,
    /// Study on a course, by either adult.
    #[serde(default)]
    pub study: Vec<Study>,
    /// Self-employment, by either adult.
    #[serde(default)]
    pub self_employment: Vec<SelfEmployment>,
    /// When the work starts and when it pays, for the first months month by month.
    #[serde(default)]
    pub first_months: Option<FirstMonths>,
}

/// When new work starts, when its assessment periods begin, and when it pays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstMonths {
    /// The first day of work.
    pub start: Date,
    /// The day of the month each Universal Credit assessment period begins (1 to 31:
    /// the day the claim began, UC Regs 2013 reg 21). On the UC statement.
    pub assessment_period_day: u8,
    /// When your new job pays; for a job you have now, absent.
    #[serde(default)]
    pub you: Option<Payday>,
    /// When your partner's new job pays.
    #[serde(default)]
    pub partner: Option<Payday>,
    /// One payday with more pay than usual (an extra shift), if any.
    #[serde(default)]
    pub extra_pay: Option<ExtraPay>,
}

/// More gross pay than usual on one payday of a new job: the pay for an extra shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraPay {
    pub who: Person,
    pub payday: Date,
    /// The extra gross pay on that payday.
    pub amount: Money,
}

/// When a job pays: its first payday, then every week, two weeks or four weeks
/// after it as the job's pay comes, or each month by `monthly`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payday {
    pub first: Date,
    /// For pay that comes monthly, the day it comes in each later month.
    #[serde(default)]
    pub monthly: MonthlyPayday,
}

/// The day monthly pay comes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum MonthlyPayday {
    /// The last working day of the month.
    #[default]
    LastWorkingDay,
    /// This day of the month (1 to 31; the month's last day if it has fewer), or the
    /// working day before it.
    Day(u8),
}
