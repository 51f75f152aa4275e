//! The published tables for a year: the Local Housing Allowance for every Broad
//! Rental Market Area, and the Band D council tax for every council. They are too
//! long to sit in `Rules` field by field; each year's file is generated from the
//! publishers' own tables by `scripts/tables/build_tables.py` and cited as a whole.

use crate::country::Country;
use crate::dates::Date;
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
    /// The bank holidays in each part of the UK, oldest first.
    pub bank_holidays: BankHolidays,
}

/// Bank holidays: no payday falls on one, nor does a Universal Credit payment (each
/// moves to the working day before). From the start of the tax year to the end of
/// the next calendar year, so a six-month timeline from any day of the year is
/// covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BankHolidays {
    pub england_and_wales: &'static [Date],
    pub scotland: &'static [Date],
    pub northern_ireland: &'static [Date],
    pub source: Source,
}

impl BankHolidays {
    /// The bank holidays where the household lives.
    pub fn in_country(&self, country: Country) -> &'static [Date] {
        match country {
            Country::England | Country::Wales => self.england_and_wales,
            Country::Scotland => self.scotland,
            Country::NorthernIreland => self.northern_ireland,
        }
    }
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
