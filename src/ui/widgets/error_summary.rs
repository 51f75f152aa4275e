//! "There is a problem": lists every error at the top of the page, each linking to
//! its field, and takes focus so the person hears it at once (GOV.UK error summary).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::questionnaire::FieldError;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub title: AttrValue,
    pub errors: Vec<FieldError>,
    /// Changes each time the person submits; the summary takes focus again.
    pub visit: u32,
}

#[function_component(ErrorSummary)]
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.visit, move |_| {
            if let Some(element) = node.cast::<HtmlElement>() {
                let _ = element.focus();
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
    }
    html! {
        <div class="bb-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1" ref={node}>
            <h2 class="bb-error-summary__title" id="error-summary-title">{ props.title.clone() }</h2>
            <ul class="bb-error-summary__list">
                { for props.errors.iter().map(|error| {
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
