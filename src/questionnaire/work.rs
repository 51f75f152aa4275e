//! Work: what each adult does now, and the work you are thinking about.

use crate::answers::{Answers, FieldId, Person, YesNo};
use crate::copy::JobQuestions;
use crate::describe::fill;
use crate::format::pounds;
use crate::limits::{LEAST_HOURLY_PAY, MOST_HOURLY_PAY, MOST_HOURS_A_WEEK};

use super::fields::{choice_field, input_field, no_gaps, Field, FieldKind, FREQUENCIES};
use super::flow::people;
use super::{by_person, BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    for person in people(answers) {
        pages.push(PageId::WorkNow(person));
        if answers.is_yes(FieldId::WorksNow(person)) {
            pages.push(PageId::WorkNowDetails(person));
        }
    }
    pages.push(PageId::NewWork);
    // New Style ESA's supported permitted work: asked with the work, of someone on
    // ESA whose work is asked about (the work in mind is yours; a partner's is now).
    for person in people(answers) {
        let works = person == Person::You || answers.is_yes(FieldId::WorksNow(person));
        if works && super::incomes::counts_esa(answers, person) {
            pages.push(PageId::EsaSupportedWork(person));
        }
    }
}

/// The work in mind starts from the work you do now, when you work and have not
/// answered it yet: the question asks for the hours and pay in total after the change.
pub fn prefill_new_work(answers: &mut Answers) {
    let untouched = answers.get(FieldId::WorkHours).is_none()
        && answers.get(FieldId::WorkPay).is_none()
        && answers.get(FieldId::WorkPaid).is_none();
    if !untouched || !answers.is_yes(FieldId::WorksNow(Person::You)) {
        return;
    }
    let hours = answers.text(FieldId::NowHours(Person::You)).to_owned();
    let pay = answers.text(FieldId::NowPay(Person::You)).to_owned();
    answers.type_text(FieldId::WorkHours, hours);
    answers.type_text(FieldId::WorkPay, pay);
    if let Some(paid) = answers.choice(FieldId::NowPaid(Person::You)) {
        answers.choose(FieldId::WorkPaid, paid);
    }
}

/// `{national_living_wage}`.
fn wage(questionnaire: &Questionnaire<'_>) -> Vec<(&'static str, String)> {
    vec![(
        "national_living_wage",
        pounds(questionnaire.rules.minimum_wage.national_living_wage.value),
    )]
}

pub fn work_now(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::WorksNow(person),
        by_person(person, &q.you_work_now, &q.partner_works_now),
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
}

/// Hours, hourly pay and how often it comes, for a job now or the work in mind.
fn job_page(
    questionnaire: &Questionnaire<'_>,
    words: &JobQuestions,
    fewest_hours: u32,
    [hours, pay, paid]: [FieldId; 3],
) -> Vec<Field> {
    let q = &questionnaire.copy.questions;
    vec![
        input_field(
            hours,
            FieldKind::Hours {
                least: fewest_hours,
                most: MOST_HOURS_A_WEEK,
            },
            &words.hours,
            &[],
        ),
        input_field(
            pay,
            FieldKind::Money {
                least: LEAST_HOURLY_PAY,
                most: MOST_HOURLY_PAY,
            },
            &words.hourly_pay,
            &wage(questionnaire),
        ),
        choice_field(paid, &q.paid, &FREQUENCIES, no_gaps, &[]),
    ]
}

pub fn work_now_details(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let words = by_person(person, &q.your_job_now, &q.partner_job_now);
    BuiltPage {
        title: Some(fill(words.title, &[])),
        hint: String::new(),
        help: None,
        fields: job_page(
            questionnaire,
            words,
            1,
            [
                FieldId::NowHours(person),
                FieldId::NowPay(person),
                FieldId::NowPaid(person),
            ],
        ),
    }
}

/// The work you are thinking about: for someone who works now, the hours and pay in
/// total after the change (the page starts from today's job: `prefill`).
pub fn new_work(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let hint = if answers.is_yes(FieldId::WorksNow(Person::You)) {
        q.new_work_hint_working
    } else {
        q.new_work.hint
    };
    BuiltPage {
        title: Some(fill(q.new_work.title, &[])),
        hint: fill(hint, &[]),
        help: Some(HelpView::new(&q.new_work_help, &wage(questionnaire))),
        fields: job_page(
            questionnaire,
            &q.new_work,
            0,
            [FieldId::WorkHours, FieldId::WorkPay, FieldId::WorkPaid],
        ),
    }
}
