//! Housing Benefit for supported or temporary accommodation, in one situation.

use serde::Serialize;

use crate::money::{Money, Rate};

/// How Housing Benefit was worked out for a week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HousingBenefitCheck {
    /// Rent and eligible service charges for a week (the most HB can be).
    pub eligible_rent: Money,
    /// The household gets UC in this situation: maximum HB, whatever the income.
    pub on_universal_credit: bool,
    /// Off UC: the applicable amount and the income counted, per week.
    pub applicable_amount: Option<Money>,
    pub income: Option<Money>,
    pub taper: Rate,
    /// Housing Benefit for a week.
    pub weekly: Money,
}
