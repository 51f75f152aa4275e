//! The checks of a scenario: each adult's job, volunteering, course and
//! self-employment, and its childcare; and a job's hours and pay (a job now is
//! checked the same way).

use rust_decimal::Decimal;

use crate::dates::TaxYear;
use crate::household::Household;
use crate::limits::MOST_HOURS_A_WEEK;
use crate::period::Frequency;
use crate::scenario::{FirstMonths, MonthlyPayday, Scenario};
use crate::work::{Job, PensionContribution, Person};

use super::{check_childcare, Problems};

/// Hours a week: from 0 to the most, to the hundredth.
fn check_hours(hours: Decimal, field: &str, problems: &mut Problems) {
    if hours.is_sign_negative() || hours > Decimal::from(MOST_HOURS_A_WEEK) {
        problems.add(
            field.to_owned(),
            format!("must be between 0 and {MOST_HOURS_A_WEEK}"),
        );
    } else if hours.normalize().scale() > 2 {
        problems.add(field.to_owned(), "must have no more than 2 decimal places");
    }
}

pub(super) fn check_job(job: &Job, field: &str, problems: &mut Problems) {
    check_hours(
        job.hours_per_week,
        &format!("{field}.hours_per_week"),
        problems,
    );
    match (job.hourly_pay, job.annual_salary) {
        (Some(hourly), None) => {
            problems.money(&format!("{field}.hourly_pay"), hourly);
            if job.is_working() && hourly.is_zero() {
                problems.add(
                    format!("{field}.hourly_pay"),
                    "must be more than 0 for paid work",
                );
            }
        }
        (None, Some(salary)) => {
            problems.money(&format!("{field}.annual_salary"), salary);
            if job.is_working() && salary.is_zero() {
                problems.add(
                    format!("{field}.annual_salary"),
                    "must be more than 0 for paid work",
                );
            }
        }
        (Some(_), Some(_)) => problems.add(field, "give hourly_pay or annual_salary, not both"),
        (None, None) if job.is_working() => problems.add(field, "give hourly_pay or annual_salary"),
        (None, None) => {}
    }
    if job.paid == Frequency::Yearly {
        problems.add(
            format!("{field}.paid"),
            "must be weekly, fortnightly, four_weekly or monthly",
        );
    }
    let percent = match job.pension {
        PensionContribution::PercentOfPay(percent)
        | PensionContribution::PercentOfQualifyingEarnings(percent) => Some(percent),
        PensionContribution::AutoEnrolmentMinimum | PensionContribution::None => None,
    };
    if percent.is_some_and(|percent| percent.is_sign_negative() || percent > Decimal::ONE_HUNDRED) {
        problems.add(
            format!("{field}.pension"),
            "the percentage must be between 0 and 100",
        );
    }
}

