//! The answer first: better or worse off, per week and per month. Read out politely
//! when it changes as the person tries other hours.

use yew::prelude::*;

pub fn headline(text: String) -> Html {
    html! {
        <div class="bb-panel" id="headline" aria-live="polite">
            <p class="bb-panel__body">{ text }</p>
        </div>
    }
}
