//! The app's one state: the answers, which screen is showing, and any errors on it.
//! Components send `Action`s; the rules of moving between screens live here, using
//! the questionnaire's own list of pages.

use std::rc::Rc;

use yew::prelude::*;

use crate::answers::Answers;
use crate::copy::Copy;
use crate::questionnaire::{check_page, first_unanswered, page, pages, FieldError, PageId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(PageId),
    CheckAnswers,
    Results,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub copy: &'static Copy,
    pub answers: Answers,
    pub screen: Screen,
    pub errors: Vec<FieldError>,
    /// Came from "Check your answers" with a Change link: go back there after.
    pub changing: bool,
    /// Counts screen changes, so views know when to move focus to the new heading.
    pub visit: u32,
}

impl State {
    pub fn new(copy: &'static Copy) -> State {
        State {
            copy,
            answers: Answers::default(),
            screen: Screen::Start,
            errors: Vec::new(),
            changing: false,
            visit: 0,
        }
    }

    fn go(mut self, screen: Screen) -> State {
        self.screen = screen;
        self.errors.clear();
        self.visit += 1;
        self
    }

    /// The screen before this one, for the back link.
    pub fn previous(&self) -> Screen {
        let flow = pages(&self.answers);
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
        if self.changing {
            // A changed answer can bring in new questions (say, rent after renting).
            return first_unanswered(&self.answers, self.copy)
                .map_or(Screen::CheckAnswers, Screen::Question);
        }
        let flow = pages(&self.answers);
        match flow.iter().position(|&p| p == id) {
            Some(index) if index + 1 < flow.len() => Screen::Question(flow[index + 1]),
            _ => first_unanswered(&self.answers, self.copy)
                .map_or(Screen::CheckAnswers, Screen::Question),
        }
    }
}

pub enum Action {
    Start,
    Answer { key: String, value: String },
    Continue,
    Back,
    Change(PageId),
    SeeResults,
    StartAgain,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = (*self).clone();
        let next = match action {
            Action::Start => {
                let first = first_unanswered(&state.answers, state.copy).unwrap_or(PageId::Partner);
                state.go(Screen::Question(first))
            }
            Action::Answer { key, value } => {
                let mut state = state;
                state.answers.set(key.clone(), value);
                // Clear this field's error once it is answered well; keep the others.
                if let Screen::Question(id) = state.screen {
                    let current = page(id, &state.answers, state.copy);
                    let now_wrong = check_page(&current, &state.answers);
                    state
                        .errors
                        .retain(|error| error.key != key || now_wrong.iter().any(|e| e.key == key));
                }
                state
            }
            Action::Continue => match state.screen {
                Screen::Question(id) => {
                    let errors = check_page(&page(id, &state.answers, state.copy), &state.answers);
                    if errors.is_empty() {
                        let next = state.after(id);
                        let mut state = state.go(next);
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
                _ => state,
            },
            Action::Back => {
                let previous = state.previous();
                let mut state = state.go(previous);
                if previous == Screen::CheckAnswers {
                    state.changing = false;
                }
                state
            }
            Action::Change(id) => {
                let mut state = state.go(Screen::Question(id));
                state.changing = true;
                state
            }
            Action::SeeResults => match first_unanswered(&state.answers, state.copy) {
                Some(id) => state.go(Screen::Question(id)),
                None => state.go(Screen::Results),
            },
            Action::StartAgain => State::new(state.copy).go(Screen::Start),
        };
        Rc::new(next)
    }
}

pub type StateHandle = UseReducerHandle<State>;
