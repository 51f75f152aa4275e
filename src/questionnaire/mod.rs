//! The questions: which pages apply to this household (`flow.rs`), what each page
//! asks (one file per topic), how answers are checked (`checks.rs`), how valid
//! answers become a situation (`to_situation.rs`) and how they read back on "Check
//! your answers" (`check_answers.rs`).
//!
//! Pure Rust (no web code) so the whole flow is tested natively. Field ids and answers
//! are typed (`answers/`); the words come from the catalogue and the figures in them
//! from the year's rules and the limits.

mod about_you;
mod check_answers;
mod checks;
mod children;
pub mod compare;
mod council_tax;
mod fields;
pub mod first_months;
mod flow;
mod health;
mod home;
mod incomes;
mod money;
mod search;
mod to_situation;
mod work;

pub use checks::{check_field, FieldError};
pub use fields::{Field, FieldKind, Messages, OptionView};
pub use search::Search;

use crate::answers::{Answers, FieldId, Person};
use crate::copy::{Copy, Help};
use crate::describe::HealthSaid;
use crate::outcome::Who;
use crate::rules::Rules;
use crate::situation::Situation;

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
    /// The money each adult gets besides pay and disability benefits.
    Incomes(Person),
    EsaDetails(Person),
    EsaTimeLimit(Person),
    CareCosts(Person),
    PensionAmount(Person),
    /// New Style ESA: whether the work is supported permitted work (asked with the
    /// work).
    EsaSupportedWork(Person),
    Children,
    ChildAge(usize),
    ChildBornBefore2017(usize),
    ChildDisability(usize),
    ChildBenefit,
    Housing,
    SupportedHousing,
    Rent,
    LhaArea,
    Bedrooms,
    ServiceCharges,
    OnUcNineMonths,
    OtherAdults,
    OtherAdultsPaying,
    ChildSexes,
    SharedRate,
    ExtraBedrooms,
    PaysCouncilTax,
    Council,
    CouncilTaxBand,
    SevereMentalImpairment(Person),
    Savings,
    Childcare,
    WorkNow(Person),
    WorkNowDetails(Person),
    NewWork,
}

/// What a page shows: a heading, an optional hint and help, and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub id: PageId,
    pub title: String,
    pub hint: String,
    pub help: Option<HelpView>,
    pub fields: Vec<Field>,
}

/// A field as it stands: what is typed in it and what is wrong with it, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldState {
    pub field: Field,
    pub value: String,
    pub error: Option<String>,
}

/// "Help with this question", with its figures filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpView {
    pub summary: String,
    pub body: Vec<String>,
}

impl HelpView {
    fn new(help: &Help, gaps: &[(&str, String)]) -> HelpView {
        HelpView {
            summary: crate::describe::fill(help.summary, gaps),
            body: help
                .body
                .iter()
                .map(|paragraph| crate::describe::fill(*paragraph, gaps))
                .collect(),
        }
    }
}

/// The questionnaire in one language, for one year's rules (its words quote the
/// year's figures, and which pages apply can depend on the year).
#[derive(Debug, Clone, Copy)]
pub struct Questionnaire<'a> {
    pub copy: &'a Copy,
    pub rules: &'a Rules,
}

/// The same catalogue and the same year's rules: the same questionnaire. (Compared by
/// address: both are constants, and comparing them word by word is slow and large.)
impl PartialEq for Questionnaire<'_> {
    fn eq(&self, other: &Self) -> bool {
        core::ptr::eq(self.copy, other.copy) && core::ptr::eq(self.rules, other.rules)
    }
}

