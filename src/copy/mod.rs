//! Every word the app shows, in one catalogue per language. English is `EN`; a Welsh
//! catalogue is another `Copy` value (the compiler then insists on every string),
//! and components never hold words of their own.
//!
//! No figure is typed into the words: a `Template` has gaps (`{amount}`) that are
//! filled from the rules, the limits or the outcome when the words are shown.
//! Options are one field per answer, so a language cannot leave one out, and the
//! answers themselves (`answers::Choice`) are the same in every language.
//!
//! Style (NHS content guide, GOV.UK): "you", plain words, sentences up to 20 words,
//! no "should", "please" or "sorry", money as "£75" or "£75.50".

mod en;
mod template;

pub use en::EN;
pub use template::Template;

/// One option of a question answered by choosing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OptionText {
    pub label: Template,
    pub hint: Template,
}

/// A question answered by choosing one option; `O` has the words for each option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceQuestion<O> {
    pub legend: Template,
    pub hint: Template,
    pub options: O,
    /// "Select ..." when nothing is chosen.
    pub error: Template,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YesNoOptions {
    pub yes: OptionText,
    pub no: OptionText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryOptions {
    pub england: OptionText,
    pub scotland: OptionText,
    pub wales: OptionText,
    pub northern_ireland: OptionText,
}

/// `{protected}` and `{new}`: the two LCWRA amounts; `{lcw}`: the LCW element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HealthOptions {
    pub lcwra: OptionText,
    pub lcw: OptionText,
    pub lcw_element: OptionText,
    pub no: OptionText,
    pub not_sure: OptionText,
}

/// `{protected}` and `{new}`: the two LCWRA amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LcwraSinceOptions {
    pub before_2026: OptionText,
    pub severe_conditions: OptionText,
    pub terminally_ill: OptionText,
    pub new: OptionText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DisabilityOptions {
    pub none: OptionText,
    pub pip: OptionText,
    pub adp: OptionText,
    pub dla: OptionText,
}

/// `{amount}`: the weekly amount of that rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PipRateOptions {
    pub none: OptionText,
    pub standard: OptionText,
    pub enhanced: OptionText,
}

/// `{amount}`: the weekly amount of that rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DlaCareOptions {
    pub none: OptionText,
    pub lowest: OptionText,
    pub middle: OptionText,
    pub highest: OptionText,
}

/// `{amount}`: the weekly amount of that rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DlaMobilityOptions {
    pub none: OptionText,
    pub lower: OptionText,
    pub higher: OptionText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HomeOptions {
    pub rents_privately: OptionText,
    pub rents_socially: OptionText,
    pub shared_ownership: OptionText,
    pub owns: OptionText,
    pub no_rent: OptionText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrequencyOptions {
    pub weekly: OptionText,
    pub fortnightly: OptionText,
    pub four_weekly: OptionText,
    pub monthly: OptionText,
    /// Not offered by the questionnaire today, but a frequency the rules know.
    pub yearly: OptionText,
}

/// The boxes of a single private renter's "Do any of these apply to you?" page
/// (the shared accommodation rate's exceptions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SharedRateOptions {
    pub care_leaver: OptionText,
    pub homeless_hostel: OptionText,
    pub public_protection: OptionText,
    pub domestic_abuse: OptionText,
    pub modern_slavery: OptionText,
    pub none: OptionText,
}

/// The boxes of the extra bedroom page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BedroomOptions {
    pub overnight_care: OptionText,
    pub foster_parent: OptionText,
    pub disabled_child: OptionText,
    pub couple: OptionText,
    pub none: OptionText,
}

/// The ways into work to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityOptions {
    pub paid_work: OptionText,
    pub volunteering: OptionText,
    pub study: OptionText,
    pub self_employment: OptionText,
}

/// You or your partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonOptions {
    pub you: OptionText,
    pub partner: OptionText,
}

/// Comparing other ways into work on the results page, side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareText {
    pub heading: Template,
    /// `{most}`: how many more ways can be added.
    pub hint: Template,
    /// `{n}`: the way's number among those compared.
    pub way_heading: Template,
    pub add: Template,
    /// `{n}`.
    pub remove: Template,
    pub activity: ChoiceQuestion<ActivityOptions>,
    pub who: ChoiceQuestion<PersonOptions>,
    pub hours: InputQuestion,
    pub volunteering_hours: InputQuestion,
    pub hourly_pay: InputQuestion,
    pub full_time: ChoiceQuestion<YesNoOptions>,
    pub loan: InputQuestion,
    pub profit: InputQuestion,
    pub start_up: ChoiceQuestion<YesNoOptions>,
    pub main_work: ChoiceQuestion<YesNoOptions>,
    /// On a phone: which way to show beside now.
    pub show: Template,
    pub better_off_month: Template,
    pub better_off_week: Template,
    pub next_pounds: Template,
}

/// Whether a rented home is supported or temporary accommodation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupportedOptions {
    pub no: OptionText,
    pub supported: OptionText,
    pub temporary: OptionText,
}

/// Council tax bands, and "I'm not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BandOptions {
    /// `{band}`: the band's letter.
    pub band: OptionText,
    pub not_sure: OptionText,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SexOptions {
    pub boy: OptionText,
    pub girl: OptionText,
}

