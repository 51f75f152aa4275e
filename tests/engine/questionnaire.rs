//! The questionnaire: which pages apply, how answers are checked, and that finished
//! answers give the household the engine expects.

use benefit_bridge::answers::{Answers, FieldId, Person};
use benefit_bridge::copy::EN;
use benefit_bridge::household::UcHealth;
use benefit_bridge::money::Money;
use benefit_bridge::questionnaire::{FieldKind, PageId, Questionnaire};
use benefit_bridge::{calculate, RULES_2026_27};

use crate::support::gbp;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers::from_pairs(pairs).expect("answers the questionnaire knows")
}

fn questionnaire() -> Questionnaire<'static> {
    Questionnaire::new(&EN, &RULES_2026_27)
}

fn pages(answers: &Answers) -> Vec<PageId> {
    questionnaire().pages(answers)
}

/// Sets one answer by its keys, as the tests' answers are written.
fn set(answers: &mut Answers, key: &str, value: &str) {
    answers
        .set_by_key(key, value)
        .expect("an answer the questionnaire knows");
}

/// Single, 34, England (not London), protected LCWRA, PIP standard daily living,
/// private rent £650 a month, no savings, thinking of 16 hours at £12.71 paid monthly.
fn single_renter() -> Answers {
    answers(&[
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
        ("savings", "0"),
        ("your_works_now", "no"),
        ("work_hours", "16"),
        ("work_pay", "12.71"),
        ("work_paid", "monthly"),
    ])
}

#[test]
fn a_single_person_is_never_asked_about_a_partner() {
    let flow = pages(&single_renter());
    assert!(!flow.iter().any(|page| matches!(
        page,
        PageId::Age(Person::Partner)
            | PageId::Health(Person::Partner)
            | PageId::WorkNow(Person::Partner)
    )));
    let mut couple = single_renter();
    set(&mut couple, "partner", "yes");
    let flow = pages(&couple);
    assert!(flow.contains(&PageId::Age(Person::Partner)));
    assert!(flow.contains(&PageId::Health(Person::Partner)));
}

#[test]
fn only_the_questions_that_apply_are_asked() {
    let mut answers = single_renter();
    assert!(pages(&answers).contains(&PageId::Rent));
    assert!(pages(&answers).contains(&PageId::London));
    assert!(!pages(&answers).contains(&PageId::Childcare));
    set(&mut answers, "housing", "owner");
    set(&mut answers, "country", "wales");
    assert!(!pages(&answers).contains(&PageId::Rent));
    assert!(!pages(&answers).contains(&PageId::London));
    set(&mut answers, "children", "2");
    set(&mut answers, "child_0_age", "9");
    set(&mut answers, "child_1_age", "4");
    let flow = pages(&answers);
    assert!(flow.contains(&PageId::ChildBornBefore2017(0)));
    assert!(!flow.contains(&PageId::ChildBornBefore2017(1)));
    assert!(flow.contains(&PageId::Childcare));
}

#[test]
fn every_page_has_a_heading_and_every_choice_has_options() {
    let mut answers = single_renter();
    set(&mut answers, "partner", "yes");
    set(&mut answers, "partner_health", "lcwra");
    set(&mut answers, "partner_disability", "dla");
    set(&mut answers, "partner_works_now", "yes");
    set(&mut answers, "children", "1");
    set(&mut answers, "child_0_age", "9");
    for id in pages(&answers) {
        let page = questionnaire().page(id, &answers);
        assert!(!page.title.is_empty(), "{id:?} has no heading");
        assert!(
            !page.title.contains('{'),
            "{id:?} heading has a placeholder left: {}",
            page.title
        );
        for field in &page.fields {
            assert!(
                !field.label.contains('{'),
                "{id:?} label has a placeholder left"
            );
            assert!(
                !field.messages.missing.is_empty(),
                "{id:?} {} has no error message",
                field.key
            );
            for text in [
                &field.hint,
                &field.messages.missing,
                &field.messages.too_small,
                &field.messages.too_large,
            ] {
                assert!(
                    !text.contains('{'),
                    "{id:?} {}: a gap left in {text:?}",
                    field.key
                );
            }
            if field.kind == FieldKind::Choice {
                assert!(
                    !field.options.is_empty(),
                    "{id:?} {} has no options",
                    field.key
                );
                for option in &field.options {
                    assert!(
                        !option.label.contains('{') && !option.hint.contains('{'),
                        "{id:?} {}: a gap left in {:?}",
                        field.key,
                        option.label
                    );
                }
            }
        }
    }
}

