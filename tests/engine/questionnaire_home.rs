//! The home pages: the Local Housing Allowance area (typed and chosen from the
//! matches), a social renter's bedrooms, the other adults, and the questions asked only
//! where they could change the rent counted (children's sexes, the shared
//! accommodation rate's exceptions, an extra bedroom).

use benefit_bridge::answers::{Answers, FieldId};
use benefit_bridge::copy::EN;
use benefit_bridge::household::{Housing, SharedAccommodationException};
use benefit_bridge::outcome::{LhaCategory, RentLimit, UcElement};
use benefit_bridge::questionnaire::{PageId, Questionnaire};
use benefit_bridge::{calculate, RULES_2026_27};

fn questionnaire() -> Questionnaire<'static> {
    Questionnaire::new(&EN, &RULES_2026_27)
}

fn set(answers: &mut Answers, key: &str, value: &str) {
    answers
        .set_by_key(key, value)
        .expect("an answer the questionnaire knows");
}

/// Single, 22, England, no health element or disability benefit, renting a room
/// privately at £500 a month in Central Greater Manchester.
fn young_renter() -> Answers {
    Answers::from_pairs(&[
        ("partner", "no"),
        ("your_age", "22"),
        ("country", "england"),
        ("london", "no"),
        ("your_health", "none"),
        ("your_disability", "none"),
        ("your_carer", "no"),
        ("children", "0"),
        ("your_gets_none", "yes"),
        ("housing", "private"),
        ("supported_housing", "no"),
        ("rent", "500"),
        ("rent_frequency", "monthly"),
        ("lha_area", "central greater manchester"),
        ("other_adults", "0"),
        ("pays_council_tax", "yes"),
        ("council", "Manchester"),
        ("council_tax_band", "a"),
        ("savings", "0"),
        ("your_works_now", "no"),
        ("work_hours", "16"),
        ("work_pay", "12.71"),
        ("work_paid", "monthly"),
    ])
    .expect("answers the questionnaire knows")
}

fn lha_category(answers: &Answers) -> LhaCategory {
    let outcome = calculate(&questionnaire().situation(answers), &RULES_2026_27);
    match outcome.now.universal_credit.rent_limit() {
        Some((_, RentLimit::LocalHousingAllowance(check))) => check.category,
        other => panic!("a Local Housing Allowance check, not {other:?}"),
    }
}

#[test]
fn the_area_is_found_by_part_of_its_name_and_read_as_the_table_spells_it() {
    let mut answers = young_renter();
    set(&mut answers, "lha_area", "manch");
    let page = questionnaire().page(PageId::LhaArea, &answers);
    let search = page.fields[0].search.as_ref().expect("a search field");
    assert!(search.suggestions.contains(&"Central Greater Manchester"));
    assert!(search.suggestions.len() <= 8);
    assert!(search.matches.ends_with("match") || search.matches.ends_with("matches"));
    // Not a name: a plain error naming what was typed.
    let errors = questionnaire().check_page(&page, &answers);
    assert_eq!(
        errors[0].message,
        "We cannot find an area called \"manch\". Type part of the name and choose your area from the list"
    );
    // A name typed in any case is the area, as the table spells it.
    set(&mut answers, "lha_area", "central greater manchester");
    let page = questionnaire().page(PageId::LhaArea, &answers);
    assert_eq!(questionnaire().check_page(&page, &answers), Vec::new());
    assert_eq!(
        questionnaire().answer_text(&page, &answers),
        ["Central Greater Manchester"]
    );
    match questionnaire().situation(&answers).household.housing {
        Housing::RentingPrivately(private) => {
            assert_eq!(
                private.lha_area.as_deref(),
                Some("Central Greater Manchester")
            );
        }
        other => panic!("a private tenancy, not {other:?}"),
    }
}

#[test]
fn not_sure_of_the_area_is_an_answer() {
    let mut answers = young_renter();
    set(&mut answers, "lha_area", "");
    let page = questionnaire().page(PageId::LhaArea, &answers);
    assert_eq!(
        questionnaire().check_page(&page, &answers)[0].message,
        "Type the name of your area and choose it from the list, or select \"I'm not sure which area I live in\""
    );
    set(&mut answers, "lha_area_not_sure", "yes");
    assert_eq!(questionnaire().check_page(&page, &answers), Vec::new());
    assert_eq!(
        questionnaire().answer_text(&page, &answers),
        ["I'm not sure which area I live in"]
    );
}

