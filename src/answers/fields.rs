//! Every field a person fills in, as a typed id with a stable key. The key is the
//! input's id on the page and the name an answer is saved under; the words for each
//! field are in the catalogue.

use super::choices::{BedroomKind, ChoiceKind, IncomeKind, SharedRateKind};

/// Whose question it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// One field of the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    Partner,
    Age(Person),
    Country,
    London,
    Health(Person),
    LcwraSince(Person),
    Disability(Person),
    DailyLiving(Person),
    Mobility(Person),
    DlaCare(Person),
    DlaMobility(Person),
    Carer(Person),
    /// One box on the "money you get" page: ticked or not.
    Gets(Person, IncomeKind),
    EsaGroup(Person),
    /// New Style ESA: the work is supported permitted work.
    EsaSupportedWork(Person),
    /// New Style ESA outside the support group has been paid for more than 365 days.
    EsaTimeLimit(Person),
    /// Carer's Allowance: care paid for while at work, each week.
    CareCosts(Person),
    /// A pension being paid, each month before tax.
    PensionAmount(Person),
    Children,
    ChildAge(usize),
    ChildBornBefore2017(usize),
    ChildCare(usize),
    ChildMobility(usize),
    /// Boy or girl, asked of renters whose children under 16 might share a bedroom.
    ChildSex(usize),
    /// The family is paid Child Benefit (some choose not to be, because of the High
    /// Income Child Benefit Charge).
    ChildBenefit,
    Home,
    /// A rented home is supported or temporary accommodation (Housing Benefit).
    SupportedHousing,
    Rent,
    RentFrequency,
    /// A private renter's Local Housing Allowance area, by name, and "I'm not sure".
    LhaArea,
    LhaAreaNotSure,
    /// How many bedrooms a social renter's home has.
    Bedrooms,
    /// One box on the shared accommodation rate's page.
    SharedRate(SharedRateKind),
    /// One box on the extra bedroom page.
    ExtraBedroom(BedroomKind),
    /// A renter pays council tax (not the landlord).
    PaysCouncilTax,
    /// The council that sends the council tax bill, by name, and "I'm not sure".
    Council,
    CouncilNotSure,
    CouncilTaxBand,
    /// A doctor has certified a severe mental impairment (asked of someone with a
    /// qualifying benefit).
    SevereMentalImpairment(Person),
    /// An owner's service charges, and whether UC has been paid for 9 months.
    ServiceCharges,
    OnUcNineMonths,
    OtherAdults,
    /// Of the other adults, how many pay a housing cost contribution.
    OtherAdultsPaying,
    Savings,
    Childcare,
    ChildcareChildren,
    WorksNow(Person),
    NowHours(Person),
    NowPay(Person),
    NowPaid(Person),
    WorkHours,
    WorkPay,
    WorkPaid,
    /// The first months of the work in mind: the day it would start, the day each
    /// assessment period begins, and the first payday (results page).
    StartDate,
    PeriodDay,
    FirstPayday,
    /// Transitional protection on the UC statement, a month (results page).
    TransitionalElement,
    /// One answer about another way into work to compare, by its slot (1 to 3).
    Compare(usize, CompareField),
}

/// The answers about one way into work to compare on the results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompareField {
    /// Paid work, volunteering, study or self-employment.
    Activity,
    /// You or your partner.
    Who,
    Hours,
    /// Pay for each hour.
    Pay,
    /// Study: full time (yes) or part time.
    FullTime,
    /// Study: the most maintenance loan a year.
    Loan,
    /// Self-employment: profit a month.
    Profit,
    /// Self-employment: in the 12-month start-up period.
    StartUp,
    /// Self-employment: the person's main work (gainful self-employment).
    MainWork,
}

impl CompareField {
    pub const ALL: [CompareField; 9] = [
        CompareField::Activity,
        CompareField::Who,
        CompareField::Hours,
        CompareField::Pay,
        CompareField::FullTime,
        CompareField::Loan,
        CompareField::Profit,
        CompareField::StartUp,
        CompareField::MainWork,
    ];

    fn key(self) -> &'static str {
        match self {
            CompareField::Activity => "activity",
            CompareField::Who => "who",
            CompareField::Hours => "hours",
            CompareField::Pay => "pay",
            CompareField::FullTime => "full_time",
            CompareField::Loan => "loan",
            CompareField::Profit => "profit",
            CompareField::StartUp => "start_up",
            CompareField::MainWork => "main_work",
        }
    }
}

