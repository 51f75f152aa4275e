//! Healthy Start: a prepaid card for milk, fruit, vegetables and vitamins, for a
//! family on Universal Credit with a child under 4 and take-home pay of £408 a month
//! or less, in England, Wales and Northern Ireland.
//!
//! Law: Healthy Start Scheme and Welfare Food (Amendment) Regulations 2005
//! (SI 2005/3262), as amended; the NHS Business Services Authority's terms
//! (https://www.healthystart.nhs.uk/): £8.50 a week for each child under 1, £4.25 a
//! week for each child from 1 until 4; on Universal Credit with the family's
//! take-home pay from work £408 a month or less.
//! Per month: each child's weekly amount × 52 / 12, to the nearest penny.
//! Not modelled: pregnancy (£4.25 a week from the 10th week), which the
//! questionnaire does not ask; Scotland's Best Start Foods, whose 2026/27 terms were
//! not found (the page says so); applicants under 18.

use crate::household::Country;
use crate::money::Money;
use crate::outcome::{Income, PassportCheck, UniversalCreditCalculation};
use crate::period::Weekly;
use crate::source::passported_help::HEALTHY_START;

use super::benefits::Context;
use super::passported_help::{children_aged, on_universal_credit, take_home_pay_test};

pub fn check(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Option<PassportCheck> {
    let household = context.household;
    if household.country == Country::Scotland {
        return None;
    }
    let rules = &context.rules.passported_help.healthy_start;
    let under_one = children_aged(household, 0, 0);
    let last_age = rules.child_under_age.value.saturating_sub(1);
    let one_to_four = children_aged(household, 1, last_age);
    if under_one + one_to_four == 0 {
        return None;
    }
    let monthly = |weekly: Weekly| weekly.to_uc_monthly().0.round_to_nearest_penny();
    let worth: Money = monthly(rules.weekly_under_one.value).times_fraction(under_one, 1)
        + monthly(rules.weekly_one_to_four.value).times_fraction(one_to_four, 1);
    Some(PassportCheck {
        help: Income::HealthyStart,
        worth_per_month: worth,
        on_universal_credit: on_universal_credit(uc),
        test: take_home_pay_test(rules.take_home_limit.value, uc),
        source: HEALTHY_START,
    })
}
