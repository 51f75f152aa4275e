//! The first six months of new work on the real 2026/27 calendar
//! (`engine/first_months.rs`): the assessment periods (UC Regs 2013 reg 21), the
//! paydays in each (regs 54 and 61: UC counts the pay received in the period), UC
//! paid seven days after each period ends or the working day before (Claims and
//! Payments Regs reg 47), and weekly benefits paid for the whole weeks before the
//! work starts while UC counts them stopped for the whole period (Decisions and
//! Appeals Regs 2013 Sch 1 paras 1, 4 and 20).
//!
//! 2026/27 figures (rates reference): UC standard allowance £424.90, LCWRA (protected)
//! £429.80, work allowance with housing costs £427, taper 55%. 16 hours at £12.71 is
//! £203.36 a week, under the tax and NI thresholds; no pension.

use benefit_bridge::calculate;
use benefit_bridge::dates::AssessmentPeriod;
use benefit_bridge::dates::Date;
use benefit_bridge::engine::first_months::paydays_in;
use benefit_bridge::household::{EsaGroup, UcHealth};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{
    Effect, FirstMonths, Income, MonthInWork, Timeline, TimelineNotShown, Who,
};
use benefit_bridge::period::Frequency;
use benefit_bridge::rules::{RULES_2026_27, TABLES_2026_27};
use benefit_bridge::scenario::{ExtraPay, FirstMonths as Start, MonthlyPayday, Payday, Scenario};
use benefit_bridge::situation::Situation;
use benefit_bridge::work::Job;
use benefit_bridge::work::Person;
use benefit_bridge::working_days::{
    assumed_first_payday, is_working_day, last_working_day, on_or_before,
};

use crate::support::*;

fn day(year: i32, month: u8, day: u8) -> Date {
    Date::ymd(year, month, day)
}

/// Work from `start`, assessment periods from `period_day`, first paid on `first`
/// (monthly pay then on the last working day of each month).
fn starting(start: Date, period_day: u8, first: Date) -> Start {
    Start {
        start,
        assessment_period_day: period_day,
        you: Some(Payday {
            first,
            monthly: MonthlyPayday::LastWorkingDay,
        }),
        partner: None,
        extra_pay: None,
    }
}

fn first_months(household: &HouseholdBuilder, job: Job, start: Start) -> FirstMonths {
    let situation = Situation {
        household: household.0.clone(),
        scenarios: vec![Scenario {
            you: Some(job),
            first_months: Some(start),
            ..Scenario::default()
        }],
    };
    assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
    calculate(&situation, &RULES_2026_27).scenarios[0]
        .first_months
        .clone()
        .expect("the scenario says when the work starts")
}

fn timeline(household: &HouseholdBuilder, job: Job, start: Start) -> Timeline {
    match first_months(household, job, start) {
        FirstMonths::Shown(timeline) => timeline,
        FirstMonths::NotShown(why) => panic!("not shown: {why:?}"),
    }
}

fn line(month: &MonthInWork, income: Income, who: Who) -> Money {
    month
        .income
        .iter()
        .filter(|line| line.income == income && line.who == who)
        .map(|line| line.amount)
        .sum()
}

fn paydays(month: &MonthInWork) -> Option<Vec<Date>> {
    month.effects.iter().find_map(|effect| match effect {
        Effect::Paydays { dates, .. } => Some(dates.clone()),
        _ => None,
    })
}

/// Every month adds up: its lines to its total, and the usual month and its effects
/// to the same total.
fn adds_up(timeline: &Timeline) {
    for month in &timeline.months {
        let lines: Money = month.income.iter().map(|line| line.amount).sum();
        assert_eq!(lines, month.total, "{:?}", month.period);
        let effects: Money = month.effects.iter().map(Effect::money).sum();
        assert_eq!(
            timeline.usual_total + effects,
            month.total,
            "{:?}",
            month.period
        );
        assert_eq!(month.difference_from_usual, effects);
    }
}

