//! The app's one state: the answers, which screen is showing, and any errors on it.
//! Components send `Action`s; the rules of moving between screens live here, using
//! the questionnaire's own list of pages.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::{Answer, Answers, FieldId};
use crate::copy::Copy;
use crate::dates::Date;
use crate::questionnaire::{first_months, FieldError, PageId, Questionnaire};
use crate::rules::rules_for;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(PageId),
    CheckAnswers,
    Results,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The questions in the person's language, with the rules for today's date.
    pub questionnaire: Questionnaire<'static>,
    pub answers: Answers,
    pub screen: Screen,
    pub errors: Vec<FieldError>,
    /// Came from "Check your answers" with a Change link: go back there after.
    pub changing: bool,
    /// Counts screen changes (and each Continue), so the app knows when to move the
    /// focus (`ui::focus`).
    pub visit: u32,
    /// How many screens deep the person is: the browser history entry for this screen.
    pub depth: u32,
    /// This screen was reached going forward, so the browser needs a history entry
    /// for it (then the browser's Back button comes back here, answers kept).
    pub push_history: bool,
    /// Today, read by the app when it starts: the first months start from the 1st
    /// of next month unless the person says otherwise.
    pub today: Date,
}

impl State {
    /// A fresh start in `copy`'s language, with the rules for `today` (the app reads
    /// the date; the engine never does).
    pub fn new(copy: &'static Copy, today: Date) -> State {
        State::starting(Questionnaire::new(copy, rules_for(today)), today)
    }

    /// No answers yet, on the start page (but the day new work would start, which
    /// the results page shows and the person may change).
    fn starting(questionnaire: Questionnaire<'static>, today: Date) -> State {
        let mut answers = Answers::default();
        answers.type_text(
            FieldId::StartDate,
            first_months::typed(first_months::usual_start(today)),
        );
        State {
            questionnaire,
            answers,
            screen: Screen::Start,
            errors: Vec::new(),
            changing: false,
            visit: 0,
            depth: 0,
            push_history: false,
            today,
        }
    }

    fn go(mut self, screen: Screen) -> State {
        self.screen = screen;
        self.errors.clear();
        self.visit += 1;
        self.push_history = false;
        self
    }

    /// Onwards to `screen`, one step deeper in the browser's history. A question page
    /// may start with answers (the work in mind starts from today's job).
    fn forward(self, screen: Screen) -> State {
        let mut state = self.go(screen);
        if let Screen::Question(id) = screen {
            let questionnaire = state.questionnaire;
            questionnaire.prefill(id, &mut state.answers);
        }
        state.depth += 1;
        state.push_history = true;
        state
    }

    fn back(self) -> State {
        let previous = self.previous();
        let mut state = self.go(previous);
        state.depth = state.depth.saturating_sub(1);
        // Going back from a changed answer returns to Check your answers; either way
        // the next Continue follows the questions in order.
        state.changing = false;
        state
    }

    /// The words of the person's language.
    pub fn copy(&self) -> &'static Copy {
        self.questionnaire.copy
    }

    /// The screen before this one, for the back link.
    pub fn previous(&self) -> Screen {
        let flow = self.questionnaire.pages(&self.answers);
        match self.screen {
            Screen::Start => Screen::Start,
            Screen::Question(_) if self.changing => Screen::CheckAnswers,
            Screen::Question(id) => match flow.iter().position(|&p| p == id) {
                Some(0) | None => Screen::Start,
                Some(index) => Screen::Question(flow[index - 1]),
            },
            Screen::CheckAnswers => flow
                .last()
                .map_or(Screen::Start, |&last| Screen::Question(last)),
            Screen::Results => Screen::CheckAnswers,
        }
    }

    fn after(&self, id: PageId) -> Screen {
        let first_unanswered = || {
            self.questionnaire
                .first_unanswered(&self.answers)
                .map_or(Screen::CheckAnswers, Screen::Question)
        };
        if self.changing {
            // A changed answer can bring in new questions (say, rent after renting).
            return first_unanswered();
        }
        let flow = self.questionnaire.pages(&self.answers);
        match flow.iter().position(|&p| p == id) {
            Some(index) if index + 1 < flow.len() => Screen::Question(flow[index + 1]),
            Some(_) | None => first_unanswered(),
        }
    }
}