/// What kind of answer a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerKind {
    Choice(ChoiceKind),
    /// Typed: money, a whole number or hours (the page says which, with its limits).
    Typed,
}

impl FieldId {
    /// The stable key: `your_age`, `child_0_age`, `work_hours`.
    pub fn key(self) -> String {
        let person = |person: Person, name: &str| format!("{}_{name}", person.key());
        let child = |index: usize, name: &str| format!("child_{index}_{name}");
        match self {
            FieldId::Partner => "partner".to_owned(),
            FieldId::Age(who) => person(who, "age"),
            FieldId::Country => "country".to_owned(),
            FieldId::London => "london".to_owned(),
            FieldId::Health(who) => person(who, "health"),
            FieldId::LcwraSince(who) => person(who, "lcwra_rate"),
            FieldId::Disability(who) => person(who, "disability"),
            FieldId::DailyLiving(who) => person(who, "daily_living"),
            FieldId::Mobility(who) => person(who, "mobility"),
            FieldId::DlaCare(who) => person(who, "dla_care"),
            FieldId::DlaMobility(who) => person(who, "dla_mobility"),
            FieldId::Carer(who) => person(who, "carer"),
            FieldId::Gets(who, income) => person(who, &format!("gets_{}", income.key())),
            FieldId::EsaGroup(who) => person(who, "esa_group"),
            FieldId::EsaSupportedWork(who) => person(who, "esa_supported_work"),
            FieldId::EsaTimeLimit(who) => person(who, "esa_365_days"),
            FieldId::CareCosts(who) => person(who, "care_costs"),
            FieldId::PensionAmount(who) => person(who, "pension"),
            FieldId::Children => "children".to_owned(),
            FieldId::ChildAge(index) => child(index, "age"),
            FieldId::ChildBornBefore2017(index) => child(index, "born_before_2017"),
            FieldId::ChildCare(index) => child(index, "care"),
            FieldId::ChildMobility(index) => child(index, "mobility"),
            FieldId::ChildSex(index) => child(index, "sex"),
            FieldId::ChildBenefit => "child_benefit".to_owned(),
            FieldId::Home => "housing".to_owned(),
            FieldId::Rent => "rent".to_owned(),
            FieldId::SupportedHousing => "supported_housing".to_owned(),
            FieldId::RentFrequency => "rent_frequency".to_owned(),
            FieldId::LhaArea => "lha_area".to_owned(),
            FieldId::LhaAreaNotSure => "lha_area_not_sure".to_owned(),
            FieldId::Bedrooms => "bedrooms".to_owned(),
            FieldId::SharedRate(kind) => format!("shared_rate_{}", kind.key()),
            FieldId::ExtraBedroom(kind) => format!("extra_bedroom_{}", kind.key()),
            FieldId::Council => "council".to_owned(),
            FieldId::PaysCouncilTax => "pays_council_tax".to_owned(),
            FieldId::CouncilNotSure => "council_not_sure".to_owned(),
            FieldId::CouncilTaxBand => "council_tax_band".to_owned(),
            FieldId::SevereMentalImpairment(who) => person(who, "severe_mental_impairment"),
            FieldId::ServiceCharges => "service_charges".to_owned(),
            FieldId::OnUcNineMonths => "on_uc_9_months".to_owned(),
            FieldId::OtherAdults => "other_adults".to_owned(),
            FieldId::OtherAdultsPaying => "other_adults_paying".to_owned(),
            FieldId::Savings => "savings".to_owned(),
            FieldId::Childcare => "childcare".to_owned(),
            FieldId::ChildcareChildren => "childcare_children".to_owned(),
            FieldId::WorksNow(who) => person(who, "works_now"),
            FieldId::NowHours(who) => person(who, "now_hours"),
            FieldId::NowPay(who) => person(who, "now_pay"),
            FieldId::NowPaid(who) => person(who, "now_paid"),
            FieldId::WorkHours => "work_hours".to_owned(),
            FieldId::WorkPay => "work_pay".to_owned(),
            FieldId::WorkPaid => "work_paid".to_owned(),
            FieldId::StartDate => "start_date".to_owned(),
            FieldId::PeriodDay => "assessment_period_day".to_owned(),
            FieldId::FirstPayday => "first_payday".to_owned(),
            FieldId::TransitionalElement => "transitional_element".to_owned(),
            FieldId::Compare(slot, field) => format!("compare_{slot}_{}", field.key()),
        }
    }

