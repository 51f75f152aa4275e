//! The published tables for a year: the Local Housing Allowance for every Broad
//! Rental Market Area, and the Band D council tax for every council. They are too
//! long to sit in `Rules` field by field; each year's file is generated from the
//! publishers' own tables by `scripts/tables/build_tables.py` and cited as a whole.

use crate::country::Country;
use crate::money::Money;
use crate::source::Source;

/// One Broad Rental Market Area and its Local Housing Allowance rates for UC, a
/// calendar month each (UC Regs 2013 Sch 4 para 25; the rent officers' monthly
/// determinations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LhaArea {
    pub name: &'static str,
    pub country: Country,
    /// Categories A (the shared accommodation rate) to E (4 bedrooms), in pence.
    pub monthly_pence: [u32; 5],
}

impl LhaArea {
    pub const fn new(name: &'static str, country: Country, monthly_pence: [u32; 5]) -> LhaArea {
        LhaArea {
            name,
            country,
            monthly_pence,
        }
    }

    /// The monthly rate for a category (A = 0 to E = 4).
    pub fn monthly_rate(&self, category: usize) -> Money {
        let pence = self.monthly_pence.get(category).copied().unwrap_or(0);
        Money::gbp(0, pence)
    }
}

/// One billing authority and its Band D council tax for the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CouncilArea {
    pub name: &'static str,
    pub country: Country,
    /// The council tax for a Band D home for the year, before discounts, in pence.
    pub band_d_pence: u32,
}

impl CouncilArea {
    pub fn band_d(&self) -> Money {
        Money::gbp(0, self.band_d_pence)
    }

    pub const fn new(name: &'static str, country: Country, band_d_pence: u32) -> CouncilArea {
        CouncilArea {
            name,
            country,
            band_d_pence,
        }
    }
}

/// A year's tables, each with the publishers it was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tables {
    /// Sorted by name.
    pub lha_areas: &'static [LhaArea],
    /// One source per nation's publisher.
    pub lha_sources: &'static [Source],
    /// Sorted by name.
    pub councils: &'static [CouncilArea],
    pub council_tax_sources: &'static [Source],
}

impl Tables {
    /// The area with this name, ignoring case.
    pub fn lha_area(&self, name: &str) -> Option<&'static LhaArea> {
        self.lha_areas
            .iter()
            .find(|area| area.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The council with this name, ignoring case.
    pub fn council(&self, name: &str) -> Option<&'static CouncilArea> {
        self.councils
            .iter()
            .find(|council| council.name.eq_ignore_ascii_case(name.trim()))
    }
}
