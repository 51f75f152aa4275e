//! What the engine answers: for now and for each scenario, every figure with its
//! label and the rule it came from, the totals per week and per month, and how much
//! better (or worse) off each scenario leaves the household.

use serde::Serialize;

use crate::engine::pay::Payslip;
use crate::money::Money;
use crate::period::Monthly;
use crate::source::Source;

/// Whose figure a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    You,
    Partner,
    /// A child, by their place in the household's list (0 is the first).
    Child(usize),
    /// The household as a whole (for example Universal Credit, a joint award).
    Household,
}

/// What a line is, so a page can find its own words for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineId {
    TakeHomePay,
    UniversalCredit,
    PersonalIndependencePayment,
    AdultDisabilityPayment,
    DisabilityLivingAllowance,
    ChildDisabilityPayment,
    ChildBenefit,
    StandardAllowance,
    ChildElement,
    DisabledChildAddition,
    LcwElement,
    LcwraElement,
    CarerElement,
    HousingCostsElement,
    ChildcareCostsElement,
    EarningsReduction,
    TariffIncomeFromCapital,
    BenefitCapReduction,
}

/// One figure, per month and per week, with its rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line {
    pub id: LineId,
    pub who: Who,
    pub label: String,
    pub per_month: Money,
    pub per_week: Money,
    pub source: Source,
}

impl Line {
    pub fn monthly(
        id: LineId,
        who: Who,
        label: impl Into<String>,
        per_month: Money,
        source: Source,
    ) -> Line {
        let amounts = PerWeekAndMonth::from_monthly(per_month);
        Line {
            id,
            who,
            label: label.into(),
            per_month: amounts.per_month,
            per_week: amounts.per_week,
            source,
        }
    }
}

/// An amount per month, with its weekly equivalent (× 12 / 52, to the penny).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PerWeekAndMonth {
    pub per_week: Money,
    pub per_month: Money,
}

impl PerWeekAndMonth {
    pub fn from_monthly(per_month: Money) -> PerWeekAndMonth {
        PerWeekAndMonth {
            per_week: Monthly(per_month)
                .to_weekly_equivalent()
                .0
                .round_to_nearest_penny(),
            per_month,
        }
    }
}

/// A threshold that makes money jump rather than change smoothly. The sweep and the
/// property tests use these to tell a real cliff edge from a mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// Pay is above the automatic enrolment earnings trigger, so pension
    /// contributions start on all qualifying earnings at once.
    AutoEnrolmentEarningsTrigger(Who),
    /// Earnings are high enough that the benefit cap does not apply (reg 82(1)(a)).
    BenefitCapEarningsExemption,
    /// The household works enough for the childcare costs element (reg 32).
    ChildcareWorkCondition,
}

/// Why there is no Universal Credit at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotEntitled {
    /// Savings and other capital over £16,000 (UC Regs 2013 reg 18).
    CapitalOverUpperLimit,
    /// Income is high enough to take the award to nil.
    IncomeTooHigh,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitCapCheck {
    /// The cap for this household, per month (reg 80A).
    pub cap: Money,
    /// Why the cap does not apply, if it does not.
    pub exempt_because: Option<String>,
    /// Welfare benefits counted against the cap: UC before the cap and Child Benefit.
    pub welfare_benefits: Money,
    /// What the cap takes off UC (reg 81); nil when exempt or under the cap.
    pub reduction: Money,
    pub source: Source,
}

/// The UC calculation, step by step (Welfare Reform Act 2012 s.8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UniversalCreditCalculation {
    /// The elements that make up the maximum amount.
    pub elements: Vec<Line>,
    pub maximum_amount: Money,
    /// The work allowance, if the household has one (reg 22(2)).
    pub work_allowance: Money,
    /// Earnings after tax, NI and pension contributions, both partners together.
    pub earned_income: Money,
    /// Amounts taken off the maximum amount: the earnings reduction and unearned income.
    pub deductions: Vec<Line>,
    pub award_before_benefit_cap: Money,
    pub benefit_cap: BenefitCapCheck,
    /// The monthly award. Never below nil.
    pub award: Money,
    pub not_entitled_because: Option<NotEntitled>,
}

/// One adult's pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonPay {
    pub who: Who,
    pub payslip: Payslip,
}

/// The household's money in one situation: now, or in one scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub pay: Vec<PersonPay>,
    pub universal_credit: UniversalCreditCalculation,
    /// Every amount that makes up the household's income, in the order shown.
    pub income: Vec<Line>,
    pub total: PerWeekAndMonth,
    pub thresholds_reached: Vec<Threshold>,
}

impl Snapshot {
    /// The line for `id` and `who`, if there is one.
    pub fn income_line(&self, id: LineId, who: Who) -> Option<&Line> {
        self.income
            .iter()
            .find(|line| line.id == id && line.who == who)
    }
}

/// How one income line changes from now to a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub id: LineId,
    pub who: Who,
    pub label: String,
    pub now: PerWeekAndMonth,
    pub with_scenario: PerWeekAndMonth,
    pub difference: PerWeekAndMonth,
    /// Why it changes, or why it stays the same, in plain words.
    pub why: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioOutcome {
    pub label: String,
    pub snapshot: Snapshot,
    pub changes: Vec<Change>,
    /// Scenario total less the total now: positive when better off.
    pub better_off: PerWeekAndMonth,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub tax_year: &'static str,
    pub now: Snapshot,
    pub scenarios: Vec<ScenarioOutcome>,
    /// What the estimate assumes, in plain words.
    pub assumptions: Vec<&'static str>,
}