/// A name typed and chosen from the matches shown, with "I'm not sure" beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchQuestion {
    pub label: Template,
    pub hint: Template,
    pub not_sure: Template,
    /// Nothing typed and "I'm not sure" not ticked.
    pub missing: Template,
    /// `{text}`: typed, but not one of the names.
    pub no_match: Template,
    /// For screen readers, as the person types: `{n}` matches.
    pub matches_none: Template,
    pub matches_one: Template,
    pub matches_many: Template,
}

/// The boxes of the "money you get" page, one per income.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomeOptions {
    pub new_style_esa: OptionText,
    pub new_style_jsa: OptionText,
    /// `{carers_benefit}`: Carer's Allowance, or Carer Support Payment in Scotland.
    pub carers_allowance: OptionText,
    pub pension: OptionText,
    pub child_maintenance: OptionText,
    pub student_income: OptionText,
    pub legacy_benefits: OptionText,
    pub pension_credit: OptionText,
    pub something_else: OptionText,
    pub none: OptionText,
}

/// A question answered by ticking boxes, with what to say when the ticks cannot be
/// used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckboxQuestion<O> {
    pub legend: Template,
    pub hint: Template,
    pub options: O,
    /// Nothing ticked.
    pub missing: Template,
    /// "None of these" with something else.
    pub none_and_others: Template,
    /// New Style ESA and New Style JSA together.
    pub esa_and_jsa: Template,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EsaGroupOptions {
    pub assessment_phase: OptionText,
    pub support_group: OptionText,
    pub work_related_activity_group_before_2017: OptionText,
    pub work_related_activity_group: OptionText,
}

/// A question answered by typing. Every message may use `{least}` and `{most}`, the
/// field's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputQuestion {
    pub label: Template,
    pub hint: Template,
    /// Words before or after the box: "£", "hours a week".
    pub prefix: &'static str,
    pub suffix: &'static str,
    pub missing: Template,
    pub not_a_number: Template,
    /// A comma that is not between thousands, like a decimal comma ("2500,00").
    pub misplaced_comma: Template,
    pub too_precise: Template,
    pub too_small: Template,
    pub too_large: Template,
}

/// "Help with this question": a summary line that opens to paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    pub summary: Template,
    pub body: &'static [Template],
}

