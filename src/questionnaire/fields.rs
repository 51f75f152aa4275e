//! A field on a page, with its words and limits filled in, and the builders that make
//! one from a catalogue question. Each kind of option has its words looked up by an
//! exhaustive match (`OptionWords`), so a new answer needs words in every language.

use crate::answers::{
    BandChoice, BedroomKind, Choice, DisabilityChoice, FieldId, Health, Home, IncomeKind,
    LcwraSince, SharedRateKind, SupportedChoice, YesNo,
};
use crate::copy::{
    BandOptions, BedroomOptions, CheckboxQuestion, ChoiceQuestion, CountryOptions,
    DisabilityOptions, DlaCareOptions, DlaMobilityOptions, EsaGroupOptions, FrequencyOptions,
    HealthOptions, HomeOptions, IncomeOptions, InputQuestion, LcwraSinceOptions, OptionText,
    PipRateOptions, SexOptions, SharedRateOptions, SupportedOptions, Template, YesNoOptions,
};
use crate::dates::Date;
use crate::describe::fill;
use crate::format::pounds;
use crate::household::{Country, DlaCare, DlaMobility, EsaGroup, PipRate, Sex};
use crate::money::Money;
use crate::period::Frequency;

use super::search::Search;

/// How a field is entered and read, with its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Choice,
    /// One box of a group of boxes to tick (the page is the group): ticked is "yes",
    /// not ticked is "no". The page's checks say which combinations can be used.
    Checkbox,
    /// An amount from `least` (a pay rate must be more than nothing) to `most`.
    Money {
        least: Money,
        most: Money,
    },
    Whole {
        least: u32,
        most: u32,
    },
    Hours {
        least: u32,
        most: u32,
    },
    /// A name typed and chosen from a list of matches (`Field::search`), or "I'm not
    /// sure" ticked instead.
    Search,
    /// A day, typed as day, month and year, from `earliest` to `latest`.
    Date {
        earliest: Date,
        latest: Date,
    },
}

impl FieldKind {
    /// An amount of money from nothing to `most`.
    pub const fn amount(most: Money) -> FieldKind {
        FieldKind::Money {
            least: Money::ZERO,
            most,
        }
    }

    /// `{least}` and `{most}` for the field's messages.
    fn limit_gaps(self) -> Vec<(&'static str, String)> {
        match self {
            // A date's limits are words (`questionnaire::first_months` gives them).
            FieldKind::Choice
            | FieldKind::Checkbox
            | FieldKind::Search
            | FieldKind::Date { .. } => Vec::new(),
            FieldKind::Money { least, most } => {
                vec![("least", pounds(least)), ("most", pounds(most))]
            }
            FieldKind::Whole { least, most } | FieldKind::Hours { least, most } => {
                vec![("least", least.to_string()), ("most", most.to_string())]
            }
        }
    }
}

/// One option of a choice field, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionView {
    pub value: Choice,
    pub label: String,
    pub hint: String,
}

/// What to say when a field's answer cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    pub missing: String,
    pub not_a_number: String,
    pub misplaced_comma: String,
    pub too_precise: String,
    pub too_small: String,
    pub too_large: String,
    /// A box ticked with another it cannot go with (boxes only).
    pub conflict: String,
}

/// A field on a page, with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub id: FieldId,
    /// The input's id on the page: `id.key()`.
    pub key: String,
    pub kind: FieldKind,
    pub label: String,
    pub hint: String,
    pub options: Vec<OptionView>,
    /// Words before or after the box: "£", "hours a week".
    pub prefix: &'static str,
    pub suffix: &'static str,
    pub messages: Messages,
    /// A box that stands alone ("None of these"): ticking it clears the group's
    /// other boxes.
    pub exclusive: bool,
    /// A search field's names and what matches the text typed so far.
    pub search: Option<Search>,
}

/// The words for each option of one kind.
pub trait OptionWords<T> {
    fn words(&self, value: T) -> OptionText;
}

impl OptionWords<YesNo> for YesNoOptions {
    fn words(&self, value: YesNo) -> OptionText {
        match value {
            YesNo::Yes => self.yes,
            YesNo::No => self.no,
        }
    }
}

