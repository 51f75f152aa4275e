//! In place of the headline when some income is not worked out: which, why it
//! matters, and where to get a full check. No better-off figure is given.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::outcome::NotIncluded;

pub fn partial(copy: &'static Copy, not_included: &[NotIncluded]) -> Html {
    let words = &copy.results.partial;
    let names = Words::for_page(copy);
    html! {
        <div class="bb-panel bb-panel--warning" id="partial" role="region" aria-labelledby="partial-heading">
            <h2 class="bb-heading-m" id="partial-heading">{ words.heading.text() }</h2>
            <p class="bb-body">{ words.intro.text() }</p>
            <ul class="bb-list">
                { for not_included.iter().map(|item| html! { <li>{ names.not_included(item) }</li> }) }
            </ul>
            <p class="bb-body">{ words.why.text() }</p>
            <p class="bb-body">{ words.advice.text() }</p>
        </div>
    }
}
