//! The start page: what the check does, how long it takes, and that nothing leaves
//! the device.

use yew::prelude::*;

use crate::questionnaire::Questionnaire;
use crate::ui::widgets::heading::heading;

/// What the page shows and what it does (a plain function, not a component: it keeps
/// no state, and a component costs the download more).
pub struct StartProps {
    pub questionnaire: Questionnaire<'static>,
    pub on_start: Callback<()>,
}

pub fn start_page(props: &StartProps) -> Html {
    let copy = props.questionnaire.copy;
    let text = &copy.start;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <>
            { heading(text.title.text()) }
            <p class="bb-body-l">{ text.lead.text() }</p>
            { for text.paragraphs.iter().map(|p| html! { <p class="bb-body">{ p.text() }</p> }) }
            <h2 class="bb-heading-m">{ text.you_need_heading.text() }</h2>
            <ul class="bb-list bb-list--bullet">
                { for text.you_need.iter().map(|item| html! { <li>{ item.text() }</li> }) }
            </ul>
            <div class="bb-inset">
                <h2 class="bb-heading-s">{ text.privacy_heading.text() }</h2>
                <p class="bb-body">{ text.privacy.text() }</p>
            </div>
            <button type="button" class="bb-button bb-button--start" {onclick}>
                { text.start.text() }
                <span class="bb-button__start-icon" aria-hidden="true">{ "\u{2192}" }</span>
            </button>
        </>
    }
}