    /// The field with this key, if there is one.
    pub fn from_key(key: &str) -> Option<FieldId> {
        let simple = [
            FieldId::Partner,
            FieldId::Country,
            FieldId::London,
            FieldId::Children,
            FieldId::ChildBenefit,
            FieldId::Home,
            FieldId::SupportedHousing,
            FieldId::Rent,
            FieldId::RentFrequency,
            FieldId::LhaArea,
            FieldId::LhaAreaNotSure,
            FieldId::Bedrooms,
            FieldId::Council,
            FieldId::PaysCouncilTax,
            FieldId::CouncilNotSure,
            FieldId::CouncilTaxBand,
            FieldId::ServiceCharges,
            FieldId::OnUcNineMonths,
            FieldId::OtherAdults,
            FieldId::OtherAdultsPaying,
            FieldId::Savings,
            FieldId::Childcare,
            FieldId::ChildcareChildren,
            FieldId::WorkHours,
            FieldId::WorkPay,
            FieldId::WorkPaid,
            FieldId::StartDate,
            FieldId::PeriodDay,
            FieldId::FirstPayday,
            FieldId::TransitionalElement,
        ];
        let per_person: [fn(Person) -> FieldId; 19] = [
            FieldId::SevereMentalImpairment,
            FieldId::EsaTimeLimit,
            FieldId::CareCosts,
            FieldId::EsaGroup,
            FieldId::EsaSupportedWork,
            FieldId::PensionAmount,
            FieldId::Age,
            FieldId::Health,
            FieldId::LcwraSince,
            FieldId::Disability,
            FieldId::DailyLiving,
            FieldId::Mobility,
            FieldId::DlaCare,
            FieldId::DlaMobility,
            FieldId::Carer,
            FieldId::WorksNow,
            FieldId::NowHours,
            FieldId::NowPay,
            FieldId::NowPaid,
        ];
        let per_child: [fn(usize) -> FieldId; 5] = [
            FieldId::ChildAge,
            FieldId::ChildBornBefore2017,
            FieldId::ChildCare,
            FieldId::ChildMobility,
            FieldId::ChildSex,
        ];
        let slot = key
            .strip_prefix("compare_")
            .and_then(|rest| rest.split('_').next())
            .and_then(|digits| digits.parse::<usize>().ok());
        let index = key
            .strip_prefix("child_")
            .and_then(|rest| rest.split('_').next())
            .and_then(|digits| digits.parse::<usize>().ok());
        simple
            .into_iter()
            .chain(
                per_person
                    .iter()
                    .flat_map(|field| [field(Person::You), field(Person::Partner)]),
            )
            .chain(
                index
                    .into_iter()
                    .flat_map(|index| per_child.iter().map(move |field| field(index))),
            )
            .chain(
                [Person::You, Person::Partner]
                    .into_iter()
                    .flat_map(|person| {
                        IncomeKind::ALL
                            .into_iter()
                            .map(move |income| FieldId::Gets(person, income))
                    }),
            )
            .chain(slot.into_iter().flat_map(|slot| {
                CompareField::ALL
                    .into_iter()
                    .map(move |field| FieldId::Compare(slot, field))
            }))
            .chain(SharedRateKind::ALL.into_iter().map(FieldId::SharedRate))
            .chain(BedroomKind::ALL.into_iter().map(FieldId::ExtraBedroom))
            .find(|field| field.key() == key)
    }

