//! The app: a calm questionnaire to a clear answer. Browser only.
//!
//! Data flows one way: the person's answers (state.rs) -> questionnaire -> household
//! -> engine -> outcome -> these views. Components hold no rules and no words of
//! their own: rules are in the engine, words in `copy/`.

pub mod clock;
pub mod focus;
pub mod history;
pub mod hooks;
pub mod pages;
pub mod privacy;
pub mod state;
pub mod widgets;

use yew::prelude::*;

use crate::copy::EN;
use crate::describe::{fill, tax_year_gaps};
use pages::check_answers::{check_answers_page, CheckAnswersProps};
use pages::question::{question_page, QuestionProps};
use pages::results::ResultsPage;
use pages::start::{start_page, StartProps};
use state::{Action, Screen, State};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::new(&EN, clock::today()));
    history::use_browser_history(&state);
    let copy = state.copy();
    // Page title: the question, with "Error: " first when there is a problem.
    {
        let title = match state.screen {
            Screen::Start => copy.start.title.text().to_owned(),
            Screen::Question(id) => state.questionnaire.page(id, &state.answers).title,
            Screen::CheckAnswers => copy.check_answers.title.text().to_owned(),
            Screen::Results => copy.results.title.text().to_owned(),
        };
        let prefix = if state.errors.is_empty() {
            ""
        } else {
            copy.common.error_title_prefix.text()
        };
        let full = format!("{prefix}{title} - {}", copy.common.service_name.text());
        use_effect_with(full, |full| gloo::utils::document().set_title(full));
    }
    // A new screen, or Continue pressed: the focus moves (not on the first screen,
    // where the browser starts at the top of the page).
    use_effect_with(state.visit, |visit| {
        if *visit > 0 {
            focus::move_to_new_screen();
        }
    });
    // Mark the first screen as drawn, for the time-to-interactive measurement.
    use_effect_with((), |_| {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("bb-interactive");
        }
    });
    // The pages get only what they show and callbacks for what they do; the moves
    // between screens are the reducer's (state.rs).
    let send = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action()))
    };
    let on_remove_way = {
        let state = state.clone();
        Callback::from(move |slot| state.dispatch(Action::RemoveWay(slot)))
    };
    let on_answer = {
        let state = state.clone();
        Callback::from(move |(field, answer)| state.dispatch(Action::Answer { field, answer }))
    };
    let on_back = {
        let state = state.clone();
        Callback::from(move |()| history::go_back(&state))
    };
    let questionnaire = state.questionnaire;
    let answers = state.answers.clone();
    let screen = match state.screen {
        Screen::Start => start_page(&StartProps {
            questionnaire,
            on_start: send(|| Action::Start),
        }),
        Screen::Question(id) => question_page(&QuestionProps {
            questionnaire,
            id,
            answers,
            errors: state.errors.clone(),
            on_answer,
            on_continue: send(|| Action::Continue),
            on_back,
        }),
        Screen::CheckAnswers => {
            let on_change = {
                let state = state.clone();
                Callback::from(move |id| state.dispatch(Action::Change(id)))
            };
            check_answers_page(&CheckAnswersProps {
                questionnaire,
                answers,
                on_change,
                on_submit: send(|| Action::SeeResults),
                on_back,
            })
        }
        Screen::Results => html! {
            <ResultsPage {questionnaire} {answers} {on_answer}
                on_add_way={send(|| Action::AddWay)}
                on_remove_way={on_remove_way}
                on_change_answers={on_back} on_start_again={send(|| Action::StartAgain)} />
        },
    };
    let estimate_note = fill(
        copy.common.estimate_note,
        &tax_year_gaps(state.questionnaire.rules.tax_year),
    );
    html! {
        <>
            <a href="#main-content" class="bb-skip-link">{ copy.common.skip_link.text() }</a>
            <header class="bb-header">
                <div class="bb-width-container">
                    <p class="bb-header__name">{ copy.common.service_name.text() }</p>
                </div>
            </header>
            <div class="bb-width-container">
                <main class="bb-main" id="main-content">
                    { screen }
                </main>
            </div>
            <footer class="bb-footer">
                <div class="bb-width-container">
                    <p class="bb-body">{ copy.common.footer.text() }</p>
                    <p class="bb-body">{ estimate_note }</p>
                </div>
            </footer>
        </>
    }
}
