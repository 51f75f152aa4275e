//! How much rent Universal Credit counts: the size criteria (UC Regs 2013 Sch 4
//! paras 8 to 12), the Local Housing Allowance for private renters (paras 22 to 29)
//! and spare bedrooms for social renters (para 36).
//!
//! Every rate is the 2026/27 monthly Local Housing Allowance for UC from the DWP's
//! tables (read from `rules::TABLES_2026_27`, spot-checked in `tables.rs`); the
//! arithmetic is shown in each test.

use benefit_bridge::household::{
    AdditionalBedroom, Country, DisabilityBenefit, DlaCare, DlaMobility, PipRate,
    SharedAccommodationException,
};
use benefit_bridge::outcome::{
    LhaCategory, LhaCheck, LhaResult, NotWorkedOut, RentLimit, SharedRateException, Snapshot,
    SpareBedroomCheck,
};
use benefit_bridge::period::Frequency;
use benefit_bridge::{Situation, RULES_2026_27};

use crate::support::*;

fn limit(snapshot: &Snapshot) -> RentLimit {
    snapshot
        .universal_credit
        .rent_limit()
        .map(|(_, limit)| limit)
        .expect("a housing costs element")
}

fn lha(snapshot: &Snapshot) -> LhaCheck {
    match limit(snapshot) {
        RentLimit::LocalHousingAllowance(check) => check,
        other => panic!("expected a Local Housing Allowance check, got {other:?}"),
    }
}

fn spare(snapshot: &Snapshot) -> SpareBedroomCheck {
    match limit(snapshot) {
        RentLimit::SpareBedrooms(check) => check,
        other => panic!("expected a spare bedroom check, got {other:?}"),
    }
}

fn pip_daily_living() -> DisabilityBenefit {
    DisabilityBenefit::Pip {
        daily_living: PipRate::Standard,
        mobility: PipRate::None,
    }
}

mod the_shared_accommodation_rate {
    use super::*;

    /// Single, 22, renting a room for £500 a month in Central Greater Manchester.
    fn young_renter() -> HouseholdBuilder {
        single(22)
            .renting_privately("500")
            .lha_area("Central Greater Manchester")
    }

