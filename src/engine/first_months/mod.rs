//! The first six months of new work, assessment period by assessment period, on the
//! real calendar: which paydays land in each period, what each period brings, and
//! what makes it differ from the usual month.
//!
//! Law:
//! - UC Regs 2013 reg 21 (https://www.legislation.gov.uk/uksi/2013/376/regulation/21):
//!   assessment periods of one month from the day the claim began
//!   (`dates::AssessmentPeriod`).
//! - Regs 54 and 61 (https://www.legislation.gov.uk/uksi/2013/376/regulation/61): UC
//!   counts the pay received in the period, so a period can hold no payday (before
//!   the first), or one more than usual (five weekly paydays).
//! - UC etc. (Claims and Payments) Regs 2013 reg 47: UC is paid within seven days of
//!   the period's end; on a weekend or bank holiday, the working day before
//!   (https://www.gov.uk/universal-credit/how-youre-paid).
//! - UC etc. (Decisions and Appeals) Regs 2013 Sch 1 para 20
//!   (https://www.legislation.gov.uk/uksi/2013/381/schedule/1/part/3), the "whole
//!   month" rule: a change counts from the first day of the period it happens in, so
//!   UC treats a weekly benefit the work stops as stopped for the whole period.
//! - The same regulations' Sch 1 paras 1 and 4, and ESA Regs 2013 reg 37: New Style
//!   ESA (and JSA) change from the benefit week the work starts in; the weeks before
//!   are still paid. UNCLEAR: the benefit week's last day depends on the National
//!   Insurance number (Claims and Payments Regs reg 51), so the whole weeks between
//!   the period's first day and the first day of work are counted.
//! - Carer's Allowance (SI 1976/409 reg 8(1)) goes for a week when the week before
//!   had earnings over the limit, and pay counts from the day it is due (Computation
//!   of Earnings Regs 1996 reg 6(2)(a)): so it stops from the week after the first
//!   payday. Until then it is paid and UC takes it off in full (regs 66 and 73); in
//!   the period it stops, UC counts it as stopped from the period's first day
//!   (Decisions and Appeals Regs 2013 Sch 1 para 31). `docs/research/` has the
//!   sources.
//!
//! - UC Regs 2013 reg 82: the benefit cap is tested in each period, so it applies in
//!   a period whose pay is under its threshold; the grace period (reg 82(2)) needs
//!   earnings at the threshold in each of the 12 months before, which someone
//!   starting work does not have.
//! - Reg 54A: a period whose UC is nil names its pay above the nil point, and the
//!   next period with UC warns that part of it may count (if the claim starts
//!   again); the carry forward itself is not worked out, as the 2026/27 threshold
//!   (£2,500 while a temporary rule lasted, £300 otherwise) could not be confirmed.
//!
//! - UC (Transitional Provisions) Regs 2014 reg 57: transitional protection ends with
//!   the award, so a period whose UC is nil says so for a household that has it (its
//!   element is in the maximum amount: `universal_credit/mod.rs`).
//!
//! - HB Regs 2006 regs 73 to 73B: after New Style ESA stops because of work, the first
//!   period whose Housing Benefit falls names the 4-week extended payment, not
//!   counted (it needs 26 weeks of ESA, which is not asked).
//!
//! - An extra shift (`FirstMonths.extra_pay`): its pay counts in the period it is
//!   paid in, and a carer whose usual pay keeps Carer's Allowance loses the weeks
//!   that pay counts for (Computation of Earnings Regs 1996 reg 6), from the week
//!   after it is due; UC still takes a whole month of the allowance off (it is paid
//!   again by the period's end). UNCLEAR: DWP's practice for such a gap.
//!
//! Not yet worked out (issue 14's later parts): the transitional element's erosion
//! each April and its end after a sustained drop in earnings (regs 55 and 56; a drop
//! cannot follow new work). The page does not yet ask about an extra shift.

