//! The hours chart on the results page (issue 13): found by its accessible name, its
//! table's numbers the engine's for the same answers, and its highlighted point
//! following the hours typed on the page.

use benefit_bridge::answers::Answers;
use benefit_bridge::copy::EN;
use benefit_bridge::engine::hours_chart::hours_chart;
use benefit_bridge::format::{hours, pounds};
use benefit_bridge::outcome::{ChartPart, HoursChart};
use benefit_bridge::questionnaire::Questionnaire;
use benefit_bridge::RULES_2026_27;
use rust_decimal::Decimal;

use crate::journeys::Journey;

/// What the engine draws for these answers (the same step the app takes).
pub fn engine_chart(pairs: &[(&str, &str)]) -> HoursChart {
    let answers = Answers::from_pairs(pairs).expect("answers the questionnaire knows");
    let situation = Questionnaire::new(&EN, &RULES_2026_27).situation(&answers);
    hours_chart(
        &situation.household,
        &situation.scenarios[0],
        &RULES_2026_27,
    )
    .expect("a job to vary")
}

/// The chart is an image named by its heading and description; its table lists the
/// engine's figures; the highlight is at `hours_now`.
pub async fn assert_chart_matches(journey: &mut Journey, pairs: &[(&str, &str)], hours_now: &str) {
    let chart = engine_chart(pairs);
    let heading = EN.results.hours_chart.heading.text();
    // The accessible name: the texts of the elements aria-labelledby names.
    let name = journey
        .browser
        .execute(
            "const svg = document.querySelector('svg[role=img]');
             if (!svg) { return ''; }
             return svg.getAttribute('aria-labelledby').split(' ')
                 .map(id => document.getElementById(id).textContent).join(' ');",
        )
        .await;
    let name = name.as_str().unwrap_or_default().to_owned();
    assert!(
        name.starts_with(heading),
        "the chart's accessible name: {name:?}"
    );
    assert!(name.contains("12.71"), "the name says the pay: {name:?}");

    // The table: a row for every whole hour (and any half hour with a mark), each
    // part and the total as the engine has them.
    let rows = journey
        .browser
        .execute(
            "return [...document.querySelectorAll('#hours-chart-table tbody tr')]
                 .map(row => [...row.children].map(cell => cell.textContent));",
        )
        .await;
    let rows: Vec<Vec<String>> = serde_json::from_value(rows).expect("rows of cells");
    let parts: Vec<ChartPart> = ChartPart::ALL
        .into_iter()
        .filter(|part| {
            chart
                .points
                .iter()
                .any(|point| !point.part(*part).is_zero())
        })
        .collect();
    assert!(rows.len() >= 49, "{} rows", rows.len());
    for row in &rows {
        let point = chart
            .points
            .iter()
            .find(|point| hours(point.hours) == row[0])
            .unwrap_or_else(|| panic!("a point at {} hours", row[0]));
        let mut expected = vec![hours(point.hours)];
        expected.extend(parts.iter().map(|part| pounds(point.part(*part))));
        expected.push(pounds(point.total));
        assert_eq!(row, &expected);
    }
    screenshot_chart(journey, "hours-chart").await;
    // Each mark is listed with its hours.
    let marks = journey.text_of("hours-chart-marks").await;
    assert_eq!(marks.lines().count(), chart.marks.len(), "{marks}");
    assert_highlight_at(journey, hours_now).await;
}

/// The highlighted point is at `expected` hours.
pub async fn assert_highlight_at(journey: &mut Journey, expected: &str) {
    let expected_hours: Decimal = expected.parse().expect("hours");
    let script = "const g = document.querySelector('.bb-chart__scenario');
                  return g ? g.getAttribute('data-hours') : '';";
    for _ in 0..50 {
        let at = journey.browser.execute(script).await;
        if at.as_str() == Some(hours(expected_hours).as_str()) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let at = journey.browser.execute(script).await;
    panic!("the highlight is at {at:?}, not {expected} hours");
}

/// A picture of the chart, for people reviewing it.
pub async fn screenshot_chart(journey: &mut Journey, name: &str) {
    journey
        .browser
        .execute("document.getElementById('hours-chart-heading').scrollIntoView(); return 0;")
        .await;
    journey.browser.screenshot(name).await;
}
