//! The benefit cap: a limit on the total of certain benefits for people of working
//! age who earn less than 16 hours a week at the National Living Wage.
//!
//! Law: UC Regs 2013 regs 79-83 (https://www.legislation.gov.uk/uksi/2013/376/regulation/80A):
//! reg 80A (the yearly limits divided by 12), reg 80(5) (weekly benefits × 52 / 12),
//! reg 81 (the reduction is the excess "minus any amount included in the award for
//! the childcare costs element"), reg 82(1)(a) (no cap where earned income, combined
//! for a couple, "is equal to or exceeds" 16 hours at the National Living Wage × 52 / 12,
//! rounded down to the pound by reg 6(1A)(za)), reg 83 (exemptions for benefits).
//! Welfare benefits counted: UC before the cap and each benefit's own share (Welfare
//! Reform Act 2012 s.96(10)): each benefit module says what the cap counts of it and
//! whether it exempts the household (`engine::benefits::Award`).
//! UNCLEAR: the carer element exemption is in the Northern Ireland reg 83(1)(b) and
//! secondary GB sources; the GB paragraph after reg 83(1)(h) was not read.
//! Not modelled: the 9-month grace period after work ends (reg 82(2)); Attendance
//! Allowance, war pensions, industrial injuries benefit; Northern Ireland's welfare
//! supplementary payments that make up capped amounts.

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{BenefitCapCheck, CapExemption};
use crate::rules::{BenefitCap, MinimumWage};
use crate::source::uc_regs_2013;

use crate::engine::benefits::Award;

/// What the cap check needs to know about the award and the other benefits.
pub struct CapInputs<'a> {
    pub award_before_cap: Money,
    pub childcare_costs_element: Money,
    pub earned_income: Money,
    pub lcwra_element_included: bool,
    pub carer_element_included: bool,
    /// The benefits worked out before UC: what the cap counts of each, and any
    /// exemption each gives.
    pub other_benefits: &'a [Award],
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

pub fn benefit_cap(
    household: &Household,
    inputs: &CapInputs<'_>,
    rules: &BenefitCap,
    wage: &MinimumWage,
) -> BenefitCapCheck {
    let cap = monthly_cap(household, rules);
    let welfare_benefits = inputs.award_before_cap
        + inputs
            .other_benefits
            .iter()
            .map(|award| award.counted_by_benefit_cap)
            .sum::<Money>();
    let earnings_threshold = earnings_exemption_threshold(rules, wage);
    let exempt_because = if inputs.earned_income >= earnings_threshold {
        Some(CapExemption::Earnings {
            earned_income: inputs.earned_income,
            threshold: earnings_threshold,
        })
    } else if inputs.lcwra_element_included {
        Some(CapExemption::LcwraElement)
    } else if inputs.carer_element_included {
        Some(CapExemption::CarerElement)
    } else {
        inputs
            .other_benefits
            .iter()
            .find_map(|award| award.exempts_from_benefit_cap)
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
        earnings_threshold,
        earned_income: inputs.earned_income,
        exempt_because,
        welfare_benefits,
        reduction,
        source: uc_regs_2013::REG_81,
    }
}
