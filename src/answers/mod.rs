//! What the person typed or chose, field by field. Typed answers are kept as text
//! exactly as entered (so nothing is lost when they go back); chosen answers are
//! typed values (`Choice`), the same in every language.
//!
//! Parsing checks format only; the questionnaire turns valid answers into a
//! household. No rules here, no web code, and no `unwrap()`: every answer can be
//! anything.

mod choices;
mod fields;
mod parse;

pub use choices::{
    Activity, BandChoice, BedroomKind, Choice, ChoiceKind, Chosen, DisabilityChoice, Health, Home,
    IncomeKind, LcwraSince, SharedRateKind, SupportedChoice, YesNo,
};
pub use fields::{AnswerKind, CompareField, FieldId, Person};
pub use parse::{parse_date, parse_hours, parse_money, parse_whole, InputError};

/// One answer: text as typed, or an option chosen.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    Typed(String),
    Chosen(Choice),
}

/// Every answer, by field: kept in the fields' order and found by binary search. (A
/// sorted list, not a `BTreeMap`: a page holds a few dozen answers, and the map's
/// code cost the download about 20 KB.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(Vec<(FieldId, Answer)>);

/// An answer given by key that the questionnaire does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnknownAnswer {
    Field(String),
    Choice { field: String, value: String },
}

impl Answers {
    /// Where the field's answer is, or would go.
    fn place(&self, field: FieldId) -> Result<usize, usize> {
        self.0.binary_search_by(|(known, _)| known.cmp(&field))
    }

    pub fn get(&self, field: FieldId) -> Option<&Answer> {
        let at = self.place(field).ok()?;
        self.0.get(at).map(|(_, answer)| answer)
    }

    /// The text typed in a field, or "" (also for a chosen answer).
    pub fn text(&self, field: FieldId) -> &str {
        match self.get(field) {
            Some(Answer::Typed(text)) => text,
            Some(Answer::Chosen(_)) | None => "",
        }
    }

    pub fn choice(&self, field: FieldId) -> Option<Choice> {
        match self.get(field) {
            Some(Answer::Chosen(choice)) => Some(*choice),
            Some(Answer::Typed(_)) | None => None,
        }
    }

    /// The chosen answer as its own type: `answers.chosen::<Health>(field)`.
    pub fn chosen<T: Chosen>(&self, field: FieldId) -> Option<T> {
        self.choice(field).and_then(T::from_choice)
    }

    /// The answer is "yes".
    pub fn is_yes(&self, field: FieldId) -> bool {
        self.chosen(field) == Some(YesNo::Yes)
    }

    pub fn set(&mut self, field: FieldId, answer: Answer) {
        match self.place(field) {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = answer;
                }
            }
            Err(at) => self.0.insert(at, (field, answer)),
        }
    }

    /// Forgets the answer to a field.
    pub fn remove(&mut self, field: FieldId) {
        if let Ok(at) = self.place(field) {
            self.0.remove(at);
        }
    }

    pub fn type_text(&mut self, field: FieldId, text: impl Into<String>) {
        self.set(field, Answer::Typed(text.into()));
    }

    pub fn choose(&mut self, field: FieldId, choice: impl Into<Choice>) {
        self.set(field, Answer::Chosen(choice.into()));
    }

    /// Sets an answer by its stable keys, as saved answers and tests write them:
    /// `("your_age", "34")`, `("your_health", "lcwra")`.
    pub fn set_by_key(&mut self, key: &str, value: &str) -> Result<(), UnknownAnswer> {
        let field = FieldId::from_key(key).ok_or_else(|| UnknownAnswer::Field(key.to_owned()))?;
        let answer = match field.answer_kind() {
            AnswerKind::Typed => Answer::Typed(value.to_owned()),
            AnswerKind::Choice(kind) => {
                Answer::Chosen(kind.parse(value).ok_or_else(|| UnknownAnswer::Choice {
                    field: key.to_owned(),
                    value: value.to_owned(),
                })?)
            }
        };
        self.set(field, answer);
        Ok(())
    }

    /// Answers from `(key, value)` pairs (see `set_by_key`).
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Result<Answers, UnknownAnswer> {
        let mut answers = Answers::default();
        for (key, value) in pairs {
            answers.set_by_key(key, value)?;
        }
        Ok(answers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_by_key_are_typed() {
        let answers = Answers::from_pairs(&[("your_age", "34"), ("your_health", "lcwra")])
            .expect("known answers");
        assert_eq!(answers.text(FieldId::Age(Person::You)), "34");
        assert_eq!(
            answers.chosen::<Health>(FieldId::Health(Person::You)),
            Some(Health::Lcwra)
        );
        assert_eq!(answers.chosen::<YesNo>(FieldId::Health(Person::You)), None);
        assert_eq!(
            Answers::from_pairs(&[("your_health", "LCWRA")]),
            Err(UnknownAnswer::Choice {
                field: "your_health".to_owned(),
                value: "LCWRA".to_owned()
            })
        );
        assert_eq!(
            Answers::from_pairs(&[("shoe_size", "9")]),
            Err(UnknownAnswer::Field("shoe_size".to_owned()))
        );
    }

    #[test]
    fn answers_are_found_replaced_and_forgotten_in_any_order() {
        let mut answers = Answers::default();
        answers.type_text(FieldId::Rent, "650");
        answers.type_text(FieldId::Age(Person::You), "34");
        answers.choose(FieldId::Health(Person::You), Health::Lcw);
        answers.type_text(FieldId::Rent, "700");
        assert_eq!(answers.text(FieldId::Rent), "700");
        assert_eq!(answers.text(FieldId::Age(Person::You)), "34");
        // The same answers given in another order are the same answers.
        let mut again = Answers::default();
        again.choose(FieldId::Health(Person::You), Health::Lcw);
        again.type_text(FieldId::Age(Person::You), "34");
        again.type_text(FieldId::Rent, "700");
        assert_eq!(answers, again);
        answers.remove(FieldId::Age(Person::You));
        answers.remove(FieldId::Savings);
        assert_eq!(answers.get(FieldId::Age(Person::You)), None);
        assert_eq!(answers.text(FieldId::Rent), "700");
    }
}
