//! What is kept of the next £10 earned in a month: the engine works the scenario out
//! again with £10 more gross pay and compares every figure. Hand calculations below;
//! 2026/27 figures from the rates reference (UC taper 55%, work allowance £427 with
//! housing costs, personal allowance £12,570, NI primary threshold £1,048 a month at
//! 8%).

use benefit_bridge::household::UcHealth;
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{Income, NextPounds, Who};
use benefit_bridge::work::Job;

use crate::support::*;

fn next(household: &HouseholdBuilder, job: Job) -> NextPounds {
    outcome_with_you_working(household, job).scenarios[0]
        .next_pounds
        .clone()
        .expect("someone works, so there is a next £10")
}

fn uc_change(next: &NextPounds) -> Money {
    next.lines
        .iter()
        .filter(|line| line.income == Income::UniversalCredit)
        .map(|line| line.difference)
        .sum()
}

/// Whatever the split, it adds up: the pay, less what comes off it, plus every
/// other line's change, is what the household keeps.
fn adds_up(next: &NextPounds) {
    let lines: Money = next.lines.iter().map(|line| line.difference).sum();
    assert_eq!(
        next.extra_pay - next.income_tax - next.national_insurance - next.pension + lines,
        next.kept
    );
}

fn words(next: &NextPounds) -> String {
    benefit_bridge::describe::Words::for_page(&benefit_bridge::copy::EN).next_pounds(next)
}

#[test]
fn above_the_work_allowance_universal_credit_takes_55p_of_each_pound() {
    // LCWRA, rent £650: work allowance £427. 8 hours at £12.71 paid monthly: £440.61,
    // under the automatic enrolment trigger, tax and NI. £10 more: UC falls by 55% ×
    // £10 = £5.50; you keep £4.50.
    let household = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("650");
    let next = next(&household, hourly("8", nlw()));
    assert_eq!(next.who, Who::You);
    assert_eq!(next.extra_pay, gbp("10"));
    assert_eq!(
        (next.income_tax, next.national_insurance, next.pension),
        (Money::ZERO, Money::ZERO, Money::ZERO)
    );
    assert_eq!(uc_change(&next), gbp("-5.50"));
    assert_eq!(next.kept, gbp("4.50"));
    adds_up(&next);
    assert_eq!(
        words(&next),
        "Of the next £10 you earn in a month, you keep £4.50: Universal Credit falls by £5.50."
    );
}

#[test]
fn crossing_the_work_allowance_only_the_pounds_above_it_are_tapered() {
    // The same household, paid £420 a month: £10 more is £430, £3 over the £427 work
    // allowance. UC falls by 55% × £3 = £1.65; you keep £8.35.
    let household = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("650");
    let job = Job {
        annual_salary: Some(gbp("5040")),
        ..salary("0").no_pension()
    };
    let next = next(&household, job);
    assert_eq!(uc_change(&next), gbp("-1.65"));
    assert_eq!(next.kept, gbp("8.35"));
    adds_up(&next);
}

#[test]
fn at_the_tax_threshold_part_of_the_ten_pounds_is_taxed() {
    // Single, no work allowance, rent £600. A salary of £12,540 (£1,045 a month), no
    // pension. £10 more is £12,660 a year: tax (£12,660 − £12,570) × 20% = £18, £1.50
    // a month; NI (£1,055 − £1,048) × 8% = 56p. Earnings for UC rise by £10 − £1.50 −
    // 56p = £7.94; UC falls by 55% of that, £4.367, which is £4.36 or £4.37 as the
    // award rounds; you keep the rest.
    let household = single(30).renting_privately("600");
    let job = Job {
        annual_salary: Some(gbp("12540")),
        ..salary("0").no_pension()
    };
    let next = next(&household, job);
    assert_eq!(next.income_tax, gbp("1.50"));
    assert_eq!(next.national_insurance, gbp("0.56"));
    assert!([gbp("-4.36"), gbp("-4.37")].contains(&uc_change(&next)));
    assert_eq!(next.kept, gbp("7.94") + uc_change(&next));
    adds_up(&next);
    assert!(words(&next).contains("£1.50 goes in income tax, 56p in National Insurance"));
}

#[test]
fn a_cliff_edge_inside_the_ten_pounds_is_a_loss_in_words() {
    // A single person without LCW at £430 take-home keeps free prescriptions (to
    // £435); £10 more loses them (£114.50 / 12 = £9.54), as well as 55% × £10 of UC
    // (no work allowance): £10 − £5.50 − £9.54 = −£5.04.
    let household = single(30).renting_privately("600");
    let job = Job {
        annual_salary: Some(gbp("5160")),
        ..salary("0").no_pension()
    };
    let next = next(&household, job);
    assert_eq!(next.kept, gbp("-5.04"));
    adds_up(&next);
    assert_eq!(
        words(&next),
        "If you earned £10 more in a month, you would have £5.04 less in all: Universal Credit falls by £5.50 and Value of free prescriptions falls by £9.54."
    );
}

#[test]
fn nobody_working_has_no_next_ten_pounds() {
    let outcome =
        outcome_with_you_working(&single(30).renting_privately("600"), hourly("0", nlw()));
    assert_eq!(outcome.scenarios[0].next_pounds, None);
}
