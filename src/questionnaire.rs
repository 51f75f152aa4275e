//! The questions: which pages apply to this household, what each one asks, how its
//! answers are checked, and how valid answers become a household and a scenario.
//!
//! Pure Rust (no web code) so the whole flow is tested natively. The words for each
//! page come from the copy catalogue (`copy/`); this module only picks which ones.

use rust_decimal::Decimal;

use crate::answers::{parse_hours, parse_money, parse_whole, Answers, InputError};
use crate::copy::{Choice, ChoiceText, Copy, Help, InputText};
use crate::household::{
    Adult, Child, ChildcareCosts, Country, DisabilityBenefit, DisabledChildAddition, DlaCare,
    DlaMobility, Household, Housing, NonDependant, PipRate, Tenancy, UcHealth,
};
use crate::money::Money;
use crate::period::Frequency;
use crate::scenario::{Job, Scenario};
use crate::situation::Situation;

/// Whose question it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Person {
    You,
    Partner,
}

impl Person {
    fn key(self) -> &'static str {
        match self {
            Person::You => "your",
            Person::Partner => "partner",
        }
    }
}

/// One page of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageId {
    Partner,
    Age(Person),
    Country,
    London,
    Health(Person),
    LcwraRate(Person),
    Disability(Person),
    DisabilityRates(Person),
    Caring(Person),
    Children,
    ChildAge(usize),
    ChildBornBefore2017(usize),
    ChildDisability(usize),
    Housing,
    Rent,
    OtherAdults,
    Savings,
    Childcare,
    WorkNow(Person),
    WorkNowDetails(Person),
    NewWork,
}

/// The most children the questionnaire asks about one by one.
pub const MOST_CHILDREN: u32 = 10;
/// The most other adults (non-dependants) it asks about.
pub const MOST_OTHER_ADULTS: u32 = 6;
const MOST_MONEY: Money = Money::pounds(1_000_000);
const MOST_RENT: Money = Money::pounds(20_000);

/// How a field is entered and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Choice,
    Money { most: Money },
    Whole { least: u32, most: u32 },
    Hours { least: u32, most: u32 },
}

/// A field on a page, with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Where the answer is kept in `Answers`, and the input's id on the page.
    pub key: String,
    pub kind: FieldKind,
    pub label: String,
    pub hint: String,
    pub choices: &'static [Choice],
    /// Words before or after the box: "£", "hours a week".
    pub prefix: &'static str,
    pub suffix: &'static str,
    pub missing: &'static str,
    pub not_a_number: &'static str,
    pub too_precise: &'static str,
    pub too_small: String,
    pub too_large: String,
}

/// What a page shows: a heading, an optional hint and help, and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub id: PageId,
    pub title: String,
    pub hint: String,
    pub help: Option<Help>,
    pub fields: Vec<Field>,
}

/// A field's problem, with the words to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub key: String,
    pub message: String,
}

fn yes(answers: &Answers, key: &str) -> bool {
    answers.is(key, "yes")
}

fn has_partner(answers: &Answers) -> bool {
    yes(answers, "partner")
}

/// How many children the person said, if they have said a valid number.
pub fn child_count(answers: &Answers) -> usize {
    parse_whole(answers.get("children"), 0, MOST_CHILDREN).map_or(0, |n| n as usize)
}

fn people(answers: &Answers) -> Vec<Person> {
    if has_partner(answers) {
        vec![Person::You, Person::Partner]
    } else {
        vec![Person::You]
    }
}

