//! Your home: renting or not, the rent; for a private renter the Local Housing
//! Allowance area, for a social renter the bedrooms; other adults who live with you;
//! and, only where they could change the rent counted, the children's sexes, the
//! shared accommodation rate's exceptions and the extra bedroom conditions.
//!
//! Whether a question could change the answer is worked out by the engine itself
//! (`could_change_rent`): the household is built from the answers so far, and the rent
//! UC counts is compared with and without the answer in question.

use crate::answers::{
    parse_money, parse_whole, Answers, BedroomKind, FieldId, Home, Person, SharedRateKind,
    SupportedChoice, YesNo,
};
use crate::describe::{fill, Words};
use crate::engine::universal_credit::counted_rent;
use crate::household::{AdditionalBedroom, Household, Housing, Sex, SharedAccommodationException};
use crate::limits::{MOST_BEDROOMS, MOST_OTHER_ADULTS, MOST_RENT, YOUNG_PERSON_FROM};
use crate::rules::Rules;

use super::children::{child_age, child_count};
use super::council_tax;
use super::fields::{box_fields, choice_field, input_field, no_gaps, FieldKind, FREQUENCIES};
use super::flow::people;
use super::search::search_field;
use super::to_situation;
use super::{BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, rules: &Rules, pages: &mut Vec<PageId>) {
    pages.push(PageId::Housing);
    match answers.chosen(FieldId::Home) {
        Some(Home::RentsPrivately | Home::RentsSocially) if supported(answers) => {
            // Housing Benefit meets the rent: no Local Housing Allowance or bedrooms.
            pages.push(PageId::SupportedHousing);
            pages.push(PageId::Rent);
            pages.push(PageId::OtherAdults);
            council_tax::pages(answers, rules, pages);
        }
        Some(home @ (Home::RentsPrivately | Home::RentsSocially | Home::SharedOwnership)) => {
            if home != Home::SharedOwnership {
                pages.push(PageId::SupportedHousing);
            }
            pages.push(PageId::Rent);
            match home {
                Home::RentsPrivately => pages.push(PageId::LhaArea),
                Home::RentsSocially => pages.push(PageId::Bedrooms),
                Home::SharedOwnership | Home::Owns | Home::NoRent => {}
            }
            pages.push(PageId::OtherAdults);
            if other_adult_count(answers) > 0 {
                pages.push(PageId::OtherAdultsPaying);
            }
            if asks_child_sexes(answers, rules) {
                pages.push(PageId::ChildSexes);
            }
            if asks_shared_rate(answers, rules) {
                pages.push(PageId::SharedRate);
            }
            if asks_extra_bedrooms(answers, rules) {
                pages.push(PageId::ExtraBedrooms);
            }
            council_tax::pages(answers, rules, pages);
        }
        Some(Home::Owns) => {
            pages.push(PageId::ServiceCharges);
            let charges = parse_money(answers.text(FieldId::ServiceCharges), MOST_RENT);
            if charges.is_ok_and(|charges| charges.is_positive()) {
                pages.push(PageId::OnUcNineMonths);
            }
            if council_tax::pays_council_tax(answers) {
                // For the single person discount.
                pages.push(PageId::OtherAdults);
            }
            council_tax::pages(answers, rules, pages);
        }
        // Someone who lives with family or friends is not usually the one liable.
        Some(Home::NoRent) | None => {}
    }
}

/// A renter who said the home is supported or temporary accommodation.
pub fn supported(answers: &Answers) -> bool {
    match answers.chosen(FieldId::SupportedHousing) {
        Some(SupportedChoice::Supported | SupportedChoice::Temporary) => true,
        Some(SupportedChoice::No) | None => false,
    }
}

pub fn supported_housing(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::SupportedHousing,
        &q.supported_housing,
        &[
            SupportedChoice::No,
            SupportedChoice::Supported,
            SupportedChoice::Temporary,
        ],
        no_gaps,
        &[],
    ))
    .with_help(HelpView::new(&q.supported_housing_help, &[]))
}

/// How many other adults live there, if said.
pub fn other_adult_count(answers: &Answers) -> u32 {
    parse_whole(answers.text(FieldId::OtherAdults), 0, MOST_OTHER_ADULTS).unwrap_or(0)
}