pub enum Action {
    /// The browser moved to the history entry for this depth (its Back or Forward button).
    History(u32),
    Start,
    Answer {
        field: FieldId,
        answer: Answer,
    },
    Continue,
    Back,
    Change(PageId),
    SeeResults,
    StartAgain,
    /// Another way to compare on the results page, or one removed (by its slot).
    AddWay,
    RemoveWay(usize),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = (*self).clone();
        let next = match action {
            Action::History(depth) if depth < state.depth => state.back(),
            Action::History(depth) if depth > state.depth => {
                // Forward again: go on as Continue would, without a new history entry.
                let mut next = match state.screen {
                    Screen::Start => (*Rc::new(state).reduce(Action::Start)).clone(),
                    Screen::Question(_) => (*Rc::new(state).reduce(Action::Continue)).clone(),
                    Screen::CheckAnswers => (*Rc::new(state).reduce(Action::SeeResults)).clone(),
                    Screen::Results => state,
                };
                next.push_history = false;
                next
            }
            Action::History(_) => state,
            Action::Start => {
                let first = state
                    .questionnaire
                    .first_unanswered(&state.answers)
                    .unwrap_or(PageId::Partner);
                state.forward(Screen::Question(first))
            }
            Action::Answer { field, answer } => {
                let mut state = state;
                state.answers.set(field, answer);
                // Clear this field's error once it is answered well; keep the others.
                if let Screen::Question(id) = state.screen {
                    let questionnaire = state.questionnaire;
                    let current = questionnaire.page(id, &state.answers);
                    let now_wrong = questionnaire.check_page(&current, &state.answers);
                    state.errors.retain(|error| {
                        error.field != field || now_wrong.iter().any(|e| e.field == field)
                    });
                }
                state
            }
            Action::Continue => match state.screen {
                Screen::Question(id) => {
                    let questionnaire = state.questionnaire;
                    let page = questionnaire.page(id, &state.answers);
                    let errors = questionnaire.check_page(&page, &state.answers);
                    if errors.is_empty() {
                        let next = state.after(id);
                        let mut state = state.forward(next);
                        if next == Screen::CheckAnswers {
                            state.changing = false;
                        }
                        state
                    } else {
                        let mut state = state;
                        state.errors = errors;
                        state.visit += 1;
                        state
                    }
                }
                Screen::Start | Screen::CheckAnswers | Screen::Results => state,
            },
            Action::Back => state.back(),
            Action::Change(id) => {
                let mut state = state.forward(Screen::Question(id));
                state.changing = true;
                state
            }
            Action::SeeResults => match state.questionnaire.first_unanswered(&state.answers) {
                Some(id) => state.forward(Screen::Question(id)),
                None => state.forward(Screen::Results),
            },
            Action::AddWay => {
                let mut state = state;
                if let Some(slot) = crate::questionnaire::compare::free_slot(&state.answers) {
                    crate::questionnaire::compare::add(&mut state.answers, slot);
                }
                state
            }
            Action::RemoveWay(slot) => {
                let mut state = state;
                crate::questionnaire::compare::remove(&mut state.answers, slot);
                state
            }
            Action::StartAgain => {
                let depth = state.depth;
                // The same language and rules: only the answers go.
                let mut fresh =
                    State::starting(state.questionnaire, state.today).forward(Screen::Start);
                fresh.depth = depth + 1;
                fresh
            }
        };
        Rc::new(next)
    }
}

pub type StateHandle = UseReducerHandle<State>;