fn weekly_job() -> Job {
    hourly("16", nlw()).paid(Frequency::Weekly).no_pension()
}

mod weekly_pay {
    use super::*;

    // Single, 30, LCWRA (claim before 2026), private rent £600: maximum amount £424.90
    // + £429.80 + £600 = £1,454.70. Starts Monday 4 January 2027; periods begin on the
    // 1st; paid every Friday from 15 January.
    fn household() -> HouseholdBuilder {
        single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("600")
    }

    fn start() -> Start {
        starting(day(2027, 1, 4), 1, day(2027, 1, 15))
    }

    #[test]
    fn the_first_period_holds_three_paydays_and_april_holds_five() {
        let timeline = timeline(&household(), weekly_job(), start());
        adds_up(&timeline);
        let months = &timeline.months;
        assert_eq!(months.len(), 6);
        assert_eq!(months[0].period.first_day(), day(2027, 1, 1));
        assert_eq!(months[5].period.last_day(), day(2027, 6, 30));
        // January: the 15th, 22nd and 29th. Earnings 3 × £203.36 = £610.08; UC =
        // £1,454.70 − 55% × (£610.08 − £427) = £1,454.70 − £100.694 = £1,354.006,
        // £1,354.01 to the penny.
        assert_eq!(
            paydays(&months[0]),
            Some(vec![day(2027, 1, 15), day(2027, 1, 22), day(2027, 1, 29)])
        );
        assert_eq!(
            line(&months[0], Income::TakeHomePay, Who::You),
            gbp("610.08")
        );
        assert_eq!(
            line(&months[0], Income::UniversalCredit, Who::Household),
            gbp("1354.01")
        );
        // A usual month: 4 × £203.36 = £813.44; UC = £1,454.70 − 55% × £386.44 =
        // £1,242.158 → £1,242.16. February has four paydays: no effect.
        assert_eq!(paydays(&months[1]), None);
        assert_eq!(
            line(&months[1], Income::UniversalCredit, Who::Household),
            gbp("1242.16")
        );
        // March: Friday 26 March is Good Friday, so that pay comes on Thursday 25th;
        // still four. April: the 2nd, 9th, 16th, 23rd and 30th: five. Earnings
        // £1,016.80; UC = £1,454.70 − 55% × £589.80 = £1,130.31.
        assert_eq!(paydays(&months[2]), None);
        assert_eq!(
            paydays(&months[3]),
            Some(vec![
                day(2027, 4, 2),
                day(2027, 4, 9),
                day(2027, 4, 16),
                day(2027, 4, 23),
                day(2027, 4, 30)
            ])
        );
        assert_eq!(
            line(&months[3], Income::TakeHomePay, Who::You),
            gbp("1016.80")
        );
        assert_eq!(
            line(&months[3], Income::UniversalCredit, Who::Household),
            gbp("1130.31")
        );
    }

    #[test]
    fn free_prescriptions_are_lost_in_the_period_with_five_paydays() {
        // NHS (Charges) Regs: take-home pay of £935 or less with LCWRA. A usual month's
        // £813.44 keeps them; April's five paydays, £1,016.80, lose them for April.
        let timeline = timeline(&household(), weekly_job(), start());
        let lost = |month: &MonthInWork| {
            month.effects.iter().any(|effect| {
                matches!(
                    effect,
                    Effect::HelpChanges {
                        help: Income::FreePrescriptions,
                        kept: false,
                        ..
                    }
                )
            })
        };
        assert!(line(
            &timeline.months[1],
            Income::FreePrescriptions,
            Who::Household
        )
        .is_positive());
        assert!(lost(&timeline.months[3]));
        assert_eq!(
            line(
                &timeline.months[3],
                Income::FreePrescriptions,
                Who::Household
            ),
            Money::ZERO
        );
        assert!(!lost(&timeline.months[1]) && !lost(&timeline.months[4]));
    }

