//! Money coming in besides pay and disability benefits: the boxes of incomes each
//! adult gets, then New Style ESA's group and supported work, and a pension's amount.

use crate::answers::{Answers, FieldId, IncomeKind, Person, YesNo};
use crate::describe::fill;
use crate::format::pounds;
use crate::household::{Country, EsaGroup};
use crate::limits::{MOST_CARE_COSTS, MOST_PENSION};

use super::children::child_count;
use super::fields::{checkbox_fields, choice_field, input_field, no_gaps, FieldKind};
use super::flow::people;
use super::{by_person, BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    for person in people(answers) {
        pages.push(PageId::Incomes(person));
        if gets(answers, person, IncomeKind::NewStyleEsa) {
            pages.push(PageId::EsaDetails(person));
            if time_limited(answers, person) {
                pages.push(PageId::EsaTimeLimit(person));
            }
        }
        if gets(answers, person, IncomeKind::CarersAllowance) {
            pages.push(PageId::CareCosts(person));
        }
        if gets(answers, person, IncomeKind::Pension) {
            pages.push(PageId::PensionAmount(person));
        }
    }
}

/// New Style ESA outside the support group lasts 365 days in all (WRA 2007 s.1A,
/// the assessment phase included).
fn time_limited(answers: &Answers, person: Person) -> bool {
    match answers.chosen::<EsaGroup>(FieldId::EsaGroup(person)) {
        Some(
            EsaGroup::AssessmentPhase
            | EsaGroup::WorkRelatedActivityGroup
            | EsaGroup::WorkRelatedActivityGroupBefore3April2017,
        ) => true,
        Some(EsaGroup::SupportGroup) | None => false,
    }
}

/// New Style ESA is counted: ticked, and not past the 365-day limit (someone past it
/// has no ESA, and the results say why it is left out).
pub fn counts_esa(answers: &Answers, person: Person) -> bool {
    gets(answers, person, IncomeKind::NewStyleEsa)
        && !(time_limited(answers, person) && answers.is_yes(FieldId::EsaTimeLimit(person)))
}

/// Said New Style ESA has been paid past its 365-day limit: left out.
pub fn esa_time_limit_reached(answers: &Answers, person: Person) -> bool {
    gets(answers, person, IncomeKind::NewStyleEsa)
        && time_limited(answers, person)
        && answers.is_yes(FieldId::EsaTimeLimit(person))
}

/// The boxes offered to `person`: Carer's Allowance only to someone who cares 35
/// hours a week (it needs that), child maintenance only to a family.
pub fn offered(answers: &Answers, person: Person) -> Vec<IncomeKind> {
    IncomeKind::ALL
        .into_iter()
        .filter(|&income| match income {
            IncomeKind::CarersAllowance => answers.is_yes(FieldId::Carer(person)),
            IncomeKind::ChildMaintenance => child_count(answers) > 0,
            IncomeKind::NewStyleEsa
            | IncomeKind::NewStyleJsa
            | IncomeKind::Pension
            | IncomeKind::StudentIncome
            | IncomeKind::LegacyBenefits
            | IncomeKind::PensionCredit
            | IncomeKind::SomethingElse
            | IncomeKind::NoneOfThese => true,
        })
        .collect()
}

/// `person` ticked the box for `income`, and it is still offered (a box ticked before
/// an earlier answer changed, such as caring, no longer counts).
pub fn gets(answers: &Answers, person: Person, income: IncomeKind) -> bool {
    answers.is_yes(FieldId::Gets(person, income)) && offered(answers, person).contains(&income)
}

/// "Carer's Allowance", or "Carer Support Payment" in Scotland.
fn carers_benefit(answers: &Answers, questionnaire: &Questionnaire<'_>) -> String {
    let q = &questionnaire.copy.questions;
    if answers.chosen(FieldId::Country) == Some(Country::Scotland) {
        q.carer_support_payment_name.fill(&[])
    } else {
        q.carers_allowance_name.fill(&[])
    }
}

pub fn incomes(person: Person, answers: &Answers, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let question = by_person(person, &q.your_incomes, &q.partner_incomes);
    let gaps = [("carers_benefit", carers_benefit(answers, questionnaire))];
    BuiltPage {
        title: Some(fill(question.legend, &gaps)),
        hint: fill(question.hint, &gaps),
        help: Some(HelpView::new(&q.incomes_help, &[])),
        fields: checkbox_fields(person, question, &offered(answers, person), &gaps),
    }
}

pub fn esa_details(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    // The work-related activity group on a claim from before 3 April 2017 is rare
    // now (outside the support group ESA lasts 365 days), so it comes last, with a
    // hint; someone who moved into the group recently may still be in it.
    BuiltPage::single(choice_field(
        FieldId::EsaGroup(person),
        by_person(person, &q.your_esa_group, &q.partner_esa_group),
        &[
            EsaGroup::AssessmentPhase,
            EsaGroup::SupportGroup,
            EsaGroup::WorkRelatedActivityGroup,
            EsaGroup::WorkRelatedActivityGroupBefore3April2017,
        ],
        no_gaps,
        &[],
    ))
    .with_help(HelpView::new(&q.esa_help, &esa_limits(questionnaire)))
}

/// `{lower}`, `{higher}`, `{hours}`: the permitted work limits.
fn esa_limits(questionnaire: &Questionnaire<'_>) -> Vec<(&'static str, String)> {
    let esa = &questionnaire.rules.new_style_esa;
    vec![
        ("lower", pounds(esa.permitted_work_lower_limit.value.0)),
        ("higher", pounds(esa.permitted_work_higher_limit.value.0)),
        ("hours", esa.permitted_work_hours.value.to_string()),
    ]
}

pub fn esa_time_limit(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::EsaTimeLimit(person),
        by_person(person, &q.your_esa_time_limit, &q.partner_esa_time_limit),
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
}

pub fn esa_supported_work(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::EsaSupportedWork(person),
        by_person(
            person,
            &q.your_esa_supported_work,
            &q.partner_esa_supported_work,
        ),
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
    .with_help(HelpView::new(&q.esa_help, &esa_limits(questionnaire)))
}

pub fn care_costs(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(input_field(
        FieldId::CareCosts(person),
        FieldKind::amount(MOST_CARE_COSTS),
        by_person(person, &q.your_care_costs, &q.partner_care_costs),
        &[],
    ))
}

pub fn pension_amount(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(input_field(
        FieldId::PensionAmount(person),
        FieldKind::amount(MOST_PENSION),
        by_person(person, &q.your_pension, &q.partner_pension),
        &[],
    ))
}
