//! Puts the outcome's keys and figures into one catalogue's words: a name for every
//! line, a sentence for every reason, the figures in the gaps.
//!
//! Every match here is on what a line or a reason is, with no wildcard, so the
//! compiler lists this file whenever a new kind of line needs words. The page and the
//! calc command's JSON both use it; they differ only in how money is written ("£75"
//! on the page, "£75.00" in the JSON).

use rust_decimal::Decimal;

mod council_tax;
mod first_months;
mod headline;
mod hours_chart;
mod next_pounds;
mod notes;
mod passported_help;
mod reasons;
mod rent;

pub use passported_help::HelpWords;

use reasons::charge_takes_all_at;

use crate::copy::{Copy, LineText, Template};
use crate::dates::TaxYear;
use crate::format::{pence_per_pound, percent, pounds};
use crate::money::Money;
use crate::outcome::{
    AdditionRate, Assumption, DeductionLine, ElementLine, Income, LcwraRate, NotIncluded,
    NotWorkedOut, ScenarioOutcome, StandardAllowanceRate, UcDeduction, UcElement, Who,
};
use crate::rules::Rules;

/// Your hours a week in a scenario (nil when not working).
pub fn your_hours(scenario: &ScenarioOutcome) -> Decimal {
    scenario
        .snapshot
        .pay
        .iter()
        .find(|person| person.who == Who::You)
        .map_or(Decimal::ZERO, |person| person.payslip.hours_per_week)
}

/// What the person said that the notes need beyond the figures: whose health element
/// they were not sure of (or are waiting to be assessed for), whether someone's
/// LCWRA amount is protected only because they had it before 6 April 2026, and
/// whether the family gets child maintenance (which UC ignores).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HealthSaid {
    pub not_sure: Vec<Who>,
    pub protected_by_claim_date: Vec<Who>,
    /// Who has been found to have LCW or LCWRA (UC Regs 2013 reg 41: it stays while
    /// they work).
    pub found_limited_capability: Vec<Who>,
    pub child_maintenance: bool,
    /// Whose New Style ESA was said to be past its 365-day limit (left out).
    pub esa_time_limit_reached: Vec<Who>,
}

/// One catalogue, and how it writes money.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub copy: &'a Copy,
    money: fn(Money) -> String,
}

fn pounds_and_pence(amount: Money) -> String {
    amount.to_string()
}

/// The gaps every page may use for the tax year: `{tax_year}` ("2026/27"),
/// `{first_year}` and `{second_year}`.
pub fn tax_year_gaps(year: TaxYear) -> [(&'static str, String); 3] {
    [
        ("tax_year", year.to_string()),
        ("first_year", year.first_calendar_year().to_string()),
        ("second_year", year.second_calendar_year().to_string()),
    ]
}

/// Fills a template from owned values.
pub fn fill(template: Template, values: &[(&str, String)]) -> String {
    let borrowed: Vec<(&str, &str)> = values
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    template.fill(&borrowed)
}

/// The reasons on each payslip line, with the year's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayReasons {
    pub gross: String,
    pub income_tax: String,
    pub national_insurance: String,
    pub pension: String,
}

impl<'a> Words<'a> {
    /// For the page: "£75", "£1,264.81".
    pub fn for_page(copy: &'a Copy) -> Words<'a> {
        Words {
            copy,
            money: pounds,
        }
    }

    /// For the calc command's JSON and printed figures: "£650.00".
    pub fn for_report(copy: &'a Copy) -> Words<'a> {
        Words {
            copy,
            money: pounds_and_pence,
        }
    }

    pub fn money(&self, amount: Money) -> String {
        (self.money)(amount)
    }

    /// "first", "second", ... for the child at `index`.
    pub fn ordinal(&self, index: usize) -> &'a str {
        self.copy
            .common
            .ordinals
            .get(index)
            .copied()
            .unwrap_or(self.copy.common.next_ordinal)
    }

    /// The words for a kind of income line, and whose it is.
    pub fn income_text(&self, income: Income, who: Who) -> &'a LineText {
        let words = &self.copy.income;
        match income {
            Income::TakeHomePay if who == Who::Partner => &words.partner_take_home_pay,
            Income::TakeHomePay => &words.take_home_pay,
            Income::UniversalCredit => &words.universal_credit,
            Income::PersonalIndependencePayment => &words.pip,
            Income::AdultDisabilityPayment => &words.adp,
            Income::DisabilityLivingAllowance => &words.dla,
            Income::ChildDisabilityPayment => &words.cdp,
            Income::ChildBenefit => &words.child_benefit,
            Income::NewStyleEsa => &words.new_style_esa,
            Income::NewStyleJsa => &words.new_style_jsa,
            Income::CarersAllowance => &words.carers_allowance,
            Income::CarerSupportPayment => &words.carer_support_payment,
            Income::ScottishCarerSupplement => &words.scottish_carer_supplement,
            Income::Pension => &words.pension,
            Income::HighIncomeChildBenefitCharge => &words.high_income_child_benefit_charge,
            Income::ScottishChildPayment => &words.scottish_child_payment,
            Income::CouncilTaxReduction => &words.council_tax_reduction,
            Income::HousingBenefit => &words.housing_benefit,
            Income::FreePrescriptions => &words.free_prescriptions,
            Income::FreeSchoolMeals => &words.free_school_meals,
            Income::HealthyStart => &words.healthy_start,
            Income::WarmHomeDiscount => &words.warm_home_discount,
            Income::SelfEmployment => &words.self_employment,
            Income::StudentLoan => &words.student_loan,
        }
    }

