//! The hours chart: the household's money a month at each number of hours you could
//! work, from none to 48 a week in half hours, at the pay in mind, by where the money
//! comes from; and the marks where a rule makes it jump or changes how it grows (the
//! work allowance used up, tax and National Insurance starting, a benefit or help
//! stopping, Universal Credit reaching nil).
//!
//! Law: none of its own; each point is the same calculation as `engine::snapshot`,
//! under the same rules, in a usual month. The chart recomputes every point as the
//! person types, so each point is worked out by `snapshot_totals`: the same
//! calculation, with what no number of hours changes (the taxable benefits as if
//! paid, the UC elements of the household alone) worked out once for all 97 points
//! (tests check the two agree at every point, for many households).
//! Not modelled: a mark's exact hours between two half hours (the chart names the
//! first half hour at which it is crossed).

use rust_decimal::Decimal;

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{
    ChartMark, ChartPoint, HoursChart, Income, Mark, NotEntitled, Snapshot, Threshold, Who,
};
use crate::rules::Rules;
use crate::scenario::Scenario;
use crate::work::Job;

use super::paydays::Paydays;
use super::universal_credit::household_elements;
use super::{snapshot, snapshot_totals, taxable_if_paid, Shared, Work};

/// The most hours the chart shows: a full-time week with some overtime.
pub const MOST_HOURS: u32 = 48;
/// Points per hour: half hours.
pub const POINTS_PER_HOUR: u32 = 2;

/// What the chart needs to know of one point besides its money: what the marks are
/// found from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PointFacts {
    pub universal_credit: Money,
    pub universal_credit_ended_by_income: bool,
    pub earned_income: Money,
    pub work_allowance: Money,
    /// The benefit cap applies (no exemption, whether or not it reduces UC).
    pub benefit_cap_applies: bool,
    pub your_income_tax: Money,
    pub your_national_insurance: Money,
    pub thresholds_reached: Vec<Threshold>,
}

/// The chart for the work in `scenario` (your job at its pay, at every number of
/// hours; your partner's work and childcare as the scenario says). `None` when the
/// scenario has no job for you to vary.
pub fn hours_chart(
    household: &Household,
    scenario: &Scenario,
    rules: &Rules,
) -> Option<HoursChart> {
    let worked_out = chart_points(household, scenario, rules)?;
    let mut points = Vec::with_capacity(worked_out.len());
    let mut marks = Vec::new();
    let mut previous: Option<PointFacts> = None;
    for (point, facts) in worked_out {
        if let Some(before) = &previous {
            for mark in marks_between(before, &facts) {
                if !marks
                    .iter()
                    .any(|seen: &ChartMark| same_mark(seen.mark, mark))
                {
                    marks.push(ChartMark {
                        hours: point.hours,
                        mark,
                    });
                }
            }
        }
        points.push(point);
        previous = Some(facts);
    }
    Some(HoursChart { points, marks })
}

/// The lean path: every point of the chart, each by `snapshot_totals`, with what no
/// hours change (the taxable benefits as if paid, which test no pay; the UC elements
/// of the household alone) worked out once for all of them.
pub fn chart_points(
    household: &Household,
    scenario: &Scenario,
    rules: &Rules,
) -> Option<Vec<(ChartPoint, PointFacts)>> {
    let job = chart_job(household, scenario)?;
    let no_work = Job {
        hours_per_week: Decimal::ZERO,
        ..job
    };
    let work = Work {
        you: Some(&no_work),
        ..Work::with_scenario(household, scenario)
    };
    let if_paid = taxable_if_paid(household, work, Paydays::USUAL, rules);
    let elements = household_elements(household, rules);
    let shared = Shared {
        if_paid: &if_paid,
        household_elements: Some(&elements),
    };
    Some(
        chart_hours()
            .map(|hours| {
                let you = Job {
                    hours_per_week: hours,
                    ..job
                };
                let work = Work {
                    you: Some(&you),
                    ..Work::with_scenario(household, scenario)
                };
                let (mut point, facts) =
                    snapshot_totals(household, work, Paydays::USUAL, rules, &shared);
                point.hours = hours;
                (point, facts)
            })
            .collect(),
    )
}

/// The chart's hours: 0, 0.5, 1, ... 48.
pub fn chart_hours() -> impl Iterator<Item = Decimal> {
    (0..=MOST_HOURS * POINTS_PER_HOUR).map(|step| Decimal::new(i64::from(step) * 5, 1).normalize())
}

/// Your job in the scenario, at the hourly pay the chart keeps. A yearly salary is
/// shared over the scenario's hours (52 weeks) to give an hourly rate, to the penny.
pub fn chart_job(household: &Household, scenario: &Scenario) -> Option<Job> {
    let job = scenario.you.or(household.you.job)?;
    let hourly = match (job.hourly_pay, job.annual_salary) {
        (Some(hourly), _) => hourly,
        (None, Some(salary)) if job.is_working() => {
            Money::from_decimal(salary.decimal() / Decimal::from(52) / job.hours_per_week)
                .round_to_nearest_penny()
        }
        (None, Some(_) | None) => return None,
    };
    Some(Job {
        hourly_pay: Some(hourly),
        annual_salary: None,
        ..job
    })
}

