//! Journeys through the questionnaire, as a person would take them: read the question,
//! choose or type, press Continue; check the answers; read the result. Every page is
//! screenshotted into tests/output/ and checked with axe; the figures on the results
//! page must equal the engine's for the same answers.

use benefit_bridge::answers::Answers;
use benefit_bridge::copy::EN;
use benefit_bridge::format::{change, pounds};
use benefit_bridge::outcome::Outcome;
use benefit_bridge::questionnaire::Questionnaire;
use benefit_bridge::{calculate, RULES_2026_27};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::harness::Browser;

/// What the engine says for these answers (the same step the app takes).
pub fn engine_outcome(pairs: &[(&str, &str)]) -> Outcome {
    let answers = Answers::from_pairs(pairs).expect("answers the questionnaire knows");
    let situation = Questionnaire::new(&EN, &RULES_2026_27).situation(&answers);
    assert_eq!(
        situation.check(RULES_2026_27.tax_year),
        Vec::new(),
        "the journey's answers should be complete"
    );
    calculate(&situation, &RULES_2026_27)
}

/// A journey's browser, numbering its screenshots.
pub struct Journey {
    pub browser: Browser,
    name: &'static str,
    step: u32,
}

impl Journey {
    pub async fn start(name: &'static str) -> Journey {
        let mut browser = Browser::start().await;
        browser.visit("/").await;
        browser
            .wait_for_text("Would you be better off in work?")
            .await;
        Journey {
            browser,
            name,
            step: 0,
        }
    }

    /// Checks the page a person is on: its heading is showing, axe finds nothing,
    /// and a screenshot is kept.
    pub async fn on_page(&mut self, heading: &str) {
        self.browser.wait_for_text(heading).await;
        self.step += 1;
        let slug: String = heading
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .take(40)
            .collect();
        self.browser
            .screenshot(&format!("{}-{:02}-{slug}", self.name, self.step))
            .await;
        self.browser.assert_no_axe_violations().await;
    }

    /// One radio question: check the page, choose, continue.
    pub async fn choose(&mut self, heading: &str, option: &str) {
        self.on_page(heading).await;
        self.browser.choose(option).await;
        self.browser.click_button("Continue").await;
    }

    /// One typed question: check the page, type, continue. On a page with one box,
    /// the question is both the heading and the box's label.
    pub async fn type_answer(&mut self, question: &str, value: &str) {
        self.on_page(question).await;
        self.browser.fill_in(question, value).await;
        self.browser.click_button("Continue").await;
    }

    /// A page of boxes to tick: check the page, tick each box named, continue.
    pub async fn tick(&mut self, heading: &str, boxes: &[&str]) {
        self.on_page(heading).await;
        for label in boxes {
            self.browser.choose(label).await;
        }
        self.browser.click_button("Continue").await;
    }

    /// The Local Housing Allowance area: type part of its name, choose it from the
    /// matches listed, continue.
    pub async fn choose_area(&mut self, typed: &str, area: &str) {
        self.search("Which area do you live in?", typed, area).await;
    }

    /// A renter who pays council tax: yes, then the council and its band.
    pub async fn renter_council_tax(&mut self, typed: &str, council: &str, band: &str) {
        self.choose("Do you pay council tax for your home?", "Yes")
            .await;
        self.council_tax(typed, council, band).await;
    }

    /// The council, then its band.
    pub async fn council_tax(&mut self, typed: &str, council: &str, band: &str) {
        self.search("Which council do you pay council tax to?", typed, council)
            .await;
        self.choose("Which council tax band is your home in?", band)
            .await;
    }

    /// A search question: type part of the name, choose it from the matches, continue.
    pub async fn search(&mut self, question: &str, typed: &str, name: &str) {
        self.on_page(question).await;
        self.browser.fill_in(question, typed).await;
        self.browser.click_button(name).await;
        self.browser.click_button("Continue").await;
    }

    pub async fn page_text(&self) -> String {
        self.browser.page_text().await
    }

    pub async fn text_of(&self, id: &str) -> String {
        let value = self
            .browser
            .execute(&format!(
                "return document.getElementById('{id}').innerText;"
            ))
            .await;
        value.as_str().unwrap_or_default().trim().to_owned()
    }

