//! Universal Credit worked examples. Each is a hand calculation written out step by
//! step from UC Regs 2013 (regs 22, 36, 55, Sch 4) and the 2026/27 figures in
//! shared/reference/rates-2026-27.md.

use benefit_bridge::household::{
    DisabilityBenefit, DisabledChildAddition, DlaCare, DlaMobility, PipRate, UcHealth,
};
use benefit_bridge::outcome::{Income, NotEntitled, Who};
use benefit_bridge::period::Frequency;

use crate::support::*;

/// Single, 34, renting privately at £650 a month, LCWRA at the protected rate.
fn single_renter(health: UcHealth) -> HouseholdBuilder {
    single(34).health(health).renting_privately("650")
}

mod single_renter_with_lcwra_on_the_national_living_wage {
    use super::*;

    // Maximum amount (reg 36, Sch 4):
    //   standard allowance 25+     £424.90
    //   LCWRA, protected rate      £429.80   (new claimant rate £217.26)
    //   housing costs (rent)       £650.00
    //   = £1,504.70 protected, £1,292.16 new rate.
    // Work allowance: LCWRA and a housing costs element, so the lower £427 (reg 22(2)(b)).

    #[test]
    fn at_0_hours_uc_is_the_maximum_amount() {
        let household = single_renter(UcHealth::LcwraPre2026Claimant);
        assert_eq!(uc(&now(&household)), gbp("1504.70"));
        let household = single_renter(UcHealth::LcwraNewClaimant);
        assert_eq!(uc(&now(&household)), gbp("1292.16"));
    }

    #[test]
    fn at_8_hours_a_little_over_the_work_allowance_is_tapered() {
        // Gross: 8 × £12.71 = £101.68 a week × 52 / 12 = £440.613… → £440.61 a month.
        // Below the £833 monthly auto-enrolment trigger, the £1,048 NI threshold and
        // the personal allowance: earned income £440.61.
        // Taper: 55% × (£440.61 − £427) = 55% × £13.61 = £7.4855 → £7.49 (reg 6).
        let household = single_renter(UcHealth::LcwraPre2026Claimant);
        let working = with_you_working(&household, hourly("8", nlw()));
        assert_eq!(your_pay(&working).take_home_pay, gbp("440.61"));
        assert_eq!(uc(&working), gbp("1504.70") - gbp("7.49"));
        let household = single_renter(UcHealth::LcwraNewClaimant);
        assert_eq!(
            uc(&with_you_working(&household, hourly("8", nlw()))),
            gbp("1292.16") - gbp("7.49")
        );
    }

    #[test]
    fn at_16_hours_the_pension_starts_and_is_deducted_in_full_for_uc() {
        // Gross: 16 × £12.71 = £203.36 a week × 52 / 12 = £881.2266… → £881.23.
        // Pension: £881.23 is over the £833 monthly trigger; qualifying earnings
        //   £881.23 − £520 = £361.23; 5% = £18.0615 → £18.06 (including tax relief);
        //   from pay under relief at source: £18.06 − 20% = £14.448 → £14.45.
        // Tax: £10,574.76 a year is under the £12,570 allowance: nil. NI: under £1,048: nil.
        // Take-home: £881.23 − £14.45 = £866.78.
        // UC earned income (reg 55(5)): £881.23 − £18.06 = £863.17.
        // Taper: 55% × (£863.17 − £427) = 55% × £436.17 = £239.8935 → £239.89.
        let household = single_renter(UcHealth::LcwraPre2026Claimant);
        let working = with_you_working(&household, hourly("16", nlw()));
        let pay = your_pay(&working);
        assert_eq!(pay.gross_pay, gbp("881.23"));
        assert_eq!(pay.pension, gbp("14.45"));
        assert_eq!(pay.take_home_pay, gbp("866.78"));
        assert_eq!(working.universal_credit.earned_income, gbp("863.17"));
        assert_eq!(uc(&working), gbp("1504.70") - gbp("239.89"));
        let household = single_renter(UcHealth::LcwraNewClaimant);
        assert_eq!(
            uc(&with_you_working(&household, hourly("16", nlw()))),
            gbp("1292.16") - gbp("239.89")
        );
    }

