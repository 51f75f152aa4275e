//! Engine speed (`cargo bench`): one full situation with three scenarios, the same for
//! a household on New Style ESA and Carer's Allowance, and a 0 to 60
//! hour sweep in half-hour steps (121 scenarios), and the hours chart (0 to 48 hours in
//! half hours, 97 points) for both households. Results go in docs/performance.md.

use std::hint::black_box;

use benefit_bridge::engine::hours_chart::hours_chart;
use benefit_bridge::engine::sweep::sweep;
use benefit_bridge::work::Job;
use benefit_bridge::{calculate, Situation, RULES_2026_27};
use criterion::{criterion_group, criterion_main, Criterion};
use rust_decimal::Decimal;

fn situation() -> Situation {
    let text = include_str!("../examples/situations/couple-with-children.json");
    let mut situation: Situation = serde_json::from_str(text).expect("the example file is valid");
    let job = situation.scenarios[0].you.expect("the example has a job");
    situation
        .scenarios
        .push(benefit_bridge::scenario::Scenario {
            you: Some(Job {
                hours_per_week: Decimal::from(16),
                ..job
            }),
            ..Default::default()
        });
    situation.scenarios.truncate(3);
    situation
}

fn engine(c: &mut Criterion) {
    let situation = situation();
    assert_eq!(situation.scenarios.len(), 3);
    c.bench_function(
        "calculate: couple with 3 children, now + 3 scenarios",
        |b| b.iter(|| calculate(black_box(&situation), &RULES_2026_27)),
    );
    let benefits: Situation = serde_json::from_str(include_str!(
        "../examples/situations/new-style-esa-and-carer.json"
    ))
    .expect("the example file is valid");
    c.bench_function(
        "calculate: New Style ESA and a carer, now + 3 scenarios (with the headroom in hours)",
        |b| b.iter(|| calculate(black_box(&benefits), &RULES_2026_27)),
    );
    let job = situation.scenarios[0].you.expect("a job");
    c.bench_function("sweep: 0 to 60 hours in half hours (121 scenarios)", |b| {
        b.iter(|| {
            sweep(
                black_box(&situation.household),
                &job,
                Decimal::from(60),
                120,
                &RULES_2026_27,
            )
        })
    });
    let scenario = &situation.scenarios[0];
    c.bench_function(
        "hours chart: 0 to 48 hours in half hours (97 points)",
        |b| b.iter(|| hours_chart(black_box(&situation.household), scenario, &RULES_2026_27)),
    );
    let scenario = &benefits.scenarios[0];
    c.bench_function("hours chart: New Style ESA and a carer, 97 points", |b| {
        b.iter(|| hours_chart(black_box(&benefits.household), scenario, &RULES_2026_27))
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
