//! The High Income Child Benefit Charge: income tax that takes back some or all of
//! the year's Child Benefit from the partner with the higher adjusted net income.
//!
//! Law: Income Tax (Earnings and Pensions) Act 2003 ss.681B and 681C
//! (https://www.legislation.gov.uk/ukpga/2003/1/section/681C), the sums as substituted
//! by Finance (No. 2) Act 2024 s.5 (https://www.legislation.gov.uk/ukpga/2024/12/section/5).
//! A person whose adjusted net income (ITA 2007 s.58) "exceeds £60,000" is liable
//! (s.681B(1)(a)); the charge is "the appropriate percentage" of the year's Child
//! Benefit: 100%, or if less (ANI − L) / X % with L £60,000 and X £200 (s.681C(2)).
//! The percentage, the year's Child Benefit and the charge are each "rounded down to
//! the nearest whole number" (s.681C(3)).
//! The charge is its own negative income line, a twelfth of the year's charge each
//! month to the nearest penny (as `Yearly::to_monthly`). It does not change UC: here it
//! is paid through Self Assessment, not taken from pay under PAYE, so it is not income
//! tax deducted from earnings under UC Regs 2013 reg 55(5)(b); and the benefit cap
//! counts Child Benefit before the charge (Welfare Reform Act 2012 s.96(10)).
//! Not modelled: collecting the charge through a PAYE tax code (SI 2013/521 reg 14B);
//! partners for only part of the year; weeks without Child Benefit; income other than
//! pay, a pension being paid and the taxable benefits (Carer's Allowance, New Style
//! ESA and JSA) in adjusted net income, such as savings interest or gift aid.

use rust_decimal::prelude::ToPrimitive;

use crate::money::Money;
use crate::outcome::{ChildBenefitCharge, Income, Line, PersonPay, Who};
use crate::period::{Weekly, Yearly};
use crate::rules::HighIncomeChildBenefitCharge;
use crate::source::ITEPA_2003_S681C;

use super::benefits::{Award, Context};
use super::child_benefit::weekly_child_benefit;

/// The whole of the year's Child Benefit at and above this percentage (s.681C(2)(a)).
const ALL_OF_IT: u32 = 100;

/// A person's adjusted net income for the year (ITA 2007 s.58): pay less pension
/// contributions, grossed up for relief at source (nil without pay), plus any other
/// taxable income for the year (a pension being paid, Carer's Allowance, New Style ESA
/// and JSA).
pub fn adjusted_net_income(pay: Option<&PersonPay>, other_taxable_income: Yearly) -> Yearly {
    let from_pay = pay.map_or(Money::ZERO, |person| {
        person.payslip.adjusted_net_income_from_pay.0
    });
    Yearly(from_pay + other_taxable_income.0)
}

/// The appropriate percentage (s.681C(2)): 100, or if less the whole number of steps of
/// `income_per_percent` by which adjusted net income exceeds the threshold, rounded
/// down (s.681C(3)(b)). Nil at or under the threshold.
pub fn appropriate_percentage(
    adjusted_net_income: Yearly,
    rules: &HighIncomeChildBenefitCharge,
) -> u32 {
    let over = adjusted_net_income.0 - rules.threshold.value.0;
    if !over.is_positive() {
        return 0;
    }
    let step = rules.income_per_percent.value;
    if !step.is_positive() {
        // No step at all: the formula has no finite answer, so the lesser is 100%.
        return ALL_OF_IT;
    }
    (over.decimal() / step.decimal())
        .floor()
        .to_u32()
        .map_or(ALL_OF_IT, |percent| percent.min(ALL_OF_IT))
}

/// The charge on `who`, with this adjusted net income and this much Child Benefit for
/// the year; `None` when they are not liable (s.681B(1)(a): adjusted net income not
/// over the threshold, or no Child Benefit).
pub fn charge(
    who: Who,
    adjusted_net_income: Yearly,
    child_benefit_for_year: Yearly,
    rules: &HighIncomeChildBenefitCharge,
) -> Option<ChildBenefitCharge> {
    if adjusted_net_income.0 <= rules.threshold.value.0 || !child_benefit_for_year.0.is_positive() {
        return None;
    }
    let percent = appropriate_percentage(adjusted_net_income, rules);
    // s.681C(3)(a): the Child Benefit total, and then the charge, are rounded down to
    // whole pounds.
    let child_benefit = child_benefit_for_year.0.round_down_to_pound();
    let charge_for_year = child_benefit
        .times_fraction(percent, ALL_OF_IT)
        .round_down_to_pound();
    Some(ChildBenefitCharge {
        who,
        adjusted_net_income: adjusted_net_income.0,
        child_benefit_for_year: child_benefit,
        percent,
        charge_for_year,
    })
}

/// The year's Child Benefit: the weekly amount × 52.
/// UNCLEAR: the charge is on Child Benefit "for a week in the tax year" (s.681B(3)).
/// Tax year 2026/27 runs from Monday 6 April 2026 to Monday 5 April 2027, so it may
/// hold 53 weeks of Child Benefit; we take 52, as the rates reference does.
pub fn child_benefit_for_year(weekly: Money) -> Yearly {
    Yearly(Weekly(weekly).0.times_fraction(52, 1))
}

/// The household's charge in this situation, if anyone is liable. It falls on the
/// partner whose adjusted net income is higher (s.681B(3)(b), (4)(c)). INFERRED: on a
/// tie it falls on whoever is entitled to Child Benefit (condition A); the household
/// does not say who that is, so we take "you".
pub fn for_household(context: &Context<'_>) -> Option<ChildBenefitCharge> {
    let weekly = weekly_child_benefit(context.household, &context.rules.child_benefit);
    if weekly.is_zero() {
        return None;
    }
    // Other taxable income: a pension being paid and the taxable benefits.
    let income_of = |who: Who| {
        let pension = context
            .adults()
            .find(|(adult_who, _)| *adult_who == who)
            .and_then(|(_, adult)| adult.pension)
            .map_or(Money::ZERO, super::pension_income::yearly);
        let benefits: Money = context
            .taxable_benefits
            .iter()
            .filter(|(taxed, _)| *taxed == who)
            .map(|(_, amount)| *amount)
            .sum();
        adjusted_net_income(context.pay_of(who), Yearly(pension + benefits))
    };
    let mut payer = (Who::You, income_of(Who::You));
    if context.household.partner.is_some() {
        let partner = income_of(Who::Partner);
        if partner > payer.1 {
            payer = (Who::Partner, partner);
        }
    }
    charge(
        payer.0,
        payer.1,
        child_benefit_for_year(weekly),
        &context.rules.high_income_child_benefit_charge,
    )
}

/// The charge as a negative line each month, if there is one: the year's charge / 12,
/// to the nearest penny. UC and the benefit cap do not see it (see the header).
pub fn line(charge: ChildBenefitCharge) -> Award {
    if !charge.charge_for_year.is_positive() {
        return Award::none();
    }
    let monthly = Yearly(charge.charge_for_year)
        .to_monthly()
        .0
        .round_to_nearest_penny();
    Award {
        lines: vec![Line::monthly(
            Income::HighIncomeChildBenefitCharge,
            charge.who,
            -monthly,
            ITEPA_2003_S681C,
        )],
        ..Award::none()
    }
}
