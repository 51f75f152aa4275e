//! The first months of new work, assessment period by assessment period: which
//! paydays land in each, the money each period brings, and what makes a period
//! different from the usual month.

use serde::Serialize;

use crate::dates::{AssessmentPeriod, Date};
use crate::money::Money;
use crate::source::Source;

use super::{Income, Who};

/// How many assessment periods the first months show.
pub const MONTHS_SHOWN: usize = 6;

/// The first months of the work in a scenario, or why they are not shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FirstMonths {
    Shown(Timeline),
    NotShown(TimelineNotShown),
}

/// Why the first months are not shown for a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineNotShown {
    /// The scenario changes the hours or pay of a job someone has now: the pay of
    /// the old and the new work would share a period, which is not worked out.
    ChangeOfWork,
    /// The scenario is not a new job (volunteering, study or self-employment).
    NotANewJob,
}

/// Six assessment periods from the one the work starts in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The first day of work.
    pub start: Date,
    /// The day of the month each assessment period begins (1 to 31).
    pub assessment_period_day: u8,
    /// When each new job pays.
    pub paydays: Vec<JobPaydays>,
    pub months: Vec<MonthInWork>,
    /// The usual month in work (the results' headline month), to compare each with:
    /// its lines and its total.
    pub usual: Vec<MonthLine>,
    pub usual_total: Money,
    /// The months after the tax year ends use this year's rates (`tax_year_ends`).
    pub tax_year_ends: Date,
}

/// When a new job pays: its first payday, then the pattern after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct JobPaydays {
    pub who: Who,
    pub first: Date,
    pub then: PaydayPattern,
}

/// How paydays follow the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaydayPattern {
    /// Every so many days: 7, 14 or 28.
    EveryDays(u32),
    LastWorkingDayOfTheMonth,
    /// This day of each month, or the working day before.
    DayOfTheMonth(u8),
}

/// One assessment period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthInWork {
    pub period: AssessmentPeriod,
    /// Each line of money for the period (monthly amounts, this period's paydays).
    pub income: Vec<MonthLine>,
    pub total: Money,
    /// `total` less the usual month's: what this period's effects add up to.
    pub difference_from_usual: Money,
    /// The day this period's Universal Credit is paid, if there is any.
    pub universal_credit_paid_on: Option<Date>,
    /// What makes this period different from the usual month.
    pub effects: Vec<Effect>,
}

/// One amount in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthLine {
    pub income: Income,
    pub who: Who,
    pub amount: Money,
}

