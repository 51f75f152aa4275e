//! The Warm Home Discount: money off the electricity bill once each winter, for a
//! billpayer in Great Britain who gets a means-tested benefit (Universal Credit
//! among them) on the scheme's qualifying date.
//!
//! Law: Warm Home Discount (England and Wales) Regulations 2022 (SI 2022/772) as
//! amended in 2025, and the Scottish regulations; gov.uk
//! (https://www.gov.uk/the-warm-home-discount-scheme): £150 a winter.
//! The value counted: a twelfth of it each month the household gets some Universal
//! Credit, since whether it is paid turns on the award on one date a year.
//! Not modelled: the qualifying date itself (the month-by-month view will show it);
//! a household whose electricity bill is not in the name of the claimant or partner;
//! Northern Ireland, which has no such scheme.

use crate::household::Country;
use crate::outcome::{Income, PassportCheck, PassportTest, UniversalCreditCalculation};
use crate::source::passported_help::WARM_HOME_DISCOUNT;

use super::benefits::Context;
use super::passported_help::on_universal_credit;

pub fn check(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Option<PassportCheck> {
    if context.household.country == Country::NorthernIreland {
        return None;
    }
    let rules = &context.rules.passported_help.warm_home_discount;
    Some(PassportCheck {
        help: Income::WarmHomeDiscount,
        worth_per_month: rules
            .per_winter
            .value
            .times_fraction(1, 12)
            .round_to_nearest_penny(),
        on_universal_credit: on_universal_credit(uc),
        test: PassportTest::UniversalCredit,
        source: WARM_HOME_DISCOUNT,
    })
}
