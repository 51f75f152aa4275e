//! "Back": goes to the previous question, keeping every answer.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub text: AttrValue,
    pub onclick: Callback<()>,
}

#[function_component(BackLink)]
pub fn back_link(props: &BackLinkProps) -> Html {
    let onclick = props.onclick.reform(|_: MouseEvent| ());
    html! { <button type="button" class="bb-back-link" {onclick}>{ props.text.clone() }</button> }
}
