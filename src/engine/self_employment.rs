//! Self-employment in Universal Credit: the earnings UC counts, and the minimum
//! income floor.
//!
//! Law: UC Regs 2013 reg 57 (https://www.legislation.gov.uk/uksi/2013/376/regulation/57):
//! self-employed earnings are receipts less allowable expenses (the profit), less the
//! income tax and National Insurance paid, less pension contributions. Reg 62: for
//! someone in gainful self-employment (reg 64) who would otherwise have all
//! work-related requirements, earnings count as at least the individual threshold
//! (reg 90(2): the expected hours, 35 (reg 88), × the minimum wage for the person's
//! age × 52 / 12) turned to a net figure; for a couple (reg 62(3)), less any amount
//! by which that and the partner's earnings would pass the couple threshold (the sum
//! of the individual thresholds, reg 90(3)). Reg 63: not in a 12-month start-up
//! period. The benefit cap's earnings test counts actual earnings, not the floor
//! (reg 82(4)).
//! UNCLEAR: reg 62(4)(b) turns the threshold net by "such amount for income tax and
//! national insurance contributions as the Secretary of State considers
//! appropriate", with no published method. We take the tax and Class 4 NI that a
//! year of the threshold would pay, a twelfth of it (the method an adviser reports
//! DWP's system uses); the page says the floor is an estimate.
//! Tax and NI are taken as a twelfth of the year's on a steady profit (reg 57 counts
//! what is paid in the month: in fact Self Assessment pays twice a year).
//! Reg 64: only gainful self-employment, the person's main work, organised, regular
//! and for profit: asked as "main work" (without it, no floor). A couple's threshold is
//! the sum of their individual thresholds (reg 90(3)): 16 hours for someone with LCW
//! or the responsible carer of a child of 1 or 2 (reg 90(2)(a)), nil for LCWRA, a
//! carer, or the carer of a child under 1 (UNCLEAR: reg 90(2) names no hours for
//! them).
//! Not modelled: expected hours below 35 (a lead carer of a school-age child, reg
//! 88; the page says the floor may be lower); surplus earnings and losses (reg 57A);
//! pension contributions; someone both employed and self-employed (the situation
//! checks refuse it).

use crate::household::{Adult, Household};
use crate::money::Money;
use crate::outcome::{MinimumIncomeFloor, SelfEmployedEarnings, Who};
use crate::period::Yearly;
use crate::rules::Rules;
use crate::work::{Person, SelfEmployment};

use super::income_tax;

/// Whose, as the outcome names people.
pub fn who(person: Person) -> Who {
    match person {
        Person::You => Who::You,
        Person::Partner => Who::Partner,
    }
}

/// The adult, if the household has them.
pub fn person(household: &Household, person: Person) -> Option<&Adult> {
    match person {
        Person::You => Some(&household.you),
        Person::Partner => household.partner.as_ref(),
    }
}

/// The minimum wage for the person's age (NMW Regs 2015 regs 4, 4A).
fn minimum_wage(age: u8, rules: &Rules) -> Money {
    let wage = &rules.minimum_wage;
    match age {
        0..=17 => wage.under_18.value,
        18..=20 => wage.age_18_to_20.value,
        _ => wage.national_living_wage.value,
    }
}

/// Which group of work-related requirements a person would be in (WRA 2012 ss.19 to
/// 22), as the floor and the individual threshold need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Requirements {
    /// s.19: LCWRA, a carer of 35 hours, the responsible carer of a child under 1.
    None,
    /// ss.20 and 21: LCW, the responsible carer of a child of 1 or 2.
    Some,
    /// s.22: all work-related requirements.
    All,
}

/// The person's group. In a couple only one is the responsible carer of a young child
/// (reg 86: the couple names one): we take it to be the one who is not self-employed,
/// or you if both are (the page says so), which gives the lower UC of the choices.
fn requirements(person: &Adult, is_responsible_carer: bool, household: &Household) -> Requirements {
    let youngest = household.children.iter().map(|child| child.age).min();
    let carer_of = |under: u8| is_responsible_carer && youngest.is_some_and(|age| age < under);
    if person.uc_health.has_lcwra() || person.cares_35_hours_a_week || carer_of(1) {
        Requirements::None
    } else if person.uc_health.has_lcw() || carer_of(3) {
        Requirements::Some
    } else {
        Requirements::All
    }
}

/// Reg 90(2): the individual threshold, gross, a month (to the penny): 16 hours for
/// ss.20 and 21 (reg 90(2)(a)), the expected hours (35, reg 88) for s.22, at the
/// minimum wage for the age. UNCLEAR: reg 90(2) gives no hours for s.19; nil here.
fn individual_threshold(person: &Adult, group: Requirements, rules: &Rules) -> Money {
    let hours = match group {
        Requirements::None => return Money::ZERO,
        Requirements::Some => rules.self_employment.hours_with_some_requirements.value,
        Requirements::All => rules.self_employment.expected_hours.value,
    };
    minimum_wage(person.age, rules)
        .times_fraction(hours, 1)
        .times_fraction(52, 12)
        .round_to_nearest_penny()
}

