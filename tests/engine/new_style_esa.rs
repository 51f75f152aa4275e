//! New Style ESA (ESA Regs 2013) and permitted work (reg 39), with Universal Credit.
//!
//! Weekly amounts 2026/27 (rates reference section 2): assessment phase £75.65 under
//! 25, £95.55 at 25 or over; main phase basic amount £95.55; support component
//! £50.35; work-related activity component (claims before 3 April 2017) £37.95.
//! Permitted work: up to £20.00 a week at any hours; up to £203.50 a week under 16
//! hours, or in supported permitted work at any hours. UC counts ESA in full, weekly
//! × 52 / 12 to the penny. Jobs here are paid weekly with no pension unless said,
//! under the NI threshold (£242 a week). ESA is taxable and in the tax code, so the
//! tax deducted from pay, which permitted work counts, includes tax on ESA: support
//! group ESA is £145.90 × 52 = £7,586.80 a year, and a week's tax on pay of £G is
//! (52 × G + £7,586.80 − £12,570) × 20% / 52, rounded down to the penny.

use benefit_bridge::household::{EsaGroup, UcHealth};
use benefit_bridge::outcome::{CapExemption, EarningsRule, Income, Threshold, Who};
use benefit_bridge::work::{Job, PensionContribution};

use crate::support::*;

fn esa(snapshot: &benefit_bridge::outcome::Snapshot) -> benefit_bridge::money::Money {
    income(snapshot, Income::NewStyleEsa, Who::You)
}

#[test]
fn support_group_esa_comes_off_universal_credit_in_full() {
    // ESA: £95.55 + £50.35 = £145.90 a week; × 52 / 12 = £632.2333… → £632.23.
    // UC maximum: £424.90 + LCWRA £429.80 + rent £600 = £1,454.70; less ESA £632.23
    // = £822.47. The total is the maximum amount, and the help that comes with UC:
    // free prescriptions (£114.50 / 12 = £9.54) and the Warm Home Discount (£150 / 12
    // = £12.50).
    let household = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("600")
        .esa(EsaGroup::SupportGroup);
    let snapshot = now(&household);
    assert_eq!(esa(&snapshot), gbp("632.23"));
    assert_eq!(uc(&snapshot), gbp("822.47"));
    assert_eq!(
        snapshot.total.per_month,
        gbp("1454.70") + gbp("9.54") + gbp("12.50")
    );
}

#[test]
fn each_group_and_phase_has_its_amount() {
    // Assessment phase at 22: £75.65 × 52 / 12 = £327.8166… → £327.82.
    // Assessment phase at 25: £95.55 × 52 / 12 = £414.05.
    // Work-related activity group, claim before 3 April 2017: £95.55 + £37.95 =
    // £133.50 × 52 / 12 = £578.50. Later claim: the basic amount, £414.05.
    for (age, group, monthly) in [
        (22, EsaGroup::AssessmentPhase, "327.82"),
        (25, EsaGroup::AssessmentPhase, "414.05"),
        (
            40,
            EsaGroup::WorkRelatedActivityGroupBefore3April2017,
            "578.50",
        ),
        (40, EsaGroup::WorkRelatedActivityGroup, "414.05"),
    ] {
        let snapshot = now(&single(age).esa(group));
        assert_eq!(esa(&snapshot), gbp(monthly), "{age} {group:?}");
    }
}

#[test]
fn twenty_pounds_a_week_is_permitted_at_any_hours_and_a_penny_more_is_not_at_16_hours_or_more() {
    // Reg 39(1)(a): "does not exceed £20". At 37.5 hours, £20.00 a week keeps ESA;
    // £20.01 is over the only limit open at 16 hours or more, so ESA stops (reg 37).
    let household = single(30).esa(EsaGroup::SupportGroup);
    let at_limit = with_you_working(&household, weekly_pay("20.00", "37.5"));
    assert_eq!(esa(&at_limit), gbp("632.23"));
    let over = with_you_working(&household, weekly_pay("20.01", "37.5"));
    assert_eq!(esa(&over), gbp("0"));
    assert!(over
        .thresholds_reached
        .contains(&Threshold::BenefitStopsWithWork {
            who: Who::You,
            benefit: Income::NewStyleEsa,
        }));
    let check = over.earnings_limits[0];
    assert_eq!(check.rule, EarningsRule::PermittedWorkLowerLimit);
    assert_eq!(check.earnings_limit, Some(gbp("20")));
    assert_eq!(check.hours_limit, Some(16));
}

