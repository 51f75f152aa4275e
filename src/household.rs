//! The household as typed facts: who lives there, their health and disability
//! benefits, caring, children, housing, savings and current work.
//!
//! These are the engine's inputs. They read from JSON (see `docs/json-format.md`);
//! `situation.rs` checks them before the engine sees them.

use serde::{Deserialize, Serialize};

pub use crate::country::Country;
use crate::dates::TaxYear;
use crate::limits::YOUNG_PERSON_FROM;
use crate::money::Money;
use crate::period::Frequency;
use crate::work::Job;

mod housing;
mod other_income;
mod read;

pub use housing::{
    AdditionalBedroom, CouncilTax, CouncilTaxBand, Housing, NoHousingCosts, OwnerOccupier,
    PrivateTenancy, SharedAccommodationException, SocialTenancy, SupportedAccommodation,
    SupportedTenancy, Tenancy,
};
pub use other_income::{CarersAllowance, EsaGroup, IncomeNotWorkedOut, NewStyleEsa, PensionIncome};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// The person checking (or the adviser's client).
    pub you: Adult,
    /// A partner who lives with you (a joint UC claim). `None` for a single person.
    #[serde(default)]
    pub partner: Option<Adult>,
    /// Children and qualifying young people you are responsible for.
    #[serde(default)]
    pub children: Vec<Child>,
    pub housing: Housing,
    /// Other adults who live with you, such as a grown-up son or daughter.
    #[serde(default)]
    pub non_dependants: Vec<NonDependant>,
    pub country: Country,
    /// Only in England. The benefit cap is higher in Greater London.
    #[serde(default)]
    pub in_greater_london: bool,
    /// Savings and other capital of you and your partner together.
    #[serde(default)]
    pub savings: Money,
    /// Childcare you pay for now (only counted by UC while you work: reg 32).
    #[serde(default)]
    pub childcare_costs: Option<ChildcareCosts>,
    /// Whether Child Benefit is claimed for the children. Most families claim it.
    #[serde(default = "yes")]
    pub gets_child_benefit: bool,
    /// The conditions for an additional bedroom that the household meets (UC Regs
    /// 2013 Sch 4 para 12); only renters are asked.
    #[serde(default)]
    pub additional_bedrooms: Vec<AdditionalBedroom>,
    /// The council tax the household is liable for, if any (none: not liable, or
    /// not said; Northern Ireland has domestic rates instead).
    #[serde(default)]
    pub council_tax: Option<CouncilTax>,
    /// Transitional protection from a managed move to UC: the transitional element
    /// on the UC statement now, a month (UC (Transitional Provisions) Regs 2014 reg
    /// 55). Absent or nil for most households.
    #[serde(default)]
    pub transitional_element: Money,
}

const fn yes() -> bool {
    true
}

impl Household {
    pub fn adults(&self) -> impl Iterator<Item = &Adult> {
        core::iter::once(&self.you).chain(self.partner.as_ref())
    }

    pub fn is_couple(&self) -> bool {
        self.partner.is_some()
    }