    /// The results page shows the engine's figures for the first scenario.
    pub async fn assert_results_match(&mut self, outcome: &Outcome) {
        self.on_page("Your results").await;
        let scenario = &outcome.scenarios[0];
        let better = scenario.better_off;
        let text = self.page_text().await;
        assert!(
            text.contains(&pounds(better.per_week.abs()))
                && text.contains(&pounds(better.per_month.abs())),
            "the headline should say {} a week and {} a month; the page shows:\n{text}",
            pounds(better.per_week),
            pounds(better.per_month)
        );
        assert_eq!(
            self.text_of("total-now-month").await,
            pounds(outcome.now.total.per_month)
        );
        assert_eq!(
            self.text_of("total-work-month").await,
            pounds(scenario.snapshot.total.per_month)
        );
        assert_eq!(self.text_of("change-month").await, change(better.per_month));
        // The weekly row is the year's average (with the months that hold one more
        // payday); for monthly pay it is the month's weekly equivalent.
        assert_eq!(
            self.text_of("total-now-week").await,
            pounds(outcome.now_year_average.per_week)
        );
        assert_eq!(
            self.text_of("total-work-week").await,
            pounds(scenario.year_average.per_week)
        );
        assert_eq!(self.text_of("change-week").await, change(better.per_week));
    }

    /// The single renter (SINGLE_RENTER) through every question to the results.
    pub async fn answer_as_single_renter(&mut self) {
        self.answer_as_single_renter_paid("Every month").await;
    }

    /// The same, with the new work paid as `paid` says ("Every week").
    pub async fn answer_as_single_renter_paid(&mut self, paid: &str) {
        self.on_page("Would you be better off in work?").await;
        self.browser.click_button("Start now").await;
        self.choose(
            "Do you live with a partner?",
            "No, I live on my own or without a partner",
        )
        .await;
        self.type_answer("How old are you?", "34").await;
        self.choose("Where do you live?", "England").await;
        self.choose("Do you live in Greater London?", "No").await;
        self
            .choose(
                "Does your Universal Credit include an extra amount because your health limits the work you can do?",
                "Yes, for limited capability for work and work-related activity (LCWRA)",
            )
            .await;
        self.choose(
            "Which of these is true for you?",
            "I had it before 6 April 2026 and have had it ever since",
        )
        .await;
        self.choose(
            "Do you get a disability benefit?",
            "Personal Independence Payment (PIP)",
        )
        .await;
        self.on_page("Which parts of Personal Independence Payment (PIP) do you get?")
            .await;
        self.browser.choose("Standard rate (£76.70 a week)").await;
        self.browser.choose("I do not get the mobility part").await;
        self.browser.click_button("Continue").await;
        self.choose("Do you care for someone for 35 hours a week or more?", "No")
            .await;
        self.type_answer("How many children live with you?", "0")
            .await;
        self.choose(
            "Which of these describes your home?",
            "I rent from a private landlord",
        )
        .await;
        self.choose(
            "Is your home supported housing or temporary accommodation?",
            "No",
        )
        .await;
        self.on_page("How much is your rent?").await;
        self.browser.fill_in("Rent", "650").await;
        self.browser.choose("Every month").await;
        self.browser.click_button("Continue").await;
        self.choose_area("manch", "Central Greater Manchester")
            .await;
        self.type_answer("How many other adults live with you?", "0")
            .await;
        self.renter_council_tax("manch", "Manchester", "Band A")
            .await;
        self.choose(
            "Has a doctor confirmed that you have a severe mental impairment, for council tax?",
            "No",
        )
        .await;
        self.tick("Do you get any of this money?", &["None of these"])
            .await;
        self.type_answer("How much do you have in savings?", "0")
            .await;
        self.choose("Do you do any paid work now?", "No").await;
        self.on_page("What work are you thinking about?").await;
        self.browser.fill_in("Hours a week", "16").await;
        self.browser
            .fill_in("Pay for each hour, before tax", "12.71")
            .await;
        self.browser.choose(paid).await;
        self.browser.click_button("Continue").await;
        self.on_page("Check your answers").await;
        self.browser.click_button("See your results").await;
    }

    pub async fn finish(mut self) {
        let outside = self.browser.requests_outside_loopback().await;
        assert!(outside.is_empty(), "requests left 127.0.0.1: {outside:?}");
        self.browser.close().await;
    }
}

/// Single, 34, England, protected LCWRA, PIP standard daily living, private rent
/// £650 a month, no savings, not working, thinking of 16 hours at £12.71 paid monthly.
pub const SINGLE_RENTER: &[(&str, &str)] = &[
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
    ("housing", "private"),
    ("supported_housing", "no"),
    ("rent", "650"),
    ("rent_frequency", "monthly"),
    ("lha_area", "Central Greater Manchester"),
    ("other_adults", "0"),
    ("pays_council_tax", "yes"),
    ("council", "Manchester"),
    ("council_tax_band", "a"),
    ("your_severe_mental_impairment", "no"),
    ("your_gets_none", "yes"),
    ("savings", "0"),
    ("your_works_now", "no"),
    ("work_hours", "16"),
    ("work_pay", "12.71"),
    ("work_paid", "monthly"),
];

