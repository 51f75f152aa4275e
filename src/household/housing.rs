//! Where the household lives: renting (privately, socially, or part-owning), owning,
//! or paying no rent; and the facts the size criteria need.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::period::Frequency;

/// Written with its `type` and that type's fields; read through `HousingFields`
/// (below), so an error names the field inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "super::read::HousingFields"
)]
pub enum Housing {
    /// Renting from a private landlord: UC meets the rent up to the Local Housing
    /// Allowance for the area and the bedrooms the household is allowed.
    RentingPrivately(PrivateTenancy),
    /// Renting from a council or housing association: UC meets less of the rent
    /// when the home has more bedrooms than the household is allowed.
    RentingSocially(SocialTenancy),
    /// Supported housing (specified accommodation: exempt accommodation, managed
    /// properties, refuges, council hostels with support) or temporary accommodation
    /// from the council: the rent is met by Housing Benefit, not UC (UC Regs 2013 Sch 1
    /// paras 3A, 3B; UC (Transitional Provisions) Regs 2014 reg 5(2)(a)).
    SupportedOrTemporary(SupportedTenancy),
    /// Owns part of the home and rents the rest (shared ownership, an equity-sharing
    /// lease): the rent on the share not owned is met as a renter's (UC Regs 2013
    /// reg 26(4) to (6), Sch 4), working or not (Sch 5 para 4(3)).
    SharedOwnership(Tenancy),
    /// Owns the home (with or without a mortgage). UC has no help with mortgage
    /// interest (that is a separate loan), but can help with service charges.
    Owner(OwnerOccupier),
    /// Lives with family or friends, or otherwise has no rent to pay. Rent paid to a
    /// close relative you live with does not count (UC Regs 2013 Sch 2 para 4).
    NoHousingCosts(NoHousingCosts),
}

impl Housing {
    /// Owns the home, with no service charges.
    pub const fn owner() -> Housing {
        Housing::Owner(OwnerOccupier {
            service_charges: Money::ZERO,
            frequency: Frequency::Monthly,
            qualifying_period_met: false,
        })
    }

    /// Lives with family or friends, or pays no rent.
    pub const fn no_housing_costs() -> Housing {
        Housing::NoHousingCosts(NoHousingCosts {})
    }

    /// The rent the renter's housing costs element is for, if any.
    pub fn tenancy(&self) -> Option<&Tenancy> {
        match self {
            Housing::RentingPrivately(PrivateTenancy { tenancy, .. })
            | Housing::RentingSocially(SocialTenancy { tenancy, .. })
            | Housing::SharedOwnership(tenancy) => Some(tenancy),
            // The rent is met by Housing Benefit, not UC.
            Housing::SupportedOrTemporary(_) | Housing::Owner(_) | Housing::NoHousingCosts(_) => {
                None
            }
        }
    }
}

/// An owner-occupier's service charges: UC Regs 2013 Sch 5 pays them after a
/// qualifying period of 9 assessment periods in a row (para 5), but not in any
/// period in which the owner or their partner has any earned income (para 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnerOccupier {
    /// Service charges UC can pay (Sch 1 paras 7 and 8), at `frequency`. Nil unless said.
    #[serde(default)]
    pub service_charges: Money,
    #[serde(default = "monthly")]
    pub frequency: Frequency,
    /// UC has been paid for 9 assessment periods in a row (Sch 5 para 5).
    #[serde(default)]
    pub qualifying_period_met: bool,
}

/// No rent or service charges (nothing else to say: any other field is an error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoHousingCosts {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenancy {
    pub rent: Money,
    /// How often the rent (and service charges) are paid. Monthly unless said.
    #[serde(default = "monthly")]
    pub frequency: Frequency,
    /// Service charges that UC can pay (UC Regs 2013 Sch 1 para 8), at the same frequency.
    #[serde(default)]
    pub eligible_service_charges: Money,
}

pub(super) const fn monthly() -> Frequency {
    Frequency::Monthly
}

/// A private tenancy and what the Local Housing Allowance needs to know (UC Regs 2013
/// Sch 4 paras 25 to 29).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrivateTenancy {
    #[serde(flatten)]
    pub tenancy: Tenancy,
    /// The Broad Rental Market Area, by its name in the year's Local Housing
    /// Allowance table. `None`: the person is not sure.
    pub lha_area: Option<String>,
    /// Why a single renter under 35 is not held to the shared accommodation rate,
    /// besides a disability benefit (which the household already says).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_accommodation_exception: Option<SharedAccommodationException>,
}