/// Questions about a job: hours and hourly pay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobQuestions {
    pub title: Template,
    pub hint: Template,
    pub hours: InputQuestion,
    pub hourly_pay: InputQuestion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Questions {
    pub partner: ChoiceQuestion<YesNoOptions>,
    pub your_age: InputQuestion,
    pub partner_age: InputQuestion,
    pub country: ChoiceQuestion<CountryOptions>,
    pub london: ChoiceQuestion<YesNoOptions>,
    pub your_health: ChoiceQuestion<HealthOptions>,
    pub partner_health: ChoiceQuestion<HealthOptions>,
    pub health_help: Help,
    pub your_lcwra_rate: ChoiceQuestion<LcwraSinceOptions>,
    pub partner_lcwra_rate: ChoiceQuestion<LcwraSinceOptions>,
    pub lcwra_rate_help: Help,
    pub your_disability: ChoiceQuestion<DisabilityOptions>,
    pub partner_disability: ChoiceQuestion<DisabilityOptions>,
    /// `{benefit}`: the benefit's name.
    pub your_rates_title: Template,
    pub partner_rates_title: Template,
    pub daily_living: ChoiceQuestion<PipRateOptions>,
    pub pip_mobility: ChoiceQuestion<PipRateOptions>,
    pub dla_care: ChoiceQuestion<DlaCareOptions>,
    pub dla_mobility: ChoiceQuestion<DlaMobilityOptions>,
    pub you_care: ChoiceQuestion<YesNoOptions>,
    pub partner_cares: ChoiceQuestion<YesNoOptions>,
    /// `{carers_benefit}` may appear in the options.
    pub your_incomes: CheckboxQuestion<IncomeOptions>,
    pub partner_incomes: CheckboxQuestion<IncomeOptions>,
    pub incomes_help: Help,
    /// Carer's Allowance, or Carer Support Payment in Scotland, for `{carers_benefit}`.
    pub carers_allowance_name: Template,
    pub carer_support_payment_name: Template,
    pub your_esa_group: ChoiceQuestion<EsaGroupOptions>,
    pub partner_esa_group: ChoiceQuestion<EsaGroupOptions>,
    pub your_esa_supported_work: ChoiceQuestion<YesNoOptions>,
    pub partner_esa_supported_work: ChoiceQuestion<YesNoOptions>,
    /// `{lower}`, `{higher}`, `{hours}`: the permitted work limits.
    pub esa_help: Help,
    pub your_esa_time_limit: ChoiceQuestion<YesNoOptions>,
    pub partner_esa_time_limit: ChoiceQuestion<YesNoOptions>,
    pub your_care_costs: InputQuestion,
    pub partner_care_costs: InputQuestion,
    pub your_pension: InputQuestion,
    pub partner_pension: InputQuestion,
    pub children: InputQuestion,
    /// `{n}`: the child's place, "first", "second".
    pub child_age: InputQuestion,
    pub child_born_before_2017: ChoiceQuestion<YesNoOptions>,
    pub child_disability_title: Template,
    pub child_disability_hint: Template,
    pub child_care: ChoiceQuestion<DlaCareOptions>,
    pub child_mobility: ChoiceQuestion<DlaMobilityOptions>,
    /// `{threshold}`: where the High Income Child Benefit Charge starts.
    pub child_benefit: ChoiceQuestion<YesNoOptions>,
    pub housing: ChoiceQuestion<HomeOptions>,
    pub rent_title: Template,
    pub rent: InputQuestion,
    pub rent_frequency: ChoiceQuestion<FrequencyOptions>,
    /// An owner's service charges each month.
    pub service_charges: InputQuestion,
    pub service_charges_help: Help,
    pub on_uc_9_months: ChoiceQuestion<YesNoOptions>,
    /// A private renter's Local Housing Allowance area.
    pub lha_area: SearchQuestion,
    pub lha_area_help: Help,
    /// A social renter's bedrooms.
    pub bedrooms: InputQuestion,
    pub bedrooms_help: Help,
    /// Every other adult who lives there (for the bedrooms).
    pub other_adults: InputQuestion,
    /// `{age}`: the youngest age that pays a housing cost contribution; `{most}`: how
    /// many other adults were counted.
    pub other_adults_paying: InputQuestion,
    /// `{age}`: the shared accommodation rate's age.
    pub shared_rate: CheckboxQuestion<SharedRateOptions>,
    pub shared_rate_help: Help,
    pub extra_bedrooms: CheckboxQuestion<BedroomOptions>,
    pub extra_bedrooms_help: Help,
    pub supported_housing: ChoiceQuestion<SupportedOptions>,
    pub supported_housing_help: Help,
    /// A renter pays council tax, or the landlord does.
    pub pays_council_tax: ChoiceQuestion<YesNoOptions>,
    /// The council that sends the council tax bill.
    pub council: SearchQuestion,
    pub council_help: Help,
    pub council_tax_band: ChoiceQuestion<BandOptions>,
    /// `{discount}`: the single person discount.
    pub your_severe_mental_impairment: ChoiceQuestion<YesNoOptions>,
    pub partner_severe_mental_impairment: ChoiceQuestion<YesNoOptions>,
    pub severe_mental_impairment_help: Help,
    /// The page asking which children are boys and which girls.
    pub child_sexes_title: Template,
    pub child_sexes_hint: Template,
    /// `{ordinal}`, `{age}`.
    pub child_sex: ChoiceQuestion<SexOptions>,
    pub savings: InputQuestion,
    /// `{lower}` and `{upper}`: the capital limits.
    pub savings_help: Help,
    pub childcare_title: Template,
    /// `{rate}`: the share of childcare costs UC pays.
    pub childcare_hint: Template,
    pub childcare: InputQuestion,
    pub childcare_children: InputQuestion,
    pub you_work_now: ChoiceQuestion<YesNoOptions>,
    pub partner_works_now: ChoiceQuestion<YesNoOptions>,
    pub your_job_now: JobQuestions,
    pub partner_job_now: JobQuestions,
    pub paid: ChoiceQuestion<FrequencyOptions>,
    pub new_work: JobQuestions,
    /// The hint for someone who works now: hours and pay in total after the change.
    pub new_work_hint_working: Template,
    /// `{national_living_wage}`.
    pub new_work_help: Help,
}

/// The start page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartText {
    pub title: Template,
    pub lead: Template,
    pub paragraphs: &'static [Template],
    pub you_need_heading: Template,
    pub you_need: &'static [Template],
    pub privacy_heading: Template,
    pub privacy: Template,
    pub start: Template,
}

