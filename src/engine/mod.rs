//! The calculation engine: from a household and its scenarios to an outcome.
//!
//! Pure Rust with no web dependency: no clock, no files, no network, no floats. The
//! engine cannot fail: `Situation::check` has already turned away anything it cannot
//! use, so `calculate` returns an `Outcome`, not a `Result`.
//! Order: pay (pension, tax, NI) for each adult, then Universal Credit (which needs
//! earnings and Child Benefit for the benefit cap), then the benefits work does not
//! change, then totals and the difference from now.

pub mod child_benefit;
pub mod disability_benefits;
mod explain;
pub mod income_tax;
pub mod national_insurance;
pub mod pay;
pub mod sweep;
pub mod universal_credit;
pub mod workplace_pension;

use crate::household::{ChildcareCosts, Household};
use crate::money::Money;
use crate::outcome::{
    Line, LineId, Outcome, PerWeekAndMonth, PersonPay, ScenarioOutcome, Snapshot, Threshold, Who,
};
use crate::rules::Rules;
use crate::scenario::{Job, PensionContribution, Scenario};
use crate::situation::Situation;
use crate::source::WRA_2012_S8;

/// Who works, at what, and what childcare costs: "now", or one scenario.
#[derive(Debug, Clone, Copy)]
pub struct Work<'a> {
    pub you: Option<&'a Job>,
    pub partner: Option<&'a Job>,
    pub childcare_costs: Option<&'a ChildcareCosts>,
}

impl<'a> Work<'a> {
    /// The household as it is now.
    pub fn now(household: &'a Household) -> Work<'a> {
        Work {
            you: household.you.job.as_ref(),
            partner: household
                .partner
                .as_ref()
                .and_then(|partner| partner.job.as_ref()),
            childcare_costs: household.childcare_costs.as_ref(),
        }
    }

    /// A scenario: what it says, and what it leaves out stays as now.
    pub fn with_scenario(household: &'a Household, scenario: &'a Scenario) -> Work<'a> {
        let now = Work::now(household);
        Work {
            you: scenario.you.as_ref().or(now.you),
            partner: scenario.partner.as_ref().or(now.partner),
            childcare_costs: scenario.childcare_costs.as_ref().or(now.childcare_costs),
        }
    }
}

/// The whole outcome for a situation: now, each scenario, and the differences.
pub fn calculate(situation: &Situation, rules: &Rules) -> Outcome {
    let household = &situation.household;
    let now = snapshot(household, Work::now(household), rules);
    let scenarios = situation
        .scenarios
        .iter()
        .map(|scenario| scenario_outcome(household, scenario, &now, rules))
        .collect();
    Outcome {
        tax_year: rules.tax_year,
        now,
        scenarios,
        assumptions: explain::ASSUMPTIONS.to_vec(),
    }
}

/// One scenario compared with now.
pub fn scenario_outcome(
    household: &Household,
    scenario: &Scenario,
    now: &Snapshot,
    rules: &Rules,
) -> ScenarioOutcome {
    let work = Work::with_scenario(household, scenario);
    let snapshot = snapshot(household, work, rules);
    let changes = explain::changes(now, &snapshot, rules);
    let better_off = PerWeekAndMonth::from_monthly(snapshot.total.per_month - now.total.per_month);
    let label = scenario
        .label
        .clone()
        .unwrap_or_else(|| explain::describe(work));
    ScenarioOutcome {
        label,
        snapshot,
        changes,
        better_off,
    }
}

/// The household's money with the given work.
pub fn snapshot(household: &Household, work: Work<'_>, rules: &Rules) -> Snapshot {
    let mut pay = Vec::new();
    let mut thresholds_reached = Vec::new();
    let jobs = [
        (Who::You, Some(&household.you), work.you),
        (Who::Partner, household.partner.as_ref(), work.partner),
    ];
    for (who, adult, job) in jobs {
        let (Some(adult), Some(job)) = (adult, job) else {
            continue;
        };
        if !job.is_working() {
            continue;
        }
        let payslip = pay::payslip(job, adult.age, household.country, rules);
        if payslip.auto_enrolled && job.pension == PensionContribution::AutoEnrolmentMinimum {
            thresholds_reached.push(Threshold::AutoEnrolmentEarningsTrigger(who));
        }
        pay.push(PersonPay { who, payslip });
    }
    let in_work = |who: Who| pay.iter().any(|person| person.who == who);
    let earned_income: Money = pay
        .iter()
        .map(|person| person.payslip.per_month.uc_earned_income())
        .sum();

    let child_benefit = child_benefit::child_benefit_line(household, &rules.child_benefit);
    let uc = universal_credit::universal_credit(
        &universal_credit::UcInputs {
            household,
            earned_income,
            you_in_paid_work: in_work(Who::You),
            partner_in_paid_work: in_work(Who::Partner),
            childcare_costs: work.childcare_costs,
            child_benefit: child_benefit
                .as_ref()
                .map_or(Money::ZERO, |line| line.per_month),
        },
        rules,
    );
    if earned_income
        >= universal_credit::earnings_exemption_threshold(&rules.benefit_cap, &rules.minimum_wage)
    {
        thresholds_reached.push(Threshold::BenefitCapEarningsExemption);
    }
    if work.childcare_costs.is_some()
        && universal_credit::meets_work_condition(
            household,
            in_work(Who::You),
            in_work(Who::Partner),
        )
    {
        thresholds_reached.push(Threshold::ChildcareWorkCondition);
    }

    let mut income: Vec<Line> = pay
        .iter()
        .map(|person| {
            let label = match person.who {
                Who::Partner => "Your partner's take-home pay",
                _ => "Your take-home pay",
            };
            Line::monthly(
                LineId::TakeHomePay,
                person.who,
                label,
                person.payslip.per_month.take_home_pay,
                crate::source::TAKE_HOME_PAY,
            )
        })
        .collect();
    income.push(Line::monthly(
        LineId::UniversalCredit,
        Who::Household,
        "Universal Credit",
        uc.award,
        WRA_2012_S8,
    ));
    income.extend(disability_benefits::disability_benefit_lines(
        household,
        &rules.disability_benefits,
    ));
    income.extend(child_benefit);
    let total = PerWeekAndMonth::from_monthly(income.iter().map(|line| line.per_month).sum());
    Snapshot {
        pay,
        universal_credit: uc,
        income,
        total,
        thresholds_reached,
    }
}