    #[test]
    fn at_30_hours_tax_ni_and_pension_come_off_before_the_taper() {
        // Gross: 30 × £12.71 = £381.30 a week × 52 / 12 = £1,652.30 a month.
        // Pension: (£1,652.30 − £520) × 5% = £56.615 → £56.62; from pay × 80% = £45.296 → £45.30.
        // Tax: £1,652.30 × 12 = £19,827.60; (£19,827.60 − £12,570) × 20% = £1,451.52 a year;
        //   / 12 = £120.96.
        // NI: (£1,652.30 − £1,048) × 8% = £48.344 → £48.34.
        // Take-home: £1,652.30 − £120.96 − £48.34 − £45.30 = £1,437.70.
        // UC earned income: £1,652.30 − £120.96 − £48.34 − £56.62 = £1,426.38.
        // Taper: 55% × (£1,426.38 − £427) = 55% × £999.38 = £549.659 → £549.66.
        let household = single_renter(UcHealth::LcwraPre2026Claimant);
        let working = with_you_working(&household, hourly("30", nlw()));
        let pay = your_pay(&working);
        assert_eq!(pay.income_tax, gbp("120.96"));
        assert_eq!(pay.national_insurance, gbp("48.34"));
        assert_eq!(pay.pension, gbp("45.30"));
        assert_eq!(pay.take_home_pay, gbp("1437.70"));
        assert_eq!(working.universal_credit.earned_income, gbp("1426.38"));
        assert_eq!(uc(&working), gbp("1504.70") - gbp("549.66"));
        let household = single_renter(UcHealth::LcwraNewClaimant);
        assert_eq!(
            uc(&with_you_working(&household, hourly("30", nlw()))),
            gbp("1292.16") - gbp("549.66")
        );
    }

    #[test]
    fn better_off_at_16_hours_is_take_home_pay_less_the_uc_lost() {
        // £866.78 take-home − £239.89 UC lost = £626.89 a month; × 12 / 52 = £144.67 a week.
        // PIP (standard daily living £76.70 a week) is the same in both.
        let household = single_renter(UcHealth::LcwraPre2026Claimant).disability_benefit(
            DisabilityBenefit::Pip {
                daily_living: PipRate::Standard,
                mobility: PipRate::None,
            },
        );
        let before = now(&household);
        let after = with_you_working(&household, hourly("16", nlw()));
        assert_eq!(
            after.total.per_month - before.total.per_month,
            gbp("626.89")
        );
        // £76.70 × 52 / 12 = £332.3666… → £332.37.
        assert_eq!(
            income(&after, Income::PersonalIndependencePayment, Who::You),
            gbp("332.37")
        );
        assert_eq!(
            income(&before, Income::PersonalIndependencePayment, Who::You),
            gbp("332.37")
        );
    }
}

