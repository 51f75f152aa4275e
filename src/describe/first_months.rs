//! The first months in words: dates as people write them, the answers the months
//! use, each period's heading, and why a period differs from the usual month ("Your
//! pay comes 5 times in this period ...").

use crate::dates::{AssessmentPeriod, Date, Weekday};
use crate::money::Money;
use crate::outcome::MONTHS_SHOWN as MONTHS;
use crate::outcome::{Effect, Income, MonthInWork, MonthLine, PaydayPattern, Timeline, Who};

use super::{fill, Words};

/// The household's Universal Credit in a list of a period's lines.
fn universal_credit(lines: &[MonthLine]) -> Money {
    lines
        .iter()
        .filter(|line| line.income == Income::UniversalCredit)
        .map(|line| line.amount)
        .sum()
}

impl Words<'_> {
    /// "Friday 15 January 2027".
    pub fn date(&self, date: Date) -> String {
        let common = &self.copy.common;
        let weekday = Weekday::ALL
            .iter()
            .position(|day| *day == date.weekday())
            .and_then(|index| common.weekdays.get(index))
            .copied()
            .unwrap_or_default();
        common.date.fill(&[
            ("weekday", weekday),
            ("day", &date.day().to_string()),
            ("month", self.month_name(date)),
            ("year", &date.year().to_string()),
        ])
    }

    /// "15 January".
    pub fn date_short(&self, date: Date) -> String {
        self.copy.common.date_short.fill(&[
            ("day", &date.day().to_string()),
            ("month", self.month_name(date)),
        ])
    }

    /// "15 January 2027".
    pub fn date_without_weekday(&self, date: Date) -> String {
        self.copy.common.date_without_weekday.fill(&[
            ("day", &date.day().to_string()),
            ("month", self.month_name(date)),
            ("year", &date.year().to_string()),
        ])
    }

    fn month_name(&self, date: Date) -> &str {
        self.copy
            .common
            .months
            .get(usize::from(date.month()).saturating_sub(1))
            .copied()
            .unwrap_or_default()
    }

    /// "See your first 6 months in work", and the heading.
    pub fn first_months_link(&self) -> String {
        let months = MONTHS.to_string();
        self.copy
            .results
            .first_months
            .link
            .fill(&[("months", &months)])
    }

    pub fn first_months_heading(&self) -> String {
        let months = MONTHS.to_string();
        self.copy
            .results
            .first_months
            .heading
            .fill(&[("months", &months)])
    }

    /// The answers the months use: the start, the periods, and the paydays.
    pub fn first_months_used(&self, timeline: &Timeline) -> String {
        let words = &self.copy.results.first_months;
        let Some(pay) = timeline.paydays.first() else {
            return String::new();
        };
        let then = match pay.then {
            PaydayPattern::EveryDays(7) => words.then_every_week.fill(&[]),
            PaydayPattern::EveryDays(days) => {
                words.then_every_days.fill(&[("days", &days.to_string())])
            }
            PaydayPattern::LastWorkingDayOfTheMonth => words.then_last_working_day.fill(&[]),
            PaydayPattern::DayOfTheMonth(day) => {
                words.then_day_of_month.fill(&[("day", &day.to_string())])
            }
        };
        fill(
            words.used,
            &[
                ("start", self.date(timeline.start)),
                ("day", timeline.assessment_period_day.to_string()),
                ("payday", self.date(pay.first)),
                ("then", then),
            ],
        )
    }

    /// "1 February to 28 February 2027".
    pub fn period_name(&self, period: AssessmentPeriod) -> String {
        fill(
            self.copy.results.first_months.period,
            &[
                ("first", self.date_short(period.first_day())),
                ("last", self.date_without_weekday(period.last_day())),
            ],
        )
    }

    /// Why a period differs from the usual month, and what it means.
    pub fn effect(&self, effect: &Effect, month: &MonthInWork, timeline: &Timeline) -> String {
        let words = &self.copy.results.first_months;
        match effect {
            Effect::Paydays { dates, .. } if dates.is_empty() => words.paydays_none.fill(&[]),
            Effect::Paydays { dates, usual, .. } => {
                let uc_change = universal_credit(&month.income) - universal_credit(&timeline.usual);
                let count = u32::try_from(dates.len()).unwrap_or(u32::MAX);
                let template = if count > *usual {
                    words.paydays_more
                } else if count == 1 {
                    words.paydays_once
                } else {
                    words.paydays_fewer
                };
                let dates: Vec<String> = dates.iter().map(|date| self.date_short(*date)).collect();
                fill(
                    template,
                    &[
                        ("count", count.to_string()),
                        ("usual", usual.to_string()),
                        ("dates", self.list(&dates)),
                        ("uc", self.money(uc_change.abs())),
                    ],
                )
            }
            Effect::PaidUntilItStops {
                income,
                who,
                weeks,
                stops,
                money,
                ..
            } => {
                let template = if *weeks == 1 {
                    words.paid_before_one_week
                } else {
                    words.paid_before
                };
                fill(
                    template,
                    &[
                        ("benefit", self.income_name(*income, *who)),
                        ("weeks", weeks.to_string()),
                        ("date", self.date(*stops)),
                        ("amount", self.money(*money)),
                    ],
                )
            }
            Effect::StillPaid {
                income, who, stops, ..
            } => fill(
                words.still_paid,
                &[
                    ("benefit", self.income_name(*income, *who)),
                    ("date", self.date(*stops)),
                ],
            ),
            Effect::UniversalCreditNil {
                surplus,
                transitional_protection,
                ..
            } => {
                let mut sentences = words.uc_nil.fill(&[]);
                if surplus.is_positive() {
                    sentences.push(' ');
                    sentences.push_str(&fill(
                        words.uc_nil_surplus,
                        &[("surplus", self.money(*surplus))],
                    ));
                }
                if *transitional_protection {
                    sentences.push(' ');
                    sentences.push_str(words.uc_nil_transitional.text());
                }
                sentences
            }
            Effect::SurplusMayCount { surplus, .. } => fill(
                words.surplus_may_count,
                &[("surplus", self.money(*surplus))],
            ),
            Effect::HelpChanges { help, kept, .. } => {
                let template = if *kept {
                    words.help_kept
                } else {
                    words.help_lost
                };
                fill(
                    template,
                    &[("help", self.income_name(*help, Who::Household))],
                )
            }
            Effect::HousingBenefitMayRunOn { .. } => words.housing_benefit_run_on.fill(&[]),
            Effect::ExtraPay { payday, amount, .. } => fill(
                words.extra_pay,
                &[
                    ("payday", self.date(*payday)),
                    ("amount", self.money(*amount)),
                ],
            ),
            Effect::AllowanceLostForAWeek {
                income,
                who,
                payday,
                from,
                weeks,
                money,
                ..
            } => fill(
                if *weeks == 1 {
                    words.allowance_lost_one_week
                } else {
                    words.allowance_lost_weeks
                },
                &[
                    ("benefit", self.income_name(*income, *who)),
                    ("payday", self.date(*payday)),
                    ("from", self.date(*from)),
                    ("weeks", weeks.to_string()),
                    ("amount", self.money(money.abs())),
                ],
            ),
            Effect::BenefitCap {
                reduction,
                threshold,
                ..
            } => fill(
                words.benefit_cap,
                &[
                    ("reduction", self.money(*reduction)),
                    ("threshold", self.money(*threshold)),
                ],
            ),
        }
    }

    /// The months after the tax year ends use this year's rates.
    pub fn first_months_note_after_tax_year(&self, timeline: &Timeline) -> Option<String> {
        let last = timeline.months.last()?.period.last_day();
        (last > timeline.tax_year_ends).then(|| {
            fill(
                self.copy.results.first_months.after_tax_year,
                &[("date", self.date(timeline.tax_year_ends))],
            )
        })
    }
}