    #[test]
    fn universal_credit_is_paid_seven_days_after_the_period_or_the_working_day_before() {
        let timeline = timeline(&household(), weekly_job(), start());
        // January's period ends on the 31st; 7 February 2027 is a Sunday: Friday 5th.
        assert_eq!(
            timeline.months[0].universal_credit_paid_on,
            Some(day(2027, 2, 5))
        );
        // February's ends on the 28th; 7 March is a Sunday: Friday 5 March.
        assert_eq!(
            timeline.months[1].universal_credit_paid_on,
            Some(day(2027, 3, 5))
        );
        // March's ends on the 31st: Wednesday 7 April.
        assert_eq!(
            timeline.months[2].universal_credit_paid_on,
            Some(day(2027, 4, 7))
        );
    }
}

mod monthly_pay {
    use super::*;

    // Periods begin on the 30th (reg 21(2): the 27th in February 2027). Paid on the
    // last working day of each month, from Friday 30 April 2027. Monday 31 May 2027 is
    // the spring bank holiday in England, so May's pay comes on Friday 28 May: in the
    // same period as April's, and the next period has none. (August's summer bank
    // holiday, Monday 30th, moves nothing: the last working day is Tuesday 31st.)
    #[test]
    fn a_bank_holiday_puts_two_paydays_in_one_period_and_none_in_the_next() {
        let household = single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("600");
        let job = salary("15000").no_pension();
        let start = starting(day(2027, 4, 5), 30, day(2027, 4, 30));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let counts: Vec<usize> = timeline
            .months
            .iter()
            .map(|month| paydays(month).map_or(1, |dates| dates.len()))
            .collect();
        assert_eq!(counts, vec![0, 2, 0, 1, 1, 1]);
        assert_eq!(timeline.months[0].period.first_day(), day(2027, 3, 30));
        assert_eq!(
            paydays(&timeline.months[1]),
            Some(vec![day(2027, 4, 30), day(2027, 5, 28)])
        );
        // The period with none says so.
        assert_eq!(paydays(&timeline.months[2]), Some(Vec::new()));
    }

    // Periods begin on the 1st: pay on the last working day lands in the period it
    // is earned in, even on the period's last day (Wednesday 31 March 2027).
    #[test]
    fn pay_on_the_last_day_of_a_period_counts_in_that_period() {
        let job = salary("15000").no_pension();
        let payday = Payday {
            first: day(2027, 1, 29),
            monthly: MonthlyPayday::LastWorkingDay,
        };
        let holidays = TABLES_2026_27.bank_holidays.england_and_wales;
        let march = AssessmentPeriod::containing(day(2027, 3, 15), 1);
        assert_eq!(march.last_day(), day(2027, 3, 31));
        assert_eq!(
            paydays_in(march, &job, payday, holidays),
            vec![day(2027, 3, 31)]
        );
        // January's 31st is a Sunday: Friday 29th, still January's period.
        let january = AssessmentPeriod::containing(day(2027, 1, 4), 1);
        assert_eq!(
            paydays_in(january, &job, payday, holidays),
            vec![day(2027, 1, 29)]
        );
        // A period from the 31st (reg 21(2)(a): the last day of each month) that
        // begins on Wednesday 31 March holds March's pay, paid that day.
        let from_the_31st = AssessmentPeriod::containing(day(2027, 4, 10), 31);
        assert_eq!(from_the_31st.first_day(), day(2027, 3, 31));
        assert_eq!(
            paydays_in(from_the_31st, &job, payday, holidays),
            vec![day(2027, 3, 31)]
        );
    }

    // The same pay from Friday 31 July 2026. In England, Monday 31 August 2026 is the
    // summer bank holiday: August's pay comes on Friday 28th, with July's in the
    // period from 30 July. In Scotland 31 August is a working day, but Monday 30
    // November is St Andrew's Day: November's pay comes on Friday 27th, with
    // October's (Friday 30th) in the period from 30 October.
    #[test]
    fn the_bank_holidays_of_each_nation_move_different_paydays() {
        let counts = |country: Country| -> Vec<usize> {
            timeline_in(country)
                .months
                .iter()
                .map(|month| paydays(month).map_or(1, |dates| dates.len()))
                .collect()
        };
        assert_eq!(counts(Country::England), vec![0, 2, 0, 1, 1, 1]);
        assert_eq!(counts(Country::Scotland), vec![0, 1, 1, 1, 2, 0]);
    }

