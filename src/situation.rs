//! One situation to check: a household as it is now, and the scenarios to compare.
//!
//! `check` finds every answer the engine cannot use and names its field, in the
//! same dotted form as the JSON (`household.children[1].age`). The engine itself
//! never fails: it is only given situations that pass these checks.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::dates::TaxYear;
use crate::format::pounds;
use crate::household::{
    AdditionalBedroom, Adult, ChildcareCosts, CouncilTax, CouncilTaxBand, Country,
    DisabilityBenefit, Household, Housing, PrivateTenancy, SharedAccommodationException, Tenancy,
    CHILD_ELEMENT_CUTOFF_YEAR,
};
use crate::limits::{
    MOST_AMOUNT, MOST_BEDROOMS, MOST_CHILDREN, MOST_OTHER_ADULTS, MOST_SCENARIOS, OLDEST_ADULT,
    OLDEST_CHILD, YOUNGEST_ADULT, YOUNGEST_OTHER_ADULT, YOUNG_PERSON_FROM,
};
use crate::money::Money;
use crate::rules::{tables_for, RULES_2026_27};
use crate::scenario::Scenario;

mod scenario;

pub use scenario::MOST_DAYS_TO_FIRST_PAYDAY;

use scenario::{check_job, check_scenario};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub household: Household,
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
}

/// An answer the engine cannot use, with the field it is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvalidAnswer {
    pub field: String,
    pub message: String,
}

impl fmt::Display for InvalidAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl Situation {
    /// Every problem with the answers for `tax_year`'s rules; empty when the engine can
    /// use them.
    pub fn check(&self, tax_year: TaxYear) -> Vec<InvalidAnswer> {
        let mut problems = Problems::default();
        problems.at_most("scenarios", self.scenarios.len(), MOST_SCENARIOS);
        check_household(&self.household, tax_year, &mut problems);
        for (index, scenario) in self.scenarios.iter().enumerate() {
            check_scenario(
                &self.household,
                scenario,
                tax_year,
                &format!("scenarios[{index}]"),
                &mut problems,
            );
        }
        problems.0
    }
}

#[derive(Default)]
struct Problems(Vec<InvalidAnswer>);

impl Problems {
    fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push(InvalidAnswer {
            field: field.into(),
            message: message.into(),
        });
    }

    /// A list with no more than `most` items.
    fn at_most(&mut self, field: &str, count: usize, most: u32) {
        if u32::try_from(count).map_or(true, |count| count > most) {
            self.add(
                field,
                format!("has {count} items: give no more than {most}"),
            );
        }
    }

    fn money(&mut self, field: &str, amount: Money) {
        if amount.is_negative() {
            self.add(field, "must not be less than 0");
        } else if amount.decimal_places() > 2 {
            self.add(
                field,
                "must be in pounds and pence, with no more than 2 decimal places",
            );
        } else if amount > MOST_AMOUNT {
            self.add(
                field,
                format!(
                    "is too large: enter an amount up to {}",
                    pounds(MOST_AMOUNT)
                ),
            );
        }
    }
}

/// The size criteria's ages, as the rules write them (the same in every year so far).
const SHARED_ACCOMMODATION_UNDER: u8 = RULES_2026_27.size_criteria.shared_accommodation_under.value;
const CARE_LEAVER_UNDER: u8 = RULES_2026_27.size_criteria.care_leaver_under.value;

