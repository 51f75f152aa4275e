//! The answers a person can choose, as enums shared by every language: a catalogue
//! supplies only their words (one field per option, so a language cannot leave one
//! out), and each has a stable key for the page and for saved answers.
//!
//! Where the household already has the type (country, PIP and DLA rates, how often
//! something is paid), the answer is that type.

use crate::household::{CouncilTaxBand, Country, DlaCare, DlaMobility, EsaGroup, PipRate, Sex};
use crate::period::Frequency;

use super::fields::Person;

mod keys;

/// Yes or no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YesNo {
    Yes,
    No,
}

/// Does UC include an extra amount for health?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Health {
    /// Limited capability for work and work-related activity.
    Lcwra,
    /// Limited capability for work only, with no money for it.
    Lcw,
    /// Limited capability for work with the LCW element still paid (claims from
    /// before 3 April 2017).
    LcwElement,
    No,
    NotSure,
}

/// Which LCWRA rate: when it started, or why it is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LcwraSince {
    /// Before 6 April 2026 and ever since: the protected rate.
    Before2026,
    SevereConditions,
    TerminallyIll,
    /// On or after 6 April 2026: the new rate.
    New,
}

/// Which disability benefit an adult gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DisabilityChoice {
    None,
    Pip,
    Adp,
    Dla,
}

/// Which describes the home.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Home {
    RentsPrivately,
    RentsSocially,
    /// Owns part and rents the rest.
    SharedOwnership,
    Owns,
    NoRent,
}

/// One box on the "money you get" page (each is its own yes-or-no field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IncomeKind {
    NewStyleEsa,
    NewStyleJsa,
    /// Asked only of someone who cares 35 hours a week.
    CarersAllowance,
    Pension,
    /// Asked only of a family with children.
    ChildMaintenance,
    StudentIncome,
    /// Income-related ESA, Income Support, income-based JSA, Housing Benefit or tax
    /// credits.
    LegacyBenefits,
    PensionCredit,
    SomethingElse,
    /// "None of these": on its own.
    NoneOfThese,
}

impl IncomeKind {
    pub const ALL: [IncomeKind; 10] = [
        IncomeKind::NewStyleEsa,
        IncomeKind::NewStyleJsa,
        IncomeKind::CarersAllowance,
        IncomeKind::Pension,
        IncomeKind::ChildMaintenance,
        IncomeKind::StudentIncome,
        IncomeKind::LegacyBenefits,
        IncomeKind::PensionCredit,
        IncomeKind::SomethingElse,
        IncomeKind::NoneOfThese,
    ];

    pub fn key(self) -> &'static str {
        match self {
            IncomeKind::NewStyleEsa => "new_style_esa",
            IncomeKind::NewStyleJsa => "new_style_jsa",
            IncomeKind::CarersAllowance => "carers_allowance",
            IncomeKind::Pension => "pension",
            IncomeKind::ChildMaintenance => "child_maintenance",
            IncomeKind::StudentIncome => "student_income",
            IncomeKind::LegacyBenefits => "legacy_benefits",
            IncomeKind::PensionCredit => "pension_credit",
            IncomeKind::SomethingElse => "something_else",
            IncomeKind::NoneOfThese => "none",
        }
    }
}

/// One box on the "Do any of these apply to you?" page of a single private renter
/// under 35 (UC Regs 2013 Sch 4 para 29).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SharedRateKind {
    CareLeaver,
    HomelessHostel,
    PublicProtection,
    DomesticAbuse,
    ModernSlavery,
    NoneOfThese,
}

impl SharedRateKind {
    pub const ALL: [SharedRateKind; 6] = [
        SharedRateKind::CareLeaver,
        SharedRateKind::HomelessHostel,
        SharedRateKind::PublicProtection,
        SharedRateKind::DomesticAbuse,
        SharedRateKind::ModernSlavery,
        SharedRateKind::NoneOfThese,
    ];

    pub fn key(self) -> &'static str {
        match self {
            SharedRateKind::CareLeaver => "care_leaver",
            SharedRateKind::HomelessHostel => "homeless_hostel",
            SharedRateKind::PublicProtection => "public_protection",
            SharedRateKind::DomesticAbuse => "domestic_abuse",
            SharedRateKind::ModernSlavery => "modern_slavery",
            SharedRateKind::NoneOfThese => "none",
        }
    }
}