/// Words used on every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommonText {
    pub service_name: Template,
    pub skip_link: Template,
    pub back: Template,
    pub continue_button: Template,
    /// Between a group's boxes and "None of these".
    pub or: Template,
    /// `{n}` and `{total}`.
    pub progress: Template,
    pub error_summary_title: Template,
    /// Put before the page title when there are errors.
    pub error_title_prefix: Template,
    /// Put before an inline error message, for screen readers.
    pub error_prefix_hidden: Template,
    /// `{first_year}` and `{second_year}`: the tax year's calendar years.
    pub estimate_note: Template,
    pub footer: Template,
    /// "first", "second", ... for children.
    pub ordinals: &'static [&'static str],
    /// The months, January first, and the days of the week, Monday first.
    pub months: [&'static str; 12],
    pub weekdays: [&'static str; 7],
    /// `{weekday}`, `{day}`, `{month}`, `{year}`: "Friday 15 January 2027".
    pub date: Template,
    /// `{day}`, `{month}`: "15 January".
    pub date_short: Template,
    /// `{day}`, `{month}`, `{year}`: "15 January 2027".
    pub date_without_weekday: Template,
    /// For a child past the end of `ordinals`.
    pub next_ordinal: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckAnswersText {
    pub title: Template,
    pub change: Template,
    pub submit: Template,
    pub intro: Template,
}

/// Words for each kind of income line on the results page, with why it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineText {
    pub name: Template,
    pub why_changes: Template,
    pub why_same: Template,
}

/// The words for every kind of income line. `{taper_pence}`, `{charge_threshold}`,
/// `{charge_all_at}` and `{child_payment_age}` may appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IncomeText {
    pub council_tax_reduction: LineText,
    pub housing_benefit: LineText,
    pub take_home_pay: LineText,
    pub partner_take_home_pay: LineText,
    pub universal_credit: LineText,
    pub pip: LineText,
    pub adp: LineText,
    pub dla: LineText,
    pub cdp: LineText,
    pub child_benefit: LineText,
    pub new_style_esa: LineText,
    pub new_style_jsa: LineText,
    pub carers_allowance: LineText,
    pub carer_support_payment: LineText,
    pub scottish_carer_supplement: LineText,
    pub pension: LineText,
    /// `{charge_threshold}`, `{charge_all_at}`: adjusted net income where the charge
    /// starts and where it takes all of Child Benefit.
    pub high_income_child_benefit_charge: LineText,
    /// `{child_payment_age}`: paid for children under this age.
    pub scottish_child_payment: LineText,
    /// Help that comes with Universal Credit. Their `why_changes` say what each is
    /// worth: `{prescription_certificate}`, `{meal_value}`, `{school_days}`,
    /// `{meals_from_age}`, `{healthy_start_under_one}`,
    /// `{healthy_start_one_to_four}`, `{warm_home_discount}`.
    pub free_prescriptions: LineText,
    pub free_school_meals: LineText,
    pub healthy_start: LineText,
    pub warm_home_discount: LineText,
    pub self_employment: LineText,
    pub student_loan: LineText,
    /// `{name}`: a line that is the partner's (other than pay).
    pub for_partner: Template,
    /// `{name}` and `{nth}`: a line that is a child's.
    pub for_child: Template,
}

/// Plain names for the parts of a Universal Credit calculation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UcBreakdownText {
    pub heading: Template,
    pub intro: Template,
    pub standard_allowance: Template,
    pub child_element: Template,
    pub disabled_child_addition: Template,
    pub lcw_element: Template,
    pub lcwra_element: Template,
    pub carer_element: Template,
    pub housing_costs_element: Template,
    pub owner_service_charges: Template,
    /// `{rate}`.
    pub childcare_costs_element: Template,
    pub transitional_element: Template,
    pub maximum_amount: Template,
    pub earnings: Template,
    pub work_allowance: Template,
    /// `{taper_pence}`.
    pub earnings_reduction: Template,
    pub unearned_income: Template,
    /// `{lower}`: the capital that counts for nothing.
    pub tariff_income: Template,
    pub benefit_cap_reduction: Template,
    pub award: Template,
}

/// The lines of a payslip, each with why it is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PayText {
    /// `{hours}`.
    pub heading: Template,
    pub partner_heading: Template,
    pub column: Template,
    pub gross: Template,
    pub gross_why: Template,
    pub income_tax: Template,
    /// `{personal_allowance}`, `{basic_rate}`.
    pub income_tax_why: Template,
    pub national_insurance: Template,
    /// `{threshold_week}`, `{threshold_month}`, `{rate}`.
    pub national_insurance_why: Template,
    pub pension: Template,
    /// `{trigger}`, `{age}`, `{rate}`, `{lower}`.
    pub pension_why: Template,
    pub take_home: Template,
    /// Under the payslip when its tax includes tax on taxable benefits.
    pub tax_includes_benefits: Template,
}

/// The months of the year with one more payday, for pay that comes every week, two
/// weeks or four weeks. `{usual_paydays}`, `{paydays}`, `{months}`, `{uc}`,
/// `{usual_uc}`, `{total}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OtherMonthsText {
    pub weekly: Template,
    pub fortnightly: Template,
    pub four_weekly: Template,
}

/// What is kept of the next pounds earned, and where the rest goes. `{extra}`,
/// `{kept}` (or `{lost}`), `{parts}`: the parts joined as a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextPoundsText {
    /// `{extra}`.
    pub heading: Template,
    pub you_keep: Template,
    pub partner_keep: Template,
    /// Nothing comes off.
    pub you_keep_all: Template,
    pub partner_keep_all: Template,
    /// A cliff edge within the next pounds: the household ends up with less.
    pub you_lose: Template,
    pub partner_lose: Template,
    /// Each part: `{amount}`, and `{name}` for a line.
    pub income_tax: Template,
    pub national_insurance: Template,
    pub pension: Template,
    pub line_falls: Template,
    pub line_rises: Template,
    /// The last join of a list: "a, b and c".
    pub and: Template,
}

/// Transitional protection from a managed move to UC, asked beside the UC worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransitionalProtectionText {
    pub heading: Template,
    pub intro: Template,
    pub amount: InputQuestion,
}

