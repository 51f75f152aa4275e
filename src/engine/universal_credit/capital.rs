//! Savings and other capital: no UC above £16,000, and an assumed income from capital
//! above £6,000.
//!
//! Law: UC Regs 2013 reg 18(1)(a) (no entitlement where capital "exceeds £16,000";
//! at exactly £16,000 UC is still paid), reg 72(1) ("£4.35 for each £250 in excess of
//! £6,000 and £4.35 for any excess which is not a complete £250").
//! https://www.legislation.gov.uk/uksi/2013/376/regulation/72
//! Not modelled: disregarded capital (Sch 10), such as a home, personal possessions
//! or some compensation payments: the person enters only the capital that counts.

use crate::money::Money;
use crate::rules::UniversalCredit;

pub fn is_over_upper_limit(capital: Money, rules: &UniversalCredit) -> bool {
    capital > rules.capital_upper_limit.value
}

/// Reg 72(1): the monthly tariff income from capital.
pub fn tariff_income(capital: Money, rules: &UniversalCredit) -> Money {
    let excess = capital - rules.capital_lower_limit.value;
    let steps = excess.steps_or_part(rules.tariff_income_step.value);
    rules.tariff_income_per_step.value.0.times(steps)
}
