//! The housing costs element for renters: rent and eligible service charges, less a
//! housing cost contribution for each non-dependant who lives with you.
//!
//! Law: UC Regs 2013 Sch 4 (https://www.legislation.gov.uk/uksi/2013/376/schedule/4):
//! para 7 (payments turned into a monthly amount), paras 13-16 (housing cost
//! contributions, and who is exempt), para 14(3) (the element is never below nil).
//! Not modelled yet (the next engine issue): the Local Housing Allowance limit for
//! private renters and the size criteria for social renters; see `eligible_rent`.
//! Also not modelled: rent-free weeks (para 7(3)); shared tenancies with people who
//! are not your partner; temporary and supported accommodation (Housing Benefit).

use crate::household::{Household, Tenancy};
use crate::money::Money;
use crate::outcome::{ElementLine, Line, UcElement, Who};
use crate::rules::UniversalCredit;
use crate::source::uc_regs_2013;

/// The housing costs element, or `None` when the household does not rent.
pub fn housing_costs_element(
    household: &Household,
    rules: &UniversalCredit,
) -> Option<ElementLine> {
    let tenancy = household.housing.tenancy()?;
    let rent = eligible_rent(tenancy);
    let housing_cost_contributions = housing_cost_contributions(household, rules);
    let element = (rent - housing_cost_contributions).at_least_zero();
    Some(Line::monthly(
        UcElement::HousingCostsElement {
            rent,
            housing_cost_contributions,
        },
        Who::Household,
        element,
        uc_regs_2013::SCH_4,
    ))
}

/// Sch 4 para 7(2): weekly × 52 / 12, two-weekly × 26 / 12, four-weekly × 13 / 12,
/// annual / 12; rounded to the penny (reg 6).
///
/// FIXME(next engine issue): cap private rents at the Local Housing Allowance rate
/// for the area and bedroom entitlement (Sch 4 para 25), and reduce social rents for
/// spare bedrooms (Sch 4 para 36). This is the place for both.
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
