//! The shape of one tax year's rates and thresholds. The figures themselves live in
//! one file per year (`y2026_27.rs`); a new year is a new file, not an edit across
//! the engine.
//!
//! Every figure is `Cited`: a figure without a source does not compile.

mod council_tax;
mod passported_help;
mod tables;
mod y2026_27;

pub use council_tax::{
    AllowanceSet, Allowances, BandedScheme, CouncilTaxReductionRules, CouncilTaxRules,
    EarningsDisregards, TaperedScheme, UcApplicableAmount,
};

pub use passported_help::{
    FreeSchoolMeals, HealthyStart, NhsHealthCosts, PassportedHelp, WarmHomeDiscount,
};
pub use tables::{BankHolidays, CouncilArea, LhaArea, Tables};
pub use y2026_27::{RULES_2026_27, TABLES_2026_27};

use serde::{Deserialize, Serialize};

use crate::dates::{Date, TaxYear};
use crate::money::{Money, Rate};
use crate::period::{Monthly, Weekly, Yearly};
use crate::source::Source;

/// Every year of rules there is, oldest first.
const YEARS: [&Rules; 1] = [&RULES_2026_27];

/// The rules for the tax year `date` falls in. Before the first year there are
/// rules for, the first year's; after the last, the last year's, until the next
/// year's file is added: `rules.tax_year.contains(date)` tells which happened, so the
/// page can say which year its figures are for. The engine never reads the clock:
/// the caller passes the date in.
pub fn rules_for(date: Date) -> &'static Rules {
    let year = TaxYear::containing(date);
    let mut chosen = YEARS[0];
    for rules in YEARS {
        if rules.tax_year <= year {
            chosen = rules;
        }
    }
    chosen
}

/// The published tables for a tax year (`rules_for`'s choice of year).
pub fn tables_for(year: TaxYear) -> &'static Tables {
    let mut chosen = YEAR_TABLES[0];
    for (rules, tables) in YEARS.iter().zip(YEAR_TABLES) {
        if rules.tax_year <= year {
            chosen = tables;
        }
    }
    chosen
}

/// Each year's tables, in the order of `YEARS`.
const YEAR_TABLES: [&Tables; 1] = [&TABLES_2026_27];

impl Rules {
    /// This year's published tables: the Local Housing Allowance and council tax.
    pub fn tables(&self) -> &'static Tables {
        tables_for(self.tax_year)
    }
}

/// A figure with the place it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>, 'de: 'static"))]
pub struct Cited<T> {
    pub value: T,
    pub source: Source,
}

impl<T> Cited<T> {
    pub const fn new(value: T, source: Source) -> Cited<T> {
        Cited { value, source }
    }
}

/// Every rate and threshold the engine uses for one tax year. Reads back from its
/// own JSON (the dead-parameter test nudges each figure that way); the sources'
/// words are borrowed from that JSON, so it must live as long as the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Rules {
    /// 6 April to 5 April. Uprated benefit rates take effect in the week beginning
    /// with the first Monday of the tax year (Social Security Administration Act 1992
    /// s.150(10)): 6 April in 2026. UC's new amounts apply from the first assessment
    /// period beginning on or after that Monday (s.150(10ZA)).
    /// Not modelled: `rules_for` chooses by the date's tax year, so an assessment
    /// period that began before 6 April and ends after it is given the new year's UC
    /// amounts, though the law gives it the old year's.
    pub tax_year: TaxYear,
    pub universal_credit: UniversalCredit,
    pub size_criteria: SizeCriteria,
    pub council_tax: CouncilTaxRules,
    pub housing_benefit: HousingBenefitRules,
    pub benefit_cap: BenefitCap,
    pub income_tax: IncomeTax,
    pub national_insurance: NationalInsurance,
    pub workplace_pension: WorkplacePension,
    pub minimum_wage: MinimumWage,
    pub disability_benefits: DisabilityBenefits,
    pub child_benefit: ChildBenefit,
    pub new_style_esa: NewStyleEsaRates,
    pub new_style_jsa: NewStyleJsaRates,
    pub carers_allowance: CarersAllowanceRates,
    pub high_income_child_benefit_charge: HighIncomeChildBenefitCharge,
    pub scottish_child_payment: ScottishChildPayment,
    pub passported_help: PassportedHelp,
    pub self_employment: SelfEmploymentRules,
    pub study: StudyRules,
}

