//! The weekly benefits work stops, period by period: New Style ESA and JSA from the
//! week work starts, Carer's Allowance from the week after the first pay over its
//! limit (and for the weeks after an extra shift's pay), each still paid for the
//! weeks before, while UC counts it as stopped for the whole period it stops in.
//!
//! Law: ESA Regs 2013 reg 37; SI 1976/409 reg 8(1); Computation of Earnings Regs 1996
//! reg 6 (https://www.legislation.gov.uk/uksi/1996/2745/regulation/6); UC etc.
//! (Decisions and Appeals) Regs 2013 Sch 1 paras 1, 4, 20 and 31
//! (https://www.legislation.gov.uk/uksi/2013/381/schedule/1/part/3); UC Regs 2013
//! regs 66 and 73.

use crate::dates::{AssessmentPeriod, Date, Weekday};
use crate::household::Household;
use crate::money::Money;
use crate::outcome::{Effect, Income, MonthLine, Snapshot, Who};
use crate::period::Frequency;
use crate::rules::Rules;
use crate::scenario::ExtraPay;
use crate::source::first_months as law;

use super::super::paydays::Paydays;
use super::super::{snapshot, with_extra_pay, Work};
use super::{who_of, NewJob};

/// The weekly benefits work can stop, which are paid for the weeks before it starts.
pub(super) const WEEKLY_BENEFITS: [Income; 4] = [
    Income::NewStyleEsa,
    Income::NewStyleJsa,
    Income::CarersAllowance,
    Income::CarerSupportPayment,
];

/// Carer's Allowance lost for the weeks after an extra shift's pay.
#[derive(Clone, Copy)]
pub(super) struct LostWeek {
    income: Income,
    who: Who,
    payday: Date,
    pub(super) from: Date,
    weeks: u32,
    weekly: Money,
}

impl LostWeek {
    pub(super) fn effect(self) -> Effect {
        Effect::AllowanceLostForAWeek {
            income: self.income,
            who: self.who,
            payday: self.payday,
            from: self.from,
            weeks: self.weeks,
            money: -self.weekly.times_fraction(self.weeks, 1),
            source: law::CARERS_ALLOWANCE_WEEK,
        }
    }
}

