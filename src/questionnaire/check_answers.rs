//! How answers read back on "Check your answers": the amount the calculation uses,
//! not the text as typed ("1,250.5" reads back as "£1,250.50").

use crate::answers::{parse_hours, parse_money, parse_whole, Answers};
use crate::format::{hours, pounds};

use super::fields::{Field, FieldKind};
use super::Page;

/// Each field's answer on the page, as the person would read it.
pub fn answer_text(page: &Page, answers: &Answers) -> Vec<String> {
    page.fields
        .iter()
        // A box reads back only when it is ticked: the list is what was ticked.
        .filter(|field| field.kind != FieldKind::Checkbox || answers.is_yes(field.id))
        .map(|field| field_text(field, answers))
        .collect()
}

fn field_text(field: &Field, answers: &Answers) -> String {
    let text = answers.text(field.id).trim();
    // An answer that cannot be read (the page has not been answered well) is shown as
    // typed: "Check your answers" is reached only when every page is.
    let number = match field.kind {
        FieldKind::Checkbox => return field.label.clone(),
        FieldKind::Choice => {
            let chosen = answers.choice(field.id);
            return field
                .options
                .iter()
                .find(|option| Some(option.value) == chosen)
                .map_or_else(String::new, |option| option.label.clone());
        }
        FieldKind::Money { most, .. } => {
            return parse_money(text, most).map_or_else(|_| text.to_owned(), pounds);
        }
        FieldKind::Whole { least, most } => parse_whole(text, least, most)
            .map_or_else(|_| text.to_owned(), |value| value.to_string()),
        FieldKind::Hours { least, most } => {
            parse_hours(text, least, most).map_or_else(|_| text.to_owned(), hours)
        }
        // Dates are asked on the results page, not in the questions.
        FieldKind::Date { .. } => return text.to_owned(),
        FieldKind::Search => {
            return match &field.search {
                Some(search) if answers.is_yes(search.not_sure) => search.not_sure_label.clone(),
                Some(search) => search.chosen(text).unwrap_or(text).to_owned(),
                None => text.to_owned(),
            };
        }
    };
    if field.suffix.is_empty() {
        number
    } else {
        format!("{number} {}", field.suffix)
    }
}