impl<'a> Questionnaire<'a> {
    pub fn new(copy: &'a Copy, rules: &'a Rules) -> Questionnaire<'a> {
        Questionnaire { copy, rules }
    }

    /// Every page that applies, in order, given the answers so far. A single person
    /// is never asked about a partner; nobody is asked about rent they do not pay.
    pub fn pages(&self, answers: &Answers) -> Vec<PageId> {
        flow::pages(answers, self.rules)
    }

    /// The page's words and fields. A page with one field uses the field's label as
    /// its heading (the GOV.UK question page pattern).
    pub fn page(&self, id: PageId, answers: &Answers) -> Page {
        let built = match id {
            PageId::Partner => about_you::partner(self),
            PageId::Age(person) => about_you::age(person, self),
            PageId::Country => about_you::country(self),
            PageId::London => about_you::london(self),
            PageId::Health(person) => health::health(person, self),
            PageId::LcwraRate(person) => health::lcwra_rate(person, self),
            PageId::Disability(person) => health::disability(person, self),
            PageId::DisabilityRates(person) => health::disability_rates(person, answers, self),
            PageId::Caring(person) => health::caring(person, self),
            PageId::Incomes(person) => incomes::incomes(person, answers, self),
            PageId::EsaDetails(person) => incomes::esa_details(person, self),
            PageId::EsaTimeLimit(person) => incomes::esa_time_limit(person, self),
            PageId::CareCosts(person) => incomes::care_costs(person, self),
            PageId::EsaSupportedWork(person) => incomes::esa_supported_work(person, self),
            PageId::PensionAmount(person) => incomes::pension_amount(person, self),
            PageId::Children => children::children(self),
            PageId::ChildAge(child) => children::age(child, self),
            PageId::ChildBornBefore2017(child) => children::born_before_2017(child, self),
            PageId::ChildDisability(child) => children::disability(child, answers, self),
            PageId::ChildBenefit => children::child_benefit(self),
            PageId::Housing => home::housing(self),
            PageId::Rent => home::rent(self),
            PageId::SupportedHousing => home::supported_housing(self),
            PageId::LhaArea => home::lha_area(answers, self),
            PageId::Bedrooms => home::bedrooms(self),
            PageId::OtherAdultsPaying => home::other_adults_paying(answers, self),
            PageId::ChildSexes => home::child_sexes(answers, self),
            PageId::SharedRate => home::shared_rate(answers, self),
            PageId::ExtraBedrooms => home::extra_bedrooms(answers, self),
            PageId::PaysCouncilTax => council_tax::pays_council_tax_page(self),
            PageId::Council => council_tax::council(answers, self),
            PageId::CouncilTaxBand => council_tax::council_tax_band(answers, self),
            PageId::SevereMentalImpairment(person) => {
                council_tax::severe_mental_impairment(person, self)
            }
            PageId::ServiceCharges => home::service_charges(self),
            PageId::OnUcNineMonths => home::on_uc_9_months(self),
            PageId::OtherAdults => home::other_adults(self),
            PageId::Savings => money::savings(self),
            PageId::Childcare => money::childcare(answers, self),
            PageId::WorkNow(person) => work::work_now(person, self),
            PageId::WorkNowDetails(person) => work::work_now_details(person, self),
            PageId::NewWork => work::new_work(answers, self),
        };
        let title = built.title.unwrap_or_else(|| {
            built
                .fields
                .first()
                .map_or_else(String::new, |f| f.label.clone())
        });
        Page {
            id,
            title,
            hint: built.hint,
            help: built.help,
            fields: built.fields,
        }
    }

    /// Every problem on a page, in the order of its fields.
    pub fn check_page(&self, page: &Page, answers: &Answers) -> Vec<FieldError> {
        checks::check_page(page, answers)
    }

    /// The first page that still needs an answer, if any.
    pub fn first_unanswered(&self, answers: &Answers) -> Option<PageId> {
        self.pages(answers)
            .into_iter()
            .find(|&id| !self.check_page(&self.page(id, answers), answers).is_empty())
    }

    /// The whole situation the answers describe, once every page is answered.
    /// The household, the work in mind, and each other way to compare whose answers
    /// are complete (one still being filled in is left out until it is).
    pub fn situation(&self, answers: &Answers) -> Situation {
        let mut situation = to_situation::situation(answers, self.rules);
        situation.scenarios.extend(
            compare::slots(answers)
                .into_iter()
                .filter_map(|slot| compare::scenario(self, answers, slot)),
        );
        situation
    }

    /// The answer as the person would read it back on "Check your answers".
    pub fn answer_text(&self, page: &Page, answers: &Answers) -> Vec<String> {
        check_answers::answer_text(page, answers)
    }

    /// Answers a page starts with, where it has a sensible start: the work you are
    /// thinking about starts from the work you do now.
    pub fn prefill(&self, id: PageId, answers: &mut Answers) {
        match id {
            PageId::NewWork => work::prefill_new_work(answers),
            PageId::Partner
            | PageId::Age(_)
            | PageId::Country
            | PageId::London
            | PageId::Health(_)
            | PageId::LcwraRate(_)
            | PageId::Disability(_)
            | PageId::DisabilityRates(_)
            | PageId::Caring(_)
            | PageId::Incomes(_)
            | PageId::EsaDetails(_)
            | PageId::EsaTimeLimit(_)
            | PageId::CareCosts(_)
            | PageId::EsaSupportedWork(_)
            | PageId::PensionAmount(_)
            | PageId::Children
            | PageId::ChildAge(_)
            | PageId::ChildBornBefore2017(_)
            | PageId::ChildDisability(_)
            | PageId::ChildBenefit
            | PageId::Housing
            | PageId::Rent
            | PageId::SupportedHousing
            | PageId::LhaArea
            | PageId::Bedrooms
            | PageId::OtherAdultsPaying
            | PageId::ChildSexes
            | PageId::SharedRate
            | PageId::ExtraBedrooms
            | PageId::PaysCouncilTax
            | PageId::Council
            | PageId::CouncilTaxBand
            | PageId::SevereMentalImpairment(_)
            | PageId::ServiceCharges
            | PageId::OnUcNineMonths
            | PageId::OtherAdults
            | PageId::Savings
            | PageId::Childcare
            | PageId::WorkNow(_)
            | PageId::WorkNowDetails(_) => {}
        }
    }

    /// The work in mind, hours and pay, as the results page offers them to change
    /// (how often it is paid stays), each with what is typed and what is wrong with it.
    pub fn other_work_fields(&self, answers: &Answers) -> Vec<FieldState> {
        self.page(PageId::NewWork, answers)
            .fields
            .into_iter()
            .filter(|field| field.id != FieldId::WorkPaid)
            .map(|field| FieldState {
                value: answers.text(field.id).to_owned(),
                error: check_field(&field, answers).err(),
                field,
            })
            .collect()
    }

    /// What the answers say about health that the results need: who answered "I'm
    /// not sure" about a UC health element (it is then left out, and the results say
    /// so), and whether an LCWRA amount is protected only by the claim's date.
    pub fn health_said(&self, answers: &Answers) -> HealthSaid {
        let people = flow::people(answers);
        let not_sure = people
            .iter()
            .filter(|&&person| {
                answers.chosen(FieldId::Health(person)) == Some(crate::answers::Health::NotSure)
            })
            .map(|&person| by_person(person, Who::You, Who::Partner))
            .collect();
        let protected_by_claim_date = people
            .iter()
            .filter(|&&person| {
                answers.chosen(FieldId::Health(person)) == Some(crate::answers::Health::Lcwra)
                    && answers.chosen(FieldId::LcwraSince(person))
                        == Some(crate::answers::LcwraSince::Before2026)
            })
            .map(|&person| by_person(person, Who::You, Who::Partner))
            .collect();
        let found_limited_capability = people
            .iter()
            .filter(|&&person| match answers.chosen(FieldId::Health(person)) {
                Some(
                    crate::answers::Health::Lcwra
                    | crate::answers::Health::Lcw
                    | crate::answers::Health::LcwElement,
                ) => true,
                Some(crate::answers::Health::No | crate::answers::Health::NotSure) | None => false,
            })
            .map(|&person| by_person(person, Who::You, Who::Partner))
            .collect();
        let child_maintenance = people.iter().any(|&person| {
            incomes::gets(
                answers,
                person,
                crate::answers::IncomeKind::ChildMaintenance,
            )
        });
        let esa_time_limit_reached = people
            .iter()
            .filter(|&&person| incomes::esa_time_limit_reached(answers, person))
            .map(|&person| by_person(person, Who::You, Who::Partner))
            .collect();
        HealthSaid {
            not_sure,
            protected_by_claim_date,
            found_limited_capability,
            child_maintenance,
            esa_time_limit_reached,
        }
    }
}

/// What a topic's page builder gives back: the title when it is not the only
/// field's label, a hint, help and the fields.
struct BuiltPage {
    title: Option<String>,
    hint: String,
    help: Option<HelpView>,
    fields: Vec<Field>,
}

impl BuiltPage {
    /// A page whose heading is its one field's label.
    fn single(field: Field) -> BuiltPage {
        BuiltPage {
            title: None,
            hint: String::new(),
            help: None,
            fields: vec![field],
        }
    }

    fn with_help(mut self, help: HelpView) -> BuiltPage {
        self.help = Some(help);
        self
    }
}

fn by_person<T>(person: Person, you: T, partner: T) -> T {
    match person {
        Person::You => you,
        Person::Partner => partner,
    }
}
