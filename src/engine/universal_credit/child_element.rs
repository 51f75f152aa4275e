//! The child element for each child, and the disabled child addition.
//!
//! Law: UC Regs 2013 regs 24 and 36 (https://www.legislation.gov.uk/uksi/2013/376/regulation/24);
//! the UC (Removal of Two Child Limit) Act 2026 ends the two-child limit for
//! assessment periods from 6 April 2026, so every child gets the child element.
//! The higher amount is for the first (eldest) child only where that child was born
//! before 6 April 2017 (reg 36 table); with two children of the same age it is the one
//! born first, so a child born before that date is the eldest.
//! Not modelled: a child who is the subject of a kinship or adoption exception
//! (no longer needed without the two-child limit); a qualifying young person's
//! education conditions (we take the person's word that a 16 to 19 year old counts).

use crate::dates::TaxYear;
use crate::household::{DisabledChildAddition, Household};
use crate::outcome::{AdditionRate, ElementLine, Line, UcElement, Who};
use crate::rules::UniversalCredit;

pub fn child_elements(
    household: &Household,
    tax_year: TaxYear,
    rules: &UniversalCredit,
) -> Vec<ElementLine> {
    let mut lines = Vec::new();
    // The first (eldest) child: the oldest, and between children of the same age the
    // one born before 6 April 2017, where that decides (two 9-year-olds in 2026/27);
    // then the first listed.
    let eldest = household
        .children
        .iter()
        .enumerate()
        .max_by_key(|(index, child)| {
            (
                child.age,
                child.born_before_6_april_2017(tax_year),
                core::cmp::Reverse(*index),
            )
        })
        .map(|(index, _)| index);
    for (index, child) in household.children.iter().enumerate() {
        let who = Who::Child(index);
        let first_child_born_before_6_april_2017 =
            Some(index) == eldest && child.born_before_6_april_2017(tax_year);
        let amount = if first_child_born_before_6_april_2017 {
            rules.child_element_first_child_born_before_6_april_2017
        } else {
            rules.child_element
        };
        lines.push(Line::monthly(
            UcElement::ChildElement {
                first_child_born_before_6_april_2017,
            },
            who,
            amount.value.0,
            amount.source,
        ));
        let addition = match child.disabled_child_addition {
            DisabledChildAddition::None => None,
            DisabledChildAddition::Lower => {
                Some((rules.disabled_child_addition_lower, AdditionRate::Lower))
            }
            DisabledChildAddition::Higher => {
                Some((rules.disabled_child_addition_higher, AdditionRate::Higher))
            }
        };
        if let Some((amount, rate)) = addition {
            lines.push(Line::monthly(
                UcElement::DisabledChildAddition { rate },
                who,
                amount.value.0,
                amount.source,
            ));
        }
    }
    lines
}
