//! Child Benefit: a weekly amount for each child, higher for the eldest.
//!
//! Law: Child Benefit (Rates) Regulations 2006 reg 2
//! (https://www.legislation.gov.uk/uksi/2006/965/regulation/2): £27.05 for the eldest
//! child and £17.90 for each other child. Work does not change it. UC does not count
//! it as income (it is not in UC Regs 2013 reg 66); the benefit cap counts it as a
//! welfare benefit (Welfare Reform Act 2012 s.96(10)).
//! The High Income Child Benefit Charge, which takes some or all of it back as income
//! tax, is its own line (`high_income_child_benefit_charge.rs`); the cap counts Child
//! Benefit before it.
//! Not modelled: a qualifying young person's education conditions.

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{Income, Line, Who};
use crate::period::Weekly;
use crate::rules::ChildBenefit;

use super::benefits::{Award, Context};

/// Child Benefit per week for the household.
pub fn weekly_child_benefit(household: &Household, rules: &ChildBenefit) -> Money {
    if !household.gets_child_benefit || household.children.is_empty() {
        return Money::ZERO;
    }
    let others = u32::try_from(household.children.len() - 1).unwrap_or(u32::MAX);
    rules.eldest_child.value.0 + rules.each_other_child.value.0.times_fraction(others, 1)
}

/// Child Benefit per month: weekly × 52 / 12 to the penny (as UC Regs 2013 reg 80(5)
/// and reg 73 convert it for the benefit cap). Counted by the cap in full.
pub fn award(context: &Context<'_>) -> Award {
    let rules = &context.rules.child_benefit;
    let weekly = weekly_child_benefit(context.household, rules);
    if weekly.is_zero() {
        return Award::none();
    }
    let monthly = Weekly(weekly).to_uc_monthly().0.round_to_nearest_penny();
    Award {
        lines: vec![Line::monthly(
            Income::ChildBenefit,
            Who::Household,
            monthly,
            rules.eldest_child.source,
        )],
        counted_by_benefit_cap: monthly,
        ..Award::none()
    }
}
