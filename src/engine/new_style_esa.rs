//! New Style Employment and Support Allowance: a contributory benefit for people
//! whose health limits their work, and the permitted work they may do while on it.
//!
//! Law: ESA Regs 2013 (https://www.legislation.gov.uk/uksi/2013/379/regulation/39):
//! the assessment phase amount (lower under 25), the main phase basic amount with
//! the support component, or the work-related activity component on claims made
//! before 3 April 2017. Reg 37(1): a week in which the claimant does any work is a
//! week without ESA, unless the work is exempt (reg 39): earnings up to £20 a week
//! at any hours (39(1)(a)); supported permitted work up to the higher limit at any
//! hours (39(1)(b)); work under 16 hours a week up to the higher limit (39(1)(c)).
//! Reg 67: pension payments over £85 a week reduce ESA by 50% of the excess.
//! With UC: New Style ESA is unearned income counted in full (UC Regs 2013 reg 66),
//! weekly × 52 / 12 (reg 73); the benefit cap counts it (Welfare Reform Act 2012
//! s.96(10)) and ESA with the support component exempts the household (reg 83(1)).
//! ESA is taxable (ITEPA 2003 s.660): its tax is collected through a job's tax code.
//! Rounding: the weekly amount is to the penny; a reduction is rounded down, in the
//! claimant's favour (UNCLEAR: the rounding rule of the ESA Regs was not read).
//! Not modelled: the 365-day limit outside the support group (WRA 2007 s.1A: the
//! questions ask and leave ESA out when it is used up); the 13-week assessment phase
//! ending; a new work capability assessment that work may prompt; volunteering (no
//! effect when unpaid, reg 39(1)(e)).

use rust_decimal::Decimal;

use crate::household::{Adult, EsaGroup, NewStyleEsa};
use crate::money::Money;
use crate::outcome::{CapExemption, EarningsLimitCheck, EarningsRule, Income, PersonPay, Who};
use crate::period::Weekly;
use crate::rules::{NewStyleEsaRates, Rules};

use super::benefit_earnings::{net_weekly_earnings, weekly};
use super::benefits::{Award, Context};

/// One person's New Style ESA for a week, and the permitted work test if they work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EsaWeek {
    pub amount: Money,
    pub check: Option<EarningsLimitCheck>,
}

/// The amount before work and pensions: ESA Regs 2013 regs 62 to 67.
fn full_weekly_amount(adult: &Adult, esa: NewStyleEsa, rates: &NewStyleEsaRates) -> Money {
    let amount = match esa.group {
        EsaGroup::AssessmentPhase if adult.age < rates.assessment_phase_lower_rate_under.value => {
            rates.assessment_phase_under_25.value
        }
        EsaGroup::AssessmentPhase => rates.assessment_phase_25_or_over.value,
        EsaGroup::SupportGroup => {
            Weekly(rates.main_phase_basic_amount.value.0 + rates.support_component.value.0)
        }
        EsaGroup::WorkRelatedActivityGroupBefore3April2017 => Weekly(
            rates.main_phase_basic_amount.value.0 + rates.work_related_activity_component.value.0,
        ),
        EsaGroup::WorkRelatedActivityGroup => rates.main_phase_basic_amount.value,
    };
    amount.0
}

/// Reg 39: whether the work is permitted work, and under which rule.
pub fn permitted_work(
    who: Who,
    esa: NewStyleEsa,
    pay: &PersonPay,
    rates: &NewStyleEsaRates,
) -> EarningsLimitCheck {
    // Reg 81 with Computation of Earnings reg 10: half of pension contributions.
    let counted = net_weekly_earnings(pay, crate::money::Rate::percent(50));
    let hours = pay.payslip.hours_per_week;
    let lower = rates.permitted_work_lower_limit.value.0;
    let higher = rates.permitted_work_higher_limit.value.0;
    let hours_limit = rates.permitted_work_hours.value;
    let under_hours_limit = hours < Decimal::from(hours_limit);
    // The most generous rule open to the work: supported permitted work; under 16
    // hours, the higher limit (which covers the £20 one); at 16 hours or more, only
    // £20.
    let (rule, earnings_limit, limit_on_hours) = if esa.supported_permitted_work {
        (EarningsRule::SupportedPermittedWork, higher, None)
    } else if under_hours_limit {
        (
            EarningsRule::PermittedWorkUnderHoursLimit,
            higher,
            Some(hours_limit),
        )
    } else {
        (
            EarningsRule::PermittedWorkLowerLimit,
            lower,
            Some(hours_limit),
        )
    };
    EarningsLimitCheck {
        who,
        benefit: Income::NewStyleEsa,
        rule,
        earnings_limit: Some(earnings_limit),
        hours_limit: limit_on_hours,
        counted_earnings: counted,
        hours,
        // "does not exceed": at the limit the work is still permitted.
        keeps_benefit: counted <= earnings_limit,
    }
}

/// One person's ESA for a week: the amount, less half of any pension over the
/// threshold, and nothing in a week of work that is not permitted work.
pub fn esa_week(
    who: Who,
    adult: &Adult,
    pay: Option<&PersonPay>,
    rules: &Rules,
) -> Option<EsaWeek> {
    let esa = adult.new_style_esa?;
    let rates = &rules.new_style_esa;
    let check = pay.map(|pay| permitted_work(who, esa, pay, rates));
    if check.is_some_and(|check| !check.keeps_benefit) {
        return Some(EsaWeek {
            amount: Money::ZERO,
            check,
        });
    }
    let pension = adult.pension.map_or(Money::ZERO, |pension| {
        weekly(pension.amount, pension.frequency)
    });
    let over = (pension - rates.pension_threshold.value.0).at_least_zero();
    let reduction = (over * rates.pension_reduction.value).round_down_to_penny();
    Some(EsaWeek {
        amount: (full_weekly_amount(adult, esa, rates) - reduction).at_least_zero(),
        check,
    })
}

/// Each adult's New Style ESA, per month (× 52 / 12, to the penny), counted in full
/// by UC and by the benefit cap.
pub fn award(context: &Context<'_>) -> Award {
    let mut award = Award::none();
    for (who, adult) in context.adults() {
        let Some(week) = esa_week(who, adult, context.pay_of(who), context.rules) else {
            continue;
        };
        award.record_earnings_test(week.check);
        // Reg 83(1): entitled to ESA with the support component. UNCLEAR: taken as
        // still entitled when a pension reduces the amount to nil (as Carer's
        // Allowance's underlying entitlement is); work outside permitted work ends
        // the entitlement for the week (reg 37).
        let entitled = week.check.is_none_or(|check| check.keeps_benefit);
        if entitled
            && adult
                .new_style_esa
                .is_some_and(|esa| esa.group == EsaGroup::SupportGroup)
        {
            award.exempts_from_benefit_cap = Some(CapExemption::EsaSupportComponent);
        }
        if !week.amount.is_positive() {
            continue;
        }
        let monthly = award.pay_weekly(
            Income::NewStyleEsa,
            who,
            week.amount,
            crate::source::ESA_PERMITTED_WORK,
        );
        award.counted_by_benefit_cap += monthly;
        award
            .taxable_per_year
            .push((who, week.amount.times_fraction(52, 1)));
    }
    award
}
