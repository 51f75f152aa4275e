//! About you: a partner, ages, where you live.

use crate::answers::{Answers, FieldId, Person, YesNo};
use crate::household::Country;
use crate::limits::{OLDEST_ADULT, YOUNGEST_ADULT};

use super::fields::{choice_field, input_field, no_gaps, FieldKind};
use super::flow::people;
use super::{by_person, BuiltPage, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    pages.push(PageId::Partner);
    pages.extend(people(answers).into_iter().map(PageId::Age));
    pages.push(PageId::Country);
    // The benefit cap is higher in Greater London, which is in England.
    if answers.chosen(FieldId::Country) == Some(Country::England) {
        pages.push(PageId::London);
    }
}

pub fn partner(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::Partner,
        &questionnaire.copy.questions.partner,
        &[YesNo::No, YesNo::Yes],
        no_gaps,
        &[],
    ))
}

pub fn age(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(input_field(
        FieldId::Age(person),
        FieldKind::Whole {
            least: u32::from(YOUNGEST_ADULT),
            most: u32::from(OLDEST_ADULT),
        },
        by_person(person, &q.your_age, &q.partner_age),
        &[],
    ))
}

pub fn country(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::Country,
        &questionnaire.copy.questions.country,
        &[
            Country::England,
            Country::Scotland,
            Country::Wales,
            Country::NorthernIreland,
        ],
        no_gaps,
        &[],
    ))
}

pub fn london(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::London,
        &questionnaire.copy.questions.london,
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
}
