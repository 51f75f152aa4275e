//! PIP, ADP, DLA and CDP: disability benefits that are not means-tested, so work and
//! earnings do not change them, and UC does not count them as income.
//!
//! Law: Welfare Reform Act 2012 Part 4 and PIP Regs 2013 reg 24 (rates:
//! https://www.legislation.gov.uk/uksi/2013/377/regulation/24); SSCBA 1992 ss.71-76
//! (DLA); Social Security (Scotland) Act 2018 (ADP, CDP); UC Regs 2013 reg 66 does
//! not list them as unearned income; UC Regs 2013 reg 83(1) exempts the household
//! from the benefit cap.
//! Not modelled: Attendance Allowance (for people over State Pension age); a review
//! of PIP prompted by a change in how the person manages, which work can lead to.

use crate::household::{DisabilityBenefit, DlaCare, DlaMobility, Household, PipRate};
use crate::money::Money;
use crate::outcome::{CapExemption, Income, Line, Who};
use crate::period::Weekly;
use crate::rules::{Cited, DisabilityBenefits};
use crate::source::Source;

use super::benefits::{Award, Context};

/// The weekly amount of one award and its source.
pub fn weekly_amount(benefit: DisabilityBenefit, rules: &DisabilityBenefits) -> (Money, Source) {
    let pick = |rate: Option<Cited<Weekly>>| rate.map_or(Money::ZERO, |cited| cited.value.0);
    match benefit {
        DisabilityBenefit::Pip {
            daily_living,
            mobility,
        } => (
            pick(pip_like(
                daily_living,
                rules.pip_daily_living_standard,
                rules.pip_daily_living_enhanced,
            )) + pick(pip_like(
                mobility,
                rules.pip_mobility_standard,
                rules.pip_mobility_enhanced,
            )),
            rules.pip_daily_living_standard.source,
        ),
        DisabilityBenefit::Adp {
            daily_living,
            mobility,
        } => (
            pick(pip_like(
                daily_living,
                rules.adp_daily_living_standard,
                rules.adp_daily_living_enhanced,
            )) + pick(pip_like(
                mobility,
                rules.adp_mobility_standard,
                rules.adp_mobility_enhanced,
            )),
            rules.adp_daily_living_standard.source,
        ),
        DisabilityBenefit::Dla { care, mobility } => (
            pick(dla_care(
                care,
                [
                    rules.dla_care_lowest,
                    rules.dla_care_middle,
                    rules.dla_care_highest,
                ],
            )) + pick(dla_mobility(
                mobility,
                [rules.dla_mobility_lower, rules.dla_mobility_higher],
            )),
            rules.dla_care_lowest.source,
        ),
        DisabilityBenefit::Cdp { care, mobility } => (
            pick(dla_care(
                care,
                [
                    rules.cdp_care_lowest,
                    rules.cdp_care_middle,
                    rules.cdp_care_highest,
                ],
            )) + pick(dla_mobility(
                mobility,
                [rules.cdp_mobility_lower, rules.cdp_mobility_higher],
            )),
            rules.cdp_care_lowest.source,
        ),
    }
}

fn pip_like(
    rate: PipRate,
    standard: Cited<Weekly>,
    enhanced: Cited<Weekly>,
) -> Option<Cited<Weekly>> {
    match rate {
        PipRate::None => None,
        PipRate::Standard => Some(standard),
        PipRate::Enhanced => Some(enhanced),
    }
}

fn dla_care(rate: DlaCare, [lowest, middle, highest]: [Cited<Weekly>; 3]) -> Option<Cited<Weekly>> {
    match rate {
        DlaCare::None => None,
        DlaCare::Lowest => Some(lowest),
        DlaCare::Middle => Some(middle),
        DlaCare::Highest => Some(highest),
    }
}

fn dla_mobility(rate: DlaMobility, [lower, higher]: [Cited<Weekly>; 2]) -> Option<Cited<Weekly>> {
    match rate {
        DlaMobility::None => None,
        DlaMobility::Lower => Some(lower),
        DlaMobility::Higher => Some(higher),
    }
}

/// One line for each person's disability benefit, per month (× 52 / 12, to the
/// penny). UC does not count them; they are not welfare benefits for the cap, but
/// they exempt the household from it.
pub fn award(context: &Context<'_>) -> Award {
    let household = context.household;
    let rules = &context.rules.disability_benefits;
    let adults = core::iter::once((Who::You, household.you.disability_benefit)).chain(
        household
            .partner
            .as_ref()
            .map(|partner| (Who::Partner, partner.disability_benefit)),
    );
    let children = household
        .children
        .iter()
        .enumerate()
        .map(|(index, child)| (Who::Child(index), child.disability_benefit));
    let lines = adults
        .chain(children)
        .filter_map(|(who, benefit)| benefit.map(|benefit| (who, benefit)))
        .filter_map(|(who, benefit)| {
            let (weekly, source) = weekly_amount(benefit, rules);
            if weekly.is_zero() {
                return None;
            }
            let income = match benefit {
                DisabilityBenefit::Pip { .. } => Income::PersonalIndependencePayment,
                DisabilityBenefit::Adp { .. } => Income::AdultDisabilityPayment,
                DisabilityBenefit::Dla { .. } => Income::DisabilityLivingAllowance,
                DisabilityBenefit::Cdp { .. } => Income::ChildDisabilityPayment,
            };
            let monthly = Weekly(weekly).to_uc_monthly().0.round_to_nearest_penny();
            Some(Line::monthly(income, who, monthly, source))
        })
        .collect();
    Award {
        lines,
        exempts_from_benefit_cap: exempts_from_benefit_cap(household)
            .then_some(CapExemption::DisabilityBenefit),
        ..Award::none()
    }
}

/// UC Regs 2013 reg 83(1)(f), (g), (ha), (hb): the claimant or partner gets DLA, PIP,
/// ADP or CDP; a child gets DLA or CDP; a qualifying young person (16 to 19) gets PIP
/// or ADP.
pub fn exempts_from_benefit_cap(household: &Household) -> bool {
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
                child.is_qualifying_young_person() && benefit.pays_anything()
            }
            None => false,
        });
    adult_gets || child_gets
}
