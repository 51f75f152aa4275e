//! Scottish Child Payment (Scottish Child Payment Regs 2020, SSI 2020/351), worked by
//! hand: £28.20 a week for each child under 16 (regs 18 and 20) in a household in
//! Scotland while its UC award is above nil (reg 15: a nil award counts only when a
//! sanction or deductions made it nil). Per month, each child's £28.20 × 52 / 12 =
//! £122.20 exactly, added up.

use benefit_bridge::copy::EN;
use benefit_bridge::describe::Words;
use benefit_bridge::household::Country;
use benefit_bridge::outcome::{Income, NotEntitled, Reason, Threshold, UcDeduction, Who};
use benefit_bridge::report::report;

use crate::support::*;

fn scottish_lone_parent(ages: &[u8]) -> HouseholdBuilder {
    let mut household = single(30)
        .country(Country::Scotland)
        .renting_privately("700");
    for &age in ages {
        household = household.child(age);
    }
    household
}

fn scottish_child_payment(household: &HouseholdBuilder) -> benefit_bridge::money::Money {
    income(
        &now(household),
        Income::ScottishChildPayment,
        Who::Household,
    )
}

#[test]
fn a_scottish_lone_parent_on_uc_gets_it_for_two_children_under_16() {
    // 2 × £28.20 × 52 / 12 = 2 × £122.20 = £244.40 a month.
    let household = scottish_lone_parent(&[4, 8]);
    let snapshot = now(&household);
    assert!(uc(&snapshot).is_positive());
    assert_eq!(
        income(&snapshot, Income::ScottishChildPayment, Who::Household),
        gbp("244.40")
    );
    // UC does not count it (not in UC Regs 2013 reg 66): no unearned income.
    assert!(snapshot
        .universal_credit
        .deductions
        .iter()
        .all(|line| !matches!(line.kind, UcDeduction::UnearnedIncome { .. })));
    // The benefit cap does not count it: only UC before the cap and Child Benefit,
    // (£27.05 + £17.90) × 52 / 12 = £194.78. (This family is capped: £1,732.78 +
    // £194.78 = £1,927.56 is over £22,020 / 12 = £1,835; SCP would add to the excess
    // if the cap counted it.)
    let cap = &snapshot.universal_credit.benefit_cap;
    assert_eq!(
        cap.welfare_benefits,
        snapshot.universal_credit.award_before_benefit_cap + gbp("194.78")
    );
    assert_eq!(cap.reduction, gbp("92.56"));
    // The total counts it, and the Warm Home Discount that comes with UC (£150 / 12;
    // prescriptions are free in Scotland for everyone).
    assert_eq!(
        snapshot.total.per_month,
        uc(&snapshot) + gbp("194.78") + gbp("244.40") + gbp("12.50")
    );
}

#[test]
fn a_child_of_16_does_not_count() {
    // Reg 18: children under 16 only. Children of 4 and 16: one child, £122.20.
    assert_eq!(
        scottish_child_payment(&scottish_lone_parent(&[4, 16])),
        gbp("122.20")
    );
    // An only child of 16: none.
    assert_eq!(
        scottish_child_payment(&scottish_lone_parent(&[16])),
        gbp("0")
    );
}

#[test]
fn an_english_family_gets_none() {
    let household = scottish_lone_parent(&[4, 8]).country(Country::England);
    let snapshot = now(&household);
    assert!(uc(&snapshot).is_positive());
    assert_eq!(
        income(&snapshot, Income::ScottishChildPayment, Who::Household),
        gbp("0")
    );
    assert!(!snapshot
        .thresholds_reached
        .contains(&Threshold::ScottishChildPaymentStopsWithUniversalCredit));
}

#[test]
fn work_that_leaves_some_uc_keeps_it() {
    // 16 hours at £12.71: UC goes down but stays above nil, so the payment stays.
    let household = scottish_lone_parent(&[4, 8]);
    let outcome = outcome_with_you_working(&household, hourly("16", nlw()));
    let scenario = &outcome.scenarios[0];
    assert!(uc(&scenario.snapshot).is_positive());
    let change = scenario
        .changes
        .iter()
        .find(|change| change.income == Income::ScottishChildPayment)
        .expect("the payment is listed");
    assert_eq!(change.with_scenario.per_month, gbp("244.40"));
    assert_eq!(change.difference.per_month, gbp("0"));
    assert_eq!(
        change.why,
        vec![Reason::ScottishChildPaymentWhileOnUniversalCredit {
            child_under_age: 16
        }]
    );
}

#[test]
fn work_that_takes_uc_to_nil_ends_it_at_a_named_cliff_edge() {
    // A £60,000 salary with no pension (£5,000 a month) takes UC to nil: the maximum
    // amount £424.90 + 2 × £303.94 + £700 = £1,732.78 is less than 55% of earnings
    // over the £427 work allowance. So the whole £244.40 goes at once.
    let household = scottish_lone_parent(&[4, 8]);
    let outcome = outcome_with_you_working(&household, salary("60000").no_pension());
    let scenario = &outcome.scenarios[0];
    let uc_then = &scenario.snapshot.universal_credit;
    assert_eq!(uc_then.award, gbp("0"));
    assert_eq!(
        uc_then.not_entitled_because,
        Some(NotEntitled::IncomeTooHigh)
    );
    assert_eq!(
        income(
            &scenario.snapshot,
            Income::ScottishChildPayment,
            Who::Household
        ),
        gbp("0")
    );
    assert!(scenario
        .snapshot
        .thresholds_reached
        .contains(&Threshold::ScottishChildPaymentStopsWithUniversalCredit));
    assert!(Threshold::ScottishChildPaymentStopsWithUniversalCredit.can_cost_money());
    assert!(!outcome
        .now
        .thresholds_reached
        .contains(&Threshold::ScottishChildPaymentStopsWithUniversalCredit));
    let change = scenario
        .changes
        .iter()
        .find(|change| change.income == Income::ScottishChildPayment)
        .expect("the payment now is listed");
    assert_eq!(change.difference.per_month, gbp("-244.40"));
    assert_eq!(
        change.why,
        vec![Reason::ScottishChildPaymentStopsWithUniversalCredit]
    );
    assert_eq!(
        Words::for_page(&EN).reasons(&change.why),
        "Stops because no Universal Credit is left: Scottish Child Payment is paid only while \
         you get some Universal Credit (SSI 2020/351 reg 15). The whole payment goes at once."
    );
    // The calc JSON: the line now with its label, the threshold with the work.
    let json = serde_json::to_value(report(&outcome, &EN)).expect("the report serialises");
    let line = json["now"]["income"]
        .as_array()
        .expect("income lines")
        .iter()
        .find(|line| line["id"] == "scottish_child_payment")
        .expect("the payment's line now");
    assert_eq!(line["label"], "Scottish Child Payment");
    assert_eq!(line["per_month"], "244.40");
    assert!(json["scenarios"][0]["snapshot"]["thresholds_reached"]
        .as_array()
        .expect("thresholds")
        .contains(&serde_json::json!(
            "scottish_child_payment_stops_with_universal_credit"
        )));
}
