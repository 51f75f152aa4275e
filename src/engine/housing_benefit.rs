//! Housing Benefit for supported and temporary accommodation: the rent of a home
//! that UC does not help with is met by Housing Benefit, alongside UC.
//!
//! Law: Housing Benefit Regulations 2006 (https://www.legislation.gov.uk/uksi/2006/213):
//! reg 70 (the maximum, the eligible rent for a week; reg 80 turns a month into a
//! week: × 12 / 52), reg 71 (65% of income over the applicable amount comes off),
//! reg 43 (no HB with capital over £16,000), reg 75 (none under 50p a week), Sch 3
//! (the applicable amount), Sch 4 (earnings disregards, with the additional £17.10 of
//! para 17), Sch 6 para 5 (a UC
//! claimant's capital is disregarded); UC (Transitional Provisions) Regs 2014
//! reg 5(2)(a) (UC does not stop HB for specified accommodation); UC Regs 2013 Sch 1
//! paras 3A, 3B (UC has no housing costs element for it). A household on UC gets the
//! maximum HB whatever its income (UC passports it); once UC stops, HB is
//! means-tested: the cliff edge of supported housing.
//! Not modelled: non-dependant deductions (reg 74); rent restrictions in exempt
//! accommodation; ineligible service charges; the earnings disregard for specified
//! and temporary accommodation from 5 October 2026 (SI 2026/753 and SI 2026/978: its
//! amounts could not be confirmed, so off UC the answer is partial); tariff income
//! from savings; half of pension contributions (reg 36(3)) rather than all, as UC
//! counts them; extended payments (reg 72: after income-related ESA, Income Support
//! or income-based JSA, not after UC).

use rust_decimal::Decimal;

use crate::household::Housing;
use crate::money::Money;
use crate::outcome::{
    HousingBenefitCheck, Income, IncomeLine, Line, UniversalCreditCalculation, Who,
};
use crate::period::Weekly;
use crate::rules::Rules;
use crate::source::housing_benefit as sources;

use super::benefits::Context;
use super::council_tax_reduction::{allowances_amount, earnings_disregard};

/// Housing Benefit in one situation, for supported or temporary accommodation: its
/// line (per month) and how it was worked out.
pub fn housing_benefit(
    context: &Context<'_>,
    uc: &UniversalCreditCalculation,
) -> Option<(Option<IncomeLine>, HousingBenefitCheck)> {
    let household = context.household;
    let rules: &Rules = context.rules;
    let Housing::SupportedOrTemporary(supported) = &household.housing else {
        return None;
    };
    let tenancy = &supported.tenancy;
    // Reg 80: the rent for a week.
    let eligible_rent = (tenancy.rent + tenancy.eligible_service_charges)
        .times_fraction(tenancy.frequency.periods_per_year(), 52)
        .round_to_nearest_penny();
    let hb = &rules.housing_benefit;
    let on_universal_credit = uc.award.is_positive();
    let (applicable_amount, income, weekly) = if on_universal_credit {
        (None, None, eligible_rent)
    } else {
        let allowances = &rules.council_tax.reduction.england_allowances;
        let applicable =
            allowances_amount(household, allowances, false, true).round_to_nearest_penny();
        let earnings = uc.earned_income.times_fraction(12, 52);
        let disregard = (earnings_disregard(household, Some(allowances), false, rules)
            + additional_disregard(context))
        .min(earnings);
        let unearned = uc.unearned_income();
        let income =
            (earnings - disregard + unearned.times_fraction(12, 52)).round_to_nearest_penny();
        let excess = (income - applicable).at_least_zero();
        let weekly = if household.savings > hb.capital_limit.value {
            Money::ZERO
        } else {
            (eligible_rent - excess.times(hb.taper.value.fraction()))
                .round_to_nearest_penny()
                .at_least_zero()
        };
        (Some(applicable), Some(income), weekly)
    };
    // Reg 75: nothing under the minimum.
    let weekly = if weekly < hb.minimum_weekly.value.0 {
        Money::ZERO
    } else {
        weekly
    };
    let check = HousingBenefitCheck {
        eligible_rent,
        on_universal_credit,
        applicable_amount,
        income,
        taper: hb.taper.value,
        weekly,
    };
    let line = weekly.is_positive().then(|| {
        Line::monthly(
            Income::HousingBenefit,
            Who::Household,
            Weekly(weekly).to_uc_monthly().0.round_to_nearest_penny(),
            if on_universal_credit {
                sources::WITH_UNIVERSAL_CREDIT
            } else {
                sources::TAPER
            },
        )
    });
    Some((line, check))
}

/// Sch 4 para 17: £17.10 more for someone 25 or over who works 30 hours a week, or 16
/// hours in a family with a child or with a disability premium.
fn additional_disregard(context: &Context<'_>) -> Money {
    let household = context.household;
    let disregards = &context.rules.council_tax.reduction.earnings_disregards;
    let hours = |who: Who| {
        match who {
            Who::You => context.work.you,
            Who::Partner => context.work.partner,
            Who::Household | Who::Child(_) => None,
        }
        .map_or(Decimal::ZERO, |job| job.hours_per_week)
    };
    let lower = household.has_children()
        || household.adults().any(|adult| {
            adult
                .disability_benefit
                .is_some_and(|benefit| benefit.pays_anything())
        });
    let qualifies = context.adults().any(|(who, adult)| {
        let needed = if lower {
            disregards.additional_hours_family_or_disabled.value
        } else {
            disregards.additional_hours.value
        };
        hours(who) >= Decimal::from(needed) && (lower || adult.age >= 25)
    });
    if qualifies {
        disregards.additional.value.0
    } else {
        Money::ZERO
    }
}
