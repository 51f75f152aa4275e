//! "Check your answers": every answer with a Change link back to its question.

use yew::prelude::*;

use crate::answers::Answers;
use crate::questionnaire::{PageId, Questionnaire};
use crate::ui::widgets::back_link::back_link;
use crate::ui::widgets::heading::heading;

/// What the page shows and what it does (a plain function, not a component: it keeps
/// no state, and a component costs the download more).
pub struct CheckAnswersProps {
    pub questionnaire: Questionnaire<'static>,
    pub answers: Answers,
    /// "Change" on one answer: back to its question.
    pub on_change: Callback<PageId>,
    pub on_submit: Callback<()>,
    pub on_back: Callback<()>,
}

pub fn check_answers_page(props: &CheckAnswersProps) -> Html {
    let questionnaire = props.questionnaire;
    let copy = questionnaire.copy;
    let onback = props.on_back.clone();
    let onsubmit = props.on_submit.reform(|_: MouseEvent| ());
    html! {
        <>
            { back_link(copy.common.back.text(), &onback) }
            { heading(copy.check_answers.title.text()) }
            <p class="bb-body">{ copy.check_answers.intro.text() }</p>
            <dl class="bb-summary-list">
                { for questionnaire.pages(&props.answers).into_iter().map(|id| {
                    let page = questionnaire.page(id, &props.answers);
                    let answers = questionnaire.answer_text(&page, &props.answers);
                    let onclick = props.on_change.reform(move |_: MouseEvent| id);
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
