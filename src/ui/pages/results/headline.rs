//! The answer first: better or worse off, per week and per month. Read out politely
//! when it changes as the person tries other hours.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub text: AttrValue,
}

#[function_component(Headline)]
pub fn headline(props: &HeadlineProps) -> Html {
    html! {
        <div class="bb-panel" id="headline" aria-live="polite">
            <p class="bb-panel__body">{ props.text.clone() }</p>
        </div>
    }
}
