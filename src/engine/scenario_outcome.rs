//! One scenario against now: a usual month, the months that hold one more payday,
//! the year's average, what changes and why, the headroom in hours, the next £10, and
//! how much better or worse off.
//!
//! Law: UC Regs 2013 reg 54(1) (https://www.legislation.gov.uk/uksi/2013/376/regulation/54):
//! UC counts the pay received in each assessment period, so the months that hold one
//! more payday are worked out as well, and the year's average counts them.

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{
    OtherMonths, PerWeekAndMonth, ScenarioOutcome, ScenarioWork, Snapshot, Threshold, Who,
};
use crate::period::Frequency;
use crate::rules::Rules;
use crate::scenario::Scenario;

use super::paydays::{self, Paydays};
use super::{explain, first_months, headroom, next_pounds, snapshot, Work};

/// The months that hold one more payday for each frequency something is paid at
/// (UC Regs 2013 reg 54(1); `paydays.rs`).
pub(super) fn other_months(
    household: &Household,
    work: Work<'_>,
    usual: &Snapshot,
    rules: &Rules,
) -> Vec<OtherMonths> {
    let paid_at = |frequency: Frequency| {
        let pay = usual
            .pay
            .iter()
            .any(|person| person.payslip.paid == frequency);
        // Childcare counts only when the element is paid (the work condition is met).
        let childcare = work
            .childcare_costs
            .is_some_and(|costs| costs.frequency == frequency)
            && usual
                .thresholds_reached
                .contains(&Threshold::ChildcareWorkCondition);
        pay || childcare
    };
    paydays::VARYING
        .into_iter()
        .filter(|&frequency| paid_at(frequency))
        .map(|frequency| OtherMonths {
            frequency,
            paydays: paydays::usual(frequency) + 1,
            usual_paydays: paydays::usual(frequency),
            months_a_year: paydays::months_with_one_more(frequency),
            snapshot: snapshot(household, work, Paydays::one_more(frequency), rules),
        })
        .collect()
}

/// The total over the year's twelve assessment periods: the usual month, and the
/// months that hold one more payday (taken as different months for each frequency:
/// `paydays.rs`).
pub(super) fn year_total(usual: &Snapshot, other_months: &[OtherMonths]) -> Money {
    let other_count: u32 = other_months.iter().map(|months| months.months_a_year).sum();
    let usual_count = 12_u32.saturating_sub(other_count);
    usual.total.per_month.times_fraction(usual_count, 1)
        + other_months
            .iter()
            .map(|months| {
                months
                    .snapshot
                    .total
                    .per_month
                    .times_fraction(months.months_a_year, 1)
            })
            .sum::<Money>()
}

/// A year's amount as an average month and week, to the penny.
pub(super) fn year_average(year: Money) -> PerWeekAndMonth {
    PerWeekAndMonth {
        per_week: year.times_fraction(1, 52).round_to_nearest_penny(),
        per_month: year.times_fraction(1, 12).round_to_nearest_penny(),
    }
}

/// One scenario compared with now: a usual month, and the average week over the year.
pub fn scenario_outcome(
    household: &Household,
    scenario: &Scenario,
    now: &Snapshot,
    now_year: Money,
    rules: &Rules,
) -> ScenarioOutcome {
    let work = Work::with_scenario(household, scenario);
    let snapshot = snapshot(household, work, Paydays::USUAL, rules);
    let most_hours = headroom::most_hours(household, work, &snapshot, rules);
    // The earner whose work the scenario changes (your partner's, if only theirs).
    let earner = if scenario.you.is_none() && scenario.partner.is_some() {
        Who::Partner
    } else {
        Who::You
    };
    let next_pounds = next_pounds::next_pounds(household, work, earner, &snapshot, rules);
    let other_months = other_months(household, work, &snapshot, rules);
    let changes = explain::changes(now, &snapshot, rules);
    let year = year_total(&snapshot, &other_months);
    let first_months = first_months::first_months(household, scenario, work, now, &snapshot, rules);
    // The month is the usual month (most months of the year are like it); the week is
    // the year's average, so it counts the months with one more payday. For monthly
    // pay the two agree (a week is a month × 12 / 52).
    let better_off = PerWeekAndMonth {
        per_week: year_average(year - now_year).per_week,
        per_month: snapshot.total.per_month - now.total.per_month,
    };
    ScenarioOutcome {
        name: scenario.label.clone(),
        work: ScenarioWork {
            you: work.you.copied(),
            partner: work.partner.copied(),
            volunteering: scenario.volunteering.clone(),
            study: scenario.study.clone(),
            self_employment: scenario.self_employment.clone(),
        },
        snapshot,
        other_months,
        year_average: year_average(year),
        changes,
        most_hours,
        next_pounds,
        better_off,
        first_months,
    }
}
