//! "Try different hours or pay": the work in mind, changed right under the answer,
//! which updates as the person types.

use yew::prelude::*;

use crate::answers::{Answer, FieldId};
use crate::copy::Copy;
use crate::questionnaire::Field;
use crate::ui::widgets::field::FieldView;

/// A field with what is typed in it and what is wrong with it, if anything.
#[derive(Clone, PartialEq)]
pub struct TryField {
    pub field: Field,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct TryOtherWorkProps {
    pub copy: &'static Copy,
    pub fields: Vec<TryField>,
    pub onchange: Callback<(FieldId, Answer)>,
}

#[function_component(TryOtherWork)]
pub fn try_other_work(props: &TryOtherWorkProps) -> Html {
    let r = &props.copy.results;
    html! {
        <section class="bb-try" aria-labelledby="try-heading">
            <h2 class="bb-heading-m" id="try-heading">{ r.try_heading.text() }</h2>
            <p class="bb-hint">{ r.try_hint.text() }</p>
            { for props.fields.iter().map(|TryField { field, value, error }| html! {
                <FieldView field={field.clone()} value={value.clone()} error={error.clone()}
                    error_prefix={props.copy.common.error_prefix_hidden.text()}
                    onchange={props.onchange.clone()} />
            }) }
        </section>
    }
}