fn check_household(household: &Household, tax_year: TaxYear, problems: &mut Problems) {
    check_adult(&household.you, "household.you", problems);
    if let Some(partner) = &household.partner {
        check_adult(partner, "household.partner", problems);
    }
    problems.at_most(
        "household.children",
        household.children.len(),
        MOST_CHILDREN,
    );
    problems.at_most(
        "household.non_dependants",
        household.non_dependants.len(),
        MOST_OTHER_ADULTS,
    );
    for (index, child) in household.children.iter().enumerate() {
        let field = format!("household.children[{index}]");
        if child.age > OLDEST_CHILD {
            problems.add(
                format!("{field}.age"),
                format!("must be {OLDEST_CHILD} or under: someone older counts as an adult (add them to non_dependants)"),
            );
        }
        // In 2026/27 only a child aged 9 may have been born on either side of 6 April
        // 2017 (see `TaxYear::age_born_either_side_of`).
        let open_age = tax_year.age_born_either_side_of(CHILD_ELEMENT_CUTOFF_YEAR);
        let born_field = format!("{field}.born_before_6_april_2017");
        match child.born_before_6_april_2017 {
            None if child.age == open_age => problems.add(
                born_field,
                format!("a child aged {open_age} may have been born before or after 6 April {CHILD_ELEMENT_CUTOFF_YEAR}: give true or false"),
            ),
            Some(true) if child.age < open_age => problems.add(
                born_field,
                format!("cannot be true for a child aged {} or under in tax year {tax_year}", open_age.saturating_sub(1)),
            ),
            Some(false) if child.age > open_age => problems.add(
                born_field,
                format!("cannot be false for a child aged {} or over in tax year {tax_year}", open_age.saturating_add(1)),
            ),
            None | Some(true) | Some(false) => {}
        }
    }
    match &household.housing {
        Housing::RentingPrivately(private) => {
            check_tenancy(&private.tenancy, problems);
            check_lha_area(private, household.country, tax_year, problems);
            check_shared_accommodation_exception(household, private, problems);
        }
        Housing::RentingSocially(social) => {
            check_tenancy(&social.tenancy, problems);
            if social
                .bedrooms
                .is_some_and(|bedrooms| bedrooms > MOST_BEDROOMS)
            {
                problems.add(
                    "household.housing.bedrooms",
                    format!("must be {MOST_BEDROOMS} or fewer"),
                );
            }
        }
        Housing::SharedOwnership(tenancy) => check_tenancy(tenancy, problems),
        Housing::SupportedOrTemporary(supported) => check_tenancy(&supported.tenancy, problems),
        Housing::Owner(owner) => {
            problems.money("household.housing.service_charges", owner.service_charges);
        }
        Housing::NoHousingCosts(_) => {}
    }
    if household.housing.tenancy().is_some() {
        check_bedroom_facts(household, problems);
    }
    if let Some(council_tax) = &household.council_tax {
        check_council_tax(council_tax, household.country, tax_year, problems);
    }
    for (index, non_dependant) in household.non_dependants.iter().enumerate() {
        if non_dependant.age < YOUNGEST_OTHER_ADULT {
            problems.add(
                format!("household.non_dependants[{index}].age"),
                format!("must be {YOUNGEST_OTHER_ADULT} or over: add a younger child to children"),
            );
        }
    }
    if household.in_greater_london && household.country != Country::England {
        problems.add(
            "household.in_greater_london",
            "can only be true when country is england",
        );
    }
    problems.money("household.savings", household.savings);
    problems.money(
        "household.transitional_element",
        household.transitional_element,
    );
    if let Some(childcare) = &household.childcare_costs {
        check_childcare(household, childcare, "household.childcare_costs", problems);
    }
}

fn check_adult(adult: &Adult, field: &str, problems: &mut Problems) {
    if !(YOUNGEST_ADULT..=OLDEST_ADULT).contains(&adult.age) {
        problems.add(
            format!("{field}.age"),
            format!(
                "must be between {YOUNGEST_ADULT} and {OLDEST_ADULT}: this calculator is for people under State Pension age"
            ),
        );
    }
    if let Some(job) = &adult.job {
        check_job(job, &format!("{field}.job"), problems);
    }
    if adult.new_style_esa.is_some() && adult.new_style_jsa {
        problems.add(
            format!("{field}.new_style_jsa"),
            "cannot be true with new_style_esa: nobody gets New Style ESA and New Style JSA at once",
        );
    }
    if let Some(carer) = &adult.carers_allowance {
        if !adult.cares_35_hours_a_week {
            problems.add(
                format!("{field}.carers_allowance"),
                "needs cares_35_hours_a_week: true (Carer's Allowance is for people who care 35 hours a week or more)",
            );
        }
        problems.money(
            &format!("{field}.carers_allowance.care_costs_per_week"),
            carer.care_costs_per_week,
        );
    }
    if let Some(pension) = &adult.pension {
        problems.money(&format!("{field}.pension.amount"), pension.amount);
    }
}

/// A para 29 exception counts only for a single renter under 35 with no children or
/// other adults (UC Regs 2013 Sch 4 para 28); a care leaver's only under 25.
fn check_shared_accommodation_exception(
    household: &Household,
    private: &PrivateTenancy,
    problems: &mut Problems,
) {
    let Some(exception) = private.shared_accommodation_exception else {
        return;
    };
    let field = "household.housing.shared_accommodation_exception";
    let age = household.you.age;
    if household.is_couple()
        || household.has_children()
        || !household.non_dependants.is_empty()
        || age >= SHARED_ACCOMMODATION_UNDER
    {
        problems.add(
            field,
            format!("counts only for a single renter under {SHARED_ACCOMMODATION_UNDER} with no children or other adults living with them"),
        );
    } else if exception == SharedAccommodationException::CareLeaver && age >= CARE_LEAVER_UNDER {
        // Under 18 it is allowed, and does not count until 18 (para 29(2)).
        problems.add(
            field,
            format!("\"care_leaver\" counts only under {CARE_LEAVER_UNDER}"),
        );
    }
}

