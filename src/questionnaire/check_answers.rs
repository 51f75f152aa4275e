//! How answers read back on "Check your answers".

use crate::answers::Answers;

use super::fields::FieldKind;
use super::Page;

/// Each field's answer on the page, as the person would read it.
pub fn answer_text(page: &Page, answers: &Answers) -> Vec<String> {
    page.fields
        .iter()
        .map(|field| {
            let text = answers.text(field.id).trim();
            match field.kind {
                FieldKind::Choice => {
                    let chosen = answers.choice(field.id);
                    field
                        .options
                        .iter()
                        .find(|option| Some(option.value) == chosen)
                        .map_or_else(String::new, |option| option.label.clone())
                }
                FieldKind::Money { .. } => {
                    format!("{}{}", field.prefix, text.trim_start_matches('£'))
                }
                FieldKind::Whole { .. } | FieldKind::Hours { .. } => {
                    if field.suffix.is_empty() {
                        text.to_owned()
                    } else {
                        format!("{text} {}", field.suffix)
                    }
                }
            }
        })
        .collect()
}
