//! The benefit cap: a limit on the total of certain benefits for people of working
//! age who earn less than 16 hours a week at the National Living Wage.
//!
//! Law: UC Regs 2013 regs 79-83 (https://www.legislation.gov.uk/uksi/2013/376/regulation/80A):
//! reg 80A (the yearly limits divided by 12), reg 80(5) (weekly benefits × 52 / 12),
//! reg 81 (the reduction is the excess "minus any amount included in the award for
//! the childcare costs element"), reg 82(1)(a) (no cap where earned income, combined
//! for a couple, "is equal to or exceeds" 16 hours at the National Living Wage × 52 / 12,
//! rounded down to the pound by reg 6(1A)(za)), reg 83 (exemptions for benefits).
//! Welfare benefits counted: UC before the cap and Child Benefit (Welfare Reform Act
//! 2012 s.96(10)); New Style ESA, Carer's Allowance and others come with their rules.
//! UNCLEAR: the carer element exemption is in the Northern Ireland reg 83(1)(b) and
//! secondary GB sources; the GB paragraph after reg 83(1)(h) was not read.
//! Not modelled: the 9-month grace period after work ends (reg 82(2)); Attendance
//! Allowance, war pensions, industrial injuries benefit; Northern Ireland's welfare
//! supplementary payments that make up capped amounts.

use crate::household::{DisabilityBenefit, Household};
use crate::money::Money;
use crate::outcome::BenefitCapCheck;
use crate::rules::{BenefitCap, MinimumWage};
use crate::source::uc_regs_2013;

/// What the cap check needs to know about the award.
pub struct CapInputs {
    pub award_before_cap: Money,
    pub child_benefit: Money,
    pub childcare_costs_element: Money,
    pub earned_income: Money,
    pub lcwra_element_included: bool,
    pub carer_element_included: bool,
}

/// Reg 82(1)(a) and reg 6(1A)(za): £12.71 × 16 × 52 / 12 = £881.23, so £881.
pub fn earnings_exemption_threshold(rules: &BenefitCap, wage: &MinimumWage) -> Money {
    wage.national_living_wage
        .value
        .times_fraction(rules.earnings_exemption_hours.value * 52, 12)
        .round_down_to_pound()
}

/// Reg 80A: the monthly cap for this household, to the penny (reg 6).
pub fn monthly_cap(household: &Household, rules: &BenefitCap) -> Money {
    let couple_or_children = household.is_couple() || household.has_children();
    let yearly = match (household.in_greater_london, couple_or_children) {
        (true, true) => rules.greater_london_couple_or_with_children,
        (true, false) => rules.greater_london_single,
        (false, true) => rules.elsewhere_couple_or_with_children,
        (false, false) => rules.elsewhere_single,
    };
    yearly.value.to_monthly().0.round_to_nearest_penny()
}

/// Reg 83(1)(f), (g), (ha), (hb): the claimant or partner gets DLA, PIP, ADP or CDP;
/// a child gets DLA or CDP; a qualifying young person (16 to 19) gets PIP or ADP.
fn disability_benefit_exemption(household: &Household) -> bool {
    let adult_gets = household
        .adults()
        .filter_map(|adult| adult.disability_benefit)
        .any(DisabilityBenefit::pays_anything);
    let child_gets = household
        .children
        .iter()
        .any(|child| match child.disability_benefit {
            Some(benefit @ (DisabilityBenefit::Dla { .. } | DisabilityBenefit::Cdp { .. })) => {
                benefit.pays_anything()
            }
            Some(benefit @ (DisabilityBenefit::Pip { .. } | DisabilityBenefit::Adp { .. })) => {
                child.age >= 16 && benefit.pays_anything()
            }
            None => false,
        });
    adult_gets || child_gets
}

pub fn benefit_cap(
    household: &Household,
    inputs: &CapInputs,
    rules: &BenefitCap,
    wage: &MinimumWage,
) -> BenefitCapCheck {
    let cap = monthly_cap(household, rules);
    let welfare_benefits = inputs.award_before_cap + inputs.child_benefit;
    let threshold = earnings_exemption_threshold(rules, wage);
    let exempt_because = if inputs.earned_income >= threshold {
        Some(format!(
            "earnings after tax, National Insurance and pension are {} a month, at least {threshold} (reg 82(1)(a))",
            inputs.earned_income
        ))
    } else if inputs.lcwra_element_included {
        Some("the award includes the LCWRA element (reg 83(1)(a))".to_owned())
    } else if inputs.carer_element_included {
        Some("the award includes the carer element (reg 83)".to_owned())
    } else if disability_benefit_exemption(household) {
        Some("someone in the household gets PIP, DLA, ADP or CDP (reg 83(1))".to_owned())
    } else {
        None
    };
    let reduction = if exempt_because.is_some() {
        Money::ZERO
    } else {
        // Reg 81: the excess, less the childcare costs element; nil if that is larger.
        let excess = (welfare_benefits - cap).at_least_zero();
        (excess - inputs.childcare_costs_element).at_least_zero()
    };
    BenefitCapCheck {
        cap,
        exempt_because,
        welfare_benefits,
        reduction,
        source: uc_regs_2013::REG_81,
    }
}
