//! The JSON format read by the `calc` example: the example files work, and bad input
//! names its field.

use std::fs;
use std::path::Path;

use benefit_bridge::copy::EN;
use benefit_bridge::money::Money;
use benefit_bridge::outcome::Outcome;
use benefit_bridge::report::report;
use benefit_bridge::{calculate, Situation, RULES_2026_27};

use crate::support::gbp;

/// The `calc` command's own reader.
#[path = "../../examples/calc/read.rs"]
mod calc_reader;

/// Reads a situation as `calc` does; the problems joined into one line.
fn read(text: &str) -> Result<Situation, String> {
    calc_reader::read_situation(text.as_bytes()).map_err(|problems| problems.join("; "))
}

fn example(name: &str) -> Situation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/situations")
        .join(name);
    let text = fs::read_to_string(&path).expect("an example file");
    let situation = read(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(
        situation.check(RULES_2026_27.tax_year),
        Vec::new(),
        "{name} should be valid"
    );
    situation
}

/// UC now, then UC and the better-off amount per month for each scenario.
fn headline(outcome: &Outcome) -> (Money, Vec<(Money, Money)>) {
    (
        outcome.now.universal_credit.award,
        outcome
            .scenarios
            .iter()
            .map(|scenario| {
                (
                    scenario.snapshot.universal_credit.award,
                    scenario.better_off.per_month,
                )
            })
            .collect(),
    )
}

#[test]
fn every_example_file_is_described_in_this_file() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/situations");
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("the examples folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .into_string()
                .expect("a UTF-8 name")
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "couple-with-children.json",
            "first-months-weekly.json",
            "new-style-esa-and-carer.json",
            "scottish-taxpayer.json",
            "single-renter-lcwra.json",
            "young-renter-council-tax.json"
        ],
        "a new example file needs its worked example below"
    );
}

#[test]
fn the_first_months_example_matches_its_worked_example() {
    // The single renter (maximum amount £1,504.70, work allowance £427), 16 hours at
    // £12.71 paid weekly from Friday 15 January 2027: £203.36 a week, the pension 5% of
    // (£203.36 − £120) = £4.17 with relief (£3.34 from pay): take-home £200.02, and
    // £199.19 as UC counts it (less the whole contribution, reg 55(5)). A usual period
    // holds four paydays: UC £1,504.70 − 55% × (£796.76 − £427) = £1,301.33.
    // January holds three: £1,504.70 − 55% × (£597.57 − £427) (£93.81) = £1,410.89.
    // April 2027 holds five: £1,504.70 − 55% × (£995.95 − £427) (£312.92) = £1,191.78.
    use benefit_bridge::outcome::{FirstMonths, Income};
    let outcome = calculate(&example("first-months-weekly.json"), &RULES_2026_27);
    let Some(FirstMonths::Shown(timeline)) = &outcome.scenarios[0].first_months else {
        panic!("the example shows its first months");
    };
    let uc: Vec<Money> = timeline
        .months
        .iter()
        .map(|month| {
            month
                .income
                .iter()
                .filter(|line| line.income == Income::UniversalCredit)
                .map(|line| line.amount)
                .sum()
        })
        .collect();
    assert_eq!(
        outcome.scenarios[0].snapshot.universal_credit.award,
        gbp("1301.33")
    );
    assert_eq!(
        uc,
        [
            gbp("1410.89"),
            gbp("1301.33"),
            gbp("1301.33"),
            gbp("1191.78"),
            gbp("1301.33"),
            gbp("1301.33")
        ]
    );
    // The report carries the months in words.
    let json = serde_json::to_value(report(&outcome, &EN)).expect("the report as JSON");
    assert_eq!(
        json["scenarios"][0]["first_months"]["months"][3]["period"],
        "1 April to 30 April 2027"
    );
}

