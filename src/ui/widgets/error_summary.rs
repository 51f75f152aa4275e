//! "There is a problem": lists every error at the top of the page, each linking to
//! its field. It takes the focus (`ui::focus`) so the person hears it at once
//! (GOV.UK error summary).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::questionnaire::FieldError;

pub fn error_summary(title: &str, errors: &[FieldError]) -> Html {
    html! {
        <div class="bb-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
            <h2 class="bb-error-summary__title" id="error-summary-title">{ title.to_owned() }</h2>
            <ul class="bb-error-summary__list">
                { for errors.iter().map(|error| {
                    // A field's first input has the field's key as its id (radios too).
                    let id = error.field.key();
                    // Move focus to the field itself, not just scroll to it.
                    let onclick = {
                        let id = id.clone();
                        Callback::from(move |event: MouseEvent| {
                            event.prevent_default();
                            if let Some(element) = gloo::utils::document().get_element_by_id(&id) {
                                if let Ok(element) = element.dyn_into::<HtmlElement>() {
                                    let _ = element.focus();
                                }
                            }
                        })
                    };
                    html! { <li><a href={format!("#{id}")} {onclick}>{ error.message.clone() }</a></li> }
                }) }
            </ul>
        </div>
    }
}