    fn timeline_in(country: Country) -> Timeline {
        let household = single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("600")
            .country(country);
        timeline(
            &household,
            salary("15000").no_pension(),
            starting(day(2026, 7, 6), 30, day(2026, 7, 31)),
        )
    }

    use benefit_bridge::country::Country;
}

#[test]
fn four_weekly_pay_gives_13_paydays_in_12_periods() {
    // Paid every four weeks from Friday 16 October 2026; periods begin on the 10th.
    // Twelve periods, 10 October 2026 to 9 October 2027, hold 13 paydays (16 October
    // + 12 × 28 days = 17 September 2027): the period from 10 December holds two, 11
    // December and 8 January.
    let job = hourly("16", nlw()).paid(Frequency::FourWeekly);
    let payday = Payday {
        first: day(2026, 10, 16),
        monthly: MonthlyPayday::LastWorkingDay,
    };
    let holidays = TABLES_2026_27.bank_holidays.england_and_wales;
    let mut period = AssessmentPeriod::containing(day(2026, 10, 16), 10);
    let mut counts = Vec::new();
    for _ in 0..12 {
        let dates = paydays_in(period, &job, payday, holidays);
        if dates.len() == 2 {
            assert_eq!(period.first_day(), day(2026, 12, 10));
            assert_eq!(dates, vec![day(2026, 12, 11), day(2027, 1, 8)]);
        }
        counts.push(dates.len());
        period = period.next();
    }
    assert_eq!(counts.iter().sum::<usize>(), 13);
    assert_eq!(counts.iter().filter(|count| **count == 2).count(), 1);
    assert!(!counts.contains(&0));
}

mod new_style_esa {
    use super::*;

    // Single, 30, New Style ESA in the assessment phase: £95.55 a week. Renting
    // privately at £600. 20 hours at £12.71 a week is over permitted work (16 hours or
    // more, and over £203.50), so ESA stops from the week work starts (ESA Regs 2013
    // reg 37). Periods begin on the 1st; work starts Monday 8 February 2027, a week
    // into the period: ESA is paid for that one whole week, £95.55. UC counts ESA
    // stopped for the whole period (the whole-month rule).
    #[test]
    fn permitted_work_crossed_in_the_second_week_of_a_period() {
        let household = single(30)
            .renting_privately("600")
            .esa(EsaGroup::AssessmentPhase);
        let job = hourly("20", nlw()).paid(Frequency::Weekly).no_pension();
        let start = starting(day(2027, 2, 8), 1, day(2027, 2, 19));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let first = &timeline.months[0];
        assert_eq!(line(first, Income::NewStyleEsa, Who::You), gbp("95.55"));
        assert!(first.effects.iter().any(|effect| matches!(
            effect,
            Effect::PaidUntilItStops {
                income: Income::NewStyleEsa,
                weeks: 1,
                ..
            }
        )));
        // After it, no ESA.
        assert_eq!(
            line(&timeline.months[1], Income::NewStyleEsa, Who::You),
            Money::ZERO
        );
    }
}

mod carers_allowance {
    use super::*;

    // Single, 30, caring 35 hours with Carer's Allowance, £86.45 a week (SI 2026/148
    // Sch 1); £86.45 × 52 / 12 = £374.62 a month, all taken off UC (regs 66 and 73).
    // Private rent £600. 20 hours at £12.71 paid weekly is over the £204 earnings
    // limit. A week's allowance goes when the week before had earnings over the limit
    // (SI 1976/409 reg 8(1)), counted from the day they are due (Computation of
    // Earnings Regs 1996 reg 6(2)(a)): so from the Monday after the first payday.
    fn household() -> HouseholdBuilder {
        single(30)
            .renting_privately("600")
            .carer()
            .carers_allowance()
    }