/// A council or housing association tenancy, and the bedrooms the home has (UC Regs
/// 2013 Sch 4 para 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SocialTenancy {
    #[serde(flatten)]
    pub tenancy: Tenancy,
    /// How many bedrooms the home has. `None`: not said, so the spare bedroom
    /// reduction cannot be checked.
    pub bedrooms: Option<u8>,
}

/// UC Regs 2013 Sch 4 para 29: renters under 35 who are not held to the shared
/// accommodation rate. Para 29(5) (a disability benefit) is read from the adult's
/// disability benefit instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SharedAccommodationException {
    /// Para 29(2): aged 18 to 24 and a care leaver before 18.
    CareLeaver,
    /// Para 29(4): aged 16 to 34, at least 3 months in hostels for homeless people,
    /// and accepted resettlement support there.
    HomelessHostel,
    /// Para 29(6) to (8): managed under multi-agency public protection arrangements
    /// (England and Wales) or the Scottish equivalents.
    PublicProtection,
    /// Para 29(9B): domestic abuse after 16, with evidence from someone acting in an
    /// official capacity.
    DomesticAbuse,
    /// Para 29(9C): a positive conclusive grounds decision on modern slavery.
    ModernSlavery,
}

/// UC Regs 2013 Sch 4 para 12: the conditions for an additional bedroom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdditionalBedroom {
    /// Para 12(A1), (3): someone who gets a qualifying disability benefit needs a
    /// carer who does not live with them to stay overnight regularly.
    OvernightCare,
    /// Para 12(4), (5): a foster parent (or between placements, for up to 12 months)
    /// or an adopter with a child placed.
    FosterParent,
    /// Para 12(6): a child who gets the care component of DLA or CDP at the middle or
    /// highest rate cannot reasonably share a bedroom because of their disability.
    DisabledChildCannotShare,
    /// Para 12(6A): a member of a couple who gets a qualifying disability benefit
    /// cannot reasonably share a bedroom with their partner because of disability.
    CoupleCannotShare,
}

/// Council tax, for a household that pays it (a renter or an owner in England,
/// Scotland or Wales; Northern Ireland has domestic rates instead).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CouncilTax {
    /// The council that sends the bill, by its name in the year's Band D table.
    pub council: String,
    pub band: CouncilTaxBand,
}

/// The valuation bands (Local Government Finance Act 1992 s.5): A to H, and I in
/// Wales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CouncilTaxBand {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
}

impl CouncilTaxBand {
    pub const ALL: [CouncilTaxBand; 9] = [
        CouncilTaxBand::A,
        CouncilTaxBand::B,
        CouncilTaxBand::C,
        CouncilTaxBand::D,
        CouncilTaxBand::E,
        CouncilTaxBand::F,
        CouncilTaxBand::G,
        CouncilTaxBand::H,
        CouncilTaxBand::I,
    ];

    /// A = 0 to I = 8.
    pub fn index(self) -> usize {
        match self {
            CouncilTaxBand::A => 0,
            CouncilTaxBand::B => 1,
            CouncilTaxBand::C => 2,
            CouncilTaxBand::D => 3,
            CouncilTaxBand::E => 4,
            CouncilTaxBand::F => 5,
            CouncilTaxBand::G => 6,
            CouncilTaxBand::H => 7,
            CouncilTaxBand::I => 8,
        }
    }

    pub fn letter(self) -> &'static str {
        match self {
            CouncilTaxBand::A => "A",
            CouncilTaxBand::B => "B",
            CouncilTaxBand::C => "C",
            CouncilTaxBand::D => "D",
            CouncilTaxBand::E => "E",
            CouncilTaxBand::F => "F",
            CouncilTaxBand::G => "G",
            CouncilTaxBand::H => "H",
            CouncilTaxBand::I => "I",
        }
    }
}

/// A tenancy whose rent Housing Benefit meets, and which kind of accommodation it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SupportedTenancy {
    #[serde(flatten)]
    pub tenancy: Tenancy,
    pub accommodation: SupportedAccommodation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportedAccommodation {
    /// Specified accommodation (HB Regs 2006 reg 75H): exempt accommodation, a managed
    /// property, a refuge, or a council hostel with care, support or supervision.
    Supported,
    /// Temporary accommodation a council provides to a homeless household (UC Regs
    /// 2013 Sch 1 para 3B).
    Temporary,
}