/// Every page that applies, in order, given the answers so far. A single person is
/// never asked about a partner; nobody is asked about rent they do not pay.
pub fn pages(answers: &Answers) -> Vec<PageId> {
    let mut pages = vec![PageId::Partner];
    pages.extend(people(answers).into_iter().map(PageId::Age));
    pages.push(PageId::Country);
    if answers.is("country", "england") {
        pages.push(PageId::London);
    }
    for person in people(answers) {
        pages.push(PageId::Health(person));
        if answers.is(&format!("{}_health", person.key()), "lcwra") {
            pages.push(PageId::LcwraRate(person));
        }
    }
    for person in people(answers) {
        pages.push(PageId::Disability(person));
        let benefit = answers.get(&format!("{}_disability", person.key()));
        if !benefit.is_empty() && benefit != "none" {
            pages.push(PageId::DisabilityRates(person));
        }
    }
    pages.extend(people(answers).into_iter().map(PageId::Caring));
    pages.push(PageId::Children);
    for child in 0..child_count(answers) {
        pages.push(PageId::ChildAge(child));
        if answers.get(&format!("child_{child}_age")).trim() == "9" {
            pages.push(PageId::ChildBornBefore2017(child));
        }
        pages.push(PageId::ChildDisability(child));
    }
    pages.push(PageId::Housing);
    if matches!(answers.get("housing"), "private" | "social") {
        pages.push(PageId::Rent);
    }
    pages.push(PageId::OtherAdults);
    pages.push(PageId::Savings);
    if child_count(answers) > 0 {
        pages.push(PageId::Childcare);
    }
    for person in people(answers) {
        pages.push(PageId::WorkNow(person));
        if yes(answers, &format!("{}_works_now", person.key())) {
            pages.push(PageId::WorkNowDetails(person));
        }
    }
    pages.push(PageId::NewWork);
    pages
}

fn choice(key: String, text: &ChoiceText) -> Field {
    Field {
        key,
        kind: FieldKind::Choice,
        label: text.legend.to_owned(),
        hint: text.hint.to_owned(),
        choices: text.choices,
        prefix: "",
        suffix: "",
        missing: text.error,
        not_a_number: text.error,
        too_precise: text.error,
        too_small: String::new(),
        too_large: String::new(),
    }
}

fn input(key: String, kind: FieldKind, text: &InputText) -> Field {
    Field {
        key,
        kind,
        label: text.label.to_owned(),
        hint: text.hint.to_owned(),
        choices: &[],
        prefix: text.prefix,
        suffix: text.suffix,
        missing: text.missing,
        not_a_number: text.not_a_number,
        too_precise: text.too_precise,
        too_small: text.too_small.to_owned(),
        too_large: text.too_large.to_owned(),
    }
}

/// Replaces `{n}` (a child's place, "first") in a page's words.
fn for_child(mut field: Field, copy: &Copy, child: usize) -> Field {
    let nth = copy.ordinals.get(child).copied().unwrap_or("next");
    field.label = field.label.replace("{n}", nth);
    field.hint = field.hint.replace("{n}", nth);
    field
}

fn by_person<T>(person: Person, you: T, partner: T) -> T {
    if person == Person::You {
        you
    } else {
        partner
    }
}

