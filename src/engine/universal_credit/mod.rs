//! Universal Credit for one assessment period (a month).
//!
//! Law: Welfare Reform Act 2012 s.8 (https://www.legislation.gov.uk/ukpga/2012/5/section/8):
//! the award is the maximum amount (the standard allowance and elements) less earned
//! income after the work allowance and taper, less unearned income; never below nil.
//! Then the benefit cap (UC Regs 2013 reg 81) and the capital limit (reg 18).
//! Unearned income (reg 66) comes from the benefits worked out before UC: each one's
//! `Award::unearned_income` (engine/benefits.rs).
//! Not modelled: sanctions and advances; transitional protection from managed
//! migration.

mod bedrooms;
mod benefit_cap;
mod capital;
mod child_element;
mod childcare_costs;
mod earnings_taper;
mod health_and_carer_elements;
mod health_assessment;
mod housing_costs;
mod local_housing_allowance;
mod owner_service_charges;
mod spare_bedrooms;
mod standard_allowance;
mod work_allowance;

pub use childcare_costs::{charges_in_period, meets_work_condition};
pub use health_assessment::no_new_assessment;
pub use housing_costs::{counted_rent, eligible_rent};
pub use owner_service_charges::service_charges as owner_service_charges;

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{
    ElementLine, Income, Line, NotEntitled, UcDeduction, UcElement, UniversalCreditCalculation, Who,
};
use crate::rules::Rules;
use crate::source::work_and_study::STUDENT_INCOME;
use crate::source::{self, uc_regs_2013};

use super::benefits::{Award, Context};

/// The elements that depend on the household alone, not on anyone's work: the
/// standard allowance, the child elements, the health and carer elements (the
/// people), and the housing costs element. The same at every number of hours, so the
/// hours chart works them out once (`Context::household_elements`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdElements {
    pub people: Vec<ElementLine>,
    pub housing: Option<ElementLine>,
}

pub fn household_elements(household: &Household, rules: &Rules) -> HouseholdElements {
    let uc = &rules.universal_credit;
    let mut people = vec![standard_allowance::standard_allowance(household, uc)];
    people.extend(child_element::child_elements(household, rules.tax_year, uc));
    people.extend(health_and_carer_elements::health_and_carer_elements(
        household, uc,
    ));
    // UC (Transitional Provisions) Regs 2014 reg 55: the transitional element of a
    // managed move is in the maximum amount, so earnings and unearned income come
    // off after it (its amount now, as the statement shows it: work does not erode
    // it, only increases in the other elements do, each April).
    if household.transitional_element.is_positive() {
        people.push(ElementLine::monthly(
            UcElement::TransitionalElement,
            Who::Household,
            household.transitional_element,
            source::TRANSITIONAL_ELEMENT,
        ));
    }
    HouseholdElements {
        people,
        housing: housing_costs::housing_costs_element(household, rules),
    }
}

