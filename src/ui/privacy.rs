//! Privacy by construction: once the app has started, a second Content-Security-Policy
//! with `connect-src 'none'` forbids every request from the page, even to the site that
//! served it. index.html's own policy needs `connect-src 'self'` only to load the wasm.

/// Adds `<meta http-equiv="Content-Security-Policy" content="connect-src 'none'">` to
/// the head. Browsers enforce every policy given, so from now on nothing can be sent.
pub fn forbid_connections_from_now_on() {
    let document = gloo::utils::document();
    let Ok(meta) = document.create_element("meta") else {
        return;
    };
    let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
    let _ = meta.set_attribute("content", "connect-src 'none'");
    if let Some(head) = document.head() {
        let _ = head.append_child(&meta);
    }
}
