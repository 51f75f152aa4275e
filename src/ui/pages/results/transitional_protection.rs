//! Transitional protection from a managed move to Universal Credit: asked beside
//! the UC worked out, as the statement shows it, and added to UC now and in work.

use yew::prelude::*;

use crate::answers::{Answer, FieldId};
use crate::copy::Copy;
use crate::questionnaire::FieldState;
use crate::ui::widgets::field::{field_view, FieldProps};

pub fn transitional_protection(
    copy: &'static Copy,
    field: FieldState,
    onchange: &Callback<(FieldId, Answer)>,
) -> Html {
    let text = &copy.results.transitional_protection;
    let FieldState {
        field,
        value,
        error,
    } = field;
    html! {
        <section class="bb-try" aria-labelledby="transitional-protection-heading">
            <h2 class="bb-heading-m" id="transitional-protection-heading">{ text.heading.text() }</h2>
            <p class="bb-body">{ text.intro.text() }</p>
            { field_view(&FieldProps::new(field, value, error, copy.common.error_prefix_hidden.text(), onchange)) }
        </section>
    }
}