/// One box on the "an extra bedroom" page (UC Regs 2013 Sch 4 para 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BedroomKind {
    OvernightCare,
    FosterParent,
    /// Asked only of a family with a child under 16 who gets DLA or CDP care at the
    /// middle or highest rate.
    DisabledChild,
    /// Asked only of a couple.
    CoupleCannotShare,
    NoneOfThese,
}

impl BedroomKind {
    pub const ALL: [BedroomKind; 5] = [
        BedroomKind::OvernightCare,
        BedroomKind::FosterParent,
        BedroomKind::DisabledChild,
        BedroomKind::CoupleCannotShare,
        BedroomKind::NoneOfThese,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BedroomKind::OvernightCare => "overnight_care",
            BedroomKind::FosterParent => "foster_parent",
            BedroomKind::DisabledChild => "disabled_child",
            BedroomKind::CoupleCannotShare => "couple",
            BedroomKind::NoneOfThese => "none",
        }
    }
}

/// Whether a rented home is supported or temporary accommodation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SupportedChoice {
    No,
    Supported,
    Temporary,
}

/// A way into work to compare on the results page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    PaidWork,
    Volunteering,
    Study,
    SelfEmployment,
}

/// A council tax band, or not sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BandChoice {
    Band(CouncilTaxBand),
    NotSure,
}

/// One chosen answer, of whichever kind the question asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    YesNo(YesNo),
    Country(Country),
    Health(Health),
    LcwraSince(LcwraSince),
    Disability(DisabilityChoice),
    PipRate(PipRate),
    DlaCare(DlaCare),
    DlaMobility(DlaMobility),
    Home(Home),
    Frequency(Frequency),
    EsaGroup(EsaGroup),
    Sex(Sex),
    Band(BandChoice),
    Supported(SupportedChoice),
    Activity(Activity),
    Person(Person),
}

/// The kinds of choice a question can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChoiceKind {
    YesNo,
    Country,
    Health,
    LcwraSince,
    Disability,
    PipRate,
    DlaCare,
    DlaMobility,
    Home,
    /// How often pay or rent comes (never yearly in the questionnaire).
    Frequency,
    EsaGroup,
    Sex,
    Band,
    Supported,
    Activity,
    Person,
}

impl ChoiceKind {
    /// Every answer of this kind, in the usual order.
    pub fn all(self) -> &'static [Choice] {
        match self {
            ChoiceKind::YesNo => &[Choice::YesNo(YesNo::Yes), Choice::YesNo(YesNo::No)],
            ChoiceKind::Country => &[
                Choice::Country(Country::England),
                Choice::Country(Country::Scotland),
                Choice::Country(Country::Wales),
                Choice::Country(Country::NorthernIreland),
            ],
            ChoiceKind::Health => &[
                Choice::Health(Health::Lcwra),
                Choice::Health(Health::Lcw),
                Choice::Health(Health::LcwElement),
                Choice::Health(Health::No),
                Choice::Health(Health::NotSure),
            ],
            ChoiceKind::LcwraSince => &[
                Choice::LcwraSince(LcwraSince::Before2026),
                Choice::LcwraSince(LcwraSince::SevereConditions),
                Choice::LcwraSince(LcwraSince::TerminallyIll),
                Choice::LcwraSince(LcwraSince::New),
            ],
            ChoiceKind::Disability => &[
                Choice::Disability(DisabilityChoice::None),
                Choice::Disability(DisabilityChoice::Pip),
                Choice::Disability(DisabilityChoice::Adp),
                Choice::Disability(DisabilityChoice::Dla),
            ],
            ChoiceKind::PipRate => &[
                Choice::PipRate(PipRate::None),
                Choice::PipRate(PipRate::Standard),
                Choice::PipRate(PipRate::Enhanced),
            ],
            ChoiceKind::DlaCare => &[
                Choice::DlaCare(DlaCare::None),
                Choice::DlaCare(DlaCare::Lowest),
                Choice::DlaCare(DlaCare::Middle),
                Choice::DlaCare(DlaCare::Highest),
            ],
            ChoiceKind::DlaMobility => &[
                Choice::DlaMobility(DlaMobility::None),
                Choice::DlaMobility(DlaMobility::Lower),
                Choice::DlaMobility(DlaMobility::Higher),
            ],
            ChoiceKind::Home => &[
                Choice::Home(Home::RentsPrivately),
                Choice::Home(Home::RentsSocially),
                Choice::Home(Home::SharedOwnership),
                Choice::Home(Home::Owns),
                Choice::Home(Home::NoRent),
            ],
            ChoiceKind::Frequency => &[
                Choice::Frequency(Frequency::Weekly),
                Choice::Frequency(Frequency::Fortnightly),
                Choice::Frequency(Frequency::FourWeekly),
                Choice::Frequency(Frequency::Monthly),
            ],
            ChoiceKind::EsaGroup => &[
                Choice::EsaGroup(EsaGroup::AssessmentPhase),
                Choice::EsaGroup(EsaGroup::SupportGroup),
                Choice::EsaGroup(EsaGroup::WorkRelatedActivityGroupBefore3April2017),
                Choice::EsaGroup(EsaGroup::WorkRelatedActivityGroup),
            ],
            ChoiceKind::Sex => &[Choice::Sex(Sex::Boy), Choice::Sex(Sex::Girl)],
            ChoiceKind::Activity => &[
                Choice::Activity(Activity::PaidWork),
                Choice::Activity(Activity::Volunteering),
                Choice::Activity(Activity::Study),
                Choice::Activity(Activity::SelfEmployment),
            ],
            ChoiceKind::Person => &[Choice::Person(Person::You), Choice::Person(Person::Partner)],
            ChoiceKind::Supported => &[
                Choice::Supported(SupportedChoice::No),
                Choice::Supported(SupportedChoice::Supported),
                Choice::Supported(SupportedChoice::Temporary),
            ],
            ChoiceKind::Band => &[
                Choice::Band(BandChoice::Band(CouncilTaxBand::A)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::B)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::C)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::D)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::E)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::F)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::G)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::H)),
                Choice::Band(BandChoice::Band(CouncilTaxBand::I)),
                Choice::Band(BandChoice::NotSure),
            ],
        }
    }

    /// The answer of this kind with this key, if there is one.
    pub fn parse(self, key: &str) -> Option<Choice> {
        self.all()
            .iter()
            .copied()
            .find(|choice| choice.key() == key)
    }
}

