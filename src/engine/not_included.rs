//! What the answer leaves out: incomes the household said it has that the engine does
//! not work out, a rent it could not check, and Council Tax Reduction and Housing
//! Benefit where the figures they need were not found. Any of them makes the answer
//! partial (no better-off figure).
//!
//! Law: none of its own; each item names the rule it could not apply.

use crate::household::{Household, IncomeNotWorkedOut, Sex};
use crate::outcome::{
    LhaResult, NotIncluded, NotWorkedOut, RentLimit, ScenarioOutcome, Snapshot, Who,
};
use crate::rules::Rules;

use super::universal_credit;

/// Everything not worked out: the incomes each adult said, what the rent check could
/// not settle, and Council Tax Reduction and Housing Benefit where their figures were
/// not found, now or in a scenario.
pub fn not_included(
    household: &Household,
    now: &Snapshot,
    scenarios: &[ScenarioOutcome],
    rules: &Rules,
) -> Vec<NotIncluded> {
    let snapshots =
        || core::iter::once(now).chain(scenarios.iter().map(|scenario| &scenario.snapshot));
    let ctr_not_worked_out = snapshots().any(|snapshot| {
        snapshot
            .council_tax_reduction
            .as_ref()
            .is_some_and(Result::is_err)
    });
    // Housing Benefit off UC leaves out the 2026 earnings disregard (not confirmed).
    let hb_off_uc = snapshots()
        .filter_map(|snapshot| snapshot.housing_benefit)
        .any(|check| !check.on_universal_credit);
    // HB Regs 2006 reg 74: other adults' deductions come off even maximum HB.
    let hb_other_adults = now.housing_benefit.is_some()
        && household
            .non_dependants
            .iter()
            .any(|other| other.age >= rules.council_tax.adult_from_age.value);
    let household_items = [
        (ctr_not_worked_out, NotWorkedOut::CouncilTaxReduction),
        (hb_off_uc, NotWorkedOut::HousingBenefitOffUniversalCredit),
        (hb_other_adults, NotWorkedOut::HousingBenefitOtherAdults),
    ]
    .into_iter()
    .filter(|(applies, _)| *applies)
    .map(|(_, income)| NotIncluded {
        who: Who::Household,
        income,
    });
    // New Style ESA, JSA and Carer's Allowance for someone who studies or is
    // self-employed in a scenario: their rules for these are not worked out.
    let has_tested_benefit = |who: crate::work::Person| {
        super::self_employment::person(household, who).is_some_and(|adult| {
            adult.new_style_esa.is_some() || adult.new_style_jsa || adult.carers_allowance.is_some()
        })
    };
    let mut activity_items: Vec<NotIncluded> = Vec::new();
    for scenario in scenarios {
        let studying = scenario
            .work
            .study
            .iter()
            .map(|study| (study.who, NotWorkedOut::BenefitsWhileStudying));
        let self_employed = scenario
            .work
            .self_employment
            .iter()
            .map(|work| (work.who, NotWorkedOut::BenefitsWhileSelfEmployed));
        for (who, income) in studying.chain(self_employed) {
            let item = NotIncluded {
                who: super::self_employment::who(who),
                income,
            };
            if has_tested_benefit(who) && !activity_items.contains(&item) {
                activity_items.push(item);
            }
        }
    }
    let mut items = said_not_worked_out(household);
    items.extend(activity_items);
    items.extend(rent_not_checked(household, rules));
    items.extend(household_items);
    items
}

/// The incomes each adult said that the engine does not work out.
fn said_not_worked_out(household: &Household) -> Vec<NotIncluded> {
    let adults = core::iter::once((Who::You, &household.you)).chain(
        household
            .partner
            .as_ref()
            .map(|partner| (Who::Partner, partner)),
    );
    adults
        .flat_map(|(who, adult)| {
            adult
                .incomes_not_worked_out
                .iter()
                .map(move |&income| NotIncluded {
                    who,
                    income: match income {
                        IncomeNotWorkedOut::LegacyBenefits => NotWorkedOut::LegacyBenefits,
                        IncomeNotWorkedOut::PensionCredit => NotWorkedOut::PensionCredit,
                        IncomeNotWorkedOut::StudentIncome => NotWorkedOut::StudentIncome,
                        IncomeNotWorkedOut::SomethingElse => NotWorkedOut::SomethingElse,
                        IncomeNotWorkedOut::CouncilTaxReduction => NotWorkedOut::CouncilTaxNotKnown,
                    },
                })
        })
        .collect()
}

/// A private rent that could not be checked against the Local Housing Allowance, a
/// social rent with no count of bedrooms, or children whose sexes were not given
/// where they change the rent counted.
fn rent_not_checked(household: &Household, rules: &Rules) -> Vec<NotIncluded> {
    let Some((_, counted, limit)) = universal_credit::counted_rent(household, rules) else {
        return Vec::new();
    };
    let with_sexes = |sex: Sex| {
        let mut said = household.clone();
        for child in &mut said.children {
            child.sex = child.sex.or(Some(sex));
        }
        universal_credit::counted_rent(&said, rules).map(|(_, counted, _)| counted)
    };
    let sexes_matter = household.children.iter().any(|child| child.sex.is_none())
        && [Sex::Boy, Sex::Girl]
            .into_iter()
            .any(|sex| with_sexes(sex) != Some(counted));
    let limit_not_checked = match limit {
        RentLimit::LocalHousingAllowance(check) => (check.result == LhaResult::NotChecked)
            .then_some(NotWorkedOut::LocalHousingAllowanceArea),
        RentLimit::SpareBedrooms(check) => check
            .in_home
            .is_none()
            .then_some(NotWorkedOut::BedroomsInHome),
        RentLimit::NotLimited => None,
    };
    limit_not_checked
        .into_iter()
        .chain(sexes_matter.then_some(NotWorkedOut::ChildrenSexes))
        .map(|income| NotIncluded {
            who: Who::Household,
            income,
        })
        .collect()
}