#[test]
fn the_young_renter_example_matches_its_worked_example() {
    // Single, 22, a £500 room in Central Greater Manchester: the shared accommodation
    // rate £411.58 (UC Regs 2013 Sch 4 para 28). UC now £338.58 + £411.58 = £750.16.
    // Council tax: Manchester band A £2,312.04 × 6 / 9 = £1,541.36, less 25%
    // (£385.34) = £1,156.02; a week × 7 / 365 = £22.17. Council Tax Reduction (the
    // typical English scheme): on UC the applicable amount is UC's maximum £750.16 ×
    // 12 / 52 = £173.11, the same as the income: all £22.17, £96.07 a month.
    // 16 hours monthly: take-home £866.78; earned income £863.17; UC £750.16 − 55% ×
    // £863.17 (£474.74) = £275.42. CTR income (£275.42 + £863.17) × 12 / 52 − £5 =
    // £257.75; over £173.11 by £84.64, 20% = £16.928; £22.17 − £16.928 → £5.24 a
    // week, £22.71 a month. Better off: £866.78 + £275.42 + £22.71 − £750.16 −
    // £96.07 = £318.68. With the help that comes with UC: the Warm Home Discount
    // (£150 / 12 = £12.50) stays while UC lasts; free prescriptions (£114.50 / 12 =
    // £9.54) go, as take-home pay of £863.17 is over £435 (no child, no LCW): better
    // off £318.68 − £9.54 = £309.14.
    let outcome = calculate(&example("young-renter-council-tax.json"), &RULES_2026_27);
    assert_eq!(
        headline(&outcome),
        (gbp("750.16"), vec![(gbp("275.42"), gbp("309.14"))])
    );
    assert!(!outcome.is_partial());
}

#[test]
fn the_single_renter_example_matches_its_worked_example() {
    // See universal_credit::single_renter_with_lcwra_on_the_national_living_wage:
    // £650 rent, protected LCWRA; maximum amount £1,504.70 (savings of £1,200 count
    // for nothing). 8 hours: taper £7.49. 16 hours monthly: taper £239.89, better off
    // £866.78 − £239.89 = £626.89. 30 hours paid weekly, in a usual month of 4 paydays
    // (universal_credit::weekly_pay_counts_the_paydays_in_each_assessment_period):
    // take-home £1,327.16, UC £1,015.35; better off £1,327.16 − £489.35 = £837.81.
    // Free prescriptions (£9.54 a month) are kept to £935 of take-home pay with LCWRA:
    // at 8 and 16 hours, but not at 30 (£1,327.16): better off £828.27.
    let outcome = calculate(&example("single-renter-lcwra.json"), &RULES_2026_27);
    assert_eq!(
        headline(&outcome),
        (
            gbp("1504.70"),
            vec![
                (gbp("1497.21"), gbp("440.61") - gbp("7.49")),
                (gbp("1264.81"), gbp("626.89")),
                (gbp("1015.35"), gbp("837.81") - gbp("9.54")),
            ]
        )
    );
}

#[test]
fn the_couple_with_children_example_matches_its_worked_example() {
    // Couple in Wales; partner LCWRA (new rate); children 11 (born before 6 April
    // 2017), 7 (DLA lowest care, lower addition) and 3; social rent £125 + £6.50 a
    // week; childcare £400 a month; you work 20 hours at £13.50 paid weekly.
    // Maximum: £666.97 + £351.88 + 2 × £303.94 + £164.79 + £217.26
    //   + £131.50 × 52 / 12 (£569.83) + 85% × £400 (£340) = £2,918.61.
    // Pay is weekly: a usual month holds 4 paydays (UC Regs 2013 reg 54(1)).
    // Now, £270 a week: pension (£270 − £120) × 5% = £7.50 (£6.00 from pay); tax
    //   (£14,040 − £12,570) × 20% / 52 = £5.65; NI (£270 − £242) × 8% = £2.24.
    //   4 paydays: gross £1,080, tax £22.60, NI £8.96, pension £30.00 with relief:
    //   earned income £1,018.44; taper 55% × (£1,018.44 − £427) = £325.292 → £325.29;
    //   UC £2,593.32. Take-home 4 × £256.11 = £1,024.44.
    // 30 hours (£405 a week): tax £32.65, NI £13.04, pension £14.25 (£11.40 from pay).
    //   4 paydays: gross £1,620, tax £130.60, NI £52.16, pension £57.00 with relief:
    //   earned income £1,380.24; taper 55% × £953.24 = £524.282 → £524.28; UC
    //   £2,394.33. Take-home 4 × £347.91 = £1,391.64 (+£367.20), UC falls £198.99:
    //   better off £168.21.
    // With childcare of £650: element £552.50 (+£212.50): UC £2,606.83; better off
    //   £380.71.
    let outcome = calculate(&example("couple-with-children.json"), &RULES_2026_27);
    assert_eq!(
        headline(&outcome),
        (
            gbp("2593.32"),
            vec![
                (gbp("2394.33"), gbp("168.21")),
                (gbp("2606.83"), gbp("380.71")),
            ]
        )
    );
}