/// UC for one assessment period, given each adult's pay and the benefits worked out
/// before it (`benefits::BEFORE_UNIVERSAL_CREDIT`), which UC counts as unearned income
/// and the benefit cap counts and exempts as each one says.
pub fn universal_credit(context: &Context<'_>, benefits: &[Award]) -> UniversalCreditCalculation {
    let household = context.household;
    let rules = context.rules;
    let uc = &rules.universal_credit;
    let in_work = |who: Who| context.work.in_paid_work(context.pay, who);

    let worked_out;
    let household_elements = match context.household_elements {
        Some(given) => given,
        None => {
            worked_out = household_elements(household, rules);
            &worked_out
        }
    };
    let mut elements = household_elements.people.clone();
    let housing = household_elements.housing.clone();
    // Sch 5 para 4: "any earned income" in the period, whatever the amount.
    let anyone_earns = context.work.anyone_earns(context.pay);
    let owner = owner_service_charges::owner_service_charges_element(household, anyone_earns);
    let housing_amount: Money = housing
        .iter()
        .chain(&owner)
        .map(|line| line.per_month)
        .sum();
    elements.extend(housing);
    elements.extend(owner);
    let childcare = context
        .work
        .childcare_costs
        .filter(|_| meets_work_condition(household, in_work(Who::You), in_work(Who::Partner)))
        .map(|costs| childcare_costs::childcare_costs_element(costs, context.paydays, uc));
    let childcare_amount = childcare
        .as_ref()
        .map_or(Money::ZERO, |line| line.per_month);
    elements.extend(childcare);
    let maximum_amount: Money = elements.iter().map(|line| line.per_month).sum();

    let work_allowance = work_allowance::work_allowance(household, housing_amount, uc);
    // Reg 55: UC earned income per month, you and your partner together. Each
    // person's is at least nil: a pension near all of one person's pay (its gross
    // includes the relief the scheme adds) never lowers the other's earnings.
    let employed: Vec<(Who, Money)> = context
        .pay
        .iter()
        .map(|person| {
            (
                person.who,
                person.payslip.per_month.uc_earned_income().at_least_zero(),
            )
        })
        .collect();
    // Reg 57: self-employed earnings, with the minimum income floor (reg 62).
    let self_employment =
        super::self_employment::earnings(household, context.work.self_employment, &employed, rules);
    let employed_total: Money = employed.iter().map(|(_, amount)| *amount).sum();
    let earned_income: Money = employed_total
        + self_employment
            .iter()
            .map(|earnings| earnings.counted)
            .sum::<Money>();
    // Reg 82(4): the cap's earnings test counts actual earnings, not the floor.
    let earned_for_cap: Money = employed_total
        + self_employment
            .iter()
            .map(|earnings| earnings.after_tax.at_least_zero())
            .sum::<Money>();
    let mut deductions = Vec::new();
    let reduction = earnings_taper::earnings_reduction(earned_income, work_allowance, uc);
    if earned_income.is_positive() {
        deductions.push(Line::monthly(
            UcDeduction::EarningsReduction {
                earned_income,
                work_allowance,
                taper: uc.earnings_taper.value,
            },
            Who::Household,
            reduction,
            uc.earnings_taper.source,
        ));
    }
    // Reg 66: each benefit's unearned income, as its module says.
    deductions.extend(
        benefits
            .iter()
            .flat_map(|award| &award.unearned_income)
            .map(|income| {
                Line::monthly(
                    UcDeduction::UnearnedIncome {
                        income: income.income,
                    },
                    income.who,
                    income.per_month,
                    income.source,
                )
            }),
    );
    // Regs 68 to 71: student income, less the disregard.
    let student_income = super::study::student_income(household, context.work.study, rules);
    deductions.extend(
        student_income
            .iter()
            .filter(|income| income.counted.is_positive())
            .map(|income| {
                Line::monthly(
                    UcDeduction::UnearnedIncome {
                        income: Income::StudentLoan,
                    },
                    income.who,
                    income.counted,
                    STUDENT_INCOME,
                )
            }),
    );
    let tariff_income = capital::tariff_income(household.savings, uc);
    if tariff_income.is_positive() {
        deductions.push(Line::monthly(
            UcDeduction::TariffIncomeFromCapital {
                savings: household.savings,
            },
            Who::Household,
            tariff_income,
            uc.tariff_income_per_step.source,
        ));
    }
    let total_deductions: Money = deductions.iter().map(|line| line.per_month).sum();
    let award_before_benefit_cap = (maximum_amount - total_deductions).at_least_zero();

    // Reg 83(1)(a) and the carer element: the award includes one of these elements.
    let (mut lcwra_element_included, mut carer_element_included) = (false, false);
    for line in &elements {
        match line.kind {
            UcElement::LcwraElement { .. } => lcwra_element_included = true,
            UcElement::CarerElement => carer_element_included = true,
            UcElement::StandardAllowance { .. }
            | UcElement::ChildElement { .. }
            | UcElement::DisabledChildAddition { .. }
            | UcElement::LcwElement
            | UcElement::HousingCostsElement { .. }
            | UcElement::OwnerServiceCharges { .. }
            | UcElement::ChildcareCostsElement { .. }
            | UcElement::TransitionalElement => {}
        }
    }
    let cap_inputs = benefit_cap::CapInputs {
        award_before_cap: award_before_benefit_cap,
        childcare_costs_element: childcare_amount,
        earned_income: earned_for_cap,
        lcwra_element_included,
        carer_element_included,
        other_benefits: benefits,
    };
    let benefit_cap = benefit_cap::benefit_cap(
        household,
        &cap_inputs,
        &rules.benefit_cap,
        &rules.minimum_wage,
    );
    if benefit_cap.reduction.is_positive() {
        deductions.push(Line::monthly(
            UcDeduction::BenefitCapReduction {
                cap: benefit_cap.cap,
            },
            Who::Household,
            benefit_cap.reduction.min(award_before_benefit_cap),
            uc_regs_2013::REG_81,
        ));
    }
    let over_capital_limit = capital::is_over_upper_limit(household.savings, uc);
    let student = super::study::shuts_out_of_universal_credit(household, context.work.study);
    let award = if over_capital_limit || student {
        Money::ZERO
    } else {
        (award_before_benefit_cap - benefit_cap.reduction).at_least_zero()
    };
    let not_entitled_because = if over_capital_limit {
        Some(NotEntitled::CapitalOverUpperLimit)
    } else if student {
        Some(NotEntitled::FullTimeStudent)
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
        self_employment,
        student_income,
    }
}
