//! The High Income Child Benefit Charge for a year: who pays it and the figures
//! behind it (Income Tax (Earnings and Pensions) Act 2003 ss.681B and 681C).

use serde::Serialize;

use crate::money::Money;

use super::Who;

/// The charge worked out for the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChildBenefitCharge {
    /// Who pays it: the partner with the higher adjusted net income (s.681B(3), (4)).
    pub who: Who,
    /// Their adjusted net income for the year (ITA 2007 s.58).
    pub adjusted_net_income: Money,
    /// The year's Child Benefit, in whole pounds (s.681C(3)(a)).
    pub child_benefit_for_year: Money,
    /// The appropriate percentage, a whole number from 0 to 100 (s.681C(2), (3)(b)).
    pub percent: u32,
    /// The charge for the year, in whole pounds (s.681C(3)(a)).
    pub charge_for_year: Money,
}
