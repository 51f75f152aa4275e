//! The hours chart: your money a month at each number of hours from none to 48 a week,
//! stacked by where it comes from, with a numbered line at each point where a rule
//! changes it and the work you are looking at highlighted. Drawn here as SVG (no
//! chart library); its numbers are also in a table, for screen readers and anyone
//! who wants the figures. Coordinates are whole numbers in the SVG's own units (the
//! viewBox scales them to the screen), so no floats are formatted. The drawing and
//! the table are written as markup text (see `markup`): hundreds of elements with no
//! behaviour cost far less download that way than as virtual nodes.

use core::fmt::Write;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::engine::hours_chart::{MOST_HOURS, POINTS_PER_HOUR};
use crate::format::{hours as hours_number, pounds};
use crate::markup::Text;
use crate::money::Money;
use crate::outcome::{ChartPart, ChartPoint, HoursChart, ScenarioOutcome};

/// The drawing's size in its own units, and the plot inside it.
const WIDTH: i64 = 480;
const HEIGHT: i64 = 290;
const LEFT: i64 = 58;
const TOP: i64 = 30;
/// Four units a half hour: 97 points across 384 units.
const STEP: i64 = 4;
const PLOT_HEIGHT: i64 = 210;
const BOTTOM: i64 = TOP + PLOT_HEIGHT;

