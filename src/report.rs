//! The outcome as the calc command prints it (docs/json-format.md): every figure of
//! the outcome, with a label and reasons in one catalogue's words beside the keys.
//!
//! The engine's outcome has no words; this is where the JSON gets them, from the same
//! catalogue as the app (`describe.rs`), with money as "£650.00".

use serde::Serialize;

use crate::copy::Copy;
use crate::dates::TaxYear;
use crate::describe::Words;
use crate::money::Money;
use crate::outcome::{
    BenefitCapCheck, Change, ChildBenefitCharge, CouncilTaxBill, CtrCheck, CtrNotWorkedOut,
    EarningsLimitCheck, FirstMonths, HelpNotCounted, HousingBenefitCheck, Income, Line, MostHours,
    NextPounds, NotEntitled, NotIncluded, OtherMonths, Outcome, PassportCheck, PerWeekAndMonth,
    PersonPay, ScenarioOutcome, Snapshot, Threshold, UcDeduction, UcElement,
    UniversalCreditCalculation, Who,
};
use crate::period::Frequency;
use crate::source::Source;

/// One line with its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineReport<Kind> {
    #[serde(flatten)]
    pub kind: Kind,
    pub who: Who,
    pub label: String,
    pub per_month: Money,
    pub per_week: Money,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitCapReport {
    pub cap: Money,
    pub earnings_threshold: Money,
    /// The earned income the cap tests (actual earnings, not the minimum income floor).
    pub earned_income: Money,
    pub exempt_because: Option<String>,
    pub welfare_benefits: Money,
    pub reduction: Money,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UniversalCreditReport {
    pub elements: Vec<LineReport<UcElement>>,
    pub maximum_amount: Money,
    pub work_allowance: Money,
    pub earned_income: Money,
    pub deductions: Vec<LineReport<UcDeduction>>,
    pub award_before_benefit_cap: Money,
    pub benefit_cap: BenefitCapReport,
    pub award: Money,
    pub not_entitled_because: Option<NotEntitled>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnapshotReport<'a> {
    pub pay: &'a [PersonPay],
    pub universal_credit: UniversalCreditReport,
    pub income: Vec<LineReport<Income>>,
    pub total: PerWeekAndMonth,
    pub thresholds_reached: &'a [Threshold],
    /// Each benefit's earnings test (weekly figures), for the headroom.
    pub earnings_limits: &'a [EarningsLimitCheck],
    /// The High Income Child Benefit Charge for the year and the figures behind it,
    /// when someone's adjusted net income is over the threshold.
    pub high_income_child_benefit_charge: Option<&'a ChildBenefitCharge>,
    /// How Council Tax Reduction was worked out (weekly figures), for a household
    /// that pays council tax; `{"Err": ...}` when it could not be.
    pub council_tax_reduction: Option<&'a Result<CtrCheck, CtrNotWorkedOut>>,
    /// How Housing Benefit was worked out (weekly), for supported or temporary
    /// accommodation.
    pub housing_benefit: Option<&'a HousingBenefitCheck>,
    /// Each kind of help that comes with UC this household could have: its value, its
    /// test (a take-home pay limit, or any UC), whether it is had.
    pub passported_help: &'a [PassportCheck],
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChangeReport {
    #[serde(flatten)]
    pub income: Income,
    pub who: Who,
    pub label: String,
    pub now: PerWeekAndMonth,
    pub with_scenario: PerWeekAndMonth,
    pub difference: PerWeekAndMonth,
    pub why: String,
    pub source: Source,
}

/// The months of the year that hold one more payday, and the money in them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherMonthsReport<'a> {
    pub frequency: Frequency,
    pub paydays: u32,
    pub usual_paydays: u32,
    pub months_a_year: u32,
    pub snapshot: SnapshotReport<'a>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScenarioReport<'a> {
    pub label: String,
    /// A usual month.
    pub snapshot: SnapshotReport<'a>,
    pub other_months: Vec<OtherMonthsReport<'a>>,
    /// The year's total as an average month and week.
    pub year_average: PerWeekAndMonth,
    pub changes: Vec<ChangeReport>,
    /// For each benefit the work keeps, the most hours a week at the same hourly pay
    /// that keep it.
    pub most_hours: &'a [MostHours],
    /// What is kept of the next £10 earned in a usual month, and where the rest goes.
    pub next_pounds: Option<NextPoundsReport<'a>>,
    /// `per_month` in a usual month, `per_week` on average over the year. `null` when
    /// the answer is partial (an income is not worked out).
    pub better_off: Option<PerWeekAndMonth>,
    /// The first six months, when the scenario says when its work starts.
    pub first_months: Option<FirstMonthsReport<'a>>,
}

/// The first months' figures, and each month's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FirstMonthsReport<'a> {
    #[serde(flatten)]
    pub figures: &'a FirstMonths,
    /// The dates the months use, in a sentence; empty when they are not shown.
    pub used: String,
    /// For each month: its name, when its UC is paid, and why it differs.
    pub months: Vec<MonthWords>,
}

/// One month of the first months, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthWords {
    pub period: String,
    pub universal_credit_paid: Option<String>,
    pub effects: Vec<String>,
}

