//! The work allowance: earnings UC ignores before the taper starts, for people
//! responsible for a child or with limited capability for work.
//!
//! Law: UC Regs 2013 reg 22(1)(b) and (2) (https://www.legislation.gov.uk/uksi/2013/376/regulation/22):
//! the higher amount "if the award contains no amount for the housing costs element",
//! the lower amount if it does.
//! UNCLEAR: whether an award whose housing costs element is reduced to nil by housing
//! cost contributions "contains an amount" for it; we treat a nil element as none.
//! Temporary accommodation whose rent Housing Benefit meets has the lower amount, as
//! if the award had a housing element (UC (Transitional Provisions) Regs 2014
//! reg 5A).

use crate::household::{Household, Housing, SupportedAccommodation};
use crate::money::Money;
use crate::rules::UniversalCredit;

/// Reg 22(1)(b): a work allowance applies if the claimant (or either joint claimant)
/// is responsible for a child or has limited capability for work (LCWRA includes LCW).
pub fn has_work_allowance(household: &Household) -> bool {
    household.has_children() || household.adults().any(|adult| adult.uc_health.has_lcw())
}

/// Reg 5A: Housing Benefit for temporary accommodation, with no UC housing element.
fn in_temporary_accommodation(household: &Household) -> bool {
    match &household.housing {
        Housing::SupportedOrTemporary(supported) => match supported.accommodation {
            SupportedAccommodation::Temporary => true,
            SupportedAccommodation::Supported => false,
        },
        Housing::RentingPrivately(_)
        | Housing::RentingSocially(_)
        | Housing::SharedOwnership(_)
        | Housing::Owner(_)
        | Housing::NoHousingCosts(_) => false,
    }
}

pub fn work_allowance(
    household: &Household,
    housing_costs_element: Money,
    rules: &UniversalCredit,
) -> Money {
    if !has_work_allowance(household) {
        Money::ZERO
    } else if housing_costs_element.is_positive() || in_temporary_accommodation(household) {
        rules.work_allowance_lower.value.0
    } else {
        rules.work_allowance_higher.value.0
    }
}
