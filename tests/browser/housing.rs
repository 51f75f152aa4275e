//! Where they live (issue 12): a young private renter on the shared accommodation
//! rate in a named area, with council tax and Council Tax Reduction, going into work;
//! and a social renter with a spare bedroom. Taken as a person would, every line
//! read and checked against the engine.

use benefit_bridge::format::pounds;
use benefit_bridge::outcome::{Income, Who};

use crate::benefits_and_work::{
    about_a_single_person, no_health_element_or_disability_benefit, see_results,
};
use crate::journeys::{engine_outcome, Journey};

/// No other money, no savings, no work now; the work in mind at £12.71 an hour,
/// paid monthly.
async fn no_other_money_and_work_in_mind(journey: &mut Journey, hours: &str) {
    journey
        .tick("Do you get any of this money?", &["None of these"])
        .await;
    journey
        .type_answer("How much do you have in savings?", "0")
        .await;
    journey.choose("Do you do any paid work now?", "No").await;
    journey.on_page("What work are you thinking about?").await;
    journey.browser.fill_in("Hours a week", hours).await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "12.71")
        .await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
}

const YOUNG_RENTER: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "22"),
    ("country", "england"),
    ("london", "no"),
    ("your_health", "none"),
    ("your_disability", "none"),
    ("your_carer", "no"),
    ("children", "0"),
    ("housing", "private"),
    ("supported_housing", "no"),
    ("rent", "500"),
    ("rent_frequency", "monthly"),
    ("lha_area", "Central Greater Manchester"),
    ("other_adults", "0"),
    ("shared_rate_none", "yes"),
    ("pays_council_tax", "yes"),
    ("council", "Manchester"),
    ("council_tax_band", "a"),
    ("your_gets_none", "yes"),
    ("savings", "0"),
    ("your_works_now", "no"),
    ("work_hours", "16"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn a_young_private_renter_on_the_shared_rate_with_council_tax_going_into_work() {
    let mut journey = Journey::start("young-renter").await;
    about_a_single_person(&mut journey, "22").await;
    no_health_element_or_disability_benefit(&mut journey, "No").await;
    journey
        .type_answer("How many children live with you?", "0")
        .await;
    journey
        .choose(
            "Which of these describes your home?",
            "I rent from a private landlord",
        )
        .await;
    journey
        .choose(
            "Is your home supported housing or temporary accommodation?",
            "No",
        )
        .await;
    journey.on_page("How much is your rent?").await;
    journey.browser.fill_in("Rent", "500").await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
    // A name that is no area is refused in plain words; part of one lists matches.
    journey.on_page("Which area do you live in?").await;
    journey
        .browser
        .fill_in("Which area do you live in?", "Nowhere")
        .await;
    journey.browser.click_button("Continue").await;
    journey
        .browser
        .wait_for_text("We cannot find an area called \"Nowhere\"")
        .await;
    journey.browser.assert_no_axe_violations().await;
    journey
        .browser
        .fill_in("Which area do you live in?", "greater manch")
        .await;
    journey
        .browser
        .click_button("Central Greater Manchester")
        .await;
    // The chosen name fills the box, and the focus goes back to it.
    assert_eq!(
        journey.browser.focused_element_text_or_id().await,
        "lha_area"
    );
    journey.browser.click_button("Continue").await;
    journey
        .type_answer("How many other adults live with you?", "0")
        .await;
    // Single, under 35, rent over the shared rate: the exceptions are asked.
    journey
        .tick("Do any of these apply to you?", &["None of these"])
        .await;
    journey
        .renter_council_tax("manch", "Manchester", "Band A")
        .await;
    no_other_money_and_work_in_mind(&mut journey, "16").await;
    journey.on_page("Check your answers").await;
    let text = journey.page_text().await;
    for answer in ["Central Greater Manchester", "Manchester", "Band A"] {
        assert!(text.contains(answer), "{answer:?} in {text}");
    }
    see_results(&mut journey).await;

    let outcome = engine_outcome(YOUNG_RENTER);
    journey.assert_results_match(&outcome).await;
    let text = journey.page_text().await;
    let scenario = &outcome.scenarios[0].snapshot;
    let ctr_now = outcome
        .now
        .income_line(Income::CouncilTaxReduction, Who::Household)
        .map(|line| line.per_month)
        .expect("CTR now");
    let ctr_then = scenario
        .income_line(Income::CouncilTaxReduction, Who::Household)
        .map(|line| line.per_month)
        .expect("CTR with the work");
    let bill = outcome.council_tax.expect("a council tax bill");
    for words in [
        "Universal Credit counts your rent only up to the Local Housing Allowance for Central Greater Manchester: £411.58 a month for a room in a shared home. Your rent is £500 a month, so you pay the other £88.42 a month from your other money.".to_owned(),
        "You are single, under 35, and have no children or other adults in your household, so Universal Credit uses the rate for a room in a shared home.".to_owned(),
        format!(
            "Your council tax (Manchester, band A) is about {} for the year, or {} a month, before any Council Tax Reduction.",
            pounds(bill.yearly),
            pounds(bill.per_month)
        ),
        "Council Tax Reduction".to_owned(),
        pounds(ctr_now),
        pounds(ctr_then),
        "This is an estimate: each council in England sets its own scheme".to_owned(),
    ] {
        assert!(text.contains(&words), "{words:?} in:\n{text}");
    }
    journey.finish().await;
}

const SOCIAL_RENTER: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "45"),
    ("country", "scotland"),
    ("your_health", "none"),
    ("your_disability", "none"),
    ("your_carer", "no"),
    ("children", "0"),
    ("housing", "social"),
    ("supported_housing", "no"),
    ("rent", "100"),
    ("rent_frequency", "weekly"),
    ("bedrooms", "2"),
    ("other_adults", "0"),
    ("extra_bedroom_none", "yes"),
    ("pays_council_tax", "yes"),
    ("council", "Glasgow City"),
    ("council_tax_band", "b"),
    ("your_gets_none", "yes"),
    ("savings", "0"),
    ("your_works_now", "no"),
    ("work_hours", "20"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn a_social_renter_with_a_spare_bedroom_in_glasgow() {
    let mut journey = Journey::start("spare-bedroom").await;
    journey.browser.click_button("Start now").await;
    journey
        .choose(
            "Do you live with a partner?",
            "No, I live on my own or without a partner",
        )
        .await;
    journey.type_answer("How old are you?", "45").await;
    journey.choose("Where do you live?", "Scotland").await;
    no_health_element_or_disability_benefit(&mut journey, "No").await;
    journey
        .type_answer("How many children live with you?", "0")
        .await;
    journey
        .choose(
            "Which of these describes your home?",
            "I rent from a council or housing association",
        )
        .await;
    journey
        .choose(
            "Is your home supported housing or temporary accommodation?",
            "No",
        )
        .await;
    journey.on_page("How much is your rent?").await;
    journey.browser.fill_in("Rent", "100").await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    journey
        .type_answer("How many bedrooms does your home have?", "2")
        .await;
    journey
        .type_answer("How many other adults live with you?", "0")
        .await;
    journey
        .tick(
            "Do any of these apply to your household?",
            &["None of these"],
        )
        .await;
    journey
        .renter_council_tax("glas", "Glasgow City", "Band B")
        .await;
    no_other_money_and_work_in_mind(&mut journey, "20").await;
    see_results(&mut journey).await;
    let outcome = engine_outcome(SOCIAL_RENTER);
    journey.assert_results_match(&outcome).await;
    // £100 a week × 52 / 12 = £433.33 a month; 14% = £60.6662 → £60.67.
    let text = journey.page_text().await;
    assert!(
        text.contains("Your home has 2 bedrooms and your household is allowed 1. With 1 spare, Universal Credit counts 14% less of your rent: £60.67 a month less."),
        "{text}"
    );
    journey.finish().await;
}

const SUPPORTED_HOUSING: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "40"),
    ("country", "england"),
    ("london", "no"),
    ("your_health", "none"),
    ("your_disability", "none"),
    ("your_carer", "no"),
    ("children", "0"),
    ("housing", "social"),
    ("supported_housing", "supported"),
    ("rent", "150"),
    ("rent_frequency", "weekly"),
    ("other_adults", "0"),
    ("pays_council_tax", "yes"),
    ("council", "Leeds"),
    ("council_tax_band", "a"),
    ("your_gets_none", "yes"),
    ("savings", "0"),
    ("your_works_now", "no"),
    ("work_hours", "8"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn a_person_in_supported_housing_keeps_housing_benefit_while_on_universal_credit() {
    let mut journey = Journey::start("supported-housing").await;
    about_a_single_person(&mut journey, "40").await;
    no_health_element_or_disability_benefit(&mut journey, "No").await;
    journey
        .type_answer("How many children live with you?", "0")
        .await;
    journey
        .choose(
            "Which of these describes your home?",
            "I rent from a council or housing association",
        )
        .await;
    journey
        .choose(
            "Is your home supported housing or temporary accommodation?",
            "Yes, supported housing, a refuge or a hostel",
        )
        .await;
    journey.on_page("How much is your rent?").await;
    journey.browser.fill_in("Rent", "150").await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    // No bedrooms or Local Housing Allowance: Housing Benefit meets this rent.
    journey
        .type_answer("How many other adults live with you?", "0")
        .await;
    journey.renter_council_tax("leed", "Leeds", "Band A").await;
    no_other_money_and_work_in_mind(&mut journey, "8").await;
    see_results(&mut journey).await;
    let outcome = engine_outcome(SUPPORTED_HOUSING);
    journey.assert_results_match(&outcome).await;
    let hb = outcome
        .now
        .income_line(Income::HousingBenefit, Who::Household)
        .map(|line| line.per_month)
        .expect("Housing Benefit now");
    // £150 a week × 52 / 12 = £650 a month, now and at 8 hours (UC is still paid).
    assert_eq!(pounds(hb), "£650");
    let text = journey.page_text().await;
    for words in ["Housing Benefit", "Housing Benefit stays the same."] {
        assert!(text.contains(words), "{words:?} in:\n{text}");
    }
    journey.finish().await;
}
