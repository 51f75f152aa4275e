//! Help that comes with Universal Credit ("passported" help), priced in: each kind is
//! worth money, and each is lost at its own point when pay rises, which can cost more
//! than the pay rise brings. One file per kind of help; this one keeps the list, in
//! the order the lines are shown, and the tests they share.
//!
//! Law: none of its own; each kind's file cites who gives it and on what terms.
//! The values are what the help would cost to buy (the prices each file names), per
//! month: a once-a-year amount is shown as a twelfth of it.

use crate::household::{Country, Household};
use crate::money::Money;
use crate::outcome::{
    HelpNotCounted, IncomeLine, Line, NotEntitled, PassportCheck, PassportTest, Threshold,
    UniversalCreditCalculation, Who,
};
use crate::rules::Rules;

use super::benefits::Context;
use super::{free_prescriptions, free_school_meals, healthy_start, warm_home_discount};

/// One kind of help: its check for this household, or `None` where the household
/// could not have it whatever it earned (no child of the age, or free for everyone
/// where it lives).
pub type Passport = fn(&Context<'_>, &UniversalCreditCalculation) -> Option<PassportCheck>;

/// Every kind of passported help, in the order the lines are shown.
pub const PASSPORTS: &[Passport] = &[
    free_prescriptions::check,
    free_school_meals::check,
    healthy_start::check,
    warm_home_discount::check,
];

/// Each kind of help this household could have, had or not in this situation.
pub fn checks(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Vec<PassportCheck> {
    PASSPORTS
        .iter()
        .filter_map(|passport| passport(context, uc))
        .collect()
}

/// The help's line, counted in the household's money, when the household has it.
pub fn line(check: &PassportCheck) -> Option<IncomeLine> {
    check.qualifies().then(|| {
        Line::monthly(
            check.help,
            Who::Household,
            check.worth_per_month,
            check.source,
        )
    })
}

/// Help lost because of income: a cliff edge. Not for a household that never had
/// Universal Credit for another reason (savings over the limit).
pub fn lost_with_earnings(
    check: &PassportCheck,
    uc: &UniversalCreditCalculation,
) -> Option<Threshold> {
    // Over a pay limit while UC is still paid (not when savings or study end UC).
    let over_pay_limit = match check.test {
        PassportTest::TakeHomePay { limit, take_home } => {
            check.on_universal_credit && take_home > limit
        }
        PassportTest::UniversalCredit => false,
    };
    let uc_ended_by_income = uc.not_entitled_because == Some(NotEntitled::IncomeTooHigh);
    (!check.qualifies() && (over_pay_limit || uc_ended_by_income))
        .then_some(Threshold::PassportedHelpLost(check.help))
}

/// The test on the household's take-home pay in the assessment period: both
/// partners' earnings after tax, National Insurance and pension contributions, as
/// Universal Credit counts them.
pub fn take_home_pay_test(limit: Money, uc: &UniversalCreditCalculation) -> PassportTest {
    PassportTest::TakeHomePay {
        limit,
        take_home: uc.earned_income,
    }
}

/// Universal Credit above nil.
pub fn on_universal_credit(uc: &UniversalCreditCalculation) -> bool {
    uc.award.is_positive()
}

/// Help where the household lives that is free for everyone, or whose rules are not
/// worked out here (said on the page, so nobody thinks it was counted).
pub fn not_counted(household: &Household, rules: &Rules) -> Vec<HelpNotCounted> {
    let country = household.country;
    let mut not_counted = Vec::new();
    match country {
        Country::England => {}
        Country::Wales | Country::Scotland | Country::NorthernIreland => {
            not_counted.push(HelpNotCounted::PrescriptionsFreeForEveryone { country });
        }
    }
    // School age: from reception (4) to 18.
    let at_school = children_aged(household, 4, 18) > 0;
    match country {
        Country::Wales | Country::Scotland | Country::NorthernIreland if at_school => {
            not_counted.push(HelpNotCounted::SchoolMealsNotWorkedOut { country });
        }
        Country::England | Country::Wales | Country::Scotland | Country::NorthernIreland => {}
    }
    let under_age = rules.passported_help.healthy_start.child_under_age.value;
    if country == Country::Scotland && children_aged(household, 0, under_age.saturating_sub(1)) > 0
    {
        not_counted.push(HelpNotCounted::BestStartFoodsNotWorkedOut);
    }
    not_counted
}

/// The children aged from `from` up to and including `to`.
pub fn children_aged(household: &Household, from: u8, to: u8) -> u32 {
    let count = household
        .children
        .iter()
        .filter(|child| (from..=to).contains(&child.age))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}