    fn job() -> Job {
        hourly("20", nlw()).paid(Frequency::Weekly).no_pension()
    }

    #[test]
    fn the_allowance_goes_from_the_week_after_the_first_pay() {
        // Work from Monday 4 January 2027, first paid Friday 15 January: the
        // allowance stops on Monday 18 January, after two whole weeks of the period
        // (1 to 17 January): 2 × £86.45 = £172.90, extra this period, as UC counts
        // it stopped for the whole period.
        let start = starting(day(2027, 1, 4), 1, day(2027, 1, 15));
        let timeline = timeline(&household(), job(), start);
        adds_up(&timeline);
        let january = &timeline.months[0];
        assert_eq!(
            line(january, Income::CarersAllowance, Who::You),
            gbp("172.90")
        );
        assert!(january.effects.iter().any(|effect| matches!(
            effect,
            Effect::PaidUntilItStops { income: Income::CarersAllowance, weeks: 2, stops, .. }
                if *stops == day(2027, 1, 18)
        )));
        assert_eq!(
            line(&timeline.months[1], Income::CarersAllowance, Who::You),
            Money::ZERO
        );
    }

    #[test]
    fn an_extra_shift_over_the_limit_loses_one_week_of_the_allowance() {
        // 12 hours at £12.71 paid weekly, £152.52, keeps the allowance (under £204;
        // no tax or NI on it). On Friday 5 February 2027 an extra shift brings £80
        // more: £232.52 that week, over the limit (no NI under £242 a week; any tax on
        // it only brings it down a little). So the allowance is not paid for the week
        // from Monday 8 February: £86.45 less in February's period, as UC still takes
        // a whole month of it off (it is paid again by the period's end).
        let mut start = starting(day(2027, 1, 4), 1, day(2027, 1, 15));
        start.extra_pay = Some(ExtraPay {
            who: Person::You,
            payday: day(2027, 2, 5),
            amount: gbp("80"),
        });
        let job = hourly("12", nlw()).paid(Frequency::Weekly).no_pension();
        let timeline = timeline(&household(), job, start);
        adds_up(&timeline);
        let february = &timeline.months[1];
        let lost = february.effects.iter().find_map(|effect| match effect {
            Effect::AllowanceLostForAWeek {
                from, weeks, money, ..
            } => Some((*from, *weeks, *money)),
            _ => None,
        });
        assert_eq!(lost, Some((day(2027, 2, 8), 1, gbp("-86.45"))));
        // The allowance: a month's £374.62 less the lost week.
        assert_eq!(
            line(february, Income::CarersAllowance, Who::You),
            gbp("374.62") - gbp("86.45")
        );
        // The extra pay counts in February's earnings: £80 more gross.
        let pay = |month: &MonthInWork| line(month, Income::TakeHomePay, Who::You);
        assert!(pay(february) > pay(&timeline.months[2]));
        // Other periods keep the allowance.
        assert_eq!(
            line(&timeline.months[2], Income::CarersAllowance, Who::You),
            gbp("374.62")
        );
    }

    #[test]
    fn paid_monthly_from_late_february_the_allowance_runs_on_with_uc_taking_it_off() {
        // Work from Monday 25 January 2027, paid monthly from Friday 26 February: the
        // allowance stops on Monday 1 March. January and February are still paid in
        // full, £374.62 each, and UC takes it all off: UC is the work's UC less
        // £374.62, and the total the same as without it. March has no allowance.
        let start = starting(day(2027, 1, 25), 1, day(2027, 2, 26));
        let job = hourly("20", nlw()).no_pension();
        let timeline = timeline(&household(), job, start);
        adds_up(&timeline);
        for month in &timeline.months[..2] {
            assert_eq!(
                line(month, Income::CarersAllowance, Who::You),
                gbp("374.62")
            );
            let still = month.effects.iter().find_map(|effect| match effect {
                Effect::StillPaid { stops, money, .. } => Some((*stops, *money)),
                _ => None,
            });
            assert_eq!(still, Some((day(2027, 3, 1), Money::ZERO)));
        }
        // January, with no pay yet and the allowance paid, is as now.
        assert_eq!(timeline.months[0].total, now(&household()).total.per_month);
        assert_eq!(
            line(&timeline.months[2], Income::CarersAllowance, Who::You),
            Money::ZERO
        );
    }
}

