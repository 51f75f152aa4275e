//! How answers are checked: each field's answer against its kind and limits, with
//! the page's words for what is wrong.

use crate::answers::{
    parse_date, parse_hours, parse_money, parse_whole, Answers, FieldId, IncomeKind, InputError,
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
        FieldKind::Date { earliest, latest } => parse_date(text, earliest, latest).map(|_| ()),
        // A name from the list, or "I'm not sure" ticked (the box is beside it).
        FieldKind::Search => match &field.search {
            Some(search) if answers.is_yes(search.not_sure) => Ok(()),
            Some(search) if search.chosen(text).is_some() => Ok(()),
            Some(_) | None if text.trim().is_empty() => Err(InputError::Missing),
            Some(_) | None => Err(InputError::NotANumber),
        },
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

/// A page of boxes as a group: at least one ticked; "None of these" on its own; not
/// New Style ESA with New Style JSA (nobody gets both). (A box beside other fields,
/// such as "I'm not sure" beside a search, is checked with its field.)
fn check_boxes(page: &Page, answers: &Answers) -> Option<FieldError> {
    if page
        .fields
        .iter()
        .any(|field| field.kind != FieldKind::Checkbox)
    {
        return None;
    }
    let boxes: Vec<&Field> = page.fields.iter().collect();
    let first = boxes.first()?;
    let income = |field: &Field| {
        if let FieldId::Gets(_, income) = field.id {
            Some(income)
        } else {
            None
        }
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
    if let Some(none) = ticked.iter().copied().find(|field| field.exclusive) {
        if ticked.len() > 1 {
            return Some(error(none, &none.messages.conflict));
        }
    }
    match (find(IncomeKind::NewStyleEsa), find(IncomeKind::NewStyleJsa)) {
        (Some(_), Some(jsa)) => Some(error(jsa, &jsa.messages.conflict)),
        (Some(_) | None, None) | (None, Some(_)) => None,
    }
}