#[tokio::test]
async fn a_single_renter_with_the_lcwra_element_going_to_16_hours() {
    let mut journey = Journey::start("single-renter").await;
    journey.answer_as_single_renter().await;

    let outcome = engine_outcome(SINGLE_RENTER);
    // The worked example in tests/engine (questionnaire.rs): £626.89 a month better
    // off in pay and UC, less the £96.07 of Council Tax Reduction the work takes.
    assert_eq!(pounds(outcome.scenarios[0].better_off.per_month), "£530.82");
    journey.assert_results_match(&outcome).await;
    let text = journey.page_text().await;
    let better = outcome.scenarios[0].better_off;
    assert!(text.contains(&format!(
        "You would be about {} a week ({} a month) better off working 16 hours a week.",
        pounds(better.per_week),
        pounds(better.per_month)
    )));
    // The rent, the council tax and Council Tax Reduction are each explained.
    for words in [
        "Your rent is within the Local Housing Allowance for Central Greater Manchester",
        "Your council tax (Manchester, band A)",
        "Council Tax Reduction",
    ] {
        assert!(text.contains(words), "{words:?} in {text}");
    }
    assert!(
        text.contains("Your PIP does not change when you work."),
        "{text}"
    );
    // The hours chart: named, the engine's numbers, the work in mind highlighted.
    crate::hours_chart::assert_chart_matches(&mut journey, SINGLE_RENTER, "16").await;

    // Trying 30 hours on the results page updates the answer at once.
    journey.browser.fill_in("Hours a week", "30").await;
    let mut at_30 = SINGLE_RENTER.to_vec();
    at_30.retain(|(key, _)| *key != "work_hours");
    at_30.push(("work_hours", "30"));
    let outcome = engine_outcome(&at_30);
    journey
        .browser
        .wait_for_text("better off working 30 hours a week")
        .await;
    journey.assert_results_match(&outcome).await;
    // The chart's highlight moves to the hours typed.
    crate::hours_chart::assert_highlight_at(&mut journey, "30").await;

    // On a small phone (320 px wide) nothing needs scrolling sideways.
    journey.browser.set_width(320).await;
    journey
        .browser
        .screenshot("single-renter-results-320px")
        .await;
    crate::hours_chart::screenshot_chart(&mut journey, "hours-chart-320px").await;
    journey
        .browser
        .assert_nothing_wider_than_the_window("the results page at 320 px")
        .await;
    journey.finish().await;
}

/// A couple in Wales: you 38 working 20 hours at £13.50 weekly, partner 36 with the
/// new-rate LCWRA element; children aged 11 and 3 (the younger gets DLA lowest care);
/// social rent £125 a week; £2,000 savings; childcare £300 a month for 1 child;
/// thinking of 30 hours at £13.50 paid weekly.
const COUPLE_WITH_CHILDREN: &[(&str, &str)] = &[
    ("partner", "yes"),
    ("your_age", "38"),
    ("partner_age", "36"),
    ("country", "wales"),
    ("your_health", "none"),
    ("partner_health", "lcwra"),
    ("partner_lcwra_rate", "new"),
    ("your_disability", "none"),
    ("partner_disability", "none"),
    ("your_carer", "no"),
    ("partner_carer", "no"),
    ("children", "2"),
    ("child_0_age", "11"),
    ("child_0_care", "none"),
    ("child_0_mobility", "none"),
    ("child_1_age", "3"),
    ("child_1_care", "lowest"),
    ("child_1_mobility", "none"),
    ("child_benefit", "yes"),
    ("housing", "social"),
    ("supported_housing", "no"),
    ("rent", "125"),
    ("rent_frequency", "weekly"),
    ("bedrooms", "2"),
    ("other_adults", "0"),
    ("pays_council_tax", "yes"),
    ("council", "Cardiff"),
    ("council_tax_band", "b"),
    ("partner_severe_mental_impairment", "no"),
    ("your_gets_none", "yes"),
    ("partner_gets_none", "yes"),
    ("savings", "2000"),
    ("childcare", "300"),
    ("childcare_children", "1"),
    ("your_works_now", "yes"),
    ("your_now_hours", "20"),
    ("your_now_pay", "13.50"),
    ("your_now_paid", "weekly"),
    ("partner_works_now", "no"),
    ("work_hours", "30"),
    ("work_pay", "13.50"),
    ("work_paid", "weekly"),
];

