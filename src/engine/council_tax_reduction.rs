//! Council Tax Reduction: help with the council tax bill, worked out for a week on
//! the council's scheme and shown as a month.
//!
//! Law: Scotland, the Council Tax Reduction (Scotland) Regulations 2021
//! (https://www.legislation.gov.uk/ssi/2021/249: reg 13, the applicable amount in Sch 1, a UC award counted as income by
//! reg 57); Wales, the prescribed scheme (WSI 2013/3029 Sch 6: on UC the applicable
//! amount is the UC maximum amount × 12 / 52); England, each council's own scheme
//! (Local Government Finance Act 1992 s.13A, Sch 1A): three councils' 2026/27 schemes
//! and, for any other council, the default scheme (SI 2012/2886) as a typical scheme,
//! marked as an estimate. Figures and their sources: `rules/y2026_27.rs`.
//!
//! A tapered scheme gives the most CTR (a share of the week's bill after discounts)
//! less its taper on the income above the applicable amount. Income, per week: the UC
//! award, earnings after tax, National Insurance and pension (as UC counts them) less
//! the earnings disregard, and the other income UC counts (× 12 / 52). A banded
//! scheme gives a share of the bill by weekly earnings.
//! Not modelled (the result says so where it matters): deductions for other adults
//! (non-dependants); the severe and enhanced disability premiums; the additional
//! earnings disregard for 30 hours' work; tariff income from savings for someone not
//! on UC; second adult rebate; minimum awards; the Welsh allowances off UC (not
//! found for 2026/27: not worked out).

use crate::household::{CouncilTax, CouncilTaxBand};
use crate::household::{Country, Household};
use crate::money::{Money, Rate};
use crate::outcome::{
    CtrCheck, CtrEstimate, CtrNotWorkedOut, CtrScheme, Income, IncomeLine, Line,
    UniversalCreditCalculation, Who,
};
use crate::period::Weekly;
use crate::rules::{
    AllowanceSet, Allowances, BandedScheme, Rules, TaperedScheme, UcApplicableAmount,
};
use crate::source::{council_tax as sources, Source};

use super::council_tax;

/// CTR in one situation: its line (per month) and how it was worked out; `None` for
/// a household that pays no council tax.
pub fn council_tax_reduction(
    household: &Household,
    uc: &UniversalCreditCalculation,
    rules: &Rules,
) -> Option<(Option<IncomeLine>, Result<CtrCheck, CtrNotWorkedOut>)> {
    let bill = council_tax::bill(household, rules)?;
    let Some(scheme) = scheme_for(bill.council, bill.country, rules) else {
        return Some((None, Err(CtrNotWorkedOut::CouncilNotKnown)));
    };
    // A week of the year's bill (the bill is for 365 days in 2026/27).
    let weekly_bill = bill.yearly.times_fraction(7, 365).round_to_nearest_penny();
    let ctr = &rules.council_tax.reduction;
    let check = match scheme {
        CtrScheme::Scotland => tapered(household, uc, scheme, &ctr.scotland, weekly_bill, rules),
        CtrScheme::Wales => tapered(household, uc, scheme, &ctr.wales, weekly_bill, rules),
        CtrScheme::EnglandTypical => tapered(
            household,
            uc,
            scheme,
            &ctr.england_default,
            weekly_bill,
            rules,
        ),
        CtrScheme::KingstonUponThames => tapered(
            household,
            uc,
            scheme,
            &ctr.kingston_upon_thames,
            weekly_bill,
            rules,
        ),
        CtrScheme::Newham => tapered(household, uc, scheme, &ctr.newham, weekly_bill, rules),
        CtrScheme::Slough => Ok(banded(household, uc, &ctr.slough, weekly_bill, rules)),
    };
    let line = check
        .as_ref()
        .ok()
        .filter(|check| check.weekly.is_positive())
        .map(|check| {
            Line::monthly(
                Income::CouncilTaxReduction,
                Who::Household,
                Weekly(check.weekly)
                    .to_uc_monthly()
                    .0
                    .round_to_nearest_penny(),
                source(scheme),
            )
        });
    Some((line, check))
}