    /// A line's name with whose it is: "Disability Living Allowance (second child)".
    pub fn income_name(&self, income: Income, who: Who) -> String {
        let name = self.income_text(income, who).name.fill(&[]);
        match who {
            Who::Partner if income != Income::TakeHomePay => {
                self.copy.income.for_partner.fill(&[("name", &name)])
            }
            Who::Child(index) => self
                .copy
                .income
                .for_child
                .fill(&[("name", &name), ("nth", self.ordinal(index))]),
            Who::You | Who::Partner | Who::Household => name,
        }
    }

    /// Why a kind of line changes when someone works, in general.
    pub fn why_changes(&self, income: Income, who: Who, rules: &Rules) -> String {
        let charge = &rules.high_income_child_benefit_charge;
        let help = &rules.passported_help;
        let meals = &help.free_school_meals;
        fill(
            self.income_text(income, who).why_changes,
            &[
                (
                    "taper_pence",
                    pence_per_pound(rules.universal_credit.earnings_taper.value),
                ),
                ("charge_threshold", self.money(charge.threshold.value.0)),
                (
                    "charge_all_at",
                    self.money(charge_takes_all_at(
                        charge.threshold.value.0,
                        charge.income_per_percent.value,
                    )),
                ),
                (
                    "child_payment_age",
                    rules
                        .scottish_child_payment
                        .child_under_age
                        .value
                        .to_string(),
                ),
                (
                    "prescription_certificate",
                    self.money(help.nhs_health_costs.prepayment_certificate_12_months.value),
                ),
                ("meal_value", self.money(meals.meal_value.value)),
                ("school_days", meals.school_days_a_year.value.to_string()),
                ("meals_from_age", meals.from_age.value.to_string()),
                (
                    "healthy_start_under_one",
                    self.money(help.healthy_start.weekly_under_one.value.0),
                ),
                (
                    "healthy_start_one_to_four",
                    self.money(help.healthy_start.weekly_one_to_four.value.0),
                ),
                (
                    "warm_home_discount",
                    self.money(help.warm_home_discount.per_winter.value),
                ),
            ],
        )
    }

    pub fn why_same(&self, income: Income, who: Who) -> String {
        self.income_text(income, who).why_same.fill(&[])
    }

    /// A plain name for a kind of UC element, for the page's breakdown.
    pub fn element_name(&self, element: &UcElement) -> String {
        let words = &self.copy.results.uc_breakdown;
        match element {
            UcElement::StandardAllowance { .. } => words.standard_allowance.fill(&[]),
            UcElement::ChildElement { .. } => words.child_element.fill(&[]),
            UcElement::DisabledChildAddition { .. } => words.disabled_child_addition.fill(&[]),
            UcElement::LcwElement => words.lcw_element.fill(&[]),
            UcElement::LcwraElement { .. } => words.lcwra_element.fill(&[]),
            UcElement::CarerElement => words.carer_element.fill(&[]),
            UcElement::HousingCostsElement { .. } => words.housing_costs_element.fill(&[]),
            UcElement::OwnerServiceCharges { .. } => words.owner_service_charges.fill(&[]),
            UcElement::ChildcareCostsElement { rate, .. } => words
                .childcare_costs_element
                .fill(&[("rate", &percent(*rate))]),
            UcElement::TransitionalElement => words.transitional_element.fill(&[]),
        }
    }