#[tokio::test]
async fn a_couple_with_children_where_one_works_more_hours() {
    let mut journey = Journey::start("couple-children").await;
    journey.browser.click_button("Start now").await;
    journey
        .choose("Do you live with a partner?", "Yes, I live with my partner")
        .await;
    journey.type_answer("How old are you?", "38").await;
    journey.type_answer("How old is your partner?", "36").await;
    journey.choose("Where do you live?", "Wales").await;
    journey
        .choose(
            "Does your Universal Credit include an extra amount because your health limits the work you can do?",
            "No",
        )
        .await;
    journey
        .choose(
            "Does your Universal Credit include an extra amount because your partner's health limits the work they can do?",
            "Yes, for limited capability for work and work-related activity (LCWRA)",
        )
        .await;
    journey
        .choose(
            "Which of these is true for your partner?",
            "None of these: they started getting it on or after 6 April 2026",
        )
        .await;
    journey
        .choose("Do you get a disability benefit?", "No")
        .await;
    journey
        .choose("Does your partner get a disability benefit?", "No")
        .await;
    journey
        .choose("Do you care for someone for 35 hours a week or more?", "No")
        .await;
    journey
        .choose(
            "Does your partner care for someone for 35 hours a week or more?",
            "No",
        )
        .await;
    journey
        .type_answer("How many children live with you?", "2")
        .await;
    journey
        .type_answer("How old is your first child?", "11")
        .await;
    journey
        .on_page(
            "Does your first child get Disability Living Allowance or Child Disability Payment?",
        )
        .await;
    journey.browser.choose("No care part").await;
    journey.browser.choose("No mobility part").await;
    journey.browser.click_button("Continue").await;
    journey
        .type_answer("How old is your second child?", "3")
        .await;
    journey
        .on_page(
            "Does your second child get Disability Living Allowance or Child Disability Payment?",
        )
        .await;
    journey.browser.choose("Lowest rate (£30.30 a week)").await;
    journey.browser.choose("No mobility part").await;
    journey.browser.click_button("Continue").await;
    journey
        .choose("Are you paid Child Benefit for your children?", "Yes")
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
    journey.browser.fill_in("Rent", "125").await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    journey
        .type_answer("How many bedrooms does your home have?", "2")
        .await;
    journey
        .type_answer("How many other adults live with you?", "0")
        .await;
    journey
        .renter_council_tax("card", "Cardiff", "Band B")
        .await;
    journey
        .choose(
            "Has a doctor confirmed that your partner has a severe mental impairment, for council tax?",
            "No",
        )
        .await;
    journey
        .tick("Do you get any of this money?", &["None of these"])
        .await;
    journey
        .tick(
            "Does your partner get any of this money?",
            &["None of these"],
        )
        .await;
    journey
        .type_answer("How much do you have in savings?", "2000")
        .await;
    journey
        .on_page("How much would you pay for childcare while you work?")
        .await;
    journey
        .browser
        .fill_in("Childcare costs each month", "300")
        .await;
    journey
        .browser
        .fill_in("How many children would go to childcare?", "1")
        .await;
    journey.browser.click_button("Continue").await;
    journey.choose("Do you do any paid work now?", "Yes").await;
    journey.on_page("About the work you do now").await;
    journey
        .browser
        .fill_in("Hours you usually work", "20")
        .await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "13.50")
        .await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    journey
        .choose("Does your partner do any paid work now?", "No")
        .await;
    journey.on_page("What work are you thinking about?").await;
    // Someone who works now starts from today's job: the hours and pay in total.
    let typed = journey
        .browser
        .execute(
            "return [document.getElementById('work_hours').value, \
             document.getElementById('work_pay').value];",
        )
        .await;
    assert_eq!(typed, serde_json::json!(["20", "13.50"]));
    assert!(journey
        .page_text()
        .await
        .contains("Enter your hours and pay in total after the change, not only the extra."));
    journey.browser.fill_in("Hours a week", "30").await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "13.50")
        .await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    journey.on_page("Check your answers").await;
    journey.browser.click_button("See your results").await;

    let outcome = engine_outcome(COUPLE_WITH_CHILDREN);
    journey.assert_results_match(&outcome).await;
    let text = journey.page_text().await;
    assert!(
        text.contains("Child Benefit does not change when you work."),
        "{text}"
    );
    assert!(
        text.contains("Disability Living Allowance (second child)"),
        "{text}"
    );
    // The whole results page in one picture, for people reviewing it.
    journey
        .browser
        .client()
        .set_window_size(1280, 4000)
        .await
        .expect("a tall window");
    journey
        .browser
        .screenshot("couple-children-results-full-page")
        .await;
    journey.finish().await;
}

