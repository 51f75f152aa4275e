//! The earnings taper: UC goes down by 55p for each £1 of earnings above the work
//! allowance (or of all earnings, with no work allowance).
//!
//! Law: UC Regs 2013 reg 22(1)(b) (https://www.legislation.gov.uk/uksi/2013/376/regulation/22):
//! "55% of that earned income"; earned income is after income tax, Class 1 NI and
//! relievable pension contributions (reg 55(5)).
//! Not modelled: self-employment and the minimum income floor (regs 57-64); surplus
//! earnings carried forward (reg 54A).

use crate::money::Money;
use crate::rules::UniversalCredit;

pub fn earnings_reduction(
    earned_income: Money,
    work_allowance: Money,
    rules: &UniversalCredit,
) -> Money {
    let above_allowance = (earned_income - work_allowance).at_least_zero();
    // Reg 6(1): to the nearest penny.
    (above_allowance * rules.earnings_taper.value).round_to_nearest_penny()
}
