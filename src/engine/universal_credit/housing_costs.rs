//! The housing costs element for renters: rent and eligible service charges, less a
//! housing cost contribution for each non-dependant who lives with you.
//!
//! Law: UC Regs 2013 Sch 4 (https://www.legislation.gov.uk/uksi/2013/376/schedule/4):
//! para 7 (payments turned into a monthly amount), paras 13-16 (housing cost
//! contributions, and who is exempt), para 14(3) (the element is never below nil);
//! the rent counted is limited by the Local Housing Allowance for private renters
//! (`local_housing_allowance.rs`) and by spare bedrooms for social renters
//! (`spare_bedrooms.rs`).
//! Not modelled: rent-free weeks (para 7(3)); shared tenancies with people who are
//! not your partner; temporary and supported accommodation (Housing Benefit).

use crate::household::{Household, Housing, Tenancy};
use crate::money::Money;
use crate::outcome::{ElementLine, Line, RentLimit, UcElement, Who};
use crate::rules::{Rules, UniversalCredit};
use crate::source::uc_regs_2013;

use super::local_housing_allowance::lha_check;
use super::spare_bedrooms::spare_bedroom_check;

/// The housing costs element, or `None` when the household does not rent.
pub fn housing_costs_element(household: &Household, rules: &Rules) -> Option<ElementLine> {
    let (rent, counted_rent, limit) = counted_rent(household, rules)?;
    let housing_cost_contributions = housing_cost_contributions(household, &rules.universal_credit);
    let element = (counted_rent - housing_cost_contributions).at_least_zero();
    Some(Line::monthly(
        UcElement::HousingCostsElement {
            rent,
            limit,
            counted_rent,
            housing_cost_contributions,
        },
        Who::Household,
        element,
        uc_regs_2013::SCH_4,
    ))
}

/// The monthly core rent, the rent UC counts after its limit, and the limit; `None`
/// when the household does not rent.
pub fn counted_rent(household: &Household, rules: &Rules) -> Option<(Money, Money, RentLimit)> {
    let counted = match &household.housing {
        Housing::RentingPrivately(private) => {
            let rent = eligible_rent(&private.tenancy);
            let (counted, check) = lha_check(household, private, rent, rules);
            (rent, counted, RentLimit::LocalHousingAllowance(check))
        }
        Housing::RentingSocially(social) => {
            let rent = eligible_rent(&social.tenancy);
            let (counted, check) =
                spare_bedroom_check(household, social, rent, &rules.size_criteria);
            (rent, counted, RentLimit::SpareBedrooms(check))
        }
        Housing::SharedOwnership(tenancy) => {
            let rent = eligible_rent(tenancy);
            (rent, rent, RentLimit::NotLimited)
        }
        // Housing Benefit meets it (`engine/housing_benefit.rs`).
        Housing::SupportedOrTemporary(_) | Housing::Owner(_) | Housing::NoHousingCosts(_) => {
            return None
        }
    };
    Some(counted)
}

/// Sch 4 para 7(2): weekly × 52 / 12, two-weekly × 26 / 12, four-weekly × 13 / 12,
/// annual / 12; rounded to the penny (reg 6).
pub fn eligible_rent(tenancy: &Tenancy) -> Money {
    tenancy
        .frequency
        .to_uc_monthly(tenancy.rent + tenancy.eligible_service_charges)
        .0
        .round_to_nearest_penny()
}

/// Sch 4 paras 13-16: £96.55 a month for each non-dependant, unless the renter is
/// exempt (para 15) or the non-dependant is (para 16).
pub fn housing_cost_contributions(household: &Household, rules: &UniversalCredit) -> Money {
    if renter_is_exempt(household) {
        return Money::ZERO;
    }
    let paying = household
        .non_dependants
        .iter()
        .filter(|person| person.age >= rules.housing_cost_contribution_minimum_age.value)
        .filter(|person| person.exempt_because.is_none())
        .count();
    let paying = u32::try_from(paying).unwrap_or(u32::MAX);
    rules
        .housing_cost_contribution
        .value
        .0
        .times_fraction(paying, 1)
}

/// Sch 4 para 15: no contribution where the renter (or either joint renter) gets
/// PIP daily living, DLA care at the middle or highest rate, or the Scottish
/// equivalents (ADP daily living, CDP care), or is blind.
/// UNCLEAR: the GB para 15(2) list was read in the Northern Ireland text and in
/// Shelter and Turn2us guidance. Not modelled: blindness, Attendance Allowance
/// (working-age claimants rarely get it).
pub fn renter_is_exempt(household: &Household) -> bool {
    household
        .adults()
        .filter_map(|adult| adult.disability_benefit)
        .any(|benefit| benefit.is_daily_living_or_middle_care())
}
