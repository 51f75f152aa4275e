//! Your home: renting or not, the rent, and other adults who live with you.

use crate::answers::{parse_money, Answers, FieldId, Home, YesNo};
use crate::describe::fill;
use crate::limits::{MOST_OTHER_ADULTS, MOST_RENT};

use super::fields::{choice_field, input_field, no_gaps, FieldKind, FREQUENCIES};
use super::{BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    pages.push(PageId::Housing);
    match answers.chosen(FieldId::Home) {
        Some(Home::RentsPrivately | Home::RentsSocially | Home::SharedOwnership) => {
            pages.push(PageId::Rent);
        }
        Some(Home::Owns) => {
            pages.push(PageId::ServiceCharges);
            let charges = parse_money(answers.text(FieldId::ServiceCharges), MOST_RENT);
            if charges.is_ok_and(|charges| charges.is_positive()) {
                pages.push(PageId::OnUcNineMonths);
            }
        }
        Some(Home::NoRent) | None => {}
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
            Home::SharedOwnership,
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
            input_field(FieldId::Rent, FieldKind::amount(MOST_RENT), &q.rent, &[]),
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

/// An owner's service charges (UC Regs 2013 Sch 5), each month.
pub fn service_charges(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(input_field(
        FieldId::ServiceCharges,
        FieldKind::amount(MOST_RENT),
        &q.service_charges,
        &[],
    ))
    .with_help(HelpView::new(&q.service_charges_help, &[]))
}

/// Sch 5 para 5: the qualifying period of 9 assessment periods in a row.
pub fn on_uc_9_months(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::OnUcNineMonths,
        &questionnaire.copy.questions.on_uc_9_months,
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
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
