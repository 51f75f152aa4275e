//! The work allowance: earnings UC ignores before the taper starts, for people
//! responsible for a child or with limited capability for work.
//!
//! Law: UC Regs 2013 reg 22(1)(b) and (2) (https://www.legislation.gov.uk/uksi/2013/376/regulation/22):
//! the higher amount "if the award contains no amount for the housing costs element",
//! the lower amount if it does.
//! UNCLEAR: whether an award whose housing costs element is reduced to nil by housing
//! cost contributions "contains an amount" for it; we treat a nil element as none.

use crate::household::Household;
use crate::money::Money;
use crate::rules::UniversalCredit;

/// Reg 22(1)(b): a work allowance applies if the claimant (or either joint claimant)
/// is responsible for a child or has limited capability for work (LCWRA includes LCW).
pub fn has_work_allowance(household: &Household) -> bool {
    household.has_children() || household.adults().any(|adult| adult.uc_health.has_lcw())
}

pub fn work_allowance(
    household: &Household,
    housing_costs_element: Money,
    rules: &UniversalCredit,
) -> Money {
    if !has_work_allowance(household) {
        Money::ZERO
    } else if housing_costs_element.is_positive() {
        rules.work_allowance_lower.value.0
    } else {
        rules.work_allowance_higher.value.0
    }
}
