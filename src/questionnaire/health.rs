//! Health and disability: the UC health element, disability benefits, caring.

use crate::answers::{Answers, DisabilityChoice, FieldId, Health, LcwraSince, Person, YesNo};
use crate::describe::fill;
use crate::format::pounds;
use crate::household::{DlaCare, DlaMobility, PipRate};
use crate::period::Weekly;
use crate::rules::{Cited, DisabilityBenefits};

use super::fields::{choice_field, no_gaps, OptionWords};
use super::flow::people;
use super::{by_person, BuiltPage, HelpView, PageId, Questionnaire};

pub fn pages(answers: &Answers, pages: &mut Vec<PageId>) {
    for person in people(answers) {
        pages.push(PageId::Health(person));
        if answers.chosen(FieldId::Health(person)) == Some(Health::Lcwra) {
            pages.push(PageId::LcwraRate(person));
        }
    }
    for person in people(answers) {
        pages.push(PageId::Disability(person));
        let benefit = answers.chosen::<DisabilityChoice>(FieldId::Disability(person));
        if benefit.is_some_and(|benefit| benefit != DisabilityChoice::None) {
            pages.push(PageId::DisabilityRates(person));
        }
    }
    pages.extend(people(answers).into_iter().map(PageId::Caring));
}

/// `{protected}`, `{new}` and `{lcw}`: the amounts for health a statement can show.
fn lcwra_amounts(questionnaire: &Questionnaire<'_>) -> Vec<(&'static str, String)> {
    let uc = &questionnaire.rules.universal_credit;
    vec![
        ("protected", pounds(uc.lcwra_element_protected.value.0)),
        ("new", pounds(uc.lcwra_element_new_claimant.value.0)),
        ("lcw", pounds(uc.lcw_element.value.0)),
    ]
}

pub fn health(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::Health(person),
        by_person(person, &q.your_health, &q.partner_health),
        &[
            Health::Lcwra,
            Health::LcwElement,
            Health::Lcw,
            Health::No,
            Health::NotSure,
        ],
        |_| lcwra_amounts(questionnaire),
        &[],
    ))
    .with_help(HelpView::new(&q.health_help, &[]))
}

pub fn lcwra_rate(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let amounts = lcwra_amounts(questionnaire);
    BuiltPage::single(choice_field(
        FieldId::LcwraSince(person),
        by_person(person, &q.your_lcwra_rate, &q.partner_lcwra_rate),
        &[
            LcwraSince::Before2026,
            LcwraSince::SevereConditions,
            LcwraSince::TerminallyIll,
            LcwraSince::New,
        ],
        |_| amounts.clone(),
        &amounts,
    ))
    .with_help(HelpView::new(&q.lcwra_rate_help, &amounts))
}

pub fn disability(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::Disability(person),
        by_person(person, &q.your_disability, &q.partner_disability),
        &[
            DisabilityChoice::None,
            DisabilityChoice::Pip,
            DisabilityChoice::Adp,
            DisabilityChoice::Dla,
        ],
        no_gaps,
        &[],
    ))
}

/// `{amount}`: a weekly rate, or nothing for "none".
fn weekly(rate: Option<Cited<Weekly>>) -> Vec<(&'static str, String)> {
    rate.map_or_else(Vec::new, |rate| vec![("amount", pounds(rate.value.0))])
}

/// The rates of PIP (or ADP) components, for the options' words.
fn pip_rate(
    rate: PipRate,
    standard: Cited<Weekly>,
    enhanced: Cited<Weekly>,
) -> Vec<(&'static str, String)> {
    weekly(match rate {
        PipRate::None => None,
        PipRate::Standard => Some(standard),
        PipRate::Enhanced => Some(enhanced),
    })
}

/// The weekly amount of each DLA (or CDP) care rate, for the options' words.
pub fn dla_care_amount(care: DlaCare, rates: [Cited<Weekly>; 3]) -> Vec<(&'static str, String)> {
    let [lowest, middle, highest] = rates;
    weekly(match care {
        DlaCare::None => None,
        DlaCare::Lowest => Some(lowest),
        DlaCare::Middle => Some(middle),
        DlaCare::Highest => Some(highest),
    })
}

