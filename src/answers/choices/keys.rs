//! What kind each chosen answer is, and its stable key (the radio button's value on
//! the page, and the saved form).

use crate::household::{CouncilTaxBand, Country, DlaCare, DlaMobility, EsaGroup, PipRate, Sex};
use crate::period::Frequency;

use super::{
    Activity, BandChoice, Choice, ChoiceKind, DisabilityChoice, Health, Home, LcwraSince, Person,
    SupportedChoice, YesNo,
};

impl Choice {
    pub fn kind(self) -> ChoiceKind {
        match self {
            Choice::YesNo(_) => ChoiceKind::YesNo,
            Choice::Country(_) => ChoiceKind::Country,
            Choice::Health(_) => ChoiceKind::Health,
            Choice::LcwraSince(_) => ChoiceKind::LcwraSince,
            Choice::Disability(_) => ChoiceKind::Disability,
            Choice::PipRate(_) => ChoiceKind::PipRate,
            Choice::DlaCare(_) => ChoiceKind::DlaCare,
            Choice::DlaMobility(_) => ChoiceKind::DlaMobility,
            Choice::Home(_) => ChoiceKind::Home,
            Choice::Frequency(_) => ChoiceKind::Frequency,
            Choice::EsaGroup(_) => ChoiceKind::EsaGroup,
            Choice::Sex(_) => ChoiceKind::Sex,
            Choice::Band(_) => ChoiceKind::Band,
            Choice::Supported(_) => ChoiceKind::Supported,
            Choice::Activity(_) => ChoiceKind::Activity,
            Choice::Person(_) => ChoiceKind::Person,
        }
    }

    /// A stable key: the radio button's value on the page, and the saved form.
    pub fn key(self) -> &'static str {
        match self {
            Choice::YesNo(YesNo::Yes) => "yes",
            Choice::YesNo(YesNo::No) => "no",
            Choice::Country(Country::England) => "england",
            Choice::Country(Country::Scotland) => "scotland",
            Choice::Country(Country::Wales) => "wales",
            Choice::Country(Country::NorthernIreland) => "northern_ireland",
            Choice::Health(Health::Lcwra) => "lcwra",
            Choice::Health(Health::Lcw) => "lcw",
            Choice::Health(Health::LcwElement) => "lcw_element",
            Choice::Health(Health::No) => "none",
            Choice::Health(Health::NotSure) => "not_sure",
            Choice::LcwraSince(LcwraSince::Before2026) => "before_2026",
            Choice::LcwraSince(LcwraSince::SevereConditions) => "severe",
            Choice::LcwraSince(LcwraSince::TerminallyIll) => "terminal",
            Choice::LcwraSince(LcwraSince::New) => "new",
            Choice::Disability(DisabilityChoice::None)
            | Choice::PipRate(PipRate::None)
            | Choice::DlaCare(DlaCare::None)
            | Choice::DlaMobility(DlaMobility::None) => "none",
            Choice::Disability(DisabilityChoice::Pip) => "pip",
            Choice::Disability(DisabilityChoice::Adp) => "adp",
            Choice::Disability(DisabilityChoice::Dla) => "dla",
            Choice::PipRate(PipRate::Standard) => "standard",
            Choice::PipRate(PipRate::Enhanced) => "enhanced",
            Choice::DlaCare(DlaCare::Lowest) => "lowest",
            Choice::DlaCare(DlaCare::Middle) => "middle",
            Choice::DlaCare(DlaCare::Highest) => "highest",
            Choice::DlaMobility(DlaMobility::Lower) => "lower",
            Choice::DlaMobility(DlaMobility::Higher) => "higher",
            Choice::Home(Home::RentsPrivately) => "private",
            Choice::Home(Home::RentsSocially) => "social",
            Choice::Home(Home::SharedOwnership) => "shared_ownership",
            Choice::Home(Home::Owns) => "owner",
            Choice::Home(Home::NoRent) => "none",
            Choice::Frequency(Frequency::Weekly) => "weekly",
            Choice::Frequency(Frequency::Fortnightly) => "fortnightly",
            Choice::Frequency(Frequency::FourWeekly) => "four_weekly",
            Choice::Frequency(Frequency::Monthly) => "monthly",
            Choice::Frequency(Frequency::Yearly) => "yearly",
            Choice::EsaGroup(EsaGroup::AssessmentPhase) => "assessment_phase",
            Choice::EsaGroup(EsaGroup::SupportGroup) => "support_group",
            Choice::EsaGroup(EsaGroup::WorkRelatedActivityGroupBefore3April2017) => {
                "work_related_activity_group_before_2017"
            }
            Choice::EsaGroup(EsaGroup::WorkRelatedActivityGroup) => "work_related_activity_group",
            Choice::Sex(Sex::Boy) => "boy",
            Choice::Sex(Sex::Girl) => "girl",
            Choice::Band(BandChoice::Band(band)) => match band {
                CouncilTaxBand::A => "a",
                CouncilTaxBand::B => "b",
                CouncilTaxBand::C => "c",
                CouncilTaxBand::D => "d",
                CouncilTaxBand::E => "e",
                CouncilTaxBand::F => "f",
                CouncilTaxBand::G => "g",
                CouncilTaxBand::H => "h",
                CouncilTaxBand::I => "i",
            },
            Choice::Band(BandChoice::NotSure) => "not_sure",
            Choice::Supported(SupportedChoice::No) => "no",
            Choice::Supported(SupportedChoice::Supported) => "supported",
            Choice::Supported(SupportedChoice::Temporary) => "temporary",
            Choice::Activity(Activity::PaidWork) => "paid_work",
            Choice::Activity(Activity::Volunteering) => "volunteering",
            Choice::Activity(Activity::Study) => "study",
            Choice::Activity(Activity::SelfEmployment) => "self_employment",
            Choice::Person(Person::You) => "you",
            Choice::Person(Person::Partner) => "partner",
        }
    }
}