    /// A plain name for a kind of UC deduction, for the page's breakdown.
    pub fn deduction_name(&self, deduction: &UcDeduction, rules: &Rules) -> String {
        let words = &self.copy.results.uc_breakdown;
        match deduction {
            UcDeduction::EarningsReduction { taper, .. } => words
                .earnings_reduction
                .fill(&[("taper_pence", &pence_per_pound(*taper))]),
            UcDeduction::UnearnedIncome { .. } => words.unearned_income.fill(&[]),
            UcDeduction::TariffIncomeFromCapital { .. } => words.tariff_income.fill(&[(
                "lower",
                &self.money(rules.universal_credit.capital_lower_limit.value),
            )]),
            UcDeduction::BenefitCapReduction { .. } => words.benefit_cap_reduction.fill(&[]),
        }
    }

    /// The exact label of a UC element, with its figures (the calc command's JSON).
    pub fn element_label(&self, line: &ElementLine) -> String {
        let words = self.copy.report();
        let child_number = match line.who {
            Who::Child(index) => (index + 1).to_string(),
            Who::You | Who::Partner | Who::Household => String::new(),
        };
        let n = [("n", child_number.as_str())];
        match line.kind {
            UcElement::StandardAllowance { rate } => match rate {
                StandardAllowanceRate::SingleUnder25 => words.standard_allowance_single_under_25,
                StandardAllowanceRate::Single25OrOver => words.standard_allowance_single_25_or_over,
                StandardAllowanceRate::CoupleBothUnder25 => {
                    words.standard_allowance_couple_both_under_25
                }
                StandardAllowanceRate::CoupleOneOrBoth25OrOver => {
                    words.standard_allowance_couple_one_or_both_25_or_over
                }
            }
            .fill(&[]),
            UcElement::ChildElement {
                first_child_born_before_6_april_2017,
            } => if first_child_born_before_6_april_2017 {
                words.child_element_first_born_before_2017
            } else {
                words.child_element
            }
            .fill(&n),
            UcElement::DisabledChildAddition { rate } => match rate {
                AdditionRate::Lower => words.disabled_child_addition_lower,
                AdditionRate::Higher => words.disabled_child_addition_higher,
            }
            .fill(&n),
            UcElement::LcwElement => words.lcw_element.fill(&[]),
            UcElement::LcwraElement { rate } => match rate {
                LcwraRate::Protected => words.lcwra_element_protected,
                LcwraRate::NewClaimant => words.lcwra_element_new_claimant,
            }
            .fill(&[]),
            UcElement::CarerElement => words.carer_element.fill(&[]),
            UcElement::HousingCostsElement {
                rent,
                limit: _,
                counted_rent,
                housing_cost_contributions,
            } => fill(
                match (counted_rent == rent, housing_cost_contributions.is_zero()) {
                    (true, true) => words.housing_costs_element,
                    (true, false) => words.housing_costs_element_less_contributions,
                    (false, true) => words.housing_costs_element_limited,
                    (false, false) => words.housing_costs_element_limited_less_contributions,
                },
                &[
                    ("rent", self.money(rent)),
                    ("counted", self.money(counted_rent)),
                    ("contributions", self.money(housing_cost_contributions)),
                ],
            ),
            UcElement::OwnerServiceCharges { charges } => fill(
                words.owner_service_charges,
                &[("charges", self.money(charges))],
            ),
            UcElement::ChildcareCostsElement {
                costs,
                rate,
                cap,
                capped,
            } => fill(
                if capped {
                    words.childcare_costs_element_capped
                } else {
                    words.childcare_costs_element
                },
                &[
                    ("rate", percent(rate)),
                    ("costs", self.money(costs)),
                    ("cap", self.money(cap)),
                ],
            ),
            UcElement::TransitionalElement => words.transitional_element.fill(&[]),
        }
    }