#[test]
fn a_bad_rent_gets_a_plain_error_and_a_corrected_one_passes() {
    let mut answers = single_renter();
    set(&mut answers, "rent", "six hundred");
    let rent_page = questionnaire().page(PageId::Rent, &answers);
    let errors = questionnaire().check_page(&rent_page, &answers);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, FieldId::Rent);
    assert_eq!(
        errors[0].message,
        "Enter your rent as a number, like 650 or 650.50"
    );
    set(&mut answers, "rent", "£650.00");
    assert_eq!(questionnaire().check_page(&rent_page, &answers), Vec::new());
}

#[test]
fn unanswered_pages_are_found() {
    let mut answers = single_renter();
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    set(&mut answers, "your_age", "");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::Age(Person::You))
    );
}

#[test]
fn finished_answers_give_the_engine_the_household_it_expects() {
    // The worked example in universal_credit.rs: UC £1,504.70 now, £1,264.81 at 16 hours.
    let situation = questionnaire().situation(&single_renter());
    assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
    assert_eq!(
        situation.household.you.uc_health,
        UcHealth::LcwraPre2026Claimant
    );
    let outcome = calculate(&situation, &RULES_2026_27);
    assert_eq!(outcome.now.universal_credit.award, gbp("1504.70"));
    assert_eq!(
        outcome.scenarios[0].snapshot.universal_credit.award,
        gbp("1264.81")
    );
    // Better off by £626.89 in pay and UC, less the Council Tax Reduction the work
    // takes: Manchester band A £2,312.04 × 6 / 9 = £1,541.36, less 25% (£385.34) =
    // £1,156.02 a year, £22.17 a week; all of it now (UC is the only income and the
    // applicable amount is UC's maximum amount), none at 16 hours (income £291.88 UC
    // + £199.19 earnings − £20 disregard = £471.07, over £347.24 by £123.83; 20% is
    // £24.77, more than the bill). £22.17 × 52 / 12 = £96.07 a month.
    assert_eq!(
        outcome.scenarios[0].better_off.per_month,
        gbp("626.89") - gbp("96.07")
    );
}

#[test]
fn a_child_in_scotland_gets_cdp_and_the_disabled_child_addition() {
    let mut answers = single_renter();
    set(&mut answers, "country", "scotland");
    set(&mut answers, "children", "1");
    set(&mut answers, "child_0_age", "6");
    set(&mut answers, "child_0_care", "highest");
    set(&mut answers, "child_0_mobility", "none");
    let household = questionnaire().situation(&answers).household;
    let child = household.children[0];
    assert_eq!(
        child.disabled_child_addition,
        benefit_bridge::household::DisabledChildAddition::Higher
    );
    assert!(matches!(
        child.disability_benefit,
        Some(benefit_bridge::household::DisabilityBenefit::Cdp { .. })
    ));
}

#[test]
fn the_work_in_mind_starts_from_the_work_you_do_now() {
    // See: issue 10. Someone who works is asked for the hours and pay in total after
    // the change, starting from today's job.
    let mut answers = single_renter();
    for (key, value) in [
        ("your_works_now", "yes"),
        ("your_now_hours", "12"),
        ("your_now_pay", "13.20"),
        ("your_now_paid", "weekly"),
    ] {
        set(&mut answers, key, value);
    }
    let mut fresh = answers.clone();
    for field in [FieldId::WorkHours, FieldId::WorkPay, FieldId::WorkPaid] {
        fresh.remove(field);
    }
    questionnaire().prefill(PageId::NewWork, &mut fresh);
    assert_eq!(fresh.text(FieldId::WorkHours), "12");
    assert_eq!(fresh.text(FieldId::WorkPay), "13.20");
    assert_eq!(
        fresh.chosen(FieldId::WorkPaid),
        Some(benefit_bridge::period::Frequency::Weekly)
    );
    let page = questionnaire().page(PageId::NewWork, &fresh);
    assert!(page
        .hint
        .starts_with("Enter your hours and pay in total after the change"));
    // What the person has already typed there is kept.
    let mut typed = answers.clone();
    questionnaire().prefill(PageId::NewWork, &mut typed);
    assert_eq!(typed.text(FieldId::WorkHours), "16");
}

