//! The housing costs element for owner-occupiers: service charges only, after 9
//! assessment periods, and never in a period in which anyone in the couple earns.
//!
//! Law: UC Regs 2013 reg 26(3) and Sch 5 (https://www.legislation.gov.uk/uksi/2013/376/schedule/5):
//! para 4(1) (no element "where the owner-occupier has any earned income", or either
//! member of a couple has), para 4(2) (whatever the work, its length or the amount),
//! para 5 (a qualifying period of 9 assessment periods in a row), paras 8 to 13 (the
//! service charges, as a monthly amount). Para 4(3): shared owners' rent is met under
//! Sch 4 whether they work or not (`housing_costs.rs`).
//! Not modelled: the exceptions to the qualifying period (paras 6 and 7); averaging
//! for service-charge-free periods (para 13); loans for mortgage interest (not UC).
//! UNCLEAR: how earnings during or after the qualifying period restart it (para 5,
//! and DWP's ADM F4041 as quoted on a rightsnet thread; neither read in full here).
//! The question asks for 9 months in a row without earnings, and the words say the
//! wait may start again after earnings.

use crate::household::{Household, Housing};
use crate::money::Money;
use crate::outcome::{ElementLine, Line, UcElement, Who};
use crate::source::uc_regs_2013;

/// The owner's service charges as a monthly amount, if UC could pay them once the
/// qualifying period is over: `None` for renters, or without service charges.
pub fn service_charges(household: &Household) -> Option<Money> {
    match &household.housing {
        Housing::Owner(owner) if owner.qualifying_period_met => {
            let monthly = owner
                .frequency
                .to_uc_monthly(owner.service_charges)
                .0
                .round_to_nearest_penny();
            monthly.is_positive().then_some(monthly)
        }
        Housing::Owner(_)
        | Housing::RentingPrivately(_)
        | Housing::RentingSocially(_)
        | Housing::SharedOwnership(_)
        | Housing::SupportedOrTemporary(_)
        | Housing::NoHousingCosts(_) => None,
    }
}

/// Sch 5 para 4: the element, unless anyone in the couple has any earned income.
pub fn owner_service_charges_element(
    household: &Household,
    anyone_earns: bool,
) -> Option<ElementLine> {
    let charges = service_charges(household)?;
    (!anyone_earns).then(|| {
        Line::monthly(
            UcElement::OwnerServiceCharges { charges },
            Who::Household,
            charges,
            uc_regs_2013::SCH_5,
        )
    })
}