/// Someone who types things the app cannot read, sees why, and puts them right.
#[tokio::test]
async fn a_person_who_enters_a_bad_value_sees_the_error_and_corrects_it() {
    let mut journey = Journey::start("corrects-errors").await;
    journey.browser.click_button("Start now").await;
    journey
        .choose(
            "Do you live with a partner?",
            "No, I live on my own or without a partner",
        )
        .await;

    // Continue with nothing typed, then with words instead of a number.
    journey.on_page("How old are you?").await;
    journey.browser.click_button("Continue").await;
    journey.browser.wait_for_text("There is a problem").await;
    journey.browser.wait_for_text("Enter your age").await;
    journey.browser.fill_in("How old are you?", "thirty").await;
    journey.browser.click_button("Continue").await;
    journey
        .browser
        .wait_for_text("Enter the age as a whole number, like 34")
        .await;
    assert!(journey
        .browser
        .title()
        .await
        .starts_with("Error: How old are you?"));
    let focused = journey.browser.focused_element_text_or_id().await;
    assert!(
        focused.contains("There is a problem"),
        "the error summary should have the focus, not {focused:?}"
    );
    journey.step += 1;
    journey
        .browser
        .screenshot("corrects-errors-error-age")
        .await;
    journey.browser.assert_no_axe_violations().await;
    // The error links to the field.
    journey
        .browser
        .click_link("Enter the age as a whole number, like 34")
        .await;
    let focused = journey.browser.focused_element_text_or_id().await;
    assert_eq!(focused, "your_age");
    journey.browser.fill_in("How old are you?", "41").await;
    journey.browser.click_button("Continue").await;

    journey.choose("Where do you live?", "Scotland").await;
    journey
        .choose(
            "Does your Universal Credit include an extra amount because your health limits the work you can do?",
            "I'm not sure",
        )
        .await;
    journey
        .choose("Do you get a disability benefit?", "No")
        .await;
    journey
        .choose("Do you care for someone for 35 hours a week or more?", "No")
        .await;
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
    journey.browser.fill_in("Rent", "six hundred").await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
    journey
        .browser
        .wait_for_text("Enter your rent as a number, like 650 or 650.50")
        .await;
    journey
        .browser
        .screenshot("corrects-errors-error-rent")
        .await;
    journey.browser.assert_no_axe_violations().await;
    journey.browser.fill_in("Rent", "600").await;
    journey.browser.click_button("Continue").await;
    journey
        .type_answer("How many bedrooms does your home have?", "2")
        .await;

    journey
        .type_answer("How many other adults live with you?", "1")
        .await;
    journey
        .type_answer(
            "How many of them are aged 21 or over and get none of these?",
            "1",
        )
        .await;
    journey
        .renter_council_tax("glas", "Glasgow City", "Band C")
        .await;
    // Continue with no box ticked: the page asks for one.
    journey.on_page("Do you get any of this money?").await;
    journey.browser.click_button("Continue").await;
    journey
        .browser
        .wait_for_text("Select the money you get, or select \"None of these\"")
        .await;
    journey.browser.assert_no_axe_violations().await;
    journey.browser.choose("None of these").await;
    journey.browser.click_button("Continue").await;
    // A decimal comma is not read as £813,000: the page says how to write it.
    journey.on_page("How much do you have in savings?").await;
    journey
        .browser
        .fill_in("How much do you have in savings?", "8130,00")
        .await;
    journey.browser.click_button("Continue").await;
    journey
        .browser
        .wait_for_text(
            "Use a comma only between thousands and a full stop before the pence, like 2,500.00",
        )
        .await;
    journey
        .type_answer("How much do you have in savings?", "£8,130")
        .await;
    journey.choose("Do you do any paid work now?", "No").await;
    journey.on_page("What work are you thinking about?").await;
    journey.browser.fill_in("Hours a week", "20").await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "13")
        .await;
    journey.browser.choose("Every 2 weeks").await;
    journey.browser.click_button("Continue").await;

    // Change an answer from Check your answers and come back to it.
    journey.on_page("Check your answers").await;
    journey
        .browser
        .click_button("Change How much do you have in savings?")
        .await;
    journey.on_page("How much do you have in savings?").await;
    journey
        .browser
        .fill_in("How much do you have in savings?", "5000")
        .await;
    journey.browser.click_button("Continue").await;
    journey.browser.wait_for_text("Check your answers").await;
    // The amount used, as the calculation reads it.
    let text = journey.page_text().await;
    assert!(text.contains("£5,000"), "{text}");
    journey.browser.click_button("See your results").await;

    let outcome = engine_outcome(&[
        ("partner", "no"),
        ("your_age", "41"),
        ("country", "scotland"),
        ("your_health", "not_sure"),
        ("your_disability", "none"),
        ("your_carer", "no"),
        ("children", "0"),
        ("housing", "social"),
        ("supported_housing", "no"),
        ("rent", "600"),
        ("rent_frequency", "monthly"),
        ("bedrooms", "2"),
        ("other_adults", "1"),
        ("other_adults_paying", "1"),
        ("pays_council_tax", "yes"),
        ("council", "Glasgow City"),
        ("council_tax_band", "c"),
        ("your_gets_none", "yes"),
        ("savings", "5000"),
        ("your_works_now", "no"),
        ("work_hours", "20"),
        ("work_pay", "13"),
        ("work_paid", "fortnightly"),
    ]);
    journey.assert_results_match(&outcome).await;
    assert!(journey
        .page_text()
        .await
        .contains("You were not sure if your Universal Credit includes an extra amount"));
    journey.finish().await;
}

