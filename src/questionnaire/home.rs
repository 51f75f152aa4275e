//! Your home: renting or not, the rent, and other adults who live with you.

use crate::answers::{Answers, FieldId, Home};
use crate::describe::fill;
use crate::limits::{MOST_OTHER_ADULTS, MOST_RENT};

use super::fields::{choice_field, input_field, no_gaps, FieldKind, FREQUENCIES};
use super::{BuiltPage, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    pages.push(PageId::Housing);
    if matches!(
        answers.chosen(FieldId::Home),
        Some(Home::RentsPrivately | Home::RentsSocially)
    ) {
        pages.push(PageId::Rent);
    }
    pages.push(PageId::OtherAdults);
}

pub fn housing(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::Home,
        &questionnaire.copy.questions.housing,
        &[
            Home::RentsPrivately,
            Home::RentsSocially,
            Home::Owns,
            Home::NoRent,
        ],
        no_gaps,
        &[],
    ))
}

pub fn rent(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage {
        title: Some(fill(q.rent_title, &[])),
        hint: String::new(),
        help: None,
        fields: vec![
            input_field(
                FieldId::Rent,
                FieldKind::Money { most: MOST_RENT },
                &q.rent,
                &[],
            ),
            choice_field(
                FieldId::RentFrequency,
                &q.rent_frequency,
                &FREQUENCIES,
                no_gaps,
                &[],
            ),
        ],
    }
}

/// Only adults of an age that pays a housing cost contribution are counted (UC Regs
/// 2013 Sch 4 para 16); the hint lists who not to count.
pub fn other_adults(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let age = questionnaire
        .rules
        .universal_credit
        .housing_cost_contribution_minimum_age
        .value;
    BuiltPage::single(input_field(
        FieldId::OtherAdults,
        FieldKind::Whole {
            least: 0,
            most: MOST_OTHER_ADULTS,
        },
        &questionnaire.copy.questions.other_adults,
        &[("age", age.to_string())],
    ))
}