    #[test]
    fn a_single_22_year_old_gets_the_rate_for_a_room_in_a_shared_home() {
        // Para 28: single, under 35, no children, no non-dependants: category A,
        // £411.58 a month in Central Greater Manchester. UC counts £411.58 of the
        // £500 rent: £88.42 less than the whole rent.
        // UC: standard allowance under 25 £338.58 + housing £411.58 = £750.16.
        let snapshot = now(&young_renter());
        let check = lha(&snapshot);
        assert_eq!(check.category, LhaCategory::SharedAccommodation);
        assert_eq!(check.rate, gbp("411.58"));
        assert_eq!(check.result, LhaResult::Capped);
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("411.58"));
        assert_eq!(uc(&snapshot), gbp("338.58") + gbp("411.58"));
    }

    #[test]
    fn the_daily_living_part_of_pip_excepts_them_and_the_one_bedroom_rate_covers_the_rent() {
        // Para 29(5)(c): under 35 and gets PIP daily living. Category B, £775.00 a
        // month: the £500 rent is within it, so all of it counts.
        let snapshot = now(&young_renter().disability_benefit(pip_daily_living()));
        let check = lha(&snapshot);
        assert_eq!(check.category, LhaCategory::OneBedroom);
        assert_eq!(
            check.shared_rate_exception,
            Some(SharedRateException::DisabilityBenefit)
        );
        assert_eq!(check.rate, gbp("775.00"));
        assert_eq!(check.result, LhaResult::WithinRate);
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("500.00"));
    }

    #[test]
    fn pip_mobility_alone_does_not_except_them() {
        let mobility_only = DisabilityBenefit::Pip {
            daily_living: PipRate::None,
            mobility: PipRate::Enhanced,
        };
        let snapshot = now(&young_renter().disability_benefit(mobility_only));
        assert_eq!(lha(&snapshot).category, LhaCategory::SharedAccommodation);
    }

    #[test]
    fn a_care_leaver_is_excepted_from_18_to_24() {
        // Para 29(2): "at least 18 but under 25". At 17 not yet; at 25 the situation
        // checks refuse the answer.
        let leaver = |age| {
            single(age)
                .renting_privately("500")
                .lha_area("Central Greater Manchester")
                .shared_accommodation_exception(SharedAccommodationException::CareLeaver)
        };
        assert_eq!(lha(&now(&leaver(24))).category, LhaCategory::OneBedroom);
        assert_eq!(lha(&now(&leaver(18))).category, LhaCategory::OneBedroom);
        assert_eq!(
            lha(&now(&leaver(17))).category,
            LhaCategory::SharedAccommodation
        );
        let too_old = Situation {
            household: leaver(25).0,
            scenarios: Vec::new(),
        };
        assert_eq!(
            too_old.check(RULES_2026_27.tax_year)[0].field,
            "household.housing.shared_accommodation_exception"
        );
    }

    #[test]
    fn domestic_abuse_excepts_them_at_any_age_under_35() {
        // Para 29(9B).
        let household = single(34)
            .renting_privately("500")
            .lha_area("Central Greater Manchester")
            .shared_accommodation_exception(SharedAccommodationException::DomesticAbuse);
        let check = lha(&now(&household));
        assert_eq!(check.category, LhaCategory::OneBedroom);
        assert_eq!(
            check.shared_rate_exception,
            Some(SharedRateException::DomesticAbuse)
        );
    }

    #[test]
    fn at_35_the_one_bedroom_rate_applies() {
        let household = single(35)
            .renting_privately("500")
            .lha_area("Central Greater Manchester");
        let check = lha(&now(&household));
        assert_eq!(check.category, LhaCategory::OneBedroom);
        assert_eq!(check.shared_rate_exception, None);
    }

    #[test]
    fn a_non_dependant_living_with_them_means_two_bedrooms_not_the_shared_rate() {
        // Para 28(4): the third condition fails. Paras 10(1)(a), (b): one bedroom for
        // the renter and one for the other adult: category C, £875.00.
        let household = young_renter().non_dependant(23, None);
        let check = lha(&now(&household));
        assert_eq!(check.bedrooms, 2);
        assert_eq!(check.category, LhaCategory::TwoBedrooms);
        assert_eq!(check.rate, gbp("875.00"));
    }
}

mod bedrooms_for_families {
    use super::*;

