//! Journeys for the benefits that meet work (issue 11): New Style ESA with permitted
//! work, Carer's Allowance with its earnings limit, and an income we cannot work out.
//! Each is taken as a person would, and its figures are checked against the engine.

use benefit_bridge::format::pounds;
use benefit_bridge::outcome::{Income, Who};

use crate::journeys::{engine_outcome, Journey};

/// The first questions for a single person of `age` in England outside London.
pub async fn about_a_single_person(journey: &mut Journey, age: &str) {
    journey.browser.click_button("Start now").await;
    journey
        .choose(
            "Do you live with a partner?",
            "No, I live on my own or without a partner",
        )
        .await;
    journey.type_answer("How old are you?", age).await;
    journey.choose("Where do you live?", "England").await;
    journey.choose("Do you live in Greater London?", "No").await;
}

/// No UC health element, no disability benefit; `cares` answers the caring question.
pub async fn no_health_element_or_disability_benefit(journey: &mut Journey, cares: &str) {
    journey
        .choose(
            "Does your Universal Credit include an extra amount because your health limits the work you can do?",
            "No",
        )
        .await;
    journey
        .choose("Do you get a disability benefit?", "No")
        .await;
    journey
        .choose(
            "Do you care for someone for 35 hours a week or more?",
            cares,
        )
        .await;
}

/// No children, no rent.
async fn no_children_no_rent(journey: &mut Journey) {
    journey
        .type_answer("How many children live with you?", "0")
        .await;
    journey
        .choose(
            "Which of these describes your home?",
            "I live with family or friends, or I pay no rent",
        )
        .await;
}

/// Work now and the work in mind, both paid monthly at £12.71 an hour.
pub async fn work_now_and_in_mind(journey: &mut Journey, now_hours: &str, new_hours: &str) {
    journey.choose("Do you do any paid work now?", "Yes").await;
    journey.on_page("About the work you do now").await;
    journey
        .browser
        .fill_in("Hours you usually work", now_hours)
        .await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "12.71")
        .await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
    journey.on_page("What work are you thinking about?").await;
    journey.browser.fill_in("Hours a week", new_hours).await;
    journey.browser.click_button("Continue").await;
}

pub async fn see_results(journey: &mut Journey) {
    journey.on_page("Check your answers").await;
    journey.browser.click_button("See your results").await;
}