pub fn hours_chart(copy: &'static Copy, chart: &HoursChart, scenarios: &[ScenarioOutcome]) -> Html {
    let words = Words::for_page(copy);
    let text = &copy.results.hours_chart;
    let (Some(first), Some(last)) = (chart.points.first(), chart.points.last()) else {
        return Html::default();
    };
    let most = MOST_HOURS.to_string();
    let pay = scenarios
        .first()
        .and_then(|scenario| scenario.work.you)
        .and_then(|job| job.hourly_pay)
        .map(pounds)
        .unwrap_or_default();
    let description = text.description.fill(&[("most", &most), ("pay", &pay)]);
    // Only the parts this household has somewhere on the chart.
    let parts: Vec<ChartPart> = ChartPart::ALL
        .into_iter()
        .filter(|part| {
            chart
                .points
                .iter()
                .any(|point| !point.part(*part).is_zero())
        })
        .collect();
    let top_pounds = nice_top(
        chart
            .points
            .iter()
            .map(|point| stacked(point, &parts, parts.len()))
            .max()
            .unwrap_or(0),
    );
    let y = |pounds: i64| BOTTOM - pounds.clamp(0, top_pounds) * PLOT_HEIGHT / top_pounds;
    let x = |hours: Decimal| LEFT + half_hours(hours) * STEP;
    let hours_words = |hours: Decimal| words.hours(hours);

    let mut svg = format!(
        r#"<svg class="bb-chart__svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="hours-chart-heading hours-chart-description" focusable="false">"#
    );
    for tick in 0..=4 {
        let pounds_at = top_pounds * tick / 4;
        let at = y(pounds_at);
        let _ = write!(
            svg,
            r#"<g class="bb-chart__tick"><line x1="{LEFT}" x2="{}" y1="{at}" y2="{at}"/><text x="{}" y="{}" text-anchor="end">{}</text></g>"#,
            x(last.hours),
            LEFT - 6,
            at + 5,
            Text(&pounds(Money::from_decimal(Decimal::from(pounds_at)))),
        );
    }
    // Each part is the area between the parts under it and the parts up to it.
    for (index, part) in parts.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<polygon class="bb-chart__area bb-chart__area--{}" points=""#,
            part_class(*part)
        );
        for point in &chart.points {
            let _ = write!(
                svg,
                "{},{} ",
                x(point.hours),
                y(stacked(point, &parts, index + 1))
            );
        }
        for point in chart.points.iter().rev() {
            let _ = write!(
                svg,
                "{},{} ",
                x(point.hours),
                y(stacked(point, &parts, index))
            );
        }
        svg.push_str(r#""/>"#);
    }
    svg.push_str(r#"<polyline class="bb-chart__total" points=""#);
    for point in &chart.points {
        let _ = write!(svg, "{},{} ", x(point.hours), y(whole_pounds(point.total)));
    }
    svg.push_str(r#""/>"#);
    // Marks at the same hours are numbered one under the other.
    for (index, mark) in chart.marks.iter().enumerate() {
        let at = x(mark.hours);
        let before = chart.marks[..index]
            .iter()
            .filter(|other| other.hours == mark.hours)
            .count();
        let label_y = TOP - 16 + i64::try_from(before).unwrap_or(0) * 14;
        let _ = write!(
            svg,
            r#"<g class="bb-chart__mark"><line x1="{at}" x2="{at}" y1="{}" y2="{BOTTOM}"/><text x="{}" y="{label_y}">{}</text></g>"#,
            TOP - 12,
            at + 3,
            index + 1,
        );
    }
    // The work in mind: a line and a dot at its hours.
    for scenario in scenarios {
        let Some(hours) = scenario.work.you.map(|job| job.hours_per_week) else {
            continue;
        };
        let Some(point) = usize::try_from(half_hours(hours))
            .ok()
            .and_then(|at| chart.points.get(at))
        else {
            continue;
        };
        let at = x(hours);
        let _ = write!(
            svg,
            r#"<g class="bb-chart__scenario" data-hours="{}"><line x1="{at}" x2="{at}" y1="{TOP}" y2="{BOTTOM}"/><circle cx="{at}" cy="{}" r="5"/></g>"#,
            hours_number(hours),
            y(whole_pounds(point.total)),
        );
    }
    let _ = write!(
        svg,
        r#"<line class="bb-chart__axis" x1="{}" x2="{}" y1="{BOTTOM}" y2="{BOTTOM}"/>"#,
        x(first.hours),
        x(last.hours),
    );
    for hours in (0..=MOST_HOURS).step_by(8) {
        let _ = write!(
            svg,
            r#"<text class="bb-chart__label" x="{}" y="{}" text-anchor="middle">{hours}</text>"#,
            x(Decimal::from(hours)),
            BOTTOM + 18,
        );
    }
    let _ = write!(
        svg,
        r#"<text class="bb-chart__label" x="{}" y="{}" text-anchor="middle">{}</text><text class="bb-chart__label" x="4" y="12">{}</text></svg>"#,
        LEFT + 192,
        HEIGHT - 8,
        Text(text.hours_axis.text()),
        Text(text.money_axis.text()),
    );

    // The same figures in a table: every whole hour, and the half hours where a mark
    // or the work in mind falls.
    let in_table = |point: &ChartPoint| {
        point.hours.fract().is_zero()
            || chart.marks.iter().any(|mark| mark.hours == point.hours)
            || scenarios.iter().any(|scenario| {
                scenario
                    .work
                    .you
                    .is_some_and(|job| job.hours_per_week == point.hours)
            })
    };
    let caption = Text(text.table_summary.text());
    let mut table = format!(
        r#"<table class="bb-table" id="hours-chart-table"><caption class="bb-visually-hidden">{caption}</caption><thead><tr><th scope="col">{}</th>"#,
        Text(text.column_hours.text())
    );
    for part in &parts {
        let _ = write!(
            table,
            r#"<th scope="col" class="bb-table__numeric">{}</th>"#,
            Text(words.chart_part(*part))
        );
    }
    let _ = write!(
        table,
        r#"<th scope="col" class="bb-table__numeric">{}</th></tr></thead><tbody>"#,
        Text(text.total.text())
    );
    for point in chart.points.iter().filter(|point| in_table(point)) {
        let at = hours_number(point.hours);
        let _ = write!(table, r#"<tr data-hours="{at}"><th scope="row">{at}</th>"#);
        for amount in parts
            .iter()
            .map(|part| point.part(*part))
            .chain([point.total])
        {
            let _ = write!(
                table,
                r#"<td class="bb-table__numeric">{}</td>"#,
                Text(&pounds(amount))
            );
        }
        table.push_str("</tr>");
    }
    table.push_str("</tbody></table>");
    let scenario_words = scenarios.iter().filter_map(|scenario| {
        let hours = scenario.work.you.map(|job| job.hours_per_week)?;
        Some(html! { <li class="bb-chart__scenario-key">{ text.scenario.fill(&[("hours", &hours_words(hours))]) }</li> })
    });

    html! {
        <section class="bb-chart" aria-labelledby="hours-chart-heading">
            <h2 class="bb-heading-m" id="hours-chart-heading">{ text.heading.text() }</h2>
            <p class="bb-body" id="hours-chart-description">{ description }</p>
            <ul class="bb-chart__legend">
                { for parts.iter().map(|part| html! {
                    <li><span class={format!("bb-chart__swatch bb-chart__area--{}", part_class(*part))}></span>{ words.chart_part(*part) }</li>
                }) }
                <li><span class="bb-chart__swatch bb-chart__swatch--total"></span>{ text.total.text() }</li>
                { for scenario_words }
            </ul>
            { markup(svg) }
            <h3 class="bb-heading-s">{ text.marks_heading.text() }</h3>
            if chart.marks.is_empty() {
                <p class="bb-body">{ text.no_marks.fill(&[("most", &most)]) }</p>
            } else {
                <ol class="bb-list bb-chart__key" id="hours-chart-marks">
                    { for chart.marks.iter().map(|mark| html! {
                        <li data-hours={hours_number(mark.hours)}>{ text.mark.fill(&[
                            ("name", &words.chart_mark(mark.mark)),
                            ("hours", &hours_words(mark.hours)),
                        ]) }</li>
                    }) }
                </ol>
            }
            <details class="bb-details">
                <summary class="bb-details__summary"><span class="bb-details__summary-text">{ text.table_summary.text() }</span></summary>
                <div class="bb-table-wrapper">{ markup(table) }</div>
            </details>
        </section>
    }
}

/// Markup written above, every word and figure in it through `Text`.
fn markup(text: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(text))
}

/// The CSS name of a part's colour (styles/main.css).
fn part_class(part: ChartPart) -> &'static str {
    match part {
        ChartPart::TakeHomePay => "pay",
        ChartPart::UniversalCredit => "uc",
        ChartPart::EsaAndJsa => "esa",
        ChartPart::Carers => "carers",
        ChartPart::OtherBenefits => "other",
        ChartPart::PassportedHelp => "help",
    }
}

/// Whole pounds (down), as the drawing's numbers.
fn whole_pounds(amount: Money) -> i64 {
    i64::try_from(amount.at_least_zero().round_down_to_pound().decimal()).unwrap_or(0)
}

/// The first `count` shown parts stacked up at this point, in whole pounds.
fn stacked(point: &ChartPoint, parts: &[ChartPart], count: usize) -> i64 {
    parts
        .iter()
        .take(count)
        .map(|part| whole_pounds(point.part(*part)))
        .sum()
}

/// Half hours from none: the point's place on the chart.
fn half_hours(hours: Decimal) -> i64 {
    i64::try_from((hours * Decimal::from(POINTS_PER_HOUR)).round()).unwrap_or(0)
}

/// The top of the money axis: four round steps, the fewest that hold the most money
/// on the chart.
fn nice_top(most: i64) -> i64 {
    [100, 250, 500, 750, 1000, 1500, 2500, 5000]
        .into_iter()
        .find(|step| most <= step * 4)
        .unwrap_or(10_000)
        * 4
}
