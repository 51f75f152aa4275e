//! The Universal Credit calculation, step by step, and the benefit cap check.

use serde::Serialize;

use crate::money::Money;
use crate::source::Source;

use super::{
    DeductionLine, ElementLine, RentLimit, SelfEmployedEarnings, StudentIncome, UcDeduction,
    UcElement,
};

/// Why there is no Universal Credit at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotEntitled {
    /// Savings and other capital over the upper limit (UC Regs 2013 reg 18).
    CapitalOverUpperLimit,
    /// A full-time student with no exception (UC Regs 2013 regs 12, 14); for a couple,
    /// both are.
    FullTimeStudent,
    /// Income is high enough to take the award to nil.
    IncomeTooHigh,
}

/// Why the benefit cap does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "because", rename_all = "snake_case")]
pub enum CapExemption {
    /// UC Regs 2013 reg 82(1)(a): earned income at least the threshold.
    Earnings {
        earned_income: Money,
        threshold: Money,
    },
    /// Reg 83(1)(a): the award includes the LCWRA element.
    LcwraElement,
    /// Reg 83: the award includes the carer element.
    CarerElement,
    /// Reg 83(1): someone gets PIP, DLA, ADP or CDP.
    DisabilityBenefit,
    /// Reg 83(1): someone is entitled to Carer's Allowance or Carer Support Payment.
    CarersAllowance,
    /// Reg 83(1): someone gets New Style ESA with the support component.
    EsaSupportComponent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BenefitCapCheck {
    /// The cap for this household, per month (reg 80A).
    pub cap: Money,
    /// Earned income at or above this lifts the cap (reg 82(1)(a)), per month.
    pub earnings_threshold: Money,
    /// The earned income the cap tests: actual earnings, not the minimum income
    /// floor (reg 82(4)).
    pub earned_income: Money,
    /// Why the cap does not apply, if it does not (the first reason found).
    pub exempt_because: Option<CapExemption>,
    /// Welfare benefits counted against the cap: UC before the cap and the other
    /// benefits the cap counts (Welfare Reform Act 2012 s.96(10)).
    pub welfare_benefits: Money,
    /// What the cap takes off UC (reg 81); nil when exempt or under the cap.
    pub reduction: Money,
    pub source: Source,
}

/// The UC calculation, step by step (Welfare Reform Act 2012 s.8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UniversalCreditCalculation {
    /// The elements that make up the maximum amount.
    pub elements: Vec<ElementLine>,
    pub maximum_amount: Money,
    /// The work allowance, if the household has one (reg 22(2)).
    pub work_allowance: Money,
    /// Earnings after tax, NI and pension contributions, both partners together.
    pub earned_income: Money,
    /// Amounts taken off the maximum amount: the earnings reduction, unearned income,
    /// tariff income from capital and any benefit cap reduction.
    pub deductions: Vec<DeductionLine>,
    pub award_before_benefit_cap: Money,
    pub benefit_cap: BenefitCapCheck,
    /// The monthly award. Never below nil.
    pub award: Money,
    pub not_entitled_because: Option<NotEntitled>,
    /// Each self-employed person's earnings as UC counts them (in `earned_income`).
    pub self_employment: Vec<SelfEmployedEarnings>,
    /// Each student's income as UC counts it, in a month of the course year.
    pub student_income: Vec<StudentIncome>,
}

impl UniversalCreditCalculation {
    /// What UC took off as unearned income (UC Regs 2013 reg 66), per month: the
    /// benefits and pension it counts.
    pub fn unearned_income(&self) -> Money {
        self.deductions
            .iter()
            .filter(|line| match line.kind {
                UcDeduction::UnearnedIncome { .. } => true,
                UcDeduction::EarningsReduction { .. }
                | UcDeduction::TariffIncomeFromCapital { .. }
                | UcDeduction::BenefitCapReduction { .. } => false,
            })
            .map(|line| line.per_month)
            .sum()
    }

