//! A question page: back link, progress, error summary, the question (its label is
//! the heading when there is one field), its hint and help, and Continue.

use yew::prelude::*;

use crate::questionnaire::PageId;
use crate::ui::state::{Action, StateHandle};
use crate::ui::widgets::back_link::BackLink;
use crate::ui::widgets::error_summary::ErrorSummary;
use crate::ui::widgets::field::FieldView;
use crate::ui::widgets::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub state: StateHandle,
    pub id: PageId,
}

#[function_component(QuestionPage)]
pub fn question_page(props: &QuestionProps) -> Html {
    let state = &props.state;
    let copy = state.copy();
    let page = state.questionnaire.page(props.id, &state.answers);
    let flow = state.questionnaire.pages(&state.answers);
    let number = flow
        .iter()
        .position(|&p| p == props.id)
        .map_or(1, |i| i + 1);
    let progress = copy.common.progress.fill(&[
        ("n", &number.to_string()),
        ("total", &flow.len().to_string()),
    ]);
    let has_errors = !state.errors.is_empty();

    let onsubmit = {
        let state = state.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            state.dispatch(Action::Continue);
        })
    };
    let onback = {
        let state = state.clone();
        Callback::from(move |()| crate::ui::history::go_back(&state))
    };
    let onchange = {
        let state = state.clone();
        Callback::from(move |(field, answer)| state.dispatch(Action::Answer { field, answer }))
    };
    let single = page.fields.len() == 1;
    let help = page.help.as_ref().map(|help| html! {
        <details class="bb-details">
            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ help.summary.clone() }</span></summary>
            <div class="bb-details__text">{ for help.body.iter().map(|p| html! { <p class="bb-body">{ p.clone() }</p> }) }</div>
        </details>
    });
    html! {
        <>
            <BackLink text={copy.common.back.text()} onclick={onback} />
            <p class="bb-caption" id="progress">{ progress }</p>
            if has_errors {
                <ErrorSummary title={copy.common.error_summary_title.text()} errors={state.errors.clone()} visit={state.visit} />
            }
            <form class="bb-form" novalidate=true {onsubmit}>
                if !single {
                    <Heading text={page.title.clone()} visit={state.visit} quiet={has_errors} />
                    if !page.hint.is_empty() {
                        <p class="bb-hint">{ page.hint.clone() }</p>
                    }
                }
                { for page.fields.iter().map(|field| {
                    let error = state.errors.iter().find(|e| e.field == field.id).map(|e| e.message.clone());
                    html! {
                        <FieldView field={field.clone()} value={state.answers.text(field.id).to_owned()}
                            chosen={state.answers.choice(field.id)} {error}
                            is_heading={single} error_prefix={copy.common.error_prefix_hidden.text()}
                            onchange={onchange.clone()} visit={state.visit} quiet={has_errors} />
                    }
                }) }
                { help }
                <button type="submit" class="bb-button">{ copy.common.continue_button.text() }</button>
            </form>
        </>
    }
}