impl OptionWords<Country> for CountryOptions {
    fn words(&self, value: Country) -> OptionText {
        match value {
            Country::England => self.england,
            Country::Scotland => self.scotland,
            Country::Wales => self.wales,
            Country::NorthernIreland => self.northern_ireland,
        }
    }
}

impl OptionWords<Health> for HealthOptions {
    fn words(&self, value: Health) -> OptionText {
        match value {
            Health::Lcwra => self.lcwra,
            Health::Lcw => self.lcw,
            Health::LcwElement => self.lcw_element,
            Health::No => self.no,
            Health::NotSure => self.not_sure,
        }
    }
}

impl OptionWords<LcwraSince> for LcwraSinceOptions {
    fn words(&self, value: LcwraSince) -> OptionText {
        match value {
            LcwraSince::Before2026 => self.before_2026,
            LcwraSince::SevereConditions => self.severe_conditions,
            LcwraSince::TerminallyIll => self.terminally_ill,
            LcwraSince::New => self.new,
        }
    }
}

impl OptionWords<DisabilityChoice> for DisabilityOptions {
    fn words(&self, value: DisabilityChoice) -> OptionText {
        match value {
            DisabilityChoice::None => self.none,
            DisabilityChoice::Pip => self.pip,
            DisabilityChoice::Adp => self.adp,
            DisabilityChoice::Dla => self.dla,
        }
    }
}

impl OptionWords<PipRate> for PipRateOptions {
    fn words(&self, value: PipRate) -> OptionText {
        match value {
            PipRate::None => self.none,
            PipRate::Standard => self.standard,
            PipRate::Enhanced => self.enhanced,
        }
    }
}

impl OptionWords<DlaCare> for DlaCareOptions {
    fn words(&self, value: DlaCare) -> OptionText {
        match value {
            DlaCare::None => self.none,
            DlaCare::Lowest => self.lowest,
            DlaCare::Middle => self.middle,
            DlaCare::Highest => self.highest,
        }
    }
}

impl OptionWords<DlaMobility> for DlaMobilityOptions {
    fn words(&self, value: DlaMobility) -> OptionText {
        match value {
            DlaMobility::None => self.none,
            DlaMobility::Lower => self.lower,
            DlaMobility::Higher => self.higher,
        }
    }
}

impl OptionWords<Home> for HomeOptions {
    fn words(&self, value: Home) -> OptionText {
        match value {
            Home::RentsPrivately => self.rents_privately,
            Home::RentsSocially => self.rents_socially,
            Home::SharedOwnership => self.shared_ownership,
            Home::Owns => self.owns,
            Home::NoRent => self.no_rent,
        }
    }
}

impl OptionWords<Frequency> for FrequencyOptions {
    fn words(&self, value: Frequency) -> OptionText {
        match value {
            Frequency::Weekly => self.weekly,
            Frequency::Fortnightly => self.fortnightly,
            Frequency::FourWeekly => self.four_weekly,
            Frequency::Monthly => self.monthly,
            Frequency::Yearly => self.yearly,
        }
    }
}

impl OptionWords<EsaGroup> for EsaGroupOptions {
    fn words(&self, value: EsaGroup) -> OptionText {
        match value {
            EsaGroup::AssessmentPhase => self.assessment_phase,
            EsaGroup::SupportGroup => self.support_group,
            EsaGroup::WorkRelatedActivityGroupBefore3April2017 => {
                self.work_related_activity_group_before_2017
            }
            EsaGroup::WorkRelatedActivityGroup => self.work_related_activity_group,
        }
    }
}

impl OptionWords<SharedRateKind> for SharedRateOptions {
    fn words(&self, value: SharedRateKind) -> OptionText {
        match value {
            SharedRateKind::CareLeaver => self.care_leaver,
            SharedRateKind::HomelessHostel => self.homeless_hostel,
            SharedRateKind::PublicProtection => self.public_protection,
            SharedRateKind::DomesticAbuse => self.domestic_abuse,
            SharedRateKind::ModernSlavery => self.modern_slavery,
            SharedRateKind::NoneOfThese => self.none,
        }
    }
}

