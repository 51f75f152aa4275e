//! The benefit cap (UC Regs 2013 regs 80A-83) for a lone parent in Greater London:
//! three children aged 8, 5 and 2, private rent £1,600 a month.
//!
//! Maximum amount: £424.90 + 3 × £303.94 + £1,600 = £2,936.72.
//! Child Benefit: (£27.05 + 2 × £17.90) × 52 / 12 = £62.85 × 52 / 12 = £272.35.
//! Cap (reg 80A): £25,323 / 12 = £2,110.25 a month.

use benefit_bridge::household::{DisabilityBenefit, PipRate, UcHealth};
use benefit_bridge::outcome::{CapExemption, Threshold};

use crate::support::*;

#[test]
fn with_no_earnings_the_cap_takes_the_excess_off_uc() {
    // Welfare benefits: £2,936.72 + £272.35 = £3,209.07; excess over £2,110.25 = £1,098.82.
    // UC: £2,936.72 − £1,098.82 = £1,837.90 (the cap less Child Benefit).
    let snapshot = now(&london_family());
    assert_eq!(snapshot.universal_credit.benefit_cap.cap, gbp("2110.25"));
    assert_eq!(
        snapshot.universal_credit.benefit_cap.reduction,
        gbp("1098.82")
    );
    assert_eq!(uc(&snapshot), gbp("1837.90"));
}

#[test]
fn earnings_of_881_a_month_after_tax_ni_and_pension_lift_the_cap() {
    // Reg 82(1)(a): £12.71 × 16 × 52 / 12 = £881.2266…, rounded down to £881 (reg 6(1A)(za)).
    // A salary of £10,572 a year is £881.00 a month, under the tax and NI thresholds;
    // with no pension, earned income is £881.00: the cap does not apply.
    // Taper: 55% × (£881 − £427) = £249.70. UC: £2,936.72 − £249.70 = £2,687.02.
    let family = london_family();
    let working = with_you_working(&family, salary("10572").no_pension());
    assert_eq!(working.universal_credit.earned_income, gbp("881.00"));
    assert_eq!(
        working.universal_credit.benefit_cap.exempt_because,
        Some(CapExemption::Earnings {
            earned_income: gbp("881.00"),
            threshold: gbp("881"),
        })
    );
    assert_eq!(working.universal_credit.benefit_cap.reduction, gbp("0"));
    assert_eq!(uc(&working), gbp("2687.02"));
    assert!(working
        .thresholds_reached
        .contains(&Threshold::BenefitCapEarningsExemption));
}

#[test]
fn one_penny_under_881_the_cap_still_applies() {
    // £10,571.88 a year = £880.99 a month. Taper: 55% × £453.99 = £249.6945 → £249.69;
    // UC before the cap £2,687.03; welfare benefits £2,959.38; excess £849.13;
    // UC £1,837.90, the same as with no earnings.
    let family = london_family();
    let working = with_you_working(&family, salary("10571.88").no_pension());
    assert_eq!(working.universal_credit.earned_income, gbp("880.99"));
    assert_eq!(
        working.universal_credit.benefit_cap.reduction,
        gbp("849.13")
    );
    assert_eq!(uc(&working), gbp("1837.90"));
}

#[test]
fn the_automatic_enrolment_pension_can_keep_earnings_under_the_cap_threshold() {
    // £881 a month gross is over the £833 trigger: 5% of (£881 − £520) = £18.05 goes
    // to the pension, so earned income is £862.95, under £881: the cap still applies.
    let family = london_family();
    let working = with_you_working(&family, salary("10572"));
    assert_eq!(working.universal_credit.earned_income, gbp("862.95"));
    // Taper: 55% × (£862.95 − £427) = £239.7725 → £239.77; before the cap
    // £2,936.72 − £239.77 = £2,696.95; welfare benefits £2,969.30; excess over
    // £2,110.25 = £859.05, all of it taken off; UC £1,837.90 as with no earnings.
    assert_eq!(working.universal_credit.benefit_cap.exempt_because, None);
    assert_eq!(
        working.universal_credit.benefit_cap.reduction,
        gbp("859.05")
    );
    assert_eq!(uc(&working), gbp("1837.90"));
}

#[test]
fn the_cap_outside_london_for_a_single_person() {
    // Single, no children, rent £1,200: max £424.90 + £1,200 = £1,624.90.
    // Cap: £14,753 / 12 = £1,229.416… → £1,229.42. UC = £1,229.42.
    let household = single(30).renting_privately("1200");
    let snapshot = now(&household);
    assert_eq!(snapshot.universal_credit.benefit_cap.cap, gbp("1229.42"));
    assert_eq!(uc(&snapshot), gbp("1229.42"));
}

#[test]
fn lcwra_pip_and_the_carer_element_exempt_the_household() {
    // Single, rent £1,200: maximum £1,624.90 before any health or carer element; the
    // cap is £1,229.42 a month. Each exemption lifts it (reg 83(1)).
    let exemption =
        |household: &HouseholdBuilder| now(household).universal_credit.benefit_cap.exempt_because;
    let household = single(30)
        .renting_privately("1200")
        .health(UcHealth::LcwraNewClaimant);
    assert_eq!(exemption(&household), Some(CapExemption::LcwraElement));
    assert_eq!(
        uc(&now(&household)),
        gbp("424.90") + gbp("217.26") + gbp("1200")
    );
    let household =
        single(30)
            .renting_privately("1200")
            .disability_benefit(DisabilityBenefit::Pip {
                daily_living: PipRate::None,
                mobility: PipRate::Standard,
            });
    assert_eq!(exemption(&household), Some(CapExemption::DisabilityBenefit));
    assert_eq!(uc(&now(&household)), gbp("1624.90"));
    let household = single(30).renting_privately("1200").carer();
    assert_eq!(exemption(&household), Some(CapExemption::CarerElement));
    assert_eq!(uc(&now(&household)), gbp("1624.90") + gbp("209.34"));
    // LCW alone does not exempt (reg 83(1)(a) needs the LCWRA element).
    let household = single(30).renting_privately("1200").health(UcHealth::Lcw);
    assert_eq!(exemption(&household), None);
    assert_eq!(uc(&now(&household)), gbp("1229.42"));
}

#[test]
fn the_childcare_costs_element_is_taken_off_the_excess() {
    // Reg 81: the reduction is the excess less the childcare costs element.
    // Lone parent in London, working £880.99 a month (capped as above) with childcare
    // of £600 (element £510): before the cap £2,687.03 + £510 = £3,197.03; welfare
    // benefits £3,469.38; excess £1,359.13; reduction £1,359.13 − £510 = £849.13.
    let family = london_family().childcare_monthly("600", 1);
    let working = with_you_working(&family, salary("10571.88").no_pension());
    assert_eq!(
        working.universal_credit.benefit_cap.reduction,
        gbp("849.13")
    );
    assert_eq!(uc(&working), gbp("3197.03") - gbp("849.13"));
}