/// The first months of the work in mind, assessment period by assessment period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstMonthsText {
    /// `{months}`: the link that opens them, and their heading.
    pub link: Template,
    pub heading: Template,
    pub intro: Template,
    /// `{example}`.
    pub start: InputQuestion,
    /// `{usual}`: the day used when none is typed.
    pub period_day: InputQuestion,
    /// `{example}`, `{assumed}`: the payday used when none is typed.
    pub first_payday: InputQuestion,
    /// `{start}`, `{day}`, `{payday}`, `{then}`: the answers the months use.
    pub used: Template,
    /// `{days}`: pay every so many days.
    pub then_every_week: Template,
    pub then_every_days: Template,
    pub then_last_working_day: Template,
    /// `{day}`.
    pub then_day_of_month: Template,
    /// A date above cannot be read: no months until it can.
    pub fix_answers: Template,
    /// `{first}`, `{last}`.
    pub period: Template,
    pub column_money: Template,
    pub column_amount: Template,
    pub total: Template,
    pub compared: Template,
    /// `{date}`.
    pub uc_paid: Template,
    /// None of the new pay comes in the period.
    pub paydays_none: Template,
    /// `{count}`, `{usual}`, `{dates}`, `{uc}`: more paydays than usual; fewer.
    pub paydays_more: Template,
    pub paydays_fewer: Template,
    /// The same, for a single payday.
    pub paydays_once: Template,
    /// `{benefit}`, `{amount}`, `{weeks}`, `{date}`: a weekly benefit paid for the
    /// whole weeks before it stops on `{date}`.
    pub paid_before: Template,
    pub paid_before_one_week: Template,
    /// `{benefit}`, `{date}`: a weekly benefit paid all period, stopping later.
    pub still_paid: Template,
    pub uc_nil: Template,
    /// `{surplus}`: the pay above the amount that takes UC to nil.
    pub uc_nil_surplus: Template,
    /// UC at nil with transitional protection: it ends if the award ends.
    pub uc_nil_transitional: Template,
    pub surplus_may_count: Template,
    /// `{help}`: help that comes with UC, lost or kept this period because of pay.
    pub help_lost: Template,
    pub help_kept: Template,
    /// `{payday}`, `{amount}`: more pay than usual on one payday.
    pub extra_pay: Template,
    /// `{benefit}`, `{payday}`, `{from}`, `{weeks}`, `{amount}`: an extra shift's pay
    /// over the Carer's Allowance limit.
    pub allowance_lost_one_week: Template,
    pub allowance_lost_weeks: Template,
    /// Housing Benefit may run on for 4 weeks after New Style ESA stops.
    pub housing_benefit_run_on: Template,
    /// `{reduction}`, `{threshold}`: the benefit cap this period.
    pub benefit_cap: Template,
    /// `{date}`: the tax year ends within the months.
    pub after_tax_year: Template,
    pub change_of_work: Template,
    pub not_a_new_job: Template,
    /// What the months do not yet show.
    pub not_yet_shown: Template,
}

