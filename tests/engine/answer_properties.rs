//! Typed answers are read as the person meant them, or refused on their page with
//! words that say what to do; and any answers that pass every page give a situation
//! the engine accepts (issue 10, 10). A refused answer on the results page would
//! otherwise leave the person with no figures and no reason.

use benefit_bridge::answers::{parse_hours, parse_money, parse_whole, Answers, FieldId, YesNo};
use benefit_bridge::copy::EN;
use benefit_bridge::money::Money;
use benefit_bridge::questionnaire::{FieldKind, Questionnaire};
use benefit_bridge::RULES_2026_27;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn questionnaire() -> Questionnaire<'static> {
    Questionnaire::new(&EN, &RULES_2026_27)
}

/// What people type, at and either side of every limit, and the mistakes the review
/// found read as something else.
/// Dates a person might type: real ones in and out of the tax year, ones that are
/// no day at all, and empty.
const DATES: &[&str] = &[
    "1 2 2027",
    "6 4 2026",
    "5 4 2027",
    "6 4 2027",
    "31 3 2027",
    "29 2 2027",
    "15 January 2027",
    "2027-03-01",
    "",
    "tomorrow",
    "31 12 2026",
];

const TYPED: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "6",
    "7",
    "9",
    "09",
    "+9",
    "10",
    "11",
    "15",
    "16",
    "16.25",
    "16.33",
    "16.5",
    "19",
    "20",
    "21",
    "34",
    "66",
    "67",
    "100",
    "100.25",
    "0.01",
    "0.001",
    "12.71",
    "13.50",
    "650",
    "£650",
    "£ 650",
    "1,250.50",
    "2500,00",
    "1,2,3",
    "6 5 0",
    "",
    " ",
    "-1",
    "1e5",
    "abc",
    "16000",
    "16000.01",
    "6000",
    "20000",
    "20000.01",
    "1000",
    "1000.01",
    "1000000",
    "1,000,000.01",
    "99999999999999999999999999999999",
];

/// Ticks a box, or leaves it unticked, by `pick`.
fn tick(answers: &mut Answers, field: &benefit_bridge::questionnaire::Field, pick: usize) {
    let ticked = if pick.is_multiple_of(3) {
        YesNo::Yes
    } else {
        YesNo::No
    };
    answers.choose(field.id, ticked);
}

/// Answers a search: "I'm not sure" one time in four, otherwise a name from its list
/// or, one time in four, text that is no name.
fn search(answers: &mut Answers, field: &benefit_bridge::questionnaire::Field, pick: usize) {
    let Some(search) = &field.search else {
        return;
    };
    match pick % 4 {
        0 => answers.choose(search.not_sure, YesNo::Yes),
        1 => {
            answers.choose(search.not_sure, YesNo::No);
            answers.type_text(field.id, "no such place");
        }
        _ => {
            answers.choose(search.not_sure, YesNo::No);
            answers.type_text(field.id, search.names[pick % search.names.len()]);
        }
    }
}

