//! "Check your answers": every answer with a Change link back to its question.

use yew::prelude::*;

use crate::ui::state::{Action, StateHandle};
use crate::ui::widgets::back_link::BackLink;
use crate::ui::widgets::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub state: StateHandle,
}

#[function_component(CheckAnswersPage)]
pub fn check_answers_page(props: &CheckAnswersProps) -> Html {
    let state = &props.state;
    let copy = state.copy();
    let questionnaire = state.questionnaire;
    let onback = {
        let state = state.clone();
        Callback::from(move |()| crate::ui::history::go_back(&state))
    };
    let onsubmit = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SeeResults))
    };
    html! {
        <>
            <BackLink text={copy.common.back.text()} onclick={onback} />
            <Heading text={copy.check_answers.title.text()} visit={state.visit} />
            <p class="bb-body">{ copy.check_answers.intro.text() }</p>
            <dl class="bb-summary-list">
                { for questionnaire.pages(&state.answers).into_iter().map(|id| {
                    let page = questionnaire.page(id, &state.answers);
                    let answers = questionnaire.answer_text(&page, &state.answers);
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::Change(id)))
                    };
                    html! {
                        <div class="bb-summary-list__row">
                            <dt class="bb-summary-list__key">{ page.title.clone() }</dt>
                            <dd class="bb-summary-list__value">
                                { for answers.into_iter().map(|answer| html! { <p class="bb-body bb-body--tight">{ answer }</p> }) }
                            </dd>
                            <dd class="bb-summary-list__actions">
                                <button type="button" class="bb-link-button" {onclick}>
                                    { copy.check_answers.change.text() }
                                    <span class="bb-visually-hidden">{ format!(" {}", page.title) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="bb-button" onclick={onsubmit}>{ copy.check_answers.submit.text() }</button>
        </>
    }
}
