//! The Local Housing Allowance: how much of a private rent UC counts.
//!
//! Law: UC Regs 2013 Sch 4
//! (https://www.legislation.gov.uk/uksi/2013/376/schedule/4/part/4): the element is
//! worked out on the lower of the core rent (rent and eligible service charges) and
//! the cap rent (para 22); the cap rent is the Local Housing Allowance the rent
//! officer determines for the area and the category of accommodation (para 25), by
//! the bedrooms allowed (paras 8 to 12), never more than 4 (para 26); a single renter
//! under 35 with no children and no non-dependants gets the shared accommodation
//! rate (paras 27, 28) unless excepted (para 29). Rates for 2026/27: the rent
//! officers' determinations frozen at their 2024/25 levels (`rules/tables.rs`).
//! Not modelled: joint tenants who are not a couple (para 24); rent officers' rates
//! for an area changing mid-year.

use crate::household::{Household, PrivateTenancy, SharedAccommodationException};
use crate::money::Money;
use crate::outcome::{LhaCategory, LhaCheck, LhaResult, SharedRateException};
use crate::rules::{Rules, SizeCriteria};

use super::bedrooms::bedrooms_allowed;

/// The rent UC counts for a private renter, and how it was worked out. `rent` is the
/// monthly core rent.
pub fn lha_check(
    household: &Household,
    private: &PrivateTenancy,
    rent: Money,
    rules: &Rules,
) -> (Money, LhaCheck) {
    let size = &rules.size_criteria;
    let bedrooms = bedrooms_allowed(household, size);
    let shared_rate_exception = shared_rate_exception(household, private, size);
    let category = if gets_shared_rate(household, size) && shared_rate_exception.is_none() {
        LhaCategory::SharedAccommodation
    } else {
        match bedrooms.min(size.most_bedrooms_private.value) {
            0 | 1 => LhaCategory::OneBedroom,
            2 => LhaCategory::TwoBedrooms,
            3 => LhaCategory::ThreeBedrooms,
            _ => LhaCategory::FourBedrooms,
        }
    };
    let tables = rules.tables();
    let area = private
        .lha_area
        .as_deref()
        .and_then(|name| tables.lha_area(name));
    let (rate, result) = match area {
        Some(area) => {
            let rate = area.monthly_rate(category.index());
            if rent <= rate {
                (rate, LhaResult::WithinRate)
            } else {
                (rate, LhaResult::Capped)
            }
        }
        None => {
            // Not sure of the area: a rent at or under the lowest rate anywhere in
            // the country is within every area's rate.
            let lowest = tables
                .lha_areas
                .iter()
                .filter(|area| area.country == household.country)
                .map(|area| area.monthly_rate(category.index()))
                .min()
                .unwrap_or(Money::ZERO);
            if rent <= lowest {
                (lowest, LhaResult::WithinRate)
            } else {
                (lowest, LhaResult::NotChecked)
            }
        }
    };
    let counted = match result {
        LhaResult::Capped => rate,
        // Not checked: the whole rent is counted, and the answer is partial.
        LhaResult::WithinRate | LhaResult::NotChecked => rent,
    };
    let check = LhaCheck {
        area: area.map(|area| area.name),
        country: household.country,
        bedrooms,
        category,
        shared_rate_exception: shared_rate_exception.filter(|_| gets_shared_rate(household, size)),
        rate,
        result,
    };
    (counted, check)
}

/// Para 28: a single person under 35, responsible for no children, with no
/// non-dependants (before the exceptions in para 29).
fn gets_shared_rate(household: &Household, size: &SizeCriteria) -> bool {
    !household.is_couple()
        && household.you.age < size.shared_accommodation_under.value
        && !household.has_children()
        && household.non_dependants.is_empty()
}

/// Para 29: the first exception that applies, if any. A care leaver is excepted only
/// from 18 to 24 (para 29(2)).
fn shared_rate_exception(
    household: &Household,
    private: &PrivateTenancy,
    size: &SizeCriteria,
) -> Option<SharedRateException> {
    let you = &household.you;
    if you
        .disability_benefit
        .is_some_and(|benefit| benefit.is_daily_living_or_middle_care())
    {
        return Some(SharedRateException::DisabilityBenefit);
    }
    private
        .shared_accommodation_exception
        .and_then(|exception| match exception {
            SharedAccommodationException::CareLeaver => (size.care_leaver_from.value
                ..size.care_leaver_under.value)
                .contains(&you.age)
                .then_some(SharedRateException::CareLeaver),
            SharedAccommodationException::HomelessHostel => {
                Some(SharedRateException::HomelessHostel)
            }
            SharedAccommodationException::PublicProtection => {
                Some(SharedRateException::PublicProtection)
            }
            SharedAccommodationException::DomesticAbuse => Some(SharedRateException::DomesticAbuse),
            SharedAccommodationException::ModernSlavery => Some(SharedRateException::ModernSlavery),
        })
}
