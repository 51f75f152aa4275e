//! A group of boxes to tick, one field per box, in one fieldset whose legend is the
//! page's heading; the group's error (the page's checks put it on one box) shows
//! above the boxes. "None of these" stands apart after "or", as GOV.UK does.

use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::answers::{Answer, Answers, FieldId, YesNo};
use crate::questionnaire::{Field, FieldError};

/// The group and what it does (a plain function, not a component: it keeps no state).
pub struct CheckboxesProps {
    pub legend: AttrValue,
    pub hint: AttrValue,
    pub fields: Vec<Field>,
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub error_prefix: AttrValue,
    /// The word between the boxes and "None of these".
    pub or: AttrValue,
    pub onchange: Callback<(FieldId, Answer)>,
}

pub fn checkboxes(props: &CheckboxesProps) -> Html {
    let key = props
        .fields
        .first()
        .map_or_else(String::new, |field| field.key.clone());
    let hint_id = format!("{key}-group-hint");
    let error_id = format!("{key}-group-error");
    let error = props.fields.iter().find_map(|field| {
        props
            .errors
            .iter()
            .find(|error| error.field == field.id)
            .map(|error| error.message.clone())
    });
    let described_by = [
        (!props.hint.is_empty()).then(|| hint_id.clone()),
        error.is_some().then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let group_class = classes!(
        "bb-form-group",
        error.is_some().then_some("bb-form-group--error")
    );
    let is_none = |field: &Field| field.exclusive;
    // "None of these" stands alone: ticking it clears the others, and ticking another
    // clears it (the GOV.UK exclusive box). The page's checks still refuse both.
    let none_id = props
        .fields
        .iter()
        .find(|field| is_none(field))
        .map(|field| field.id);
    let other_ids: Vec<FieldId> = props
        .fields
        .iter()
        .filter(|field| !is_none(field))
        .map(|field| field.id)
        .collect();
    let item = |field: &Field| {
        let id = field.key.clone();
        let ticked = props.answers.is_yes(field.id);
        let onchange = {
            let field = field.id;
            let exclusive = Some(field) == none_id;
            let clear: Vec<FieldId> = if exclusive {
                other_ids.clone()
            } else {
                none_id.into_iter().collect()
            };
            let callback = props.onchange.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let now = if input.checked() {
                    YesNo::Yes
                } else {
                    YesNo::No
                };
                if now == YesNo::Yes {
                    for other in &clear {
                        callback.emit((*other, Answer::Chosen(YesNo::No.into())));
                    }
                }
                callback.emit((field, Answer::Chosen(now.into())));
            })
        };
        let item_hint_id = format!("{id}-item-hint");
        html! {
            <div class="bb-checkboxes__item">
                <input class="bb-checkboxes__input" type="checkbox" id={id.clone()} name={id.clone()}
                    value="yes" checked={ticked} {onchange}
                    aria-describedby={(!field.hint.is_empty()).then(|| item_hint_id.clone())} />
                <label class="bb-checkboxes__label" for={id.clone()}>{ field.label.clone() }</label>
                if !field.hint.is_empty() {
                    <div class="bb-hint bb-checkboxes__hint" id={item_hint_id.clone()}>{ field.hint.clone() }</div>
                }
            </div>
        }
    };
    html! {
        <div class={group_class}>
            <fieldset class="bb-fieldset" aria-describedby={(!described_by.is_empty()).then_some(described_by)}>
                <legend class="bb-fieldset__legend bb-fieldset__legend--l">
                    <h1 class="bb-heading-l" tabindex="-1" data-bb-focus="">{ props.legend.clone() }</h1>
                </legend>
                if !props.hint.is_empty() {
                    <div class="bb-hint" id={hint_id.clone()}>{ props.hint.clone() }</div>
                }
                if let Some(message) = error {
                    <p class="bb-error-message" id={error_id.clone()}>
                        <span class="bb-visually-hidden">{ format!("{} ", props.error_prefix) }</span>{ message }
                    </p>
                }
                <div class="bb-checkboxes">
                    { for props.fields.iter().filter(|field| !is_none(field)).map(item) }
                    { for props.fields.iter().filter(|field| is_none(field)).map(|field| html! {
                        <>
                            <p class="bb-checkboxes__divider">{ props.or.clone() }</p>
                            { item(field) }
                        </>
                    }) }
                </div>
            </fieldset>
        </div>
    }
}
