//! Other ways into work to compare, asked on the results page: each complete way is
//! one more scenario; one still being filled in is left out, with no error shown
//! until something is typed.

use benefit_bridge::answers::{Answers, CompareField, FieldId};
use benefit_bridge::copy::EN;
use benefit_bridge::questionnaire::{compare, Questionnaire};
use benefit_bridge::work::Person;
use benefit_bridge::{calculate, RULES_2026_27};

use crate::support::{dec, gbp};

fn questionnaire() -> Questionnaire<'static> {
    Questionnaire::new(&EN, &RULES_2026_27)
}

fn set(answers: &mut Answers, key: &str, value: &str) {
    answers
        .set_by_key(key, value)
        .expect("an answer the questionnaire knows");
}

/// Single, 34, England, protected LCWRA, PIP, social rent £500, thinking of 16
/// hours at £12.71.
fn single() -> Answers {
    let mut answers = Answers::default();
    for (key, value) in [
        ("partner", "no"),
        ("your_age", "34"),
        ("country", "england"),
        ("london", "no"),
        ("your_health", "lcwra"),
        ("your_lcwra_rate", "before_2026"),
        ("your_disability", "pip"),
        ("your_daily_living", "standard"),
        ("your_mobility", "none"),
        ("your_carer", "no"),
        ("children", "0"),
        ("your_gets_none", "yes"),
        ("housing", "social"),
        ("supported_housing", "no"),
        ("rent", "500"),
        ("rent_frequency", "monthly"),
        ("bedrooms", "1"),
        ("other_adults", "0"),
        ("pays_council_tax", "no"),
        ("savings", "0"),
        ("your_works_now", "no"),
        ("work_hours", "16"),
        ("work_pay", "12.71"),
        ("work_paid", "monthly"),
    ] {
        set(&mut answers, key, value);
    }
    answers
}

#[test]
fn each_complete_way_is_one_more_scenario() {
    let q = questionnaire();
    let mut answers = single();
    assert_eq!(q.first_unanswered(&answers), None);
    assert_eq!(q.situation(&answers).scenarios.len(), 1);
    // A new way starts as paid work by you, with nothing typed: no error yet, and
    // left out of the comparison.
    compare::add(&mut answers, 1);
    let fields = q.compare_fields(&answers, 1);
    assert!(fields.iter().all(|field| field.error.is_none()));
    assert_eq!(q.situation(&answers).scenarios.len(), 1);
    // 8 hours at £12.71: now a second scenario.
    set(&mut answers, "compare_1_hours", "8");
    set(&mut answers, "compare_1_pay", "12.71");
    let situation = q.situation(&answers);
    assert_eq!(situation.scenarios.len(), 2);
    let job = situation.scenarios[1].you.expect("paid work for you");
    assert_eq!(job.hours_per_week, dec("8"));
    assert_eq!(job.hourly_pay, Some(gbp("12.71")));
    // Volunteering in the next slot, 6 hours.
    compare::add(&mut answers, 2);
    set(&mut answers, "compare_2_activity", "volunteering");
    set(&mut answers, "compare_2_hours", "6");
    let situation = q.situation(&answers);
    assert_eq!(situation.scenarios.len(), 3);
    assert_eq!(situation.scenarios[2].volunteering[0].who, Person::You);
    let outcome = calculate(&situation, &RULES_2026_27);
    assert_eq!(outcome.scenarios[2].snapshot.total, outcome.now.total);
    // Removing the first leaves the volunteering.
    compare::remove(&mut answers, 1);
    assert_eq!(compare::slots(&answers), vec![2]);
    assert_eq!(compare::free_slot(&answers), Some(1));
    assert_eq!(q.situation(&answers).scenarios.len(), 2);
}

#[test]
fn a_wrong_answer_shows_its_error_and_leaves_the_way_out() {
    let q = questionnaire();
    let mut answers = single();
    compare::add(&mut answers, 1);
    set(&mut answers, "compare_1_hours", "eight");
    let hours = q
        .compare_fields(&answers, 1)
        .into_iter()
        .find(|field| field.field.id == FieldId::Compare(1, CompareField::Hours))
        .expect("the hours field");
    assert!(hours.error.is_some());
    assert_eq!(q.situation(&answers).scenarios.len(), 1);
}

#[test]
fn a_course_and_a_business_ask_their_own_questions() {
    let q = questionnaire();
    let mut answers = single();
    compare::add(&mut answers, 1);
    set(&mut answers, "compare_1_activity", "study");
    let ids: Vec<FieldId> = q
        .compare_fields(&answers, 1)
        .into_iter()
        .map(|field| field.field.id)
        .collect();
    assert_eq!(
        ids,
        [
            FieldId::Compare(1, CompareField::Activity),
            FieldId::Compare(1, CompareField::FullTime),
            FieldId::Compare(1, CompareField::Loan),
        ]
    );
    set(&mut answers, "compare_1_full_time", "yes");
    set(&mut answers, "compare_1_loan", "6000");
    let study = &q.situation(&answers).scenarios[1].study[0];
    assert!(study.full_time);
    assert_eq!(study.maintenance_loan_per_year, gbp("6000"));
    set(&mut answers, "compare_1_activity", "self_employment");
    set(&mut answers, "compare_1_hours", "20");
    set(&mut answers, "compare_1_profit", "800");
    set(&mut answers, "compare_1_start_up", "no");
    set(&mut answers, "compare_1_main_work", "yes");
    let scenario = &q.situation(&answers).scenarios[1];
    assert_eq!(scenario.self_employment[0].profit_per_month, gbp("800"));
    assert!(!scenario.self_employment[0].start_up_period);
    // A single person is not asked who.
    assert!(q
        .compare_fields(&answers, 1)
        .iter()
        .all(|field| field.field.id != FieldId::Compare(1, CompareField::Who)));
}