#[test]
fn couple_with_three_children_one_born_before_2017_and_one_disabled() {
    // Couple, 38 and 36; children 12 (born before 6 April 2017), 6, and 4 (DLA lowest
    // care, lower disabled child addition); social rent £500 a month; you work 25 hours
    // at £13 an hour, paid monthly.
    // Maximum amount:
    //   standard allowance, couple 25+          £666.97
    //   child element, first child pre-2017     £351.88
    //   child element × 2                       £607.88
    //   disabled child addition, lower          £164.79
    //   housing costs                           £500.00
    //   = £2,291.52
    // Pay: 25 × £13 = £325 a week × 52 / 12 = £1,408.333… → £1,408.33.
    //   Pension: (£1,408.33 − £520) × 5% = £44.4165 → £44.42; from pay £35.536 → £35.54.
    //   Tax: £1,408.33 × 12 = £16,899.96; (− £12,570) × 20% = £865.992; / 12 = £72.166 → £72.16.
    //   NI: (£1,408.33 − £1,048) × 8% = £28.8264 → £28.83.
    //   UC earned income: £1,408.33 − £72.16 − £28.83 − £44.42 = £1,262.92.
    // Taper: 55% × (£1,262.92 − £427) = 55% × £835.92 = £459.756 → £459.76.
    // UC: £2,291.52 − £459.76 = £1,831.76.
    let household = couple(38, 36)
        .child(12)
        .child(6)
        .disabled_child(
            4,
            DisabledChildAddition::Lower,
            DisabilityBenefit::Dla {
                care: DlaCare::Lowest,
                mobility: DlaMobility::None,
            },
        )
        .renting_socially("500", Frequency::Monthly, "0")
        .works(hourly("25", gbp("13")));
    let snapshot = now(&household);
    assert_eq!(snapshot.universal_credit.maximum_amount, gbp("2291.52"));
    assert_eq!(
        element(&snapshot, Element::Child),
        gbp("351.88") + gbp("303.94") + gbp("303.94")
    );
    assert_eq!(
        element(&snapshot, Element::DisabledChildAddition),
        gbp("164.79")
    );
    assert_eq!(snapshot.universal_credit.earned_income, gbp("1262.92"));
    assert_eq!(uc(&snapshot), gbp("1831.76"));
    // Child Benefit: £27.05 + 2 × £17.90 = £62.85 a week × 52 / 12 = £272.35.
    assert_eq!(
        income(&snapshot, Income::ChildBenefit, Who::Household),
        gbp("272.35")
    );
    // DLA lowest care: £30.30 × 52 / 12 = £131.30.
    assert_eq!(
        income(&snapshot, Income::DisabilityLivingAllowance, Who::Child(2)),
        gbp("131.30")
    );
    // Take-home: £1,408.33 − £72.16 − £28.83 − £35.54 = £1,271.80.
    // Help that comes with UC: free school meals for the child of 12 (£2.66 × 190
    // school days / 12 = £42.12), the Warm Home Discount (£150 / 12 = £12.50); not free
    // prescriptions (take-home pay £1,262.92 is over £935) or Healthy Start (no child
    // under 4).
    // Total: £1,271.80 + £1,831.76 + £131.30 + £272.35 + £42.12 + £12.50 = £3,561.83.
    assert_eq!(snapshot.total.per_month, gbp("3561.83"));
}

#[test]
fn the_higher_child_element_is_only_for_a_first_child_born_before_6_april_2017() {
    // Children 8 and 5: both born after 6 April 2017, so £303.94 each.
    let household = single(30).child(8).child(5);
    assert_eq!(element(&now(&household), Element::Child), gbp("607.88"));
    // A child aged 9 born before 6 April 2017 is the first child at the higher rate.
    let mut household = single(30).child(5).child(9);
    household.0.children[1].born_before_6_april_2017 = Some(true);
    assert_eq!(
        element(&now(&household), Element::Child),
        gbp("351.88") + gbp("303.94")
    );
    household.0.children[1].born_before_6_april_2017 = Some(false);
    assert_eq!(element(&now(&household), Element::Child), gbp("607.88"));
}

#[test]
fn of_two_children_of_the_same_age_the_one_born_before_6_april_2017_is_the_eldest() {
    // See: issue 10. A blended family with two 9-year-olds: the first listed was born
    // after 6 April 2017, the second before it. The second is the elder, so the higher
    // amount is for her (UC Regs 2013 reg 36 table, "first child ... born before
    // 6 April 2017"): £351.88 + £303.94, whichever way round they are listed.
    let mut household = single(35).child(9).child(9);
    household.0.children[0].born_before_6_april_2017 = Some(false);
    household.0.children[1].born_before_6_april_2017 = Some(true);
    let snapshot = now(&household);
    assert_eq!(
        element(&snapshot, Element::Child),
        gbp("351.88") + gbp("303.94")
    );
    let higher = snapshot
        .universal_credit
        .elements
        .iter()
        .find(|line| {
            line.kind
                == benefit_bridge::outcome::UcElement::ChildElement {
                    first_child_born_before_6_april_2017: true,
                }
        })
        .map(|line| line.who);
    assert_eq!(higher, Some(Who::Child(1)));
}

#[test]
fn no_two_child_limit_from_april_2026() {
    // Five children all born after April 2017: five child elements of £303.94.
    let household = single(35).child(8).child(7).child(5).child(3).child(1);
    assert_eq!(element(&now(&household), Element::Child), gbp("1519.70"));
}

