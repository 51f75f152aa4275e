//! The JSON format read by the `calc` example: the example files work, and bad input
//! names its field.

use std::fs;
use std::path::Path;

use benefit_bridge::{calculate, Situation, RULES_2026_27};

use crate::support::gbp;

fn read(text: &str) -> Result<Situation, String> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer)
        .map_err(|error| format!("{}: {}", error.path(), error.inner()))
}

fn example(name: &str) -> Situation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/situations")
        .join(name);
    let text = fs::read_to_string(&path).expect("an example file");
    let situation = read(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(situation.check(), Vec::new(), "{name} should be valid");
    situation
}

#[test]
fn every_example_file_reads_and_calculates() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/situations");
    let mut count = 0;
    for entry in fs::read_dir(folder).expect("the examples folder") {
        let name = entry
            .expect("an entry")
            .file_name()
            .into_string()
            .expect("a UTF-8 name");
        let outcome = calculate(&example(&name), &RULES_2026_27);
        assert!(
            !outcome.scenarios.is_empty(),
            "{name} should have scenarios"
        );
        count += 1;
    }
    assert!(count >= 3);
}

#[test]
fn the_single_renter_example_matches_its_worked_example() {
    // See universal_credit::single_renter_with_lcwra_on_the_national_living_wage:
    // £650 rent, protected LCWRA; 16 hours at £12.71 monthly: UC £1,504.70 − £239.89.
    let outcome = calculate(&example("single-renter-lcwra.json"), &RULES_2026_27);
    assert_eq!(outcome.now.universal_credit.award, gbp("1504.70"));
    assert_eq!(
        outcome.scenarios[1].snapshot.universal_credit.award,
        gbp("1264.81")
    );
    assert_eq!(outcome.scenarios[1].better_off.per_month, gbp("626.89"));
}

#[test]
fn money_is_read_exactly_from_numbers_and_strings() {
    let situation = read(
        r#"{"household": {"you": {"age": 30}, "housing": {"type": "renting_privately", "rent": 650.1},
            "country": "england", "savings": "8130.10"}}"#,
    )
    .expect("valid JSON");
    let rent = situation
        .household
        .housing
        .tenancy()
        .map(|tenancy| tenancy.rent);
    assert_eq!(rent, Some(gbp("650.10")));
    assert_eq!(situation.household.savings, gbp("8130.10"));
}

#[test]
fn bad_input_names_the_field() {
    let error = read(r#"{"household": {"you": {"age": "thirty"}, "housing": {"type": "owner"}, "country": "england"}}"#)
        .expect_err("a string age is not valid");
    assert!(error.starts_with("household.you.age:"), "{error}");
    let error = read(r#"{"household": {"you": {"age": 30, "hours": 3}, "housing": {"type": "owner"}, "country": "england"}}"#)
        .expect_err("an unknown field is not valid");
    assert!(
        error.starts_with("household.you.hours:") && error.contains("unknown field"),
        "{error}"
    );
    let error = read(
        r#"{"household": {"you": {"age": 30}, "housing": {"type": "owner"}, "country": "france"}}"#,
    )
    .expect_err("an unknown country is not valid");
    assert!(error.starts_with("household.country:"), "{error}");
}

#[test]
fn answers_the_engine_cannot_use_are_named_with_a_reason() {
    let situation = read(
        r#"{"household": {"you": {"age": 30}, "housing": {"type": "renting_socially", "rent": 650.555},
            "country": "england", "children": [{"age": 4}],
            "childcare_costs": {"amount": 100, "children": 2}},
            "scenarios": [{"you": {"hours_per_week": 16, "hourly_pay": 12.71, "annual_salary": 20000}}]}"#,
    )
    .expect("valid JSON");
    let fields: Vec<String> = situation
        .check()
        .into_iter()
        .map(|problem| problem.field)
        .collect();
    assert_eq!(
        fields,
        [
            "household.housing.rent",
            "household.childcare_costs.children",
            "scenarios[0].you"
        ],
    );
}
