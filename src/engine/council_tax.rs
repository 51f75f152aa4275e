//! The council tax bill for the year: the council's Band D, the band's share of it,
//! and the discounts for the adults counted.
//!
//! Law: Local Government Finance Act 1992 (https://www.legislation.gov.uk/ukpga/1992/14)
//! s.5 (each band's share of Band D: ninths in England and Wales, 360ths in Scotland
//! by SSI 2016/368); s.11 (25% off when one resident is counted, twice that when none
//! is); Sch 1 para 2 (a person certified by a registered medical practitioner as
//! severely mentally impaired, and entitled to a qualifying benefit, is disregarded);
//! Council Tax (Exempt Dwellings) Order 1992 Class U (SI 1999/536: a home occupied
//! only by people so disregarded is exempt). Band D: the year's tables
//! (`rules/tables.rs`).
//! Qualifying benefits here: PIP or ADP daily living, DLA or CDP care at the middle
//! or highest rate, ESA, and UC with limited capability for work (housing reference
//! §4). Not modelled: the other qualifying benefits (Attendance Allowance, Severe
//! Disablement Allowance, Income Support with a disability premium and others);
//! other adults' disregards (students, carers, apprentices); the disabled band
//! reduction; second homes and empty homes; the whole bill in Wales when every
//! resident is disregarded but not for a severe mental impairment.

use rust_decimal::Decimal;

use crate::household::{Adult, Country, Household};
use crate::money::{Money, Rate};
use crate::outcome::{CouncilTaxBill, CouncilTaxDiscount};
use crate::rules::Rules;

/// The bill for the year, for a household that pays council tax in a council the
/// year's table knows.
pub fn bill(household: &Household, rules: &Rules) -> Option<CouncilTaxBill> {
    let council_tax = household.council_tax.as_ref()?;
    let council = rules.tables().council(&council_tax.council)?;
    let ct = &rules.council_tax;
    let band = council_tax.band.index();
    let (share, whole) = match council.country {
        Country::England => (ct.england_ninths.value.get(band).copied(), 9),
        Country::Wales => (ct.wales_ninths.value.get(band).copied(), 9),
        Country::Scotland => (ct.scotland_360ths.value.get(band).copied(), 360),
        Country::NorthernIreland => (None, 1),
    };
    let band_d = council.band_d();
    let full = band_d
        .times_fraction(u32::from(share?), whole)
        .round_to_nearest_penny();
    let counted = counted_adults(household, rules);
    let disregarded = u8::try_from(
        household
            .adults()
            .filter(|adult| is_disregarded(adult))
            .count(),
    )
    .unwrap_or(u8::MAX);
    // Class U: a home occupied only by severely mentally impaired people.
    let only_impaired = !household.has_children() && household.non_dependants.is_empty();
    let discount = match counted {
        0 if only_impaired => CouncilTaxDiscount::Exempt,
        0 => CouncilTaxDiscount::AllDisregarded {
            // s.11(1)(b): twice the discount for one resident.
            rate: Rate::from_percent(ct.single_person_discount.value.as_percent() * Decimal::TWO),
        },
        1 => CouncilTaxDiscount::SinglePerson {
            rate: ct.single_person_discount.value,
            disregarded,
        },
        _ => CouncilTaxDiscount::None,
    };
    let yearly = match discount {
        CouncilTaxDiscount::None => full,
        CouncilTaxDiscount::SinglePerson { rate, .. }
        | CouncilTaxDiscount::AllDisregarded { rate } => {
            full - full.times(rate.fraction()).round_to_nearest_penny()
        }
        CouncilTaxDiscount::Exempt => Money::ZERO,
    };
    Some(CouncilTaxBill {
        council: council.name,
        country: council.country,
        band: council_tax.band.letter(),
        band_d,
        full,
        discount,
        yearly,
        per_month: yearly.times_fraction(1, 12).round_to_nearest_penny(),
    })
}

/// The residents counted: adults 18 or over who are not disregarded (Sch 1). Other
/// adults who live there are all counted (their disregards are not asked).
fn counted_adults(household: &Household, rules: &Rules) -> usize {
    let adult_from = rules.council_tax.adult_from_age.value;
    let adults = household
        .adults()
        .filter(|adult| adult.age >= adult_from && !is_disregarded(adult))
        .count();
    let others = household
        .non_dependants
        .iter()
        .filter(|other| other.age >= adult_from)
        .count();
    adults + others
}

/// Sch 1 para 2: certified as severely mentally impaired, and entitled to a
/// qualifying benefit.
pub fn is_disregarded(adult: &Adult) -> bool {
    adult.severe_mental_impairment && has_qualifying_benefit(adult)
}

/// The qualifying benefits modelled (see the module's note).
pub fn has_qualifying_benefit(adult: &Adult) -> bool {
    adult
        .disability_benefit
        .is_some_and(|benefit| benefit.is_daily_living_or_middle_care())
        || adult.uc_health.has_lcw()
        || adult.new_style_esa.is_some()
}
