//! The standard allowance: the basic amount for a single person or a couple.
//!
//! Law: UC Regs 2013 reg 36 (amounts), https://www.legislation.gov.uk/uksi/2013/376/regulation/36
//! Not modelled: a couple where one partner is over State Pension age or cannot be
//! a joint claimant (the award is then worked out as for a single person).

use crate::household::Household;
use crate::outcome::{Line, LineId, Who};
use crate::rules::UniversalCredit;

pub fn standard_allowance(household: &Household, rules: &UniversalCredit) -> Line {
    let under_25 = |age: u8| age < 25;
    let (amount, label) = match &household.partner {
        None if under_25(household.you.age) => (
            rules.standard_allowance_single_under_25,
            "Standard allowance (single, under 25)",
        ),
        None => (
            rules.standard_allowance_single_25_or_over,
            "Standard allowance (single, 25 or over)",
        ),
        Some(partner) if under_25(household.you.age) && under_25(partner.age) => (
            rules.standard_allowance_couple_both_under_25,
            "Standard allowance (couple, both under 25)",
        ),
        Some(_) => (
            rules.standard_allowance_couple_one_or_both_25_or_over,
            "Standard allowance (couple, one or both 25 or over)",
        ),
    };
    Line::monthly(
        LineId::StandardAllowance,
        Who::Household,
        label,
        amount.value.0,
        amount.source,
    )
}
