//! Council tax and Council Tax Reduction: worked examples from the published Band D
//! amounts (the year's tables), the band ratios (LGFA 1992 s.5; SSI 2016/368), the
//! discounts (s.11, Sch 1) and each scheme's figures (`rules/y2026_27.rs`, from
//! shared/reference/housing-and-council-tax-2026-27.md).

use benefit_bridge::household::{CouncilTaxBand, Country, DisabilityBenefit, PipRate};
use benefit_bridge::outcome::{
    CouncilTaxDiscount, CtrCheck, CtrEstimate, CtrScheme, Income, NotWorkedOut, Snapshot, Who,
};

use crate::support::*;

fn ctr(snapshot: &Snapshot) -> CtrCheck {
    match &snapshot.council_tax_reduction {
        Some(Ok(check)) => check.clone(),
        other => panic!("expected Council Tax Reduction worked out, got {other:?}"),
    }
}

/// Single, 30, owns the home (no rent, no UC housing costs), no disability benefit.
fn owner_in(council: &str, country: Country) -> HouseholdBuilder {
    single(30)
        .owner()
        .country(country)
        .council_tax(council, CouncilTaxBand::B)
}

mod the_bill {
    use super::*;

    #[test]
    fn band_b_in_glasgow_cardiff_and_leeds() {
        // Glasgow City, Band D £1,706.00: B is 280/360 = £1,326.888… → £1,326.89.
        // Cardiff, Band D £2,013.18: B is 7/9 = £1,565.806… → £1,565.81.
        // Leeds, Band D £2,283.73: B is 7/9 = £1,776.234… → £1,776.23.
        for (council, country, full) in [
            ("Glasgow City", Country::Scotland, "1326.89"),
            ("Cardiff", Country::Wales, "1565.81"),
            ("Leeds", Country::England, "1776.23"),
        ] {
            let outcome = outcome_with_you_working(
                &couple(30, 30)
                    .owner()
                    .country(country)
                    .council_tax(council, CouncilTaxBand::B),
                hourly("16", nlw()),
            );
            let bill = outcome.council_tax.expect("a bill");
            assert_eq!(bill.full, gbp(full), "{council}");
            // Two adults: no discount.
            assert_eq!(bill.discount, CouncilTaxDiscount::None);
            assert_eq!(bill.yearly, gbp(full));
        }
    }

    #[test]
    fn one_adult_pays_25_percent_less() {
        // Leeds Band B £1,776.23 less 25% (£444.0575 → £444.06) = £1,332.17 a year,
        // £111.01 a month (÷ 12 = £111.014…).
        let outcome =
            outcome_with_you_working(&owner_in("Leeds", Country::England), hourly("16", nlw()));
        let bill = outcome.council_tax.expect("a bill");
        assert!(matches!(
            bill.discount,
            CouncilTaxDiscount::SinglePerson { .. }
        ));
        assert_eq!(bill.yearly, gbp("1332.17"));
        assert_eq!(bill.per_month, gbp("111.01"));
    }

    #[test]
    fn a_severe_mental_impairment_with_a_qualifying_benefit_is_disregarded() {
        // Sch 1 para 2: certified, and getting PIP daily living. Living alone the home
        // is exempt (Class U); with a partner, one adult is counted: 25% off.
        let pip = DisabilityBenefit::Pip {
            daily_living: PipRate::Standard,
            mobility: PipRate::None,
        };
        let alone = owner_in("Leeds", Country::England)
            .disability_benefit(pip)
            .severe_mental_impairment();
        let bill = outcome_with_you_working(&alone, hourly("8", nlw()))
            .council_tax
            .expect("a bill");
        assert_eq!(bill.discount, CouncilTaxDiscount::Exempt);
        assert_eq!(bill.yearly, gbp("0"));
        let with_partner = couple(30, 30)
            .owner()
            .council_tax("Leeds", CouncilTaxBand::B)
            .disability_benefit(pip)
            .severe_mental_impairment();
        let bill = outcome_with_you_working(&with_partner, hourly("8", nlw()))
            .council_tax
            .expect("a bill");
        assert_eq!(bill.yearly, gbp("1332.17"));
        // Without a qualifying benefit the certificate alone does not count.
        let no_benefit = owner_in("Leeds", Country::England).severe_mental_impairment();
        let bill = outcome_with_you_working(&no_benefit, hourly("8", nlw()))
            .council_tax
            .expect("a bill");
        assert!(matches!(
            bill.discount,
            CouncilTaxDiscount::SinglePerson { .. }
        ));
    }
}

