//! Children: how many, their ages, the eldest's birth date where it matters, and
//! their disability benefits.

use crate::answers::{parse_whole, Answers, FieldId, YesNo};
use crate::describe::{fill, Words};
use crate::household::{Country, CHILD_ELEMENT_CUTOFF_YEAR};
use crate::limits::{MOST_CHILDREN, OLDEST_CHILD, YOUNG_PERSON_FROM};
use crate::rules::Rules;

use super::fields::{choice_field, input_field, no_gaps, FieldKind};
use super::health::{
    dla_care_amount, dla_care_rates, dla_mobility_amount, dla_mobility_rates, DLA_CARE_RATES,
    DLA_MOBILITY_RATES,
};
use super::{BuiltPage, PageId, Questionnaire};

/// How many children the person said, if they have said a valid number.
pub fn child_count(answers: &Answers) -> usize {
    parse_whole(answers.text(FieldId::Children), 0, MOST_CHILDREN).map_or(0, |n| n as usize)
}

/// The child's age, if it has been given.
pub fn child_age(answers: &Answers, child: usize) -> Option<u32> {
    parse_whole(
        answers.text(FieldId::ChildAge(child)),
        0,
        u32::from(OLDEST_CHILD),
    )
    .ok()
}

/// Only a child whose age leaves it open is asked whether they were born before
/// 6 April 2017 (aged 9 in 2026/27: `TaxYear::age_born_either_side_of`).
pub fn asks_born_before_2017(answers: &Answers, child: usize, rules: &Rules) -> bool {
    let open_age = rules
        .tax_year
        .age_born_either_side_of(CHILD_ELEMENT_CUTOFF_YEAR);
    child_age(answers, child) == Some(u32::from(open_age))
}

pub fn pages(answers: &Answers, rules: &Rules, pages: &mut Vec<PageId>) {
    pages.push(PageId::Children);
    for child in 0..child_count(answers) {
        pages.push(PageId::ChildAge(child));
        if asks_born_before_2017(answers, child, rules) {
            pages.push(PageId::ChildBornBefore2017(child));
        }
        pages.push(PageId::ChildDisability(child));
    }
    if child_count(answers) > 0 {
        pages.push(PageId::ChildBenefit);
    }
}

/// Whether the family is paid Child Benefit: most are; some choose not to be because
/// of the High Income Child Benefit Charge, and then it must not be counted.
pub fn child_benefit(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::ChildBenefit,
        &questionnaire.copy.questions.child_benefit,
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[(
            "threshold",
            crate::format::pounds(
                questionnaire
                    .rules
                    .high_income_child_benefit_charge
                    .threshold
                    .value
                    .0,
            ),
        )],
    ))
}

fn nth(child: usize, questionnaire: &Questionnaire<'_>) -> Vec<(&'static str, String)> {
    vec![(
        "n",
        Words::for_page(questionnaire.copy)
            .ordinal(child)
            .to_owned(),
    )]
}

pub fn children(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(input_field(
        FieldId::Children,
        FieldKind::Whole {
            least: 0,
            most: MOST_CHILDREN,
        },
        &questionnaire.copy.questions.children,
        &[
            ("young_person_from", YOUNG_PERSON_FROM.to_string()),
            ("adult_from", (u32::from(OLDEST_CHILD) + 1).to_string()),
        ],
    ))
}

pub fn age(child: usize, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(input_field(
        FieldId::ChildAge(child),
        FieldKind::Whole {
            least: 0,
            most: u32::from(OLDEST_CHILD),
        },
        &questionnaire.copy.questions.child_age,
        &nth(child, questionnaire),
    ))
}

pub fn born_before_2017(child: usize, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(choice_field(
        FieldId::ChildBornBefore2017(child),
        &questionnaire.copy.questions.child_born_before_2017,
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &nth(child, questionnaire),
    ))
}

/// DLA, or Child Disability Payment in Scotland: the rates are the ones the child's
/// country pays.
pub fn disability(child: usize, answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let rules = &questionnaire.rules.disability_benefits;
    let scotland = answers.chosen(FieldId::Country) == Some(Country::Scotland);
    let (care_rates, mobility_rates) = if scotland {
        (
            [
                rules.cdp_care_lowest,
                rules.cdp_care_middle,
                rules.cdp_care_highest,
            ],
            [rules.cdp_mobility_lower, rules.cdp_mobility_higher],
        )
    } else {
        (dla_care_rates(rules), dla_mobility_rates(rules))
    };
    let gaps = nth(child, questionnaire);
    BuiltPage {
        title: Some(fill(q.child_disability_title, &gaps)),
        hint: fill(q.child_disability_hint, &gaps),
        help: None,
        fields: vec![
            choice_field(
                FieldId::ChildCare(child),
                &q.child_care,
                &DLA_CARE_RATES,
                |care| dla_care_amount(care, care_rates),
                &gaps,
            ),
            choice_field(
                FieldId::ChildMobility(child),
                &q.child_mobility,
                &DLA_MOBILITY_RATES,
                |mobility| dla_mobility_amount(mobility, mobility_rates),
                &gaps,
            ),
        ],
    }
}
