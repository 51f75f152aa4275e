//! One situation to check: a household as it is now, and the scenarios to compare.
//!
//! `check` finds every answer the engine cannot use and names its field, in the
//! same dotted form as the JSON (`household.children[1].age`). The engine itself
//! never fails: it is only given situations that pass these checks.

use core::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::household::{Adult, ChildcareCosts, Country, Household, Tenancy};
use crate::money::Money;
use crate::period::Frequency;
use crate::scenario::{Job, PensionContribution, Scenario};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub household: Household,
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
}

/// An answer the engine cannot use, with the field it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvalidAnswer {
    pub field: String,
    pub message: String,
}

impl fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The oldest age we accept. UC is for people under State Pension age, which is 66
/// and rising to 67 from 2026; someone aged 66 may still be under it.
pub const OLDEST_WORKING_AGE: u8 = 66;
/// The most hours a week we accept for one job.
pub const MOST_HOURS_A_WEEK: u32 = 100;
/// A child or qualifying young person is under 20 (UC Regs 2013 reg 5).
pub const OLDEST_CHILD_AGE: u8 = 19;

impl Situation {
    /// Every problem with the answers; empty when the engine can use them.
    pub fn check(&self) -> Vec<InvalidAnswer> {
        let mut problems = Problems::default();
        check_household(&self.household, &mut problems);
        for (index, scenario) in self.scenarios.iter().enumerate() {
            check_scenario(
                &self.household,
                scenario,
                &format!("scenarios[{index}]"),
                &mut problems,
            );
        }
        problems.0
    }
}

#[derive(Default)]
struct Problems(Vec<InvalidAnswer>);

impl Problems {
    fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(InvalidAnswer {
            field: field.into(),
            message: message.into(),
        });
    }

    fn money(&mut self, field: &str, amount: Money) {
        if amount.is_negative() {
            self.add(field, "must not be less than 0");
        } else if amount.decimal_places() > 2 {
            self.add(
                field,
                "must be in pounds and pence, with no more than 2 decimal places",
            );
        } else if amount > Money::pounds(10_000_000) {
            self.add(field, "is too large: enter an amount under £10,000,000");
        }
    }
}

fn check_household(household: &Household, problems: &mut Problems) {
    check_adult(&household.you, "household.you", problems);
    if let Some(partner) = &household.partner {
        check_adult(partner, "household.partner", problems);
    }
    for (index, child) in household.children.iter().enumerate() {
        let field = format!("household.children[{index}]");
        if child.age > OLDEST_CHILD_AGE {
            problems.add(
                format!("{field}.age"),
                format!("must be {OLDEST_CHILD_AGE} or under: someone older counts as an adult (add them to non_dependants)"),
            );
        }
        match (child.age, child.born_before_6_april_2017) {
            (9, None) => problems.add(
                format!("{field}.born_before_6_april_2017"),
                "a child aged 9 may have been born before or after 6 April 2017: give true or false",
            ),
            (age, Some(true)) if age <= 8 => problems.add(
                format!("{field}.born_before_6_april_2017"),
                "cannot be true for a child aged 8 or under in tax year 2026/27",
            ),
            (age, Some(false)) if age >= 10 => problems.add(
                format!("{field}.born_before_6_april_2017"),
                "cannot be false for a child aged 10 or over in tax year 2026/27",
            ),
            _ => {}
        }
    }
    if let Some(tenancy) = household.housing.tenancy() {
        check_tenancy(tenancy, problems);
    }
    for (index, non_dependant) in household.non_dependants.iter().enumerate() {
        if non_dependant.age < 16 {
            problems.add(
                format!("household.non_dependants[{index}].age"),
                "must be 16 or over: add a younger child to children",
            );
        }
    }
    if household.in_greater_london && household.country != Country::England {
        problems.add(
            "household.in_greater_london",
            "can only be true when country is england",
        );
    }
    problems.money("household.savings", household.savings);
    if let Some(childcare) = &household.childcare_costs {
        check_childcare(household, childcare, "household.childcare_costs", problems);
    }
}

fn check_adult(adult: &Adult, field: &str, problems: &mut Problems) {
    if !(16..=OLDEST_WORKING_AGE).contains(&adult.age) {
        problems.add(
            format!("{field}.age"),
            format!(
                "must be between 16 and {OLDEST_WORKING_AGE}: this calculator is for people under State Pension age"
            ),
        );
    }
    if let Some(job) = &adult.job {
        check_job(job, &format!("{field}.job"), problems);
    }
}

fn check_tenancy(tenancy: &Tenancy, problems: &mut Problems) {
    problems.money("household.housing.rent", tenancy.rent);
    problems.money(
        "household.housing.eligible_service_charges",
        tenancy.eligible_service_charges,
    );
}

fn check_childcare(
    household: &Household,
    childcare: &ChildcareCosts,
    field: &str,
    problems: &mut Problems,
) {
    problems.money(&format!("{field}.amount"), childcare.amount);
    if childcare.children == 0 {
        problems.add(format!("{field}.children"), "must be 1 or more");
    } else if usize::from(childcare.children) > household.children.len() {
        problems.add(
            format!("{field}.children"),
            format!(
                "is more than the {} children in the household",
                household.children.len()
            ),
        );
    }
}

fn check_job(job: &Job, field: &str, problems: &mut Problems) {
    let hours = job.hours_per_week;
    if hours.is_sign_negative() || hours > Decimal::from(MOST_HOURS_A_WEEK) {
        problems.add(
            format!("{field}.hours_per_week"),
            format!("must be between 0 and {MOST_HOURS_A_WEEK}"),
        );
    } else if hours.normalize().scale() > 2 {
        problems.add(
            format!("{field}.hours_per_week"),
            "must have no more than 2 decimal places",
        );
    }
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
        (None, Some(salary)) => problems.money(&format!("{field}.annual_salary"), salary),
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
    match job.pension {
        PensionContribution::PercentOfPay(percent)
        | PensionContribution::PercentOfQualifyingEarnings(percent)
            if percent.is_sign_negative() || percent > Decimal::ONE_HUNDRED =>
        {
            problems.add(
                format!("{field}.pension"),
                "the percentage must be between 0 and 100",
            );
        }
        _ => {}
    }
}

fn check_scenario(
    household: &Household,
    scenario: &Scenario,
    field: &str,
    problems: &mut Problems,
) {
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
    if let Some(childcare) = &scenario.childcare_costs {
        check_childcare(
            household,
            childcare,
            &format!("{field}.childcare_costs"),
            problems,
        );
    }
}
