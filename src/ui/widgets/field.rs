//! One question field: radios in a fieldset, or a text box with a label, each with
//! its hint and error message wired up for screen readers.

use yew::prelude::*;
use yew::TargetCast;

use web_sys::HtmlInputElement;

use crate::answers::{Answer, Choice, FieldId};
use crate::questionnaire::{Field, FieldKind};

/// A field with what is typed or chosen, its problem, and what to call on a change.
/// (A plain function, not a component: it keeps no state, and a component costs the
/// download more.)
pub struct FieldProps {
    pub field: Field,
    /// The text typed so far (typed fields).
    pub value: AttrValue,
    /// The option chosen so far (choice fields).
    pub chosen: Option<Choice>,
    pub error: Option<String>,
    /// The label or legend is the page's heading.
    pub is_heading: bool,
    pub error_prefix: &'static str,
    pub onchange: Callback<(FieldId, Answer)>,
    /// A search field's "I'm not sure" box is ticked.
    pub not_sure: bool,
}

impl FieldProps {
    /// A field that is not the page's heading, with nothing chosen and no box ticked.
    pub fn new(
        field: Field,
        value: String,
        error: Option<String>,
        error_prefix: &'static str,
        onchange: &Callback<(FieldId, Answer)>,
    ) -> FieldProps {
        FieldProps {
            field,
            value: value.into(),
            chosen: None,
            error,
            is_heading: false,
            error_prefix,
            onchange: onchange.clone(),
            not_sure: false,
        }
    }
}

pub fn field_view(props: &FieldProps) -> Html {
    let field = &props.field;
    let key = field.key.clone();
    let hint_id = format!("{key}-hint");
    let error_id = format!("{key}-error");
    let described_by = [
        (!field.hint.is_empty()).then(|| hint_id.clone()),
        props.error.is_some().then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    let hint = (!field.hint.is_empty())
        .then(|| html! { <div class="bb-hint" id={hint_id.clone()}>{ field.hint.clone() }</div> });
    let error = props.error.as_ref().map(|message| html! {
        <p class="bb-error-message" id={error_id.clone()}>
            <span class="bb-visually-hidden">{ format!("{} ", props.error_prefix) }</span>{ message.clone() }
        </p>
    });
    let group_class = classes!(
        "bb-form-group",
        props.error.is_some().then_some("bb-form-group--error")
    );

    match field.kind {
        FieldKind::Choice => {
            let legend = if props.is_heading {
                html! { <legend class="bb-fieldset__legend bb-fieldset__legend--l"><h1 class="bb-heading-l" tabindex="-1" data-bb-focus="">{ field.label.clone() }</h1></legend> }
            } else {
                html! { <legend class="bb-fieldset__legend bb-fieldset__legend--m">{ field.label.clone() }</legend> }
            };
            html! {
                <div class={group_class}>
                    <fieldset class="bb-fieldset" aria-describedby={described_by}>
                        { legend }
                        { hint }
                        { error }
                        <div class="bb-radios">
                            { for field.options.iter().enumerate().map(|(index, option)| {
                                let id = if index == 0 { key.clone() } else { format!("{key}-{index}") };
                                let item_hint_id = format!("{id}-item-hint");
                                let onchange = {
                                    let field = field.id;
                                    let value = option.value;
                                    props.onchange.reform(move |_: Event| (field, Answer::Chosen(value)))
                                };
                                html! {
                                    <div class="bb-radios__item">
                                        <input class="bb-radios__input" type="radio" id={id.clone()} name={key.clone()}
                                            value={option.value.key()} checked={props.chosen == Some(option.value)} {onchange}
                                            aria-describedby={(!option.hint.is_empty()).then(|| item_hint_id.clone())} />
                                        <label class="bb-radios__label" for={id.clone()}>{ option.label.clone() }</label>
                                        if !option.hint.is_empty() {
                                            <div class="bb-hint bb-radios__hint" id={item_hint_id.clone()}>{ option.hint.clone() }</div>
                                        }
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
            }
        }
        // Boxes are drawn as a group by the question page (`widgets::checkboxes`).
        FieldKind::Checkbox => Html::default(),
        FieldKind::Search => {
            html! {
                <div class={group_class}>
                    { crate::ui::widgets::search::search_view(&crate::ui::widgets::search::SearchProps { field, value: props.value.clone(), not_sure: props.not_sure,
                        hint, error, described_by: described_by.map(AttrValue::from), is_heading: props.is_heading,
                        onchange: props.onchange.clone() }) }
                </div>
            }
        }
        FieldKind::Money { .. }
        | FieldKind::Whole { .. }
        | FieldKind::Hours { .. }
        | FieldKind::Date { .. } => {
            // A date may be typed with the month's name, so it keeps the full keyboard.
            let (inputmode, width) = match field.kind {
                FieldKind::Whole { .. } => ("numeric", "bb-input--width-4"),
                FieldKind::Money { .. } => ("decimal", "bb-input--width-10"),
                FieldKind::Date { .. } => ("text", "bb-input--width-10"),
                FieldKind::Hours { .. }
                | FieldKind::Choice
                | FieldKind::Checkbox
                | FieldKind::Search => ("decimal", "bb-input--width-4"),
            };
            let oninput = {
                let field = field.id;
                props.onchange.reform(move |event: InputEvent| {
                    let input: HtmlInputElement = event.target_unchecked_into();
                    (field, Answer::Typed(input.value()))
                })
            };
            let label = html! {
                <label class={if props.is_heading { "bb-label bb-label--l" } else { "bb-label bb-label--s" }} for={key.clone()}>{ field.label.clone() }</label>
            };
            let label = if props.is_heading {
                html! { <h1 class="bb-label-wrapper" tabindex="-1" data-bb-focus="">{ label }</h1> }
            } else {
                label
            };
            html! {
                <div class={group_class}>
                    { label }
                    { hint }
                    { error }
                    <div class="bb-input__wrapper">
                        if !field.prefix.is_empty() {
                            <div class="bb-input__prefix" aria-hidden="true">{ field.prefix }</div>
                        }
                        <input class={classes!("bb-input", width, props.error.is_some().then_some("bb-input--error"))}
                            id={key.clone()} name={key.clone()} type="text" inputmode={inputmode}
                            spellcheck="false" autocomplete="off"
                            value={props.value.clone()} {oninput} aria-describedby={described_by} />
                        if !field.suffix.is_empty() {
                            <div class="bb-input__suffix">{ field.suffix }</div>
                        }
                    </div>
                </div>
            }
        }
    }
}
