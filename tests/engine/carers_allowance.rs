//! Carer's Allowance and Carer Support Payment: £86.45 a week (SI 2026/148 Sch 1),
//! lost for any week whose net earnings exceed £204 (reg 8; Computation of Earnings
//! Regs 1996 reg 10 and Sch 3). UC counts it in full: £86.45 × 52 / 12 =
//! £374.6166… → £374.62 a month. It is taxable and in the carer's tax code, so the
//! tax deducted from pay, which the test counts, includes tax on it: £86.45 × 52 =
//! £4,495.40 a year; a week's tax on pay of £G is (52 × G + £4,495.40 − £12,570) ×
//! 20% / 52, rounded down to the penny. Jobs are under the NI threshold unless said.

use benefit_bridge::household::{Country, EsaGroup, UcHealth};
use benefit_bridge::outcome::{CapExemption, Income, Threshold, Who};
use benefit_bridge::period::Frequency;
use benefit_bridge::work::{Job, PensionContribution};

use crate::support::*;

fn ca(snapshot: &benefit_bridge::outcome::Snapshot) -> benefit_bridge::money::Money {
    income(snapshot, Income::CarersAllowance, Who::You)
}

#[test]
fn a_carer_keeps_the_carer_element_and_uc_takes_carers_allowance_off() {
    // UC: £424.90 + carer element £209.34 − £374.62 = £259.62.
    let snapshot = now(&single(30).carers_allowance());
    assert_eq!(ca(&snapshot), gbp("374.62"));
    assert_eq!(uc(&snapshot), gbp("259.62"));
    assert_eq!(
        snapshot.universal_credit.benefit_cap.exempt_because,
        Some(CapExemption::CarerElement)
    );
}

#[test]
fn earnings_of_204_pounds_a_week_keep_it_and_a_penny_more_loses_the_week() {
    // £216.17 a week: tax (£11,240.84 + £4,495.40 − £12,570) × 20% / 52 = £12.1778…
    // → £12.17; net £204.00: kept. £216.18: tax £12.17, net £204.01: lost.
    let household = single(30).carers_allowance();
    let at_limit = with_you_working(&household, weekly_pay("216.17", "20"));
    assert_eq!(at_limit.earnings_limits[0].counted_earnings, gbp("204.00"));
    assert_eq!(ca(&at_limit), gbp("374.62"));
    let over = with_you_working(&household, weekly_pay("216.18", "20"));
    assert_eq!(over.earnings_limits[0].counted_earnings, gbp("204.01"));
    assert_eq!(ca(&over), gbp("0"));
    assert!(over
        .thresholds_reached
        .contains(&Threshold::BenefitStopsWithWork {
            who: Who::You,
            benefit: Income::CarersAllowance,
        }));
}

#[test]
fn monthly_pay_is_made_weekly_by_12_over_52() {
    // £936.77 a month: tax (£11,241.24 + £4,495.40 − £12,570) × 20% / 12 =
    // £52.7773… → £52.77; net £884.00 × 12 / 52 = £204.00 a week: kept. £936.78:
    // tax £52.77, net £884.01 × 12 / 52 = £204.0023…: over. (No pension; under NI.)
    let household = single(30).carers_allowance();
    let kept = with_you_working(&household, salary("11241.24").no_pension());
    assert_eq!(ca(&kept), gbp("374.62"));
    let lost = with_you_working(&household, salary("11241.36").no_pension());
    assert_eq!(your_pay(&lost).gross_pay, gbp("936.78"));
    assert_eq!(ca(&lost), gbp("0"));
}