/// Help that comes with Universal Credit, each kind with its value and its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PassportedHelpText {
    pub heading: Template,
    pub intro: Template,
    /// `{amount}`: what it is worth a month.
    pub worth: Template,
    /// Where a kind of help is free for everyone, or not counted.
    pub prescriptions_free_wales: Template,
    pub prescriptions_free_scotland: Template,
    pub prescriptions_free_northern_ireland: Template,
    pub school_meals_not_counted_wales: Template,
    pub school_meals_not_counted_scotland: Template,
    pub school_meals_not_counted_northern_ireland: Template,
    pub best_start_foods_not_counted: Template,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultsText {
    pub title: Template,
    /// `{hours}`: a number of hours, "16 hours"; `one_hour` when it is 1.
    pub hours: Template,
    pub one_hour: Template,
    /// `{week}`, `{month}`, `{hours}` (as `hours` writes it).
    pub better_off: Template,
    pub worse_off: Template,
    pub about_the_same: Template,
    /// Beside `better_off` or `worse_off` when the months with one more payday make the
    /// year's average week differ from the usual month: `{week}`, the change a week on
    /// average over the year.
    pub year_average_better: Template,
    pub year_average_worse: Template,
    pub no_work_yet: Template,
    pub summary_heading: Template,
    pub column_item: Template,
    pub column_now: Template,
    /// `{hours}`.
    pub column_with_work: Template,
    pub per_week: Template,
    /// The weekly totals' label when they are the year's average.
    pub per_week_on_average: Template,
    pub per_month: Template,
    pub total: Template,
    pub lines_heading: Template,
    pub rule: Template,
    pub stays_the_same_heading: Template,
    pub try_heading: Template,
    pub try_hint: Template,
    pub hours_chart: HoursChartText,
    /// `{limit}`.
    pub no_uc_capital: Template,
    pub no_uc_full_time_student: Template,
    pub uc_nil: Template,
    /// `{threshold}`: the benefit cap now, and how earnings lift it.
    pub benefit_cap_applies: Template,
    /// `{earned}`: with the work the cap still applies in a usual month.
    pub benefit_cap_still_applies: Template,
    /// `{earned}`: with the work the cap stops.
    pub benefit_cap_would_stop: Template,
    /// `{threshold}`: no cap now, but the cap applies with the work.
    pub benefit_cap_with_work: Template,
    /// `{limit}`: earnings that stop a new health assessment (reg 41), for someone not
    /// sure of (or waiting for) their health element.
    pub no_new_health_assessment: Template,
    pub no_new_health_assessment_partner: Template,
    /// A scenario with unpaid volunteering.
    pub volunteering_changes_nothing: Template,
    /// Someone found to have LCW or LCWRA who works in the scenario (reg 41).
    pub health_decision_kept: Template,
    pub health_decision_kept_partner: Template,
    /// `{protected}`, `{new}`: a pre-2026 LCWRA claimant whose UC stops because of
    /// earnings.
    pub protected_rate_six_months: Template,
    pub protected_rate_six_months_partner: Template,
    pub other_months: OtherMonthsText,
    pub next_pounds: NextPoundsText,
    pub passported_help: PassportedHelpText,
    pub compare: CompareText,
    pub first_months: FirstMonthsText,
    pub transitional_protection: TransitionalProtectionText,
    pub not_sure_health: Template,
    /// `{benefit}`, `{headroom}`, `{limit}`, `{hours_limit}`: a benefit kept with the work.
    pub headroom_money: Template,
    /// The same, for a rule with an hours limit too.
    pub headroom_money_and_hours: Template,
    /// `{benefit}`, `{hours_limit}`: New Style JSA, kept under an hours limit.
    pub headroom_hours: Template,
    /// `{benefit}`: a benefit the work stops, a cliff edge.
    pub benefit_stops: Template,
    /// `{benefit}`, `{earnings}`, `{headroom}`, `{limit}`: the room the work done now
    /// leaves, beside a benefit the new work stops.
    pub headroom_now: Template,
    /// `{hours}` ("15.75 hours"): the most hours at the same hourly pay that keep it.
    pub most_hours: Template,
    /// The same four, about a partner.
    pub headroom_money_partner: Template,
    pub headroom_money_and_hours_partner: Template,
    pub headroom_now_partner: Template,
    pub most_hours_partner: Template,
    pub child_maintenance_ignored: Template,
    /// `{benefit}`: a benefit said to be paid that the work done now already stops.
    pub stopped_by_work_now: Template,
    /// `{amount}`: Scottish Child Payment now, a month, lost when UC stops.
    pub scottish_child_payment_stops: Template,
    /// New Style ESA said to be past its 365-day limit: left out.
    pub esa_time_limit_reached: Template,
    pub esa_time_limit_reached_partner: Template,
    pub rent: RentText,
    pub council_tax: CouncilTaxText,
    pub partial: PartialText,
    pub assumptions_heading: Template,
    pub next_heading: Template,
    pub next: &'static [Template],
    pub change_answers: Template,
    pub start_again: Template,
    pub uc_breakdown: UcBreakdownText,
    pub pay: PayText,
}

/// The hours chart: your money a month at each number of hours, by where it comes
/// from, with the points where a rule changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoursChartText {
    pub heading: Template,
    /// `{pay}`: the hourly pay kept at every number of hours; `{most}`: the most hours.
    pub description: Template,
    /// `{hours}` as `ResultsText::hours` writes it.
    pub hours_tick: Template,
    pub money_axis: Template,
    pub hours_axis: Template,
    /// The parts, stacked in this order.
    pub take_home_pay: Template,
    pub universal_credit: Template,
    pub esa_and_jsa: Template,
    pub carers: Template,
    pub other_benefits: Template,
    pub passported_help: Template,
    pub total: Template,
    /// `{hours}`: the work you are looking at, highlighted.
    pub scenario: Template,
    pub marks_heading: Template,
    /// One mark in the key: `{name}`, `{hours}`.
    pub mark: Template,
    pub no_marks: Template,
    pub work_allowance_used_up: Template,
    pub income_tax_starts: Template,
    pub national_insurance_starts: Template,
    pub universal_credit_ends: Template,
    pub auto_enrolment: Template,
    pub benefit_cap_lifted: Template,
    pub childcare_counted: Template,
    pub owner_service_charges_stop: Template,
    pub no_new_health_assessment: Template,
    /// `{benefit}`: a benefit's name (with whose it is).
    pub benefit_stops: Template,
    pub child_benefit_charge_starts: Template,
    pub scottish_child_payment_stops: Template,
    /// `{help}`: passported help's name.
    pub help_stops: Template,
    pub table_summary: Template,
    pub column_hours: Template,
}

/// What every estimate assumes. `{tax_year}`, `{first_year}`, `{second_year}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssumptionText {
    pub rules_for_tax_year: Template,
    pub steady_pay_usual_month: Template,
    pub income_tax_shared_over_the_year: Template,
    pub other_benefits_not_included: Template,
    pub tax_on_benefits_through_pay: Template,
}

/// Why the benefit cap does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapExemptionText {
    /// `{earned_income}`, `{threshold}`.
    pub earnings: Template,
    pub lcwra_element: Template,
    pub carer_element: Template,
    pub disability_benefit: Template,
    pub carers_allowance: Template,
    pub esa_support_component: Template,
}