#[test]
fn higher_disabled_child_addition() {
    let household = single(30).disabled_child(
        6,
        DisabledChildAddition::Higher,
        DisabilityBenefit::Dla {
            care: DlaCare::Highest,
            mobility: DlaMobility::Higher,
        },
    );
    assert_eq!(
        element(&now(&household), Element::DisabledChildAddition),
        gbp("514.71")
    );
}

#[test]
fn standard_allowance_by_age_and_couple() {
    assert_eq!(uc(&now(&single(24))), gbp("338.58"));
    assert_eq!(uc(&now(&single(25))), gbp("424.90"));
    assert_eq!(uc(&now(&couple(22, 24))), gbp("528.34"));
    assert_eq!(uc(&now(&couple(22, 25))), gbp("666.97"));
}

mod health_and_carer_elements {
    use super::*;

    #[test]
    fn lcw_alone_pays_no_element_but_gives_the_higher_work_allowance() {
        // LCW without LCWRA: no element since April 2017; work allowance £710 (no housing).
        // 16 hours at £12.71: earned income £863.17 (see above). Taper: 55% × (£863.17 − £710)
        // = 55% × £153.17 = £84.2435 → £84.24. UC: £424.90 − £84.24 = £340.66.
        let household = single(30).health(UcHealth::Lcw);
        assert_eq!(uc(&now(&household)), gbp("424.90"));
        let working = with_you_working(&household, hourly("16", nlw()));
        assert_eq!(working.universal_credit.work_allowance, gbp("710"));
        assert_eq!(uc(&working), gbp("340.66"));
    }

    #[test]
    fn without_children_or_lcw_there_is_no_work_allowance() {
        // 55% × £863.17 = £474.7435 → £474.74. UC: £424.90 − £474.74 is below nil: nil.
        let household = single(30);
        let working = with_you_working(&household, hourly("16", nlw()));
        assert_eq!(working.universal_credit.work_allowance, gbp("0"));
        assert_eq!(uc(&working), gbp("0"));
        assert_eq!(
            working.universal_credit.not_entitled_because,
            Some(NotEntitled::IncomeTooHigh)
        );
        // 8 hours: 55% × £440.61 = £242.3355 → £242.34; UC £424.90 − £242.34 = £182.56.
        assert_eq!(
            uc(&with_you_working(&household, hourly("8", nlw()))),
            gbp("182.56")
        );
    }

    #[test]
    fn the_transitional_lcw_element_is_paid_on_pre_april_2017_claims() {
        let household = single(40).health(UcHealth::LcwBefore3April2017);
        assert_eq!(element(&now(&household), Element::Lcw), gbp("158.76"));
    }

    #[test]
    fn a_carer_gets_the_carer_element() {
        let household = single(40).carer();
        assert_eq!(element(&now(&household), Element::Carer), gbp("209.34"));
    }

    #[test]
    fn a_carer_with_lcwra_gets_only_the_lcwra_element() {
        // Reg 29(4): "only the LCWRA element may be included in respect of the claimant".
        let household = single(40).carer().health(UcHealth::LcwraNewClaimant);
        let snapshot = now(&household);
        assert_eq!(element(&snapshot, Element::Lcwra), gbp("217.26"));
        assert_eq!(element(&snapshot, Element::Carer), gbp("0"));
    }

    #[test]
    fn a_couple_gets_one_lcwra_element_the_higher_one() {
        // Reg 27(4): one LCWRA element; the higher of £429.80 and £217.26.
        let household = couple(40, 41)
            .health(UcHealth::LcwraNewClaimant)
            .partner_health(UcHealth::LcwraTerminallyIll);
        let snapshot = now(&household);
        assert_eq!(element(&snapshot, Element::Lcwra), gbp("429.80"));
        assert_eq!(uc(&snapshot), gbp("666.97") + gbp("429.80"));
    }