const ESA_SUPPORT_GROUP: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "35"),
    ("country", "england"),
    ("london", "no"),
    ("your_health", "lcwra"),
    ("your_lcwra_rate", "before_2026"),
    ("your_disability", "pip"),
    ("your_daily_living", "standard"),
    ("your_mobility", "none"),
    ("your_carer", "no"),
    ("children", "0"),
    ("housing", "none"),
    ("other_adults", "0"),
    ("your_gets_new_style_esa", "yes"),
    ("your_esa_group", "support_group"),
    ("your_esa_supported_work", "no"),
    ("savings", "0"),
    ("your_works_now", "yes"),
    ("your_now_hours", "12"),
    ("your_now_pay", "12.71"),
    ("your_now_paid", "monthly"),
    ("work_hours", "20"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn new_style_esa_with_12_hours_permitted_work_deciding_on_20_hours() {
    let mut journey = Journey::start("esa-permitted-work").await;
    about_a_single_person(&mut journey, "35").await;
    journey
        .choose(
            "Does your Universal Credit include an extra amount because your health limits the work you can do?",
            "Yes, for limited capability for work and work-related activity (LCWRA)",
        )
        .await;
    journey
        .choose(
            "Which of these is true for you?",
            "I had it before 6 April 2026 and have had it ever since",
        )
        .await;
    journey
        .choose(
            "Do you get a disability benefit?",
            "Personal Independence Payment (PIP)",
        )
        .await;
    journey
        .on_page("Which parts of Personal Independence Payment (PIP) do you get?")
        .await;
    journey
        .browser
        .choose("Standard rate (£76.70 a week)")
        .await;
    journey
        .browser
        .choose("I do not get the mobility part")
        .await;
    journey.browser.click_button("Continue").await;
    journey
        .choose("Do you care for someone for 35 hours a week or more?", "No")
        .await;
    no_children_no_rent(&mut journey).await;
    journey
        .tick(
            "Do you get any of this money?",
            &["New Style Employment and Support Allowance (ESA)"],
        )
        .await;
    journey
        .choose(
            "Which of these is true for your New Style ESA?",
            "I am in the support group",
        )
        .await;
    journey
        .type_answer("How much do you have in savings?", "0")
        .await;
    work_now_and_in_mind(&mut journey, "12", "20").await;
    journey
        .choose(
            "Is your work, or the work you are thinking about, supported permitted work?",
            "No",
        )
        .await;
    see_results(&mut journey).await;

    let outcome = engine_outcome(ESA_SUPPORT_GROUP);
    let scenario = &outcome.scenarios[0];
    // ESA is paid now (12 hours, £152.52 a week: permitted work) and stops at 20 hours.
    let esa_now = outcome
        .now
        .income_line(Income::NewStyleEsa, Who::You)
        .map(|line| line.per_month);
    assert_eq!(esa_now.map(pounds), Some("£632.23".to_owned()));
    assert!(scenario
        .snapshot
        .income_line(Income::NewStyleEsa, Who::You)
        .is_none());
    assert!(
        scenario.snapshot.universal_credit.award > outcome.now.universal_credit.award,
        "UC rises when ESA stops"
    );
    journey.assert_results_match(&outcome).await;
    let text = journey.page_text().await;
    for expected in [
        "New Style ESA stops with this work",
        "you can earn £62.31 more a week before it stops",
        "At the same pay for each hour, you could work up to 15.75 hours a week and keep it.",
        "Stops: at 16 hours a week or more, permitted work allows only £20 a week",
        "A benefit or pension that Universal Credit takes off in full is lower or has stopped",
    ] {
        assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
    }
    journey.finish().await;
}

const CARER: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "40"),
    ("country", "england"),
    ("london", "no"),
    ("your_health", "none"),
    ("your_disability", "none"),
    ("your_carer", "yes"),
    ("children", "0"),
    ("housing", "none"),
    ("other_adults", "0"),
    ("your_gets_carers_allowance", "yes"),
    ("your_care_costs", "0"),
    ("savings", "0"),
    ("your_works_now", "yes"),
    ("your_now_hours", "14"),
    ("your_now_pay", "12.71"),
    ("your_now_paid", "monthly"),
    ("work_hours", "18"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn a_carer_offered_an_extra_shift_sees_the_earnings_limit_and_what_they_lose() {
    let mut journey = Journey::start("carer-extra-shift").await;
    about_a_single_person(&mut journey, "40").await;
    no_health_element_or_disability_benefit(&mut journey, "Yes").await;
    no_children_no_rent(&mut journey).await;
    journey
        .tick("Do you get any of this money?", &["Carer's Allowance"])
        .await;
    journey
        .type_answer(
            "How much do you pay each week for care while you are at work?",
            "0",
        )
        .await;
    journey
        .type_answer("How much do you have in savings?", "0")
        .await;
    work_now_and_in_mind(&mut journey, "14", "18").await;
    see_results(&mut journey).await;

    let outcome = engine_outcome(CARER);
    let scenario = &outcome.scenarios[0];
    assert!(outcome
        .now
        .income_line(Income::CarersAllowance, Who::You)
        .is_some());
    assert!(scenario
        .snapshot
        .income_line(Income::CarersAllowance, Who::You)
        .is_none());
    journey.assert_results_match(&outcome).await;
    let text = journey.page_text().await;
    for expected in [
        "Carer's Allowance stops with this work",
        "Going over by a penny loses the whole week's payment.",
        "over the limit of £204 a week",
        "With the work you do now, your earnings for Carer's Allowance are",
    ] {
        assert!(text.contains(expected), "expected {expected:?} in:\n{text}");
    }
    journey.finish().await;
}

#[tokio::test]
async fn someone_on_income_related_esa_gets_a_partial_answer_and_no_better_off_figure() {
    let mut journey = Journey::start("income-related-esa").await;
    about_a_single_person(&mut journey, "45").await;
    no_health_element_or_disability_benefit(&mut journey, "No").await;
    no_children_no_rent(&mut journey).await;
    journey
        .tick(
            "Do you get any of this money?",
            &["Income-related ESA, Income Support, income-based JSA, Housing Benefit or tax credits"],
        )
        .await;
    journey
        .type_answer("How much do you have in savings?", "0")
        .await;
    journey.choose("Do you do any paid work now?", "No").await;
    journey.on_page("What work are you thinking about?").await;
    journey.browser.fill_in("Hours a week", "16").await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "12.71")
        .await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
    journey.on_page("Check your answers").await;
    journey.browser.click_button("See your results").await;
    journey.on_page("This is only part of the answer").await;
    let text = journey.page_text().await;
    assert!(text.contains(
        "income-related ESA, Income Support, income-based JSA, Housing Benefit or tax credits"
    ));
    assert!(text.contains("welfare rights adviser"));
    assert!(
        !text.contains("better off working") && !text.contains("worse off working"),
        "no better-off headline:\n{text}"
    );
    assert_eq!(journey.text_of("change-month").await, "Not shown");
    assert_eq!(journey.text_of("change-week").await, "Not shown");
    assert!(text.contains("Total we can work out"));
    journey.finish().await;
}