/// The scheme of a council: Scotland's and Wales's are national; in England, a
/// council whose scheme is here, or the typical scheme.
pub fn scheme_for(council: &str, country: Country, rules: &Rules) -> Option<CtrScheme> {
    let ctr = &rules.council_tax.reduction;
    match country {
        Country::Scotland => Some(CtrScheme::Scotland),
        Country::Wales => Some(CtrScheme::Wales),
        Country::England if council == ctr.kingston_upon_thames_council => {
            Some(CtrScheme::KingstonUponThames)
        }
        Country::England if council == ctr.newham_council => Some(CtrScheme::Newham),
        Country::England if council == ctr.slough_council => Some(CtrScheme::Slough),
        Country::England => Some(CtrScheme::EnglandTypical),
        Country::NorthernIreland => None,
    }
}

pub fn source(scheme: CtrScheme) -> Source {
    match scheme {
        CtrScheme::Scotland => sources::REDUCTION_SCOTLAND,
        CtrScheme::Wales => sources::REDUCTION_WALES,
        CtrScheme::EnglandTypical => sources::REDUCTION_ENGLAND_DEFAULT,
        CtrScheme::KingstonUponThames => sources::REDUCTION_KINGSTON,
        CtrScheme::Newham => sources::REDUCTION_NEWHAM,
        CtrScheme::Slough => sources::REDUCTION_SLOUGH,
    }
}

/// Monthly to weekly: × 12 / 52 (the schemes' rule for UC's monthly figures).
fn weekly_of(monthly: Money) -> Money {
    monthly.times_fraction(12, 52)
}