    #[test]
    fn a_couple_both_with_lcwra_one_caring_gets_lcwra_and_carer_elements() {
        // Reg 29(4): the LCWRA element is included for the partner, so the carer can
        // have the carer element: £217.26 + £209.34.
        let household = couple(40, 41)
            .health(UcHealth::LcwraNewClaimant)
            .carer()
            .partner_health(UcHealth::LcwraNewClaimant);
        let snapshot = now(&household);
        assert_eq!(element(&snapshot, Element::Lcwra), gbp("217.26"));
        assert_eq!(element(&snapshot, Element::Carer), gbp("209.34"));
    }

    #[test]
    fn a_protected_carer_keeps_the_higher_lcwra_rather_than_swap_for_the_carer_element() {
        // You: protected LCWRA and caring; partner: new-rate LCWRA.
        // Either £429.80 (yours, no carer element) or £217.26 + £209.34 = £426.60: £429.80 is more.
        let household = couple(40, 41)
            .health(UcHealth::LcwraPre2026Claimant)
            .carer()
            .partner_health(UcHealth::LcwraNewClaimant);
        let snapshot = now(&household);
        assert_eq!(
            element(&snapshot, Element::Lcwra) + element(&snapshot, Element::Carer),
            gbp("429.80")
        );
    }

    #[test]
    fn both_partners_caring_get_two_carer_elements() {
        // Reg 29(2): both, if they care for different people.
        let household = couple(40, 41).carer().partner_carer();
        assert_eq!(element(&now(&household), Element::Carer), gbp("418.68"));
    }
}

mod housing_costs {
    use super::*;
    use benefit_bridge::household::NonDependantExemption;

    #[test]
    fn weekly_rent_and_service_charges_are_turned_into_a_monthly_amount() {
        // Sch 4 para 7(2)(a): (£125 + £6.50) × 52 / 12 = £569.8333… → £569.83.
        let household = single(30).renting_socially("125", Frequency::Weekly, "6.50");
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("569.83")
        );
        // Four-weekly: £500 × 13 / 12 = £541.666… → £541.67.
        let household = single(30).renting_socially("500", Frequency::FourWeekly, "0");
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("541.67")
        );
        // Fortnightly: £250 × 26 / 12 = £541.666… → £541.67.
        let household = single(30).renting_socially("250", Frequency::Fortnightly, "0");
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("541.67")
        );
    }

    #[test]
    fn a_non_dependant_aged_21_or_over_means_a_housing_cost_contribution() {
        // Sch 4 para 14: £96.55 for each non-dependant; para 16(2)(a): none under 21.
        let household = single(50)
            .renting_privately("700")
            .non_dependant(25, None)
            .non_dependant(20, None);
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("603.45")
        );
    }

    #[test]
    fn no_contribution_for_an_exempt_non_dependant() {
        let household = single(50)
            .renting_privately("700")
            .non_dependant(25, Some(NonDependantExemption::GetsCarersAllowance));
        assert_eq!(element(&now(&household), Element::HousingCosts), gbp("700"));
    }

    #[test]
    fn no_contribution_when_the_renter_gets_pip_daily_living() {
        // Sch 4 para 15.
        let household = single(50)
            .renting_privately("700")
            .non_dependant(25, None)
            .disability_benefit(DisabilityBenefit::Pip {
                daily_living: PipRate::Standard,
                mobility: PipRate::None,
            });
        assert_eq!(element(&now(&household), Element::HousingCosts), gbp("700"));
        // PIP mobility alone does not exempt the renter.
        let household = single(50)
            .renting_privately("700")
            .non_dependant(25, None)
            .disability_benefit(DisabilityBenefit::Pip {
                daily_living: PipRate::None,
                mobility: PipRate::Enhanced,
            });
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("603.45")
        );
    }

    #[test]
    fn contributions_never_take_the_element_below_nil() {
        // Para 14(3): £150 rent less 2 × £96.55 is nil, not negative.
        let household = single(50)
            .renting_privately("150")
            .non_dependant(25, None)
            .non_dependant(30, None);
        assert_eq!(element(&now(&household), Element::HousingCosts), gbp("0"));
        // With a nil housing element the award has no housing amount: the higher work allowance.
        let household = household.health(UcHealth::Lcw);
        let working = with_you_working(&household, hourly("16", nlw()));
        assert_eq!(working.universal_credit.work_allowance, gbp("710"));
    }

    #[test]
    fn owners_and_people_with_no_rent_get_no_housing_element() {
        assert_eq!(
            element(&now(&single(40).owner()), Element::HousingCosts),
            gbp("0")
        );
        assert_eq!(uc(&now(&single(40).owner())), gbp("424.90"));
    }
}

