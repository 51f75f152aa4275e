//! Scottish Child Payment: a weekly payment for each child under 16 in a household in
//! Scotland that gets Universal Credit.
//!
//! Law: Scottish Child Payment Regulations 2020 (SSI 2020/351) reg 20
//! (https://www.legislation.gov.uk/ssi/2020/351/regulation/20): £28.20 a week for each
//! eligible child in 2026/27; reg 18: the person responsible for a child under 16 is
//! awarded a qualifying benefit (reg 14: UC among them); reg 15: a nil award counts only
//! when a sanction or deductions made it nil, not earnings. So here it is paid only
//! while the UC award is above nil, and it stops with UC when work takes UC to nil:
//! a cliff edge (`Threshold::ScottishChildPaymentStopsWithUniversalCredit`).
//! Per month: each child's weekly amount × 52 / 12 to the nearest penny (the
//! arithmetic of UC Regs 2013 reg 73(1)(a)), added up. UC does not count it (it is not
//! in UC Regs 2013 reg 66), and the benefit cap does not count it (it is not a welfare
//! benefit in Welfare Reform Act 2012 s.96(10)).
//! Not modelled: sanctions and deductions (reg 15); qualifying benefits other than UC;
//! kinship carers without UC; the weeks around a child's 16th birthday.

use crate::household::{Country, Household};
use crate::money::Money;
use crate::outcome::{Income, IncomeLine, Line, NotEntitled, UniversalCreditCalculation, Who};
use crate::period::Weekly;
use crate::rules::ScottishChildPayment;
use crate::source::SCOTTISH_CHILD_PAYMENT_AMOUNT;

use super::benefits::Context;

/// How many children could get it: the household lives in Scotland, and each child is
/// under the age limit (reg 18).
pub fn eligible_children(household: &Household, rules: &ScottishChildPayment) -> u32 {
    if household.country != Country::Scotland {
        return 0;
    }
    let under_age = household
        .children
        .iter()
        .filter(|child| child.age < rules.child_under_age.value)
        .count();
    u32::try_from(under_age).unwrap_or(u32::MAX)
}

/// Scottish Child Payment per month, while the UC award is above nil.
pub fn lines(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Vec<IncomeLine> {
    let rules = &context.rules.scottish_child_payment;
    let children = eligible_children(context.household, rules);
    if children == 0 || !uc.award.is_positive() {
        return Vec::new();
    }
    // Each child's weekly amount × 52 / 12, to the nearest penny, then added up.
    let per_child = Weekly(rules.weekly_per_child.value.0)
        .to_uc_monthly()
        .0
        .round_to_nearest_penny();
    vec![Line::monthly(
        Income::ScottishChildPayment,
        Who::Household,
        per_child.times_fraction(children, 1),
        SCOTTISH_CHILD_PAYMENT_AMOUNT,
    )]
}

/// A child could get it, but income has taken UC to nil, so it stops (reg 15: a nil
/// award caused by earnings does not count).
pub fn stops_with_universal_credit(
    household: &Household,
    uc: &UniversalCreditCalculation,
    rules: &ScottishChildPayment,
) -> bool {
    eligible_children(household, rules) > 0
        && uc.award == Money::ZERO
        && uc.not_entitled_because == Some(NotEntitled::IncomeTooHigh)
}