mod reduction_in_wales {
    use super::*;

    // Cardiff Band B £1,565.81 less 25% (£391.4525 → £391.45) = £1,174.36 a year.
    // A week: £1,174.36 × 7 / 365 = £22.5219… → £22.52; the most CTR, 100%.

    #[test]
    fn on_universal_credit_with_no_earnings_it_is_the_whole_bill() {
        // UC £424.90 a month; applicable amount the UC maximum amount £424.90 × 12 / 52
        // = £98.05; income the UC award, £98.05: nothing over, so £22.52 a week,
        // £97.59 a month (£22.52 × 52 / 12 = £97.586…).
        let now = now(&owner_in("Cardiff", Country::Wales));
        let check = ctr(&now);
        assert_eq!(check.scheme, CtrScheme::Wales);
        assert_eq!(check.weekly_bill, gbp("22.52"));
        assert_eq!(check.weekly, gbp("22.52"));
        assert_eq!(
            income(&now, Income::CouncilTaxReduction, Who::Household),
            gbp("97.59")
        );
    }

    #[test]
    fn at_8_hours_the_taper_takes_20p_of_each_pound_over() {
        // Earnings £440.61 a month (8 × £12.71 × 52 / 12); UC £424.90 − 55% × £440.61
        // (£242.3355 → £242.34) = £182.56.
        // Weekly: UC £182.56 × 12 / 52 = £42.129…; earnings £440.61 × 12 / 52 =
        // £101.679… less the £5 single disregard: income £138.8085… → £138.81.
        // Over the £98.05 applicable amount by £40.76; 20% = £8.152.
        // CTR: £22.52 − £8.152 = £14.368 → £14.37 a week.
        let snapshot = with_you_working(&owner_in("Cardiff", Country::Wales), hourly("8", nlw()));
        assert_eq!(uc(&snapshot), gbp("182.56"));
        let check = ctr(&snapshot);
        assert_eq!(check.income, gbp("138.81"));
        assert_eq!(check.applicable_amount, Some(gbp("98.05")));
        assert_eq!(check.weekly, gbp("14.37"));
    }

    #[test]
    fn off_universal_credit_it_is_not_worked_out_and_the_answer_is_partial() {
        // At 16 hours UC is nil; the Welsh allowances for someone not on UC were not
        // found for 2026/27.
        let outcome =
            outcome_with_you_working(&owner_in("Cardiff", Country::Wales), hourly("16", nlw()));
        assert!(outcome.scenarios[0]
            .snapshot
            .council_tax_reduction
            .as_ref()
            .is_some_and(Result::is_err));
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::CouncilTaxReduction));
    }
}

mod reduction_in_scotland {
    use super::*;

    // Glasgow City Band B £1,326.89 less 25% (£331.7225 → £331.72) = £995.17 a year;
    // a week £995.17 × 7 / 365 = £19.085… → £19.09.

    #[test]
    fn universal_credit_counts_as_income_against_the_schemes_own_allowance() {
        // Applicable amount: single 25 or over £95.55 (Sch 1). Income: UC £424.90 ×
        // 12 / 52 = £98.05. Over by £2.50; 20% = £0.50. CTR £19.09 − £0.50 = £18.59.
        let check = ctr(&now(&owner_in("Glasgow City", Country::Scotland)));
        assert_eq!(check.scheme, CtrScheme::Scotland);
        assert_eq!(check.weekly_bill, gbp("19.09"));
        assert_eq!(check.applicable_amount, Some(gbp("95.55")));
        assert_eq!(check.weekly, gbp("18.59"));
        assert!(check.estimate.is_empty());
    }