use crate::dates::{days_in_month, AssessmentPeriod, Date};
use crate::household::Household;
use crate::money::Money;
use crate::outcome::{
    Effect, FirstMonths, Income, JobPaydays, MonthInWork, MonthLine, PassportCheck, PaydayPattern,
    Snapshot, Timeline, TimelineNotShown, Who, MONTHS_SHOWN,
};
use crate::period::Frequency;
use crate::rules::Rules;
use crate::scenario::{MonthlyPayday, Payday, Scenario};
use crate::source::{first_months as law, housing_benefit, uc_regs_2013};
use crate::work::{Job, Person};
use crate::working_days::{last_working_day, on_or_before};

use super::paydays::Paydays;
use super::{snapshot, Work};

mod weekly_benefits;

use weekly_benefits::{
    add_to_lines, lost_week, monthly, stops, weekly, weekly_benefit_in, WEEKLY_BENEFITS,
};

/// How many assessment periods the timeline shows.
pub const MONTHS: usize = MONTHS_SHOWN;

/// A new job in the scenario, and when it pays.
struct NewJob<'a> {
    who: Who,
    job: &'a Job,
    payday: Payday,
}

/// The first months of the scenario's work, if the scenario says when it starts.
pub fn first_months(
    household: &Household,
    scenario: &Scenario,
    work: Work<'_>,
    now: &Snapshot,
    usual: &Snapshot,
    rules: &Rules,
) -> Option<FirstMonths> {
    let answers = scenario.first_months?;
    if !(scenario.volunteering.is_empty()
        && scenario.study.is_empty()
        && scenario.self_employment.is_empty())
    {
        return Some(FirstMonths::NotShown(TimelineNotShown::NotANewJob));
    }
    let mut new_jobs = Vec::new();
    let people = [
        (
            Who::You,
            Some(&household.you),
            scenario.you.as_ref(),
            answers.you,
        ),
        (
            Who::Partner,
            household.partner.as_ref(),
            scenario.partner.as_ref(),
            answers.partner,
        ),
    ];
    for (who, adult, job, payday) in people {
        let (Some(adult), Some(job)) = (adult, job) else {
            continue;
        };
        if adult.job.is_some_and(|now| now.is_working()) {
            return Some(FirstMonths::NotShown(TimelineNotShown::ChangeOfWork));
        }
        if let (true, Some(payday)) = (job.is_working(), payday) {
            new_jobs.push(NewJob { who, job, payday });
        }
    }
    if new_jobs.is_empty() {
        return Some(FirstMonths::NotShown(TimelineNotShown::NotANewJob));
    }
    let holidays = rules.tables().bank_holidays.in_country(household.country);
    let mut period = AssessmentPeriod::containing(answers.start, answers.assessment_period_day);
    // Each weekly benefit the work stops, and the day it stops.
    let stopping: Vec<(Income, Who, Date)> = WEEKLY_BENEFITS
        .iter()
        .flat_map(|benefit| [(*benefit, Who::You), (*benefit, Who::Partner)])
        .filter(|(benefit, who)| weekly(now, *benefit, *who) > weekly(usual, *benefit, *who))
        .map(|(benefit, who)| {
            let first_pay = new_jobs
                .iter()
                .find(|new| new.who == who)
                .map(|new| new.payday.first);
            (benefit, who, stops(benefit, answers.start, first_pay))
        })
        .collect();
    let lost_week = answers
        .extra_pay
        .and_then(|extra| lost_week(household, work, usual, &new_jobs, extra, rules));
    let mut months = Vec::with_capacity(MONTHS);
    // The pay above the nil point in the last period, if UC was nil in it.
    let mut surplus_before = Money::ZERO;
    let mut housing_benefit_said = false;
    for _ in 0..MONTHS {
        let days: Vec<(Who, Vec<Date>)> = new_jobs
            .iter()
            .map(|new| (new.who, paydays_in(period, new.job, new.payday, holidays)))
            .collect();
        let count = |who: Who| {
            days.iter()
                .find(|(payee, _)| *payee == who)
                .and_then(|(_, dates)| u32::try_from(dates.len()).ok())
        };
        let extra = answers
            .extra_pay
            .filter(|extra| period.contains(extra.payday))
            .map(|extra| (who_of(extra.who), extra.amount));
        let counts = Paydays {
            you: count(Who::You),
            partner: count(Who::Partner),
            extra,
            ..Paydays::USUAL
        };
        let this = snapshot(household, work, counts, rules);
        let mut income = month_lines(&this);
        let mut effects = Vec::new();
        // The paydays: what they change is this period's total against the usual
        // month's (nothing else differs between the two).
        let mut payday_money = this.total.per_month - usual.total.per_month;
        if let (Some((who, amount)), Some(extra)) = (extra, answers.extra_pay) {
            effects.push(Effect::ExtraPay {
                who,
                payday: extra.payday,
                amount,
                money: payday_money,
                source: law::PAY_IN_THE_PERIOD,
            });
            payday_money = Money::ZERO;
        }
        for (new, (who, dates)) in new_jobs.iter().zip(days) {
            let usual_count = usual_paydays(new.job.paid);
            if u32::try_from(dates.len()).ok() != Some(usual_count) {
                effects.push(Effect::Paydays {
                    who,
                    dates,
                    usual: usual_count,
                    money: payday_money,
                    source: law::PAY_IN_THE_PERIOD,
                });
                payday_money = Money::ZERO;
            }
        }
        if let Some(effect) = lost_week.filter(|lost| period.contains(lost.from)) {
            let effect = effect.effect();
            add_to_lines(&mut income, &effect);
            effects.push(effect);
        }
        for (benefit, who, stops) in &stopping {
            let uc = this.universal_credit.award;
            if let Some(effect) =
                weekly_benefit_in(period, now, usual, uc, (*benefit, *who), *stops)
            {
                add_to_lines(&mut income, &effect);
                effects.push(effect);
            }
        }
        let uc = this.universal_credit.award;
        if uc.is_zero() && usual.universal_credit.award.is_positive() {
            let surplus = this.universal_credit.earnings_above_nil();
            effects.push(Effect::UniversalCreditNil {
                surplus,
                transitional_protection: household.transitional_element.is_positive(),
                source: uc_regs_2013::REG_54A,
            });
            surplus_before = surplus;
        } else {
            if uc.is_positive() && surplus_before.is_positive() {
                effects.push(Effect::SurplusMayCount {
                    surplus: surplus_before,
                    source: uc_regs_2013::REG_54A,
                });
            }
            surplus_before = Money::ZERO;
        }
        effects.extend(help_changes(&this, usual));
        // HB Regs 2006 regs 73 to 73B: New Style ESA is a qualifying contributory
        // benefit (SI 2013/630 reg 35); New Style JSA is not.
        let esa_stopped = stopping
            .iter()
            .any(|(benefit, _, _)| *benefit == Income::NewStyleEsa);
        // Said once, in the first period HB falls: the run-on is 4 weeks.
        if esa_stopped
            && !housing_benefit_said
            && monthly(&this, Income::HousingBenefit, Who::Household)
                < monthly(now, Income::HousingBenefit, Who::Household)
        {
            effects.push(Effect::HousingBenefitMayRunOn {
                source: housing_benefit::EXTENDED_PAYMENT,
            });
            housing_benefit_said = true;
        }
        let cap = &this.universal_credit.benefit_cap;
        if cap.reduction > usual.universal_credit.benefit_cap.reduction {
            effects.push(Effect::BenefitCap {
                reduction: cap.reduction,
                threshold: cap.earnings_threshold,
                source: cap.source,
            });
        }
        // The benefits paid before the work starts are the only money the snapshot
        // does not hold: so the total is the usual month's plus every effect's money.
        let outside: Money = effects.iter().map(Effect::outside_the_snapshot).sum();
        let total = this.total.per_month + outside;
        months.push(MonthInWork {
            period,
            income,
            total,
            difference_from_usual: total - usual.total.per_month,
            universal_credit_paid_on: uc
                .is_positive()
                .then(|| on_or_before(period.payment_due(), holidays)),
            effects,
        });
        period = period.next();
    }
    let paydays = new_jobs
        .iter()
        .map(|new| JobPaydays {
            who: new.who,
            first: new.payday.first,
            then: pattern(new.job.paid, new.payday.monthly),
        })
        .collect();
    Some(FirstMonths::Shown(Timeline {
        start: answers.start,
        assessment_period_day: answers.assessment_period_day,
        paydays,
        months,
        usual: month_lines(usual),
        usual_total: usual.total.per_month,
        tax_year_ends: rules.tax_year.last_day(),
    }))
}