/// An extra shift's pay takes a carer whose usual pay keeps Carer's Allowance over
/// its limit: the allowance goes for the weeks that pay counts for, from the week
/// after it is due (SI 1976/409 reg 8(1); Computation of Earnings Regs 1996 reg
/// 6(2)(a): a payment counts until the next payday). Tested as the engine tests the
/// usual pay, on a job paid the bigger amount each pay period.
pub(super) fn lost_week(
    household: &Household,
    work: Work<'_>,
    usual: &Snapshot,
    new_jobs: &[NewJob<'_>],
    extra: ExtraPay,
    rules: &Rules,
) -> Option<LostWeek> {
    let who = who_of(extra.who);
    let new = new_jobs.iter().find(|new| new.who == who)?;
    let income = [Income::CarersAllowance, Income::CarerSupportPayment]
        .into_iter()
        .find(|income| weekly(usual, *income, who).is_positive())?;
    let usual_pay = usual.pay.iter().find(|pay| pay.who == who)?;
    let bigger = with_extra_pay(
        new.job,
        usual_pay.payslip.per_pay_period.gross_pay,
        extra.amount,
    );
    let work = match who {
        Who::Partner => Work {
            partner: Some(&bigger),
            ..work
        },
        Who::You | Who::Household | Who::Child(_) => Work {
            you: Some(&bigger),
            ..work
        },
    };
    let tested = snapshot(household, work, Paydays::USUAL, rules);
    if weekly(&tested, income, who).is_positive() {
        return None;
    }
    // The weeks the pay counts for: its pay period (a month's pay, about 4 weeks).
    let weeks = match new.job.paid {
        Frequency::Weekly => 1,
        Frequency::Fortnightly => 2,
        Frequency::FourWeekly | Frequency::Monthly | Frequency::Yearly => 4,
    };
    Some(LostWeek {
        income,
        who,
        payday: extra.payday,
        from: stops(Income::CarersAllowance, extra.payday, Some(extra.payday)),
        weeks,
        weekly: weekly(usual, income, who),
    })
}

/// A benefit's weekly amount in a snapshot.
pub(super) fn weekly(snapshot: &Snapshot, income: Income, who: Who) -> Money {
    snapshot
        .income_line(income, who)
        .map_or(Money::ZERO, |line| line.per_week)
}

/// A benefit's monthly amount in a snapshot.
pub(super) fn monthly(snapshot: &Snapshot, income: Income, who: Who) -> Money {
    snapshot
        .income_line(income, who)
        .map_or(Money::ZERO, |line| line.per_month)
}

/// The first day a weekly benefit is no longer paid because of the work.
/// - New Style ESA and JSA: from the benefit week the work is done in (ESA Regs 2013
///   reg 37(1); Decisions and Appeals Regs 2013 Sch 1 paras 1 and 4). UNCLEAR: the
///   week's last day depends on the National Insurance number, so the work's first
///   day is taken.
/// - Carer's Allowance and Carer Support Payment: a week's allowance goes when the
///   earnings of the week before are over the limit (SI 1976/409 reg 8(1)), and pay
///   counts from the day it is due (Computation of Earnings Regs 1996 reg 6(2)(a)):
///   so from the week after the first payday, taken as the Monday after it (UNCLEAR:
///   the CA week's first day, Sunday or Monday; Carer Support Payment's is Sunday).
pub(super) fn stops(benefit: Income, start: Date, first_pay: Option<Date>) -> Date {
    match (benefit, first_pay) {
        (Income::CarersAllowance | Income::CarerSupportPayment, Some(payday)) => {
            let mut monday = payday.add_days(1);
            while monday.weekday() != Weekday::Monday {
                monday = monday.add_days(1);
            }
            monday
        }
        _ => start,
    }
}

/// A weekly benefit the work stops, in one period: still paid for all of it (UC
/// takes it off in full), or for its whole weeks before it stops (UC counts it as
/// stopped for the whole period: Decisions and Appeals Regs 2013 Sch 1 paras 20 and
/// 31), or not at all.
/// `uc`: the period's UC with the benefit stopped (the snapshot's).
pub(super) fn weekly_benefit_in(
    period: AssessmentPeriod,
    now: &Snapshot,
    usual: &Snapshot,
    uc: Money,
    (income, who): (Income, Who),
    stops: Date,
) -> Option<Effect> {
    if period.last_day() < stops {
        // UC Regs 2013 regs 66 and 73: the monthly equivalent comes off UC in full,
        // down to nil.
        let amount = monthly(now, income, who) - monthly(usual, income, who);
        return Some(Effect::StillPaid {
            income,
            who,
            stops,
            amount,
            money: amount - amount.min(uc),
            source: law::BENEFIT_WEEK_OF_CHANGE,
        });
    }
    let weeks = u32::try_from(period.first_day().days_until(stops) / 7).ok()?;
    (weeks > 0).then(|| Effect::PaidUntilItStops {
        income,
        who,
        weeks,
        stops,
        money: (weekly(now, income, who) - weekly(usual, income, who)).times_fraction(weeks, 1),
        source: law::BENEFIT_WEEK_OF_CHANGE,
    })
}

/// Puts a weekly benefit still paid into the period's lines: its amount on its line
/// (or a new one), and for one still paid all period, UC less by what it takes off.
pub(super) fn add_to_lines(lines: &mut Vec<MonthLine>, effect: &Effect) {
    match *effect {
        Effect::PaidUntilItStops {
            income, who, money, ..
        } => add(lines, income, who, money),
        Effect::StillPaid {
            income,
            who,
            amount,
            money,
            ..
        } => {
            add(lines, income, who, amount);
            add(
                lines,
                Income::UniversalCredit,
                Who::Household,
                money - amount,
            );
        }
        // The allowance lost for the weeks after an extra shift's pay.
        Effect::AllowanceLostForAWeek {
            income, who, money, ..
        } => add(lines, income, who, money),
        Effect::Paydays { .. }
        | Effect::ExtraPay { .. }
        | Effect::UniversalCreditNil { .. }
        | Effect::SurplusMayCount { .. }
        | Effect::HelpChanges { .. }
        | Effect::HousingBenefitMayRunOn { .. }
        | Effect::BenefitCap { .. } => {}
    }
}

fn add(lines: &mut Vec<MonthLine>, kind: Income, who: Who, amount: Money) {
    match lines
        .iter_mut()
        .find(|line| line.income == kind && line.who == who)
    {
        Some(line) => line.amount += amount,
        None => lines.push(MonthLine {
            income: kind,
            who,
            amount,
        }),
    }
}
