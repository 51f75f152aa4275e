//! The health elements (LCW, LCWRA) and the carer element, and how they combine.
//!
//! Law: UC Regs 2013 reg 27(4) ("where each of them has [LCWRA], the award is only to
//! include one LCWRA element"), reg 29(2) (both joint claimants can get the carer
//! element if they care for different people), reg 29(4) (a claimant with LCWRA gets
//! "only the LCWRA element" unless it is already included for the other joint
//! claimant), reg 36 and UC Act 2025 ss.2-4 (the protected £429.80 and new £217.26 rates).
//! https://www.legislation.gov.uk/uksi/2013/376/regulation/29
//! UNCLEAR: the current GB wording of regs 27(4) and 29(4) was read in the identical
//! Northern Ireland text (UC Regs (NI) 2016 reg 30(4)) and a verbatim secondary quote.
//! For the transitional LCW element with a carer element for the same person, we
//! follow the 2013 rule (only the carer element, the higher): UNCLEAR.
//! Not modelled: the 3-month wait before a new LCW/LCWRA element is paid (reg 28);
//! two carers caring for the same person (reg 29(3)): we assume different people.

use crate::household::{Adult, Household, UcHealth};
use crate::money::Money;
use crate::outcome::{ElementLine, LcwraRate, Line, UcElement, Who};
use crate::period::Monthly;
use crate::rules::{Cited, UniversalCredit};
use crate::source::Source;

/// The LCWRA element rate for one person, if they have LCWRA.
fn lcwra_rate(health: UcHealth) -> Option<LcwraRate> {
    match health {
        UcHealth::LcwraPre2026Claimant
        | UcHealth::LcwraSevereConditions
        | UcHealth::LcwraTerminallyIll => Some(LcwraRate::Protected),
        UcHealth::LcwraNewClaimant => Some(LcwraRate::NewClaimant),
        UcHealth::None | UcHealth::Lcw | UcHealth::LcwBefore3April2017 => None,
    }
}

fn lcwra_amount(rate: LcwraRate, rules: &UniversalCredit) -> Cited<Monthly> {
    match rate {
        LcwraRate::Protected => rules.lcwra_element_protected,
        LcwraRate::NewClaimant => rules.lcwra_element_new_claimant,
    }
}

/// One element included in the award, before it becomes a line.
struct Included {
    element: UcElement,
    who: Who,
    amount: Money,
    source: Source,
}

/// The best lawful combination: one LCWRA element at most (the higher rate, placed
/// on the partner who is not caring where that lets the carer element in too),
/// otherwise one LCW element at most, and a carer element for each carer who does not
/// also have the health element included for them.
pub fn health_and_carer_elements(
    household: &Household,
    rules: &UniversalCredit,
) -> Vec<ElementLine> {
    let adults: Vec<(Who, &Adult)> = core::iter::once((Who::You, &household.you))
        .chain(
            household
                .partner
                .as_ref()
                .map(|partner| (Who::Partner, partner)),
        )
        .collect();
    // Try the one LCWRA element on each adult who has LCWRA, and keep the largest total.
    let with_lcwra: Vec<Option<usize>> = (0..adults.len())
        .filter(|&i| adults[i].1.uc_health.has_lcwra())
        .map(Some)
        .collect();
    let candidates = if with_lcwra.is_empty() {
        vec![None]
    } else {
        with_lcwra
    };
    let best = candidates
        .into_iter()
        .map(|lcwra_for| combination(&adults, lcwra_for, rules))
        .max_by_key(|elements| elements.iter().map(|e| e.amount).sum::<Money>());
    best.unwrap_or_default()
        .into_iter()
        .map(|e| Line::monthly(e.element, e.who, e.amount, e.source))
        .collect()
}

fn combination(
    adults: &[(Who, &Adult)],
    lcwra_for: Option<usize>,
    rules: &UniversalCredit,
) -> Vec<Included> {
    let mut elements = Vec::new();
    // Reg 27(4): one health element; with LCWRA in the household it is the LCWRA element.
    let mut health_element_for = None;
    if let Some(index) = lcwra_for {
        let (who, adult) = adults[index];
        if let Some(rate) = lcwra_rate(adult.uc_health) {
            let amount = lcwra_amount(rate, rules);
            elements.push(Included {
                element: UcElement::LcwraElement { rate },
                who,
                amount: amount.value.0,
                source: amount.source,
            });
            health_element_for = Some(index);
        }
    } else if let Some(index) = adults
        .iter()
        .position(|(_, adult)| {
            adult.uc_health == UcHealth::LcwBefore3April2017 && !adult.cares_35_hours_a_week
        })
        .or_else(|| {
            adults
                .iter()
                .position(|(_, adult)| adult.uc_health == UcHealth::LcwBefore3April2017)
        })
    {
        let (who, adult) = adults[index];
        // The 2013 rule: the LCW element and carer element for the same person gives
        // only the carer element (UNCLEAR, see the file header).
        if !adult.cares_35_hours_a_week {
            let rate = rules.lcw_element;
            elements.push(Included {
                element: UcElement::LcwElement,
                who,
                amount: rate.value.0,
                source: rate.source,
            });
            health_element_for = Some(index);
        }
    }
    for (index, (who, adult)) in adults.iter().enumerate() {
        // Reg 29(4): a carer with LCWRA gets only the LCWRA element, unless it is
        // included for the other joint claimant.
        if adult.cares_35_hours_a_week && health_element_for != Some(index) {
            let rate = rules.carer_element;
            elements.push(Included {
                element: UcElement::CarerElement,
                who: *who,
                amount: rate.value.0,
                source: rate.source,
            });
        }
    }
    elements
}