/// Presses one key.
async fn press(browser: &Browser, key: Key) {
    let key = char::from(key);
    let actions = KeyActions::new("keyboard".to_string())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    browser
        .client()
        .perform_actions(actions)
        .await
        .expect("a key press");
}

/// Tabs forward until the focused element's text (or id) starts with `target`.
async fn tab_to(browser: &mut Browser, target: &str) {
    for _ in 0..40 {
        if browser
            .focused_element_text_or_id()
            .await
            .starts_with(target)
        {
            return;
        }
        browser.press_tab().await;
    }
    panic!(
        "could not reach {target:?} with the Tab key; focus is on {:?}",
        browser.focused_element_text_or_id().await
    );
}

/// Types into whatever has the focus.
async fn type_text(browser: &Browser, text: &str) {
    let element = browser
        .client()
        .active_element()
        .await
        .expect("a focused element");
    element.send_keys(text).await.expect("typing");
}

/// Answers a radio question by keyboard: Tab to the group, arrow down to the option
/// (`downs` presses from the first), Space to choose it, then Tab to Continue and Enter.
async fn keyboard_choice(browser: &mut Browser, heading: &str, group: &str, downs: usize) {
    browser.wait_for_text(heading).await;
    tab_to(browser, group).await;
    press(browser, Key::Space).await;
    for _ in 0..downs {
        press(browser, Key::Down).await;
    }
    tab_to(browser, "Continue").await;
    browser.press_enter().await;
}

/// Answers a typed question by keyboard: Tab to the box, type, Enter.
async fn keyboard_text(browser: &mut Browser, heading: &str, field: &str, value: &str) {
    browser.wait_for_text(heading).await;
    tab_to(browser, field).await;
    type_text(browser, value).await;
    browser.press_enter().await;
}