    /// Earned income above the amount that takes the award to nil: the "surplus
    /// earnings" of UC Regs 2013 reg 54A(1) before its threshold is taken off. The
    /// nil point is the work allowance plus what is left of the maximum amount after
    /// unearned income and tariff income, divided by the taper. Nothing when there are
    /// no earnings or the award is above nil.
    pub fn earnings_above_nil(&self) -> Money {
        let taper = self.deductions.iter().find_map(|line| match line.kind {
            UcDeduction::EarningsReduction { taper, .. } => Some(taper),
            UcDeduction::UnearnedIncome { .. }
            | UcDeduction::TariffIncomeFromCapital { .. }
            | UcDeduction::BenefitCapReduction { .. } => None,
        });
        let Some(taper) = taper.filter(|_| self.award.is_zero()) else {
            return Money::ZERO;
        };
        let other: Money =
            self.deductions
                .iter()
                .filter(|line| match line.kind {
                    UcDeduction::UnearnedIncome { .. }
                    | UcDeduction::TariffIncomeFromCapital { .. } => true,
                    UcDeduction::EarningsReduction { .. }
                    | UcDeduction::BenefitCapReduction { .. } => false,
                })
                .map(|line| line.per_month)
                .sum();
        if taper.fraction().is_zero() {
            return Money::ZERO;
        }
        let left = (self.maximum_amount - other).at_least_zero();
        let nil_point =
            self.work_allowance + Money::from_decimal(left.decimal() / taper.fraction());
        (self.earned_income - nil_point)
            .at_least_zero()
            .round_down_to_penny()
    }

    /// The award has a health element (LCW or LCWRA) or the carer element.
    pub fn has_health_or_carer_element(&self) -> bool {
        self.elements.iter().any(|line| match line.kind {
            UcElement::LcwElement | UcElement::LcwraElement { .. } | UcElement::CarerElement => {
                true
            }
            UcElement::StandardAllowance { .. }
            | UcElement::ChildElement { .. }
            | UcElement::DisabledChildAddition { .. }
            | UcElement::HousingCostsElement { .. }
            | UcElement::OwnerServiceCharges { .. }
            | UcElement::ChildcareCostsElement { .. }
            | UcElement::TransitionalElement => false,
        })
    }

    /// The award has a child element (for at least one child).
    pub fn has_child_element(&self) -> bool {
        self.elements.iter().any(|line| match line.kind {
            UcElement::ChildElement { .. } => true,
            UcElement::StandardAllowance { .. }
            | UcElement::DisabledChildAddition { .. }
            | UcElement::LcwElement
            | UcElement::LcwraElement { .. }
            | UcElement::CarerElement
            | UcElement::HousingCostsElement { .. }
            | UcElement::OwnerServiceCharges { .. }
            | UcElement::ChildcareCostsElement { .. }
            | UcElement::TransitionalElement => false,
        })
    }

    /// The housing costs and childcare costs elements, per month (a Scottish CTR
    /// applicant's UC counts without them).
    pub fn housing_and_childcare_elements(&self) -> Money {
        self.elements
            .iter()
            .filter(|line| match line.kind {
                UcElement::HousingCostsElement { .. }
                | UcElement::OwnerServiceCharges { .. }
                | UcElement::ChildcareCostsElement { .. } => true,
                UcElement::StandardAllowance { .. }
                | UcElement::ChildElement { .. }
                | UcElement::DisabledChildAddition { .. }
                | UcElement::LcwElement
                | UcElement::LcwraElement { .. }
                | UcElement::CarerElement
                | UcElement::TransitionalElement => false,
            })
            .map(|line| line.per_month)
            .sum()
    }

    /// The rent counted for the housing costs element and what limited it, if the
    /// award has one.
    pub fn rent_limit(&self) -> Option<(Money, RentLimit)> {
        self.elements.iter().find_map(|line| match line.kind {
            UcElement::HousingCostsElement { rent, limit, .. } => Some((rent, limit)),
            UcElement::StandardAllowance { .. }
            | UcElement::ChildElement { .. }
            | UcElement::DisabledChildAddition { .. }
            | UcElement::LcwElement
            | UcElement::LcwraElement { .. }
            | UcElement::CarerElement
            | UcElement::OwnerServiceCharges { .. }
            | UcElement::ChildcareCostsElement { .. }
            | UcElement::TransitionalElement => None,
        })
    }
}
