//! The answer first: the scenario's name, and the headline that says how much better
//! or worse off the work leaves you, a usual month and the year's average week.

use rust_decimal::Decimal;

use crate::copy::Template;
use crate::format::hours;
use crate::money::Money;
use crate::outcome::{PerWeekAndMonth, ScenarioOutcome};
use crate::work::{Job, Person};

use super::{fill, your_hours, Words};

/// A difference of less than this a month reads as "about the same": it is too small
/// to be news, and steady-month figures are not that exact about a real month.
const ABOUT_THE_SAME: Money = Money::pounds(1);

impl Words<'_> {
    /// The scenario's own name, or one made from its work: "You: 16 hours a week at
    /// £12.71 an hour".
    pub fn scenario_name(&self, scenario: &ScenarioOutcome) -> String {
        if let Some(name) = &scenario.name {
            return name.clone();
        }
        let words = &self.copy.scenario_names;
        let whose = |person: Person| match person {
            Person::You => words.you,
            Person::Partner => words.partner,
        };
        let work = &scenario.work;
        let mut parts: Vec<String> = [(words.you, work.you), (words.partner, work.partner)]
            .into_iter()
            .filter_map(|(who, job)| job.map(|job| self.job_description(who, &job)))
            .collect();
        parts.extend(work.self_employment.iter().map(|business| {
            fill(
                words.self_employed,
                &[
                    ("who", whose(business.who).fill(&[])),
                    ("hours", self.hours(business.hours_per_week)),
                    ("profit", self.money(business.profit_per_month)),
                ],
            )
        }));
        parts.extend(work.volunteering.iter().map(|volunteering| {
            fill(
                words.volunteering,
                &[
                    ("who", whose(volunteering.who).fill(&[])),
                    ("hours", self.hours(volunteering.hours_per_week)),
                ],
            )
        }));
        parts.extend(work.study.iter().map(|study| {
            let template = if study.full_time {
                words.full_time_study
            } else {
                words.part_time_study
            };
            fill(template, &[("who", whose(study.who).fill(&[]))])
        }));
        if parts.is_empty() {
            words.no_paid_work.fill(&[])
        } else {
            parts.join(&words.separator.fill(&[]))
        }
    }

    fn job_description(&self, who: Template, job: &Job) -> String {
        let words = &self.copy.scenario_names;
        let who = who.fill(&[]);
        // "16 hours", "1 hour".
        let hours = self.hours(job.hours_per_week);
        match (job.is_working(), job.hourly_pay, job.annual_salary) {
            (false, _, _) => words.not_working.fill(&[("who", &who)]),
            (true, Some(hourly), _) => fill(
                words.hourly,
                &[
                    ("who", who),
                    ("hours", hours),
                    ("hourly_pay", self.money(hourly)),
                ],
            ),
            (true, None, Some(salary)) => fill(
                words.salary,
                &[
                    ("who", who),
                    ("hours", hours),
                    ("salary", self.money(salary)),
                ],
            ),
            (true, None, None) => fill(words.hours_only, &[("who", who), ("hours", hours)]),
        }
    }

    /// The answer first: better or worse off, per week and per month, with the work.
    /// The figures are a usual month's (and its weekly equivalent); where the months
    /// with one more payday make the year's average week differ, that is said too.
    pub fn headline(&self, scenario: &ScenarioOutcome) -> String {
        let sentence = self.usual_month_headline(scenario);
        let better = scenario.better_off;
        let usual_week = PerWeekAndMonth::from_monthly(better.per_month).per_week;
        if better.per_week == usual_week || your_hours(scenario).is_zero() {
            sentence
        } else {
            let words = &self.copy.results;
            let (template, week) = if better.per_week.is_negative() {
                (words.year_average_worse, -better.per_week)
            } else {
                (words.year_average_better, better.per_week)
            };
            format!(
                "{sentence} {}",
                fill(template, &[("week", self.money(week))])
            )
        }
    }

    fn usual_month_headline(&self, scenario: &ScenarioOutcome) -> String {
        let words = &self.copy.results;
        let better = PerWeekAndMonth::from_monthly(scenario.better_off.per_month);
        let your_hours = your_hours(scenario);
        let about_the_same = better.per_month.abs() < ABOUT_THE_SAME;
        let (template, week, month) = if your_hours.is_zero() && about_the_same {
            (words.no_work_yet, better.per_week, better.per_month)
        } else if better.per_month >= ABOUT_THE_SAME {
            (words.better_off, better.per_week, better.per_month)
        } else if better.per_month <= -ABOUT_THE_SAME {
            (words.worse_off, -better.per_week, -better.per_month)
        } else {
            (words.about_the_same, better.per_week, better.per_month)
        };
        fill(
            template,
            &[
                ("week", self.money(week)),
                ("month", self.money(month)),
                ("hours", self.hours(your_hours)),
            ],
        )
    }

    /// Hours a week as words that agree with the number: "16 hours", "1 hour".
    pub fn hours(&self, hours_a_week: Decimal) -> String {
        let words = &self.copy.results;
        let template = if hours_a_week == Decimal::ONE {
            words.one_hour
        } else {
            words.hours
        };
        template.fill(&[("hours", &hours(hours_a_week))])
    }
}