#[test]
fn the_scottish_taxpayer_example_matches_its_worked_example() {
    // Single, 29, LCW (a work allowance but no money), social rent £420: UC £424.90 +
    // £420 = £844.90. A £30,000 job paid monthly: £2,500 gross; Scottish tax £3,451.07
    // a year / 12 = £287.58; NI (£2,500 − £1,048) × 8% = £116.16; pension (£2,500 −
    // £520) × 5% = £99.00 (£79.20 from pay). Take-home £2,017.06; earned income
    // £1,997.26; taper 55% × (£1,997.26 − £427) = £863.64, more than the maximum: no
    // UC. Better off £2,017.06 − £844.90 = £1,172.16, less the Warm Home Discount
    // that goes with UC (£150 / 12 = £12.50; prescriptions are free in Scotland):
    // £1,159.66.
    let outcome = calculate(&example("scottish-taxpayer.json"), &RULES_2026_27);
    assert_eq!(
        headline(&outcome),
        (gbp("844.90"), vec![(gbp("0"), gbp("1159.66"))])
    );
}

#[test]
fn the_new_style_esa_and_carer_example_matches_its_worked_example() {
    // Couple in England, social rent £110 a week. You: 35, protected LCWRA, PIP
    // standard daily living, New Style ESA support group (£145.90 a week, £632.23 a
    // month), 12 hours at £12.71 paid monthly (£660.92: permitted work, £152.52 a week
    // under 16 hours). Your partner: 38, cares 35 hours, Carer's Allowance £374.62 a
    // month, 10 hours at £12.71 paid weekly (£127.10 a week, 4 paydays £508.40: within
    // £204).
    // Maximum: £666.97 + £429.80 + £209.34 + £110 × 52 / 12 (£476.67) = £1,782.78.
    // Tax through your tax code: (£7,931.04 + £7,586.80 − £12,570) × 20% = £589.568 a
    //   year, £49.13 a month; your take-home £611.79. Your partner's pay and CA
    //   (£6,609.20 + £4,495.40) are under the allowance: no tax.
    // Earned income £611.79 + £508.40 = £1,120.19; taper 55% × (£1,120.19 − £427) =
    //   £381.25; unearned income £632.23 + £374.62 = £1,006.85; UC £394.68.
    // 15 hours: £826.15 (under the pension trigger); ESA kept (£190.65 a week); tax
    //   (£9,913.80 + £7,586.80 − £12,570) × 20% / 12 = £82.17; take-home £743.98; taper
    //   55% × (£1,252.38 − £427) = £453.96; UC £321.97; better off £59.48.
    // 20 hours: 16 hours or more and over £20: ESA stops. £1,101.53; tax £10.80, NI
    //   £4.28, pension £29.08 with relief (£23.26 from pay); earned £1,057.37 +
    //   £508.40; taper 55% × £1,138.77 = £626.32; UC £1,782.78 − £626.32 − £374.62 =
    //   £781.84; better off £206.33.
    // Partner 18 hours weekly (£228.78): half the pension (£4.35 from pay) leaves
    //   £226.60 a week, over £204: Carer's Allowance stops. Earned £611.79 + 4 ×
    //   (£228.78 − £5.44) = £1,505.15; taper £592.98; UC £1,782.78 − £592.98 − £632.23
    //   = £557.57; better off £177.59.
    let outcome = calculate(&example("new-style-esa-and-carer.json"), &RULES_2026_27);
    assert_eq!(
        headline(&outcome),
        (
            gbp("394.68"),
            vec![
                (gbp("321.97"), gbp("59.48")),
                (gbp("781.84"), gbp("206.33")),
                (gbp("557.57"), gbp("177.59")),
            ]
        )
    );
}

