//! Carer's Allowance (Carer Support Payment in Scotland) and its earnings limit: a
//! week's earnings a penny over the limit lose the whole week's allowance.
//!
//! Law: SSCBA 1992 s.70 and the Social Security (Invalid Care Allowance) Regs 1976
//! reg 8 (https://www.legislation.gov.uk/uksi/1976/409/regulation/8): no allowance
//! in a week whose earnings exceed the limit (£204 in 2026/27; gov.uk: "£204 or less
//! a week after tax, National Insurance and expenses"). Earnings are worked out by
//! the Computation of Earnings Regs 1996: reg 10 (gross less tax, Class 1 NI and one
//! half of pension contributions) and Sch 3 (care costs paid while at work, to
//! someone who is not a close relative, for the person cared for or a child under
//! 16, up to half of net earnings). Carer Support Payment: the same rate and limit
//! (Carer's Assistance (Carer Support Payment) (Scotland) Regs 2023 reg 16), its
//! earnings counted the same way by its own Sch 2 paras 9 and 15, with the Scottish
//! Carer Supplement (£11.70 a week).
//! Overlap: New Style ESA or JSA paid to the same person is paid in full and the
//! allowance is reduced by it (Social Security (Overlapping Benefits) Regs 1979
//! reg 4; SSI 2023/302 reg 16(2)-(3) for CSP); the person keeps the underlying
//! entitlement.
//! With UC: counted in full as unearned income (UC Regs 2013 reg 66(1)(b)); Carer
//! Support Payment up to the Carer's Allowance rate (reg 66(1)(b)(iiia)), and the
//! supplement is ignored. The benefit cap does not count it, and entitlement exempts
//! the household (reg 83(1)). Taxable (ITEPA 2003 s.660), so its tax is collected
//! through a job's tax code. The UC carer element turns on caring 35 hours a week,
//! not on the allowance, so it stays.
//! UNCLEAR: whether the supplement is paid when the overlap leaves no Carer Support
//! Payment (taken as not paid), and whether it is taxable (taken as taxable, like the
//! Carer's Allowance Supplement it replaced, ITEPA 2003 s.661).
//! Not modelled: self-employed earnings; the allowance's other conditions (the
//! person cared for gets a qualifying benefit; not in full-time education).

use crate::household::{CarersAllowance, Country, Household};
use crate::money::Money;
use crate::outcome::PersonPay;
use crate::outcome::{CapExemption, EarningsLimitCheck, EarningsRule, Income, Line};
use crate::period::Weekly;
use crate::rules::Rules;

use super::benefit_earnings::{net_weekly_earnings, weekly};
use super::benefits::{Award, Context};
use super::{new_style_esa, new_style_jsa, Work};

/// Each carer's allowance for a week, per month (× 52 / 12, to the penny).
pub fn award(context: &Context<'_>) -> Award {
    let rules = context.rules;
    let rates = &rules.carers_allowance;
    let scotland = context.household.country == Country::Scotland;
    let mut award = Award::none();
    for (who, adult) in context.adults() {
        let Some(carer) = adult.carers_allowance else {
            continue;
        };
        if !adult.cares_35_hours_a_week {
            continue;
        }
        let pay = context.pay_of(who);
        let care = care_costs(context.household, context.work, carer);
        let check = pay.map(|pay| earnings_check(who, care, pay, context.rules, scotland));
        if award.record_earnings_test(check) {
            continue;
        }
        // Entitled: the cap does not apply (reg 83(1)), even when the overlap
        // leaves nothing to pay.
        award.exempts_from_benefit_cap = Some(CapExemption::CarersAllowance);
        let esa =
            new_style_esa::esa_week(who, adult, pay, rules).map_or(Money::ZERO, |week| week.amount);
        let jsa =
            new_style_jsa::jsa_week(who, adult, pay, rules).map_or(Money::ZERO, |week| week.0);
        let weekly = (rates.weekly_rate.value.0 - esa - jsa).at_least_zero();
        if !weekly.is_positive() {
            continue;
        }
        let source = if scotland {
            crate::source::CARER_SUPPORT_PAYMENT
        } else {
            crate::source::CARERS_ALLOWANCE_EARNINGS_LIMIT
        };
        // Reg 66(1)(b)(iiia): Carer Support Payment up to the Carer's Allowance rate,
        // which is all of it (the same rate).
        award.pay_weekly(benefit(scotland), who, weekly, source);
        award
            .taxable_per_year
            .push((who, weekly.times_fraction(52, 1)));
        if scotland {
            let supplement = Weekly(rates.scottish_carer_supplement.value.0)
                .to_uc_monthly()
                .0
                .round_to_nearest_penny();
            // UNCLEAR: taken as taxable, like the Carer's Allowance Supplement it
            // replaced (ITEPA 2003 s.661) and as a top-up of a taxable benefit.
            award.taxable_per_year.push((
                who,
                rates
                    .scottish_carer_supplement
                    .value
                    .0
                    .times_fraction(52, 1),
            ));
            award.lines.push(Line::monthly(
                Income::ScottishCarerSupplement,
                who,
                supplement,
                rates.scottish_carer_supplement.source,
            ));
        }
    }
    award
}

/// The earnings test for one week's pay: net earnings (gross less tax, NI and half of
/// the pension contribution), less care costs up to half of them, against the limit.
pub fn earnings_check(
    who: crate::outcome::Who,
    care_costs_per_week: Money,
    pay: &PersonPay,
    rules: &Rules,
    scotland: bool,
) -> EarningsLimitCheck {
    let rates = &rules.carers_allowance;
    let net = net_weekly_earnings(pay, rates.pension_contributions_deducted.value);
    // Sch 3: care costs up to half of net earnings.
    let care = care_costs_per_week.min(net * rates.care_costs_most_share.value);
    let counted = (net - care).at_least_zero();
    EarningsLimitCheck {
        who,
        benefit: benefit(scotland),
        rule: EarningsRule::CarersEarningsLimit,
        earnings_limit: Some(rates.earnings_limit.value.0),
        hours_limit: None,
        counted_earnings: counted,
        hours: pay.payslip.hours_per_week,
        // "£204 or less": at the limit the allowance is kept.
        keeps_benefit: counted <= rates.earnings_limit.value.0,
    }
}

/// Care paid for while the carer is at work, a week (Sch 3): what the carer said they
/// pay for the person cared for, and the household's childcare for a child under 16
/// (registered childcare is paid to someone who is not a close relative), made weekly.
/// UNCLEAR: for a couple, the childcare is taken as paid by the carer.
pub fn care_costs(household: &Household, work: Work<'_>, carer: CarersAllowance) -> Money {
    let under_16 = household
        .children
        .iter()
        .any(|child| !child.is_qualifying_young_person());
    let childcare = work
        .childcare_costs
        .filter(|_| under_16)
        .map_or(Money::ZERO, |costs| weekly(costs.amount, costs.frequency));
    carer.care_costs_per_week + childcare
}

/// Carer Support Payment in Scotland, Carer's Allowance elsewhere.
fn benefit(scotland: bool) -> Income {
    if scotland {
        Income::CarerSupportPayment
    } else {
        Income::CarersAllowance
    }
}