mod housing_benefit {
    use super::*;
    use benefit_bridge::household::SupportedAccommodation;

    // Single, 30, in supported housing at £150 a week (HB pays it: HB Regs 2006), on
    // New Style ESA in the assessment phase. 20 hours at £12.71 paid monthly takes
    // UC to nil and ends ESA, so HB is worked out on the pay and falls. If the ESA
    // had been paid for 26 weeks or more, HB runs on for 4 weeks (regs 73 to 73B):
    // not counted, as how long is not asked, but said once, in the first period HB
    // falls.
    #[test]
    fn the_first_period_housing_benefit_falls_names_the_extended_payment() {
        let household = single(30)
            .supported_housing("150", SupportedAccommodation::Supported)
            .esa(EsaGroup::AssessmentPhase);
        let job = hourly("20", nlw()).no_pension();
        let start = starting(day(2027, 1, 4), 1, day(2027, 1, 29));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let said: Vec<usize> = timeline
            .months
            .iter()
            .enumerate()
            .filter(|(_, month)| {
                month
                    .effects
                    .iter()
                    .any(|effect| matches!(effect, Effect::HousingBenefitMayRunOn { .. }))
            })
            .map(|(index, _)| index)
            .collect();
        let now_hb = now(&household)
            .income_line(Income::HousingBenefit, Who::Household)
            .map(|line| line.per_month)
            .expect("HB now");
        let first_lower = timeline
            .months
            .iter()
            .position(|month| line(month, Income::HousingBenefit, Who::Household) < now_hb)
            .expect("HB falls with the work");
        assert_eq!(said, vec![first_lower]);
    }
}

mod surplus_earnings {
    use super::*;
    use rust_decimal::Decimal;

    // Single, 30, no health element or children (so no work allowance), private rent
    // £500: maximum amount £424.90 + £500 = £924.90, nil at earnings of £924.90 / 55%
    // = £1,681.636... a month (UC Regs 2013 reg 54A(1), the "nil UC threshold"). 30
    // hours at £12.71 paid weekly, no pension: four Fridays' pay is under it, five
    // over it. So UC is nil in April 2027 (five paydays), and paid again in May.
    #[test]
    fn a_nil_period_names_its_surplus_and_the_next_period_warns_of_it() {
        let household = single(30).renting_privately("500");
        let job = hourly("30", nlw()).paid(Frequency::Weekly).no_pension();
        let start = starting(day(2027, 1, 4), 1, day(2027, 1, 15));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let april = &timeline.months[3];
        assert_eq!(
            line(april, Income::UniversalCredit, Who::Household),
            Money::ZERO
        );
        let surplus = april
            .effects
            .iter()
            .find_map(|effect| match effect {
                Effect::UniversalCreditNil { surplus, .. } => Some(*surplus),
                _ => None,
            })
            .expect("UC is nil in April");
        let nil_point = gbp("924.90").decimal() / Decimal::new(55, 2);
        let pay = line(april, Income::TakeHomePay, Who::You);
        assert_eq!(
            surplus,
            Money::from_decimal(pay.decimal() - nil_point).round_down_to_penny()
        );
        assert!(surplus.is_positive());
        let may = &timeline.months[4];
        assert!(line(may, Income::UniversalCredit, Who::Household).is_positive());
        assert!(may
            .effects
            .iter()
            .any(|effect| matches!(effect, Effect::SurplusMayCount { surplus: carried, .. } if *carried == surplus)));
    }
}

mod transitional_protection {
    use super::*;

