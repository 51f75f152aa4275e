//! The browser's Back and Forward buttons move between questions, as the page's own
//! Back link does, so pressing Back on a phone never leaves the app and loses the
//! answers. Each screen reached going forward gets a history entry holding only its
//! depth (a number): no answers ever go into the address or the history.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::PopStateEvent;
use yew::prelude::*;

use crate::ui::state::{Action, StateHandle};

fn history() -> Option<web_sys::History> {
    gloo::utils::window().history().ok()
}

/// Keeps the browser's history in step with the screens.
#[hook]
pub fn use_browser_history(state: &StateHandle) {
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if let Some(history) = history() {
                let _ = history.replace_state(&JsValue::from(0), "");
            }
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |event| {
                let depth = event
                    .dyn_ref::<PopStateEvent>()
                    .and_then(|event| event.state().as_f64())
                    .map_or(0, |depth| depth.max(0.0) as u32);
                state.dispatch(Action::History(depth));
            });
            move || drop(listener)
        });
    }
    let push = state.push_history;
    let depth = state.depth;
    use_effect_with(state.visit, move |_| {
        if push {
            if let Some(history) = history() {
                let _ = history.push_state(&JsValue::from(depth), "");
            }
        }
    });
}

/// The page's Back link: goes back through the browser's history (which then moves the
/// app back), so the two never disagree.
pub fn go_back(state: &StateHandle) {
    match history() {
        Some(history) if state.depth > 0 && history.back().is_ok() => {}
        _ => state.dispatch(Action::Back),
    }
}