/// The first error on a page after typing `value` into `key`.
fn error_after_typing(answers: &Answers, page: PageId, key: &str, value: &str) -> Option<String> {
    let mut answers = answers.clone();
    set(&mut answers, key, value);
    let page = questionnaire().page(page, &answers);
    questionnaire()
        .check_page(&page, &answers)
        .into_iter()
        .next()
        .map(|error| error.message)
}

#[test]
fn savings_typed_with_a_decimal_comma_are_refused_not_read_as_a_fortune() {
    // See: issue 10, 10. "2500,00" was read as £250,000 and took all UC away.
    let answers = single_renter();
    for typed in ["2500,00", "1,2,3"] {
        assert_eq!(
            error_after_typing(&answers, PageId::Savings, "savings", typed).as_deref(),
            Some("Use a comma only between thousands and a full stop before the pence, like 2,500.00"),
            "{typed}"
        );
    }
    assert_eq!(
        error_after_typing(&answers, PageId::Savings, "savings", "6 5 0").as_deref(),
        Some("Enter your savings as a number, like 1500")
    );
    assert_eq!(
        error_after_typing(&answers, PageId::Savings, "savings", "2,500.00"),
        None
    );
}

#[test]
fn pay_of_nothing_is_refused_on_its_page() {
    // The engine refuses paid work at £0 an hour: so must the page, or the results
    // would have nothing to show.
    let answers = single_renter();
    assert_eq!(
        error_after_typing(&answers, PageId::NewWork, "work_pay", "0").as_deref(),
        Some("Enter the pay for each hour of paid work, like 13.50")
    );
    assert_eq!(
        error_after_typing(&answers, PageId::NewWork, "work_hours", "16.33").as_deref(),
        Some("Enter the hours to the nearest quarter of an hour, like 16.25")
    );
}

#[test]
fn childcare_costs_need_a_child_to_be_for() {
    // UC Regs 2013 reg 34: the charges are for a child's care; "0 children" is not
    // read as 1.
    let mut answers = single_renter();
    set(&mut answers, "children", "2");
    set(&mut answers, "child_0_age", "4");
    set(&mut answers, "child_1_age", "6");
    set(&mut answers, "childcare", "300");
    assert_eq!(
        error_after_typing(&answers, PageId::Childcare, "childcare_children", "0").as_deref(),
        Some("Enter how many children the childcare costs are for")
    );
    set(&mut answers, "childcare", "0");
    assert_eq!(
        error_after_typing(&answers, PageId::Childcare, "childcare_children", "0"),
        None
    );
}

#[test]
fn a_childs_age_is_read_as_a_number_for_the_2017_question() {
    // "09" and "+9" are nine: the child may have been born either side of 6 April
    // 2017, so the question is asked.
    for typed in ["9", "09", "+9", " 9 "] {
        let mut answers = single_renter();
        set(&mut answers, "children", "1");
        set(&mut answers, "child_0_age", typed);
        assert!(
            pages(&answers).contains(&PageId::ChildBornBefore2017(0)),
            "{typed:?}"
        );
    }
}

#[test]
fn check_your_answers_shows_the_amounts_used() {
    let mut answers = single_renter();
    set(&mut answers, "rent", " £1,250.5 ");
    set(&mut answers, "work_hours", "16.50");
    set(&mut answers, "your_age", "034");
    let read_back = |id: PageId| {
        let page = questionnaire().page(id, &answers);
        questionnaire().answer_text(&page, &answers)
    };
    assert_eq!(read_back(PageId::Rent)[0], "£1,250.50");
    assert_eq!(read_back(PageId::NewWork)[0], "16.5 hours a week");
    assert_eq!(read_back(PageId::NewWork)[1], "£12.71");
    assert_eq!(read_back(PageId::Age(Person::You))[0], "34 years old");
}