/// The next £10, its figures and its sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextPoundsReport<'a> {
    #[serde(flatten)]
    pub figures: &'a NextPounds,
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report<'a> {
    pub tax_year: TaxYear,
    /// Now, in a usual month.
    pub now: SnapshotReport<'a>,
    pub now_other_months: Vec<OtherMonthsReport<'a>>,
    pub now_year_average: PerWeekAndMonth,
    pub now_most_hours: &'a [MostHours],
    pub scenarios: Vec<ScenarioReport<'a>>,
    pub assumptions: Vec<String>,
    /// Some income is not worked out: the totals leave it out, and there is no
    /// better-off figure.
    pub partial: bool,
    pub not_included: &'a [NotIncluded],
    /// The council tax bill for the year, for a household that pays it.
    pub council_tax: Option<&'a CouncilTaxBill>,
    /// Help that comes with benefits where the household lives but is not counted.
    pub help_not_counted: &'a [HelpNotCounted],
}

/// The outcome with labels and reasons in `copy`'s words.
pub fn report<'a>(outcome: &'a Outcome, copy: &Copy) -> Report<'a> {
    let words = Words::for_report(copy);
    Report {
        tax_year: outcome.tax_year,
        now: snapshot(&outcome.now, &words),
        now_other_months: other_months(&outcome.now_other_months, &words),
        now_year_average: outcome.now_year_average,
        now_most_hours: &outcome.now_most_hours,
        scenarios: outcome
            .scenarios
            .iter()
            .map(|scenario| scenario_report(scenario, outcome.is_partial(), &words))
            .collect(),
        assumptions: outcome
            .assumptions
            .iter()
            .map(|assumption| words.assumption(*assumption, outcome.tax_year))
            .collect(),
        partial: outcome.is_partial(),
        not_included: &outcome.not_included,
        council_tax: outcome.council_tax.as_ref(),
        help_not_counted: &outcome.help_not_counted,
    }
}

fn scenario_report<'a>(
    scenario: &'a ScenarioOutcome,
    partial: bool,
    words: &Words<'_>,
) -> ScenarioReport<'a> {
    ScenarioReport {
        label: words.scenario_name(scenario),
        snapshot: snapshot(&scenario.snapshot, words),
        other_months: other_months(&scenario.other_months, words),
        year_average: scenario.year_average,
        changes: scenario
            .changes
            .iter()
            .map(|change| change_report(change, words))
            .collect(),
        most_hours: &scenario.most_hours,
        next_pounds: scenario.next_pounds.as_ref().map(|next| NextPoundsReport {
            figures: next,
            words: words.next_pounds(next),
        }),
        better_off: (!partial).then_some(scenario.better_off),
        first_months: scenario
            .first_months
            .as_ref()
            .map(|figures| first_months_report(figures, words)),
    }
}

