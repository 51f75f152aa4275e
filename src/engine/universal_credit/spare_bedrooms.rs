//! Spare bedrooms in social housing (the "removal of the spare room subsidy").
//!
//! Law: UC Regs 2013 Sch 4 para 36
//! (https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/36): where the
//! home has more bedrooms than the renter is allowed (paras 8 to 12), the core rent
//! is reduced by 14% for one excess bedroom and 25% for two or more; rounded to the
//! penny (reg 6). Shared owners are not affected (para 36(5)): they are a housing
//! type of their own here. Temporary and supported accommodation are met by Housing
//! Benefit, not UC.
//! Not modelled: a renter or partner over State Pension age (the questionnaire is for
//! people under it).

use crate::household::{Household, SocialTenancy};
use crate::money::{Money, Rate};
use crate::outcome::SpareBedroomCheck;
use crate::rules::SizeCriteria;

use super::bedrooms::bedrooms_allowed;

/// The rent UC counts for a social renter, and the check. `rent` is the monthly core
/// rent.
pub fn spare_bedroom_check(
    household: &Household,
    social: &SocialTenancy,
    rent: Money,
    size: &SizeCriteria,
) -> (Money, SpareBedroomCheck) {
    let allowed = bedrooms_allowed(household, size);
    let spare = social
        .bedrooms
        .map_or(0, |in_home| in_home.saturating_sub(allowed));
    let reduction_rate = match spare {
        0 => Rate::ZERO,
        1 => size.one_spare_bedroom.value,
        _ => size.two_or_more_spare_bedrooms.value,
    };
    let reduction = rent
        .times(reduction_rate.fraction())
        .round_to_nearest_penny();
    let check = SpareBedroomCheck {
        allowed,
        in_home: social.bedrooms,
        reduction_rate,
        reduction,
    };
    (rent - reduction, check)
}