/// Additional bedroom conditions that can be met (UC Regs 2013 Sch 4 para 12). (A
/// child's sex is not required: where it could change the rent counted and is not
/// given, the answer is partial.)
fn check_bedroom_facts(household: &Household, problems: &mut Problems) {
    let under_16 = || {
        household
            .children
            .iter()
            .enumerate()
            .filter(|(_, child)| child.age < YOUNG_PERSON_FROM)
    };
    for (index, condition) in household.additional_bedrooms.iter().enumerate() {
        let field = format!("household.additional_bedrooms[{index}]");
        if household.additional_bedrooms[..index].contains(condition) {
            problems.add(field, "is given twice");
            continue;
        }
        match condition {
            AdditionalBedroom::CoupleCannotShare if !household.is_couple() => {
                problems.add(field, "\"couple_cannot_share\" needs a partner");
            }
            AdditionalBedroom::DisabledChildCannotShare
                if !under_16().any(|(_, child)| {
                    child
                        .disability_benefit
                        .is_some_and(DisabilityBenefit::is_middle_or_highest_care)
                }) =>
            {
                problems.add(
                    field,
                    format!("\"disabled_child_cannot_share\" needs a child under {YOUNG_PERSON_FROM} who gets the care component of DLA or CDP at the middle or highest rate"),
                );
            }
            AdditionalBedroom::CoupleCannotShare
            | AdditionalBedroom::DisabledChildCannotShare
            | AdditionalBedroom::OvernightCare
            | AdditionalBedroom::FosterParent => {}
        }
    }
}

/// The council must be in the year's Band D table, in the household's country (and so
/// not in Northern Ireland, which has domestic rates); band I is only in Wales.
fn check_council_tax(
    council_tax: &CouncilTax,
    country: Country,
    tax_year: TaxYear,
    problems: &mut Problems,
) {
    let name = &council_tax.council;
    match tables_for(tax_year).council(name) {
        Some(council) if council.country == country => {}
        Some(_) => problems.add(
            "household.council_tax.council",
            format!("\"{name}\" is not in the household's country"),
        ),
        None => problems.add(
            "household.council_tax.council",
            format!("\"{name}\" is not a council in the council tax table for {tax_year}: give its name as the table spells it, like \"Glasgow City\" (Northern Ireland has domestic rates, not council tax)"),
        ),
    }
    if council_tax.band == CouncilTaxBand::I && country != Country::Wales {
        problems.add("household.council_tax.band", "band \"i\" is only in Wales");
    }
}

/// The area must be one of the year's Broad Rental Market Areas, in the household's
/// country.
fn check_lha_area(
    private: &PrivateTenancy,
    country: Country,
    tax_year: TaxYear,
    problems: &mut Problems,
) {
    let Some(name) = &private.lha_area else {
        return;
    };
    match tables_for(tax_year).lha_area(name) {
        Some(area) if area.country == country => {}
        Some(_) => problems.add(
            "household.housing.lha_area",
            format!("\"{name}\" is not in the household's country"),
        ),
        None => problems.add(
            "household.housing.lha_area",
            format!("\"{name}\" is not a Broad Rental Market Area in the Local Housing Allowance table for {tax_year}: give its name as the table spells it, like \"Central Greater Manchester\""),
        ),
    }
}

fn check_tenancy(tenancy: &Tenancy, problems: &mut Problems) {
    problems.money("household.housing.rent", tenancy.rent);
    problems.money(
        "household.housing.eligible_service_charges",
        tenancy.eligible_service_charges,
    );
}

fn check_childcare(
    household: &Household,
    childcare: &ChildcareCosts,
    field: &str,
    problems: &mut Problems,
) {
    problems.money(&format!("{field}.amount"), childcare.amount);
    if childcare.children == 0 {
        problems.add(format!("{field}.children"), "must be 1 or more");
    } else if usize::from(childcare.children) > household.children.len() {
        problems.add(
            format!("{field}.children"),
            format!(
                "is more than the {} children in the household",
                household.children.len()
            ),
        );
    }
}
