//! The app starts and shows its first screen.

use crate::harness::Browser;

#[tokio::test]
async fn the_app_starts_and_shows_its_start_page() {
    let mut browser = Browser::start().await;
    browser.visit("/").await;
    browser
        .wait_for_text("Would you be better off in work?")
        .await;
    let heading = browser
        .execute("const h1 = document.querySelector('h1'); return h1 ? h1.innerText : null;")
        .await;
    assert_eq!(heading, "Would you be better off in work?");
    assert_eq!(
        browser.title().await,
        "Would you be better off in work? - Benefit Bridge"
    );
    browser
        .wait_for_text("Nothing you type leaves this device.")
        .await;
    browser.screenshot("start-page").await;
    browser.close().await;
}