/// The page's words and fields. A page with one field uses the field's label as its
/// heading (the GOV.UK question page pattern).
pub fn page(id: PageId, answers: &Answers, copy: &Copy) -> Page {
    let q = &copy.questions;
    let mut help = None;
    let fields: Vec<Field> = match id {
        PageId::Partner => vec![choice("partner".into(), &q.partner)],
        PageId::Age(person) => vec![input(
            format!("{}_age", person.key()),
            FieldKind::Whole {
                least: 16,
                most: 66,
            },
            by_person(person, &q.your_age, &q.partner_age),
        )],
        PageId::Country => vec![choice("country".into(), &q.country)],
        PageId::London => vec![choice("london".into(), &q.london)],
        PageId::Health(person) => {
            help = Some(q.health_help);
            vec![choice(
                format!("{}_health", person.key()),
                by_person(person, &q.your_health, &q.partner_health),
            )]
        }
        PageId::LcwraRate(person) => {
            help = Some(q.lcwra_rate_help);
            vec![choice(
                format!("{}_lcwra_rate", person.key()),
                by_person(person, &q.your_lcwra_rate, &q.partner_lcwra_rate),
            )]
        }
        PageId::Disability(person) => {
            vec![choice(
                format!("{}_disability", person.key()),
                by_person(person, &q.your_disability, &q.partner_disability),
            )]
        }
        PageId::DisabilityRates(person) => {
            let key = person.key();
            if matches!(answers.get(&format!("{key}_disability")), "dla") {
                vec![
                    choice(format!("{key}_dla_care"), &q.dla_care),
                    choice(format!("{key}_dla_mobility"), &q.dla_mobility),
                ]
            } else {
                vec![
                    choice(format!("{key}_daily_living"), &q.daily_living),
                    choice(format!("{key}_mobility"), &q.pip_mobility),
                ]
            }
        }
        PageId::Caring(person) => {
            vec![choice(
                format!("{}_carer", person.key()),
                by_person(person, &q.you_care, &q.partner_cares),
            )]
        }
        PageId::Children => vec![input(
            "children".into(),
            FieldKind::Whole {
                least: 0,
                most: MOST_CHILDREN,
            },
            &q.children,
        )],
        PageId::ChildAge(child) => vec![for_child(
            input(
                format!("child_{child}_age"),
                FieldKind::Whole { least: 0, most: 19 },
                &q.child_age,
            ),
            copy,
            child,
        )],
        PageId::ChildBornBefore2017(child) => {
            vec![for_child(
                choice(
                    format!("child_{child}_born_before_2017"),
                    &q.child_born_before_2017,
                ),
                copy,
                child,
            )]
        }
        PageId::ChildDisability(child) => vec![
            for_child(
                choice(format!("child_{child}_care"), &q.child_care),
                copy,
                child,
            ),
            for_child(
                choice(format!("child_{child}_mobility"), &q.child_mobility),
                copy,
                child,
            ),
        ],
        PageId::Housing => vec![choice("housing".into(), &q.housing)],
        PageId::Rent => vec![
            input("rent".into(), FieldKind::Money { most: MOST_RENT }, &q.rent),
            choice("rent_frequency".into(), &q.rent_frequency),
        ],
        PageId::OtherAdults => vec![input(
            "other_adults".into(),
            FieldKind::Whole {
                least: 0,
                most: MOST_OTHER_ADULTS,
            },
            &q.other_adults,
        )],
        PageId::Savings => {
            help = Some(q.savings_help);
            vec![input(
                "savings".into(),
                FieldKind::Money { most: MOST_MONEY },
                &q.savings,
            )]
        }
        PageId::Childcare => {
            let mut fields = vec![input(
                "childcare".into(),
                FieldKind::Money { most: MOST_RENT },
                &q.childcare,
            )];
            let most = u32::try_from(child_count(answers))
                .unwrap_or(MOST_CHILDREN)
                .max(1);
            fields.push(input(
                "childcare_children".into(),
                FieldKind::Whole { least: 0, most },
                &q.childcare_children,
            ));
            fields
        }
        PageId::WorkNow(person) => {
            vec![choice(
                format!("{}_works_now", person.key()),
                by_person(person, &q.you_work_now, &q.partner_works_now),
            )]
        }
        PageId::WorkNowDetails(person) => {
            let key = person.key();
            let words = by_person(person, &q.your_job_now, &q.partner_job_now);
            vec![
                input(
                    format!("{key}_now_hours"),
                    FieldKind::Hours {
                        least: 1,
                        most: 100,
                    },
                    &words.hours,
                ),
                input(
                    format!("{key}_now_pay"),
                    FieldKind::Money {
                        most: Money::pounds(1_000),
                    },
                    &words.hourly_pay,
                ),
                choice(format!("{key}_now_paid"), &q.paid),
            ]
        }
        PageId::NewWork => {
            help = Some(q.new_work_help);
            vec![
                input(
                    "work_hours".into(),
                    FieldKind::Hours {
                        least: 0,
                        most: 100,
                    },
                    &q.new_work.hours,
                ),
                input(
                    "work_pay".into(),
                    FieldKind::Money {
                        most: Money::pounds(1_000),
                    },
                    &q.new_work.hourly_pay,
                ),
                choice("work_paid".into(), &q.paid),
            ]
        }
    };
    let (title, hint) = match id {
        PageId::DisabilityRates(person) => {
            let benefit = answers.get(&format!("{}_disability", person.key()));
            let name = q
                .your_disability
                .choices
                .iter()
                .find(|c| c.value == benefit)
                .map_or("", |c| c.label);
            (
                by_person(person, q.your_rates_title, q.partner_rates_title)
                    .replace("{benefit}", name),
                String::new(),
            )
        }
        PageId::ChildDisability(child) => (
            q.child_disability_title
                .replace("{n}", copy.ordinals.get(child).copied().unwrap_or("next")),
            q.child_disability_hint.to_owned(),
        ),
        PageId::Rent => (q.rent_title.to_owned(), String::new()),
        PageId::Childcare => (q.childcare_title.to_owned(), q.childcare_hint.to_owned()),
        PageId::WorkNowDetails(person) => (
            by_person(person, q.your_job_now.title, q.partner_job_now.title).to_owned(),
            String::new(),
        ),
        PageId::NewWork => (q.new_work.title.to_owned(), q.new_work.hint.to_owned()),
        _ => (
            fields.first().map_or_else(String::new, |f| f.label.clone()),
            String::new(),
        ),
    };
    Page {
        id,
        title,
        hint,
        help,
        fields,
    }
}