#[tokio::test]
async fn a_keyboard_only_journey_without_the_mouse() {
    let mut browser = Browser::start().await;
    browser.visit("/").await;
    browser
        .wait_for_text("Would you be better off in work?")
        .await;
    tab_to(&mut browser, "Start now").await;
    browser.press_enter().await;
    keyboard_choice(&mut browser, "Do you live with a partner?", "partner", 0).await;
    // The new question's heading has the focus, so a screen reader reads it.
    browser.wait_for_text("How old are you?").await;
    assert_eq!(
        browser.focused_element_text_or_id().await,
        "How old are you?"
    );
    keyboard_text(&mut browser, "How old are you?", "your_age", "29").await;
    keyboard_choice(&mut browser, "Where do you live?", "country", 0).await; // England
    keyboard_choice(&mut browser, "Do you live in Greater London?", "london", 1).await; // No
    keyboard_choice(
        &mut browser,
        "health limits the work you can do?",
        "your_health",
        2,
    )
    .await; // LCW only
    keyboard_choice(
        &mut browser,
        "Do you get a disability benefit?",
        "your_disability",
        0,
    )
    .await; // No
    keyboard_choice(&mut browser, "Do you care for someone", "your_carer", 1).await; // No
    keyboard_text(
        &mut browser,
        "How many children live with you?",
        "children",
        "0",
    )
    .await;
    keyboard_choice(
        &mut browser,
        "Which of these describes your home?",
        "housing",
        4,
    )
    .await; // no rent
            // A box is ticked with Space, as a person using a keyboard would.
    browser.wait_for_text("Do you get any of this money?").await;
    tab_to(&mut browser, "your_gets_none").await;
    press(&browser, Key::Space).await;
    tab_to(&mut browser, "Continue").await;
    browser.press_enter().await;
    keyboard_text(
        &mut browser,
        "How much do you have in savings?",
        "savings",
        "0",
    )
    .await;
    keyboard_choice(
        &mut browser,
        "Do you do any paid work now?",
        "your_works_now",
        1,
    )
    .await; // No
    browser
        .wait_for_text("What work are you thinking about?")
        .await;
    tab_to(&mut browser, "work_hours").await;
    type_text(&browser, "16").await;
    tab_to(&mut browser, "work_pay").await;
    type_text(&browser, "12.71").await;
    tab_to(&mut browser, "work_paid").await;
    press(&browser, Key::Space).await; // Every week
    tab_to(&mut browser, "Continue").await;
    browser.press_enter().await;
    browser.wait_for_text("Check your answers").await;
    tab_to(&mut browser, "See your results").await;
    browser.press_enter().await;

    let outcome = engine_outcome(&[
        ("partner", "no"),
        ("your_age", "29"),
        ("country", "england"),
        ("london", "no"),
        ("your_health", "lcw"),
        ("your_disability", "none"),
        ("your_carer", "no"),
        ("children", "0"),
        ("housing", "none"),
        ("other_adults", "0"),
        ("your_gets_none", "yes"),
        ("savings", "0"),
        ("your_works_now", "no"),
        ("work_hours", "16"),
        ("work_pay", "12.71"),
        ("work_paid", "weekly"),
    ]);
    browser.wait_for_text("Your results").await;
    let text = browser.page_text().await;
    let better = outcome.scenarios[0].better_off;
    assert!(
        text.contains(&pounds(better.per_month)),
        "expected {} a month on the page:\n{text}",
        pounds(better.per_month)
    );
    browser.screenshot("keyboard-only-results").await;
    browser.close().await;
}

/// The browser's own Back button (a phone's back gesture) goes to the previous
/// question with the answer kept, and Forward comes back: the app is never left.
#[tokio::test]
async fn the_browser_back_button_goes_to_the_previous_question_and_keeps_answers() {
    let mut browser = Browser::start().await;
    browser.visit("/").await;
    browser
        .wait_for_text("Would you be better off in work?")
        .await;
    browser.click_button("Start now").await;
    browser.wait_for_text("Do you live with a partner?").await;
    browser
        .choose("No, I live on my own or without a partner")
        .await;
    browser.click_button("Continue").await;
    browser.wait_for_text("How old are you?").await;
    browser.fill_in("How old are you?", "34").await;
    browser.click_button("Continue").await;
    browser.wait_for_text("Where do you live?").await;

    browser
        .client()
        .back()
        .await
        .expect("the browser's Back button");
    browser.wait_for_text("How old are you?").await;
    let age = browser
        .execute("return document.getElementById('your_age').value;")
        .await;
    assert_eq!(age, "34", "the answer should still be there");
    assert_eq!(
        browser.focused_element_text_or_id().await,
        "How old are you?"
    );

    browser
        .client()
        .back()
        .await
        .expect("the browser's Back button");
    browser.wait_for_text("Do you live with a partner?").await;
    let chosen = browser
        .execute("return document.querySelector('input[name=partner]:checked').value;")
        .await;
    assert_eq!(chosen, "no");

    browser
        .client()
        .forward()
        .await
        .expect("the browser's Forward button");
    browser.wait_for_text("How old are you?").await;
    // The page's own Back link and the browser agree.
    browser.click_button("Back").await;
    browser.wait_for_text("Do you live with a partner?").await;
    let outside = browser.requests_outside_loopback().await;
    assert!(outside.is_empty(), "requests left 127.0.0.1: {outside:?}");
    browser.close().await;
}

