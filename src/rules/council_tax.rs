//! The shape of council tax and Council Tax Reduction rules for a year: the band
//! ratios and discounts (the bill), and each scheme of Council Tax Reduction the
//! engine can work out. The Band D amounts are in the year's tables (`tables.rs`).

use serde::{Deserialize, Serialize};

use crate::money::{Money, Rate};
use crate::period::Weekly;

use super::Cited;

/// Local Government Finance Act 1992 ss.5 and 11 (and the Scottish and Welsh
/// equivalents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct CouncilTaxRules {
    /// s.5(1): each band's bill in ninths of Band D, A to H.
    pub england_ninths: Cited<[u16; 8]>,
    /// s.5(1A): in Wales, A to I, in ninths.
    pub wales_ninths: Cited<[u16; 9]>,
    /// Scotland, A to H, in 360ths (SSI 2016/368).
    pub scotland_360ths: Cited<[u16; 8]>,
    /// s.11(1): one resident counted (the others disregarded, or none).
    pub single_person_discount: Cited<Rate>,
    /// Sch 1: only residents this age or over are counted.
    pub adult_from_age: Cited<u8>,
    pub reduction: CouncilTaxReductionRules,
}

/// The schemes of Council Tax Reduction for working-age people that the engine knows.
/// (Its borrowed names give serde the `'de: 'static` bound itself.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouncilTaxReductionRules {
    /// Scotland's national scheme (SSI 2021/249).
    pub scotland: TaperedScheme,
    /// Wales's prescribed scheme (WSI 2013/3029).
    pub wales: TaperedScheme,
    /// England: the default scheme (SI 2012/2886), used as a typical scheme for a
    /// council whose own is not here; the result is an estimate.
    pub england_default: TaperedScheme,
    /// Royal Borough of Kingston upon Thames, 2026/27 (tapered).
    pub kingston_upon_thames: TaperedScheme,
    /// London Borough of Newham, 2026/27 (a minimum payment).
    pub newham: TaperedScheme,
    /// Slough Borough Council, 2026/27 (income bands).
    pub slough: BandedScheme,
    /// The councils whose own schemes are here, by their names in the Band D table:
    /// Kingston upon Thames, Newham, Slough.
    pub kingston_upon_thames_council: &'static str,
    pub newham_council: &'static str,
    pub slough_council: &'static str,
    /// The personal allowances and premiums of the Scottish scheme (SSI 2021/249
    /// Sch 1).
    pub scotland_allowances: Allowances,
    /// The Housing Benefit allowances and premiums, which the English schemes here
    /// use for someone not on UC (HB Regs 2006 Sch 3; the default scheme Sch 1).
    pub england_allowances: Allowances,
    /// Earnings disregards, per week (the same in every scheme here).
    pub earnings_disregards: EarningsDisregards,
}

/// A means-tested scheme: the most CTR (a share of the bill), less a taper of
/// income above the applicable amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct TaperedScheme {
    /// The most CTR, as a share of the bill after discounts.
    pub maximum: Cited<Rate>,
    pub taper: Cited<Rate>,
    /// No CTR with capital over this.
    pub capital_limit: Cited<Money>,
    /// For a household on UC: the applicable amount is the UC maximum amount
    /// (× 12 / 52), or the scheme's own allowances.
    pub uc_applicable_amount: UcApplicableAmount,
    /// The allowances for a household not on UC (and on UC, where they apply).
    pub allowances: AllowanceSet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UcApplicableAmount {
    UcMaximumAmount,
    OwnAllowances,
}

/// Which allowances a scheme uses for someone not on UC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AllowanceSet {
    Scotland,
    England,
    /// Not found for this year: CTR off UC is not worked out.
    NotFound,
}

/// Weekly personal allowances and premiums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Allowances {
    pub single_under_25: Cited<Weekly>,
    /// Single 25 or over, a lone parent, or (Scotland) a single person with LCW.
    pub single_25_or_over: Cited<Weekly>,
    pub couple: Cited<Weekly>,
    /// For each child or qualifying young person.
    pub child: Cited<Weekly>,
    /// The child amount is last year's: this year's was not found, so the result is
    /// an estimate.
    pub child_is_last_years: bool,
    pub disabled_child_premium: Cited<Weekly>,
    pub disability_premium_single: Cited<Weekly>,
    pub disability_premium_couple: Cited<Weekly>,
    pub carer_premium: Cited<Weekly>,
}

/// Earnings that do not count, per week (HB Regs 2006 Sch 4; the same figures in
/// the Scottish and Welsh schemes and the default scheme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct EarningsDisregards {
    pub single: Cited<Weekly>,
    pub couple: Cited<Weekly>,
    pub lone_parent: Cited<Weekly>,
    /// With a disability or carer premium.
    pub disabled_or_carer: Cited<Weekly>,
    /// Housing Benefit's additional disregard (HB Regs 2006 Sch 4 para 17): for someone
    /// 25 or over working this many hours a week, or a lone parent, a couple with a
    /// child or someone with a disability premium working the lower number.
    pub additional: Cited<Weekly>,
    pub additional_hours: Cited<u32>,
    pub additional_hours_family_or_disabled: Cited<u32>,
}

/// An income-banded scheme: a share of the bill by weekly earnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct BandedScheme {
    /// With no earnings.
    pub no_earnings: Cited<Rate>,
    /// Each band: weekly earnings up to (in pence, inclusive), and the share of the
    /// bill; earnings above the last band get nothing.
    pub bands: Cited<[(u32, u32); 6]>,
    /// The bill counted is never more than this band's (A = 0).
    pub band_cap: Cited<u8>,
    pub capital_limit: Cited<Money>,
}
