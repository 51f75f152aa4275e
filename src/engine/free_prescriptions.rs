//! Free NHS prescriptions, dental treatment, sight tests and other health costs in
//! England for a household on Universal Credit with low take-home pay.
//!
//! Law: NHS (Charges) Regulations 2015 reg 8 and the NHS Business Services
//! Authority's terms for Universal Credit
//! (https://www.nhsbsa.nhs.uk/help-nhs-prescription-costs/free-nhs-prescriptions/hwhc-universal-credit):
//! free if, in the last assessment period, the household got Universal Credit and
//! its take-home pay (both partners) was £435 or less, or £935 or less if the award
//! included an element for a child or the claimant or partner had limited
//! capability for work (with or without work-related activity).
//! Prescriptions are free for everyone in Wales, Scotland and Northern Ireland, so
//! work cannot cost them there.
//! The value counted: what someone who needs regular medicine would otherwise pay,
//! a 12-month prescription prepayment certificate, as a twelfth of its price a month
//! to the nearest penny; for one person. Dental treatment and sight tests are not
//! priced: they depend on what is needed.
//! Not modelled: the NHS Low Income Scheme (HC2) for people over the limit; the
//! other exemptions (age, pregnancy, medical exemption certificates), which make the
//! help worth nothing more.

use crate::household::Country;
use crate::outcome::{Income, PassportCheck, UniversalCreditCalculation};
use crate::source::passported_help::NHS_HEALTH_COSTS_ON_UNIVERSAL_CREDIT;

use super::benefits::Context;
use super::passported_help::{on_universal_credit, take_home_pay_test};

pub fn check(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Option<PassportCheck> {
    let household = context.household;
    if household.country != Country::England {
        return None;
    }
    let rules = &context.rules.passported_help.nhs_health_costs;
    let limited_capability = household.adults().any(|adult| adult.uc_health.has_lcw());
    let limit = if uc.has_child_element() || limited_capability {
        rules.take_home_limit_higher.value
    } else {
        rules.take_home_limit.value
    };
    Some(PassportCheck {
        help: Income::FreePrescriptions,
        worth_per_month: rules
            .prepayment_certificate_12_months
            .value
            .times_fraction(1, 12)
            .round_to_nearest_penny(),
        on_universal_credit: on_universal_credit(uc),
        test: take_home_pay_test(limit, uc),
        source: NHS_HEALTH_COSTS_ON_UNIVERSAL_CREDIT,
    })
}
