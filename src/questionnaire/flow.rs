//! Which pages apply, in order, given the answers so far. Each topic decides its own
//! pages; this file only puts the topics in order.

use crate::answers::{Answers, FieldId, Person, YesNo};
use crate::rules::Rules;

use super::{children, health, home, money, work, PageId};

/// The adults whose questions are asked: you, and a partner if you have one.
pub fn people(answers: &Answers) -> Vec<Person> {
    if answers.chosen(FieldId::Partner) == Some(YesNo::Yes) {
        vec![Person::You, Person::Partner]
    } else {
        vec![Person::You]
    }
}

pub fn pages(answers: &Answers, rules: &Rules) -> Vec<PageId> {
    let mut pages = Vec::new();
    super::about_you::pages(answers, &mut pages);
    health::pages(answers, &mut pages);
    children::pages(answers, rules, &mut pages);
    home::pages(answers, rules, &mut pages);
    money::pages(answers, &mut pages);
    work::pages(answers, &mut pages);
    pages
}