/// UC Regs 2013 reg 36 (amounts), reg 22 (work allowance, taper), regs 18 and 72
/// (capital), Sch 4 (housing costs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct UniversalCredit {
    pub standard_allowance_single_under_25: Cited<Monthly>,
    pub standard_allowance_single_25_or_over: Cited<Monthly>,
    pub standard_allowance_couple_both_under_25: Cited<Monthly>,
    pub standard_allowance_couple_one_or_both_25_or_over: Cited<Monthly>,
    /// The higher amount, for a first child born before 6 April 2017.
    pub child_element_first_child_born_before_6_april_2017: Cited<Monthly>,
    pub child_element: Cited<Monthly>,
    pub disabled_child_addition_lower: Cited<Monthly>,
    pub disabled_child_addition_higher: Cited<Monthly>,
    /// Only for claims with LCW from before 3 April 2017, kept by transitional saving.
    pub lcw_element: Cited<Monthly>,
    /// Pre-2026 claimants, severe conditions criteria claimants, terminally ill claimants.
    pub lcwra_element_protected: Cited<Monthly>,
    /// Everyone else with LCWRA from 6 April 2026.
    pub lcwra_element_new_claimant: Cited<Monthly>,
    pub carer_element: Cited<Monthly>,
    pub childcare_costs_rate: Cited<Rate>,
    pub childcare_costs_cap_one_child: Cited<Monthly>,
    pub childcare_costs_cap_two_or_more_children: Cited<Monthly>,
    pub work_allowance_higher: Cited<Monthly>,
    pub work_allowance_lower: Cited<Monthly>,
    pub earnings_taper: Cited<Rate>,
    pub capital_lower_limit: Cited<Money>,
    pub capital_upper_limit: Cited<Money>,
    pub tariff_income_per_step: Cited<Monthly>,
    pub tariff_income_step: Cited<Money>,
    pub housing_cost_contribution: Cited<Monthly>,
    /// Non-dependants under this age pay no housing cost contribution.
    pub housing_cost_contribution_minimum_age: Cited<u8>,
    /// Reg 41(2): with monthly earnings (before tax) of at least this many hours a week
    /// at the National Living Wage, × 52 / 12, no new assessment of limited capability
    /// for work is made, unless the person gets a disability benefit (reg 41(3)).
    pub health_assessment_earnings_hours: Cited<u32>,
}

/// The bedrooms a renter is allowed, and what follows from them: UC Regs 2013 Sch 4
/// paras 8 to 12 (the size criteria), 25 to 29 (the Local Housing Allowance for
/// private renters) and 36 (spare bedrooms in social housing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct SizeCriteria {
    /// Para 10(1)(b): each person this age or over has a bedroom of their own;
    /// younger, a child who may share.
    pub own_bedroom_from_age: Cited<u8>,
    /// Para 10(1)(d): two children under this age share, whatever their sex.
    pub children_of_either_sex_share_under: Cited<u8>,
    /// Para 26: no private renter is allowed more bedrooms than this.
    pub most_bedrooms_private: Cited<u8>,
    /// Para 28(2)(a): a single renter under this age, with no children and no
    /// non-dependants, gets the shared accommodation rate.
    pub shared_accommodation_under: Cited<u8>,
    /// Para 29(2): care leavers from this age, and under the next, are excepted.
    pub care_leaver_from: Cited<u8>,
    pub care_leaver_under: Cited<u8>,
    /// Para 36(3): the reduction for one spare bedroom.
    pub one_spare_bedroom: Cited<Rate>,
    /// Para 36(3): the reduction for two or more.
    pub two_or_more_spare_bedrooms: Cited<Rate>,
}