/// One sentence for each benefit's earnings rule. `{limit}` (a week), `{hours_limit}`,
/// `{earnings}` (a week, as the rule counts them), `{hours}`, `{headroom}` (how much
/// under the limit), `{over}` (how much over it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EarningsRuleText {
    pub permitted_work_lower_limit: Template,
    pub permitted_work_under_hours_limit: Template,
    pub supported_permitted_work: Template,
    pub jsa_remunerative_work: Template,
    pub carers_earnings_limit: Template,
}

/// Why a line changes or stays the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReasonText {
    pub no_pay: Template,
    pub pay_after_deductions: Template,
    pub not_means_tested: Template,
    pub child_benefit_not_affected_by_work: Template,
    /// `{percent}`, `{income}` (adjusted net income), `{step}`, `{threshold}`,
    /// `{all_at}`.
    pub high_income_child_benefit_charge: Template,
    /// `{first_step}`: the adjusted net income at which the charge starts.
    pub no_high_income_child_benefit_charge: Template,
    /// `{age}`.
    pub scottish_child_payment_while_on_universal_credit: Template,
    pub scottish_child_payment_stops_with_universal_credit: Template,
    /// `{limit}`.
    pub no_universal_credit_capital_over_limit: Template,
    pub universal_credit_unchanged: Template,
    /// `{taper_pence}`, `{work_allowance}`.
    pub earnings_tapered_above_work_allowance: Template,
    /// `{taper_pence}`.
    pub earnings_tapered_no_work_allowance: Template,
    pub lower_earnings_less_tapered: Template,
    /// `{exemption}`.
    pub benefit_cap_lifted: Template,
    pub benefit_cap_no_longer_reduces: Template,
    /// `{reduction}`.
    pub benefit_cap_reduces: Template,
    /// `{rate}`.
    pub childcare_costs_now_counted: Template,
    pub childcare_costs_no_longer_counted: Template,
    pub owner_service_charges_stop_with_earnings: Template,
    pub universal_credit_nil_income_too_high: Template,
    pub unearned_income_fell: Template,
    pub unearned_income_rose: Template,
    pub no_earnings_to_test: Template,
    /// Earnings within the rule: the benefit is kept.
    pub within_earnings_rule: EarningsRuleText,
    /// Earnings or hours over the rule: the benefit stops.
    pub stops_over_earnings_rule: EarningsRuleText,
    /// `{disregard}`.
    pub jsa_earnings_deducted: Template,
    pub reduced_by_overlapping_benefit: Template,
    pub pension_not_affected_by_work: Template,
    /// `{taper_pence}`: Council Tax Reduction's taper, by kind of scheme.
    pub ctr_tapered_national: Template,
    pub ctr_tapered_typical: Template,
    pub ctr_tapered_council: Template,
    /// `{share}`, `{earnings}` (a week).
    pub ctr_banded: Template,
    pub ctr_estimate_typical_scheme: Template,
    pub ctr_estimate_child_amount: Template,
    pub ctr_estimate_other_adults: Template,
    pub ctr_estimate_premiums: Template,
    pub ctr_estimate_scheme_figures: Template,
    pub ctr_estimate_savings: Template,
    pub housing_benefit_with_universal_credit: Template,
    /// `{taper_pence}`.
    pub housing_benefit_tapered: Template,
    /// `{limit}`, `{headroom}`: take-home pay a month.
    pub help_kept_under_pay_limit: Template,
    /// `{limit}`, `{take_home}`.
    pub help_lost_over_pay_limit: Template,
    pub help_kept_with_universal_credit: Template,
    pub self_employed_profit_after_tax: Template,
    /// `{floor}`.
    pub minimum_income_floor_applied: Template,
    pub minimum_income_floor_start_up_period: Template,
    pub minimum_income_floor_not_applied: Template,
    pub minimum_income_floor_not_main_work: Template,
    pub full_time_student_no_universal_credit: Template,
    /// `{per_month}`, `{months}`, `{disregard}`.
    pub student_income_counted: Template,
    pub student_loan_twelfth: Template,
    pub help_stops_with_universal_credit: Template,
}

/// The council tax bill in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CouncilTaxText {
    /// `{band}`, `{council}`, `{yearly}`, `{monthly}`.
    pub bill: Template,
    /// `{rate}`, `{full}` (the full bill for the year).
    pub discount_one_adult: Template,
    pub discount_disregarded: Template,
    pub discount_all_disregarded: Template,
    pub exempt: Template,
}