/// How one point is worked out, for the tests (`from_snapshot`).
pub type PointCalculation = fn(&Household, Work<'_>, Paydays, &Rules) -> (ChartPoint, PointFacts);

/// The point at `hours` of your job, worked out by `calculate` on its own.
pub fn point_at(
    household: &Household,
    scenario: &Scenario,
    job: &Job,
    hours: Decimal,
    rules: &Rules,
    calculate: PointCalculation,
) -> (ChartPoint, PointFacts) {
    let you = Job {
        hours_per_week: hours,
        ..*job
    };
    let work = Work {
        you: Some(&you),
        ..Work::with_scenario(household, scenario)
    };
    let (mut point, facts) = calculate(household, work, Paydays::USUAL, rules);
    point.hours = hours;
    (point, facts)
}

/// A point from the full calculation (`snapshot`), for the tests to hold the lean
/// path to.
pub fn from_snapshot(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
) -> (ChartPoint, PointFacts) {
    parts_of(snapshot(household, work, paydays, rules))
}

/// A snapshot's money by part (each income line into its part), and its facts.
pub fn parts_of(full: Snapshot) -> (ChartPoint, PointFacts) {
    let mut point = ChartPoint {
        total: full.total.per_month,
        ..ChartPoint::default()
    };
    for line in &full.income {
        add_to_part(&mut point, line.kind, line.per_month);
    }
    let yours = full.pay.iter().find(|person| person.who == Who::You);
    let facts = PointFacts {
        universal_credit: full.universal_credit.award,
        universal_credit_ended_by_income: full.universal_credit.not_entitled_because
            == Some(NotEntitled::IncomeTooHigh),
        earned_income: full.universal_credit.earned_income,
        work_allowance: full.universal_credit.work_allowance,
        benefit_cap_applies: full.universal_credit.benefit_cap.exempt_because.is_none(),
        your_income_tax: yours.map_or(Money::ZERO, |person| person.payslip.per_month.income_tax),
        your_national_insurance: yours.map_or(Money::ZERO, |person| {
            person.payslip.per_month.national_insurance
        }),
        thresholds_reached: full.thresholds_reached,
    };
    (point, facts)
}

/// Adds one line's money to its part of the point.
pub fn add_to_part(point: &mut ChartPoint, income: Income, per_month: Money) {
    let part = match income {
        // Self-employed profit after tax is pay too.
        Income::TakeHomePay | Income::SelfEmployment => &mut point.take_home_pay,
        Income::UniversalCredit => &mut point.universal_credit,
        Income::NewStyleEsa | Income::NewStyleJsa => &mut point.esa_and_jsa,
        Income::CarersAllowance | Income::CarerSupportPayment | Income::ScottishCarerSupplement => {
            &mut point.carers
        }
        Income::Pension
        | Income::PersonalIndependencePayment
        | Income::AdultDisabilityPayment
        | Income::DisabilityLivingAllowance
        | Income::ChildDisabilityPayment
        | Income::ChildBenefit
        | Income::HighIncomeChildBenefitCharge
        | Income::ScottishChildPayment
        | Income::CouncilTaxReduction
        | Income::HousingBenefit
        | Income::StudentLoan => &mut point.other_benefits,
        Income::FreePrescriptions
        | Income::FreeSchoolMeals
        | Income::HealthyStart
        | Income::WarmHomeDiscount => &mut point.passported_help,
    };
    *part += per_month;
}

/// What is crossed between one point and the next, more hours.
fn marks_between(before: &PointFacts, after: &PointFacts) -> Vec<Mark> {
    let mut marks = Vec::new();
    // UC Regs 2013 reg 22: above the work allowance each pound earned takes the
    // taper off UC; only a mark for a household that has UC to lose.
    if before.universal_credit.is_positive()
        && before.work_allowance.is_positive()
        && before.earned_income <= before.work_allowance
        && after.earned_income > after.work_allowance
    {
        marks.push(Mark::WorkAllowanceUsedUp);
    }
    if before.your_income_tax.is_zero() && after.your_income_tax.is_positive() {
        marks.push(Mark::IncomeTaxStarts);
    }
    if before.your_national_insurance.is_zero() && after.your_national_insurance.is_positive() {
        marks.push(Mark::NationalInsuranceStarts);
    }
    for threshold in &after.thresholds_reached {
        // Earnings lift the cap (reg 82(1)(a)) only where it applied: a household
        // exempt for another reason (reg 83) has no cap to lift.
        let lifts_no_cap =
            *threshold == Threshold::BenefitCapEarningsExemption && !before.benefit_cap_applies;
        if !lifts_no_cap
            && !before
                .thresholds_reached
                .iter()
                .any(|old| same_threshold(*old, *threshold))
        {
            marks.push(Mark::Threshold(*threshold));
        }
    }
    if before.universal_credit.is_positive()
        && after.universal_credit.is_zero()
        && after.universal_credit_ended_by_income
    {
        marks.push(Mark::UniversalCreditEnds);
    }
    marks
}

/// The same mark, whatever its figures: the High Income Child Benefit Charge is
/// marked where it starts, not at each step of its percentage.
fn same_mark(one: Mark, other: Mark) -> bool {
    match (one, other) {
        (Mark::Threshold(one), Mark::Threshold(other)) => same_threshold(one, other),
        (one, other) => one == other,
    }
}

fn same_threshold(one: Threshold, other: Threshold) -> bool {
    match (one, other) {
        (
            Threshold::HighIncomeChildBenefitCharge { who, .. },
            Threshold::HighIncomeChildBenefitCharge { who: other_who, .. },
        ) => who == other_who,
        (one, other) => one == other,
    }
}