/// The money-you-get page's messages, for the answers as they are.
fn income_errors(answers: &Answers) -> Vec<String> {
    let page = questionnaire().page(PageId::Incomes(Person::You), answers);
    questionnaire()
        .check_page(&page, answers)
        .into_iter()
        .map(|error| error.message)
        .collect()
}

#[test]
fn the_money_you_get_page_needs_a_tick_and_refuses_ticks_that_cannot_go_together() {
    let mut answers = single_renter();
    set(&mut answers, "your_gets_none", "no");
    assert_eq!(
        income_errors(&answers),
        ["Select the money you get, or select \"None of these\""]
    );
    set(&mut answers, "your_gets_none", "yes");
    set(&mut answers, "your_gets_pension", "yes");
    assert_eq!(
        income_errors(&answers),
        ["Select \"None of these\" only if you get none of the others"]
    );
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_new_style_esa", "yes");
    set(&mut answers, "your_gets_new_style_jsa", "yes");
    assert_eq!(
        income_errors(&answers),
        ["You cannot get New Style ESA and New Style JSA at the same time: select the one you get"]
    );
}

#[test]
fn carers_allowance_is_offered_only_to_a_carer_and_maintenance_only_to_a_family() {
    let offered = |answers: &Answers| -> Vec<String> {
        questionnaire()
            .page(PageId::Incomes(Person::You), answers)
            .fields
            .iter()
            .map(|field| field.label.clone())
            .collect()
    };
    let mut answers = single_renter();
    assert!(!offered(&answers)
        .iter()
        .any(|label| label.contains("Carer")));
    assert!(!offered(&answers).contains(&"Child maintenance".to_owned()));
    set(&mut answers, "your_carer", "yes");
    set(&mut answers, "country", "scotland");
    assert!(offered(&answers).contains(&"Carer Support Payment".to_owned()));
    set(&mut answers, "country", "wales");
    assert!(offered(&answers).contains(&"Carer's Allowance".to_owned()));
    // Ticked, then caring answered "no": no longer counted.
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_carers_allowance", "yes");
    set(&mut answers, "your_carer", "no");
    let household = questionnaire().situation(&answers).household;
    assert_eq!(household.you.carers_allowance, None);
}

#[test]
fn new_style_esa_and_a_pension_ask_their_own_questions_and_reach_the_household() {
    let mut answers = single_renter();
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_new_style_esa", "yes");
    set(&mut answers, "your_gets_pension", "yes");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::EsaDetails(Person::You))
    );
    set(&mut answers, "your_esa_group", "support_group");
    set(&mut answers, "your_esa_supported_work", "no");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::PensionAmount(Person::You))
    );
    set(&mut answers, "your_pension", "450");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    let household = questionnaire().situation(&answers).household;
    let esa = household.you.new_style_esa.expect("New Style ESA");
    assert_eq!(esa.group, benefit_bridge::household::EsaGroup::SupportGroup);
    assert!(!esa.supported_permitted_work);
    assert_eq!(
        household.you.pension.map(|pension| pension.amount),
        Some(gbp("450"))
    );
}

#[test]
fn an_income_we_cannot_work_out_makes_the_answer_partial() {
    let mut answers = single_renter();
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_legacy_benefits", "yes");
    let situation = questionnaire().situation(&answers);
    let outcome = calculate(&situation, &RULES_2026_27);
    assert!(outcome.is_partial());
    assert_eq!(
        outcome.not_included,
        [benefit_bridge::outcome::NotIncluded {
            who: benefit_bridge::outcome::Who::You,
            income: benefit_bridge::outcome::NotWorkedOut::LegacyBenefits,
        }]
    );
    // "Check your answers" lists what was ticked.
    let page = questionnaire().page(PageId::Incomes(Person::You), &answers);
    assert_eq!(
        questionnaire().answer_text(&page, &answers),
        ["Income-related ESA, Income Support, income-based JSA, Housing Benefit or tax credits"]
    );
}

