//! "Try different hours or pay": the work in mind, changed right under the answer,
//! which updates as the person types.

use yew::prelude::*;

use crate::answers::{Answer, FieldId};
use crate::copy::Copy;
use crate::questionnaire::FieldState;
use crate::ui::widgets::field::{field_view, FieldProps};

pub fn try_other_work(
    copy: &'static Copy,
    fields: Vec<FieldState>,
    onchange: &Callback<(FieldId, Answer)>,
) -> Html {
    let r = &copy.results;
    html! {
        <section class="bb-try" aria-labelledby="try-heading">
            <h2 class="bb-heading-m" id="try-heading">{ r.try_heading.text() }</h2>
            <p class="bb-hint">{ r.try_hint.text() }</p>
            { for fields.into_iter().map(|FieldState { field, value, error }| html! {
                { field_view(&FieldProps::new(field, value, error, copy.common.error_prefix_hidden.text(), onchange)) }
            }) }
        </section>
    }
}
