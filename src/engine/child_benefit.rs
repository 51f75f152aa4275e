//! Child Benefit: a weekly amount for each child, higher for the eldest.
//!
//! Law: Child Benefit (Rates) Regulations 2006 reg 2
//! (https://www.legislation.gov.uk/uksi/2006/965/regulation/2): £27.05 for the eldest
//! child and £17.90 for each other child. Work does not change it.
//! Not modelled: the High Income Child Benefit Charge (income tax on adjusted net
//! income over £60,000); a qualifying young person's education conditions.

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{Line, LineId, Who};
use crate::period::Weekly;
use crate::rules::ChildBenefit;

/// Child Benefit per week for the household.
pub fn weekly_child_benefit(household: &Household, rules: &ChildBenefit) -> Money {
    if !household.gets_child_benefit || household.children.is_empty() {
        return Money::ZERO;
    }
    let others = u32::try_from(household.children.len() - 1).unwrap_or(u32::MAX);
    rules.eldest_child.value.0 + rules.each_other_child.value.0.times_fraction(others, 1)
}

/// Child Benefit per month: weekly × 52 / 12 to the penny (as UC Regs 2013 reg 80(5)
/// and reg 73 convert it for the benefit cap).
pub fn child_benefit_line(household: &Household, rules: &ChildBenefit) -> Option<Line> {
    let weekly = weekly_child_benefit(household, rules);
    if weekly.is_zero() {
        return None;
    }
    let monthly = Weekly(weekly).to_uc_monthly().0.round_to_nearest_penny();
    Some(Line::monthly(
        LineId::ChildBenefit,
        Who::Household,
        "Child Benefit",
        monthly,
        rules.eldest_child.source,
    ))
}
