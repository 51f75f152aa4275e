//! Nothing anyone types leaves their device: once the app has started, the page may
//! not send any request, not even to the site that served it, and no request at any
//! time goes anywhere but 127.0.0.1.

use serde_json::Value;

use crate::harness::Browser;

#[tokio::test]
async fn once_started_the_page_cannot_send_anything() {
    let mut browser = Browser::start().await;
    browser.visit("/").await;
    browser.wait_for_app().await;

    let script = "const done = arguments[arguments.length - 1];
        fetch('/index.html').then(
            response => done('fetched: HTTP ' + response.status),
            error => done('refused: ' + error));";
    let outcome = browser
        .client()
        .execute_async(script, Vec::new())
        .await
        .expect("the fetch script ran");
    let outcome = outcome.as_str().unwrap_or_default().to_string();
    assert!(
        outcome.starts_with("refused"),
        "a same-origin fetch after start-up should be refused, but: {outcome}"
    );

    // The policies behind that: no inline script or style, and connections closed.
    let policies = browser
        .execute(
            "return Array.from(document.querySelectorAll(
                'meta[http-equiv=\"Content-Security-Policy\"]')).map(m => m.content);",
        )
        .await;
    let policies: Vec<&str> = policies
        .as_array()
        .map(|all| all.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let first = policies.first().copied().unwrap_or_default();
    assert!(
        first.contains("default-src 'none'") && !first.contains("unsafe-inline"),
        "index.html's policy should be strict; policies: {policies:?}"
    );
    assert!(
        policies.contains(&"connect-src 'none'"),
        "the app should add connect-src 'none' once started; policies: {policies:?}"
    );

    let requested = browser.requests().await;
    assert!(
        requested.iter().any(|url| url.ends_with(".wasm")),
        "the performance log should show the app loading its wasm; it shows {requested:?}"
    );
    let outside = browser.requests_outside_loopback().await;
    assert!(
        outside.is_empty(),
        "the page requested addresses outside 127.0.0.1: {outside:?}"
    );
    browser.close().await;
}
