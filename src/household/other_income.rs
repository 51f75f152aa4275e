//! Money an adult gets besides pay and disability benefits: New Style ESA, New Style
//! JSA, Carer's Allowance (Carer Support Payment in Scotland), a pension being paid,
//! and the incomes the engine cannot yet work out.

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::period::Frequency;

/// New Style (contributory) Employment and Support Allowance (ESA Regs 2013).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewStyleEsa {
    pub group: EsaGroup,
    /// Work arranged or supervised as supported permitted work (ESA Regs 2013
    /// reg 39(1)(b)): no hours limit, the higher earnings limit.
    #[serde(default)]
    pub supported_permitted_work: bool,
}

/// Which stage of ESA and which group (ESA Regs 2013 regs 62 to 67).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EsaGroup {
    /// Waiting for a work capability assessment: the assessment phase rate.
    AssessmentPhase,
    /// Limited capability for work-related activity: the support component.
    SupportGroup,
    /// Work-related activity group on a claim made before 3 April 2017: the
    /// work-related activity component (a transitional saving).
    #[serde(rename = "work_related_activity_group_before_3_april_2017")]
    WorkRelatedActivityGroupBefore3April2017,
    /// Work-related activity group on a later claim: the basic amount only.
    WorkRelatedActivityGroup,
}

/// Carer's Allowance, or Carer Support Payment in Scotland.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarersAllowance {
    /// What the carer pays someone (not a close relative) each week to look after the
    /// person cared for while the carer is at work (Computation of Earnings Regs 1996
    /// Sch 3). Nil unless said. Childcare for a child under 16 is the household's
    /// `childcare_costs`, counted as well.
    #[serde(default)]
    pub care_costs_per_week: Money,
}

/// A workplace or private pension being paid, before tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PensionIncome {
    pub amount: Money,
    #[serde(default = "monthly")]
    pub frequency: Frequency,
}

const fn monthly() -> Frequency {
    Frequency::Monthly
}

/// An income the engine cannot yet work out. A household with one gets a partial
/// answer: no better-off figure, and a plain word on what is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeNotWorkedOut {
    /// Income-related ESA, Income Support, income-based JSA, Housing Benefit outside
    /// supported housing, or tax credits: benefits that have not moved to UC.
    LegacyBenefits,
    PensionCredit,
    /// A student loan or grant (UC Regs 2013 regs 68 to 71).
    StudentIncome,
    SomethingElse,
    /// Council Tax Reduction, when the council or the band is not known.
    CouncilTaxReduction,
}