#[test]
fn only_the_areas_of_the_persons_country_are_offered() {
    let mut answers = young_renter();
    set(&mut answers, "country", "wales");
    set(&mut answers, "lha_area", "cardiff");
    let page = questionnaire().page(PageId::LhaArea, &answers);
    let search = page.fields[0].search.as_ref().expect("a search field");
    assert!(search.names.contains(&"Cardiff"));
    assert!(!search.names.contains(&"Central Greater Manchester"));
}

#[test]
fn a_young_renter_on_the_shared_rate_is_asked_about_its_exceptions() {
    let mut answers = young_renter();
    assert!(questionnaire()
        .pages(&answers)
        .contains(&PageId::SharedRate));
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::SharedRate)
    );
    set(&mut answers, "shared_rate_none", "yes");
    assert_eq!(lha_category(&answers), LhaCategory::SharedAccommodation);
    set(&mut answers, "shared_rate_none", "no");
    set(&mut answers, "shared_rate_domestic_abuse", "yes");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    assert_eq!(lha_category(&answers), LhaCategory::OneBedroom);
    match questionnaire().situation(&answers).household.housing {
        Housing::RentingPrivately(private) => assert_eq!(
            private.shared_accommodation_exception,
            Some(SharedAccommodationException::DomesticAbuse)
        ),
        other => panic!("a private tenancy, not {other:?}"),
    }
}

#[test]
fn the_shared_rate_page_is_not_asked_when_the_rent_is_within_the_shared_rate() {
    // £400 is within the £411.58 rate: no exception could change the rent counted.
    let mut answers = young_renter();
    set(&mut answers, "rent", "400");
    assert!(!questionnaire()
        .pages(&answers)
        .contains(&PageId::SharedRate));
    // Nor at 35 or over.
    let mut answers = young_renter();
    set(&mut answers, "your_age", "35");
    assert!(!questionnaire()
        .pages(&answers)
        .contains(&PageId::SharedRate));
}

#[test]
fn the_care_leaver_box_is_offered_only_from_18_to_24() {
    let mut answers = young_renter();
    let page = questionnaire().page(PageId::SharedRate, &answers);
    assert!(page
        .fields
        .iter()
        .any(|field| field.key == "shared_rate_care_leaver"));
    set(&mut answers, "your_age", "30");
    let page = questionnaire().page(PageId::SharedRate, &answers);
    assert!(!page
        .fields
        .iter()
        .any(|field| field.key == "shared_rate_care_leaver"));
}

#[test]
fn a_social_renter_is_asked_for_bedrooms_and_a_spare_one_costs_14_percent() {
    let mut answers = young_renter();
    set(&mut answers, "your_age", "40");
    set(&mut answers, "housing", "social");
    assert!(questionnaire().pages(&answers).contains(&PageId::Bedrooms));
    assert!(!questionnaire().pages(&answers).contains(&PageId::LhaArea));
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::Bedrooms)
    );
    set(&mut answers, "bedrooms", "2");
    // A spare bedroom: an extra bedroom condition could change the rent counted.
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::ExtraBedrooms)
    );
    set(&mut answers, "extra_bedroom_none", "yes");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    let outcome = calculate(&questionnaire().situation(&answers), &RULES_2026_27);
    // £500 − 14% (£70.00) = £430.00.
    let housing = outcome
        .now
        .universal_credit
        .elements
        .iter()
        .find(|line| matches!(line.kind, UcElement::HousingCostsElement { .. }))
        .map(|line| line.per_month);
    assert_eq!(housing, Some(benefit_bridge::money::Money::gbp(430, 0)));
    // A foster carer is allowed the second bedroom.
    set(&mut answers, "extra_bedroom_none", "no");
    set(&mut answers, "extra_bedroom_foster_parent", "yes");
    let outcome = calculate(&questionnaire().situation(&answers), &RULES_2026_27);
    assert!(outcome
        .now
        .universal_credit
        .elements
        .iter()
        .any(|line| line.per_month == benefit_bridge::money::Money::gbp(500, 0)));
}

#[test]
fn other_adults_each_have_a_bedroom_and_only_those_who_pay_are_counted_for_contributions() {
    let mut answers = young_renter();
    set(&mut answers, "your_age", "40");
    set(&mut answers, "other_adults", "2");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::OtherAdultsPaying)
    );
    set(&mut answers, "other_adults_paying", "3");
    let page = questionnaire().page(PageId::OtherAdultsPaying, &answers);
    assert_eq!(
        questionnaire().check_page(&page, &answers)[0].message,
        "Enter a number up to 2: the other adults you told us about"
    );
    set(&mut answers, "other_adults_paying", "1");
    let household = questionnaire().situation(&answers).household;
    assert_eq!(household.non_dependants.len(), 2);
    assert_eq!(household.non_dependants[0].age, 21);
    assert!(household.non_dependants[1].age < 21);
}

