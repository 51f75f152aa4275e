//! Every word the app shows, in one catalogue per language. English is `EN`; a Welsh
//! catalogue is another `Copy` value (the compiler then insists on every string), and
//! components never hold words of their own.
//!
//! Style (NHS content guide, GOV.UK): "you", plain words, sentences up to 20 words,
//! no "should", "please" or "sorry", money as "£75" or "£75.50".

mod en;

pub use en::EN;

/// One option of a radio question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

/// A question answered by choosing one option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceText {
    pub legend: &'static str,
    pub hint: &'static str,
    pub choices: &'static [Choice],
    /// "Select ..." when nothing is chosen.
    pub error: &'static str,
}

/// A question answered by typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputText {
    pub label: &'static str,
    pub hint: &'static str,
    pub prefix: &'static str,
    pub suffix: &'static str,
    pub missing: &'static str,
    pub not_a_number: &'static str,
    pub too_precise: &'static str,
    pub too_small: &'static str,
    pub too_large: &'static str,
}

/// "Help with this question": a summary line that opens to paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    pub summary: &'static str,
    pub body: &'static [&'static str],
}

/// Questions about a job: hours and hourly pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobText {
    pub title: &'static str,
    pub hint: &'static str,
    pub hours: InputText,
    pub hourly_pay: InputText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Questions {
    pub partner: ChoiceText,
    pub your_age: InputText,
    pub partner_age: InputText,
    pub country: ChoiceText,
    pub london: ChoiceText,
    pub your_health: ChoiceText,
    pub partner_health: ChoiceText,
    pub health_help: Help,
    pub your_lcwra_rate: ChoiceText,
    pub partner_lcwra_rate: ChoiceText,
    pub lcwra_rate_help: Help,
    pub your_disability: ChoiceText,
    pub partner_disability: ChoiceText,
    /// "{benefit}" is replaced by the benefit's name.
    pub your_rates_title: &'static str,
    pub partner_rates_title: &'static str,
    pub daily_living: ChoiceText,
    pub pip_mobility: ChoiceText,
    pub dla_care: ChoiceText,
    pub dla_mobility: ChoiceText,
    pub you_care: ChoiceText,
    pub partner_cares: ChoiceText,
    pub children: InputText,
    /// "{n}" is replaced by an ordinal: "first", "second".
    pub child_age: InputText,
    pub child_born_before_2017: ChoiceText,
    pub child_disability_title: &'static str,
    pub child_disability_hint: &'static str,
    pub child_care: ChoiceText,
    pub child_mobility: ChoiceText,
    pub housing: ChoiceText,
    pub rent_title: &'static str,
    pub rent: InputText,
    pub rent_frequency: ChoiceText,
    pub other_adults: InputText,
    pub savings: InputText,
    pub savings_help: Help,
    pub childcare_title: &'static str,
    pub childcare_hint: &'static str,
    pub childcare: InputText,
    pub childcare_children: InputText,
    pub you_work_now: ChoiceText,
    pub partner_works_now: ChoiceText,
    pub your_job_now: JobText,
    pub partner_job_now: JobText,
    pub paid: ChoiceText,
    pub new_work: JobText,
    pub new_work_help: Help,
}

/// The start page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartText {
    pub title: &'static str,
    pub lead: &'static str,
    pub paragraphs: &'static [&'static str],
    pub you_need_heading: &'static str,
    pub you_need: &'static [&'static str],
    pub privacy_heading: &'static str,
    pub privacy: &'static str,
    pub start: &'static str,
}

/// Words used on every question page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommonText {
    pub service_name: &'static str,
    pub skip_link: &'static str,
    pub back: &'static str,
    pub continue_button: &'static str,
    /// "{n}" and "{total}".
    pub progress: &'static str,
    pub error_summary_title: &'static str,
    /// Put before the page title when there are errors.
    pub error_title_prefix: &'static str,
    /// Put before an inline error message, for screen readers.
    pub error_prefix_hidden: &'static str,
    pub estimate_note: &'static str,
    pub footer: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckAnswersText {
    pub title: &'static str,
    pub change: &'static str,
    /// Hidden after "Change" for screen readers: "Change <question>".
    pub submit: &'static str,
    pub intro: &'static str,
}

/// Words for each kind of line on the results page, with why it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineText {
    pub name: &'static str,
    pub why_changes: &'static str,
    pub why_same: &'static str,
}

/// Names for the parts of a Universal Credit calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UcBreakdownText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub standard_allowance: &'static str,
    pub child_element: &'static str,
    pub disabled_child_addition: &'static str,
    pub lcw_element: &'static str,
    pub lcwra_element: &'static str,
    pub carer_element: &'static str,
    pub housing_costs_element: &'static str,
    pub childcare_costs_element: &'static str,
    pub maximum_amount: &'static str,
    pub earnings: &'static str,
    pub work_allowance: &'static str,
    pub earnings_reduction: &'static str,
    pub tariff_income: &'static str,
    pub benefit_cap_reduction: &'static str,
    pub award: &'static str,
}

/// The lines of a payslip, each with why it is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PayText {
    /// "{hours}".
    pub heading: &'static str,
    pub partner_heading: &'static str,
    pub column: &'static str,
    pub gross: &'static str,
    pub gross_why: &'static str,
    pub income_tax: &'static str,
    pub income_tax_why: &'static str,
    pub national_insurance: &'static str,
    pub national_insurance_why: &'static str,
    pub pension: &'static str,
    pub pension_why: &'static str,
    pub take_home: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultsText {
    pub title: &'static str,
    /// "{week}", "{month}", "{hours}".
    pub better_off: &'static str,
    pub worse_off: &'static str,
    pub about_the_same: &'static str,
    pub no_work_yet: &'static str,
    pub summary_heading: &'static str,
    pub column_item: &'static str,
    pub column_now: &'static str,
    /// "{hours}".
    pub column_with_work: &'static str,
    pub column_change: &'static str,
    pub per_week: &'static str,
    pub per_month: &'static str,
    pub total: &'static str,
    pub lines_heading: &'static str,
    pub why: &'static str,
    pub rule: &'static str,
    pub stays_the_same_heading: &'static str,
    pub try_heading: &'static str,
    pub try_hint: &'static str,
    pub try_hours: InputText,
    pub try_pay: InputText,
    pub try_update: &'static str,
    pub no_uc_capital: &'static str,
    pub uc_nil: &'static str,
    pub benefit_cap_applies: &'static str,
    pub not_sure_health: &'static str,
    pub assumptions_heading: &'static str,
    pub assumptions: &'static [&'static str],
    pub next_heading: &'static str,
    pub next: &'static [&'static str],
    pub change_answers: &'static str,
    pub start_again: &'static str,
    pub take_home_pay: LineText,
    pub partner_take_home_pay: LineText,
    pub universal_credit: LineText,
    pub pip: LineText,
    pub adp: LineText,
    pub dla: LineText,
    pub cdp: LineText,
    pub child_benefit: LineText,
    pub uc_breakdown: UcBreakdownText,
    pub pay: PayText,
}

/// The whole catalogue for one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copy {
    pub language: &'static str,
    pub common: CommonText,
    pub start: StartText,
    pub questions: Questions,
    pub check_answers: CheckAnswersText,
    pub results: ResultsText,
    /// "first", "second", ... for children.
    pub ordinals: &'static [&'static str],
}
