//! Where the keyboard focus goes when a new screen appears, and after Continue: to
//! the error summary when there is a problem, else to the page's heading, so a
//! screen reader user hears where they are (a single-page app has no page load to
//! announce it). One place decides, after each screen is drawn: the views only mark
//! their heading with `data-bb-focus`.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Finds the page's heading, the focus on a new screen: the views mark it with the
/// attribute `data-bb-focus=""`.
const HEADING: &str = "[data-bb-focus]";

/// Focuses the error summary, or else the heading, and scrolls to the top.
pub fn move_to_new_screen() {
    let document = gloo::utils::document();
    let target = document
        .query_selector(".bb-error-summary")
        .ok()
        .flatten()
        .or_else(|| document.query_selector(HEADING).ok().flatten());
    if let Some(element) = target.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
    gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
}