impl OptionWords<BedroomKind> for BedroomOptions {
    fn words(&self, value: BedroomKind) -> OptionText {
        match value {
            BedroomKind::OvernightCare => self.overnight_care,
            BedroomKind::FosterParent => self.foster_parent,
            BedroomKind::DisabledChild => self.disabled_child,
            BedroomKind::CoupleCannotShare => self.couple,
            BedroomKind::NoneOfThese => self.none,
        }
    }
}

impl OptionWords<BandChoice> for BandOptions {
    fn words(&self, value: BandChoice) -> OptionText {
        match value {
            BandChoice::Band(_) => self.band,
            BandChoice::NotSure => self.not_sure,
        }
    }
}

impl OptionWords<SupportedChoice> for SupportedOptions {
    fn words(&self, value: SupportedChoice) -> OptionText {
        match value {
            SupportedChoice::No => self.no,
            SupportedChoice::Supported => self.supported,
            SupportedChoice::Temporary => self.temporary,
        }
    }
}

impl OptionWords<Sex> for SexOptions {
    fn words(&self, value: Sex) -> OptionText {
        match value {
            Sex::Boy => self.boy,
            Sex::Girl => self.girl,
        }
    }
}

impl OptionWords<IncomeKind> for IncomeOptions {
    fn words(&self, value: IncomeKind) -> OptionText {
        match value {
            IncomeKind::NewStyleEsa => self.new_style_esa,
            IncomeKind::NewStyleJsa => self.new_style_jsa,
            IncomeKind::CarersAllowance => self.carers_allowance,
            IncomeKind::Pension => self.pension,
            IncomeKind::ChildMaintenance => self.child_maintenance,
            IncomeKind::StudentIncome => self.student_income,
            IncomeKind::LegacyBenefits => self.legacy_benefits,
            IncomeKind::PensionCredit => self.pension_credit,
            IncomeKind::SomethingElse => self.something_else,
            IncomeKind::NoneOfThese => self.none,
        }
    }
}

/// One box of a group, for each of `incomes`: its label is the option's words, and
/// every box carries the group's messages (`checks.rs` picks the one that applies).
pub fn checkbox_fields(
    person: crate::answers::Person,
    question: &CheckboxQuestion<IncomeOptions>,
    incomes: &[IncomeKind],
    gaps: &[(&str, String)],
) -> Vec<Field> {
    let boxes: Vec<(FieldId, IncomeKind)> = incomes
        .iter()
        .map(|&income| (FieldId::Gets(person, income), income))
        .collect();
    // `conflict`: two boxes that cannot go together ("None of these" with others, or
    // ESA with JSA).
    box_fields(
        question,
        &boxes,
        |income| income == IncomeKind::NoneOfThese,
        |income| match income {
            IncomeKind::NoneOfThese => question.none_and_others,
            IncomeKind::NewStyleEsa
            | IncomeKind::NewStyleJsa
            | IncomeKind::CarersAllowance
            | IncomeKind::Pension
            | IncomeKind::ChildMaintenance
            | IncomeKind::StudentIncome
            | IncomeKind::LegacyBenefits
            | IncomeKind::PensionCredit
            | IncomeKind::SomethingElse => question.esa_and_jsa,
        },
        gaps,
    )
}

/// A group of boxes, one field for each of `boxes`; `is_none` picks "None of these"
/// (it stands alone) and `conflict` the message for a box ticked with one it cannot
/// go with.
pub fn box_fields<K: Copy, O: OptionWords<K>>(
    question: &CheckboxQuestion<O>,
    boxes: &[(FieldId, K)],
    is_none: impl Fn(K) -> bool,
    conflict: impl Fn(K) -> Template,
    gaps: &[(&str, String)],
) -> Vec<Field> {
    boxes
        .iter()
        .map(|&(id, kind)| {
            let words = question.options.words(kind);
            let missing = fill(question.missing, gaps);
            let conflict = fill(conflict(kind), gaps);
            Field {
                id,
                key: id.key(),
                kind: FieldKind::Checkbox,
                label: fill(words.label, gaps),
                hint: fill(words.hint, gaps),
                options: Vec::new(),
                prefix: "",
                suffix: "",
                exclusive: is_none(kind),
                search: None,
                messages: Messages {
                    missing: missing.clone(),
                    not_a_number: missing.clone(),
                    misplaced_comma: missing.clone(),
                    too_precise: missing.clone(),
                    too_small: missing.clone(),
                    too_large: missing,
                    conflict,
                },
            }
        })
        .collect()
}

