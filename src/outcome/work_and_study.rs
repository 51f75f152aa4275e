//! Self-employed earnings and student income as Universal Credit counts them.

use serde::Serialize;

use crate::money::Money;

use super::Who;

/// One self-employed person's earnings in an assessment period (UC Regs 2013 reg 57)
/// and the minimum income floor (reg 62). Monthly amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SelfEmployedEarnings {
    pub who: Who,
    /// Receipts less allowable expenses, before tax and NI.
    pub profit: Money,
    /// A twelfth of the year's income tax and Class 4 NI on the profit.
    pub income_tax: Money,
    pub national_insurance: Money,
    /// Profit less tax and NI: the money the person has, and what UC counts unless
    /// the floor is higher.
    pub after_tax: Money,
    pub minimum_income_floor: MinimumIncomeFloor,
    /// What UC counts as earned income.
    pub counted: Money,
}

/// Whether the minimum income floor applies, and why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "floor")]
pub enum MinimumIncomeFloor {
    /// Reg 62(2), (3): earnings count as at least `net` (the individual threshold,
    /// `gross`, less an estimate of tax and NI; for a couple, less any amount by which
    /// the couple's earnings would pass the couple threshold).
    Applies { gross: Money, net: Money },
    /// Reg 63: the 12-month start-up period.
    StartUpPeriod,
    /// Reg 64: not gainful self-employment (not the person's main work).
    NotMainWork,
    /// Reg 62(1): only for someone who would otherwise have all work-related
    /// requirements: not with LCW or LCWRA, a carer of 35 hours, or a lead carer of a
    /// child under 3.
    NotAllWorkRequirements,
}

/// A student's income for one assessment period of the course year (regs 68 to 71).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StudentIncome {
    pub who: Who,
    pub maintenance_loan_per_year: Money,
    pub months_counted: u32,
    /// The loan ÷ the months counted.
    pub per_month: Money,
    pub disregard: Money,
    /// What UC takes off: `per_month` less the disregard, at least nil.
    pub counted: Money,
}