/// Housing Benefit for supported and temporary accommodation (HB Regs 2006). Its
/// allowances, premiums and earnings disregards are those the English Council Tax
/// Reduction schemes use (`council_tax.reduction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct HousingBenefitRules {
    /// Reg 71: the share of income over the applicable amount taken off.
    pub taper: Cited<Rate>,
    /// Reg 43: no HB with capital over this (off UC).
    pub capital_limit: Cited<Money>,
    /// Reg 75: no HB of less than this a week.
    pub minimum_weekly: Cited<Weekly>,
}

/// UC Regs 2013 regs 79 to 83.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct BenefitCap {
    pub greater_london_couple_or_with_children: Cited<Yearly>,
    pub greater_london_single: Cited<Yearly>,
    pub elsewhere_couple_or_with_children: Cited<Yearly>,
    pub elsewhere_single: Cited<Yearly>,
    /// Reg 82(1)(a): earnings at the National Living Wage for this many hours a week.
    pub earnings_exemption_hours: Cited<u32>,
}

/// The name the law gives a band of income tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxBandName {
    Starter,
    Basic,
    Intermediate,
    Higher,
    Advanced,
    Top,
    Additional,
}

/// A band of taxable income (income above the personal allowance) and its rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxBand {
    pub name: TaxBandName,
    /// The top of the band, in taxable income for the year; `None` for the top band.
    pub up_to: Option<Money>,
    pub rate: Rate,
}

/// Income tax on earnings (non-savings, non-dividend income).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct IncomeTax {
    pub personal_allowance: Cited<Yearly>,
    /// Adjusted net income above which the personal allowance falls by £1 for every £2.
    pub personal_allowance_taper_threshold: Cited<Yearly>,
    /// England, Wales and Northern Ireland (Welsh rates are set equal to these).
    pub bands_rest_of_uk: Cited<[TaxBand; 3]>,
    pub bands_scotland: Cited<[TaxBand; 6]>,
}

/// Employee (primary) Class 1 National Insurance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct NationalInsurance {
    /// Yearly figures: pay periods of several weeks use yearly / 52 × weeks, rounded
    /// up to the next pound (SSCR 2001 reg 11; HMRC NIM01206).
    pub primary_threshold_yearly: Cited<Yearly>,
    pub upper_earnings_limit_yearly: Cited<Yearly>,
    pub primary_threshold_weekly: Cited<Weekly>,
    pub primary_threshold_monthly: Cited<Monthly>,
    pub upper_earnings_limit_weekly: Cited<Weekly>,
    pub upper_earnings_limit_monthly: Cited<Monthly>,
    pub main_rate: Cited<Rate>,
    pub additional_rate: Cited<Rate>,
}

/// The automatic enrolment thresholds for one pay reference period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PensionThresholds {
    /// Qualifying earnings start above this.
    pub qualifying_earnings_lower_limit: Money,
    /// A jobholder is enrolled when pay is more than this.
    pub earnings_trigger: Money,
    /// Qualifying earnings stop at this.
    pub qualifying_earnings_upper_limit: Money,
}

