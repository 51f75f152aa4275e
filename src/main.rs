//! The app's entry point. In the browser it starts the Yew app, then closes the page
//! to the network. Natively there is nothing to run (the engine is a library; see the
//! `calc` example).

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<benefit_bridge::ui::App>::new().render();
    benefit_bridge::ui::privacy::forbid_connections_from_now_on();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Benefit Bridge runs in the browser: see README.md (or try the calc example).");
}
