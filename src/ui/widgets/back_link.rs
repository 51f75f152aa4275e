//! "Back": goes to the previous question, keeping every answer. A plain function,
//! not a component: it has no state, and a component costs the download more.

use yew::prelude::*;

pub fn back_link(text: &'static str, onclick: &Callback<()>) -> Html {
    let onclick = onclick.reform(|_: MouseEvent| ());
    html! { <button type="button" class="bb-back-link" {onclick}>{ text }</button> }
}