#[test]
fn the_json_has_a_label_for_every_line_and_a_reason_for_every_change() {
    for name in [
        "couple-with-children.json",
        "new-style-esa-and-carer.json",
        "scottish-taxpayer.json",
        "single-renter-lcwra.json",
    ] {
        let outcome = calculate(&example(name), &RULES_2026_27);
        let json = serde_json::to_value(report(&outcome, &EN)).expect("the report serialises");
        let mut labels = Vec::new();
        strings_named(&json, &["label", "why", "exempt_because"], &mut labels);
        assert!(labels.len() > 10, "{name}: {labels:?}");
        for label in labels {
            assert!(
                !label.is_empty() && !label.contains('{'),
                "{name}: an empty label or a gap left: {label:?}"
            );
        }
    }
    // The exact words, with the figures in their gaps.
    let outcome = calculate(&example("single-renter-lcwra.json"), &RULES_2026_27);
    let json = serde_json::to_value(report(&outcome, &EN)).expect("the report serialises");
    assert_eq!(
        json["scenarios"][1]["label"],
        "You: 16 hours a week at £12.71 an hour"
    );
    assert_eq!(
        json["now"]["universal_credit"]["elements"][2]["label"],
        "Housing costs element (rent and eligible service charges £650.00)"
    );
    assert_eq!(
        json["now"]["universal_credit"]["elements"][2]["id"],
        "housing_costs_element"
    );
    assert_eq!(
        json["scenarios"][1]["changes"][1]["why"],
        "Universal Credit goes down by 55p for each £1 of earnings after tax, National \
         Insurance and pension above your work allowance of £427.00 a month (UC Regs \
         2013 reg 22)."
    );
    assert_eq!(json["tax_year"], "2026/27");
    // The facts beside an id are written as docs/json-format.md says.
    assert_eq!(
        json["now"]["universal_credit"]["elements"][0]["rate"],
        "single_25_or_over"
    );
}

fn strings_named(value: &serde_json::Value, names: &[&str], found: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                match child {
                    serde_json::Value::String(text) if names.contains(&key.as_str()) => {
                        found.push(text.clone());
                    }
                    _ => strings_named(child, names, found),
                }
            }
        }
        serde_json::Value::Array(items) => {
            items
                .iter()
                .for_each(|item| strings_named(item, names, found));
        }
        _ => {}
    }
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
        r#"{"household": {"you": {"age": 30}, "housing": {"type": "renting_socially", "rent": -650},
            "country": "england", "children": [{"age": 4}],
            "childcare_costs": {"amount": 100, "children": 2}},
            "scenarios": [{"you": {"hours_per_week": 16, "hourly_pay": 12.71, "annual_salary": 20000}}]}"#,
    )
    .expect("valid JSON");
    let fields: Vec<String> = situation
        .check(RULES_2026_27.tax_year)
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

#[test]
fn a_non_dependant_responsible_for_a_child_under_5_reads_as_documented() {
    // docs/json-format.md writes "responsible_for_child_under_5"; the code once read
    // only "responsible_for_child_under5". Both are accepted, and mean the same.
    for spelling in [
        "responsible_for_child_under_5",
        "responsible_for_child_under5",
    ] {
        let situation = read(&format!(
            r#"{{"household": {{"you": {{"age": 30}}, "housing": {{"type": "owner"}},
                "country": "england", "non_dependants": [{{"age": 30, "exempt_because": "{spelling}"}}]}}}}"#
        ))
        .unwrap_or_else(|error| panic!("{spelling}: {error}"));
        assert_eq!(
            situation.household.non_dependants[0].exempt_because,
            Some(benefit_bridge::household::NonDependantExemption::ResponsibleForChildUnder5)
        );
    }
}

