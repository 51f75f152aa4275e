//! Help that comes with Universal Credit, priced in, each lost at its own point as
//! pay rises (rates reference §7 and R12). Pay here is a monthly salary with no
//! pension, under the tax and NI thresholds, so take-home pay is the pay itself.
//!
//! Values: free prescriptions £114.50 (a 12-month prepayment certificate, HCWS1091)
//! / 12 = £9.5416… → £9.54; free school meals £2.66 a meal × 190 days / 12 =
//! £42.1166… → £42.12 a child; Healthy Start £8.50 × 52 / 12 = £36.83 for a child
//! under 1 and £4.25 × 52 / 12 = £18.4166… → £18.42 from 1 to 4; the Warm Home
//! Discount £150 / 12 = £12.50.

use benefit_bridge::household::{Country, UcHealth};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{Income, PassportTest, Reason, Snapshot, Threshold, Who};
use benefit_bridge::work::Job;

use crate::support::*;

/// A monthly salary of exactly `monthly`, no pension.
fn take_home(monthly: &str) -> Job {
    Job {
        annual_salary: Some(gbp(monthly).times_fraction(12, 1)),
        ..salary("0").no_pension()
    }
}

fn help(snapshot: &Snapshot, kind: Income) -> Money {
    income(snapshot, kind, Who::Household)
}

fn lost(snapshot: &Snapshot, kind: Income) -> bool {
    snapshot
        .thresholds_reached
        .contains(&Threshold::PassportedHelpLost(kind))
}

mod free_prescriptions {
    use super::*;

    #[test]
    fn a_single_person_keeps_them_to_435_of_take_home_pay_and_not_a_penny_more() {
        // NHSBSA: "£435 or less" in the assessment period, with no child element and
        // no LCW.
        let household = single(30).renting_privately("600");
        let at = with_you_working(&household, take_home("435.00"));
        assert_eq!(at.universal_credit.earned_income, gbp("435.00"));
        assert_eq!(help(&at, Income::FreePrescriptions), gbp("9.54"));
        assert!(!lost(&at, Income::FreePrescriptions));
        let over = with_you_working(&household, take_home("435.01"));
        assert!(uc(&over).is_positive());
        assert_eq!(help(&over, Income::FreePrescriptions), Money::ZERO);
        assert!(lost(&over, Income::FreePrescriptions));
    }

    #[test]
    fn a_parent_keeps_them_to_935() {
        // "£935 or less if your Universal Credit includes a payment for a child".
        let household = single(30).child(8).renting_privately("700");
        let at = with_you_working(&household, take_home("935.00"));
        assert_eq!(help(&at, Income::FreePrescriptions), gbp("9.54"));
        let over = with_you_working(&household, take_home("935.01"));
        assert_eq!(help(&over, Income::FreePrescriptions), Money::ZERO);
        assert!(lost(&over, Income::FreePrescriptions));
    }

    #[test]
    fn limited_capability_for_work_without_the_element_keeps_them_to_935() {
        // LCW since 2017 pays no element, but NHSBSA's higher limit is for "a limited
        // capability for work" as well as LCWRA.
        let household = single(30).health(UcHealth::Lcw).renting_privately("600");
        assert_eq!(
            help(
                &with_you_working(&household, take_home("935.00")),
                Income::FreePrescriptions
            ),
            gbp("9.54")
        );
        assert_eq!(
            help(
                &with_you_working(&household, take_home("935.01")),
                Income::FreePrescriptions
            ),
            Money::ZERO
        );
    }

    #[test]
    fn a_parent_at_430_of_take_home_pay_can_take_home_505_more() {
        let household = single(30).child(8).renting_privately("700");
        let snapshot = with_you_working(&household, take_home("430.00"));
        let check = snapshot
            .passported_help
            .iter()
            .find(|check| check.help == Income::FreePrescriptions)
            .expect("a check of free prescriptions");
        assert_eq!(
            check.test,
            PassportTest::TakeHomePay {
                limit: gbp("935"),
                take_home: gbp("430.00"),
            }
        );
        assert_eq!(check.headroom(), Some(gbp("505.00")));
    }