/// Checks one field's answer.
pub fn check_field(field: &Field, answers: &Answers) -> Result<(), String> {
    let text = answers.get(&field.key);
    let result = match field.kind {
        FieldKind::Choice => {
            if field.choices.iter().any(|choice| choice.value == text) {
                Ok(())
            } else {
                Err(InputError::Missing)
            }
        }
        FieldKind::Money { most } => parse_money(text, most).map(|_| ()),
        FieldKind::Whole { least, most } => parse_whole(text, least, most).map(|_| ()),
        FieldKind::Hours { least, most } => parse_hours(text, least, most).map(|_| ()),
    };
    result.map_err(|error| match error {
        InputError::Missing => field.missing.to_owned(),
        InputError::NotANumber => field.not_a_number.to_owned(),
        InputError::TooPrecise => field.too_precise.to_owned(),
        InputError::TooSmall => field.too_small.clone(),
        InputError::TooLarge => field.too_large.clone(),
    })
}

/// Every problem on a page, in the order of its fields.
pub fn check_page(page: &Page, answers: &Answers) -> Vec<FieldError> {
    page.fields
        .iter()
        .filter_map(|field| {
            check_field(field, answers).err().map(|message| FieldError {
                key: field.key.clone(),
                message,
            })
        })
        .collect()
}

/// The first page that still needs an answer, if any.
pub fn first_unanswered(answers: &Answers, copy: &Copy) -> Option<PageId> {
    pages(answers)
        .into_iter()
        .find(|&id| !check_page(&page(id, answers, copy), answers).is_empty())
}

// From here on the answers have been checked, so a parse failure falls back to a
// neutral value rather than failing: it cannot happen on a completed questionnaire.

fn whole(answers: &Answers, key: &str) -> u32 {
    parse_whole(answers.get(key), 0, u32::MAX).unwrap_or(0)
}

fn money(answers: &Answers, key: &str) -> Money {
    parse_money(answers.get(key), Money::pounds(10_000_000)).unwrap_or(Money::ZERO)
}

fn hours(answers: &Answers, key: &str) -> Decimal {
    parse_hours(answers.get(key), 0, 100).unwrap_or(Decimal::ZERO)
}

