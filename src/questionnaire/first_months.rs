//! The questions about the first months of the work in mind, asked on the results
//! page: the day it would start (filled in with the 1st of next month), the day each
//! assessment period begins and the first payday (both may be left empty). The
//! months themselves are worked out from these by `to_situation::first_months`.

use crate::answers::{parse_date, Answers, FieldId, Person};
use crate::dates::Date;
use crate::describe::Words;
use crate::household::Country;
use crate::limits::MOST_TRANSITIONAL_ELEMENT;
use crate::period::Frequency;
use crate::situation::MOST_DAYS_TO_FIRST_PAYDAY;
use crate::working_days::assumed_first_payday;

use super::checks::check_field;
use super::fields::{input_field, FieldKind};
use super::to_situation::USUAL_PERIOD_DAY;
use super::{FieldState, Questionnaire};

/// A date as it is typed in the boxes: "1 2 2027".
pub fn typed(date: Date) -> String {
    format!("{} {} {}", date.day(), date.month(), date.year())
}

/// The day the work in mind starts unless the person says otherwise: the 1st of
/// next month.
pub fn usual_start(today: Date) -> Date {
    today.first_of_next_month()
}

impl Questionnaire<'_> {
    /// The three fields, with what is typed and any problem. The start must be typed;
    /// the others may be left empty (the page then says what it uses).
    pub fn first_months_fields(&self, answers: &Answers) -> Vec<FieldState> {
        let words = Words::for_page(self.copy);
        let text = &self.copy.results.first_months;
        let year = self.rules.tax_year;
        let example = typed(Date::ymd(year.second_calendar_year(), 2, 1));
        let paid: Frequency = answers
            .chosen(FieldId::WorkPaid)
            .unwrap_or(Frequency::Monthly);
        let country = answers.chosen(FieldId::Country).unwrap_or(Country::England);
        let holidays = self.rules.tables().bank_holidays.in_country(country);
        let start = parse_date(
            answers.text(FieldId::StartDate),
            year.first_day(),
            year.last_day(),
        )
        .ok();
        let (earliest, latest) = (year.first_day(), year.last_day());
        let range = |earliest: Date, latest: Date| {
            [
                ("earliest", words.date_without_weekday(earliest)),
                ("latest", words.date_without_weekday(latest)),
                ("example", example.clone()),
            ]
        };
        let start_field = input_field(
            FieldId::StartDate,
            FieldKind::Date { earliest, latest },
            &text.start,
            &range(earliest, latest),
        );
        let period_field = input_field(
            FieldId::PeriodDay,
            FieldKind::Whole { least: 1, most: 31 },
            &text.period_day,
            &[("usual", USUAL_PERIOD_DAY.to_string())],
        );
        let (payday_from, payday_to) = start.map_or((earliest, latest), |start| {
            (start, start.add_days(MOST_DAYS_TO_FIRST_PAYDAY))
        });
        let assumed = start
            .map(|start| words.date(assumed_first_payday(start, paid, holidays)))
            .unwrap_or_default();
        let mut payday_gaps = range(payday_from, payday_to).to_vec();
        payday_gaps.push(("assumed", assumed));
        payday_gaps.push(("most", MOST_DAYS_TO_FIRST_PAYDAY.to_string()));
        let payday_field = input_field(
            FieldId::FirstPayday,
            FieldKind::Date {
                earliest: payday_from,
                latest: payday_to,
            },
            &text.first_payday,
            &payday_gaps,
        );
        [
            (start_field, true),
            (period_field, false),
            (payday_field, false),
        ]
        .into_iter()
        .map(|(field, needed)| {
            let value = answers.text(field.id).to_owned();
            let error = if needed || !value.trim().is_empty() {
                check_field(&field, answers).err()
            } else {
                None
            };
            FieldState {
                field,
                value,
                error,
            }
        })
        .collect()
    }

    /// Transitional protection from a managed move to UC, as the statement shows it:
    /// asked on the results page, where UC is worked out; it may be left empty.
    pub fn transitional_protection_field(&self, answers: &Answers) -> FieldState {
        let field = input_field(
            FieldId::TransitionalElement,
            FieldKind::amount(MOST_TRANSITIONAL_ELEMENT),
            &self.copy.results.transitional_protection.amount,
            &[],
        );
        let value = answers.text(field.id).to_owned();
        let error = if value.trim().is_empty() {
            None
        } else {
            check_field(&field, answers).err()
        };
        FieldState {
            field,
            value,
            error,
        }
    }

    /// Whether the months can be shown for the work in mind: only for new work (not
    /// a change to the work you do now).
    pub fn asks_first_months(&self, answers: &Answers) -> bool {
        !answers.is_yes(FieldId::WorksNow(Person::You))
    }
}