    // The surplus household with a transitional element of £10 (UC (Transitional
    // Provisions) Regs 2014 reg 55): the nil point rises by £10 / 55% = £18.18, still
    // under April's five paydays. UC is nil in April, and the period says that the
    // protection ends for good if the award ends (reg 57).
    #[test]
    fn a_nil_period_warns_that_the_protection_ends_with_the_award() {
        let household = single(30)
            .renting_privately("500")
            .transitional_element("10");
        let job = hourly("30", nlw()).paid(Frequency::Weekly).no_pension();
        let start = starting(day(2027, 1, 4), 1, day(2027, 1, 15));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let april = &timeline.months[3];
        assert_eq!(
            line(april, Income::UniversalCredit, Who::Household),
            Money::ZERO
        );
        assert!(april.effects.iter().any(|effect| matches!(
            effect,
            Effect::UniversalCreditNil {
                transitional_protection: true,
                ..
            }
        )));
        let words = benefit_bridge::describe::Words::for_page(&benefit_bridge::copy::EN);
        let said: Vec<String> = april
            .effects
            .iter()
            .map(|effect| words.effect(effect, april, &timeline))
            .collect();
        assert!(
            said.iter().any(|sentence| sentence
                .contains("Your transitional protection ends for good if your award ends")),
            "{said:?}"
        );
    }
}

mod benefit_cap {
    use super::*;

    // A lone parent, 30, children of 4 and 6, private rent £1,400, in England outside
    // London: capped at £1,835.00 a month now. 16 hours at £12.71 paid monthly is
    // £881.23 a month, at the cap's threshold of £881 (reg 82(1)(a)): no cap in a
    // usual month. Starting Monday 4 January 2027 with the first pay on Friday 26
    // February, January's period holds no pay: someone starting work has no grace
    // period (reg 82(2) needs earnings at the threshold in each of the 12 months
    // before), so the cap applies in January, and that period is as now.
    #[test]
    fn the_cap_applies_in_a_period_before_the_first_pay() {
        let household = single(30).child(4).child(6).renting_privately("1400");
        let job = hourly("16", nlw()).no_pension();
        let start = starting(day(2027, 1, 4), 1, day(2027, 2, 26));
        let timeline = timeline(&household, job, start);
        adds_up(&timeline);
        let january = &timeline.months[0];
        assert_eq!(paydays(january), Some(Vec::new()));
        let capped = january.effects.iter().find_map(|effect| match effect {
            Effect::BenefitCap { threshold, .. } => Some(*threshold),
            _ => None,
        });
        assert_eq!(capped, Some(gbp("881")));
        let now = now(&household);
        assert_eq!(
            line(january, Income::UniversalCredit, Who::Household),
            uc(&now)
        );
        assert_eq!(january.total, now.total.per_month);
        // From February, paid, no cap.
        assert!(!timeline.months[1]
            .effects
            .iter()
            .any(|effect| matches!(effect, Effect::BenefitCap { .. })));
    }
}

#[test]
fn a_change_of_hours_in_a_job_you_have_is_not_shown_month_by_month() {
    let household = single(30)
        .renting_privately("600")
        .works(hourly("10", nlw()));
    let start = starting(day(2027, 1, 4), 1, day(2027, 1, 29));
    assert_eq!(
        first_months(&household, hourly("20", nlw()), start),
        FirstMonths::NotShown(TimelineNotShown::ChangeOfWork)
    );
}

#[test]
fn a_payday_on_a_weekend_or_bank_holiday_moves_to_the_working_day_before() {
    let england = TABLES_2026_27.bank_holidays.england_and_wales;
    let scotland = TABLES_2026_27.bank_holidays.scotland;
    // Monday 31 August 2026 is the summer bank holiday in England, not in Scotland.
    assert_eq!(last_working_day(2026, 8, england), day(2026, 8, 28));
    assert_eq!(last_working_day(2026, 8, scotland), day(2026, 8, 31));
    // 31 January 2027 is a Sunday: Friday 29th.
    assert_eq!(last_working_day(2027, 1, england), day(2027, 1, 29));
    // Christmas 2026: Friday 25th and Monday 28th are bank holidays.
    assert_eq!(on_or_before(day(2026, 12, 28), england), day(2026, 12, 24));
    assert!(is_working_day(day(2026, 12, 29), england));
}

