//! Savings: tariff income and the £16,000 limit (UC Regs 2013 regs 18 and 72).
//! Single, 30, renting privately at £500: maximum amount £424.90 + £500 = £924.90.

use benefit_bridge::outcome::NotEntitled;

use crate::support::*;

fn with_savings(savings: &str) -> HouseholdBuilder {
    single(30).renting_privately("500").savings(savings)
}

#[test]
fn savings_of_6000_count_for_nothing() {
    // Reg 72(1): only capital over £6,000 yields tariff income.
    assert_eq!(uc(&now(&with_savings("6000"))), gbp("924.90"));
}

#[test]
fn savings_of_6250_01_count_as_two_steps() {
    // £250.01 over £6,000: one complete £250 and a part: 2 × £4.35 = £8.70.
    assert_eq!(
        uc(&now(&with_savings("6250.01"))),
        gbp("924.90") - gbp("8.70")
    );
}

#[test]
fn savings_of_8130_yield_39_15_a_month() {
    // £2,130 over £6,000 = 8 complete steps of £250 and £130 over: 9 × £4.35 = £39.15.
    assert_eq!(
        uc(&now(&with_savings("8130"))),
        gbp("924.90") - gbp("39.15")
    );
}

#[test]
fn savings_of_exactly_16000_still_get_uc() {
    // Reg 18: no UC only where capital "exceeds £16,000". £10,000 over £6,000 =
    // 40 steps × £4.35 = £174.00.
    let snapshot = now(&with_savings("16000"));
    assert_eq!(uc(&snapshot), gbp("924.90") - gbp("174.00"));
    assert_eq!(snapshot.universal_credit.not_entitled_because, None);
}

#[test]
fn savings_of_16000_01_mean_no_uc() {
    let snapshot = now(&with_savings("16000.01"));
    assert_eq!(uc(&snapshot), gbp("0"));
    assert_eq!(
        snapshot.universal_credit.not_entitled_because,
        Some(NotEntitled::CapitalOverUpperLimit)
    );
}