    #[test]
    fn a_couple_with_a_boy_of_12_and_a_girl_of_8_are_allowed_3_bedrooms() {
        // Para 10(1): one for the couple; the boy (10 or over) shares only with
        // another boy, and the girl only with a girl or another child under 10, so
        // each has a bedroom: 3 bedrooms, category D. In Leeds £850.00 a month: a
        // £900 rent counts £850.00.
        let household = couple(35, 36)
            .boy(12)
            .girl(8)
            .renting_privately("900")
            .lha_area("Leeds");
        let snapshot = now(&household);
        let check = lha(&snapshot);
        assert_eq!(check.bedrooms, 3);
        assert_eq!(check.category, LhaCategory::ThreeBedrooms);
        assert_eq!(check.rate, gbp("850.00"));
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("850.00"));
    }

    #[test]
    fn two_children_under_10_share_whatever_their_sex() {
        // Para 10(1)(d): a boy of 8 and a girl of 6 share: 2 bedrooms, category C,
        // £775.00 in Leeds.
        let household = couple(30, 30)
            .boy(8)
            .girl(6)
            .renting_privately("700")
            .lha_area("Leeds");
        let check = lha(&now(&household));
        assert_eq!(check.bedrooms, 2);
        assert_eq!(check.rate, gbp("775.00"));
        assert_eq!(check.result, LhaResult::WithinRate);
    }

    #[test]
    fn two_girls_of_14_and_4_share() {
        // Para 10(1)(c): two children of the same sex, at any age under 16.
        let household = single(40)
            .girl(14)
            .girl(4)
            .renting_privately("700")
            .lha_area("Leeds");
        assert_eq!(lha(&now(&household)).bedrooms, 2);
    }

    #[test]
    fn a_young_person_of_16_has_a_bedroom_of_their_own() {
        // Para 10(1)(b): a person 16 or over. A lone parent with a son of 17 and a
        // daughter of 15: 1 + 1 + 1 = 3 bedrooms.
        let household = single(45)
            .child(17)
            .girl(15)
            .renting_privately("700")
            .lha_area("Leeds");
        assert_eq!(lha(&now(&household)).bedrooms, 3);
    }

    #[test]
    fn the_local_housing_allowance_stops_at_4_bedrooms() {
        // Para 26: a couple and five older children of mixed sexes would be allowed
        // 1 + 3 boys (2 rooms) + 2 girls (1 room) = 4; with a non-dependant, 5. The
        // rate is the 4-bedroom rate, £1,200.00 in Leeds.
        let household = couple(45, 45)
            .boy(15)
            .boy(13)
            .boy(11)
            .girl(14)
            .girl(12)
            .non_dependant(22, None)
            .renting_privately("1500")
            .lha_area("Leeds");
        let check = lha(&now(&household));
        assert_eq!(check.bedrooms, 5);
        assert_eq!(check.category, LhaCategory::FourBedrooms);
        assert_eq!(check.rate, gbp("1200.00"));
    }

    #[test]
    fn an_overnight_carer_adds_a_bedroom() {
        // Para 12(3): the renter gets PIP daily living and a carer who lives elsewhere
        // stays overnight: 1 + 1 = 2 bedrooms, category C.
        let household = single(40)
            .disability_benefit(pip_daily_living())
            .additional_bedroom(AdditionalBedroom::OvernightCare)
            .renting_privately("700")
            .lha_area("Leeds");
        let check = lha(&now(&household));
        assert_eq!(check.bedrooms, 2);
        assert_eq!(check.category, LhaCategory::TwoBedrooms);
    }

    #[test]
    fn a_disabled_child_who_cannot_share_has_their_own_bedroom() {
        // Para 12(6): two boys of 6 and 4 would share; the younger gets DLA care at the
        // middle rate and cannot share: 1 + 2 = 3 bedrooms instead of 2.
        let dla = DisabilityBenefit::Dla {
            care: DlaCare::Middle,
            mobility: DlaMobility::None,
        };
        let family = || {
            single(30)
                .boy(6)
                .disabled_child(
                    4,
                    benefit_bridge::household::DisabledChildAddition::Lower,
                    dla,
                )
                .renting_privately("700")
                .lha_area("Leeds")
        };
        assert_eq!(lha(&now(&family())).bedrooms, 2);
        let household = family().additional_bedroom(AdditionalBedroom::DisabledChildCannotShare);
        assert_eq!(lha(&now(&household)).bedrooms, 3);
    }

    #[test]
    fn a_couple_who_cannot_share_have_two_bedrooms() {
        // Para 12(6A).
        let household = couple(50, 50)
            .disability_benefit(pip_daily_living())
            .additional_bedroom(AdditionalBedroom::CoupleCannotShare)
            .renting_privately("700")
            .lha_area("Cardiff")
            .country(Country::Wales);
        let check = lha(&now(&household));
        assert_eq!(check.bedrooms, 2);
        // Cardiff, category C: £825.00 a month.
        assert_eq!(check.rate, gbp("825.00"));
    }
}

mod not_sure_of_the_area {
    use super::*;

    #[test]
    fn a_rent_within_the_lowest_rate_in_the_country_is_counted_in_full() {
        // The lowest one-bedroom rate in Scotland (category B) is in the table; a rent
        // at or below it is within every Scottish area's rate.
        let household = single(40)
            .country(Country::Scotland)
            .renting_privately("300");
        let outcome = outcome_with_you_working(&household, hourly("16", nlw()));
        let check = lha(&outcome.now);
        assert_eq!(check.area, None);
        assert_eq!(check.result, LhaResult::WithinRate);
        assert!(check.rate >= gbp("300"));
        assert!(!outcome.is_partial());
    }

    #[test]
    fn a_rent_above_it_cannot_be_checked_and_the_answer_is_partial() {
        let household = single(40)
            .country(Country::Scotland)
            .renting_privately("900");
        let outcome = outcome_with_you_working(&household, hourly("16", nlw()));
        assert_eq!(lha(&outcome.now).result, LhaResult::NotChecked);
        // The whole rent is counted, and the answer says it is partial.
        assert_eq!(element(&outcome.now, Element::HousingCosts), gbp("900"));
        assert!(outcome.is_partial());
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::LocalHousingAllowanceArea));
    }
}