    pub fn has_children(&self) -> bool {
        !self.children.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adult {
    pub age: u8,
    /// What UC pays for the person's health, as their UC statement shows it.
    #[serde(default)]
    pub uc_health: UcHealth,
    #[serde(default)]
    pub disability_benefit: Option<DisabilityBenefit>,
    /// Cares for a severely disabled person for 35 hours a week or more.
    #[serde(default)]
    pub cares_35_hours_a_week: bool,
    /// The work the person does now, if any.
    #[serde(default)]
    pub job: Option<Job>,
    #[serde(default)]
    pub new_style_esa: Option<NewStyleEsa>,
    /// Gets New Style (contribution-based) Jobseeker's Allowance.
    #[serde(default)]
    pub new_style_jsa: bool,
    /// Gets Carer's Allowance (Carer Support Payment in Scotland): only someone who
    /// cares for 35 hours a week or more.
    #[serde(default)]
    pub carers_allowance: Option<CarersAllowance>,
    /// A workplace or private pension being paid.
    #[serde(default)]
    pub pension: Option<PensionIncome>,
    /// Incomes the engine cannot yet work out (the answer is then partial).
    #[serde(default)]
    pub incomes_not_worked_out: Vec<IncomeNotWorkedOut>,
    /// A doctor has certified a severe mental impairment (Local Government Finance
    /// Act 1992 Sch 1 para 2): with a qualifying benefit, the person is disregarded
    /// for council tax.
    #[serde(default)]
    pub severe_mental_impairment: bool,
}

/// The UC health element (UC Regs 2013 regs 27, 36, 40A and UC Act 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UcHealth {
    /// No limited capability for work.
    #[default]
    None,
    /// Limited capability for work (LCW). The LCW element is paid only on claims
    /// from before 3 April 2017; otherwise LCW gives a work allowance but no money.
    Lcw,
    /// LCW from a claim made before 3 April 2017: the LCW element is paid.
    #[serde(rename = "lcw_before_3_april_2017")]
    LcwBefore3April2017,
    /// LCWRA, entitled before 6 April 2026 and continuously since: protected rate.
    #[serde(rename = "lcwra_pre_2026_claimant")]
    LcwraPre2026Claimant,
    /// LCWRA meeting the severe conditions criteria (reg 40A(2)): protected rate.
    LcwraSevereConditions,
    /// LCWRA and terminally ill: protected rate.
    LcwraTerminallyIll,
    /// LCWRA on a claim from 6 April 2026 without protection: the new lower rate.
    LcwraNewClaimant,
}

impl UcHealth {
    /// Has limited capability for work (LCWRA includes LCW).
    pub fn has_lcw(self) -> bool {
        match self {
            UcHealth::None => false,
            UcHealth::Lcw
            | UcHealth::LcwBefore3April2017
            | UcHealth::LcwraPre2026Claimant
            | UcHealth::LcwraSevereConditions
            | UcHealth::LcwraTerminallyIll
            | UcHealth::LcwraNewClaimant => true,
        }
    }

    pub fn has_lcwra(self) -> bool {
        match self {
            UcHealth::LcwraPre2026Claimant
            | UcHealth::LcwraSevereConditions
            | UcHealth::LcwraTerminallyIll
            | UcHealth::LcwraNewClaimant => true,
            UcHealth::None | UcHealth::Lcw | UcHealth::LcwBefore3April2017 => false,
        }
    }
}

/// A disability benefit that is not means-tested: work does not change it.
///
/// Written with its `type` and rates; read through `DisabilityFields` (below), so an
/// error names the field inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(
    tag = "type",
    rename_all = "snake_case",
    try_from = "read::DisabilityFields"
)]
pub enum DisabilityBenefit {
    /// Personal Independence Payment (England, Wales, Northern Ireland).
    Pip {
        daily_living: PipRate,
        mobility: PipRate,
    },
    /// Adult Disability Payment (Scotland): same components as PIP.
    Adp {
        daily_living: PipRate,
        mobility: PipRate,
    },
    /// Disability Living Allowance (children, and adults who kept it).
    Dla {
        care: DlaCare,
        mobility: DlaMobility,
    },
    /// Child Disability Payment (Scotland): same components as DLA.
    Cdp {
        care: DlaCare,
        mobility: DlaMobility,
    },
}

impl DisabilityBenefit {
    /// Gets any amount of it (the benefit cap exemption in UC Regs 2013 reg 83 turns
    /// on entitlement to the benefit).
    pub fn pays_anything(self) -> bool {
        match self {
            DisabilityBenefit::Pip {
                daily_living,
                mobility,
            }
            | DisabilityBenefit::Adp {
                daily_living,
                mobility,
            } => daily_living != PipRate::None || mobility != PipRate::None,
            DisabilityBenefit::Dla { care, mobility }
            | DisabilityBenefit::Cdp { care, mobility } => {
                care != DlaCare::None || mobility != DlaMobility::None
            }
        }
    }

    /// The care component of DLA or CDP at the middle or highest rate (UC Regs 2013
    /// Sch 4 para 12(6): a disabled child who cannot share a bedroom).
    pub fn is_middle_or_highest_care(self) -> bool {
        match self {
            DisabilityBenefit::Dla { care, .. } | DisabilityBenefit::Cdp { care, .. } => match care
            {
                DlaCare::Middle | DlaCare::Highest => true,
                DlaCare::None | DlaCare::Lowest => false,
            },
            DisabilityBenefit::Pip { .. } | DisabilityBenefit::Adp { .. } => false,
        }
    }

