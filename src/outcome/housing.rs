//! What limited the rent Universal Credit counts: the Local Housing Allowance for a
//! private renter, spare bedrooms for a social renter (UC Regs 2013 Sch 4).

use serde::Serialize;

use crate::country::Country;
use crate::money::{Money, Rate};

/// Why UC counts the rent it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RentLimit {
    /// Shared ownership: the rent on the share not owned is not limited.
    NotLimited,
    LocalHousingAllowance(LhaCheck),
    SpareBedrooms(SpareBedroomCheck),
}

/// A private rent against the Local Housing Allowance (Sch 4 paras 22 to 29).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LhaCheck {
    /// The Broad Rental Market Area; `None` when the person is not sure of it.
    pub area: Option<&'static str>,
    pub country: Country,
    /// The bedrooms the household is allowed (paras 8 to 12), before the limit of 4.
    pub bedrooms: u8,
    pub category: LhaCategory,
    /// Why a single renter under 35 gets the one-bedroom rate, if they are one.
    pub shared_rate_exception: Option<SharedRateException>,
    /// The monthly rate: the area's, or with no area the lowest in the country.
    pub rate: Money,
    /// How the rent came out against the rate.
    pub result: LhaResult,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LhaResult {
    /// The rent is the rate or less: all of it counts.
    WithinRate,
    /// The rent is more than the rate: UC counts the rate.
    Capped,
    /// No area, and the rent is more than the lowest rate in the country: UC may
    /// count less than the rent, and the answer is partial.
    NotChecked,
}

/// The Rent Officers' categories (Rent Officers (Universal Credit Functions) Order
/// 2013 Sch 1 para 1): A is the shared accommodation rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LhaCategory {
    SharedAccommodation,
    OneBedroom,
    TwoBedrooms,
    ThreeBedrooms,
    FourBedrooms,
}

impl LhaCategory {
    /// The column in the table: A = 0 to E = 4.
    pub fn index(self) -> usize {
        match self {
            LhaCategory::SharedAccommodation => 0,
            LhaCategory::OneBedroom => 1,
            LhaCategory::TwoBedrooms => 2,
            LhaCategory::ThreeBedrooms => 3,
            LhaCategory::FourBedrooms => 4,
        }
    }
}

/// Sch 4 para 29: why someone under 35 is excepted from the shared accommodation
/// rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedRateException {
    /// Para 29(5): PIP or ADP daily living, or DLA or CDP care at the middle or
    /// highest rate.
    DisabilityBenefit,
    CareLeaver,
    HomelessHostel,
    PublicProtection,
    DomesticAbuse,
    ModernSlavery,
}

/// A social rent and the bedrooms the home has beyond those allowed (Sch 4 para 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SpareBedroomCheck {
    /// The bedrooms the household is allowed (paras 8 to 12).
    pub allowed: u8,
    /// The bedrooms the home has; `None` when not said (the answer is then partial).
    pub in_home: Option<u8>,
    /// The share taken off the rent: none, 14% or 25%.
    pub reduction_rate: Rate,
    /// How much that takes off the monthly rent.
    pub reduction: Money,
}

impl SpareBedroomCheck {
    pub fn spare(&self) -> u8 {
        self.in_home
            .map_or(0, |in_home| in_home.saturating_sub(self.allowed))
    }
}