    /// The exact label of a UC deduction, with its figures (the calc command's JSON).
    pub fn deduction_label(&self, line: &DeductionLine) -> String {
        let words = self.copy.report();
        match line.kind {
            UcDeduction::EarningsReduction {
                earned_income,
                work_allowance,
                taper,
            } => fill(
                if work_allowance.is_positive() {
                    words.earnings_reduction
                } else {
                    words.earnings_reduction_no_work_allowance
                },
                &[
                    ("taper", percent(taper)),
                    ("earned_income", self.money(earned_income)),
                    ("work_allowance", self.money(work_allowance)),
                ],
            ),
            UcDeduction::UnearnedIncome { income } => fill(
                words.unearned_income,
                &[("income", self.income_name(income, line.who))],
            ),
            UcDeduction::TariffIncomeFromCapital { savings } => {
                fill(words.tariff_income, &[("savings", self.money(savings))])
            }
            UcDeduction::BenefitCapReduction { cap } => {
                fill(words.benefit_cap_reduction, &[("cap", self.money(cap))])
            }
        }
    }

    /// An income that is not worked out, by name, with whose it is.
    pub fn not_included(&self, item: &NotIncluded) -> String {
        let words = &self.copy.results.partial.not_included;
        let name = match item.income {
            NotWorkedOut::LegacyBenefits => words.legacy_benefits,
            NotWorkedOut::PensionCredit => words.pension_credit,
            NotWorkedOut::StudentIncome => words.student_income,
            NotWorkedOut::SomethingElse => words.something_else,
            NotWorkedOut::LocalHousingAllowanceArea => words.lha_area,
            NotWorkedOut::BedroomsInHome => words.bedrooms_in_home,
            NotWorkedOut::ChildrenSexes => words.children_sexes,
            NotWorkedOut::CouncilTaxReduction => words.council_tax_reduction,
            NotWorkedOut::CouncilTaxNotKnown => words.council_tax_not_known,
            NotWorkedOut::HousingBenefitOffUniversalCredit => words.housing_benefit_off_uc,
            NotWorkedOut::HousingBenefitOtherAdults => words.housing_benefit_other_adults,
            NotWorkedOut::BenefitsWhileStudying => words.benefits_while_studying,
            NotWorkedOut::BenefitsWhileSelfEmployed => words.benefits_while_self_employed,
        }
        .fill(&[]);
        match item.who {
            Who::Partner => words.for_partner.fill(&[("name", &name)]),
            Who::You | Who::Household | Who::Child(_) => name,
        }
    }

    /// One assumption of the estimate.
    pub fn assumption(&self, assumption: Assumption, year: TaxYear) -> String {
        let words = &self.copy.assumptions;
        let template = match assumption {
            Assumption::RulesForTaxYear => words.rules_for_tax_year,
            Assumption::SteadyPayUsualMonth => words.steady_pay_usual_month,
            Assumption::IncomeTaxSharedOverTheYear => words.income_tax_shared_over_the_year,
            Assumption::OtherBenefitsNotIncluded => words.other_benefits_not_included,
            Assumption::TaxOnBenefitsThroughPay => words.tax_on_benefits_through_pay,
        };
        fill(template, &tax_year_gaps(year))
    }

    /// Why each payslip line is what it is, with the year's figures.
    pub fn pay_reasons(&self, rules: &Rules) -> PayReasons {
        let words = &self.copy.results.pay;
        let tax = &rules.income_tax;
        let ni = &rules.national_insurance;
        let pension = &rules.workplace_pension;
        let basic_rate = tax
            .bands_rest_of_uk
            .value
            .first()
            .map_or_else(String::new, |band| percent(band.rate));
        PayReasons {
            gross: words.gross_why.fill(&[]),
            income_tax: fill(
                words.income_tax_why,
                &[
                    (
                        "personal_allowance",
                        self.money(tax.personal_allowance.value.0),
                    ),
                    ("basic_rate", basic_rate),
                ],
            ),
            national_insurance: fill(
                words.national_insurance_why,
                &[
                    (
                        "threshold_week",
                        self.money(ni.primary_threshold_weekly.value.0),
                    ),
                    (
                        "threshold_month",
                        self.money(ni.primary_threshold_monthly.value.0),
                    ),
                    ("rate", percent(ni.main_rate.value)),
                ],
            ),
            pension: fill(
                words.pension_why,
                &[
                    ("trigger", self.money(pension.yearly.value.earnings_trigger)),
                    (
                        "age",
                        pension.automatic_enrolment_minimum_age.value.to_string(),
                    ),
                    ("rate", percent(pension.employee_minimum_rate.value)),
                    (
                        "lower",
                        self.money(pension.yearly.value.qualifying_earnings_lower_limit),
                    ),
                ],
            ),
        }
    }
}
