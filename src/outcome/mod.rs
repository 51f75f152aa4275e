//! What the engine answers: for now and for each scenario, every figure with what it
//! is and the rule it came from, the totals per week and per month, and how much
//! better (or worse) off each scenario leaves the household.
//!
//! Keys and figures only, never words: the catalogue (`copy/`) has the words for
//! every key, and `describe.rs` puts them together. The outcome owns these types; it
//! does not depend on the engine that fills them in.

mod child_benefit_charge;
mod council_tax;
mod first_months;
mod hours_chart;
mod housing;
mod housing_benefit;
mod lines;
mod next_pounds;
mod passports;
mod pay;
mod reasons;
mod universal_credit;
mod work_and_study;

pub use child_benefit_charge::ChildBenefitCharge;
pub use council_tax::{
    CouncilTaxBill, CouncilTaxDiscount, CtrCheck, CtrEstimate, CtrNotWorkedOut, CtrScheme,
};
pub use first_months::{
    Effect, FirstMonths, JobPaydays, MonthInWork, MonthLine, PaydayPattern, Timeline,
    TimelineNotShown, MONTHS_SHOWN,
};
pub use hours_chart::{ChartMark, ChartPart, ChartPoint, HoursChart, Mark};
pub use housing::{
    LhaCategory, LhaCheck, LhaResult, RentLimit, SharedRateException, SpareBedroomCheck,
};
pub use housing_benefit::HousingBenefitCheck;
pub use lines::{
    AdditionRate, DeductionLine, ElementLine, Income, IncomeLine, LcwraRate, Line, PerWeekAndMonth,
    StandardAllowanceRate, UcDeduction, UcElement, Who,
};
pub use next_pounds::{LineDifference, NextPounds};
pub use passports::{HelpNotCounted, PassportCheck, PassportTest};
pub use pay::{PayFigures, Payslip, PersonPay};
pub use reasons::{
    Assumption, EarningsLimitCheck, EarningsRule, MostHours, NotIncluded, NotWorkedOut, Reason,
    Threshold,
};
pub use universal_credit::{
    BenefitCapCheck, CapExemption, NotEntitled, UniversalCreditCalculation,
};
pub use work_and_study::{MinimumIncomeFloor, SelfEmployedEarnings, StudentIncome};

use serde::Serialize;

use crate::dates::TaxYear;
use crate::period::Frequency;
use crate::source::Source;
use crate::work::{Job, SelfEmployment, Study, Volunteering};

/// The household's money in one situation: now, or in one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub pay: Vec<PersonPay>,
    pub universal_credit: UniversalCreditCalculation,
    /// Every amount that makes up the household's income, in the order shown.
    pub income: Vec<IncomeLine>,
    pub total: PerWeekAndMonth,
    pub thresholds_reached: Vec<Threshold>,
    /// Each benefit's earnings test in this situation (for the headroom).
    pub earnings_limits: Vec<EarningsLimitCheck>,
    /// The High Income Child Benefit Charge for the year, when someone's adjusted net
    /// income is over the threshold and the household is paid Child Benefit.
    pub high_income_child_benefit_charge: Option<ChildBenefitCharge>,
    /// How Council Tax Reduction was worked out, for a household that pays council
    /// tax; or why it could not be.
    pub council_tax_reduction: Option<Result<CtrCheck, CtrNotWorkedOut>>,
    /// How Housing Benefit was worked out, for supported or temporary accommodation.
    pub housing_benefit: Option<HousingBenefitCheck>,
    /// Each kind of help that comes with Universal Credit this household could have,
    /// whether it has it in this situation, and the pay at which it is lost.
    pub passported_help: Vec<PassportCheck>,
}

impl Snapshot {
    /// The line for `income` and `who`, if there is one.
    pub fn income_line(&self, income: Income, who: Who) -> Option<&IncomeLine> {
        self.income
            .iter()
            .find(|line| line.kind == income && line.who == who)
    }
}

/// How one income line changes from now to a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub income: Income,
    pub who: Who,
    pub now: PerWeekAndMonth,
    pub with_scenario: PerWeekAndMonth,
    pub difference: PerWeekAndMonth,
    /// Why it changes, or why it stays the same.
    pub why: Vec<Reason>,
    pub source: Source,
}

/// Each adult's work in a scenario (what the scenario says, else as now), and any
/// unpaid volunteering.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ScenarioWork {
    pub you: Option<Job>,
    pub partner: Option<Job>,
    pub volunteering: Vec<Volunteering>,
    pub study: Vec<Study>,
    pub self_employment: Vec<SelfEmployment>,
}

/// The assessment periods of the year that hold one more payday than usual, for pay
/// (or childcare) that comes every week, two weeks or four weeks: UC counts the pay
/// received in each period (UC Regs 2013 reg 54(1)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherMonths {
    /// What comes this often has one more payday in these periods.
    pub frequency: Frequency,
    /// Paydays in these periods (5 for weekly pay).
    pub paydays: u32,
    /// Paydays in the usual period (4 for weekly pay).
    pub usual_paydays: u32,
    /// How many of the year's twelve periods these are (4 for weekly pay).
    pub months_a_year: u32,
    pub snapshot: Snapshot,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioOutcome {
    /// The name the scenario was given, if any. Without one, a name is made from
    /// `work` in the catalogue's words.
    pub name: Option<String>,
    pub work: ScenarioWork,
    /// The usual month: the assessment period most months of the year are like.
    pub snapshot: Snapshot,
    /// The months that hold one more payday, if any pay comes weekly, fortnightly or
    /// four-weekly.
    pub other_months: Vec<OtherMonths>,
    /// The total over the year's twelve periods, as an average month and week.
    pub year_average: PerWeekAndMonth,
    pub changes: Vec<Change>,
    /// For each benefit the work keeps, the most hours at the same hourly pay that
    /// keep it.
    pub most_hours: Vec<MostHours>,
    /// What is kept of the next £10 of pay in a usual month, and where the rest
    /// goes; `None` when nobody works in the scenario.
    pub next_pounds: Option<NextPounds>,
    /// Scenario total less the total now, positive when better off: `per_month` in a
    /// usual month, `per_week` on average over the year (with the months that hold
    /// one more payday).
    pub better_off: PerWeekAndMonth,
    /// The first six months of the work, when the scenario says when it starts.
    pub first_months: Option<FirstMonths>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The tax year whose rules were used.
    pub tax_year: TaxYear,
    /// The household now, in a usual month.
    pub now: Snapshot,
    /// Now, in the months that hold one more payday.
    pub now_other_months: Vec<OtherMonths>,
    /// Now, the total over the year's twelve periods, as an average month and week.
    pub now_year_average: PerWeekAndMonth,
    /// For each benefit the work done now keeps, the most hours at the same hourly
    /// pay that keep it.
    pub now_most_hours: Vec<MostHours>,
    pub scenarios: Vec<ScenarioOutcome>,
    /// What the estimate assumes and leaves out.
    pub assumptions: Vec<Assumption>,
    /// Incomes the household has that are not worked out. When there are any, the
    /// answer is partial: the totals leave them out, and no better-off figure is
    /// given.
    pub not_included: Vec<NotIncluded>,
    /// The council tax bill for the year, for a household that pays it.
    pub council_tax: Option<CouncilTaxBill>,
    /// Help that comes with benefits where the household lives but is not counted.
    pub help_not_counted: Vec<HelpNotCounted>,
}

impl Outcome {
    /// Some income is not worked out, so the totals are not the household's whole
    /// income.
    pub fn is_partial(&self) -> bool {
        !self.not_included.is_empty()
    }
}
