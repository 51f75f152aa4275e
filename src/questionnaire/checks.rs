//! How answers are checked: each field's answer against its kind and limits, with
//! the page's words for what is wrong.

use crate::answers::{parse_hours, parse_money, parse_whole, Answers, FieldId, InputError};

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
    page.fields
        .iter()
        .filter_map(|field| {
            check_field(field, answers).err().map(|message| FieldError {
                field: field.id,
                message,
            })
        })
        .collect()
}
