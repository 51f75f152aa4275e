//! The first six months on the results page (issue 14): a person paid weekly opens
//! them, types the day they would start and their first payday, and reads each
//! period: its total is the engine's for the same answers, and the period that
//! holds five paydays says so and why.

use benefit_bridge::copy::EN;
use benefit_bridge::describe::Words;
use benefit_bridge::format::pounds;
use benefit_bridge::outcome::{Effect, FirstMonths};
use serde_json::Value;

use crate::journeys::{engine_outcome, Journey, SINGLE_RENTER};

/// Each period's heading, total and sentences, as the page shows them.
async fn periods(journey: &Journey) -> Vec<(String, String, String)> {
    let found = journey
        .browser
        .execute(
            "return Array.from(document.querySelectorAll('.bb-first-months__period')).map(\
             period => [period.querySelector('h3').textContent,\
                        period.querySelector('tr[data-total] td') ?\
                            period.querySelector('tr[data-total] td').textContent : '',\
                        Array.from(period.querySelectorAll('p')).map(p => p.textContent).join(' ')]);",
        )
        .await;
    let text = |value: &Value| value.as_str().unwrap_or_default().to_owned();
    found
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|row| (text(&row[0]), text(&row[1]), text(&row[2])))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_weekly_paid_start_shows_the_month_with_five_paydays() {
    let mut journey = Journey::start("first-months").await;
    journey.answer_as_single_renter_paid("Every week").await;
    journey.on_page("Your results").await;

    journey
        .browser
        .click_summary("See your first 6 months in work")
        .await;
    journey
        .browser
        .fill_in("The day you would start work", "4 1 2027")
        .await;
    journey
        .browser
        .fill_in("Your first payday", "15 January 2027")
        .await;
    journey
        .browser
        .wait_for_text("These months are for work starting on Monday 4 January 2027")
        .await;

    // The engine, for the same answers: periods from the 1st (left empty), paid every
    // Friday from 15 January.
    let mut pairs = SINGLE_RENTER.to_vec();
    pairs.retain(|(key, _)| *key != "work_paid");
    pairs.extend([
        ("work_paid", "weekly"),
        ("start_date", "4 1 2027"),
        ("first_payday", "15 January 2027"),
    ]);
    let outcome = engine_outcome(&pairs);
    let Some(FirstMonths::Shown(timeline)) = &outcome.scenarios[0].first_months else {
        panic!("the engine shows the first months for these answers");
    };
    let words = Words::for_page(&EN);
    let shown = periods(&journey).await;
    assert_eq!(shown.len(), timeline.months.len());
    for ((heading, total, _), month) in shown.iter().zip(&timeline.months) {
        assert_eq!(heading, &words.period_name(month.period));
        assert_eq!(total, &pounds(month.total));
    }
    // April 2027 holds five Fridays: the 2nd, 9th, 16th, 23rd and 30th.
    let april = timeline
        .months
        .iter()
        .position(|month| {
            month
                .effects
                .iter()
                .any(|effect| matches!(effect, Effect::Paydays { dates, .. } if dates.len() == 5))
        })
        .expect("a period with five paydays");
    let (heading, _, sentences) = &shown[april];
    assert_eq!(heading, "1 April to 30 April 2027");
    assert!(
        sentences.contains("Your pay comes 5 times in this period (2 April, 9 April, 16 April, 23 April and 30 April), where most periods have 4."),
        "{sentences}"
    );
    assert!(
        sentences.contains("Universal Credit counts all of it"),
        "{sentences}"
    );
    // January, the first period, has three of them.
    assert!(
        shown[0].2.contains("Your pay comes 3 times in this period"),
        "{}",
        shown[0].2
    );
    journey.browser.screenshot("first-months").await;
    journey
        .browser
        .execute("document.querySelector('[data-period=\"3\"]').scrollIntoView(); return 0;")
        .await;
    journey.browser.screenshot("first-months-april").await;
    // On a small phone the months fit: nothing to scroll sideways.
    journey.browser.set_width(320).await;
    journey
        .browser
        .execute("document.querySelector('[data-period=\"3\"]').scrollIntoView(); return 0;")
        .await;
    journey.browser.screenshot("first-months-320px").await;
    journey
        .browser
        .assert_nothing_wider_than_the_window("the first months at 320 px")
        .await;
    journey.browser.assert_no_axe_violations().await;

    // Transitional protection from the statement, typed beside the UC worked out:
    // the totals now and with the work rise by it.
    journey.browser.set_width(1280).await;
    journey
        .browser
        .fill_in("Transitional protection a month", "120.50")
        .await;
    pairs.push(("transitional_element", "120.50"));
    let protected = engine_outcome(&pairs);
    assert_eq!(
        protected.now.total.per_month - outcome.now.total.per_month,
        benefit_bridge::money::Money::gbp(120, 50)
    );
    let expected = pounds(protected.now.total.per_month);
    journey.browser.wait_for_text(&expected).await;
    assert_eq!(journey.text_of("total-now-month").await, expected);
    journey.finish().await;
}
