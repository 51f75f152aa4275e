//! The standard allowance: the basic amount for a single person or a couple.
//!
//! Law: UC Regs 2013 reg 36 (amounts), https://www.legislation.gov.uk/uksi/2013/376/regulation/36
//! Not modelled: a couple where one partner is over State Pension age or cannot be
//! a joint claimant (the award is then worked out as for a single person).

use crate::household::Household;
use crate::outcome::{ElementLine, Line, StandardAllowanceRate, UcElement, Who};
use crate::rules::UniversalCredit;

pub fn standard_allowance(household: &Household, rules: &UniversalCredit) -> ElementLine {
    let under_25 = |age: u8| age < 25;
    let rate = match &household.partner {
        None if under_25(household.you.age) => StandardAllowanceRate::SingleUnder25,
        None => StandardAllowanceRate::Single25OrOver,
        Some(partner) if under_25(household.you.age) && under_25(partner.age) => {
            StandardAllowanceRate::CoupleBothUnder25
        }
        Some(_) => StandardAllowanceRate::CoupleOneOrBoth25OrOver,
    };
    let amount = match rate {
        StandardAllowanceRate::SingleUnder25 => rules.standard_allowance_single_under_25,
        StandardAllowanceRate::Single25OrOver => rules.standard_allowance_single_25_or_over,
        StandardAllowanceRate::CoupleBothUnder25 => rules.standard_allowance_couple_both_under_25,
        StandardAllowanceRate::CoupleOneOrBoth25OrOver => {
            rules.standard_allowance_couple_one_or_both_25_or_over
        }
    };
    Line::monthly(
        UcElement::StandardAllowance { rate },
        Who::Household,
        amount.value.0,
        amount.source,
    )
}
