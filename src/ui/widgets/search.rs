//! A name typed and chosen from the matches listed under the box (the questionnaire
//! works out the matches), with an "I'm not sure" box beside it. Choosing a match
//! fills the box and puts the focus back in it; the number of matches is announced
//! politely as the person types.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::TargetCast;

use crate::answers::{Answer, FieldId, YesNo};
use crate::questionnaire::Field;

pub struct SearchProps<'a> {
    pub field: &'a Field,
    pub value: AttrValue,
    pub not_sure: bool,
    pub hint: Option<Html>,
    pub error: Option<Html>,
    pub described_by: Option<AttrValue>,
    pub is_heading: bool,
    pub onchange: Callback<(FieldId, Answer)>,
}

pub fn search_view(props: &SearchProps<'_>) -> Html {
    let field = props.field;
    let Some(search) = field.search.as_ref() else {
        return Html::default();
    };
    let key = field.key.clone();
    let list_id = format!("{key}-matches");
    let count_id = format!("{key}-count");
    // The text box is focused again, by its id, when a match is chosen.
    let input_id = key.clone();
    let not_sure_id = search.not_sure;
    let untick = {
        let onchange = props.onchange.clone();
        let ticked = props.not_sure;
        move || {
            if ticked {
                onchange.emit((not_sure_id, Answer::Chosen(YesNo::No.into())));
            }
        }
    };
    // Typing a name means the person is sure after all.
    let oninput = {
        let untick = untick.clone();
        let onchange = props.onchange.clone();
        let field = field.id;
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            untick();
            onchange.emit((field, Answer::Typed(input.value())));
        })
    };
    let choose = |name: &'static str| {
        let onchange = props.onchange.clone();
        let field = field.id;
        let input_id = input_id.clone();
        let untick = untick.clone();
        Callback::from(move |_: MouseEvent| {
            untick();
            onchange.emit((field, Answer::Typed(name.to_owned())));
            if let Some(element) = gloo::utils::document()
                .get_element_by_id(&input_id)
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        })
    };
    let on_not_sure = {
        let onchange = props.onchange.clone();
        let field = field.id;
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let ticked = input.checked();
            if ticked {
                onchange.emit((field, Answer::Typed(String::new())));
            }
            let now = if ticked { YesNo::Yes } else { YesNo::No };
            onchange.emit((not_sure_id, Answer::Chosen(now.into())));
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
    let described_by = [
        props.described_by.as_ref().map(ToString::to_string),
        Some(count_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let not_sure_key = not_sure_id.key();
    html! {
        <>
            { label }
            { props.hint.clone().unwrap_or_default() }
            { props.error.clone().unwrap_or_default() }
            <input class={classes!("bb-input", "bb-input--width-20", props.error.is_some().then_some("bb-input--error"))}
                id={key.clone()} name={key.clone()} type="text" spellcheck="false" autocomplete="off"
                value={props.value.clone()} {oninput}
                aria-describedby={described_by} aria-controls={list_id.clone()} />
            <p class="bb-visually-hidden" id={count_id} aria-live="polite">{ search.matches.clone() }</p>
            <ul class="bb-suggestions" id={list_id}>
                { for search.suggestions.iter().map(|&name| html! {
                    <li><button type="button" class="bb-suggestions__option" onclick={choose(name)}>{ name }</button></li>
                }) }
            </ul>
            <div class="bb-checkboxes bb-search__not-sure">
                <div class="bb-checkboxes__item">
                    <input class="bb-checkboxes__input" type="checkbox" id={not_sure_key.clone()} name={not_sure_key.clone()}
                        value="yes" checked={props.not_sure} onchange={on_not_sure} />
                    <label class="bb-checkboxes__label" for={not_sure_key}>{ search.not_sure_label.clone() }</label>
                </div>
            </div>
        </>
    }
}
