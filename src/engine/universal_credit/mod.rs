//! Universal Credit for one assessment period (a month).
//!
//! Law: Welfare Reform Act 2012 s.8 (https://www.legislation.gov.uk/ukpga/2012/5/section/8):
//! the award is the maximum amount (the standard allowance and elements) less earned
//! income after the work allowance and taper, less unearned income; never below nil.
//! Then the benefit cap (UC Regs 2013 reg 81) and the capital limit (reg 18).
//! Not modelled: new-style ESA, Carer's Allowance and other unearned income (next
//! engine issue: they come in through `unearned_income`); sanctions and advances;
//! transitional protection from managed migration.

mod benefit_cap;
mod capital;
mod child_element;
mod childcare_costs;
mod earnings_taper;
mod health_and_carer_elements;
mod housing_costs;
mod standard_allowance;
mod work_allowance;

pub use benefit_cap::earnings_exemption_threshold;
pub use childcare_costs::meets_work_condition;
pub use housing_costs::eligible_rent;

use crate::household::{ChildcareCosts, Household};
use crate::money::Money;
use crate::outcome::{Line, LineId, NotEntitled, UniversalCreditCalculation, Who};
use crate::rules::Rules;
use crate::source::uc_regs_2013;

/// What UC needs from the rest of the engine for one situation.
pub struct UcInputs<'a> {
    pub household: &'a Household,
    /// UC earned income per month (reg 55), you and your partner together.
    pub earned_income: Money,
    pub you_in_paid_work: bool,
    pub partner_in_paid_work: bool,
    pub childcare_costs: Option<&'a ChildcareCosts>,
    /// Child Benefit per month, counted against the benefit cap.
    pub child_benefit: Money,
}

pub fn universal_credit(inputs: &UcInputs<'_>, rules: &Rules) -> UniversalCreditCalculation {
    let household = inputs.household;
    let uc = &rules.universal_credit;

    let mut elements = vec![standard_allowance::standard_allowance(household, uc)];
    elements.extend(child_element::child_elements(household, uc));
    elements.extend(health_and_carer_elements::health_and_carer_elements(
        household, uc,
    ));
    let housing = housing_costs::housing_costs_element(household, uc);
    let housing_amount = housing.as_ref().map_or(Money::ZERO, |line| line.per_month);
    elements.extend(housing);
    let childcare = inputs
        .childcare_costs
        .filter(|_| {
            meets_work_condition(
                household,
                inputs.you_in_paid_work,
                inputs.partner_in_paid_work,
            )
        })
        .map(|costs| childcare_costs::childcare_costs_element(costs, uc));
    let childcare_amount = childcare
        .as_ref()
        .map_or(Money::ZERO, |line| line.per_month);
    elements.extend(childcare);
    let maximum_amount: Money = elements.iter().map(|line| line.per_month).sum();

    let work_allowance = work_allowance::work_allowance(household, housing_amount, uc);
    let earned_income = inputs.earned_income.at_least_zero();
    let mut deductions = Vec::new();
    let reduction = earnings_taper::earnings_reduction(earned_income, work_allowance, uc);
    if earned_income.is_positive() {
        let label = if work_allowance.is_positive() {
            format!("Earnings reduction: 55% of earnings {earned_income} above the work allowance {work_allowance}")
        } else {
            format!("Earnings reduction: 55% of earnings {earned_income}")
        };
        deductions.push(Line::monthly(
            LineId::EarningsReduction,
            Who::Household,
            label,
            reduction,
            uc.earnings_taper.source,
        ));
    }
    let tariff_income = capital::tariff_income(household.savings, uc);
    if tariff_income.is_positive() {
        deductions.push(Line::monthly(
            LineId::TariffIncomeFromCapital,
            Who::Household,
            format!(
                "Assumed income from savings of {} (reg 72)",
                household.savings
            ),
            tariff_income,
            uc.tariff_income_per_step.source,
        ));
    }
    let total_deductions: Money = deductions.iter().map(|line| line.per_month).sum();
    let award_before_benefit_cap = (maximum_amount - total_deductions).at_least_zero();

    let included = |id: LineId| elements.iter().any(|line| line.id == id);
    let cap_inputs = benefit_cap::CapInputs {
        award_before_cap: award_before_benefit_cap,
        child_benefit: inputs.child_benefit,
        childcare_costs_element: childcare_amount,
        earned_income,
        lcwra_element_included: included(LineId::LcwraElement),
        carer_element_included: included(LineId::CarerElement),
    };
    let benefit_cap = benefit_cap::benefit_cap(
        household,
        &cap_inputs,
        &rules.benefit_cap,
        &rules.minimum_wage,
    );
    if benefit_cap.reduction.is_positive() {
        deductions.push(Line::monthly(
            LineId::BenefitCapReduction,
            Who::Household,
            format!(
                "Benefit cap: benefits over the limit of {} a month",
                benefit_cap.cap
            ),
            benefit_cap.reduction.min(award_before_benefit_cap),
            uc_regs_2013::REG_81,
        ));
    }
    let over_capital_limit = capital::is_over_upper_limit(household.savings, uc);
    let award = if over_capital_limit {
        Money::ZERO
    } else {
        (award_before_benefit_cap - benefit_cap.reduction).at_least_zero()
    };
    let not_entitled_because = if over_capital_limit {
        Some(NotEntitled::CapitalOverUpperLimit)
    } else if award.is_zero() && total_deductions.is_positive() {
        Some(NotEntitled::IncomeTooHigh)
    } else {
        None
    };
    UniversalCreditCalculation {
        elements,
        maximum_amount,
        work_allowance,
        earned_income,
        deductions,
        award_before_benefit_cap,
        benefit_cap,
        award,
        not_entitled_because,
    }
}
