//! Shared owners and owner-occupiers (UC Regs 2013 reg 26, Sch 4 and Sch 5).

use benefit_bridge::household::{Housing, OwnerOccupier, Tenancy};
use benefit_bridge::outcome::{Income, Reason, Threshold, Who};
use benefit_bridge::period::Frequency;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::{calculate, Situation, RULES_2026_27};

use crate::support::*;

fn owner(service_charges: &str, qualifying_period_met: bool) -> HouseholdBuilder {
    let mut household = single(30);
    household.0.housing = Housing::Owner(OwnerOccupier {
        service_charges: gbp(service_charges),
        frequency: Frequency::Monthly,
        qualifying_period_met,
    });
    household
}

#[test]
fn a_shared_owner_gets_help_with_the_rent_working_or_not() {
    // Reg 26(4)-(6) and Sch 5 para 4(3): the rent on the share not owned is met under
    // Sch 4 as a renter's, whether or not anyone works. Single, 30, rent £400 a month:
    // maximum £424.90 + £400 = £824.90; with 16 hours at £12.71 (earnings £863.17,
    // universal_credit.rs) there is no work allowance (no children or LCW): taper 55%
    // × £863.17 = £474.7435 → £474.74; UC £350.16, the housing element kept.
    let mut household = single(30);
    household.0.housing = Housing::SharedOwnership(Tenancy {
        rent: gbp("400"),
        frequency: Frequency::Monthly,
        eligible_service_charges: gbp("0"),
    });
    assert_eq!(uc(&now(&household)), gbp("824.90"));
    let working = with_you_working(&household, hourly("16", nlw()));
    assert_eq!(element(&working, Element::HousingCosts), gbp("400"));
    assert_eq!(uc(&working), gbp("350.16"));
}

mod an_owners_service_charges {
    use super::*;

    #[test]
    fn are_paid_after_9_months_on_uc_while_nobody_earns() {
        // Sch 5 paras 4 and 5: £80 a month of service charges: UC £424.90 + £80.
        assert_eq!(uc(&now(&owner("80", true))), gbp("504.90"));
        // Before 9 assessment periods in a row, nothing for them.
        assert_eq!(uc(&now(&owner("80", false))), gbp("424.90"));
    }

    #[test]
    fn stop_with_any_earnings_a_cliff_that_is_named() {
        // 8 hours at £12.71: £440.61 a month (universal_credit.rs), no work allowance:
        // taper 55% × £440.61 = £242.3355 → £242.34; UC £424.90 − £242.34 = £182.56.
        // The £80 is lost at once (para 4(2): whatever the amount), so the change in UC
        // is £322.34 and the reasons say why.
        let household = owner("80", true);
        let situation = Situation {
            household: household.0.clone(),
            scenarios: vec![Scenario {
                you: Some(hourly("8", nlw())),
                ..Scenario::default()
            }],
        };
        let outcome = calculate(&situation, &RULES_2026_27);
        let working = &outcome.scenarios[0];
        assert_eq!(uc(&working.snapshot), gbp("182.56"));
        assert_eq!(
            element(&working.snapshot, Element::OwnerServiceCharges),
            gbp("0")
        );
        assert!(working
            .snapshot
            .thresholds_reached
            .contains(&Threshold::OwnerServiceChargesStopWithEarnings));
        let uc_change = working
            .changes
            .iter()
            .find(|change| change.income == Income::UniversalCredit && change.who == Who::Household)
            .expect("a UC line");
        assert_eq!(uc_change.difference.per_month, gbp("-322.34"));
        assert!(uc_change
            .why
            .contains(&Reason::OwnerServiceChargesStopWithEarnings));
    }
}
