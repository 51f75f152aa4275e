//! Study in Universal Credit: who a full-time course shuts out, and the student
//! income a loan brings.
//!
//! Law: UC Regs 2013 regs 12 to 14 (https://www.legislation.gov.uk/uksi/2013/376/regulation/14):
//! someone on a full-time course is "receiving education" (Welfare Reform Act 2012
//! s.4(1)(d)) and gets no UC unless an exception applies (reg 14(1)): responsible for
//! a child; or entitled to AA, DLA, PIP or ADP and found to have limited capability
//! for work before the course began (the decision has to exist first: a work
//! capability assessment cannot start once the course has, KL v SSWP [2024] UKUT
//! 392 (AAC)). A couple where only one is a student claim together (reg 3(2)(b)).
//! Regs 68 to 71: the most maintenance loan the student could get counts (reg 69;
//! 30% of a postgraduate loan), spread over the assessment periods of the course
//! year in which it counts (reg 68(1): not the one the long vacation starts in, nor
//! those in it), less £110 in each (reg 71 step 4). Part-time study changes only
//! the student income.
//! Here a usual month is a month of the course year: in the long vacation the loan
//! does not count and UC is higher (the page says so). The household's money counts
//! the loan as a twelfth of the year's, since it has to last the year.
//! Not modelled: the other exceptions (under 21 in non-advanced education without
//! parental support, foster parents, pension age); grants without a loan (reg 70);
//! New Style ESA, JSA and Carer's Allowance while studying (the answer says they are
//! not worked out); the months of the year before the award (reg 71 step 2).

use crate::household::Household;
use crate::money::Money;
use crate::outcome::StudentIncome;
use crate::rules::Rules;
use crate::work::Study;

use super::self_employment::{person, who};

/// Every adult is a full-time student with no exception (reg 14(1)), so no UC.
pub fn shuts_out_of_universal_credit(household: &Household, study: &[Study]) -> bool {
    let responsible_for_a_child = !household.children.is_empty();
    let excepted = |adult: &crate::household::Adult| {
        responsible_for_a_child || (adult.disability_benefit.is_some() && adult.uc_health.has_lcw())
    };
    let full_time =
        |adult: crate::work::Person| study.iter().any(|s| s.who == adult && s.full_time);
    let you_out = full_time(crate::work::Person::You) && !excepted(&household.you);
    match &household.partner {
        None => you_out,
        Some(partner) => you_out && full_time(crate::work::Person::Partner) && !excepted(partner),
    }
}

/// Each student's income in a month of the course year (reg 71).
pub fn student_income(household: &Household, study: &[Study], rules: &Rules) -> Vec<StudentIncome> {
    let disregard = rules.study.student_income_disregard.value.0;
    study
        .iter()
        .filter(|study| study.maintenance_loan_per_year.is_positive())
        .filter(|study| person(household, study.who).is_some())
        .map(|study| {
            // Steps 1 to 3: the year's loan ÷ the assessment periods it counts in, to
            // the penny (the regulation gives no rounding; we round to the nearest).
            let per_month = study
                .maintenance_loan_per_year
                .times_fraction(1, study.months_counted.max(1))
                .round_to_nearest_penny();
            StudentIncome {
                who: who(study.who),
                maintenance_loan_per_year: study.maintenance_loan_per_year,
                months_counted: study.months_counted,
                per_month,
                disregard,
                counted: (per_month - disregard).at_least_zero(),
            }
        })
        .collect()
}

/// The loan as the household's money: a twelfth of the year's, to the penny.
pub fn loan_per_month(income: &StudentIncome) -> Money {
    income
        .maintenance_loan_per_year
        .times_fraction(1, 12)
        .round_to_nearest_penny()
}