    #[test]
    fn at_8_and_16_hours() {
        // 8 hours: income £138.81 (as in Wales); over £95.55 by £43.26; 20% = £8.652;
        // CTR £19.09 − £8.652 = £10.438 → £10.44.
        let household = owner_in("Glasgow City", Country::Scotland);
        assert_eq!(
            ctr(&with_you_working(&household, hourly("8", nlw()))).weekly,
            gbp("10.44")
        );
        // 16 hours, monthly: UC is nil. Earnings as UC counts them £863.17 (£881.23
        // less the £18.06 pension contribution with its tax relief) × 12 / 52 =
        // £199.193… less £5 = £194.193…; no other income: £194.19. Over £95.55 by
        // £98.64; 20% = £19.728: more than the £19.09 bill, so no CTR.
        let snapshot = with_you_working(&household, hourly("16", nlw()));
        assert_eq!(uc(&snapshot), gbp("0"));
        let check = ctr(&snapshot);
        assert_eq!(check.income, gbp("194.19"));
        assert_eq!(check.weekly, gbp("0"));
    }

    #[test]
    fn a_family_has_the_child_premium_and_the_lone_parent_rate() {
        // Sch 1: a lone parent £95.55 + child premium £109.85 = £205.40 (rates
        // reference §6 [M]).
        let household = owner_in("Glasgow City", Country::Scotland).child(5);
        let check = ctr(&now(&household));
        assert_eq!(check.applicable_amount, Some(gbp("205.40")));
        assert!(check.estimate.is_empty());
    }

    #[test]
    fn a_private_renters_housing_element_is_not_counted_as_income() {
        // Single, 30, in Glasgow renting privately at £400 a month (under the area's
        // rates): UC £424.90 + £400 = £824.90. Against the Scottish allowances the UC
        // counted leaves out the housing element (SSI 2012/303 reg 26(2)(a)): £424.90 ×
        // 12 / 52 = £98.05, over £95.55 by £2.50: CTR £19.09 − £0.50 = £18.59, as for
        // the owner.
        let household = single(30)
            .country(Country::Scotland)
            .renting_privately("400")
            .lha_area("Greater Glasgow")
            .council_tax("Glasgow City", CouncilTaxBand::B);
        let check = ctr(&now(&household));
        assert_eq!(check.income, gbp("98.05"));
        assert_eq!(check.weekly, gbp("18.59"));
    }
}

mod reduction_in_england {
    use super::*;

    #[test]
    fn slough_gives_a_share_of_the_bill_by_weekly_earnings() {
        // Slough Band D £2,414.44; B 7/9 = £1,877.897… → £1,877.90; less 25%
        // (£469.475 → £469.48) = £1,408.42; a week £27.0107… → £27.01.
        // No earnings: 70% = £18.907 → £18.91.
        let household = owner_in("Slough", Country::England);
        let check = ctr(&now(&household));
        assert_eq!(check.scheme, CtrScheme::Slough);
        assert_eq!(check.weekly_bill, gbp("27.01"));
        assert_eq!(check.weekly, gbp("18.91"));
        // 8 hours: £101.68 a week (£440.61 × 12 / 52), under £115.39: 50% = £13.505
        // → £13.51.
        assert_eq!(
            ctr(&with_you_working(&household, hourly("8", nlw()))).weekly,
            gbp("13.51")
        );
        // 16 hours: £863.17 × 12 / 52 = £199.19, in £184.62 to £253.84: 20% = £5.402
        // → £5.40.
        assert_eq!(
            ctr(&with_you_working(&household, hourly("16", nlw()))).weekly,
            gbp("5.40")
        );
        // 40 hours at £15: £600 a week before tax, well over £461.53 after it:
        // nothing.
        let check = ctr(&with_you_working(&household, hourly("40", gbp("15"))));
        assert!(check.income > gbp("461.53"));
        assert_eq!(check.weekly, gbp("0"));
    }

