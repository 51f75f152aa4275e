//! A page's main heading, marked as the place the focus goes on a new screen
//! (`ui::focus`).

use yew::prelude::*;

pub fn heading(text: &str) -> Html {
    html! { <h1 class="bb-heading-l" tabindex="-1" data-bb-focus="">{ text.to_owned() }</h1> }
}