/// Answers every page the questionnaire asks, with choices and typed text picked by
/// `picks`, until every page passes its checks or the picks run out.
fn walk(answers: &mut Answers, picks: &mut impl Iterator<Item = usize>) -> bool {
    let questionnaire = questionnaire();
    while let Some(id) = questionnaire.first_unanswered(answers) {
        let page = questionnaire.page(id, answers);
        for field in &page.fields {
            let Some(pick) = picks.next() else {
                return false;
            };
            match field.kind {
                FieldKind::Choice => {
                    let option = &field.options[pick % field.options.len()];
                    answers.choose(field.id, option.value);
                }
                // A box ticked about one time in three.
                FieldKind::Checkbox => tick(answers, field, pick),
                FieldKind::Search => search(answers, field, pick),
                FieldKind::Money { .. } | FieldKind::Whole { .. } | FieldKind::Hours { .. } => {
                    answers.type_text(field.id, TYPED[pick % TYPED.len()]);
                }
                FieldKind::Date { .. } => answers.type_text(field.id, DATES[pick % DATES.len()]),
            }
        }
        // Every refusal has words to show beside the field.
        for error in questionnaire.check_page(&page, answers) {
            assert!(
                !error.message.trim().is_empty(),
                "{:?} has no message",
                error.field
            );
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Answer every page, then go back and change a few answers (as a person may
    /// from "Check your answers"), and answer whatever that asks again.
    #[test]
    fn answers_that_pass_every_page_give_a_situation_the_engine_accepts(
        picks in proptest::collection::vec(any::<usize>(), 2000),
        changes in proptest::collection::vec((any::<usize>(), any::<usize>()), 0..4),
    ) {
        let questionnaire = questionnaire();
        let mut picks = picks.into_iter();
        let mut answers = Answers::default();
        if !walk(&mut answers, &mut picks) {
            return Ok(());
        }
        for (page_pick, value_pick) in changes {
            let pages = questionnaire.pages(&answers);
            let page = questionnaire.page(pages[page_pick % pages.len()], &answers);
            let mut once = std::iter::once(value_pick).chain(&mut picks);
            for field in &page.fields {
                let pick = once.next().unwrap_or(0);
                match field.kind {
                    FieldKind::Choice => {
                        answers.choose(field.id, field.options[pick % field.options.len()].value);
                    }
                    FieldKind::Checkbox => tick(&mut answers, field, pick),
                    FieldKind::Search => search(&mut answers, field, pick),
                    FieldKind::Money { .. } | FieldKind::Whole { .. } | FieldKind::Hours { .. } => {
                        answers.type_text(field.id, TYPED[pick % TYPED.len()]);
                    }
                    FieldKind::Date { .. } => {
                        answers.type_text(field.id, DATES[pick % DATES.len()]);
                    }
                }
            }
            if !walk(&mut answers, &mut picks) {
                return Ok(());
            }
        }
        // The first months' dates, typed on the results page: anything typed there
        // gives a situation the engine accepts (or none of the months, while a date
        // cannot be used).
        for field in questionnaire.first_months_fields(&answers) {
            let pick = picks.next().unwrap_or(0);
            let typed = if field.field.id == FieldId::PeriodDay {
                TYPED[pick % TYPED.len()]
            } else {
                DATES[pick % DATES.len()]
            };
            answers.type_text(field.field.id, typed);
        }
        let situation = questionnaire.situation(&answers);
        let problems = situation.check(RULES_2026_27.tax_year);
        prop_assert!(problems.is_empty(), "{problems:?} from {answers:?}");
    }

    /// No typed text makes a parser panic, and what is read back as money, hours or
    /// a whole number is what the digits say.
    #[test]
    fn the_parsers_never_panic_and_read_only_plain_numbers(text in "[0-9£,. +\\-e]{0,12}") {
        let most = Money::pounds(1_000_000);
        if let Ok(amount) = parse_money(&text, most) {
            let digits: String = text
                .trim()
                .trim_start_matches('£')
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ',')
                .collect();
            let meant: Decimal = digits.parse().map_err(|_| TestCaseError::fail(text.clone()))?;
            prop_assert_eq!(amount, Money::from_decimal(meant));
            prop_assert!(!text.trim().trim_start_matches('£').trim().contains(' '));
        }
        if let Ok(hours) = parse_hours(&text, 0, 100) {
            prop_assert!((hours * Decimal::from(4)).fract().is_zero());
            prop_assert!(!text.trim().contains(' ') && !text.contains(','));
        }
        if let Ok(whole) = parse_whole(&text, 0, 100) {
            prop_assert!(whole <= 100);
            prop_assert!(!text.trim().contains(' ') && !text.contains(','));
        }
    }
}

/// The cases the review found, each read as the person meant or refused.
#[test]
fn the_reviews_typed_answers_are_read_as_meant_or_refused() {
    use benefit_bridge::answers::InputError;
    let most = Money::pounds(1_000_000);
    // Savings typed with a decimal comma: not £250,000.
    assert_eq!(
        parse_money("2500,00", most),
        Err(InputError::MisplacedComma)
    );
    assert_eq!(parse_money("1,2,3", most), Err(InputError::MisplacedComma));
    assert_eq!(parse_money("6 5 0", most), Err(InputError::NotANumber));
    assert_eq!(parse_hours("16.33", 0, 100), Err(InputError::TooPrecise));
    assert_eq!(parse_whole("09", 0, 19), Ok(9));
}