#[test]
fn the_first_payday_we_assume_is_a_whole_pay_period_after_the_start() {
    let england = TABLES_2026_27.bank_holidays.england_and_wales;
    let monday = day(2027, 1, 4);
    // Weekly: the first Friday at least 7 days on, 11 January: Friday 15th.
    assert_eq!(
        assumed_first_payday(monday, Frequency::Weekly, england),
        day(2027, 1, 15)
    );
    // Fortnightly: on or after 18 January: Friday 22nd. Four-weekly: on or after 1
    // February: Friday 5th.
    assert_eq!(
        assumed_first_payday(monday, Frequency::Fortnightly, england),
        day(2027, 1, 22)
    );
    assert_eq!(
        assumed_first_payday(monday, Frequency::FourWeekly, england),
        day(2027, 2, 5)
    );
    // Monthly: January's last working day, Friday 29th, is 25 days on.
    assert_eq!(
        assumed_first_payday(monday, Frequency::Monthly, england),
        day(2027, 1, 29)
    );
    // Starting on 20 January leaves 9 days: February's last working day, Friday 26th.
    assert_eq!(
        assumed_first_payday(day(2027, 1, 20), Frequency::Monthly, england),
        day(2027, 2, 26)
    );
    // A Friday that is a bank holiday: starting Friday 18 December 2026, weekly pay
    // from Friday 25th, Christmas Day: Thursday 24th.
    assert_eq!(
        assumed_first_payday(day(2026, 12, 18), Frequency::Weekly, england),
        day(2026, 12, 24)
    );
}

#[test]
fn extra_pay_needs_a_new_job_with_a_payday_before_it() {
    // The situation checks name the field: extra pay for someone with no new job, or
    // before the first payday, cannot be used.
    let situation = |extra: ExtraPay| Situation {
        household: single(30).renting_privately("600").0,
        scenarios: vec![Scenario {
            you: Some(weekly_job()),
            first_months: Some(Start {
                extra_pay: Some(extra),
                ..starting(day(2027, 1, 4), 1, day(2027, 1, 15))
            }),
            ..Scenario::default()
        }],
    };
    let problems = |extra| {
        situation(extra)
            .check(RULES_2026_27.tax_year)
            .into_iter()
            .map(|problem| problem.field)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        problems(ExtraPay {
            who: Person::Partner,
            payday: day(2027, 2, 5),
            amount: gbp("80"),
        }),
        ["scenarios[0].first_months.extra_pay.who"]
    );
    assert_eq!(
        problems(ExtraPay {
            who: Person::You,
            payday: day(2027, 1, 8),
            amount: gbp("80"),
        }),
        ["scenarios[0].first_months.extra_pay.payday"]
    );
    assert!(problems(ExtraPay {
        who: Person::You,
        payday: day(2027, 2, 5),
        amount: gbp("80"),
    })
    .is_empty());
}

#[test]
fn a_period_with_one_payday_says_once() {
    // Weekly pay from Friday 29 January 2027: January's period holds that one payday.
    let household = single(30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("600");
    let timeline = timeline(
        &household,
        weekly_job(),
        starting(day(2027, 1, 18), 1, day(2027, 1, 29)),
    );
    let january = &timeline.months[0];
    let words = benefit_bridge::describe::Words::for_page(&benefit_bridge::copy::EN);
    let said: Vec<String> = january
        .effects
        .iter()
        .map(|effect| words.effect(effect, january, &timeline))
        .collect();
    assert!(
        said[0].starts_with(
            "Your pay comes once in this period (29 January), where most periods have 4."
        ),
        "{said:?}"
    );
}
