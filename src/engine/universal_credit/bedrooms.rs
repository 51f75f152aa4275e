//! The size criteria: how many bedrooms a renter is allowed.
//!
//! Law: UC Regs 2013 Sch 4 paras 8 to 12
//! (https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/10): one
//! bedroom for each of the renter and their partner, any other person 16 or over in
//! the extended benefit unit (children 16 to 19, non-dependants), two children of
//! the same sex, two children under 10, and any other child (para 10(1)); each
//! person in the category that gives the fewest bedrooms (para 10(2)); and an
//! additional bedroom for each condition in para 12.
//! Not modelled: temporary absence (para 11); a child for whom no one in the
//! household is responsible (para 9(2)(g)).

use crate::household::{AdditionalBedroom, DisabilityBenefit, Household, Sex};
use crate::rules::SizeCriteria;

/// The bedrooms the household is allowed (with no limit of 4: that is for private
/// renters only, para 26).
pub fn bedrooms_allowed(household: &Household, rules: &SizeCriteria) -> u8 {
    let own_from = rules.own_bedroom_from_age.value;
    // Para 10(1)(a): the renter and their partner share one.
    let adults = 1;
    // Para 10(1)(b): everyone else 16 or over (children 16 to 19, non-dependants).
    let older_children = household
        .children
        .iter()
        .filter(|child| child.age >= own_from)
        .count();
    let others = household.non_dependants.len();
    let children: Vec<SharingChild> = household
        .children
        .iter()
        .filter(|child| child.age < own_from)
        .map(|child| SharingChild {
            older: child.age >= rules.children_of_either_sex_share_under.value,
            sex: child.sex,
            cannot_share: false,
        })
        .collect();
    let children_rooms = children_bedrooms(&children);
    let additional: usize = household
        .additional_bedrooms
        .iter()
        .enumerate()
        // The same condition given twice counts once.
        .filter(|(index, condition)| !household.additional_bedrooms[..*index].contains(condition))
        .map(|(_, condition)| match condition {
            AdditionalBedroom::OvernightCare | AdditionalBedroom::FosterParent => 1,
            // Para 12(6A): only a member of a couple.
            AdditionalBedroom::CoupleCannotShare => usize::from(household.is_couple()),
            // Para 12(6): the child who cannot share has a bedroom of their own; it adds
            // one only where that child would otherwise share.
            AdditionalBedroom::DisabledChildCannotShare => {
                disabled_child_addition(household, &children, own_from)
            }
        })
        .sum();
    let total = adults + older_children + others + children_rooms + additional;
    u8::try_from(total).unwrap_or(u8::MAX)
}

/// A child under 16, for sharing (para 10(1)(c) to (e)).
#[derive(Debug, Clone, Copy)]
struct SharingChild {
    /// 10 or over: shares only with a child of the same sex.
    older: bool,
    /// Not known: the child does not share with an older child (the situation checks
    /// ask for it wherever it could matter).
    sex: Option<Sex>,
    cannot_share: bool,
}

/// The fewest bedrooms the children under 16 need: pair each older child with one of
/// the same sex, an older one first, then a younger one; then pair the younger
/// children left, whatever their sex. (Pairing an odd older child with a younger
/// child of its sex never needs more bedrooms than leaving that younger child to
/// pair with another younger one: both save one bedroom.)
fn children_bedrooms(children: &[SharingChild]) -> usize {
    let alone = children.iter().filter(|child| child.cannot_share).count();
    let sharing = children.iter().filter(|child| !child.cannot_share);
    let count = |older: bool, sex: Option<Sex>| {
        sharing
            .clone()
            .filter(|child| child.older == older && child.sex == sex)
            .count()
    };
    let mut rooms = alone;
    let mut younger_left = 0;
    for sex in [Some(Sex::Boy), Some(Sex::Girl), None] {
        let older = count(true, sex);
        let mut younger = count(false, sex);
        if sex.is_none() {
            // Not known: older ones each alone; younger ones share with any younger.
            rooms += older;
        } else {
            rooms += older / 2;
            if older % 2 == 1 {
                rooms += 1;
                younger = younger.saturating_sub(1);
            }
        }
        younger_left += younger;
    }
    rooms + younger_left.div_ceil(2)
}

/// One more bedroom if a child under 16 with DLA or CDP care at the middle or highest
/// rate would otherwise share (para 12(6)); where several could be the one, the
/// answer that adds a bedroom.
fn disabled_child_addition(
    household: &Household,
    children: &[SharingChild],
    own_from: u8,
) -> usize {
    let without = children_bedrooms(children);
    let under_16 = household
        .children
        .iter()
        .filter(|child| child.age < own_from);
    let most = under_16
        .enumerate()
        .filter(|(_, child)| {
            child
                .disability_benefit
                .is_some_and(DisabilityBenefit::is_middle_or_highest_care)
        })
        .map(|(index, _)| {
            let mut alone = children.to_vec();
            if let Some(child) = alone.get_mut(index) {
                child.cannot_share = true;
            }
            children_bedrooms(&alone) - without
        })
        .max();
    most.unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(older: bool, sex: Sex) -> SharingChild {
        SharingChild {
            older,
            sex: Some(sex),
            cannot_share: false,
        }
    }

    /// The fewest bedrooms by trying every way to pair the children.
    fn fewest_by_search(children: &[SharingChild]) -> usize {
        fn can_share(a: &SharingChild, b: &SharingChild) -> bool {
            (!a.older && !b.older) || (a.sex.is_some() && a.sex == b.sex)
        }
        fn search(left: &[SharingChild]) -> usize {
            let Some((first, rest)) = left.split_first() else {
                return 0;
            };
            let mut best = 1 + search(rest);
            for (index, other) in rest.iter().enumerate() {
                if can_share(first, other) {
                    let mut remaining = rest.to_vec();
                    remaining.remove(index);
                    best = best.min(1 + search(&remaining));
                }
            }
            best
        }
        search(children)
    }

    #[test]
    fn the_pairing_needs_no_more_bedrooms_than_any_other_way() {
        let kinds = [
            child(true, Sex::Boy),
            child(true, Sex::Girl),
            child(false, Sex::Boy),
            child(false, Sex::Girl),
        ];
        // Every family of up to 6 children under 16, by how many of each kind.
        for code in 0..4096_u32 {
            let counts: Vec<usize> = (0..4)
                .map(|shift| ((code >> (3 * shift)) & 7) as usize)
                .collect();
            if counts.iter().sum::<usize>() > 6 {
                continue;
            }
            let children: Vec<SharingChild> = kinds
                .iter()
                .zip(&counts)
                .flat_map(|(kind, &count)| core::iter::repeat_n(*kind, count))
                .collect();
            assert_eq!(
                children_bedrooms(&children),
                fewest_by_search(&children),
                "{counts:?}"
            );
        }
    }
}