/// How much of the rent Universal Credit counts, and why (UC Regs 2013 Sch 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RentText {
    /// `{area}`, `{rate}` (a month), `{category}` (one of the category words below).
    pub lha_within: Template,
    /// The same, with `{rent}` and `{gap}` (what the rent is over the rate).
    pub lha_capped: Template,
    /// Not sure of the area: `{country}`, `{category}`, `{rate}` (the lowest there).
    pub lha_within_lowest: Template,
    /// Not sure of the area and the rent is over the lowest rate: `{category}`.
    pub lha_not_checked: Template,
    pub category_shared: Template,
    pub category_one_bedroom: Template,
    /// `{bedrooms}`: 2 to 4.
    pub category_bedrooms: Template,
    /// `{age}`: the shared accommodation rate's age.
    pub shared_rate: Template,
    /// `{age}`, `{reason}` (one of the reasons below).
    pub shared_rate_excepted: Template,
    pub excepted_disability_benefit: Template,
    pub excepted_care_leaver: Template,
    pub excepted_homeless_hostel: Template,
    pub excepted_public_protection: Template,
    pub excepted_domestic_abuse: Template,
    pub excepted_modern_slavery: Template,
    /// `{allowed}`: the bedrooms allowed, more than the Local Housing Allowance's
    /// `{most}`.
    pub more_than_most_bedrooms: Template,
    /// `{in_home}`, `{allowed}`.
    pub no_spare_bedrooms: Template,
    /// `{in_home}`, `{allowed}`, `{spare}`, `{rate}`, `{reduction}` (a month).
    pub spare_bedrooms: Template,
    /// `{allowed}`, `{one}` and `{two}` (the two reductions).
    pub bedrooms_not_said: Template,
    /// The country names, for `{country}`.
    pub england: Template,
    pub scotland: Template,
    pub wales: Template,
    pub northern_ireland: Template,
}

/// Incomes we cannot work out yet, by name, for the partial answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotIncludedText {
    pub legacy_benefits: Template,
    pub pension_credit: Template,
    pub student_income: Template,
    pub something_else: Template,
    pub lha_area: Template,
    pub bedrooms_in_home: Template,
    pub children_sexes: Template,
    pub council_tax_reduction: Template,
    pub council_tax_not_known: Template,
    pub housing_benefit_off_uc: Template,
    pub housing_benefit_other_adults: Template,
    pub benefits_while_studying: Template,
    pub benefits_while_self_employed: Template,
    /// `{name}`: an income that is the partner's.
    pub for_partner: Template,
}

/// The panel shown instead of a better-off figure when an income is not worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialText {
    pub heading: Template,
    /// Before the list of incomes left out.
    pub intro: Template,
    pub why: Template,
    pub advice: Template,
    /// The totals' label: not the whole income.
    pub total: Template,
    /// In place of a change in the totals.
    pub not_shown: Template,
    pub not_included: NotIncludedText,
}

/// A name for a scenario made from its work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScenarioNameText {
    pub you: Template,
    pub partner: Template,
    /// `{who}`, `{hours}` (as `ResultsText::hours` writes it: "16 hours", "1 hour"),
    /// `{hourly_pay}`.
    pub hourly: Template,
    /// `{who}`, `{hours}`, `{salary}`.
    pub salary: Template,
    /// `{who}`, `{hours}`.
    pub hours_only: Template,
    /// `{who}`.
    pub not_working: Template,
    /// `{who}`, `{hours}`, `{profit}` (a month).
    pub self_employed: Template,
    /// `{who}`, `{hours}`.
    pub volunteering: Template,
    /// `{who}`.
    pub full_time_study: Template,
    pub part_time_study: Template,
    pub separator: Template,
    pub no_paid_work: Template,
}

/// The exact labels of the calc command's JSON and of a printed summary: each UC
/// element and deduction with the figures behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportText {
    pub standard_allowance_single_under_25: Template,
    pub standard_allowance_single_25_or_over: Template,
    pub standard_allowance_couple_both_under_25: Template,
    pub standard_allowance_couple_one_or_both_25_or_over: Template,
    /// `{n}`: the child's number in the list.
    pub child_element: Template,
    pub child_element_first_born_before_2017: Template,
    pub disabled_child_addition_lower: Template,
    pub disabled_child_addition_higher: Template,
    pub lcw_element: Template,
    pub lcwra_element_protected: Template,
    pub lcwra_element_new_claimant: Template,
    pub carer_element: Template,
    /// `{rent}`.
    pub housing_costs_element: Template,
    /// `{rent}`, `{contributions}`.
    pub housing_costs_element_less_contributions: Template,
    /// `{rent}`, `{counted}`: a rent UC counts only part of.
    pub housing_costs_element_limited: Template,
    /// `{rent}`, `{counted}`, `{contributions}`.
    pub housing_costs_element_limited_less_contributions: Template,
    /// `{charges}`.
    pub owner_service_charges: Template,
    /// `{rate}`, `{costs}`.
    pub childcare_costs_element: Template,
    /// `{rate}`, `{costs}`, `{cap}`.
    pub childcare_costs_element_capped: Template,
    pub transitional_element: Template,
    /// `{taper}`, `{earned_income}`, `{work_allowance}`.
    pub earnings_reduction: Template,
    /// `{taper}`, `{earned_income}`.
    pub earnings_reduction_no_work_allowance: Template,
    /// `{income}`.
    pub unearned_income: Template,
    /// `{savings}`.
    pub tariff_income: Template,
    /// `{cap}`.
    pub benefit_cap_reduction: Template,
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
    pub income: IncomeText,
    pub reasons: ReasonText,
    pub cap_exemptions: CapExemptionText,
    pub assumptions: AssumptionText,
    pub scenario_names: ScenarioNameText,
}

impl Copy {
    /// The exact labels of the calc command's JSON. Apart from the catalogue, so that
    /// the app, which does not show them yet, does not carry them in its download.
    pub fn report(&self) -> &'static ReportText {
        &en::REPORT
    }
}
