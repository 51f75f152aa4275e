//! Comparing ways into work on the results page (issue 13): the single renter
//! compares 8, 16 and 30 hours and volunteering, and reads each column, which must
//! equal the engine's figures for the same answers; the next £10 and the help that
//! comes with Universal Credit are shown with the engine's figures.

use benefit_bridge::copy::EN;
use benefit_bridge::describe::Words;
use benefit_bridge::format::{change, pounds};
use benefit_bridge::outcome::Income;

use crate::journeys::{engine_outcome, Journey, SINGLE_RENTER};

/// The comparison table's cells, row by row, as the page shows them.
async fn table(journey: &Journey) -> Vec<Vec<String>> {
    let rows = journey
        .browser
        .execute(
            "return Array.from(document.querySelectorAll('#comparison tr')).map(\
             row => Array.from(row.cells).map(cell => cell.textContent.trim()));",
        )
        .await;
    rows.as_array()
        .map(|rows| {
            rows.iter()
                .map(|row| {
                    row.as_array()
                        .map(|cells| {
                            cells
                                .iter()
                                .map(|cell| cell.as_str().unwrap_or_default().to_owned())
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_person_compares_8_16_and_30_hours_and_volunteering() {
    let mut journey = Journey::start("compare-ways").await;
    journey.answer_as_single_renter().await;
    journey.on_page("Your results").await;

    // Way 2: 8 hours; way 3: 30 hours; way 4: 6 hours of volunteering.
    journey.browser.click_button("Add a way to compare").await;
    journey.browser.fill_in_id("compare_1_hours", "8").await;
    journey.browser.fill_in_id("compare_1_pay", "12.71").await;
    journey.browser.click_button("Add a way to compare").await;
    journey.browser.fill_in_id("compare_2_hours", "30").await;
    journey.browser.fill_in_id("compare_2_pay", "12.71").await;
    journey.browser.click_button("Add a way to compare").await;
    journey.browser.choose_id("compare_3_activity-1").await;
    journey.browser.fill_in_id("compare_3_hours", "6").await;
    journey
        .browser
        .wait_for_text("You: volunteering 6 hours a week")
        .await;

    let mut pairs = SINGLE_RENTER.to_vec();
    pairs.extend([
        ("compare_1_activity", "paid_work"),
        ("compare_1_who", "you"),
        ("compare_1_hours", "8"),
        ("compare_1_pay", "12.71"),
        ("compare_2_activity", "paid_work"),
        ("compare_2_who", "you"),
        ("compare_2_hours", "30"),
        ("compare_2_pay", "12.71"),
        ("compare_3_activity", "volunteering"),
        ("compare_3_who", "you"),
        ("compare_3_hours", "6"),
    ]);
    let outcome = engine_outcome(&pairs);
    assert_eq!(outcome.scenarios.len(), 4);
    let words = Words::for_page(&EN);
    let rows = table(&journey).await;
    // The heading row names every way.
    let names: Vec<String> = outcome
        .scenarios
        .iter()
        .map(|s| words.scenario_name(s))
        .collect();
    assert_eq!(rows[0][2..], names[..], "{rows:?}");
    // Each line, and the totals, equal the engine's, column by column.
    let total = rows
        .iter()
        .find(|row| row[0].starts_with("Total"))
        .expect("a total row");
    assert_eq!(total[1], pounds(outcome.now.total.per_month));
    for (index, scenario) in outcome.scenarios.iter().enumerate() {
        assert_eq!(
            total[index + 2],
            pounds(scenario.snapshot.total.per_month),
            "{rows:?}"
        );
    }
    let better = rows
        .iter()
        .find(|row| row[0] == "Better or worse off a month")
        .expect("a better-off row");
    for (index, scenario) in outcome.scenarios.iter().enumerate() {
        assert_eq!(better[index + 2], change(scenario.better_off.per_month));
    }
    let uc = rows
        .iter()
        .find(|row| row[0] == "Universal Credit")
        .expect("a UC row");
    for (index, scenario) in outcome.scenarios.iter().enumerate() {
        let expected = scenario
            .snapshot
            .income_line(
                Income::UniversalCredit,
                benefit_bridge::outcome::Who::Household,
            )
            .map(|line| line.per_month)
            .unwrap_or_default();
        assert_eq!(uc[index + 2], pounds(expected));
    }
    // Volunteering changes nothing, and the page says why.
    assert_eq!(better[5], change(benefit_bridge::money::Money::ZERO));
    let text = journey.page_text().await;
    assert!(text.contains("Unpaid volunteering for a charity or voluntary organisation does not change Universal Credit"), "{text}");

    // The next £10 at 16 hours, in the engine's words.
    let next = outcome.scenarios[0]
        .next_pounds
        .as_ref()
        .expect("a next £10");
    assert_eq!(
        journey.text_of("next-pounds").await,
        words.next_pounds(next)
    );
    // Free prescriptions: kept with LCWRA to £935 of take-home pay, and the headroom.
    let check = outcome.scenarios[0]
        .snapshot
        .passported_help
        .iter()
        .find(|check| check.help == Income::FreePrescriptions)
        .expect("a prescriptions check");
    let headroom = check.headroom().expect("kept at 16 hours");
    assert!(
        text.contains(&format!(
            "Your take-home pay could go up by {} a month before you lose it.",
            pounds(headroom)
        )),
        "{text}"
    );

    journey.browser.set_width(1280).await;
    journey.browser.screenshot("compare-ways-1280px").await;
    // On a phone: now and one way at a time, chosen from a list; nothing sideways.
    journey.browser.set_width(320).await;
    journey.browser.choose(&names[3]).await;
    journey.browser.screenshot("compare-ways-320px").await;
    journey
        .browser
        .assert_nothing_wider_than_the_window("the comparison at 320 px")
        .await;
    let shown = journey
        .browser
        .execute(
            "return Array.from(document.querySelectorAll('#comparison thead th'))\
             .filter(cell => cell.offsetParent !== null).map(cell => cell.textContent.trim());",
        )
        .await;
    assert_eq!(
        shown,
        serde_json::json!([rows[0][0], rows[0][1], names[3]]),
        "on a phone, now and the chosen way"
    );
    journey.browser.assert_no_axe_violations().await;
    journey.finish().await;
}
