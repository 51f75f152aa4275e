//! The one place the app runs the engine: the answers -> situation -> outcome, with
//! the rules the questionnaire was started with; and the hours chart for the work in
//! mind, from the same situation, so both follow every keystroke together.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Answers;
use crate::engine::calculate;
use crate::engine::hours_chart::hours_chart;
use crate::outcome::{HoursChart, Outcome};
use crate::questionnaire::Questionnaire;

/// What the engine worked out for the answers.
#[derive(Debug, PartialEq)]
pub struct Worked {
    pub outcome: Outcome,
    /// Your money at each number of hours of the first scenario's work; `None`
    /// without a job to vary.
    pub chart: Option<HoursChart>,
}

/// The outcome for the answers. While an answer on the results page is being typed
/// and cannot be used yet ("1" on the way to "16.5"), the last outcome that could be
/// worked out stays, so the page never empties under the person's cursor.
#[hook]
pub fn use_outcome(questionnaire: Questionnaire<'static>, answers: Answers) -> Option<Rc<Worked>> {
    let computed: Rc<Option<Rc<Worked>>> =
        use_memo((questionnaire, answers), |(questionnaire, answers)| {
            let situation = questionnaire.situation(answers);
            situation
                .check(questionnaire.rules.tax_year)
                .is_empty()
                .then(|| {
                    let rules = questionnaire.rules;
                    let chart = situation
                        .scenarios
                        .first()
                        .and_then(|scenario| hours_chart(&situation.household, scenario, rules));
                    Rc::new(Worked {
                        outcome: calculate(&situation, rules),
                        chart,
                    })
                })
        });
    let last_good: Rc<RefCell<Option<Rc<Worked>>>> = use_mut_ref(|| None);
    if let Some(worked) = computed.as_ref() {
        *last_good.borrow_mut() = Some(Rc::clone(worked));
    }
    let worked = last_good.borrow().clone();
    worked
}