mod childcare_costs {
    use super::*;

    #[test]
    fn a_working_lone_parent_gets_85_percent_of_childcare_costs() {
        // Reg 34: 85% × £600 = £510 (under the £1,071.09 cap for one child).
        let household = single(30)
            .child(3)
            .childcare_monthly("600", 1)
            .works(hourly("16", nlw()));
        assert_eq!(
            element(&now(&household), Element::ChildcareCosts),
            gbp("510")
        );
    }

    #[test]
    fn childcare_costs_are_capped() {
        // 85% × £1,500 = £1,275, over the one-child cap of £1,071.09.
        let household = single(30)
            .child(3)
            .childcare_monthly("1500", 1)
            .works(hourly("16", nlw()));
        assert_eq!(
            element(&now(&household), Element::ChildcareCosts),
            gbp("1071.09")
        );
        // 85% × £2,500 = £2,125, over the two-or-more cap of £1,836.16.
        let household = single(30)
            .child(3)
            .child(1)
            .childcare_monthly("2500", 2)
            .works(hourly("16", nlw()));
        assert_eq!(
            element(&now(&household), Element::ChildcareCosts),
            gbp("1836.16")
        );
    }

    #[test]
    fn no_childcare_element_without_paid_work() {
        // Reg 32(1)(a): the claimant must be in paid work.
        let household = single(30).child(3).childcare_monthly("600", 1);
        assert_eq!(element(&now(&household), Element::ChildcareCosts), gbp("0"));
        let working = with_you_working(&household, hourly("10", nlw()));
        assert_eq!(element(&working, Element::ChildcareCosts), gbp("510"));
    }

    #[test]
    fn a_couple_needs_both_in_work_unless_the_other_cannot_care() {
        // Reg 32(1)(b).
        let household = couple(30, 31)
            .child(3)
            .childcare_monthly("600", 1)
            .works(hourly("16", nlw()));
        assert_eq!(element(&now(&household), Element::ChildcareCosts), gbp("0"));
        let household = household.partner_health(UcHealth::Lcw);
        assert_eq!(
            element(&now(&household), Element::ChildcareCosts),
            gbp("510")
        );
        let household = couple(30, 31)
            .child(3)
            .childcare_monthly("600", 1)
            .works(hourly("16", nlw()))
            .partner_works(hourly("10", nlw()));
        assert_eq!(
            element(&now(&household), Element::ChildcareCosts),
            gbp("510")
        );
    }
}

#[test]
fn a_couple_who_both_work_have_their_earnings_added_together() {
    // Couple, 30 and 32, own their home, no children or health condition: maximum
    // amount is the couple standard allowance £666.97, and there is no work allowance.
    // You: 16 hours at £12.71 paid monthly: UC earned income £863.17 (see above).
    // Partner: 5 hours at £12.71 = £63.55 a week × 52 / 12 = £275.383… → £275.38;
    //   under the trigger, the tax allowance and the NI threshold: £275.38.
    // Together £1,138.55; 55% = £626.2025 → £626.20. UC: £666.97 − £626.20 = £40.77.
    let household = couple(30, 32).owner().partner_works(hourly("5", nlw()));
    let working = with_you_working(&household, hourly("16", nlw()));
    assert_eq!(working.universal_credit.earned_income, gbp("1138.55"));
    assert_eq!(uc(&working), gbp("40.77"));
}

