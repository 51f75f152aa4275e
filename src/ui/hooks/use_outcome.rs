//! The one place the app runs the engine: the answers -> situation -> outcome, with
//! the rules the questionnaire was started with.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Answers;
use crate::engine::calculate;
use crate::outcome::Outcome;
use crate::questionnaire::Questionnaire;

/// The outcome for the answers. While an answer on the results page is being typed
/// and cannot be used yet ("1" on the way to "16.5"), the last outcome that could be
/// worked out stays, so the page never empties under the person's cursor.
#[hook]
pub fn use_outcome(questionnaire: Questionnaire<'static>, answers: Answers) -> Option<Rc<Outcome>> {
    let computed: Rc<Option<Rc<Outcome>>> =
        use_memo((questionnaire, answers), |(questionnaire, answers)| {
            let situation = questionnaire.situation(answers);
            situation
                .check(questionnaire.rules.tax_year)
                .is_empty()
                .then(|| Rc::new(calculate(&situation, questionnaire.rules)))
        });
    let last_good: Rc<RefCell<Option<Rc<Outcome>>>> = use_mut_ref(|| None);
    if let Some(outcome) = computed.as_ref() {
        *last_good.borrow_mut() = Some(Rc::clone(outcome));
    }
    let outcome = last_good.borrow().clone();
    outcome
}