/// Automatic enrolment into a workplace pension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct WorkplacePension {
    /// The thresholds are set as rounded figures for each pay reference period.
    pub yearly: Cited<PensionThresholds>,
    pub weekly: Cited<PensionThresholds>,
    pub fortnightly: Cited<PensionThresholds>,
    pub four_weekly: Cited<PensionThresholds>,
    pub monthly: Cited<PensionThresholds>,
    /// The employee's minimum share of the total, including tax relief.
    pub employee_minimum_rate: Cited<Rate>,
    /// Relief at source: the member pays the contribution less basic rate tax.
    pub basic_rate_relief: Cited<Rate>,
    pub automatic_enrolment_minimum_age: Cited<u8>,
    /// Automatic enrolment stops at State Pension age (66 for people reaching it in 2026/27).
    pub automatic_enrolment_maximum_age: Cited<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct MinimumWage {
    /// The National Living Wage, for workers aged 21 and over.
    pub national_living_wage: Cited<Money>,
    /// The National Minimum Wage for ages 18 to 20, and under 18.
    pub age_18_to_20: Cited<Money>,
    pub under_18: Cited<Money>,
}

/// Weekly rates of the disability benefits that work does not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct DisabilityBenefits {
    pub pip_daily_living_standard: Cited<Weekly>,
    pub pip_daily_living_enhanced: Cited<Weekly>,
    pub pip_mobility_standard: Cited<Weekly>,
    pub pip_mobility_enhanced: Cited<Weekly>,
    pub dla_care_lowest: Cited<Weekly>,
    pub dla_care_middle: Cited<Weekly>,
    pub dla_care_highest: Cited<Weekly>,
    pub dla_mobility_lower: Cited<Weekly>,
    pub dla_mobility_higher: Cited<Weekly>,
    /// Adult Disability Payment (Scotland): UNCLEAR, taken as equal to PIP.
    pub adp_daily_living_standard: Cited<Weekly>,
    pub adp_daily_living_enhanced: Cited<Weekly>,
    pub adp_mobility_standard: Cited<Weekly>,
    pub adp_mobility_enhanced: Cited<Weekly>,
    /// Child Disability Payment (Scotland): UNCLEAR, taken as equal to DLA.
    pub cdp_care_lowest: Cited<Weekly>,
    pub cdp_care_middle: Cited<Weekly>,
    pub cdp_care_highest: Cited<Weekly>,
    pub cdp_mobility_lower: Cited<Weekly>,
    pub cdp_mobility_higher: Cited<Weekly>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct ChildBenefit {
    pub eldest_child: Cited<Weekly>,
    pub each_other_child: Cited<Weekly>,
}

/// New Style ESA: weekly amounts (ESA Regs 2013 regs 62 to 67), the permitted work
/// limits (reg 39) and the pension rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct NewStyleEsaRates {
    /// The assessment phase amount for a claimant under this age is the lower one.
    pub assessment_phase_lower_rate_under: Cited<u8>,
    pub assessment_phase_under_25: Cited<Weekly>,
    pub assessment_phase_25_or_over: Cited<Weekly>,
    /// The main phase basic amount, at any age.
    pub main_phase_basic_amount: Cited<Weekly>,
    pub support_component: Cited<Weekly>,
    /// Only on claims made before 3 April 2017.
    pub work_related_activity_component: Cited<Weekly>,
    /// Reg 39(1)(a): earnings up to this at any hours.
    pub permitted_work_lower_limit: Cited<Weekly>,
    /// Reg 39(1)(b) and (c): 16 × the National Living Wage, rounded up to 50p.
    pub permitted_work_higher_limit: Cited<Weekly>,
    /// Reg 39(1)(c): the higher limit is for work of fewer hours than this a week.
    pub permitted_work_hours: Cited<u32>,
    /// Pension payments above this a week reduce ESA.
    pub pension_threshold: Cited<Weekly>,
    /// The share of the pension above the threshold that comes off ESA.
    pub pension_reduction: Cited<Rate>,
}

/// New Style JSA: weekly amounts (JSA Regs 2013), the earnings disregard and the
/// hours that end it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct NewStyleJsaRates {
    /// A claimant under this age gets the lower amount.
    pub lower_rate_under: Cited<u8>,
    pub under_25: Cited<Weekly>,
    pub aged_25_or_over: Cited<Weekly>,
    /// Earnings up to this a week are ignored; the rest comes off pound for pound.
    pub earnings_disregard: Cited<Weekly>,
    /// Work of this many hours a week or more is remunerative work: no JSA.
    pub remunerative_work_hours: Cited<u32>,
    /// Pension payments above this a week come off pound for pound.
    pub pension_threshold: Cited<Weekly>,
}