#[test]
fn a_family_not_paid_child_benefit_is_asked_and_gets_none_counted() {
    let mut answers = single_renter();
    set(&mut answers, "children", "1");
    set(&mut answers, "child_0_age", "4");
    set(&mut answers, "child_0_care", "none");
    set(&mut answers, "child_0_mobility", "none");
    set(&mut answers, "childcare", "0");
    set(&mut answers, "childcare_children", "0");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::ChildBenefit)
    );
    set(&mut answers, "child_benefit", "no");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    let situation = questionnaire().situation(&answers);
    assert!(!situation.household.gets_child_benefit);
    let outcome = calculate(&situation, &RULES_2026_27);
    assert!(outcome
        .now
        .income_line(
            benefit_bridge::outcome::Income::ChildBenefit,
            benefit_bridge::outcome::Who::Household
        )
        .is_none());
}

#[test]
fn esa_past_its_365_days_is_left_out_and_supported_work_is_asked_with_the_work() {
    let mut answers = single_renter();
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_new_style_esa", "yes");
    set(
        &mut answers,
        "your_esa_group",
        "work_related_activity_group",
    );
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::EsaTimeLimit(Person::You))
    );
    set(&mut answers, "your_esa_365_days", "no");
    // Asked after the work in mind, as it is about that work.
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::EsaSupportedWork(Person::You))
    );
    let flow = pages(&answers);
    let supported = flow
        .iter()
        .position(|page| *page == PageId::EsaSupportedWork(Person::You));
    let new_work = flow.iter().position(|page| *page == PageId::NewWork);
    assert!(supported > new_work);
    set(&mut answers, "your_esa_supported_work", "yes");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    let esa = questionnaire()
        .situation(&answers)
        .household
        .you
        .new_style_esa;
    assert!(esa.is_some_and(|esa| esa.supported_permitted_work));
    // Past 365 days: no ESA, no question about supported work, and a note says why.
    set(&mut answers, "your_esa_365_days", "yes");
    assert_eq!(questionnaire().first_unanswered(&answers), None);
    assert!(!pages(&answers).contains(&PageId::EsaSupportedWork(Person::You)));
    assert_eq!(
        questionnaire()
            .situation(&answers)
            .household
            .you
            .new_style_esa,
        None
    );
    assert_eq!(
        questionnaire().health_said(&answers).esa_time_limit_reached,
        [benefit_bridge::outcome::Who::You]
    );
}

#[test]
fn a_carer_is_asked_what_care_costs_while_at_work() {
    let mut answers = single_renter();
    set(&mut answers, "your_carer", "yes");
    set(&mut answers, "your_gets_none", "no");
    set(&mut answers, "your_gets_carers_allowance", "yes");
    assert_eq!(
        questionnaire().first_unanswered(&answers),
        Some(PageId::CareCosts(Person::You))
    );
    set(&mut answers, "your_care_costs", "45.50");
    let carer = questionnaire()
        .situation(&answers)
        .household
        .you
        .carers_allowance;
    assert_eq!(
        carer.map(|carer| carer.care_costs_per_week),
        Some(gbp("45.50"))
    );
}

#[test]
fn transitional_protection_typed_on_the_results_page_is_in_the_household() {
    // Left empty: none. Typed: its amount, added to UC now (£1,504.70 for the single
    // renter: see the calc example's worked figures) and with the work. Something
    // that cannot be read is shown as a problem and counts as none.
    let questionnaire = questionnaire();
    let mut answers = single_renter();
    let none = questionnaire.situation(&answers);
    assert_eq!(none.household.transitional_element, Money::ZERO);
    assert_eq!(
        questionnaire.transitional_protection_field(&answers).error,
        None
    );
    set(&mut answers, "transitional_element", "120.50");
    let some = questionnaire.situation(&answers);
    assert_eq!(some.household.transitional_element, gbp("120.50"));
    let (before, after) = (
        calculate(&none, &RULES_2026_27),
        calculate(&some, &RULES_2026_27),
    );
    assert_eq!(
        after.now.universal_credit.award - before.now.universal_credit.award,
        gbp("120.50")
    );
    set(&mut answers, "transitional_element", "lots");
    assert!(questionnaire
        .transitional_protection_field(&answers)
        .error
        .is_some());
    assert_eq!(
        questionnaire
            .situation(&answers)
            .household
            .transitional_element,
        Money::ZERO
    );
}
