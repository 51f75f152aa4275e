//! New Style Jobseeker's Allowance: a contributory benefit for people looking for
//! work, reduced by part-time earnings and ended by work of 16 hours or more.
//!
//! Law: Jobseekers Act 1995 s.1(2)(e) and JSA Regs 2013 reg 42
//! (https://www.legislation.gov.uk/uksi/2013/378/regulation/42): no JSA for a person
//! in remunerative work, 16 hours a week or more; the amounts are in SI 2026/148
//! art 25 (lower under 25). Earnings above £5 a week come off pound for pound, and
//! pension payments above £50 a week come off pound for pound (reg 51). UNCLEAR: the
//! disregard's paragraph and reg 51 were not read here (rates reference R7; an
//! earlier session's reading).
//! With UC: counted in full as unearned income (UC Regs 2013 reg 66), weekly × 52 /
//! 12; the benefit cap counts it (Welfare Reform Act 2012 s.96(10)). Taxable (ITEPA
//! 2003 s.660), but its tax is settled when the claim ends: not worked out here.
//! Rounding: weekly earnings are rounded down to the penny before the deduction, in
//! the claimant's favour (UNCLEAR: the JSA Regs' rounding was not read).
//! Not modelled: the 182-day limit; the claimant commitment and sanctions.

use rust_decimal::Decimal;

use crate::household::Adult;
use crate::money::{Money, Rate};
use crate::outcome::{EarningsLimitCheck, EarningsRule, Income, PersonPay, Who};
use crate::rules::{NewStyleJsaRates, Rules};

use super::benefit_earnings::{net_weekly_earnings, weekly};
use super::benefits::{Award, Context};

/// One person's New Style JSA for a week, and the hours test if they work.
pub fn jsa_week(
    who: Who,
    adult: &Adult,
    pay: Option<&PersonPay>,
    rules: &Rules,
) -> Option<(Money, Option<EarningsLimitCheck>)> {
    if !adult.new_style_jsa {
        return None;
    }
    let rates: &NewStyleJsaRates = &rules.new_style_jsa;
    let full = if adult.age < rates.lower_rate_under.value {
        rates.under_25.value.0
    } else {
        rates.aged_25_or_over.value.0
    };
    let earnings = pay.map_or(Money::ZERO, |pay| {
        net_weekly_earnings(pay, Rate::percent(50)).round_down_to_penny()
    });
    let check = pay.map(|pay| hours_check(who, pay, earnings, rates));
    if check.is_some_and(|check| !check.keeps_benefit) {
        return Some((Money::ZERO, check));
    }
    let earnings_deduction = (earnings - rates.earnings_disregard.value.0).at_least_zero();
    let pension = adult.pension.map_or(Money::ZERO, |pension| {
        weekly(pension.amount, pension.frequency).round_down_to_penny()
    });
    let pension_deduction = (pension - rates.pension_threshold.value.0).at_least_zero();
    Some((
        (full - earnings_deduction - pension_deduction).at_least_zero(),
        check,
    ))
}

/// The remunerative work test: under 16 hours a week keeps JSA. `earnings` are the
/// weekly earnings it counts (reported beside the test).
pub fn hours_check(
    who: Who,
    pay: &PersonPay,
    earnings: Money,
    rates: &NewStyleJsaRates,
) -> EarningsLimitCheck {
    let hours = pay.payslip.hours_per_week;
    EarningsLimitCheck {
        who,
        benefit: Income::NewStyleJsa,
        rule: EarningsRule::JsaRemunerativeWork,
        earnings_limit: None,
        hours_limit: Some(rates.remunerative_work_hours.value),
        counted_earnings: earnings,
        hours,
        keeps_benefit: hours < Decimal::from(rates.remunerative_work_hours.value),
    }
}

/// Each adult's New Style JSA, per month (× 52 / 12, to the penny), counted in full
/// by UC and by the benefit cap.
pub fn award(context: &Context<'_>) -> Award {
    let mut award = Award::none();
    for (who, adult) in context.adults() {
        let Some((amount, check)) = jsa_week(who, adult, context.pay_of(who), context.rules) else {
            continue;
        };
        award.record_earnings_test(check);
        if !amount.is_positive() {
            continue;
        }
        let monthly = award.pay_weekly(
            Income::NewStyleJsa,
            who,
            amount,
            crate::source::JSA_REMUNERATIVE_WORK,
        );
        award.counted_by_benefit_cap += monthly;
        // UNCLEAR: JSA is taxable, but DWP settles its tax when the claim ends (the
        // P45 shows it), not through a job's tax code while it is paid; so it is not
        // coded into pay here, and its tax is not worked out.
    }
    award
}