#[test]
fn half_of_pension_contributions_come_off_earnings() {
    // £218.01 a week with the automatic enrolment minimum: 5% × (£218.01 − £120) =
    // £4.90 with relief, £3.92 from pay; half is £1.96. Tax (£11,336.52 + £4,495.40 −
    // £12,570) × 20% / 52 = £12.54. Counted: £218.01 − £12.54 − £1.96 = £203.51: kept.
    // (Without the half taken off, £205.47 would be over £204.)
    let household = single(30).carers_allowance();
    let job = Job {
        pension: PensionContribution::AutoEnrolmentMinimum,
        ..weekly_pay("218.01", "20")
    };
    let working = with_you_working(&household, job);
    assert_eq!(working.earnings_limits[0].counted_earnings, gbp("203.51"));
    assert_eq!(ca(&working), gbp("374.62"));
}

#[test]
fn care_costs_while_at_work_come_off_up_to_half_of_net_earnings() {
    // £250 a week: tax (£13,000 + £4,495.40 − £12,570) × 20% / 52 = £18.9438… →
    // £18.94; NI 8% × (£250 − £242) = £0.64. Net £230.42. With £20 of care costs:
    // £210.42, over. With £30: £200.42, kept. Care costs of £200 count only up to half
    // of net earnings (£115.21): £115.21 counted.
    let over = with_you_working(
        &single(30).carers_allowance().care_costs_per_week("20"),
        weekly_pay("250", "30"),
    );
    assert_eq!(ca(&over), gbp("0"));
    let kept = with_you_working(
        &single(30).carers_allowance().care_costs_per_week("30"),
        weekly_pay("250", "30"),
    );
    assert_eq!(kept.earnings_limits[0].counted_earnings, gbp("200.42"));
    assert_eq!(ca(&kept), gbp("374.62"));
    let half = with_you_working(
        &single(30).carers_allowance().care_costs_per_week("200"),
        weekly_pay("250", "30"),
    );
    assert_eq!(half.earnings_limits[0].counted_earnings, gbp("115.21"));
}

#[test]
fn new_style_esa_paid_to_the_carer_reduces_the_allowance() {
    // Overlapping Benefits Regs 1979 reg 4: assessment phase ESA at 22, £75.65, is paid
    // in full; Carer's Allowance is £86.45 − £75.65 = £10.80 a week × 52 / 12 = £46.80.
    let snapshot = now(&single(22).carers_allowance().esa(EsaGroup::AssessmentPhase));
    assert_eq!(
        income(&snapshot, Income::NewStyleEsa, Who::You),
        gbp("327.82")
    );
    assert_eq!(ca(&snapshot), gbp("46.80"));
    // Support group ESA (£145.90) leaves nothing of it, but entitlement remains.
    let supported = now(&single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .carers_allowance()
        .esa(EsaGroup::SupportGroup));
    assert_eq!(ca(&supported), gbp("0"));
}

#[test]
fn in_scotland_carer_support_payment_comes_with_the_supplement_which_uc_ignores() {
    // CSP £374.62 a month; the Scottish Carer Supplement £11.70 × 52 / 12 = £50.70.
    // UC: £424.90 + £209.34 − £374.62 = £259.62 (the supplement is not counted).
    let snapshot = now(&single(30).carers_allowance().country(Country::Scotland));
    assert_eq!(
        income(&snapshot, Income::CarerSupportPayment, Who::You),
        gbp("374.62")
    );
    assert_eq!(
        income(&snapshot, Income::ScottishCarerSupplement, Who::You),
        gbp("50.70")
    );
    assert_eq!(uc(&snapshot), gbp("259.62"));
}

#[test]
fn the_tax_on_carers_allowance_comes_out_of_pay() {
    // £9,000 a year paid monthly: £750 a month, £173.08 a week: within the limit.
    // Tax through the tax code: (£9,000 + £86.45 × 52 − £12,570) × 20% =
    // (£13,495.40 − £12,570) × 20% = £185.08 a year; £15.4233… → £15.42 a month.
    // UC earned income £750 − £15.42 = £734.58 (no NI; under the pension trigger).
    let working = with_you_working(
        &single(30).carers_allowance(),
        salary("9000").paid(Frequency::Monthly),
    );
    assert_eq!(your_pay(&working).income_tax, gbp("15.42"));
    assert_eq!(working.universal_credit.earned_income, gbp("734.58"));
}