/// What makes a period different from the usual month, with the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "effect")]
pub enum Effect {
    /// A job's paydays in this period, when there are more or fewer than usual
    /// (none before the first payday; five weekly paydays in some periods). UC
    /// counts the pay received in the period. `money` is what the period's total
    /// gains or loses by them (all such jobs together, on the first job's effect),
    /// with all that follows from them: UC, the benefit cap and the help that comes
    /// with UC (whose own effects then carry no money, so nothing counts twice).
    Paydays {
        who: Who,
        dates: Vec<Date>,
        usual: u32,
        money: Money,
        source: Source,
    },
    /// A weekly benefit the work stops is still paid for the whole weeks of this
    /// period before it `stops`, while Universal Credit counts it as stopped for the
    /// whole period (a change counts from the period's first day): extra money.
    PaidUntilItStops {
        income: Income,
        who: Who,
        weeks: u32,
        stops: Date,
        money: Money,
        source: Source,
    },
    /// A weekly benefit the work will stop is still paid for all of this period
    /// (it `stops` in a later one). Universal Credit takes it off in full, so the
    /// period's total is much the same: `money` is the total's change, when UC is
    /// too small to take all of it off.
    StillPaid {
        income: Income,
        who: Who,
        stops: Date,
        /// The benefit this period, a month's worth.
        amount: Money,
        money: Money,
        source: Source,
    },
    /// Universal Credit is nil this period because of pay: the claim may close.
    /// `surplus`: the pay above the amount that takes it to nil (reg 54A(1)).
    /// `transitional_protection`: the award has a transitional element, which ends
    /// for good if the award ends (UC (Transitional Provisions) Regs 2014 reg 57; DWP
    /// is reported to end it after 4 nil periods in a row).
    UniversalCreditNil {
        surplus: Money,
        transitional_protection: bool,
        source: Source,
    },
    /// Universal Credit is paid again after a period it was nil: if the claim
    /// starts again, the surplus of that period above a threshold counts as pay in
    /// this one (reg 54A), which these figures leave out. The threshold for 2026/27
    /// (£2,500 while a temporary rule lasted, £300 otherwise) could not be confirmed.
    SurplusMayCount { surplus: Money, source: Source },
    /// Help that comes with Universal Credit is lost this period (`kept` false) or
    /// kept (true), where the usual month is the other way, because of the pay in it.
    HelpChanges {
        help: Income,
        kept: bool,
        source: Source,
    },
    /// More pay than usual on one payday (an extra shift): UC counts it in this
    /// period. `money` is what the period's total gains by it (with all that follows,
    /// as for `Paydays`, which then carry none).
    ExtraPay {
        who: Who,
        payday: Date,
        amount: Money,
        money: Money,
        source: Source,
    },
    /// An extra shift's pay on `payday` takes a carer over the Carer's Allowance
    /// earnings limit: the allowance is not paid for `weeks` weeks from `from` (the
    /// week after the pay is due: SI 1976/409 reg 8(1)). UC still takes a whole month
    /// of it off, as it is paid again by the period's end, so the household has
    /// `money` (negative) less. UNCLEAR: DWP's practice for a gap inside a period.
    AllowanceLostForAWeek {
        income: Income,
        who: Who,
        payday: Date,
        from: Date,
        weeks: u32,
        money: Money,
        source: Source,
    },
    /// Housing Benefit for supported or temporary accommodation falls this period,
    /// after New Style ESA stopped because of the work: if the ESA had been paid for
    /// 26 weeks or more, HB stays at least at its old amount for 4 weeks (HB Regs 2006
    /// regs 73 to 73B). Not counted here: how long the ESA was paid is not asked.
    HousingBenefitMayRunOn { source: Source },
    /// The benefit cap takes `reduction` off Universal Credit this period, more than
    /// in a usual month: the pay in it is under the cap's earnings threshold (a
    /// new worker has no grace period: UC Regs 2013 reg 82(2)).
    BenefitCap {
        reduction: Money,
        threshold: Money,
        source: Source,
    },
}

impl Effect {
    /// What the effect adds to (or takes from) the period's total.
    pub fn money(&self) -> Money {
        match self {
            Effect::Paydays { money, .. }
            | Effect::ExtraPay { money, .. }
            | Effect::PaidUntilItStops { money, .. }
            | Effect::StillPaid { money, .. }
            | Effect::AllowanceLostForAWeek { money, .. } => *money,
            Effect::UniversalCreditNil { .. }
            | Effect::SurplusMayCount { .. }
            | Effect::HelpChanges { .. }
            | Effect::HousingBenefitMayRunOn { .. }
            | Effect::BenefitCap { .. } => Money::ZERO,
        }
    }

    /// The rule behind it.
    pub fn source(&self) -> Source {
        match self {
            Effect::Paydays { source, .. }
            | Effect::ExtraPay { source, .. }
            | Effect::PaidUntilItStops { source, .. }
            | Effect::StillPaid { source, .. }
            | Effect::AllowanceLostForAWeek { source, .. }
            | Effect::UniversalCreditNil { source, .. }
            | Effect::SurplusMayCount { source, .. }
            | Effect::HelpChanges { source, .. }
            | Effect::HousingBenefitMayRunOn { source }
            | Effect::BenefitCap { source, .. } => *source,
        }
    }

    /// Money the period's snapshot does not hold: a weekly benefit still paid before
    /// it stops (the snapshot is of the work, with the benefit stopped).
    pub fn outside_the_snapshot(&self) -> Money {
        match self {
            Effect::PaidUntilItStops { money, .. }
            | Effect::StillPaid { money, .. }
            | Effect::AllowanceLostForAWeek { money, .. } => *money,
            Effect::Paydays { .. }
            | Effect::ExtraPay { .. }
            | Effect::UniversalCreditNil { .. }
            | Effect::SurplusMayCount { .. }
            | Effect::HelpChanges { .. }
            | Effect::HousingBenefitMayRunOn { .. }
            | Effect::BenefitCap { .. } => Money::ZERO,
        }
    }
}