    /// PIP or ADP daily living component, or DLA or CDP care at the middle or
    /// highest rate (the "qualifying benefits" in UC Regs 2013 Sch 4 paras 15-16).
    pub fn is_daily_living_or_middle_care(self) -> bool {
        match self {
            DisabilityBenefit::Pip { daily_living, .. }
            | DisabilityBenefit::Adp { daily_living, .. } => daily_living != PipRate::None,
            DisabilityBenefit::Dla { care, .. } | DisabilityBenefit::Cdp { care, .. } => match care
            {
                DlaCare::Middle | DlaCare::Highest => true,
                DlaCare::None | DlaCare::Lowest => false,
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PipRate {
    #[default]
    None,
    Standard,
    Enhanced,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DlaCare {
    #[default]
    None,
    Lowest,
    Middle,
    Highest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DlaMobility {
    #[default]
    None,
    Lower,
    Higher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Child {
    /// Age in whole years. A child aged 16 to 19 counts while a qualifying young person.
    pub age: u8,
    /// Needed only for a child whose age leaves it open: in tax year 2026/27 a child
    /// aged 9 (anyone older was born before 6 April 2017 and anyone younger after it;
    /// see `TaxYear::age_born_either_side_of`).
    #[serde(default)]
    pub born_before_6_april_2017: Option<bool>,
    #[serde(default)]
    pub disabled_child_addition: DisabledChildAddition,
    /// DLA, CDP (or PIP at 16 or over) paid for the child.
    #[serde(default)]
    pub disability_benefit: Option<DisabilityBenefit>,
    /// Needed only where children might share a bedroom (UC Regs 2013 Sch 4
    /// para 10(1)(c)): two children under 16 of the same sex share one.
    #[serde(default)]
    pub sex: Option<Sex>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Boy,
    Girl,
}

impl Child {
    /// 16 to 19: a qualifying young person rather than a child (UC Regs 2013 reg 5).
    pub fn is_qualifying_young_person(&self) -> bool {
        self.age >= YOUNG_PERSON_FROM
    }

    /// Whether the child was born before 6 April 2017, judged in `tax_year`. Where the
    /// age leaves it open and there is no answer, we assume after (the lower child
    /// element); the situation checks ask for the answer.
    pub fn born_before_6_april_2017(&self, tax_year: TaxYear) -> bool {
        match self.born_before_6_april_2017 {
            Some(answer) => answer,
            None => self.age > tax_year.age_born_either_side_of(CHILD_ELEMENT_CUTOFF_YEAR),
        }
    }
}

/// The higher child element is for a first child born before 6 April of this year
/// (UC Regs 2013 reg 24 and the reg 36 table).
pub const CHILD_ELEMENT_CUTOFF_YEAR: i32 = 2017;

/// UC Regs 2013 reg 24(2): the disabled child addition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisabledChildAddition {
    #[default]
    None,
    /// The child gets DLA or CDP (any rate) or PIP.
    Lower,
    /// The child gets the highest care rate of DLA or CDP, enhanced daily living PIP,
    /// or is certified severely sight impaired or blind.
    Higher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonDependant {
    pub age: u8,
    /// Why no housing cost contribution is due for this person, if any.
    #[serde(default)]
    pub exempt_because: Option<NonDependantExemption>,
}

/// UC Regs 2013 Sch 4 para 16: non-dependants for whom no housing cost contribution
/// is deducted (besides being under 21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonDependantExemption {
    /// Gets PIP or ADP daily living, DLA or CDP care at the middle or highest rate,
    /// Attendance Allowance, or Armed Forces Independence Payment.
    GetsDisabilityBenefit,
    /// Gets Carer's Allowance or Carer Support Payment.
    GetsCarersAllowance,
    /// Gets Pension Credit.
    GetsPensionCredit,
    /// Responsible for a child under 5. (The JSON name was documented with the
    /// underscore before 5 but read without it; both are accepted.)
    #[serde(
        rename = "responsible_for_child_under_5",
        alias = "responsible_for_child_under5"
    )]
    ResponsibleForChildUnder5,
    /// In prison, or away in the armed forces.
    AwayInPrisonOrArmedForces,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChildcareCosts {
    /// What you pay a registered childcare provider.
    pub amount: Money,
    #[serde(default = "housing::monthly")]
    pub frequency: Frequency,
    /// How many children the costs are for (the cap is higher for 2 or more).
    pub children: u8,
}
