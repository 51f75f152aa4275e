//! WCAG 2.2 A and AA, as far as axe-core can tell, on every screen.

use crate::harness::Browser;

#[tokio::test]
async fn the_start_page_has_no_axe_violations() {
    let mut browser = Browser::start().await;
    browser.visit("/").await;
    browser.wait_for_app().await;
    browser.assert_no_axe_violations().await;
    browser.close().await;
}
