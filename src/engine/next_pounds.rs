//! What you keep of the next £10 you earn in a month: the engine's own arithmetic,
//! not a rate table. The same scenario is worked out again with £10 more gross pay
//! in a usual month, at the same hours and on the same paydays (£2.50 more on each of
//! 4 weekly paydays, £5 on each of 2 fortnightly ones, £10 on a four-weekly or
//! monthly one), and every figure is compared.
//!
//! Law: none of its own; each figure comes from its own rule (income tax, NI and the
//! pension on the payslip; the UC taper, UC Regs 2013 reg 22
//! (https://www.legislation.gov.uk/uksi/2013/376/regulation/22); each benefit's
//! earnings rule; the passported help's pay limits).

use crate::household::Household;
use crate::money::Money;
use crate::outcome::{Income, LineDifference, NextPounds, PersonPay, Snapshot, Who};
use crate::rules::Rules;
use crate::work::Job;

use super::paydays::{self, Paydays};
use super::{pay, snapshot, Work};

/// The extra gross pay in a usual month.
pub const EXTRA_PAY: Money = Money::pounds(10);

/// The next £10 for `earner` if they work in this situation, else the first adult who
/// works (you, else your partner); `None` when nobody works.
pub fn next_pounds(
    household: &Household,
    work: Work<'_>,
    earner: Who,
    usual: &Snapshot,
    rules: &Rules,
) -> Option<NextPounds> {
    let jobs = [(Who::You, work.you), (Who::Partner, work.partner)];
    let (who, job) = jobs
        .iter()
        .filter(|(who, _)| *who == earner)
        .chain(&jobs)
        .find_map(|&(who, job)| job.filter(|job| job.is_working()).map(|job| (who, job)))?;
    let more = with_more_pay(job, EXTRA_PAY)?;
    let with_more = match who {
        Who::Partner => Work {
            partner: Some(&more),
            ..work
        },
        Who::You | Who::Household | Who::Child(_) => Work {
            you: Some(&more),
            ..work
        },
    };
    let after = snapshot(household, with_more, Paydays::USUAL, rules);
    let pay_of = |snapshot: &Snapshot| {
        snapshot
            .pay
            .iter()
            .find(|person| person.who == who)
            .map(|person: &PersonPay| person.payslip.per_month)
    };
    let (before_pay, after_pay) = (pay_of(usual)?, pay_of(&after)?);
    let lines = super::explain::changes(usual, &after, rules)
        .into_iter()
        // The earner's own take-home pay is the extra pay less the parts above.
        .filter(|change| !change.difference.per_month.is_zero())
        .filter(|change| change.income != Income::TakeHomePay || change.who != who)
        .map(|change| LineDifference {
            income: change.income,
            who: change.who,
            difference: change.difference.per_month,
        })
        .collect();
    Some(NextPounds {
        who,
        extra_pay: after_pay.gross_pay - before_pay.gross_pay,
        income_tax: after_pay.income_tax - before_pay.income_tax,
        national_insurance: after_pay.national_insurance - before_pay.national_insurance,
        pension: after_pay.pension - before_pay.pension,
        lines,
        kept: after.total.per_month - usual.total.per_month,
    })
}

/// The same job paying `extra` more gross in a usual month, on the same paydays.
fn with_more_pay(job: &Job, extra: Money) -> Option<Job> {
    let paydays_in_month = paydays::usual(job.paid);
    if paydays_in_month == 0 {
        return None;
    }
    let per_payday = pay::gross_pay(job) + extra.times_fraction(1, paydays_in_month);
    Some(Job {
        hourly_pay: None,
        annual_salary: Some(per_payday.times_fraction(job.paid.periods_per_year(), 1)),
        ..*job
    })
}
