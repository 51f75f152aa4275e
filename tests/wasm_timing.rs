//! The engine's speed inside the browser (wasm32, headless Chromium), for
//! docs/performance.md. Not part of `scripts/test.sh`: `scripts/measure.sh` runs it with
//! `wasm-bindgen-test-runner`, which prints the figures. The aims: one situation
//! under 100 µs, the 121-point sweep under 2 ms, the hours chart's 97 points (issue 13)
//! under 1 ms, the six-month timeline (issue 14) under 1 ms.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;

use benefit_bridge::engine::hours_chart::hours_chart;
use benefit_bridge::engine::sweep::sweep;
use benefit_bridge::{calculate, Situation, RULES_2026_27};
use rust_decimal::Decimal;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map(|performance| performance.now())
        .unwrap_or(0.0)
}

/// Milliseconds per call of `work`: `batches` batches of `runs` calls each, after one
/// batch to warm up (so V8 has compiled the hot code fully). Returns the median and
/// the fastest batch: the median is the figure to quote, the fastest shows how much
/// the rest was slowed by other work on the machine.
fn time_ms<T>(batches: usize, runs: u32, mut work: impl FnMut() -> T) -> (f64, f64) {
    for _ in 0..runs {
        black_box(work());
    }
    let mut per_call: Vec<f64> = (0..batches)
        .map(|_| {
            let started = now_ms();
            for _ in 0..runs {
                black_box(work());
            }
            (now_ms() - started) / f64::from(runs)
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    (per_call[per_call.len() / 2], per_call[0])
}

fn situation() -> Situation {
    let text = include_str!("../examples/situations/couple-with-children.json");
    serde_json::from_str(text).expect("the example situation is valid JSON")
}

#[wasm_bindgen_test]
fn engine_speed_in_the_browser() {
    let situation = situation();
    let scenarios = situation.scenarios.len();
    let (median, best) = time_ms(15, 200, || calculate(black_box(&situation), &RULES_2026_27));
    let snapshots = (scenarios + 1) as f64;
    console_log!(
        "bb-engine calculate (couple with 3 children, now + {scenarios} scenarios): \
         median {:.1} µs ({:.1} µs per snapshot), fastest batch {:.1} µs",
        median * 1000.0,
        median * 1000.0 / snapshots,
        best * 1000.0
    );

    let job = situation.scenarios[0].you.expect("the example has a job");
    let points = sweep(
        &situation.household,
        &job,
        Decimal::from(60),
        120,
        &RULES_2026_27,
    );
    assert_eq!(points.len(), 121);
    let (median, best) = time_ms(15, 10, || {
        sweep(
            black_box(&situation.household),
            &job,
            Decimal::from(60),
            120,
            &RULES_2026_27,
        )
    });
    console_log!(
        "bb-engine sweep (0 to 60 hours, 121 points): median {median:.3} ms, \
         fastest batch {best:.3} ms"
    );

    // The same 97 points, each a full snapshot: what the chart would cost without its
    // lean path.
    let (median, best) = time_ms(15, 10, || {
        sweep(
            black_box(&situation.household),
            &job,
            Decimal::from(48),
            96,
            &RULES_2026_27,
        )
    });
    console_log!(
        "bb-engine sweep (0 to 48 hours, 97 full snapshots): median {median:.3} ms, \
         fastest batch {best:.3} ms"
    );
    let scenario = &situation.scenarios[0];
    let chart = hours_chart(&situation.household, scenario, &RULES_2026_27);
    assert_eq!(chart.map(|chart| chart.points.len()), Some(97));
    let (median, best) = time_ms(15, 10, || {
        hours_chart(black_box(&situation.household), scenario, &RULES_2026_27)
    });
    console_log!(
        "bb-engine hours chart (0 to 48 hours, 97 points): median {median:.3} ms, \
         fastest batch {best:.3} ms"
    );

    // The first six months: the same situation worked out with and without them.
    let with_months: Situation = serde_json::from_str(include_str!(
        "../examples/situations/first-months-weekly.json"
    ))
    .expect("the example situation is valid JSON");
    let mut without_months = with_months.clone();
    without_months.scenarios[0].first_months = None;
    let (with, best_with) = time_ms(15, 50, || {
        calculate(black_box(&with_months), &RULES_2026_27)
    });
    let (without, best_without) = time_ms(15, 50, || {
        calculate(black_box(&without_months), &RULES_2026_27)
    });
    console_log!(
        "bb-engine first six months (single renter, weekly pay): median {:.3} ms more \
         ({:.3} ms with them, {:.3} ms without), fastest batches {:.3} and {:.3} ms",
        with - without,
        with,
        without,
        best_with,
        best_without
    );
}
