//! How many hours a week someone could work, at the same pay for each hour, before a
//! benefit with an earnings rule stops: the "headroom" beside a cliff edge.
//!
//! Law: none of its own: each benefit's earnings test decides (`new_style_esa.rs`,
//! `new_style_jsa.rs`, `carers_allowance.rs`; ESA Regs 2013 reg 39,
//! https://www.legislation.gov.uk/uksi/2013/379/regulation/39). The person's pay is
//! worked out again at more hours (tax, with the benefits in the tax code, National
//! Insurance and pension as they would be, in a usual month), then the benefit's own
//! test: whole hours first, then
//! quarter hours, up to 60.
//! Not modelled: a salary (there is no pay for each hour to keep the same).

use rust_decimal::Decimal;

use crate::household::{Country, Household};
use crate::money::Money;
use crate::outcome::{EarningsLimitCheck, Income, MostHours, PersonPay, Snapshot, Who};
use crate::rules::Rules;
use crate::work::Job;

use super::paydays::Paydays;
use super::{
    carers_allowance, new_style_esa, new_style_jsa, pay, pension_income, taxable_if_paid, Work,
};

/// The most hours a week anyone looks at.
const MOST_HOURS: u32 = 60;

/// For each benefit the work keeps, the most hours a week (in quarter hours) at the
/// same hourly pay that still keep it.
pub fn most_hours(
    household: &Household,
    work: Work<'_>,
    usual: &Snapshot,
    rules: &Rules,
) -> Vec<MostHours> {
    if !usual
        .earnings_limits
        .iter()
        .any(|check| check.keeps_benefit)
    {
        return Vec::new();
    }
    // The tax deducted from pay includes the benefits, as in `engine::snapshot`.
    let coded = taxable_if_paid(household, work, Paydays::USUAL, rules);
    usual
        .earnings_limits
        .iter()
        .filter(|check| check.keeps_benefit)
        .filter_map(|check| {
            let (adult, job) = match check.who {
                Who::You => (&household.you, work.you?),
                Who::Partner => (household.partner.as_ref()?, work.partner?),
                Who::Child(_) | Who::Household => return None,
            };
            job.hourly_pay?;
            let keeps = |hours: Decimal| {
                let more = Job {
                    hours_per_week: hours,
                    ..*job
                };
                let other = pay::OtherTaxableIncome {
                    taxed_at_source: adult.pension.map_or(Money::ZERO, pension_income::yearly),
                    coded_into_pay: coded
                        .iter()
                        .filter(|(taxed, _)| *taxed == check.who)
                        .map(|(_, amount)| *amount)
                        .sum(),
                };
                let paydays = Paydays::USUAL.count(more.paid).unwrap_or(1);
                let payslip =
                    pay::payslip(&more, adult.age, household.country, rules, paydays, other);
                let pay = PersonPay {
                    who: check.who,
                    payslip,
                };
                test(check, adult, &pay, household, work, rules)
                    .is_some_and(|then| then.keeps_benefit)
            };
            let step = |hours: Decimal, by: Decimal| {
                let mut hours = hours;
                while hours + by <= Decimal::from(MOST_HOURS) && keeps(hours + by) {
                    hours += by;
                }
                hours
            };
            let whole = step(job.hours_per_week, Decimal::ONE);
            let hours = step(whole, Decimal::new(25, 2));
            Some(MostHours {
                who: check.who,
                benefit: check.benefit,
                hours: hours.normalize(),
            })
        })
        .collect()
}

/// The benefit's own earnings test of this pay.
fn test(
    check: &EarningsLimitCheck,
    adult: &crate::household::Adult,
    pay: &PersonPay,
    household: &Household,
    work: Work<'_>,
    rules: &Rules,
) -> Option<EarningsLimitCheck> {
    match check.benefit {
        Income::NewStyleEsa => adult
            .new_style_esa
            .map(|esa| new_style_esa::permitted_work(check.who, esa, pay, &rules.new_style_esa)),
        Income::NewStyleJsa => Some(new_style_jsa::hours_check(
            check.who,
            pay,
            check.counted_earnings,
            &rules.new_style_jsa,
        )),
        Income::CarersAllowance | Income::CarerSupportPayment => {
            adult.carers_allowance.map(|carer| {
                carers_allowance::earnings_check(
                    check.who,
                    carers_allowance::care_costs(household, work, carer),
                    pay,
                    rules,
                    household.country == Country::Scotland,
                )
            })
        }
        // No other benefit has an earnings rule.
        Income::TakeHomePay
        | Income::UniversalCredit
        | Income::ScottishCarerSupplement
        | Income::Pension
        | Income::PersonalIndependencePayment
        | Income::AdultDisabilityPayment
        | Income::DisabilityLivingAllowance
        | Income::ChildDisabilityPayment
        | Income::ChildBenefit
        | Income::HighIncomeChildBenefitCharge
        | Income::ScottishChildPayment
        | Income::FreePrescriptions
        | Income::FreeSchoolMeals
        | Income::HealthyStart
        | Income::WarmHomeDiscount
        | Income::SelfEmployment
        | Income::StudentLoan
        | Income::CouncilTaxReduction
        | Income::HousingBenefit => None,
    }
}