    #[test]
    fn they_are_free_for_everyone_in_wales_scotland_and_northern_ireland() {
        for country in [Country::Wales, Country::Scotland, Country::NorthernIreland] {
            let snapshot = now(&single(30).country(country).renting_privately("500"));
            assert!(uc(&snapshot).is_positive());
            assert_eq!(help(&snapshot, Income::FreePrescriptions), Money::ZERO);
            assert!(snapshot
                .passported_help
                .iter()
                .all(|check| check.help != Income::FreePrescriptions));
        }
    }
}

mod healthy_start {
    use super::*;

    #[test]
    fn a_baby_and_a_toddler_are_worth_55_25_a_month_to_408_of_take_home_pay() {
        // £36.83 + £18.42 = £55.25. "£408 or less per month from employment".
        let household = single(24).child(0).child(2).renting_privately("600");
        let at = with_you_working(&household, take_home("408.00"));
        assert_eq!(help(&at, Income::HealthyStart), gbp("55.25"));
        let over = with_you_working(&household, take_home("408.01"));
        assert!(uc(&over).is_positive());
        assert_eq!(help(&over, Income::HealthyStart), Money::ZERO);
        assert!(lost(&over, Income::HealthyStart));
    }

    #[test]
    fn a_child_of_4_is_too_old_and_scotland_has_best_start_foods_instead() {
        let four = now(&single(24).child(4).renting_privately("600"));
        assert!(four
            .passported_help
            .iter()
            .all(|check| check.help != Income::HealthyStart));
        let scotland = now(&single(24)
            .child(1)
            .country(Country::Scotland)
            .renting_privately("600"));
        assert_eq!(help(&scotland, Income::HealthyStart), Money::ZERO);
    }
}

mod free_school_meals_and_the_warm_home_discount {
    use super::*;

    /// A lone parent with children of 5, 8 and 12 in England, renting at £700.
    fn family() -> HouseholdBuilder {
        single(35)
            .child(5)
            .child(8)
            .child(12)
            .renting_privately("700")
    }

    #[test]
    fn every_child_from_7_has_free_meals_while_any_uc_is_paid() {
        // The child of 5 has universal infant free school meals anyway: 2 × £42.12.
        let snapshot = with_you_working(&family(), take_home("1500"));
        assert!(uc(&snapshot).is_positive());
        assert_eq!(help(&snapshot, Income::FreeSchoolMeals), gbp("84.24"));
        assert_eq!(help(&snapshot, Income::WarmHomeDiscount), gbp("12.50"));
        let outcome = outcome_with_you_working(&family(), take_home("1500"));
        let reasons = &outcome.scenarios[0]
            .changes
            .iter()
            .find(|change| change.income == Income::FreeSchoolMeals)
            .expect("a free school meals line")
            .why;
        assert_eq!(reasons, &vec![Reason::HelpKeptWithUniversalCredit]);
    }

    #[test]
    fn they_go_with_the_last_penny_of_uc() {
        // A salary of £90,000 takes UC to nil: both go, each a named cliff edge.
        let snapshot = with_you_working(&family(), salary("90000"));
        assert_eq!(uc(&snapshot), Money::ZERO);
        for kind in [Income::FreeSchoolMeals, Income::WarmHomeDiscount] {
            assert_eq!(help(&snapshot, kind), Money::ZERO);
            assert!(lost(&snapshot, kind));
        }
    }

    #[test]
    fn savings_over_the_limit_are_not_a_cliff_edge_of_work() {
        let snapshot = now(&family().savings("20000"));
        assert_eq!(uc(&snapshot), Money::ZERO);
        assert!(!lost(&snapshot, Income::WarmHomeDiscount));
    }
}