mod spare_bedrooms_in_social_housing {
    use super::*;

    #[test]
    fn a_single_tenant_with_one_spare_bedroom_has_14_percent_less_rent_counted() {
        // Para 36(3): single, 40, in a 2-bedroom council flat at £95.00 a week.
        // Monthly: £95.00 × 52 / 12 = £411.666… → £411.67 (para 7, reg 6).
        // Allowed 1 bedroom; 1 spare: 14% × £411.67 = £57.6338 → £57.63.
        // Counted: £411.67 − £57.63 = £354.04.
        let household = single(40)
            .renting_socially("95.00", Frequency::Weekly, "0")
            .bedrooms(2);
        let snapshot = now(&household);
        let check = spare(&snapshot);
        assert_eq!(check.allowed, 1);
        assert_eq!(check.spare(), 1);
        assert_eq!(check.reduction, gbp("57.63"));
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("354.04"));
    }

    #[test]
    fn two_spare_bedrooms_take_25_percent() {
        // Para 36(4): 3 bedrooms, allowed 1. £500.00 a month × 25% = £125.00.
        let household = single(40)
            .renting_socially("500", Frequency::Monthly, "0")
            .bedrooms(3);
        let snapshot = now(&household);
        assert_eq!(spare(&snapshot).reduction, gbp("125.00"));
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("375.00"));
    }

    #[test]
    fn a_family_using_every_bedroom_has_no_reduction() {
        // A couple with a boy of 12 and a girl of 8 in a 3-bedroom home: allowed 3.
        let household = couple(35, 36)
            .boy(12)
            .girl(8)
            .renting_socially("600", Frequency::Monthly, "0")
            .bedrooms(3);
        let snapshot = now(&household);
        assert_eq!(spare(&snapshot).spare(), 0);
        assert_eq!(element(&snapshot, Element::HousingCosts), gbp("600.00"));
    }

    #[test]
    fn the_reduction_is_taken_before_housing_cost_contributions() {
        // Para 36 reduces the core rent; para 14 then takes £96.55 for a non-dependant
        // aged 25. Single with the non-dependant in a 3-bedroom home: allowed 2, 1
        // spare. £600.00 − 14% (£84.00) = £516.00; − £96.55 = £419.45.
        let household = single(50)
            .non_dependant(25, None)
            .renting_socially("600", Frequency::Monthly, "0")
            .bedrooms(3);
        assert_eq!(
            element(&now(&household), Element::HousingCosts),
            gbp("419.45")
        );
    }

    #[test]
    fn not_saying_how_many_bedrooms_makes_the_answer_partial() {
        let household = single(40).renting_socially("500", Frequency::Monthly, "0");
        let outcome = outcome_with_you_working(&household, hourly("16", nlw()));
        assert_eq!(element(&outcome.now, Element::HousingCosts), gbp("500.00"));
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::BedroomsInHome));
    }
}

mod children_whose_sexes_are_not_given {
    use super::*;

    #[test]
    fn make_the_answer_partial_only_where_they_change_the_rent_counted() {
        // A boy or girl of 12 and a child of 8, sexes not given: 2 bedrooms if the
        // same sex, 3 if not. In Leeds that is £775.00 or £850.00 a month; a £900 rent
        // is over both, so the rent counted depends on them.
        let household = couple(35, 36)
            .child(12)
            .child(8)
            .renting_privately("900")
            .lha_area("Leeds");
        let outcome = outcome_with_you_working(&household, hourly("16", nlw()));
        assert!(outcome
            .not_included
            .iter()
            .any(|item| item.income == NotWorkedOut::ChildrenSexes));
        // A £700 rent is within both: the answer is whole.
        let household = couple(35, 36)
            .child(12)
            .child(8)
            .renting_privately("700")
            .lha_area("Leeds");
        assert!(!outcome_with_you_working(&household, hourly("16", nlw())).is_partial());
    }
}