/// How paydays follow the first, for the words.
fn pattern(paid: Frequency, monthly: MonthlyPayday) -> PaydayPattern {
    match (paid, monthly) {
        (Frequency::Weekly, _) => PaydayPattern::EveryDays(7),
        (Frequency::Fortnightly, _) => PaydayPattern::EveryDays(14),
        (Frequency::FourWeekly, _) => PaydayPattern::EveryDays(28),
        (Frequency::Monthly | Frequency::Yearly, MonthlyPayday::LastWorkingDay) => {
            PaydayPattern::LastWorkingDayOfTheMonth
        }
        (Frequency::Monthly | Frequency::Yearly, MonthlyPayday::Day(day)) => {
            PaydayPattern::DayOfTheMonth(day)
        }
    }
}

/// A snapshot's lines, a month each.
fn month_lines(snapshot: &Snapshot) -> Vec<MonthLine> {
    snapshot
        .income
        .iter()
        .map(|line| MonthLine {
            income: line.kind,
            who: line.who,
            amount: line.per_month,
        })
        .collect()
}

/// Paydays in most periods for pay at this frequency (one for monthly pay).
fn usual_paydays(frequency: Frequency) -> u32 {
    Paydays::USUAL.count(frequency).unwrap_or(1)
}

/// The job's paydays that fall in the period: every week, two weeks or four weeks
/// from the first, or each month by its rule; each moved to the working day before
/// if it falls on a weekend or bank holiday.
pub fn paydays_in(
    period: AssessmentPeriod,
    job: &Job,
    payday: Payday,
    holidays: &[Date],
) -> Vec<Date> {
    let (first, last) = (period.first_day(), period.last_day());
    let in_period = |date: &Date| *date >= first && *date <= last;
    let step = match job.paid {
        Frequency::Weekly => 7,
        Frequency::Fortnightly => 14,
        Frequency::FourWeekly => 28,
        Frequency::Monthly => {
            let mut dates = vec![payday.first];
            let mut month = payday.first.first_of_next_month();
            while month <= last {
                dates.push(monthly_payday(month, payday.monthly, holidays));
                month = month.first_of_next_month();
            }
            return dates.into_iter().filter(in_period).collect();
        }
        // The situation checks refuse a job paid yearly.
        Frequency::Yearly => return Vec::new(),
    };
    let mut dates = Vec::new();
    let mut nominal = payday.first;
    // A payday moved back from the next period's first days can land in this one.
    while nominal <= last.add_days(7) {
        let paid = on_or_before(nominal, holidays);
        if in_period(&paid) {
            dates.push(paid);
        }
        nominal = nominal.add_days(step);
    }
    dates
}

/// The payday in the month that `month` (its first day) begins.
fn monthly_payday(month: Date, rule: MonthlyPayday, holidays: &[Date]) -> Date {
    match rule {
        MonthlyPayday::LastWorkingDay => last_working_day(month.year(), month.month(), holidays),
        MonthlyPayday::Day(day) => {
            let last = days_in_month(month.year(), month.month());
            on_or_before(
                Date::ymd(month.year(), month.month(), day.clamp(1, last)),
                holidays,
            )
        }
    }
}

fn who_of(person: Person) -> Who {
    match person {
        Person::You => Who::You,
        Person::Partner => Who::Partner,
    }
}

/// The help that comes with Universal Credit which this period has and the usual
/// month does not, or the other way round.
fn help_changes(this: &Snapshot, usual: &Snapshot) -> Vec<Effect> {
    this.passported_help
        .iter()
        .filter_map(|check| {
            let usually = usual
                .passported_help
                .iter()
                .find(|other| other.help == check.help)
                .is_some_and(PassportCheck::qualifies);
            (check.qualifies() != usually).then_some(Effect::HelpChanges {
                help: check.help,
                kept: check.qualifies(),
                source: check.source,
            })
        })
        .collect()
}