pub fn dla_mobility_amount(
    mobility: DlaMobility,
    rates: [Cited<Weekly>; 2],
) -> Vec<(&'static str, String)> {
    let [lower, higher] = rates;
    weekly(match mobility {
        DlaMobility::None => None,
        DlaMobility::Lower => Some(lower),
        DlaMobility::Higher => Some(higher),
    })
}

pub const DLA_CARE_RATES: [DlaCare; 4] = [
    DlaCare::None,
    DlaCare::Lowest,
    DlaCare::Middle,
    DlaCare::Highest,
];
pub const DLA_MOBILITY_RATES: [DlaMobility; 3] =
    [DlaMobility::None, DlaMobility::Lower, DlaMobility::Higher];
const PIP_RATES: [PipRate; 3] = [PipRate::None, PipRate::Standard, PipRate::Enhanced];

pub fn dla_care_rates(rules: &DisabilityBenefits) -> [Cited<Weekly>; 3] {
    [
        rules.dla_care_lowest,
        rules.dla_care_middle,
        rules.dla_care_highest,
    ]
}

pub fn dla_mobility_rates(rules: &DisabilityBenefits) -> [Cited<Weekly>; 2] {
    [rules.dla_mobility_lower, rules.dla_mobility_higher]
}

/// The rates of the benefit the person said they get: PIP or ADP components, or DLA
/// care and mobility.
pub fn disability_rates(
    person: Person,
    answers: &Answers,
    questionnaire: &Questionnaire<'_>,
) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    let rules = &questionnaire.rules.disability_benefits;
    let benefit = answers
        .chosen::<DisabilityChoice>(FieldId::Disability(person))
        .unwrap_or(DisabilityChoice::Pip);
    let fields = match benefit {
        DisabilityChoice::Dla => vec![
            choice_field(
                FieldId::DlaCare(person),
                &q.dla_care,
                &DLA_CARE_RATES,
                |care| dla_care_amount(care, dla_care_rates(rules)),
                &[],
            ),
            choice_field(
                FieldId::DlaMobility(person),
                &q.dla_mobility,
                &DLA_MOBILITY_RATES,
                |mobility| dla_mobility_amount(mobility, dla_mobility_rates(rules)),
                &[],
            ),
        ],
        DisabilityChoice::Pip | DisabilityChoice::Adp | DisabilityChoice::None => {
            let adp = benefit == DisabilityChoice::Adp;
            let (living_standard, living_enhanced, mobility_standard, mobility_enhanced) = if adp {
                (
                    rules.adp_daily_living_standard,
                    rules.adp_daily_living_enhanced,
                    rules.adp_mobility_standard,
                    rules.adp_mobility_enhanced,
                )
            } else {
                (
                    rules.pip_daily_living_standard,
                    rules.pip_daily_living_enhanced,
                    rules.pip_mobility_standard,
                    rules.pip_mobility_enhanced,
                )
            };
            vec![
                choice_field(
                    FieldId::DailyLiving(person),
                    &q.daily_living,
                    &PIP_RATES,
                    |rate| pip_rate(rate, living_standard, living_enhanced),
                    &[],
                ),
                choice_field(
                    FieldId::Mobility(person),
                    &q.pip_mobility,
                    &PIP_RATES,
                    |rate| pip_rate(rate, mobility_standard, mobility_enhanced),
                    &[],
                ),
            ]
        }
    };
    let name = q.your_disability.options.words(benefit).label.fill(&[]);
    BuiltPage {
        title: Some(fill(
            by_person(person, q.your_rates_title, q.partner_rates_title),
            &[("benefit", name)],
        )),
        hint: String::new(),
        help: None,
        fields,
    }
}

pub fn caring(person: Person, questionnaire: &Questionnaire<'_>) -> BuiltPage {
    let q = &questionnaire.copy.questions;
    BuiltPage::single(choice_field(
        FieldId::Carer(person),
        by_person(person, &q.you_care, &q.partner_cares),
        &[YesNo::Yes, YesNo::No],
        no_gaps,
        &[],
    ))
}
