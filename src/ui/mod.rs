//! The app: a calm questionnaire to a clear answer. Browser only.

pub mod privacy;

use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="bb-main" id="main-content">
            <h1>{ "Benefit Bridge" }</h1>
            <p>{ "Find out if you would be better off in work." }</p>
        </main>
    }
}