/// How often pay or rent comes, as the questionnaire offers it.
pub const FREQUENCIES: [Frequency; 4] = [
    Frequency::Weekly,
    Frequency::Fortnightly,
    Frequency::FourWeekly,
    Frequency::Monthly,
];

/// Gaps and the words that fill them: `("amount", "£76.70")`.
pub type Gaps = Vec<(&'static str, String)>;

/// One option before it is put into words: its answer, its words and their figures.
type OptionParts = (Choice, OptionText, Gaps);

/// A choice field offering `values` in that order; `gaps` gives each option's
/// figures (for example its weekly amount).
pub fn choice_field<T, O>(
    id: FieldId,
    question: &ChoiceQuestion<O>,
    values: &[T],
    gaps: impl Fn(T) -> Vec<(&'static str, String)>,
    question_gaps: &[(&str, String)],
) -> Field
where
    T: Copy + Into<Choice>,
    O: OptionWords<T>,
{
    // Only the words are looked up here; the field is built once for every kind of
    // option (`build_choice_field`), which keeps the app's download small.
    let options: Vec<OptionParts> = values
        .iter()
        .map(|&value| (value.into(), question.options.words(value), gaps(value)))
        .collect();
    build_choice_field(
        id,
        [question.legend, question.hint, question.error],
        options,
        question_gaps,
    )
}

fn build_choice_field(
    id: FieldId,
    [legend, hint, error]: [Template; 3],
    options: Vec<OptionParts>,
    question_gaps: &[(&str, String)],
) -> Field {
    let error = fill(error, question_gaps);
    Field {
        id,
        key: id.key(),
        kind: FieldKind::Choice,
        label: fill(legend, question_gaps),
        hint: fill(hint, question_gaps),
        options: options
            .into_iter()
            .map(|(value, words, gaps)| OptionView {
                value,
                label: fill(words.label, &gaps),
                hint: fill(words.hint, &gaps),
            })
            .collect(),
        prefix: "",
        suffix: "",
        exclusive: false,
        search: None,
        messages: Messages {
            missing: error.clone(),
            not_a_number: error.clone(),
            misplaced_comma: error.clone(),
            too_precise: error.clone(),
            too_small: error.clone(),
            too_large: error.clone(),
            conflict: error,
        },
    }
}

/// Options with no figures in their words.
pub fn no_gaps<T>(_: T) -> Vec<(&'static str, String)> {
    Vec::new()
}

/// A typed field; its messages may use `{least}` and `{most}` from `kind`, and the
/// label and hint the `gaps` given.
pub fn input_field(
    id: FieldId,
    kind: FieldKind,
    question: &InputQuestion,
    gaps: &[(&str, String)],
) -> Field {
    let mut all_gaps: Vec<(&str, String)> = kind.limit_gaps();
    all_gaps.extend(gaps.iter().cloned());
    Field {
        id,
        key: id.key(),
        kind,
        label: fill(question.label, &all_gaps),
        hint: fill(question.hint, &all_gaps),
        options: Vec::new(),
        prefix: question.prefix,
        suffix: question.suffix,
        exclusive: false,
        search: None,
        messages: Messages {
            missing: fill(question.missing, &all_gaps),
            not_a_number: fill(question.not_a_number, &all_gaps),
            misplaced_comma: fill(question.misplaced_comma, &all_gaps),
            too_precise: fill(question.too_precise, &all_gaps),
            too_small: fill(question.too_small, &all_gaps),
            too_large: fill(question.too_large, &all_gaps),
            conflict: fill(question.missing, &all_gaps),
        },
    }
}