/// Reads one kind of answer back out of a `Choice`.
pub trait Chosen: Sized {
    fn from_choice(choice: Choice) -> Option<Self>;
}

macro_rules! chosen {
    ($($variant:ident($type:ty)),+ $(,)?) => {$(
        impl Chosen for $type {
            // A projection onto one variant: every other kind of answer is `None`.
            #[allow(clippy::wildcard_enum_match_arm)]
            fn from_choice(choice: Choice) -> Option<$type> {
                match choice {
                    Choice::$variant(value) => Some(value),
                    _ => None,
                }
            }
        }

        impl From<$type> for Choice {
            fn from(value: $type) -> Choice {
                Choice::$variant(value)
            }
        }
    )+};
}

chosen!(
    YesNo(YesNo),
    Country(Country),
    Health(Health),
    LcwraSince(LcwraSince),
    Disability(DisabilityChoice),
    PipRate(PipRate),
    DlaCare(DlaCare),
    DlaMobility(DlaMobility),
    Home(Home),
    Frequency(Frequency),
    EsaGroup(EsaGroup),
    Sex(Sex),
    Band(BandChoice),
    Supported(SupportedChoice),
    Activity(Activity),
    Person(Person),
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_reads_back_from_its_key() {
        let kinds = [
            ChoiceKind::YesNo,
            ChoiceKind::Country,
            ChoiceKind::Health,
            ChoiceKind::LcwraSince,
            ChoiceKind::Disability,
            ChoiceKind::PipRate,
            ChoiceKind::DlaCare,
            ChoiceKind::DlaMobility,
            ChoiceKind::Home,
            ChoiceKind::Frequency,
            ChoiceKind::EsaGroup,
            ChoiceKind::Sex,
            ChoiceKind::Band,
            ChoiceKind::Supported,
            ChoiceKind::Activity,
            ChoiceKind::Person,
        ];
        for kind in kinds {
            for &choice in kind.all() {
                assert_eq!(choice.kind(), kind);
                assert_eq!(kind.parse(choice.key()), Some(choice));
            }
        }
        assert_eq!(ChoiceKind::Frequency.parse("yearly"), None);
        assert_eq!(ChoiceKind::YesNo.parse("maybe"), None);
    }
}