fn frequency(answers: &Answers, key: &str) -> Frequency {
    match answers.get(key) {
        "weekly" => Frequency::Weekly,
        "fortnightly" => Frequency::Fortnightly,
        "four_weekly" => Frequency::FourWeekly,
        _ => Frequency::Monthly,
    }
}

fn pip_rate(text: &str) -> PipRate {
    match text {
        "standard" => PipRate::Standard,
        "enhanced" => PipRate::Enhanced,
        _ => PipRate::None,
    }
}

fn dla_care(text: &str) -> DlaCare {
    match text {
        "lowest" => DlaCare::Lowest,
        "middle" => DlaCare::Middle,
        "highest" => DlaCare::Highest,
        _ => DlaCare::None,
    }
}

fn dla_mobility(text: &str) -> DlaMobility {
    match text {
        "lower" => DlaMobility::Lower,
        "higher" => DlaMobility::Higher,
        _ => DlaMobility::None,
    }
}

/// The health answer as a UC health status. "I'm not sure" is taken as no health
/// element; the result page says so.
fn health(answers: &Answers, person: Person) -> UcHealth {
    let key = person.key();
    match (
        answers.get(&format!("{key}_health")),
        answers.get(&format!("{key}_lcwra_rate")),
    ) {
        ("lcw", _) => UcHealth::Lcw,
        ("lcwra", "before_2026") => UcHealth::LcwraPre2026Claimant,
        ("lcwra", "severe") => UcHealth::LcwraSevereConditions,
        ("lcwra", "terminal") => UcHealth::LcwraTerminallyIll,
        ("lcwra", _) => UcHealth::LcwraNewClaimant,
        _ => UcHealth::None,
    }
}

fn disability(answers: &Answers, person: Person) -> Option<DisabilityBenefit> {
    let key = person.key();
    let daily_living = pip_rate(answers.get(&format!("{key}_daily_living")));
    let mobility = pip_rate(answers.get(&format!("{key}_mobility")));
    match answers.get(&format!("{key}_disability")) {
        "pip" => Some(DisabilityBenefit::Pip {
            daily_living,
            mobility,
        }),
        "adp" => Some(DisabilityBenefit::Adp {
            daily_living,
            mobility,
        }),
        "dla" => Some(DisabilityBenefit::Dla {
            care: dla_care(answers.get(&format!("{key}_dla_care"))),
            mobility: dla_mobility(answers.get(&format!("{key}_dla_mobility"))),
        }),
        _ => None,
    }
}

fn current_job(answers: &Answers, person: Person) -> Option<Job> {
    let key = person.key();
    yes(answers, &format!("{key}_works_now")).then(|| Job {
        paid: frequency(answers, &format!("{key}_now_paid")),
        ..Job::hourly(
            hours(answers, &format!("{key}_now_hours")),
            money(answers, &format!("{key}_now_pay")),
        )
    })
}

fn adult(answers: &Answers, person: Person) -> Adult {
    let key = person.key();
    Adult {
        age: u8::try_from(whole(answers, &format!("{key}_age"))).unwrap_or(u8::MAX),
        uc_health: health(answers, person),
        disability_benefit: disability(answers, person),
        cares_35_hours_a_week: yes(answers, &format!("{key}_carer")),
        job: current_job(answers, person),
    }
}

fn child(answers: &Answers, index: usize, country: Country) -> Child {
    let age = u8::try_from(whole(answers, &format!("child_{index}_age"))).unwrap_or(u8::MAX);
    let care = dla_care(answers.get(&format!("child_{index}_care")));
    let mobility = dla_mobility(answers.get(&format!("child_{index}_mobility")));
    let gets_benefit = care != DlaCare::None || mobility != DlaMobility::None;
    // UC Regs 2013 reg 24(2): the higher addition with the highest care rate, the lower
    // addition with any other rate. Not asked: blindness, which also gives the higher.
    let disabled_child_addition = match (care, gets_benefit) {
        (DlaCare::Highest, _) => DisabledChildAddition::Higher,
        (_, true) => DisabledChildAddition::Lower,
        (_, false) => DisabledChildAddition::None,
    };
    let disability_benefit = gets_benefit.then_some(if country == Country::Scotland {
        DisabilityBenefit::Cdp { care, mobility }
    } else {
        DisabilityBenefit::Dla { care, mobility }
    });
    Child {
        age,
        born_before_6_april_2017: (age == 9)
            .then(|| yes(answers, &format!("child_{index}_born_before_2017"))),
        disabled_child_addition,
        disability_benefit,
    }
}

