//! How answers are checked: each field's answer against its kind and limits, with
//! the page's words for what is wrong.

use crate::answers::{
    parse_hours, parse_money, parse_whole, Answers, FieldId, IncomeKind, InputError,
};

use super::fields::{Field, FieldKind};
use super::Page;

/// A field's problem, with the words to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: FieldId,
    pub message: String,
}

/// Checks one field's answer.
pub fn check_field(field: &Field, answers: &Answers) -> Result<(), String> {
    let text = answers.text(field.id);
    let result = match field.kind {
        // A box may be ticked or not: the page checks the group (`check_boxes`).
        FieldKind::Checkbox => Ok(()),
        FieldKind::Choice => {
            let chosen = answers.choice(field.id);
            if field
                .options
                .iter()
                .any(|option| Some(option.value) == chosen)
            {
                Ok(())
            } else {
                Err(InputError::Missing)
            }
        }
        FieldKind::Money { least, most } => parse_money(text, most).and_then(|amount| {
            if amount < least {
                Err(InputError::TooSmall)
            } else {
                Ok(())
            }
        }),
        FieldKind::Whole { least, most } => parse_whole(text, least, most).map(|_| ()),
        FieldKind::Hours { least, most } => parse_hours(text, least, most).map(|_| ()),
    };
    let messages = &field.messages;
    result.map_err(|error| {
        match error {
            InputError::Missing => &messages.missing,
            InputError::NotANumber => &messages.not_a_number,
            InputError::MisplacedComma => &messages.misplaced_comma,
            InputError::TooPrecise => &messages.too_precise,
            InputError::TooSmall => &messages.too_small,
            InputError::TooLarge => &messages.too_large,
        }
        .clone()
    })
}

/// Every problem on a page, in the order of its fields.
pub fn check_page(page: &Page, answers: &Answers) -> Vec<FieldError> {
    let mut errors: Vec<FieldError> = page
        .fields
        .iter()
        .filter_map(|field| {
            check_field(field, answers).err().map(|message| FieldError {
                field: field.id,
                message,
            })
        })
        .collect();
    errors.extend(check_boxes(page, answers));
    errors
}

/// The page's boxes as a group: at least one ticked; "None of these" on its own; not
/// New Style ESA with New Style JSA (nobody gets both).
fn check_boxes(page: &Page, answers: &Answers) -> Option<FieldError> {
    let boxes: Vec<&Field> = page
        .fields
        .iter()
        .filter(|field| field.kind == FieldKind::Checkbox)
        .collect();
    let first = boxes.first()?;
    let income = |field: &Field| match field.id {
        FieldId::Gets(_, income) => Some(income),
        FieldId::Partner
        | FieldId::Age(_)
        | FieldId::Country
        | FieldId::London
        | FieldId::Health(_)
        | FieldId::LcwraSince(_)
        | FieldId::Disability(_)
        | FieldId::DailyLiving(_)
        | FieldId::Mobility(_)
        | FieldId::DlaCare(_)
        | FieldId::DlaMobility(_)
        | FieldId::Carer(_)
        | FieldId::EsaGroup(_)
        | FieldId::EsaSupportedWork(_)
        | FieldId::PensionAmount(_)
        | FieldId::Children
        | FieldId::ChildAge(_)
        | FieldId::ChildBornBefore2017(_)
        | FieldId::ChildCare(_)
        | FieldId::ChildMobility(_)
        | FieldId::ChildBenefit
        | FieldId::Home
        | FieldId::Rent
        | FieldId::RentFrequency
        | FieldId::ServiceCharges
        | FieldId::OnUcNineMonths
        | FieldId::OtherAdults
        | FieldId::Savings
        | FieldId::Childcare
        | FieldId::ChildcareChildren
        | FieldId::WorksNow(_)
        | FieldId::NowHours(_)
        | FieldId::NowPay(_)
        | FieldId::NowPaid(_)
        | FieldId::WorkHours
        | FieldId::WorkPay
        | FieldId::WorkPaid => None,
    };
    let ticked: Vec<&Field> = boxes
        .iter()
        .copied()
        .filter(|field| answers.is_yes(field.id))
        .collect();
    let find = |kind: IncomeKind| {
        ticked
            .iter()
            .copied()
            .find(|field| income(field) == Some(kind))
    };
    let error = |field: &Field, message: &String| FieldError {
        field: field.id,
        message: message.clone(),
    };
    if ticked.is_empty() {
        return Some(error(first, &first.messages.missing));
    }
    if let Some(none) = find(IncomeKind::NoneOfThese) {
        if ticked.len() > 1 {
            return Some(error(none, &none.messages.too_large));
        }
    }
    match (find(IncomeKind::NewStyleEsa), find(IncomeKind::NewStyleJsa)) {
        (Some(_), Some(jsa)) => Some(error(jsa, &jsa.messages.too_large)),
        (Some(_) | None, None) | (None, Some(_)) => None,
    }
}
