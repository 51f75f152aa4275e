//! Council tax: the bill for the year, and Council Tax Reduction in each situation.

use serde::Serialize;

use crate::country::Country;
use crate::money::{Money, Rate};

/// The bill for the year (Local Government Finance Act 1992 ss.5, 11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CouncilTaxBill {
    pub council: &'static str,
    pub country: Country,
    /// The band's letter.
    pub band: &'static str,
    /// The council's Band D for the year.
    pub band_d: Money,
    /// The band's bill before discounts, for the year.
    pub full: Money,
    pub discount: CouncilTaxDiscount,
    /// The bill after discounts, for the year.
    pub yearly: Money,
    /// A month of it: the year's bill / 12.
    pub per_month: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CouncilTaxDiscount {
    None,
    /// One adult counted: the others are disregarded (severe mental impairment) or
    /// there are none.
    SinglePerson {
        rate: Rate,
        disregarded: u8,
    },
    /// Every adult is disregarded, and children live there too: the discount for no
    /// resident counted (s.11(1)(b)).
    AllDisregarded {
        rate: Rate,
    },
    /// Only people with a severe mental impairment live there: the home is exempt
    /// (Class U).
    Exempt,
}

/// Which scheme of Council Tax Reduction applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CtrScheme {
    Scotland,
    Wales,
    /// England, where the council's own scheme is not in the engine: the default
    /// scheme, as an estimate.
    EnglandTypical,
    KingstonUponThames,
    Newham,
    Slough,
}

/// How Council Tax Reduction was worked out in one situation, per week.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CtrCheck {
    pub scheme: CtrScheme,
    /// The bill for a week, after discounts.
    pub weekly_bill: Money,
    /// The most CTR can be.
    pub maximum: Money,
    /// The applicable amount (tapered schemes), per week.
    pub applicable_amount: Option<Money>,
    /// The income counted (tapered schemes) or the earnings that choose the band
    /// (banded), per week.
    pub income: Money,
    /// Council Tax Reduction for a week.
    pub weekly: Money,
    /// The taper (tapered schemes) or the share of the bill (banded).
    pub rate: Rate,
    /// The household gets UC in this situation.
    pub on_universal_credit: bool,
    /// Why the figure is an estimate, if it is.
    pub estimate: Vec<CtrEstimate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CtrEstimate {
    /// England, and the council's own scheme is not known here.
    TypicalScheme,
    /// A figure the scheme uses for children is last year's.
    ChildAmountLastYear,
    /// Deductions for other adults who live there are not worked out.
    NonDependantDeductions,
    /// Premiums for severe disability and enhanced disability are not worked out.
    SomePremiums,
    /// Some of the council's figures could not be checked against its scheme.
    SchemeFiguresUnconfirmed,
    /// Off UC, savings over £6,000 would count as some income; not worked out.
    Savings,
}

/// CTR could not be worked out in a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CtrNotWorkedOut {
    /// Wales, off UC: the Welsh scheme's allowances for the year were not found.
    WalesAllowances,
    /// The council was not found in the year's table.
    CouncilNotKnown,
    /// Scotland, on UC with a health (LCW or LCWRA) or carer element: the scheme's
    /// amounts that match them (SSI 2021/249 reg 57, Sch 1) were not read.
    ScotlandUcElements,
}