fn country(answers: &Answers) -> Country {
    match answers.get("country") {
        "scotland" => Country::Scotland,
        "wales" => Country::Wales,
        "northern_ireland" => Country::NorthernIreland,
        _ => Country::England,
    }
}

/// The household the answers describe.
pub fn household(answers: &Answers) -> Household {
    let country = country(answers);
    let rent = money(answers, "rent");
    let tenancy = Tenancy {
        rent,
        frequency: frequency(answers, "rent_frequency"),
        eligible_service_charges: Money::ZERO,
    };
    let housing = match answers.get("housing") {
        "private" => Housing::RentingPrivately(tenancy),
        "social" => Housing::RentingSocially(tenancy),
        "owner" => Housing::Owner,
        _ => Housing::NoHousingCosts,
    };
    let children: Vec<Child> = (0..child_count(answers))
        .map(|index| child(answers, index, country))
        .collect();
    let childcare_amount = money(answers, "childcare");
    let childcare_children = u8::try_from(whole(answers, "childcare_children"))
        .unwrap_or(1)
        .max(1);
    let childcare_costs =
        (childcare_amount.is_positive() && !children.is_empty()).then_some(ChildcareCosts {
            amount: childcare_amount,
            frequency: Frequency::Monthly,
            children: childcare_children.min(u8::try_from(children.len()).unwrap_or(u8::MAX)),
        });
    // Other adults are asked about only if they are 21 or over and not exempt (the page
    // lists who not to count), so each one here pays a housing cost contribution.
    let other_adults = usize::try_from(whole(answers, "other_adults")).unwrap_or(0);
    Household {
        you: adult(answers, Person::You),
        partner: has_partner(answers).then(|| adult(answers, Person::Partner)),
        children,
        housing,
        non_dependants: vec![
            NonDependant {
                age: 21,
                exempt_because: None
            };
            other_adults
        ],
        country,
        in_greater_london: country == Country::England && yes(answers, "london"),
        savings: money(answers, "savings"),
        childcare_costs,
        gets_child_benefit: true,
    }
}

/// The work the person is thinking about, as a scenario.
pub fn scenario(answers: &Answers) -> Scenario {
    let job = Job {
        paid: frequency(answers, "work_paid"),
        ..Job::hourly(hours(answers, "work_hours"), money(answers, "work_pay"))
    };
    Scenario {
        label: None,
        you: Some(job),
        partner: None,
        childcare_costs: None,
    }
}

/// The whole situation, once every page is answered.
pub fn situation(answers: &Answers) -> Situation {
    Situation {
        household: household(answers),
        scenarios: vec![scenario(answers)],
    }
}

/// The answer as the person would read it back on "Check your answers".
pub fn answer_text(page: &Page, answers: &Answers) -> Vec<String> {
    page.fields
        .iter()
        .map(|field| {
            let text = answers.get(&field.key).trim();
            match field.kind {
                FieldKind::Choice => field
                    .choices
                    .iter()
                    .find(|choice| choice.value == text)
                    .map_or_else(String::new, |choice| choice.label.to_owned()),
                FieldKind::Money { .. } => format!("£{}", text.trim_start_matches('£')),
                FieldKind::Whole { .. } | FieldKind::Hours { .. } => {
                    if field.suffix.is_empty() {
                        text.to_owned()
                    } else {
                        format!("{text} {}", field.suffix)
                    }
                }
            }
        })
        .collect()
}