#[test]
fn under_16_hours_the_limit_is_203_50_and_a_penny_over_stops_esa() {
    // Reg 39(1)(c): under 16 hours and up to £203.50 (16 × £12.71 = £203.36, rounded
    // up to 50p). At 15 hours, £230.41 a week: tax (£11,981.32 + £7,586.80 − £12,570)
    // × 20% / 52 = £26.9158… → £26.91; net £203.50: ESA is kept. £230.42: tax £26.91,
    // net £203.51: ESA stops.
    let household = single(30).esa(EsaGroup::SupportGroup);
    let at_limit = with_you_working(&household, weekly_pay("230.41", "15"));
    assert_eq!(at_limit.earnings_limits[0].counted_earnings, gbp("203.50"));
    assert_eq!(esa(&at_limit), gbp("632.23"));
    assert_eq!(
        at_limit.earnings_limits[0].rule,
        EarningsRule::PermittedWorkUnderHoursLimit
    );
    let over = with_you_working(&household, weekly_pay("230.42", "15"));
    assert_eq!(over.earnings_limits[0].counted_earnings, gbp("203.51"));
    assert_eq!(esa(&over), gbp("0"));
}

#[test]
fn sixteen_hours_at_12_pounds_stops_esa_by_the_hours_rule_not_the_money() {
    // 16 × £12.00 = £192 a week, under £203.50, but 16 hours is not under 16: only the
    // £20 limit is open, and £192 is over it.
    let household = single(30).esa(EsaGroup::SupportGroup);
    let job = hourly("16", gbp("12.00")).paid(benefit_bridge::period::Frequency::Weekly);
    let job = Job {
        pension: PensionContribution::None,
        ..job
    };
    let working = with_you_working(&household, job);
    assert_eq!(esa(&working), gbp("0"));
    assert_eq!(
        working.earnings_limits[0].rule,
        EarningsRule::PermittedWorkLowerLimit
    );
}

#[test]
fn supported_permitted_work_has_no_hours_limit() {
    // Reg 39(1)(b): at 20 hours, £230.41 a week is £203.50 after tax (as above): ESA
    // is kept; £230.42 is £203.51: ESA stops.
    let household = single(30)
        .esa(EsaGroup::SupportGroup)
        .supported_permitted_work();
    let kept = with_you_working(&household, weekly_pay("230.41", "20"));
    assert_eq!(esa(&kept), gbp("632.23"));
    assert_eq!(
        kept.earnings_limits[0].rule,
        EarningsRule::SupportedPermittedWork
    );
    let over = with_you_working(&household, weekly_pay("230.42", "20"));
    assert_eq!(esa(&over), gbp("0"));
}

#[test]
fn half_of_the_pension_contribution_comes_off_the_earnings_tested() {
    // £232.61 a week at 15 hours with the automatic enrolment minimum: qualifying
    // earnings £232.61 − £120 = £112.61; 5% = £5.63 with relief, £4.50 from pay. Tax
    // (relief at source: on all pay) (£12,095.72 + £7,586.80 − £12,570) × 20% / 52 =
    // £27.35. Net earnings: £232.61 − £27.35 − £4.50 / 2 = £203.01, within £203.50
    // (without the half taken off, £205.26 would be over).
    let household = single(30).esa(EsaGroup::SupportGroup);
    let job = Job {
        pension: PensionContribution::AutoEnrolmentMinimum,
        ..weekly_pay("232.61", "15")
    };
    let working = with_you_working(&household, job);
    assert_eq!(your_pay(&working).pension, gbp("18.00")); // 4 weekly payslips
    assert_eq!(working.earnings_limits[0].counted_earnings, gbp("203.01"));
    assert_eq!(esa(&working), gbp("632.23"));
}

