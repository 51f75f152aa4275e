//! "Try different hours or pay": the work in mind, changed right under the answer,
//! which updates as the person types.

use yew::prelude::*;

use crate::answers::{Answer, FieldId};
use crate::copy::Copy;
use crate::questionnaire::Field;
use crate::ui::widgets::field::FieldView;

/// A field with what is typed in it and what is wrong with it, if anything.
pub struct TryField {
    pub field: Field,
    pub value: String,
    pub error: Option<String>,
}

pub fn try_other_work(
    copy: &'static Copy,
    fields: Vec<TryField>,
    onchange: &Callback<(FieldId, Answer)>,
) -> Html {
    let r = &copy.results;
    html! {
        <section class="bb-try" aria-labelledby="try-heading">
            <h2 class="bb-heading-m" id="try-heading">{ r.try_heading.text() }</h2>
            <p class="bb-hint">{ r.try_hint.text() }</p>
            { for fields.into_iter().map(|TryField { field, value, error }| html! {
                <FieldView {field} {value} {error}
                    error_prefix={copy.common.error_prefix_hidden.text()}
                    onchange={onchange.clone()} />
            }) }
        </section>
    }
}
