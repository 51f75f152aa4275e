//! One figure of an outcome, and what it is: a kind of income, an element of the
//! Universal Credit maximum amount, or an amount taken off it.
//!
//! Kinds are enums, so every place that gives a kind words or handles it matches on
//! it without a wildcard, and the compiler lists each place a new kind needs (see the
//! README's "How to add a benefit").

use serde::Serialize;

use super::RentLimit;
use crate::money::{Money, Rate};
use crate::source::Source;

/// Whose figure a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    You,
    Partner,
    /// A child, by their place in the household's list (0 is the first).
    Child(usize),
    /// The household as a whole (for example Universal Credit, a joint award).
    Household,
}

/// What an income line is: pay from work, or one benefit. The order is the order the
/// changes are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "id", rename_all = "snake_case")]
pub enum Income {
    TakeHomePay,
    UniversalCredit,
    NewStyleEsa,
    NewStyleJsa,
    CarersAllowance,
    /// Carer's Allowance in Scotland since 2024 (Social Security Scotland).
    CarerSupportPayment,
    /// Paid weekly with Carer Support Payment (SSI 2023/302 reg 16).
    ScottishCarerSupplement,
    /// A workplace or private pension, after the tax taken from it.
    Pension,
    PersonalIndependencePayment,
    AdultDisabilityPayment,
    DisabilityLivingAllowance,
    ChildDisabilityPayment,
    ChildBenefit,
    /// Income tax that takes back some or all of Child Benefit (ITEPA 2003 s.681C): a
    /// negative line, the partner's who pays it.
    HighIncomeChildBenefitCharge,
    /// Scottish Child Payment (SSI 2020/351), for households in Scotland on UC.
    ScottishChildPayment,
    /// Council Tax Reduction: money off the council tax bill, counted as money saved.
    CouncilTaxReduction,
    /// Housing Benefit for supported or temporary accommodation (HB Regs 2006).
    HousingBenefit,
    /// Free NHS prescriptions and other health costs in England on UC: counted at
    /// what they would cost (passported help, `PassportCheck`).
    FreePrescriptions,
    /// Free school meals in England for the children of a household on UC.
    FreeSchoolMeals,
    /// Healthy Start payments for a child under 4, on UC with low take-home pay.
    HealthyStart,
    /// The Warm Home Discount, a twelfth of the winter's amount each month.
    WarmHomeDiscount,
    /// Self-employed profit after income tax and National Insurance.
    SelfEmployment,
    /// A student's maintenance loan, a twelfth of the year's (to be paid back).
    StudentLoan,
}

/// Which standard allowance (UC Regs 2013 reg 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StandardAllowanceRate {
    // Named in full: serde's snake_case would write "single_under25".
    #[serde(rename = "single_under_25")]
    SingleUnder25,
    #[serde(rename = "single_25_or_over")]
    Single25OrOver,
    #[serde(rename = "couple_both_under_25")]
    CoupleBothUnder25,
    #[serde(rename = "couple_one_or_both_25_or_over")]
    CoupleOneOrBoth25OrOver,
}

/// The rate of the disabled child addition (UC Regs 2013 reg 24(2)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdditionRate {
    Lower,
    Higher,
}

/// The rate of the LCWRA element (UC Regs 2013 reg 36 as amended by the UC Act 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LcwraRate {
    /// Pre-2026 claimants, severe conditions criteria, terminally ill.
    Protected,
    /// Everyone else whose LCWRA started on or after 6 April 2026.
    NewClaimant,
}

/// An element of the Universal Credit maximum amount, with the facts that chose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "id", rename_all = "snake_case")]
pub enum UcElement {
    StandardAllowance {
        rate: StandardAllowanceRate,
    },
    ChildElement {
        /// The higher amount: the first child, born before 6 April 2017.
        first_child_born_before_6_april_2017: bool,
    },
    DisabledChildAddition {
        rate: AdditionRate,
    },
    LcwElement,
    LcwraElement {
        rate: LcwraRate,
    },
    CarerElement,
    /// Transitional protection from a managed move to UC, as on the statement.
    TransitionalElement,
    HousingCostsElement {
        /// Rent and eligible service charges, per month.
        rent: Money,
        /// What limited the rent UC counts, and how.
        limit: RentLimit,
        /// The rent UC counts, per month, after that limit.
        counted_rent: Money,
        /// Housing cost contributions for other adults, per month.
        housing_cost_contributions: Money,
    },
    /// An owner-occupier's service charges (UC Regs 2013 Sch 5), per month.
    OwnerServiceCharges {
        charges: Money,
    },
    ChildcareCostsElement {
        /// Childcare costs, per month.
        costs: Money,
        /// The share UC pays.
        rate: Rate,
        /// The most it pays, for this many children.
        cap: Money,
        /// The share came to more than the cap.
        capped: bool,
    },
}

/// An amount taken off the Universal Credit maximum amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "id", rename_all = "snake_case")]
pub enum UcDeduction {
    /// UC Regs 2013 reg 22: the taper on earnings above any work allowance.
    EarningsReduction {
        earned_income: Money,
        work_allowance: Money,
        taper: Rate,
    },
    /// UC Regs 2013 reg 66: a benefit or other income counted in full or in part.
    UnearnedIncome { income: Income },
    /// UC Regs 2013 reg 72: an assumed income from savings.
    TariffIncomeFromCapital { savings: Money },
    /// UC Regs 2013 reg 81: what the benefit cap takes off.
    BenefitCapReduction { cap: Money },
}

/// One figure, per month and per week, with what it is, whose it is and its rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Line<Kind> {
    #[serde(flatten)]
    pub kind: Kind,
    pub who: Who,
    pub per_month: Money,
    pub per_week: Money,
    pub source: Source,
}

pub type IncomeLine = Line<Income>;
pub type ElementLine = Line<UcElement>;
pub type DeductionLine = Line<UcDeduction>;

impl<Kind> Line<Kind> {
    /// A line from its monthly amount; the weekly equivalent is worked out here.
    pub fn monthly(kind: Kind, who: Who, per_month: Money, source: Source) -> Line<Kind> {
        let amounts = PerWeekAndMonth::from_monthly(per_month);
        Line {
            kind,
            who,
            per_month: amounts.per_month,
            per_week: amounts.per_week,
            source,
        }
    }
}

/// An amount per month, with its weekly equivalent (× 12 / 52, to the penny).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PerWeekAndMonth {
    pub per_week: Money,
    pub per_month: Money,
}

impl PerWeekAndMonth {
    pub fn from_monthly(per_month: Money) -> PerWeekAndMonth {
        PerWeekAndMonth {
            // × 12 / 52 to the penny, as `Monthly::to_weekly_equivalent` then
            // `round_to_nearest_penny` would give it, in whole numbers: every line of
            // every snapshot has one.
            per_week: per_month.times_fraction_to_nearest_penny(12, 52),
            per_month,
        }
    }
}
