//! Free school meals in England: from September 2026, every child in a household
//! that gets Universal Credit, whatever its earnings, so they are lost only when
//! earnings take Universal Credit to nil.
//!
//! Law: Education Act 1996 s.512ZB as it applies to Universal Credit households from
//! September 2026, announced in the Written Ministerial Statement of 5 June 2025
//! (https://www.gov.uk/government/news/free-school-meals-expansion).
//! The value counted: one meal each school day at the funding rate for universal
//! infant free school meals, for each child from year 3 of school to 18 (aged 7 to
//! 18 here); younger children have free meals at school whatever the income
//! (universal infant free school meals, Education Act 1996 s.512ZA), so Universal
//! Credit adds nothing for them. Per month: each child's meals for a year ÷ 12, to
//! the nearest penny.
//! Not modelled: Wales and Scotland, whose rules differ (the page says so); a
//! child of 7 still in year 2; whether a young person of 16 to 18 is in school or
//! college (every qualifying young person is counted); a child not at school.

use crate::household::Country;
use crate::outcome::{Income, PassportCheck, PassportTest, UniversalCreditCalculation};
use crate::source::passported_help::FREE_SCHOOL_MEALS_ON_UNIVERSAL_CREDIT;

use super::benefits::Context;
use super::passported_help::{children_aged, on_universal_credit};

/// The oldest age counted: a young person to 18 (a qualifying young person, UC Regs
/// 2013 reg 5, can be 19, but free meals in further education are for those under
/// 19 at the start of the year).
const TO_AGE: u8 = 18;

pub fn check(context: &Context<'_>, uc: &UniversalCreditCalculation) -> Option<PassportCheck> {
    let household = context.household;
    if household.country != Country::England {
        return None;
    }
    let rules = &context.rules.passported_help.free_school_meals;
    let children = children_aged(household, rules.from_age.value, TO_AGE);
    if children == 0 {
        return None;
    }
    // Each child's meals for a year ÷ 12, to the nearest penny, then added up.
    let per_child = rules
        .meal_value
        .value
        .times_fraction(rules.school_days_a_year.value, 12)
        .round_to_nearest_penny();
    Some(PassportCheck {
        help: Income::FreeSchoolMeals,
        worth_per_month: per_child.times_fraction(children, 1),
        on_universal_credit: on_universal_credit(uc),
        test: PassportTest::UniversalCredit,
        source: FREE_SCHOOL_MEALS_ON_UNIVERSAL_CREDIT,
    })
}
