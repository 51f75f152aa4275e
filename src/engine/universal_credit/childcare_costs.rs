//! The childcare costs element: 85% of registered childcare costs, up to a cap, for
//! people in paid work.
//!
//! Law: UC Regs 2013 reg 32 (the work condition: "the claimant is in paid work" and a
//! partner is in paid work or cannot provide childcare because they have LCW or care
//! for a severely disabled person), reg 33 (the costs condition), reg 34 ("the lesser
//! of 85% of the charges paid ... or the maximum amount"), reg 36 (the caps).
//! https://www.legislation.gov.uk/uksi/2013/376/regulation/34
//! Not modelled: costs paid in advance or arrears (reg 34A), beyond a yearly charge; a
//! partner temporarily absent; the first-month rule for a job offer due to start.

use crate::engine::paydays::Paydays;
use crate::household::{ChildcareCosts, Household};
use crate::money::Money;
use crate::outcome::{ElementLine, Line, UcElement, Who};
use crate::rules::UniversalCredit;

/// Reg 32(1): the household meets the work condition.
pub fn meets_work_condition(household: &Household, you_work: bool, partner_works: bool) -> bool {
    match &household.partner {
        None => you_work,
        Some(partner) => {
            let can_care = |works: bool, lcw: bool, carer: bool| !works && !lcw && !carer;
            let you_cannot_care = !can_care(
                you_work,
                household.you.uc_health.has_lcw(),
                household.you.cares_35_hours_a_week,
            );
            let partner_cannot_care = !can_care(
                partner_works,
                partner.uc_health.has_lcw(),
                partner.cares_35_hours_a_week,
            );
            // One must be in paid work; the other in paid work or unable to care.
            (you_work && partner_cannot_care) || (partner_works && you_cannot_care)
        }
    }
}

/// Regs 33 and 34: the charges paid in the assessment period (as many weekly,
/// fortnightly or four-weekly payments as it holds: `paydays.rs`).
/// UNCLEAR: a yearly charge is spread over the year's twelve periods (÷ 12), as reg
/// 34A spreads charges paid in advance; reg 34A was not read in full.
pub fn charges_in_period(costs: &ChildcareCosts, paydays: Paydays) -> Money {
    match paydays.count(costs.frequency) {
        Some(payments) => costs.amount.times_fraction(payments, 1),
        None => costs.frequency.to_uc_monthly(costs.amount).0,
    }
    .round_to_nearest_penny()
}

/// Reg 34: 85% of the charges in the period, no more than the cap for 1 or 2+ children.
pub fn childcare_costs_element(
    costs: &ChildcareCosts,
    paydays: Paydays,
    rules: &UniversalCredit,
) -> ElementLine {
    let monthly_costs = charges_in_period(costs, paydays);
    let cap = if costs.children >= 2 {
        rules.childcare_costs_cap_two_or_more_children
    } else {
        rules.childcare_costs_cap_one_child
    };
    let rate = rules.childcare_costs_rate;
    let share = (monthly_costs * rate.value).round_to_nearest_penny();
    let element: Money = share.min(cap.value.0);
    Line::monthly(
        UcElement::ChildcareCostsElement {
            costs: monthly_costs,
            rate: rate.value,
            cap: cap.value.0,
            capped: element < share,
        },
        Who::Household,
        element,
        rate.source,
    )
}
