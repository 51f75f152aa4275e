//! A search field: a name typed (a Local Housing Allowance area, a council) and chosen
//! from the names that match, with "I'm not sure" beside it. Matching is ASCII: the
//! names are (`tests/engine/tables.rs`), which keeps Unicode case tables out of the app.

use crate::answers::{Answers, FieldId};
use crate::copy::SearchQuestion;
use crate::describe::fill;

use super::fields::{Field, FieldKind, Messages};

/// The names a search field accepts, those that match what is typed (shown to choose
/// from), and the "I'm not sure" box beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub names: Vec<&'static str>,
    pub suggestions: Vec<&'static str>,
    /// How many match, in words, for screen readers ("3 areas match").
    pub matches: String,
    pub not_sure: FieldId,
    pub not_sure_label: String,
}

/// The most matches a search field lists.
const MOST_SUGGESTIONS: usize = 8;

impl Search {
    /// The name typed, if it is one of the names (ignoring case and spaces around it).
    pub fn chosen(&self, text: &str) -> Option<&'static str> {
        let text = text.trim();
        self.names
            .iter()
            .copied()
            .find(|name| name.eq_ignore_ascii_case(text))
    }

    /// The names that match `text`: each word typed starts a word of the name (so
    /// "manch" finds "Central Greater Manchester"); names that start with it first.
    pub fn suggest(names: &[&'static str], text: &str) -> Vec<&'static str> {
        let words = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|word| !word.is_empty())
                .map(str::to_ascii_lowercase)
                .collect()
        };
        let typed = words(text);
        if typed.is_empty() {
            return Vec::new();
        }
        let found: Vec<&'static str> = names
            .iter()
            .copied()
            .filter(|name| {
                let name_words = words(name);
                typed
                    .iter()
                    .all(|word| name_words.iter().any(|own| own.starts_with(word.as_str())))
            })
            .collect();
        let first = typed.first().cloned().unwrap_or_default();
        let (mut starts, others): (Vec<&'static str>, Vec<&'static str>) = found
            .into_iter()
            .partition(|name| name.to_ascii_lowercase().starts_with(&first));
        starts.extend(others);
        starts.truncate(MOST_SUGGESTIONS);
        starts
    }
}

/// A search field: a name typed and chosen from those of `names` that match it, with
/// "I'm not sure" beside it (`[field, not sure box]`).
pub fn search_field(
    answers: &Answers,
    [id, not_sure]: [FieldId; 2],
    q: &SearchQuestion,
    names: Vec<&'static str>,
) -> Field {
    let text = answers.text(id);
    let mut search = Search {
        names,
        suggestions: Vec::new(),
        matches: String::new(),
        not_sure,
        not_sure_label: q.not_sure.fill(&[]),
    };
    // Matches are listed only while what is typed is not yet a name.
    if !text.trim().is_empty() && search.chosen(text).is_none() {
        search.suggestions = Search::suggest(&search.names, text);
        search.matches = match search.suggestions.len() {
            0 => q.matches_none.fill(&[]),
            1 => q.matches_one.fill(&[]),
            n => fill(q.matches_many, &[("n", n.to_string())]),
        };
    }
    let messages = Messages {
        missing: q.missing.fill(&[]),
        not_a_number: fill(q.no_match, &[("text", text.trim().to_owned())]),
        misplaced_comma: String::new(),
        too_precise: String::new(),
        too_small: String::new(),
        too_large: String::new(),
        conflict: String::new(),
    };
    Field {
        id,
        key: id.key(),
        kind: FieldKind::Search,
        label: q.label.fill(&[]),
        hint: q.hint.fill(&[]),
        options: Vec::new(),
        prefix: "",
        suffix: "",
        exclusive: false,
        search: Some(search),
        messages,
    }
}