#[test]
fn childrens_sexes_are_asked_only_where_they_change_the_rent_counted() {
    // A lone parent with children of 12 and 8 in Leeds: 2 or 3 bedrooms, £775.00 or
    // £850.00. At £900 the sexes matter; at £700 they do not.
    let mut answers = young_renter();
    set(&mut answers, "your_age", "40");
    set(&mut answers, "lha_area", "Leeds");
    set(&mut answers, "children", "2");
    set(&mut answers, "child_0_age", "12");
    set(&mut answers, "child_0_care", "none");
    set(&mut answers, "child_0_mobility", "none");
    set(&mut answers, "child_1_age", "8");
    set(&mut answers, "child_1_care", "none");
    set(&mut answers, "child_1_mobility", "none");
    set(&mut answers, "child_benefit", "yes");
    set(&mut answers, "rent", "900");
    assert!(questionnaire()
        .pages(&answers)
        .contains(&PageId::ChildSexes));
    set(&mut answers, "child_0_sex", "boy");
    set(&mut answers, "child_1_sex", "girl");
    // Still asked once answered.
    assert!(questionnaire()
        .pages(&answers)
        .contains(&PageId::ChildSexes));
    let household = questionnaire().situation(&answers).household;
    assert_eq!(
        household.children[1].sex,
        Some(benefit_bridge::household::Sex::Girl)
    );
    set(&mut answers, "rent", "700");
    assert!(!questionnaire()
        .pages(&answers)
        .contains(&PageId::ChildSexes));
    let page = questionnaire().page(PageId::ChildSexes, &answers);
    assert_eq!(page.fields[0].id, FieldId::ChildSex(0));
    assert_eq!(page.fields[0].label, "Your first child, aged 12");
}

#[test]
fn sexes_are_asked_for_four_children_whose_sharing_depends_on_them() {
    // Children of 12, 5, 11 and 4 in a 4-bedroom social home: all one sex, 3 rooms
    // allowed; older ones apart, 4. The page is asked (the review's case).
    let mut answers = young_renter();
    set(&mut answers, "your_age", "40");
    set(&mut answers, "housing", "social");
    set(&mut answers, "bedrooms", "4");
    set(&mut answers, "children", "4");
    for (index, age) in ["12", "5", "11", "4"].into_iter().enumerate() {
        set(&mut answers, &format!("child_{index}_age"), age);
        set(&mut answers, &format!("child_{index}_care"), "none");
        set(&mut answers, &format!("child_{index}_mobility"), "none");
    }
    set(&mut answers, "child_benefit", "yes");
    assert!(questionnaire()
        .pages(&answers)
        .contains(&PageId::ChildSexes));
}

#[test]
fn a_renter_whose_landlord_pays_council_tax_is_not_asked_for_the_council() {
    let mut answers = young_renter();
    set(&mut answers, "pays_council_tax", "no");
    let pages = questionnaire().pages(&answers);
    assert!(pages.contains(&PageId::PaysCouncilTax));
    assert!(!pages.contains(&PageId::Council));
    let outcome = calculate(&questionnaire().situation(&answers), &RULES_2026_27);
    assert_eq!(outcome.council_tax, None);
    assert!(outcome.now.council_tax_reduction.is_none());
}

#[test]
fn the_severe_mental_impairment_question_is_asked_only_where_it_could_change_the_bill() {
    // PIP daily living is a qualifying benefit. Living alone, a disregard changes the
    // bill; with two other adults counted anyway, it cannot.
    let mut answers = young_renter();
    set(&mut answers, "your_age", "40");
    set(&mut answers, "your_disability", "pip");
    set(&mut answers, "your_daily_living", "standard");
    set(&mut answers, "your_mobility", "none");
    let person = benefit_bridge::answers::Person::You;
    assert!(questionnaire()
        .pages(&answers)
        .contains(&PageId::SevereMentalImpairment(person)));
    set(&mut answers, "other_adults", "2");
    set(&mut answers, "other_adults_paying", "2");
    assert!(!questionnaire()
        .pages(&answers)
        .contains(&PageId::SevereMentalImpairment(person)));
}