/// A year's income tax and Class 4 NI on a profit of `monthly` a month, as a twelfth
/// of each, to the penny.
fn tax_and_ni(monthly: Money, household: &Household, rules: &Rules) -> (Money, Money) {
    let yearly = monthly.times_fraction(12, 1);
    let tax = income_tax::yearly_tax(
        Yearly(yearly),
        Yearly(yearly),
        household.country,
        &rules.income_tax,
    );
    let class_4 = &rules.self_employment;
    let lower = class_4.class_4_lower_profits_limit.value.0;
    let upper = class_4.class_4_upper_profits_limit.value.0;
    let main = (yearly.min(upper) - lower).at_least_zero() * class_4.class_4_main_rate.value;
    let additional = (yearly - upper).at_least_zero() * class_4.class_4_additional_rate.value;
    let twelfth = |amount: Money| amount.times_fraction(1, 12).round_to_nearest_penny();
    (twelfth(tax), twelfth(main + additional))
}

/// Each self-employed person's earnings as UC counts them. `employed` is each
/// person's employed earnings as UC counts them (for a couple's floor).
pub fn earnings(
    household: &Household,
    self_employment: &[SelfEmployment],
    employed: &[(Who, Money)],
    rules: &Rules,
) -> Vec<SelfEmployedEarnings> {
    // The responsible carer of a young child, in a couple: not the self-employed one
    // if only one is (see `requirements`).
    let self_employed = |whose: Person| self_employment.iter().any(|work| work.who == whose);
    let carer = if household.partner.is_some()
        && self_employed(Person::You)
        && !self_employed(Person::Partner)
    {
        Person::Partner
    } else {
        Person::You
    };
    let group_of = |whose: Person, adult: &Adult| requirements(adult, whose == carer, household);
    let mut all: Vec<SelfEmployedEarnings> = self_employment
        .iter()
        .filter_map(|work| {
            let person = person(household, work.who)?;
            let profit = work.profit_per_month;
            let (income_tax, national_insurance) = tax_and_ni(profit, household, rules);
            let after_tax = profit - income_tax - national_insurance;
            let group = group_of(work.who, person);
            let floor = if work.start_up_period {
                MinimumIncomeFloor::StartUpPeriod
            } else if !work.main_work {
                MinimumIncomeFloor::NotMainWork
            } else if group != Requirements::All {
                MinimumIncomeFloor::NotAllWorkRequirements
            } else {
                let gross = individual_threshold(person, group, rules);
                let (tax, ni) = tax_and_ni(gross, household, rules);
                MinimumIncomeFloor::Applies {
                    gross,
                    net: gross - tax - ni,
                }
            };
            Some(SelfEmployedEarnings {
                who: who(work.who),
                profit,
                income_tax,
                national_insurance,
                after_tax,
                minimum_income_floor: floor,
                counted: after_tax,
            })
        })
        .collect();
    // Reg 62(2), (3): the floor, once every person's own earnings are known.
    let others = |me: Who, all: &[SelfEmployedEarnings]| -> Money {
        let employed: Money = employed
            .iter()
            .filter(|(whose, _)| *whose != me)
            .map(|(_, amount)| *amount)
            .sum();
        let self_employed: Money = all
            .iter()
            .filter(|earnings| earnings.who != me)
            .map(|earnings| earnings.after_tax)
            .sum();
        employed + self_employed
    };
    let couple_threshold: Option<Money> = household.partner.as_ref().map(|partner| {
        net_threshold(
            &household.you,
            group_of(Person::You, &household.you),
            household,
            rules,
        ) + net_threshold(
            partner,
            group_of(Person::Partner, partner),
            household,
            rules,
        )
    });
    let snapshot = all.clone();
    for earnings in &mut all {
        let MinimumIncomeFloor::Applies { net, .. } = earnings.minimum_income_floor else {
            continue;
        };
        let own_employed: Money = employed
            .iter()
            .filter(|(whose, _)| *whose == earnings.who)
            .map(|(_, amount)| *amount)
            .sum();
        let floor = match couple_threshold {
            None => net,
            Some(couple) => {
                let combined = net + others(earnings.who, &snapshot) + own_employed;
                (net - (combined - couple).at_least_zero()).at_least_zero()
            }
        };
        earnings.counted = earnings.after_tax.max(floor - own_employed).at_least_zero();
    }
    all
}

/// The individual threshold made net, as the floor uses it.
fn net_threshold(
    person: &Adult,
    group: Requirements,
    household: &Household,
    rules: &Rules,
) -> Money {
    let gross = individual_threshold(person, group, rules);
    let (tax, ni) = tax_and_ni(gross, household, rules);
    gross - tax - ni
}