#[test]
fn weekly_pay_counts_the_paydays_in_each_assessment_period() {
    // UC Regs 2013 reg 54(1): the pay received in the assessment period. Single renter
    // with protected LCWRA (maximum £1,504.70, work allowance £427), 30 hours at
    // £12.71 paid weekly: £381.30 a week.
    //   Pension: (£381.30 − £120) × 5% = £13.065 → £13.07; from pay £10.456 → £10.46.
    //   Tax: £381.30 × 52 = £19,827.60; £7,257.60 × 20% = £1,451.52; / 52 = £27.913… → £27.91.
    //   NI: (£381.30 − £242) × 8% = £11.144 → £11.14.
    // A usual month holds 4 paydays: gross £1,525.20, tax £111.64, NI £44.56, pension
    // £41.84 from pay (£52.28 with relief); take-home £1,327.16.
    // UC earned income £1,525.20 − £111.64 − £44.56 − £52.28 = £1,316.72;
    // taper 55% × £889.72 = £489.346 → £489.35; UC £1,504.70 − £489.35 = £1,015.35.
    let household = single_renter(UcHealth::LcwraPre2026Claimant);
    let working = with_you_working(&household, hourly("30", nlw()).paid(Frequency::Weekly));
    let pay = your_pay(&working);
    assert_eq!(pay.income_tax, gbp("111.64"));
    assert_eq!(pay.national_insurance, gbp("44.56"));
    assert_eq!(pay.pension, gbp("41.84"));
    assert_eq!(pay.take_home_pay, gbp("1327.16"));
    assert_eq!(working.universal_credit.earned_income, gbp("1316.72"));
    assert_eq!(uc(&working), gbp("1015.35"));
    // In the 4 months a year with 5 paydays: gross £1,906.50, tax £139.55, NI £55.70,
    // pension £65.35 with relief: earned income £1,645.90; taper 55% × £1,218.90 =
    // £670.395 → £670.40; UC £834.30. Over the year 8 × £1,015.35 + 4 × £834.30 =
    // £11,460.00, the same as 12 averaged months (£955.00): in the taper, only the
    // timing moves.
    let outcome = benefit_bridge::calculate(
        &benefit_bridge::Situation {
            household: household.0.clone(),
            scenarios: vec![benefit_bridge::scenario::Scenario {
                you: Some(hourly("30", nlw()).paid(Frequency::Weekly)),
                ..Default::default()
            }],
        },
        &benefit_bridge::RULES_2026_27,
    );
    let other = &outcome.scenarios[0].other_months;
    assert_eq!(other.len(), 1);
    assert_eq!(
        (
            other[0].months_a_year,
            other[0].paydays,
            other[0].usual_paydays
        ),
        (4, 5, 4)
    );
    assert_eq!(
        other[0].snapshot.universal_credit.earned_income,
        gbp("1645.90")
    );
    assert_eq!(uc(&other[0].snapshot), gbp("834.30"));
}

mod earnings_and_a_new_health_assessment {
    use super::*;
    use benefit_bridge::outcome::Threshold;

    // UC Regs 2013 reg 41(2): monthly earnings before tax of at least 16 × £12.71 ×
    // 52 / 12 = £881.2266… → £881.23 stop a new assessment of limited capability for
    // work, unless the person gets a disability benefit (reg 41(3)).
    fn stops_assessment(snapshot: &benefit_bridge::outcome::Snapshot) -> bool {
        snapshot
            .thresholds_reached
            .contains(&Threshold::NoNewHealthAssessment {
                who: Who::You,
                earnings_limit: gbp("881.23"),
            })
    }

    #[test]
    fn at_881_23_a_month_before_tax_there_is_no_new_assessment() {
        // £10,574.76 a year paid monthly: £881.23 gross.
        let household = single(30).renting_privately("500");
        let at = with_you_working(&household, salary("10574.76").no_pension());
        assert_eq!(your_pay(&at).gross_pay, gbp("881.23"));
        assert!(stops_assessment(&at));
        // A penny less a month (£10,574.64 a year: £881.22): it can go ahead.
        let under = with_you_working(&household, salary("10574.64").no_pension());
        assert!(!stops_assessment(&under));
    }

    #[test]
    fn a_disability_benefit_keeps_the_assessment_open() {
        let household = single(30).disability_benefit(DisabilityBenefit::Pip {
            daily_living: PipRate::None,
            mobility: PipRate::Standard,
        });
        let working = with_you_working(&household, salary("20000"));
        assert!(!stops_assessment(&working));
    }
}
