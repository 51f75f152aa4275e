//! A question page: back link, progress, error summary, the question (its label is
//! the heading when there is one field), its hint and help, and Continue.

use yew::prelude::*;

use crate::answers::{Answer, Answers, FieldId};
use crate::questionnaire::{FieldError, FieldKind, PageId, Questionnaire};
use crate::ui::widgets::back_link::back_link;
use crate::ui::widgets::checkboxes::{checkboxes, CheckboxesProps};
use crate::ui::widgets::error_summary::error_summary;
use crate::ui::widgets::field::{field_view, FieldProps};
use crate::ui::widgets::heading::heading;

/// What the page shows and what it does (a plain function, not a component: it keeps
/// no state, and a component costs the download more).
pub struct QuestionProps {
    pub questionnaire: Questionnaire<'static>,
    pub id: PageId,
    pub answers: Answers,
    /// The problems found when Continue was last pressed.
    pub errors: Vec<FieldError>,
    pub on_answer: Callback<(FieldId, Answer)>,
    pub on_continue: Callback<()>,
    pub on_back: Callback<()>,
}

pub fn question_page(props: &QuestionProps) -> Html {
    let questionnaire = props.questionnaire;
    let copy = questionnaire.copy;
    let answers = &props.answers;
    let page = questionnaire.page(props.id, answers);
    let flow = questionnaire.pages(answers);
    let number = flow
        .iter()
        .position(|&p| p == props.id)
        .map_or(1, |i| i + 1);
    let progress = copy.common.progress.fill(&[
        ("n", &number.to_string()),
        ("total", &flow.len().to_string()),
    ]);
    let has_errors = !props.errors.is_empty();

    let onsubmit = props
        .on_continue
        .reform(|event: SubmitEvent| event.prevent_default());
    let onback = props.on_back.clone();
    let onchange = props.on_answer.clone();
    let single = page.fields.len() == 1;
    // A page of boxes to tick is one group: its fieldset's legend is the heading.
    let boxes = !page.fields.is_empty()
        && page
            .fields
            .iter()
            .all(|field| field.kind == FieldKind::Checkbox);
    let help = page.help.as_ref().map(|help| html! {
        <details class="bb-details">
            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ help.summary.clone() }</span></summary>
            <div class="bb-details__text">{ for help.body.iter().map(|p| html! { <p class="bb-body">{ p.clone() }</p> }) }</div>
        </details>
    });
    html! {
        <>
            { back_link(copy.common.back.text(), &onback) }
            <p class="bb-caption" id="progress">{ progress }</p>
            if has_errors {
                { error_summary(copy.common.error_summary_title.text(), &props.errors) }
            }
            <form class="bb-form" novalidate=true {onsubmit}>
                if boxes {
                    { checkboxes(&CheckboxesProps {
                        legend: page.title.clone().into(),
                        hint: page.hint.clone().into(),
                        fields: page.fields.clone(),
                        answers: answers.clone(),
                        errors: props.errors.clone(),
                        error_prefix: copy.common.error_prefix_hidden.text().into(),
                        or: copy.common.or.text().into(),
                        onchange: onchange.clone(),
                    }) }
                } else if !single {
                    { heading(&page.title) }
                    if !page.hint.is_empty() {
                        <p class="bb-hint">{ page.hint.clone() }</p>
                    }
                }
                { for page.fields.iter().filter(|_| !boxes).map(|field| {
                    let error = props.errors.iter().find(|e| e.field == field.id).map(|e| e.message.clone());
                    let not_sure = field.search.as_ref().is_some_and(|search| answers.is_yes(search.not_sure));
                    html! {
                        { field_view(&FieldProps {
                            chosen: answers.choice(field.id),
                            is_heading: single,
                            not_sure,
                            ..FieldProps::new(field.clone(), answers.text(field.id).to_owned(), error,
                                copy.common.error_prefix_hidden.text(), &onchange)
                        }) }
                    }
                }) }
                { help }
                <button type="submit" class="bb-button">{ copy.common.continue_button.text() }</button>
            </form>
        </>
    }
}
