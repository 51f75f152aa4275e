//! Transitional protection from a managed move to Universal Credit: the transitional
//! element is in the maximum amount (UC (Transitional Provisions) Regs 2014 reg 55),
//! so earnings and unearned income come off after it, and work does not erode it.
//! Its amount is the one on the statement now. 2026/27 figures: standard allowance
//! £424.90, LCWRA (protected) £429.80, work allowance with housing costs £427, taper
//! 55%. Sources for the rules: docs/research/transitional-protection.md.

use benefit_bridge::household::UcHealth;
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{UcDeduction, UcElement};
use benefit_bridge::period::Frequency;

use crate::support::*;

fn transitional(snapshot: &benefit_bridge::outcome::Snapshot) -> Money {
    snapshot
        .universal_credit
        .elements
        .iter()
        .filter(|line| line.kind == UcElement::TransitionalElement)
        .map(|line| line.per_month)
        .sum()
}

fn earnings_reduction(snapshot: &benefit_bridge::outcome::Snapshot) -> Money {
    snapshot
        .universal_credit
        .deductions
        .iter()
        .filter(|line| matches!(line.kind, UcDeduction::EarningsReduction { .. }))
        .map(|line| line.per_month)
        .sum()
}

#[test]
fn the_element_is_added_to_the_maximum_amount_now_and_with_work() {
    // Single, 30, LCWRA, rent £600, a transitional element of £100: the maximum
    // amount is £424.90 + £429.80 + £600 + £100 = £1,554.70, all of it UC now. With
    // 16 hours on the National Living Wage the earnings reduction is the same as
    // without the element, so UC is £100 more with it, now and in work.
    let without = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("600");
    let with = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("600")
        .transitional_element("100");
    let now_with = now(&with);
    assert_eq!(transitional(&now_with), gbp("100"));
    assert_eq!(now_with.universal_credit.maximum_amount, gbp("1554.70"));
    assert_eq!(uc(&now_with), gbp("1554.70"));
    assert_eq!(uc(&now_with) - uc(&now(&without)), gbp("100"));
    let job = hourly("16", nlw());
    let working_with = with_you_working(&with, job);
    let working_without = with_you_working(&without, job);
    assert_eq!(
        earnings_reduction(&working_with),
        earnings_reduction(&working_without)
    );
    assert_eq!(uc(&working_with) - uc(&working_without), gbp("100"));
    assert_eq!(
        working_with.total.per_month - working_without.total.per_month,
        gbp("100")
    );
}

#[test]
fn the_element_keeps_some_uc_at_pay_that_would_end_it() {
    // Single, 30, no health element or children (no work allowance), rent £500:
    // maximum amount £924.90, nil at earnings of £924.90 / 55% = £1,681.64. 40 hours
    // at £12.71 a month earns more than that: no UC without the element. With a
    // transitional element of £300 the maximum is £1,224.90, and UC is what is left
    // of it after the same earnings reduction.
    let without = single(30).renting_privately("500");
    let with = single(30)
        .renting_privately("500")
        .transitional_element("300");
    let job = hourly("40", nlw()).paid(Frequency::Monthly).no_pension();
    let working_without = with_you_working(&without, job);
    let working_with = with_you_working(&with, job);
    assert_eq!(uc(&working_without), Money::ZERO);
    assert!(working_with.universal_credit.earned_income > gbp("1681.64"));
    assert_eq!(
        uc(&working_with),
        gbp("1224.90") - earnings_reduction(&working_with)
    );
    assert!(uc(&working_with).is_positive());
}