#[test]
fn the_benefit_cap_does_not_count_carers_allowance_and_entitlement_lifts_it() {
    // A London family whose parent gets Carer's Allowance: exempt (reg 83(1)), even
    // before the carer element is looked at.
    let snapshot = now(&london_family().carers_allowance());
    assert_eq!(snapshot.universal_credit.benefit_cap.reduction, gbp("0"));
    assert!(snapshot
        .universal_credit
        .benefit_cap
        .exempt_because
        .is_some());
}

#[test]
fn a_couple_where_one_cares_for_the_other_gets_both_elements() {
    // You: LCWRA (protected) and PIP daily living; your partner cares for you and gets
    // Carer's Allowance. Reg 29 stops one person getting both elements, not a couple.
    // UC: £666.97 + £429.80 + £209.34 − £374.62 = £931.49.
    let snapshot = now(&couple(40, 38)
        .health(UcHealth::LcwraPre2026Claimant)
        .disability_benefit(benefit_bridge::household::DisabilityBenefit::Pip {
            daily_living: benefit_bridge::household::PipRate::Standard,
            mobility: benefit_bridge::household::PipRate::None,
        })
        .partner_carers_allowance());
    assert_eq!(
        income(&snapshot, Income::CarersAllowance, Who::Partner),
        gbp("374.62")
    );
    assert_eq!(uc(&snapshot), gbp("931.49"));
}

#[test]
fn the_headroom_in_hours_is_the_most_at_the_same_pay_that_keeps_it() {
    // 14 hours at £12.71, paid monthly: kept. At 17 hours: £936.30 a month; pension
    // 5% × (£936.30 − £520) = £20.82 with relief, £16.66 from pay (half £8.33); tax
    // (£11,235.60 + £4,495.40 − £12,570) × 20% / 12 = £52.68; no NI.
    // (£936.30 − £52.68 − £8.33) × 12 / 52 = £201.99 a week: kept. At 17.25 hours:
    // £950.07; pension £21.50, £17.20 from pay (half £8.60); tax £55.43;
    // (£950.07 − £55.43 − £8.60) × 12 / 52 = £204.47: over. So 17 hours.
    let outcome = outcome_with_you_working(&single(40).carers_allowance(), hourly("14", nlw()));
    assert_eq!(outcome.scenarios[0].most_hours.len(), 1);
    assert_eq!(outcome.scenarios[0].most_hours[0].hours, dec("17"));
}

#[test]
fn a_lone_parents_childcare_while_at_work_counts_as_care_costs() {
    // A lone parent of a disabled child of 8 (DLA care middle rate), caring and on
    // Carer's Allowance, pays registered childcare of £400 a month while at work:
    // £400 × 12 / 52 = £92.3076… a week (Sch 3: care of a child under 16). At 22.5
    // hours at £12.71, paid weekly: £285.975 → £285.98. Tax (£14,870.96 + £4,495.40 −
    // £12,570) × 20% / 52 = £26.1398… → £26.13; NI (£285.98 − £242) × 8% = £3.5184 →
    // £3.52; pension 5% × (£285.98 − £120) = £8.30 with relief, £6.64 from pay, half
    // £3.32. Net £253.01; the childcare (under half of it) comes off: £160.7023…, kept.
    let household = single(35)
        .disabled_child(
            8,
            benefit_bridge::household::DisabledChildAddition::Lower,
            benefit_bridge::household::DisabilityBenefit::Dla {
                care: benefit_bridge::household::DlaCare::Middle,
                mobility: benefit_bridge::household::DlaMobility::None,
            },
        )
        .carers_allowance()
        .childcare_monthly("400", 1);
    let working = with_you_working(&household, hourly("22.5", nlw()).paid(Frequency::Weekly));
    assert_eq!(
        working.earnings_limits[0]
            .counted_earnings
            .round_down_to_penny(),
        gbp("160.70")
    );
    assert_eq!(ca(&working), gbp("374.62"));
}