#[test]
fn housing_without_rent_refuses_fields_it_does_not_have() {
    // See: issue 10. Unknown fields were ignored for "owner" and "no_housing_costs".
    for housing in [
        r#"{"type": "owner", "rent": 500}"#,
        r#"{"type": "no_housing_costs", "rent": 500}"#,
    ] {
        let error = read(&format!(
            r#"{{"household": {{"you": {{"age": 30}}, "housing": {housing}, "country": "england"}}}}"#
        ))
        .expect_err("a field of another type is refused");
        assert!(
            error.starts_with("household.housing: `rent` is not a field of"),
            "{error}"
        );
    }
    let situation = read(
        r#"{"household": {"you": {"age": 30}, "country": "england",
            "housing": {"type": "owner", "service_charges": 80, "qualifying_period_met": true}}}"#,
    )
    .expect("an owner's service charges read");
    assert_eq!(
        situation.household.housing,
        benefit_bridge::household::Housing::Owner(benefit_bridge::household::OwnerOccupier {
            service_charges: gbp("80"),
            frequency: benefit_bridge::period::Frequency::Monthly,
            qualifying_period_met: true,
        })
    );
    let situation = read(
        r#"{"household": {"you": {"age": 30}, "country": "england",
            "housing": {"type": "shared_ownership", "rent": 400}}}"#,
    )
    .expect("shared ownership reads");
    assert_eq!(
        situation
            .household
            .housing
            .tenancy()
            .map(|tenancy| tenancy.rent),
        Some(gbp("400"))
    );
}

/// A renter in England, 30, with `extra` fields added to the household.
fn household_with(extra: &str) -> String {
    format!(
        r#"{{"household": {{"you": {{"age": 30}}, "housing": {{"type": "renting_privately", "rent": 650}},
            "country": "england"{extra}}}}}"#
    )
}

/// The problems `calc` reports for this text, or none.
fn problems(text: &str) -> Vec<String> {
    match calc_reader::read_situation(text.as_bytes()) {
        Err(problems) => problems,
        Ok(situation) => situation
            .check(RULES_2026_27.tax_year)
            .iter()
            .map(ToString::to_string)
            .collect(),
    }
}

mod the_calc_reader_refuses_what_it_would_read_as_something_else {
    //! See: issue 10, 11. Each of these was accepted and gave a wrong answer, or gave
    //! an error nobody could act on.
    use super::*;

    #[test]
    fn anything_after_the_situation() {
        let one = household_with("");
        for text in [
            format!("{one} {one}"),
            format!("{one}\nextra"),
            format!("{one},"),
        ] {
            let problems = problems(&text);
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert!(
                problems[0].starts_with("the file: has more after the end of the situation"),
                "{problems:?}"
            );
        }
        assert_eq!(super::problems(&format!("{one}\n\n")), Vec::<String>::new());
    }