#[test]
fn a_pension_over_85_pounds_a_week_takes_half_the_excess_off_esa() {
    // £500 a month = £500 × 12 / 52 = £115.3846… a week; over £85 by £30.3846…;
    // half = £15.1923…, rounded down to £15.19. ESA: £95.55 − £15.19 = £80.36 a week
    // × 52 / 12 = £348.2266… → £348.23.
    let snapshot = now(&single(40)
        .esa(EsaGroup::WorkRelatedActivityGroup)
        .pension("500"));
    assert_eq!(esa(&snapshot), gbp("348.23"));
}

#[test]
fn esa_kept_with_work_is_taxed_through_the_job_and_uc_counts_pay_after_that_tax() {
    // Support group ESA £145.90 × 52 = £7,586.80 a year. A job of 15 hours at £13.50,
    // paid monthly: £202.50 a week × 52 / 12 = £877.50 a month, £10,530 a year.
    // Pay alone is under the tax and NI thresholds. It is over the £833 monthly
    // pension trigger: qualifying earnings £877.50 − £520 = £357.50; 5% = £17.875 →
    // £17.88 with relief, £14.30 from pay. Net weekly for permitted work:
    // (£877.50 − £14.30 / 2) × 12 / 52 = £200.85, within £203.50: ESA is kept.
    // Tax through the tax code: (£10,530 + £7,586.80 − £12,570) × 20% = £1,109.36 a
    // year, £92.4466… a month → £92.44 taken from pay.
    let household = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .esa(EsaGroup::SupportGroup);
    let working = with_you_working(&household, hourly("15", gbp("13.50")));
    let pay = your_pay(&working);
    assert_eq!(pay.gross_pay, gbp("877.50"));
    assert_eq!(pay.income_tax, gbp("92.44"));
    assert!(working.pay[0].payslip.tax_includes_benefits);
    assert_eq!(esa(&working), gbp("632.23"));
    // UC earned income: £877.50 − £92.44 − £17.88 (the whole contribution) = £767.18.
    assert_eq!(working.universal_credit.earned_income, gbp("767.18"));
}

#[test]
fn the_support_component_lifts_the_benefit_cap_and_other_esa_counts_towards_it() {
    let supported = now(&london_family().esa(EsaGroup::SupportGroup));
    assert_eq!(
        supported.universal_credit.benefit_cap.exempt_because,
        Some(CapExemption::EsaSupportComponent)
    );
    // Work-related activity group: ESA £414.05 counts as a welfare benefit.
    let wrag = now(&london_family().esa(EsaGroup::WorkRelatedActivityGroup));
    let plain = now(&london_family());
    assert_eq!(
        wrag.universal_credit.benefit_cap.welfare_benefits,
        plain.universal_credit.benefit_cap.welfare_benefits
    );
    // UC falls by the ESA, then the cap takes the same excess from the lower UC: the
    // welfare benefits are the same, so the capped household is no better off.
    assert_eq!(uc(&wrag) + esa(&wrag), uc(&plain));
}

#[test]
fn under_16_hours_the_headroom_in_hours_stops_at_15_75() {
    // 12 hours at £12.71 keeps support group ESA; at 15.75 hours the earnings are still
    // within £203.50 (15.75 × £12.71 = £200.18 a week before the pension), and 16 hours
    // is not under 16.
    let outcome =
        outcome_with_you_working(&single(35).esa(EsaGroup::SupportGroup), hourly("12", nlw()));
    assert_eq!(outcome.scenarios[0].most_hours[0].hours, dec("15.75"));
}

#[test]
fn support_group_esa_reduced_to_nil_by_a_pension_still_lifts_the_cap() {
    // £1,700 a month = £392.31 a week; half of the excess over £85 is £153.65, more
    // than £145.90: no ESA is paid. Entitlement to ESA with the support component
    // remains (UNCLEAR, as in the engine), so the cap does not apply.
    let snapshot = now(&london_family().esa(EsaGroup::SupportGroup).pension("1700"));
    assert_eq!(esa(&snapshot), gbp("0"));
    assert_eq!(
        snapshot.universal_credit.benefit_cap.exempt_because,
        Some(CapExemption::EsaSupportComponent)
    );
}