    #[test]
    fn slough_counts_no_more_than_a_band_c_bill() {
        // Band E (11/9) is capped at Band C (8/9): £2,414.44 × 8 / 9 = £2,146.168… →
        // £2,146.17; less 25% (£536.5425 → £536.54) = £1,609.63; a week £30.8696… →
        // £30.87; 70% = £21.609 → £21.61.
        let household = single(30).owner().council_tax("Slough", CouncilTaxBand::E);
        let check = ctr(&now(&household));
        assert_eq!(check.maximum, gbp("30.87"));
        assert_eq!(check.weekly, gbp("21.61"));
    }

    #[test]
    fn newham_pays_at_most_70_percent() {
        // Newham Band D £1,944.23; B = £1,512.178… → £1,512.18; less 25% (£378.045 →
        // £378.05) = £1,134.13; a week £21.750… → £21.75; 70% = £15.225 → £15.23.
        // On UC with no earnings nothing is over the applicable amount.
        let check = ctr(&now(&owner_in("Newham", Country::England)));
        assert_eq!(check.scheme, CtrScheme::Newham);
        assert_eq!(check.maximum, gbp("15.23"));
        assert_eq!(check.weekly, gbp("15.23"));
    }

    #[test]
    fn kingston_tapers_20p_in_the_pound() {
        let household = owner_in("Kingston upon Thames", Country::England);
        let check = ctr(&with_you_working(&household, hourly("8", nlw())));
        assert_eq!(check.scheme, CtrScheme::KingstonUponThames);
        // Income £138.81 less the £98.05 applicable amount = £40.76; 20% = £8.152.
        assert_eq!(check.weekly, check.maximum - gbp("8.152") + gbp("0.002"));
    }

    #[test]
    fn another_english_council_uses_the_typical_scheme_as_an_estimate() {
        let check = ctr(&now(&owner_in("Leeds", Country::England)));
        assert_eq!(check.scheme, CtrScheme::EnglandTypical);
        assert_eq!(check.estimate, [CtrEstimate::TypicalScheme]);
    }
}

mod from_the_review {
    use super::*;
    use benefit_bridge::household::{SupportedAccommodation, UcHealth};
    use benefit_bridge::outcome::CtrNotWorkedOut;

    #[test]
    fn a_parent_whose_only_adult_is_disregarded_gets_half_off_not_the_exemption() {
        // Class U is for a home occupied only by severely mentally impaired people;
        // with a child there, no adult is counted: s.11(1)(b), twice 25% = 50%.
        // Leeds band B £1,776.23 less 50% (£888.115 → £888.12) = £888.11.
        let pip = DisabilityBenefit::Pip {
            daily_living: PipRate::Standard,
            mobility: PipRate::None,
        };
        let household = owner_in("Leeds", Country::England)
            .child(8)
            .disability_benefit(pip)
            .severe_mental_impairment();
        let bill = outcome_with_you_working(&household, hourly("8", nlw()))
            .council_tax
            .expect("a bill");
        assert!(matches!(
            bill.discount,
            CouncilTaxDiscount::AllDisregarded { .. }
        ));
        assert_eq!(bill.yearly, gbp("888.11"));
    }

    #[test]
    fn scotland_on_uc_with_the_lcwra_element_is_not_worked_out() {
        // The scheme's amounts for a UC award with a health element were not read.
        let household =
            owner_in("Glasgow City", Country::Scotland).health(UcHealth::LcwraPre2026Claimant);
        let outcome = outcome_with_you_working(&household, hourly("8", nlw()));
        assert_eq!(
            outcome.now.council_tax_reduction,
            Some(Err(CtrNotWorkedOut::ScotlandUcElements))
        );
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::CouncilTaxReduction));
    }

    #[test]
    fn housing_benefit_with_another_adult_is_partial() {
        // HB Regs 2006 reg 74: a deduction for the other adult, not worked out.
        let household = single(40)
            .non_dependant(30, None)
            .supported_housing("150", SupportedAccommodation::Supported);
        let outcome = outcome_with_you_working(&household, hourly("8", nlw()));
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::HousingBenefitOtherAdults));
    }
}