    #[test]
    fn money_that_a_float_would_change() {
        for (rent, message) in [
            (
                "650.0000000000000001",
                "household.housing.rent: must have no more than 2 decimal places",
            ),
            (
                "1e-30",
                "household.housing.rent: must be written without an exponent, like 650.50",
            ),
            (
                "\"1e5\"",
                "household.housing.rent: must be written without an exponent, like 650.50",
            ),
            (
                "\"650.0000000000000000000000000000001\"",
                "household.housing.rent: must have no more than 2 decimal places",
            ),
            (
                "6.5e2",
                "household.housing.rent: must be written without an exponent, like 650.50",
            ),
        ] {
            let text = format!(
                r#"{{"household": {{"you": {{"age": 30}}, "country": "england",
                    "housing": {{"type": "renting_privately", "rent": {rent}}}}}}}"#
            );
            assert_eq!(problems(&text), [message], "{rent}");
        }
        // Whole pounds and pence, as numbers or strings, are read exactly.
        let situation = read(&household_with(r#", "savings": 8130.1"#)).expect("valid");
        assert_eq!(situation.household.savings, gbp("8130.10"));
    }

    #[test]
    fn a_salary_of_nothing_for_paid_work() {
        let text = household_with("").trim_end_matches('}').to_owned()
            + r#"}, "scenarios": [{"you": {"hours_per_week": 30, "annual_salary": 0}}]}"#;
        assert_eq!(
            problems(&text),
            ["scenarios[0].you.annual_salary: must be more than 0 for paid work"]
        );
    }

    #[test]
    fn a_field_given_twice() {
        // A JSON object keeps the last of two same-named fields: savings of £50,000
        // would silently take all UC away.
        assert_eq!(
            problems(&household_with(r#", "savings": 0, "savings": 50000"#)),
            ["household.savings: is given more than once"]
        );
    }

    #[test]
    fn an_owners_service_charges_beyond_any_real_amount() {
        for (charges, message) in [
            ("\"7922816251426433759354395033\"", "household.housing.service_charges: is too large: enter an amount up to £10,000,000"),
            ("-80", "household.housing.service_charges: must not be less than 0"),
        ] {
            let text = format!(
                r#"{{"household": {{"you": {{"age": 30}}, "country": "england",
                    "housing": {{"type": "owner", "service_charges": {charges}, "frequency": "weekly", "qualifying_period_met": true}}}}}}"#
            );
            assert_eq!(problems(&text), [message], "{charges}");
        }
    }

    #[test]
    fn lists_in_place_of_objects() {
        let text = r#"{"household": {"you": [30], "housing": ["owner"], "country": "england"}}"#;
        assert_eq!(
            problems(text),
            [
                "household.housing: must be an object in { }, not a list",
                "household.you: must be an object in { }, not a list",
            ]
        );
        assert_eq!(
            problems(&household_with(r#", "children": [[4]]"#)),
            ["household.children[0]: must be an object in { }, not a list"]
        );
        assert_eq!(
            problems(&household_with(r#", "children": [4]"#)),
            ["household.children[0]: must be an object in { }, not 4"]
        );
        assert_eq!(
            problems(&household_with(r#", "savings": [4]"#)),
            ["household.savings: must be a number like 650.50, not a list"]
        );
    }

    #[test]
    fn errors_inside_housing_and_disability_benefits_name_their_field() {
        let text = r#"{"household": {"you": {"age": 30}, "country": "england",
            "housing": {"type": "renting_privately", "rent": "abc"}}}"#;
        assert_eq!(
            problems(text),
            ["household.housing.rent: must be a number like 650.50, not \"abc\""]
        );
        let text = r#"{"household": {"you": {"age": 30, "disability_benefit": {"type": "pip", "daily_living": "high"}},
            "country": "england", "housing": {"type": "owner"}}}"#;
        assert_eq!(
            problems(text),
            ["household.you.disability_benefit.daily_living: must be one of \"none\", \"standard\", \"enhanced\", not \"high\""]
        );
        let text = r#"{"household": {"you": {"age": 30, "disability_benefit": {"type": "dla", "mobility": "enhanced"}},
            "country": "england", "housing": {"type": "owner"}}}"#;
        assert_eq!(
            problems(text),
            ["household.you.disability_benefit: `mobility` for \"dla\" is \"none\", \"lower\" or \"higher\""]
        );
    }

    #[test]
    fn serdes_words_are_put_plainly() {
        let text = r#"{"household": {"you": {"age": "thirty"}, "country": "england", "housing": {"type": "owner"}}}"#;
        assert_eq!(
            problems(text),
            ["household.you.age: must be a whole number from 0 to 255, not \"thirty\""]
        );
        let text = r#"{"household": {"you": {"age": 300}, "country": "england", "housing": {"type": "owner"}}}"#;
        assert_eq!(
            problems(text),
            ["household.you.age: must be a whole number from 0 to 255, not 300"]
        );
        assert_eq!(
            problems(&household_with(r#", "in_greater_london": "yes""#)),
            ["household.in_greater_london: must be true or false, not \"yes\""]
        );
        assert_eq!(
            problems(
                r#"{"household": {"you": {"age": 30}, "country": "france", "housing": {"type": "owner"}}}"#
            ),
            ["household.country: must be one of \"england\", \"scotland\", \"wales\", \"northern_ireland\", not \"france\""]
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_text_and_a_byte_order_mark() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(household_with("").as_bytes());
        assert!(
            calc_reader::read_situation(&bytes).is_ok(),
            "a byte-order mark is read"
        );
        let mut bad = household_with("").into_bytes();
        bad.insert(10, 0xFF);
        let problems = calc_reader::read_situation(&bad).expect_err("not UTF-8");
        assert_eq!(
            problems,
            ["the file: is not UTF-8 text (the byte at position 10 cannot be read); save it as UTF-8"]
        );
    }

    #[test]
    fn too_many_children_other_adults_or_scenarios() {
        use benefit_bridge::limits::{MOST_CHILDREN, MOST_OTHER_ADULTS, MOST_SCENARIOS};
        let many = |item: &str, count: u32| vec![item; count as usize].join(", ");
        let children = many(r#"{"age": 4}"#, MOST_CHILDREN + 1);
        let adults = many(r#"{"age": 30}"#, MOST_OTHER_ADULTS + 1);
        let text = household_with(&format!(
            r#", "children": [{children}], "non_dependants": [{adults}]"#
        ));
        assert_eq!(
            problems(&text),
            [
                format!(
                    "household.children: has {} items: give no more than {MOST_CHILDREN}",
                    MOST_CHILDREN + 1
                ),
                format!(
                    "household.non_dependants: has {} items: give no more than {MOST_OTHER_ADULTS}",
                    MOST_OTHER_ADULTS + 1
                ),
            ]
        );
        let scenarios = many(
            r#"{"you": {"hours_per_week": 16, "hourly_pay": 12.71}}"#,
            MOST_SCENARIOS + 1,
        );
        let text = household_with("").trim_end_matches('}').to_owned()
            + &format!(r#"}}, "scenarios": [{scenarios}]}}"#);
        assert_eq!(
            problems(&text),
            [format!(
                "scenarios: has {} items: give no more than {MOST_SCENARIOS}",
                MOST_SCENARIOS + 1
            )]
        );
        // A file of millions of children is refused before it is read.
        let huge = household_with(&format!(
            r#", "children": [{}]"#,
            many(r#"{"age": 4}"#, 200_000)
        ));
        let problems = super::problems(&huge);
        assert!(
            problems[0].starts_with("the file: is too large"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_pension_of_all_pay_leaves_no_negative_take_home_pay() {
        // The payroll can take no more than is left after tax and NI. Under a net pay
        // arrangement 100% of pay would take more than that, so take-home pay is nil,
        // never below; under relief at source 100% includes the basic rate relief the
        // scheme adds (Finance Act 2004 s.192), so 80% comes from pay and some is left.
        for (scheme, nil) in [("net_pay", true), ("relief_at_source", false)] {
            let text = household_with("").trim_end_matches('}').to_owned()
                + &format!(
                    r#"}}, "scenarios": [{{"you": {{"hours_per_week": 30, "hourly_pay": 12.71,
                        "pension": {{"percent_of_pay": 100}}, "pension_scheme": "{scheme}"}}}}]}}"#
                );
            let situation = read(&text).expect("valid");
            assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
            let outcome = calculate(&situation, &RULES_2026_27);
            let take_home = outcome.scenarios[0]
                .snapshot
                .pay
                .iter()
                .map(|pay| pay.payslip.per_month.take_home_pay)
                .sum::<Money>();
            assert!(!take_home.is_negative(), "{scheme}: {take_home:?}");
            assert_eq!(take_home.is_zero(), nil, "{scheme}: {take_home:?}");
        }
    }
}

mod no_input_makes_the_reader_panic_or_answer_in_serdes_words {
    //! See: issue 10, 11. The example files, broken byte by byte and value by value:
    //! the reader never panics; every refusal names a field and says what is wrong in
    //! plain words; whatever passes the checks can be worked out.
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    fn examples() -> Vec<String> {
        [
            "couple-with-children.json",
            "scottish-taxpayer.json",
            "single-renter-lcwra.json",
        ]
        .iter()
        .map(|name| {
            fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("examples/situations")
                    .join(name),
            )
            .expect("an example file")
        })
        .collect()
    }

    /// Serde's own words, which a person reading an error cannot act on.
    const SERDES_WORDS: &[&str] = &[
        "expected u8",
        "Decimal",
        "struct ",
        "enum ",
        "sequence",
        "a map",
        "identifier",
        "$serde_json",
        "internally tagged",
        "floating point",
    ];

    /// Values put in place of any part of a file.
    const EDGE_VALUES: &[&str] = &[
        "null",
        "true",
        "0",
        "-1",
        "9",
        "300",
        "16.33",
        "650.555",
        "1e5",
        "1e-30",
        "650.0000000000000001",
        "99999999999999999999999999999999",
        "\"\"",
        "\"abc\"",
        "\"650.50\"",
        "\"1,250\"",
        "[]",
        "[1]",
        "{}",
        "{\"type\": \"owner\"}",
        "{\"type\": \"pip\", \"mobility\": \"higher\"}",
        "\"monthly\"",
        "\"weekly\"",
        "{\"percent_of_pay\": 150}",
        "{\"hours_per_week\": 30, \"annual_salary\": 0}",
        "\"7922816251426433759354395033\"",
        "79228162514264337593543950335",
        "{\"type\": \"owner\", \"service_charges\": \"7922816251426433759354395033\", \"frequency\": \"weekly\", \"qualifying_period_met\": true}",
        "{\"type\": \"renting_privately\", \"rent\": \"9999999.99\", \"frequency\": \"weekly\", \"eligible_service_charges\": 9999999}",
        "{\"amount\": 9999999, \"frequency\": \"weekly\", \"children\": 1}",
        "{\"hours_per_week\": 100, \"annual_salary\": 9999999.99, \"paid\": \"weekly\", \"pension\": {\"percent_of_pay\": 100}}",
    ];

    /// Every JSON pointer into `value`, the whole of it first.
    fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
        found.push(at.clone());
        match value {
            Value::Object(fields) => {
                for (name, field) in fields {
                    pointers(field, format!("{at}/{name}"), found);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    pointers(item, format!("{at}/{index}"), found);
                }
            }
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
        }
    }

    /// What `calc` says about these bytes: each problem is "field: message".
    fn assert_answered_plainly(bytes: &[u8]) -> Result<(), TestCaseError> {
        let problems = match calc_reader::read_situation(bytes) {
            Err(problems) => problems,
            Ok(situation) => {
                let problems: Vec<String> = situation
                    .check(RULES_2026_27.tax_year)
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                if problems.is_empty() {
                    let outcome = calculate(&situation, &RULES_2026_27);
                    prop_assert!(!outcome.now.universal_credit.award.is_negative());
                }
                problems
            }
        };
        for problem in problems {
            let (field, message) = problem
                .split_once(": ")
                .ok_or_else(|| TestCaseError::fail(format!("no field in {problem:?}")))?;
            // "the file", or a field by its path (which may be an unknown field's name).
            prop_assert!(!field.trim().is_empty(), "{problem}");
            prop_assert!(!message.trim().is_empty(), "{problem}");
            for words in SERDES_WORDS {
                prop_assert!(!message.contains(words), "{problem}");
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn a_part_of_a_file_replaced_by_an_edge_value(
            file in 0..3usize,
            at in any::<prop::sample::Index>(),
            edge in any::<prop::sample::Index>(),
        ) {
            let mut value: Value = serde_json::from_str(&examples()[file]).expect("an example");
            let mut found = Vec::new();
            pointers(&value, String::new(), &mut found);
            let pointer = at.get(&found);
            let replacement: Value = serde_json::from_str(edge.get::<&str>(EDGE_VALUES)).expect("JSON");
            if pointer.is_empty() {
                value = replacement;
            } else if let Some(slot) = value.pointer_mut(pointer) {
                *slot = replacement;
            }
            let text = serde_json::to_string(&value).expect("JSON");
            assert_answered_plainly(text.as_bytes())?;
        }

        #[test]
        fn a_file_broken_byte_by_byte(
            file in 0..3usize,
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6),
        ) {
            let mut bytes = examples()[file].clone().into_bytes();
            for (at, byte, kind) in edits {
                if bytes.is_empty() {
                    break;
                }
                let at = at.index(bytes.len());
                match kind {
                    0 => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            assert_answered_plainly(&bytes)?;
        }
    }
}

#[test]
fn a_pension_of_all_of_one_persons_pay_does_not_lower_the_others_earnings() {
    // UC Regs 2013 reg 55: each person's earnings are at least nil. Under relief at
    // source, 100% of pay "including tax relief" is more than pay after tax and NI,
    // so the partner's own earned income would be below nil; it must not cancel yours.
    let couple = |partner_job: &str| {
        format!(
            r#"{{"household": {{"you": {{"age": 30, "job": {{"hours_per_week": 20, "hourly_pay": 12.71}}}},
                "partner": {{"age": 30{partner_job}}},
                "housing": {{"type": "renting_privately", "rent": 650}}, "country": "england"}}}}"#
        )
    };
    let earned = |text: &str| {
        let situation = read(text).expect("valid");
        assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
        calculate(&situation, &RULES_2026_27)
            .now
            .universal_credit
            .earned_income
    };
    assert_eq!(
        earned(&couple(
            r#", "job": {"hours_per_week": 30, "hourly_pay": 12.71, "pension": {"percent_of_pay": 100}}"#
        )),
        earned(&couple(""))
    );
}