fn first_months_report<'a>(figures: &'a FirstMonths, words: &Words<'_>) -> FirstMonthsReport<'a> {
    let text = &words.copy.results.first_months;
    let (used, months) = match figures {
        FirstMonths::Shown(timeline) => (
            words.first_months_used(timeline),
            timeline
                .months
                .iter()
                .map(|month| MonthWords {
                    period: words.period_name(month.period),
                    universal_credit_paid: month
                        .universal_credit_paid_on
                        .map(|date| text.uc_paid.fill(&[("date", &words.date(date))])),
                    effects: month
                        .effects
                        .iter()
                        .map(|effect| words.effect(effect, month, timeline))
                        .collect(),
                })
                .collect(),
        ),
        FirstMonths::NotShown(_) => (String::new(), Vec::new()),
    };
    FirstMonthsReport {
        figures,
        used,
        months,
    }
}

fn other_months<'a>(months: &'a [OtherMonths], words: &Words<'_>) -> Vec<OtherMonthsReport<'a>> {
    months
        .iter()
        .map(|months| OtherMonthsReport {
            frequency: months.frequency,
            paydays: months.paydays,
            usual_paydays: months.usual_paydays,
            months_a_year: months.months_a_year,
            snapshot: snapshot(&months.snapshot, words),
        })
        .collect()
}

fn change_report(change: &Change, words: &Words<'_>) -> ChangeReport {
    ChangeReport {
        income: change.income,
        who: change.who,
        label: words.income_name(change.income, change.who),
        now: change.now,
        with_scenario: change.with_scenario,
        difference: change.difference,
        why: words.reasons(&change.why),
        source: change.source,
    }
}

fn snapshot<'a>(snapshot: &'a Snapshot, words: &Words<'_>) -> SnapshotReport<'a> {
    SnapshotReport {
        pay: &snapshot.pay,
        universal_credit: universal_credit(&snapshot.universal_credit, words),
        income: snapshot
            .income
            .iter()
            .map(|line| line_report(line, words.income_name(line.kind, line.who)))
            .collect(),
        total: snapshot.total,
        thresholds_reached: &snapshot.thresholds_reached,
        earnings_limits: &snapshot.earnings_limits,
        high_income_child_benefit_charge: snapshot.high_income_child_benefit_charge.as_ref(),
        council_tax_reduction: snapshot.council_tax_reduction.as_ref(),
        housing_benefit: snapshot.housing_benefit.as_ref(),
        passported_help: &snapshot.passported_help,
    }
}

/// A line of any kind with the label given.
fn line_report<Kind: core::marker::Copy>(line: &Line<Kind>, label: String) -> LineReport<Kind> {
    LineReport {
        kind: line.kind,
        who: line.who,
        label,
        per_month: line.per_month,
        per_week: line.per_week,
        source: line.source,
    }
}

fn benefit_cap(check: &BenefitCapCheck, words: &Words<'_>) -> BenefitCapReport {
    BenefitCapReport {
        cap: check.cap,
        earnings_threshold: check.earnings_threshold,
        earned_income: check.earned_income,
        exempt_because: check
            .exempt_because
            .map(|exemption| words.cap_exemption(&exemption)),
        welfare_benefits: check.welfare_benefits,
        reduction: check.reduction,
        source: check.source,
    }
}

fn universal_credit(
    calculation: &UniversalCreditCalculation,
    words: &Words<'_>,
) -> UniversalCreditReport {
    UniversalCreditReport {
        elements: calculation
            .elements
            .iter()
            .map(|line| line_report(line, words.element_label(line)))
            .collect(),
        maximum_amount: calculation.maximum_amount,
        work_allowance: calculation.work_allowance,
        earned_income: calculation.earned_income,
        deductions: calculation
            .deductions
            .iter()
            .map(|line| line_report(line, words.deduction_label(line)))
            .collect(),
        award_before_benefit_cap: calculation.award_before_benefit_cap,
        benefit_cap: benefit_cap(&calculation.benefit_cap, words),
        award: calculation.award,
        not_entitled_because: calculation.not_entitled_because,
    }
}