fn tapered(
    household: &Household,
    uc: &UniversalCreditCalculation,
    scheme: CtrScheme,
    rules_of: &TaperedScheme,
    weekly_bill: Money,
    rules: &Rules,
) -> Result<CtrCheck, CtrNotWorkedOut> {
    let ctr = &rules.council_tax.reduction;
    let on_universal_credit = uc.award.is_positive();
    let maximum = weekly_bill
        .times(rules_of.maximum.value.fraction())
        .round_to_nearest_penny();
    let allowances = match rules_of.allowances {
        AllowanceSet::Scotland => Some(&ctr.scotland_allowances),
        AllowanceSet::England => Some(&ctr.england_allowances),
        AllowanceSet::NotFound => None,
    };
    // UNCLEAR: in Scotland a UC award with a health or carer element counts as income,
    // and the scheme's matching amounts (its ESA components and carer premium for a
    // UC applicant, reg 57 and Sch 1) were not read: not worked out, rather than a
    // figure that counts the element as income with nothing against it.
    if on_universal_credit
        && rules_of.uc_applicable_amount == UcApplicableAmount::OwnAllowances
        && uc.has_health_or_carer_element()
    {
        return Err(CtrNotWorkedOut::ScotlandUcElements);
    }
    let mut estimate = Vec::new();
    let applicable_amount = match (on_universal_credit, rules_of.uc_applicable_amount) {
        (true, UcApplicableAmount::UcMaximumAmount) => weekly_of(uc.maximum_amount),
        (true, UcApplicableAmount::OwnAllowances) | (false, _) => {
            let allowances = allowances.ok_or(CtrNotWorkedOut::WalesAllowances)?;
            if allowances.child_is_last_years && household.has_children() {
                estimate.push(CtrEstimate::ChildAmountLastYear);
            }
            if household
                .adults()
                .any(|adult| adult.disability_benefit.is_some())
            {
                estimate.push(CtrEstimate::SomePremiums);
            }
            allowances_amount(
                household,
                allowances,
                scheme == CtrScheme::Scotland
                    && on_universal_credit
                    && household.you.uc_health.has_lcw(),
                // Sch 1 para 3 [O]: the disabled child premium only without UC.
                !on_universal_credit,
            )
        }
    };
    let earnings = weekly_of(uc.earned_income);
    let disregard = earnings_disregard(household, allowances, scheme == CtrScheme::Scotland, rules)
        .min(earnings);
    // The UC award counted as income. Against the scheme's own allowances (Scotland),
    // less its housing costs and childcare costs elements, which the allowances do not
    // include (SSI 2012/303 reg 26(2)(a), carried into SSI 2021/249 reg 57 [I]);
    // against UC's maximum amount, the whole award.
    let uc_counted = match (on_universal_credit, rules_of.uc_applicable_amount) {
        (false, _) => Money::ZERO,
        (true, UcApplicableAmount::UcMaximumAmount) => uc.award,
        (true, UcApplicableAmount::OwnAllowances) => {
            (uc.award - uc.housing_and_childcare_elements()).at_least_zero()
        }
    };
    let income = (weekly_of(uc_counted) + earnings - disregard + weekly_of(uc.unearned_income()))
        .round_to_nearest_penny();
    let excess = (income - applicable_amount).at_least_zero();
    let weekly = if household.savings > rules_of.capital_limit.value {
        Money::ZERO
    } else {
        (maximum - excess.times(rules_of.taper.value.fraction()))
            .round_to_nearest_penny()
            .at_least_zero()
    };
    match scheme {
        CtrScheme::EnglandTypical => estimate.insert(0, CtrEstimate::TypicalScheme),
        // UNCLEAR: PolicyEngine's reading of the schemes (see the rules).
        CtrScheme::KingstonUponThames | CtrScheme::Newham => {
            estimate.insert(0, CtrEstimate::SchemeFiguresUnconfirmed);
        }
        CtrScheme::Scotland | CtrScheme::Wales | CtrScheme::Slough => {}
    }
    // Off UC, tariff income from savings over the lower capital limit is not counted.
    if !on_universal_credit && household.savings > rules.universal_credit.capital_lower_limit.value
    {
        estimate.push(CtrEstimate::Savings);
    }
    if pays_contributions(household, rules) {
        estimate.push(CtrEstimate::NonDependantDeductions);
    }
    Ok(CtrCheck {
        scheme,
        weekly_bill,
        maximum,
        applicable_amount: Some(applicable_amount.round_to_nearest_penny()),
        income,
        weekly,
        rate: rules_of.taper.value,
        on_universal_credit,
        estimate,
    })
}

/// Personal allowance, children, and the disabled child, disability and carer
/// premiums (HB Regs 2006 Sch 3; SSI 2021/249 Sch 1); also Housing Benefit's
/// applicable amount. `single_at_any_age`: in Scotland a single person on UC with
/// limited capability for work has the 25-or-over rate at any age (Sch 1 para 1).
pub fn allowances_amount(
    household: &Household,
    allowances: &Allowances,
    single_at_any_age: bool,
    disabled_child_premium: bool,
) -> Money {
    let you = &household.you;
    let personal = if household.is_couple() {
        allowances.couple.value.0
    } else if you.age >= 25 || household.has_children() || single_at_any_age {
        allowances.single_25_or_over.value.0
    } else {
        allowances.single_under_25.value.0
    };
    let children = u32::try_from(household.children.len()).unwrap_or(u32::MAX);
    let disabled_children = u32::try_from(
        household
            .children
            .iter()
            .filter(|child| disabled_child_premium && child.disability_benefit.is_some())
            .count(),
    )
    .unwrap_or(u32::MAX);
    let disability = if household.adults().any(|adult| {
        adult
            .disability_benefit
            .is_some_and(|benefit| benefit.pays_anything())
    }) {
        if household.is_couple() {
            allowances.disability_premium_couple.value.0
        } else {
            allowances.disability_premium_single.value.0
        }
    } else {
        Money::ZERO
    };
    let carers = u32::try_from(
        household
            .adults()
            .filter(|adult| adult.carers_allowance.is_some())
            .count(),
    )
    .unwrap_or(u32::MAX);
    personal
        + allowances.child.value.0.times_fraction(children, 1)
        + allowances
            .disabled_child_premium
            .value
            .0
            .times_fraction(disabled_children, 1)
        + disability
        + allowances.carer_premium.value.0.times_fraction(carers, 1)
}