/// Carer's Allowance and Carer Support Payment (Scotland).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct CarersAllowanceRates {
    pub weekly_rate: Cited<Weekly>,
    /// Net weekly earnings above this: no Carer's Allowance that week.
    pub earnings_limit: Cited<Weekly>,
    /// The share of pension contributions taken off earnings.
    pub pension_contributions_deducted: Cited<Rate>,
    /// Care costs paid while at work come off, up to this share of net earnings.
    pub care_costs_most_share: Cited<Rate>,
    /// Paid with Carer Support Payment in Scotland.
    pub scottish_carer_supplement: Cited<Weekly>,
}

/// Income Tax (Earnings and Pensions) Act 2003 ss.681B and 681C, the sums as
/// substituted by Finance (No. 2) Act 2024 s.5 from 2024/25. The charge is the
/// appropriate percentage of the year's Child Benefit: 100%, or if less
/// (ANI − L) / X %, rounded down to a whole number (s.681C(2), (3)(b)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct HighIncomeChildBenefitCharge {
    /// "L": no charge unless adjusted net income for the year exceeds this
    /// (s.681B(1)(a)); the percentage counts from it (s.681C(2)).
    pub threshold: Cited<Yearly>,
    /// "X": one per cent of the year's Child Benefit for every this much adjusted net
    /// income over the threshold (s.681C(2)), so all of it at L + 100 × X.
    pub income_per_percent: Cited<Money>,
}

/// Self-employment: Class 4 National Insurance on profits (SSCBA 1992 s.15) and the
/// UC minimum income floor's hours (UC Regs 2013 regs 62, 88, 90).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct SelfEmploymentRules {
    pub class_4_lower_profits_limit: Cited<Yearly>,
    pub class_4_upper_profits_limit: Cited<Yearly>,
    pub class_4_main_rate: Cited<Rate>,
    pub class_4_additional_rate: Cited<Rate>,
    /// Reg 88: the expected hours of someone with all work-related requirements.
    pub expected_hours: Cited<u32>,
    /// Reg 90(2)(a): the hours of the individual threshold for someone with only
    /// some work-related requirements (WRA 2012 ss.20, 21).
    pub hours_with_some_requirements: Cited<u32>,
}

/// Students and their income (UC Regs 2013 regs 12 to 14, 68 to 71).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct StudyRules {
    /// Reg 71 step 4: taken off the student income of each assessment period.
    pub student_income_disregard: Cited<Monthly>,
}

/// Scottish Child Payment Regulations 2020 (SSI 2020/351).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct ScottishChildPayment {
    /// Reg 20: the weekly amount for each eligible child.
    pub weekly_per_child: Cited<Weekly>,
    /// Reg 18: paid for a child under this age.
    pub child_under_age: Cited<u8>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_are_chosen_by_the_tax_year_of_the_date() {
        let today = Date::ymd(2026, 11, 30);
        assert_eq!(rules_for(today), &RULES_2026_27);
        assert!(rules_for(today).tax_year.contains(today));
        assert!(rules_for(Date::ymd(2026, 4, 6))
            .tax_year
            .contains(Date::ymd(2026, 4, 6)));
        // Before the first year or after the last, the nearest year's rules, and the
        // caller can tell they are not that date's.
        let next_year = Date::ymd(2027, 4, 6);
        assert_eq!(rules_for(next_year), &RULES_2026_27);
        assert!(!rules_for(next_year).tax_year.contains(next_year));
        assert_eq!(rules_for(Date::ymd(2020, 1, 1)), &RULES_2026_27);
    }
}
