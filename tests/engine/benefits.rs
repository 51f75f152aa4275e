//! The one shape of a benefit (engine/benefits.rs): UC takes each benefit's unearned
//! income off the award, and the benefit cap counts and is lifted as each benefit
//! says, whatever the benefit is. The awards here are made up to show the mechanism
//! (a benefit of £100 a month); the figures for real benefits are in their own tests.
//!
//! Law: UC Regs 2013 reg 66 (unearned income), reg 81 (the cap's reduction), reg 83
//! (exemptions); Welfare Reform Act 2012 s.96(10) (the welfare benefits counted).

use benefit_bridge::engine::benefits::{Award, Context, UnearnedIncome, BEFORE_UNIVERSAL_CREDIT};
use benefit_bridge::engine::paydays::Paydays;
use benefit_bridge::engine::universal_credit::universal_credit;
use benefit_bridge::engine::Work;
use benefit_bridge::outcome::{
    CapExemption, Income, Line, UcDeduction, UniversalCreditCalculation, Who,
};
use benefit_bridge::source::uc_regs_2013;
use benefit_bridge::RULES_2026_27;

use crate::support::*;

/// UC for the household with no work and the given benefits before it.
fn uc_with(household: &HouseholdBuilder, benefits: &[Award]) -> UniversalCreditCalculation {
    let household = &household.0;
    let context = Context {
        household,
        work: Work::now(household),
        paydays: Paydays::USUAL,
        pay: &[],
        rules: &RULES_2026_27,
        taxable_benefits: &[],
        household_elements: None,
    };
    universal_credit(&context, benefits)
}

/// A benefit of £100 a month, as its module would return it.
fn hundred_a_month() -> Award {
    Award {
        lines: vec![Line::monthly(
            Income::ChildBenefit,
            Who::You,
            gbp("100"),
            uc_regs_2013::REG_66,
        )],
        ..Award::none()
    }
}

#[test]
fn uc_takes_off_the_unearned_income_each_benefit_says_it_counts() {
    // Single, 30, rent £500: maximum £424.90 + £500 = £924.90. A benefit UC counts in
    // full (reg 66) takes £100 off: £824.90.
    let household = single(30).renting_privately("500");
    let mut counted = hundred_a_month();
    counted.unearned_income = vec![UnearnedIncome {
        income: Income::ChildBenefit,
        who: Who::You,
        per_month: gbp("100"),
        source: uc_regs_2013::REG_66,
    }];
    let uc = uc_with(&household, &[counted]);
    assert_eq!(uc.award, gbp("824.90"));
    assert_eq!(
        uc.deductions,
        [Line::monthly(
            UcDeduction::UnearnedIncome {
                income: Income::ChildBenefit
            },
            Who::You,
            gbp("100"),
            uc_regs_2013::REG_66,
        )]
    );
    // One UC ignores changes nothing.
    assert_eq!(
        uc_with(&household, &[hundred_a_month()]).award,
        gbp("924.90")
    );
}

#[test]
fn the_cap_counts_what_each_benefit_says_and_is_lifted_by_any_exemption() {
    // Single, 30, rent £1,200: maximum £1,624.90; cap £14,753 / 12 = £1,229.42.
    // With £100 a month more counted: welfare benefits £1,724.90, excess £495.48,
    // UC £1,624.90 − £495.48 = £1,129.42.
    let household = single(30).renting_privately("1200");
    let mut capped = hundred_a_month();
    capped.counted_by_benefit_cap = gbp("100");
    let uc = uc_with(&household, &[capped.clone()]);
    assert_eq!(uc.benefit_cap.welfare_benefits, gbp("1724.90"));
    assert_eq!(uc.benefit_cap.reduction, gbp("495.48"));
    assert_eq!(uc.award, gbp("1129.42"));
    // The same benefit, exempting the household (reg 83): no reduction.
    let mut exempting = capped;
    exempting.exempts_from_benefit_cap = Some(CapExemption::DisabilityBenefit);
    let uc = uc_with(&household, &[exempting]);
    assert_eq!(
        uc.benefit_cap.exempt_because,
        Some(CapExemption::DisabilityBenefit)
    );
    assert_eq!(uc.award, gbp("1624.90"));
}

#[test]
fn uc_own_exemptions_come_before_the_benefits() {
    // LCWRA in the award is named as the reason even when a benefit also exempts.
    let household = single(30)
        .renting_privately("1200")
        .health(benefit_bridge::household::UcHealth::LcwraNewClaimant);
    let mut exempting = hundred_a_month();
    exempting.exempts_from_benefit_cap = Some(CapExemption::DisabilityBenefit);
    assert_eq!(
        uc_with(&household, &[exempting]).benefit_cap.exempt_because,
        Some(CapExemption::LcwraElement)
    );
}

#[test]
fn the_registered_benefits_are_the_ones_the_household_has() {
    // A lone parent with two children: Child Benefit, counted by the cap (£27.05 +
    // £17.90 = £44.95 a week × 52 / 12 = £194.783… → £194.78), and no disability
    // benefit (no lines, no exemption); no High Income Child Benefit Charge without
    // pay (nothing counted by the cap: the cap counts Child Benefit before the charge).
    let household = single(30).child(4).child(6);
    let context = Context {
        household: &household.0,
        work: Work::now(&household.0),
        paydays: Paydays::USUAL,
        pay: &[],
        rules: &RULES_2026_27,
        taxable_benefits: &[],
        household_elements: None,
    };
    let awards: Vec<Award> = BEFORE_UNIVERSAL_CREDIT
        .iter()
        .map(|award| award(&context))
        .collect();
    let counted: Vec<_> = awards
        .iter()
        .map(|award| award.counted_by_benefit_cap)
        .collect();
    assert_eq!(
        counted,
        [
            gbp("0"),
            gbp("0"),
            gbp("0"),
            gbp("0"),
            gbp("0"),
            gbp("194.78")
        ]
    );
    assert!(awards
        .iter()
        .all(|award| award.exempts_from_benefit_cap.is_none()));
    assert!(awards.iter().all(|award| award.unearned_income.is_empty()));
}

#[test]
fn an_income_not_worked_out_makes_the_answer_partial_with_no_better_off_figure() {
    use benefit_bridge::household::IncomeNotWorkedOut;
    let outcome = outcome_with_you_working(
        &single(30).not_worked_out(IncomeNotWorkedOut::PensionCredit),
        hourly("16", nlw()),
    );
    assert!(outcome.is_partial());
    let report = benefit_bridge::report::report(&outcome, &benefit_bridge::copy::EN);
    assert!(report.partial);
    assert_eq!(report.scenarios[0].better_off, None);
}