/// The rent UC counts for the household the answers so far describe differs between
/// two ways of answering the question (each given as a change to the household), so
/// the question is worth asking. (Both are made up, so the answer given does not
/// make the question go away.)
fn could_change_rent(
    answers: &Answers,
    rules: &Rules,
    one_way: impl Fn(&mut Household),
    other_way: impl Fn(&mut Household),
) -> bool {
    let household = to_situation::household(answers, rules);
    let counted = |change: &dyn Fn(&mut Household)| {
        let mut changed = household.clone();
        change(&mut changed);
        counted_rent(&changed, rules).map(|(_, counted, _)| counted)
    };
    counted(&one_way) != counted(&other_way)
}

/// The children under 16 (by index) whose sexes are asked: asked only when boys and
/// girls could be allowed a different number of bedrooms, and it changes the rent.
fn children_under_16(answers: &Answers) -> Vec<usize> {
    (0..child_count(answers))
        .filter(|&child| {
            child_age(answers, child).is_some_and(|age| age < u32::from(YOUNG_PERSON_FROM))
        })
        .collect()
}

fn asks_child_sexes(answers: &Answers, rules: &Rules) -> bool {
    if children_under_16(answers).len() < 2 {
        return false;
    }
    // All the same sex (the fewest bedrooms) against sexes not known (the engine then
    // gives each older child a bedroom: the most).
    could_change_rent(
        answers,
        rules,
        |household| {
            for child in &mut household.children {
                child.sex = Some(Sex::Boy);
            }
        },
        |household| {
            for child in &mut household.children {
                child.sex = None;
            }
        },
    )
}

/// Only a single private renter under 35 on the shared accommodation rate, whose
/// rent is more than it: an exception would change the rent counted.
fn asks_shared_rate(answers: &Answers, rules: &Rules) -> bool {
    let exception = |exception: Option<SharedAccommodationException>| {
        move |household: &mut Household| {
            if let Housing::RentingPrivately(private) = &mut household.housing {
                private.shared_accommodation_exception = exception;
            }
        }
    };
    answers.chosen(FieldId::Home) == Some(Home::RentsPrivately)
        && could_change_rent(
            answers,
            rules,
            exception(None),
            exception(Some(SharedAccommodationException::DomesticAbuse)),
        )
}