/// HB Regs 2006 Sch 4 (and the schemes' copies): £25 for a lone parent; £20 with a
/// disability or carer premium, or in Scotland (SSI 2021/249 Sch 3 para 4 [O],
/// `uc_elements`) limited capability for work or caring in UC; otherwise £10 for a
/// couple, £5 for a single person.
pub fn earnings_disregard(
    household: &Household,
    allowances: Option<&Allowances>,
    uc_elements: bool,
    rules: &Rules,
) -> Money {
    let disregards = &rules.council_tax.reduction.earnings_disregards;
    let premium = allowances.is_some()
        && household.adults().any(|adult| {
            adult.carers_allowance.is_some()
                || (uc_elements && (adult.cares_35_hours_a_week || adult.uc_health.has_lcw()))
                || adult
                    .disability_benefit
                    .is_some_and(|benefit| benefit.pays_anything())
        });
    if !household.is_couple() && household.has_children() {
        disregards.lone_parent.value.0
    } else if premium {
        disregards.disabled_or_carer.value.0
    } else if household.is_couple() {
        disregards.couple.value.0
    } else {
        disregards.single.value.0
    }
}

/// Another adult 18 or over who lives there would usually have a CTR deduction, which
/// is not worked out.
fn pays_contributions(household: &Household, rules: &Rules) -> bool {
    let age = rules.council_tax.adult_from_age.value;
    household
        .non_dependants
        .iter()
        .any(|other| other.age >= age && other.exempt_because.is_none())
}

/// Slough: a share of the week's bill (never more than Band C's) by weekly earnings
/// after tax, National Insurance and half of pension contributions, as UC counts them.
fn banded(
    household: &Household,
    uc: &UniversalCreditCalculation,
    rules_of: &BandedScheme,
    weekly_bill: Money,
    rules: &Rules,
) -> CtrCheck {
    let earnings = weekly_of(uc.earned_income).round_to_nearest_penny();
    let share = if earnings.is_zero() {
        rules_of.no_earnings.value
    } else {
        rules_of
            .bands
            .value
            .iter()
            .find(|(upper, _)| earnings <= Money::gbp(0, *upper))
            .map_or(Rate::ZERO, |(_, percent)| Rate::percent(*percent))
    };
    let capped_bill = household
        .council_tax
        .as_ref()
        .filter(|council_tax| council_tax.band.index() > usize::from(rules_of.band_cap.value))
        .and_then(|council_tax| {
            let mut at_cap = household.clone();
            let cap_band = CouncilTaxBand::ALL
                .get(usize::from(rules_of.band_cap.value))
                .copied()?;
            at_cap.council_tax = Some(CouncilTax {
                council: council_tax.council.clone(),
                band: cap_band,
            });
            council_tax::bill(&at_cap, rules)
        })
        .map_or(weekly_bill, |bill| {
            bill.yearly.times_fraction(7, 365).round_to_nearest_penny()
        });
    let maximum = capped_bill.min(weekly_bill);
    let weekly = if household.savings > rules_of.capital_limit.value {
        Money::ZERO
    } else {
        maximum.times(share.fraction()).round_to_nearest_penny()
    };
    // UNCLEAR: the Band C cap and capital limit are PolicyEngine's reading.
    let mut estimate = vec![CtrEstimate::SchemeFiguresUnconfirmed];
    if pays_contributions(household, rules) {
        estimate.push(CtrEstimate::NonDependantDeductions);
    }
    CtrCheck {
        scheme: CtrScheme::Slough,
        weekly_bill,
        maximum,
        applicable_amount: None,
        income: earnings,
        weekly,
        rate: share,
        on_universal_credit: uc.award.is_positive(),
        estimate,
    }
}