/// A lone parent, 30, in Greater London (Outer East London), with children of 4 and 6,
/// renting privately at £1,400 a month (the area's 2-bedroom rate), not working, thinking of 16 hours at £12.71 paid
/// weekly. With 4 paydays (most months) the benefit cap still applies; in the 4
/// months with 5 paydays her earnings lift it (UC Regs 2013 regs 54(1) and 82(1)(a)).
const WEEKLY_PAID_LONE_PARENT: &[(&str, &str)] = &[
    ("partner", "no"),
    ("your_age", "30"),
    ("country", "england"),
    ("london", "yes"),
    ("your_health", "none"),
    ("your_disability", "none"),
    ("your_carer", "no"),
    ("children", "2"),
    ("child_0_age", "6"),
    ("child_0_care", "none"),
    ("child_0_mobility", "none"),
    ("child_1_age", "4"),
    ("child_1_care", "none"),
    ("child_1_mobility", "none"),
    ("child_benefit", "yes"),
    ("housing", "private"),
    ("supported_housing", "no"),
    ("rent", "1400"),
    ("rent_frequency", "monthly"),
    ("lha_area", "Outer East London"),
    ("other_adults", "0"),
    ("pays_council_tax", "yes"),
    ("council", "Newham"),
    ("council_tax_band", "c"),
    ("your_gets_none", "yes"),
    ("savings", "0"),
    ("childcare", "0"),
    ("childcare_children", "0"),
    ("your_works_now", "no"),
    ("work_hours", "16"),
    ("work_pay", "12.71"),
    ("work_paid", "weekly"),
];

#[tokio::test]
async fn a_weekly_paid_lone_parent_sees_the_usual_month_and_the_months_with_5_paydays() {
    let mut journey = Journey::start("weekly-lone-parent").await;
    journey.browser.click_button("Start now").await;
    journey
        .choose(
            "Do you live with a partner?",
            "No, I live on my own or without a partner",
        )
        .await;
    journey.type_answer("How old are you?", "30").await;
    journey.choose("Where do you live?", "England").await;
    journey
        .choose("Do you live in Greater London?", "Yes")
        .await;
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
        .choose("Do you care for someone for 35 hours a week or more?", "No")
        .await;
    journey
        .type_answer("How many children live with you?", "2")
        .await;
    for (nth, age) in [("first", "6"), ("second", "4")] {
        journey
            .type_answer(&format!("How old is your {nth} child?"), age)
            .await;
        journey
            .on_page(&format!(
                "Does your {nth} child get Disability Living Allowance or Child Disability Payment?"
            ))
            .await;
        journey.browser.choose("No care part").await;
        journey.browser.choose("No mobility part").await;
        journey.browser.click_button("Continue").await;
    }
    journey
        .choose("Are you paid Child Benefit for your children?", "Yes")
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
    journey.browser.fill_in("Rent", "1400").await;
    journey.browser.choose("Every month").await;
    journey.browser.click_button("Continue").await;
    journey.choose_area("outer east", "Outer East London").await;
    journey
        .type_answer("How many other adults live with you?", "0")
        .await;
    journey.renter_council_tax("newh", "Newham", "Band C").await;
    journey
        .tick("Do you get any of this money?", &["None of these"])
        .await;
    journey
        .type_answer("How much do you have in savings?", "0")
        .await;
    journey
        .on_page("How much would you pay for childcare while you work?")
        .await;
    journey
        .browser
        .fill_in("Childcare costs each month", "0")
        .await;
    journey
        .browser
        .fill_in("How many children would go to childcare?", "0")
        .await;
    journey.browser.click_button("Continue").await;
    journey.choose("Do you do any paid work now?", "No").await;
    journey.on_page("What work are you thinking about?").await;
    journey.browser.fill_in("Hours a week", "16").await;
    journey
        .browser
        .fill_in("Pay for each hour, before tax", "12.71")
        .await;
    journey.browser.choose("Every week").await;
    journey.browser.click_button("Continue").await;
    journey.on_page("Check your answers").await;
    journey.browser.click_button("See your results").await;

    let outcome = engine_outcome(WEEKLY_PAID_LONE_PARENT);
    journey.assert_results_match(&outcome).await;
    // The usual month has 4 paydays, and the benefit cap lowers UC in it; the 4 months
    // with 5 paydays are named, with their UC.
    let scenario = &outcome.scenarios[0];
    let usual_uc = scenario.snapshot.universal_credit.award;
    let other = &scenario.other_months[0];
    assert!(scenario
        .snapshot
        .universal_credit
        .benefit_cap
        .reduction
        .is_positive());
    assert_eq!(
        other.snapshot.universal_credit.benefit_cap.reduction,
        Default::default()
    );
    let text = journey.page_text().await;
    let expected = format!(
        "Pay comes every week, so most months have 4 paydays. The figures here are for those \
         months. In 4 months of the year there are 5 paydays. Universal Credit counts the pay \
         in each month, so in those months it would be {}, not {}.",
        pounds(other.snapshot.universal_credit.award),
        pounds(usual_uc)
    );
    assert!(
        text.contains(&expected),
        "expected {expected:?} on the page:\n{text}"
    );
    journey.finish().await;
}