pub(super) fn check_scenario(
    household: &Household,
    scenario: &Scenario,
    tax_year: TaxYear,
    field: &str,
    problems: &mut Problems,
) {
    if let Some(first_months) = &scenario.first_months {
        check_first_months(
            scenario,
            first_months,
            tax_year,
            &format!("{field}.first_months"),
            problems,
        );
    }
    if let Some(job) = &scenario.you {
        check_job(job, &format!("{field}.you"), problems);
    }
    if let Some(job) = &scenario.partner {
        if household.partner.is_none() {
            problems.add(
                format!("{field}.partner"),
                "there is no partner in the household",
            );
        } else {
            check_job(job, &format!("{field}.partner"), problems);
        }
    }
    let no_partner = |who: Person| who == Person::Partner && household.partner.is_none();
    for (index, volunteering) in scenario.volunteering.iter().enumerate() {
        let field = format!("{field}.volunteering[{index}]");
        if no_partner(volunteering.who) {
            problems.add(
                format!("{field}.who"),
                "there is no partner in the household",
            );
        }
        check_hours(
            volunteering.hours_per_week,
            &format!("{field}.hours_per_week"),
            problems,
        );
    }
    for (index, study) in scenario.study.iter().enumerate() {
        let field = format!("{field}.study[{index}]");
        if no_partner(study.who) {
            problems.add(
                format!("{field}.who"),
                "there is no partner in the household",
            );
        }
        problems.money(
            &format!("{field}.maintenance_loan_per_year"),
            study.maintenance_loan_per_year,
        );
        if !(1..=12).contains(&study.months_counted) {
            problems.add(format!("{field}.months_counted"), "must be from 1 to 12");
        }
    }
    for (index, work) in scenario.self_employment.iter().enumerate() {
        let field = format!("{field}.self_employment[{index}]");
        if no_partner(work.who) {
            problems.add(
                format!("{field}.who"),
                "there is no partner in the household",
            );
        }
        check_hours(
            work.hours_per_week,
            &format!("{field}.hours_per_week"),
            problems,
        );
        problems.money(&format!("{field}.profit_per_month"), work.profit_per_month);
        // Tax is worked out on the profit alone: a job as well would share the
        // personal allowance, which is not worked out.
        let job = match work.who {
            Person::You => scenario.you.as_ref().or(household.you.job.as_ref()),
            Person::Partner => scenario.partner.as_ref().or(household
                .partner
                .as_ref()
                .and_then(|partner| partner.job.as_ref())),
        };
        if job.is_some_and(Job::is_working) {
            problems.add(
                format!("{field}.who"),
                "someone self-employed cannot also have a job in the same scenario (give the job 0 hours)",
            );
        }
    }
    for who in [Person::You, Person::Partner] {
        if scenario
            .self_employment
            .iter()
            .filter(|work| work.who == who)
            .count()
            > 1
            || scenario
                .study
                .iter()
                .filter(|study| study.who == who)
                .count()
                > 1
        {
            problems.add(
                field.to_owned(),
                "give each person at most one self-employment and one course",
            );
        }
    }
    if let Some(childcare) = &scenario.childcare_costs {
        check_childcare(
            household,
            childcare,
            &format!("{field}.childcare_costs"),
            problems,
        );
    }
}

/// The most days from the first day of work to the first payday.
pub const MOST_DAYS_TO_FIRST_PAYDAY: i32 = 62;

/// When the work starts and pays: in the tax year, and a payday for each new job,
/// on or after the first day of work.
fn check_first_months(
    scenario: &Scenario,
    first_months: &FirstMonths,
    tax_year: TaxYear,
    field: &str,
    problems: &mut Problems,
) {
    if !tax_year.contains(first_months.start) {
        problems.add(
            format!("{field}.start"),
            "must be in the tax year the rules are for",
        );
    }
    if !(1..=31).contains(&first_months.assessment_period_day) {
        problems.add(
            format!("{field}.assessment_period_day"),
            "must be a day of the month, 1 to 31",
        );
    }
    if let Some(extra) = first_months.extra_pay {
        let field = format!("{field}.extra_pay");
        problems.money(&format!("{field}.amount"), extra.amount);
        let payday = match extra.who {
            Person::You => first_months.you,
            Person::Partner => first_months.partner,
        };
        match payday {
            None => problems.add(
                format!("{field}.who"),
                "give extra pay only for a new job with a payday",
            ),
            Some(payday) if extra.payday < payday.first => problems.add(
                format!("{field}.payday"),
                "must be on or after the job's first payday",
            ),
            Some(_) => {}
        }
    }
    let people = [
        ("you", scenario.you.as_ref(), first_months.you),
        ("partner", scenario.partner.as_ref(), first_months.partner),
    ];
    for (who, job, payday) in people {
        let field = format!("{field}.{who}");
        match (job.filter(|job| job.is_working()), payday) {
            (Some(_), None) => problems.add(field, "give when this job pays"),
            (None, Some(_)) => problems.add(field, "give a payday only for a job in this scenario"),
            (None, None) => {}
            (Some(_), Some(payday)) => {
                let days = first_months.start.days_until(payday.first);
                if !(0..=MOST_DAYS_TO_FIRST_PAYDAY).contains(&days) {
                    problems.add(
                        format!("{field}.first"),
                        format!("must be on the first day of work or up to {MOST_DAYS_TO_FIRST_PAYDAY} days after it"),
                    );
                }
                if let MonthlyPayday::Day(day) = payday.monthly {
                    if !(1..=31).contains(&day) {
                        problems.add(
                            format!("{field}.monthly"),
                            "must be a day of the month, 1 to 31",
                        );
                    }
                }
            }
        }
    }
}