/// Only where one more bedroom would change the rent counted.
fn asks_extra_bedrooms(answers: &Answers, rules: &Rules) -> bool {
    answers.chosen(FieldId::Home) != Some(Home::SharedOwnership)
        && could_change_rent(
            answers,
            rules,
            |household| household.additional_bedrooms.clear(),
            |household| household.additional_bedrooms = vec![AdditionalBedroom::FosterParent],
        )
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

/// The Local Housing Allowance area: typed, and chosen from the areas in the
/// country that match.
pub fn lha_area(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let country = to_situation::household(answers, questionnaire.rules).country;
    let names = questionnaire
        .rules
        .tables()
        .lha_areas
        .iter()
        .filter(|area| area.country == country)
        .map(|area| area.name);
    let q = &questionnaire.copy.questions;
    BuiltPage::single(search_field(
        answers,
        [FieldId::LhaArea, FieldId::LhaAreaNotSure],
        &q.lha_area,
        names.collect(),
    ))
    .with_help(HelpView::new(&q.lha_area_help, &[]))
}

pub fn bedrooms(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(input_field(
        FieldId::Bedrooms,
        FieldKind::Whole {
            least: 0,
            most: u32::from(MOST_BEDROOMS),
        },
        &q.bedrooms,
        &[],
    ))
    .with_help(HelpView::new(
        &q.bedrooms_help,
        &[(
            "under",
            questionnaire
                .rules
                .size_criteria
                .children_of_either_sex_share_under
                .value
                .to_string(),
        )],
    ))
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

/// Every other adult, 16 or over: each is allowed a bedroom (UC Regs 2013 Sch 4
/// para 10(1)(b)).
pub fn other_adults(questionnaire: &Questionnaire<'_>) -> BuiltPage {
    BuiltPage::single(input_field(
        FieldId::OtherAdults,
        FieldKind::Whole {
            least: 0,
            most: MOST_OTHER_ADULTS,
        },
        &questionnaire.copy.questions.other_adults,
        &[(
            "age",
            questionnaire
                .rules
                .size_criteria
                .own_bedroom_from_age
                .value
                .to_string(),
        )],
    ))
}

/// Of them, those of an age that pays a housing cost contribution and not exempt
/// (Sch 4 paras 15, 16); the hint lists who not to count.
pub fn other_adults_paying(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let age = questionnaire
        .rules
        .universal_credit
        .housing_cost_contribution_minimum_age
        .value;
    BuiltPage::single(input_field(
        FieldId::OtherAdultsPaying,
        FieldKind::Whole {
            least: 0,
            most: other_adult_count(answers),
        },
        &questionnaire.copy.questions.other_adults_paying,
        &[("age", age.to_string())],
    ))
}

/// Which children under 16 are boys and which girls, one choice each.
pub fn child_sexes(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let words = Words::for_page(questionnaire.copy);
    BuiltPage {
        title: Some(q.child_sexes_title.fill(&[])),
        hint: fill(
            q.child_sexes_hint,
            &[(
                "age",
                questionnaire
                    .rules
                    .size_criteria
                    .own_bedroom_from_age
                    .value
                    .to_string(),
            )],
        ),
        help: None,
        fields: children_under_16(answers)
            .into_iter()
            .map(|child| {
                let age = child_age(answers, child).unwrap_or(0);
                choice_field(
                    FieldId::ChildSex(child),
                    &q.child_sex,
                    &[Sex::Boy, Sex::Girl],
                    no_gaps,
                    &[
                        ("ordinal", words.ordinal(child).to_owned()),
                        ("age", age.to_string()),
                    ],
                )
            })
            .collect(),
    }
}

/// The shared accommodation rate's exceptions (UC Regs 2013 Sch 4 para 29); a care
/// leaver's only from 18 to 24.
pub fn shared_rate(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let size = &questionnaire.rules.size_criteria;
    let age = to_situation::household(answers, questionnaire.rules)
        .you
        .age;
    let boxes: Vec<(FieldId, SharedRateKind)> = SharedRateKind::ALL
        .into_iter()
        .filter(|&kind| {
            kind != SharedRateKind::CareLeaver
                || (size.care_leaver_from.value..size.care_leaver_under.value).contains(&age)
        })
        .map(|kind| (FieldId::SharedRate(kind), kind))
        .collect();
    let gaps = [
        ("age", size.shared_accommodation_under.value.to_string()),
        ("from", size.care_leaver_from.value.to_string()),
        (
            "to",
            size.care_leaver_under.value.saturating_sub(1).to_string(),
        ),
    ];
    BuiltPage {
        title: Some(fill(q.shared_rate.legend, &gaps)),
        hint: fill(q.shared_rate.hint, &gaps),
        help: Some(HelpView::new(&q.shared_rate_help, &gaps)),
        fields: box_fields(
            &q.shared_rate,
            &boxes,
            |kind| kind == SharedRateKind::NoneOfThese,
            |_| q.shared_rate.none_and_others,
            &gaps,
        ),
    }
}

/// The extra bedroom conditions (UC Regs 2013 Sch 4 para 12) that can apply: a
/// couple's only to a couple, a disabled child's only with a child under 16 who gets
/// DLA or CDP care at the middle or highest rate.
pub fn extra_bedrooms(answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let household = to_situation::household(answers, questionnaire.rules);
    let disabled_child = household.children.iter().any(|child| {
        child.age < YOUNG_PERSON_FROM
            && child
                .disability_benefit
                .is_some_and(crate::household::DisabilityBenefit::is_middle_or_highest_care)
    });
    let boxes: Vec<(FieldId, BedroomKind)> = BedroomKind::ALL
        .into_iter()
        .filter(|&kind| match kind {
            BedroomKind::CoupleCannotShare => people(answers).contains(&Person::Partner),
            BedroomKind::DisabledChild => disabled_child,
            BedroomKind::OvernightCare | BedroomKind::FosterParent | BedroomKind::NoneOfThese => {
                true
            }
        })
        .map(|kind| (FieldId::ExtraBedroom(kind), kind))
        .collect();
    BuiltPage {
        title: Some(q.extra_bedrooms.legend.fill(&[])),
        hint: q.extra_bedrooms.hint.fill(&[]),
        help: Some(HelpView::new(&q.extra_bedrooms_help, &[])),
        fields: box_fields(
            &q.extra_bedrooms,
            &boxes,
            |kind| kind == BedroomKind::NoneOfThese,
            |_| q.extra_bedrooms.none_and_others,
            &[],
        ),
    }
}