    /// What kind of answer the field takes.
    pub fn answer_kind(self) -> AnswerKind {
        match self {
            FieldId::Partner
            | FieldId::London
            | FieldId::Carer(_)
            | FieldId::ChildBornBefore2017(_)
            | FieldId::OnUcNineMonths
            | FieldId::WorksNow(_)
            | FieldId::Gets(..)
            | FieldId::ChildBenefit
            | FieldId::EsaSupportedWork(_)
            | FieldId::EsaTimeLimit(_)
            | FieldId::LhaAreaNotSure
            | FieldId::CouncilNotSure
            | FieldId::PaysCouncilTax
            | FieldId::SevereMentalImpairment(_)
            | FieldId::SharedRate(_)
            | FieldId::ExtraBedroom(_)
            | FieldId::Compare(
                _,
                CompareField::FullTime | CompareField::StartUp | CompareField::MainWork,
            ) => AnswerKind::Choice(ChoiceKind::YesNo),
            FieldId::Compare(_, CompareField::Activity) => AnswerKind::Choice(ChoiceKind::Activity),
            FieldId::Compare(_, CompareField::Who) => AnswerKind::Choice(ChoiceKind::Person),
            FieldId::Compare(
                _,
                CompareField::Hours | CompareField::Pay | CompareField::Loan | CompareField::Profit,
            ) => AnswerKind::Typed,
            FieldId::ChildSex(_) => AnswerKind::Choice(ChoiceKind::Sex),
            FieldId::CouncilTaxBand => AnswerKind::Choice(ChoiceKind::Band),
            FieldId::SupportedHousing => AnswerKind::Choice(ChoiceKind::Supported),
            FieldId::EsaGroup(_) => AnswerKind::Choice(ChoiceKind::EsaGroup),
            FieldId::Country => AnswerKind::Choice(ChoiceKind::Country),
            FieldId::Health(_) => AnswerKind::Choice(ChoiceKind::Health),
            FieldId::LcwraSince(_) => AnswerKind::Choice(ChoiceKind::LcwraSince),
            FieldId::Disability(_) => AnswerKind::Choice(ChoiceKind::Disability),
            FieldId::DailyLiving(_) | FieldId::Mobility(_) => {
                AnswerKind::Choice(ChoiceKind::PipRate)
            }
            FieldId::DlaCare(_) | FieldId::ChildCare(_) => AnswerKind::Choice(ChoiceKind::DlaCare),
            FieldId::DlaMobility(_) | FieldId::ChildMobility(_) => {
                AnswerKind::Choice(ChoiceKind::DlaMobility)
            }
            FieldId::Home => AnswerKind::Choice(ChoiceKind::Home),
            FieldId::RentFrequency | FieldId::NowPaid(_) | FieldId::WorkPaid => {
                AnswerKind::Choice(ChoiceKind::Frequency)
            }
            FieldId::Age(_)
            | FieldId::Children
            | FieldId::ChildAge(_)
            | FieldId::Rent
            | FieldId::ServiceCharges
            | FieldId::OtherAdults
            | FieldId::OtherAdultsPaying
            | FieldId::LhaArea
            | FieldId::Council
            | FieldId::Bedrooms
            | FieldId::Savings
            | FieldId::Childcare
            | FieldId::ChildcareChildren
            | FieldId::NowHours(_)
            | FieldId::NowPay(_)
            | FieldId::WorkHours
            | FieldId::WorkPay
            | FieldId::StartDate
            | FieldId::PeriodDay
            | FieldId::FirstPayday
            | FieldId::TransitionalElement
            | FieldId::PensionAmount(_)
            | FieldId::CareCosts(_) => AnswerKind::Typed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back() {
        for field in [
            FieldId::Partner,
            FieldId::Age(Person::Partner),
            FieldId::LcwraSince(Person::You),
            FieldId::ChildAge(0),
            FieldId::ChildBornBefore2017(12),
            FieldId::ChildMobility(3),
            FieldId::Home,
            FieldId::NowPaid(Person::Partner),
            FieldId::WorkPaid,
            FieldId::Gets(Person::Partner, IncomeKind::NewStyleEsa),
            FieldId::Gets(Person::You, IncomeKind::NoneOfThese),
            FieldId::EsaGroup(Person::You),
            FieldId::PensionAmount(Person::Partner),
            FieldId::ChildSex(2),
            FieldId::LhaArea,
            FieldId::SharedRate(SharedRateKind::CareLeaver),
            FieldId::ExtraBedroom(BedroomKind::NoneOfThese),
            FieldId::OtherAdultsPaying,
            FieldId::Compare(2, CompareField::StartUp),
            FieldId::StartDate,
            FieldId::PeriodDay,
            FieldId::FirstPayday,
            FieldId::TransitionalElement,
            FieldId::Compare(1, CompareField::Activity),
        ] {
            assert_eq!(FieldId::from_key(&field.key()), Some(field), "{field:?}");
        }
        assert_eq!(FieldId::Home.key(), "housing");
        assert_eq!(FieldId::LcwraSince(Person::You).key(), "your_lcwra_rate");
        assert_eq!(FieldId::from_key("child_x_age"), None);
        assert_eq!(FieldId::from_key("nothing"), None);
    }
}
