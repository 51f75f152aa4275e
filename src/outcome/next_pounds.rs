//! What happens to the next few pounds earned: how much is kept, and where the rest
//! goes (tax, National Insurance, pension, and each benefit or help that falls).

use serde::Serialize;

use crate::money::Money;

use super::{Income, Who};

/// Earning a little more gross pay in a usual month, at the same hours: the
/// difference the engine finds in each figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextPounds {
    /// Whose pay rises.
    pub who: Who,
    /// How much more gross pay in the month (£10).
    pub extra_pay: Money,
    /// More income tax taken from pay.
    pub income_tax: Money,
    /// More National Insurance taken from pay.
    pub national_insurance: Money,
    /// More taken from pay for the pension.
    pub pension: Money,
    /// Every other line that changes, by how much (negative: it falls).
    pub lines: Vec<LineDifference>,
    /// What the household's total changes by: the part of the extra pay kept
    /// (negative when a cliff edge takes more than it).
    pub kept: Money,
}

/// One income line's change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineDifference {
    pub income: Income,
    pub who: Who,
    pub difference: Money,
}
