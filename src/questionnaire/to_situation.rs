//! Valid answers to the situation the engine works out: the household as it is, and
//! the work the person is thinking about as a scenario.
//!
//! The answers have been checked page by page, so a parse failure here falls back to
//! a neutral value rather than failing: it cannot happen on a completed questionnaire.

use rust_decimal::Decimal;

use crate::answers::{
    parse_date, parse_hours, parse_money, parse_whole, Answers, BandChoice, BedroomKind,
    DisabilityChoice, FieldId, Health, Home, IncomeKind, LcwraSince, Person, SharedRateKind,
    SupportedChoice,
};
use crate::household::{
    AdditionalBedroom, Adult, CarersAllowance, Child, ChildcareCosts, CouncilTax, Country,
    DisabilityBenefit, DisabledChildAddition, DlaCare, DlaMobility, EsaGroup, Household, Housing,
    IncomeNotWorkedOut, NewStyleEsa, NonDependant, OwnerOccupier, PensionIncome, PipRate,
    PrivateTenancy, SharedAccommodationException, SocialTenancy, SupportedAccommodation,
    SupportedTenancy, Tenancy, UcHealth,
};
use crate::limits::{
    MOST_AMOUNT, MOST_BEDROOMS, MOST_HOURS_A_WEEK, MOST_TRANSITIONAL_ELEMENT, YOUNG_PERSON_FROM,
};
use crate::money::Money;
use crate::period::Frequency;
use crate::rules::Rules;
use crate::scenario::{FirstMonths, MonthlyPayday, Payday, Scenario};
use crate::situation::{Situation, MOST_DAYS_TO_FIRST_PAYDAY};
use crate::work::Job;
use crate::working_days::{assumed_first_payday, last_working_day};

use super::children::{asks_born_before_2017, child_count};
use super::council_tax::pays_council_tax;
use super::flow::people;
use super::home::supported;
use super::incomes::{counts_esa, gets};

fn whole(answers: &Answers, field: FieldId) -> u32 {
    parse_whole(answers.text(field), 0, u32::MAX).unwrap_or(0)
}

fn money(answers: &Answers, field: FieldId) -> Money {
    parse_money(answers.text(field), MOST_AMOUNT).unwrap_or(Money::ZERO)
}

fn hours(answers: &Answers, field: FieldId) -> Decimal {
    parse_hours(answers.text(field), 0, MOST_HOURS_A_WEEK).unwrap_or(Decimal::ZERO)
}

fn frequency(answers: &Answers, field: FieldId) -> Frequency {
    answers.chosen(field).unwrap_or(Frequency::Monthly)
}

/// The health answer as a UC health status. "I'm not sure" is taken as no health
/// element; the results page says so.
fn health(answers: &Answers, person: Person) -> UcHealth {
    match (
        answers.chosen::<Health>(FieldId::Health(person)),
        answers.chosen::<LcwraSince>(FieldId::LcwraSince(person)),
    ) {
        (Some(Health::Lcw), _) => UcHealth::Lcw,
        (Some(Health::LcwElement), _) => UcHealth::LcwBefore3April2017,
        (Some(Health::Lcwra), Some(LcwraSince::Before2026)) => UcHealth::LcwraPre2026Claimant,
        (Some(Health::Lcwra), Some(LcwraSince::SevereConditions)) => {
            UcHealth::LcwraSevereConditions
        }
        (Some(Health::Lcwra), Some(LcwraSince::TerminallyIll)) => UcHealth::LcwraTerminallyIll,
        (Some(Health::Lcwra), Some(LcwraSince::New) | None) => UcHealth::LcwraNewClaimant,
        (Some(Health::No | Health::NotSure) | None, _) => UcHealth::None,
    }
}

fn disability(answers: &Answers, person: Person) -> Option<DisabilityBenefit> {
    let pip_rate = |field| answers.chosen(field).unwrap_or(PipRate::None);
    let daily_living = pip_rate(FieldId::DailyLiving(person));
    let mobility = pip_rate(FieldId::Mobility(person));
    match answers.chosen(FieldId::Disability(person))? {
        DisabilityChoice::Pip => Some(DisabilityBenefit::Pip {
            daily_living,
            mobility,
        }),
        DisabilityChoice::Adp => Some(DisabilityBenefit::Adp {
            daily_living,
            mobility,
        }),
        DisabilityChoice::Dla => Some(DisabilityBenefit::Dla {
            care: answers
                .chosen(FieldId::DlaCare(person))
                .unwrap_or(DlaCare::None),
            mobility: answers
                .chosen(FieldId::DlaMobility(person))
                .unwrap_or(DlaMobility::None),
        }),
        DisabilityChoice::None => None,
    }
}

fn current_job(answers: &Answers, person: Person) -> Option<Job> {
    answers.is_yes(FieldId::WorksNow(person)).then(|| Job {
        paid: frequency(answers, FieldId::NowPaid(person)),
        ..Job::hourly(
            hours(answers, FieldId::NowHours(person)),
            money(answers, FieldId::NowPay(person)),
        )
    })
}

fn adult(answers: &Answers, person: Person) -> Adult {
    Adult {
        age: u8::try_from(whole(answers, FieldId::Age(person))).unwrap_or(u8::MAX),
        uc_health: health(answers, person),
        disability_benefit: disability(answers, person),
        cares_35_hours_a_week: answers.is_yes(FieldId::Carer(person)),
        job: current_job(answers, person),
        new_style_esa: counts_esa(answers, person).then(|| NewStyleEsa {
            group: answers
                .chosen(FieldId::EsaGroup(person))
                .unwrap_or(EsaGroup::AssessmentPhase),
            supported_permitted_work: answers.is_yes(FieldId::EsaSupportedWork(person)),
        }),
        new_style_jsa: gets(answers, person, IncomeKind::NewStyleJsa),
        carers_allowance: gets(answers, person, IncomeKind::CarersAllowance).then(|| {
            CarersAllowance {
                care_costs_per_week: money(answers, FieldId::CareCosts(person)),
            }
        }),
        pension: gets(answers, person, IncomeKind::Pension).then(|| PensionIncome {
            amount: money(answers, FieldId::PensionAmount(person)),
            frequency: Frequency::Monthly,
        }),
        incomes_not_worked_out: [
            (
                IncomeKind::LegacyBenefits,
                IncomeNotWorkedOut::LegacyBenefits,
            ),
            (IncomeKind::PensionCredit, IncomeNotWorkedOut::PensionCredit),
            (IncomeKind::StudentIncome, IncomeNotWorkedOut::StudentIncome),
            (IncomeKind::SomethingElse, IncomeNotWorkedOut::SomethingElse),
        ]
        .into_iter()
        .filter(|(asked, _)| gets(answers, person, *asked))
        .map(|(_, income)| income)
        .collect(),
        severe_mental_impairment: answers.is_yes(FieldId::SevereMentalImpairment(person)),
    }
}

/// The council and band, when both are known; otherwise none, and (below) council
/// tax is named as not worked out.
fn council_tax(answers: &Answers, rules: &Rules) -> Option<CouncilTax> {
    if !pays_council_tax(answers) || answers.is_yes(FieldId::CouncilNotSure) {
        return None;
    }
    let council = rules.tables().council(answers.text(FieldId::Council))?;
    match answers.chosen(FieldId::CouncilTaxBand)? {
        BandChoice::Band(band) => Some(CouncilTax {
            council: council.name.to_owned(),
            band,
        }),
        BandChoice::NotSure => None,
    }
}

fn child(answers: &Answers, index: usize, country: Country, rules: &Rules) -> Child {
    let age = u8::try_from(whole(answers, FieldId::ChildAge(index))).unwrap_or(u8::MAX);
    let care = answers
        .chosen(FieldId::ChildCare(index))
        .unwrap_or(DlaCare::None);
    let mobility = answers
        .chosen(FieldId::ChildMobility(index))
        .unwrap_or(DlaMobility::None);
    let gets_benefit = care != DlaCare::None || mobility != DlaMobility::None;
    // UC Regs 2013 reg 24(2): the higher addition with the highest care rate, the lower
    // addition with any other rate. Not asked: blindness, which also gives the higher.
    let disabled_child_addition = match (care, gets_benefit) {
        (DlaCare::Highest, _) => DisabledChildAddition::Higher,
        (DlaCare::None | DlaCare::Lowest | DlaCare::Middle, true) => DisabledChildAddition::Lower,
        (DlaCare::None | DlaCare::Lowest | DlaCare::Middle, false) => DisabledChildAddition::None,
    };
    let disability_benefit = gets_benefit.then_some(if country == Country::Scotland {
        DisabilityBenefit::Cdp { care, mobility }
    } else {
        DisabilityBenefit::Dla { care, mobility }
    });
    Child {
        age,
        born_before_6_april_2017: asks_born_before_2017(answers, index, rules)
            .then(|| answers.is_yes(FieldId::ChildBornBefore2017(index))),
        disabled_child_addition,
        disability_benefit,
        // Asked only where it could change the rent counted (`home.rs`).
        sex: answers.chosen(FieldId::ChildSex(index)),
    }
}

/// The household the answers describe.
pub fn household(answers: &Answers, rules: &Rules) -> Household {
    let country = answers.chosen(FieldId::Country).unwrap_or(Country::England);
    let tenancy = Tenancy {
        rent: money(answers, FieldId::Rent),
        frequency: frequency(answers, FieldId::RentFrequency),
        eligible_service_charges: Money::ZERO,
    };
    let rents = answers
        .chosen(FieldId::Home)
        .is_some_and(|home| match home {
            Home::RentsPrivately | Home::RentsSocially | Home::SharedOwnership => true,
            Home::Owns | Home::NoRent => false,
        });
    let housing = match answers.chosen(FieldId::Home) {
        Some(Home::RentsPrivately | Home::RentsSocially) if supported(answers) => {
            Housing::SupportedOrTemporary(SupportedTenancy {
                tenancy,
                accommodation: match answers.chosen(FieldId::SupportedHousing) {
                    Some(SupportedChoice::Temporary) => SupportedAccommodation::Temporary,
                    Some(SupportedChoice::Supported | SupportedChoice::No) | None => {
                        SupportedAccommodation::Supported
                    }
                },
            })
        }
        Some(Home::RentsPrivately) => Housing::RentingPrivately(PrivateTenancy {
            tenancy,
            // The name as the table spells it; none when not sure.
            lha_area: (!answers.is_yes(FieldId::LhaAreaNotSure))
                .then(|| rules.tables().lha_area(answers.text(FieldId::LhaArea)))
                .flatten()
                .map(|area| area.name.to_owned()),
            shared_accommodation_exception: None,
        }),
        Some(Home::RentsSocially) => Housing::RentingSocially(SocialTenancy {
            tenancy,
            bedrooms: parse_whole(answers.text(FieldId::Bedrooms), 0, u32::from(MOST_BEDROOMS))
                .ok()
                .and_then(|bedrooms| u8::try_from(bedrooms).ok()),
        }),
        Some(Home::SharedOwnership) => Housing::SharedOwnership(tenancy),
        Some(Home::Owns) => Housing::Owner(OwnerOccupier {
            service_charges: money(answers, FieldId::ServiceCharges),
            frequency: Frequency::Monthly,
            qualifying_period_met: answers.is_yes(FieldId::OnUcNineMonths),
        }),
        Some(Home::NoRent) | None => Housing::no_housing_costs(),
    };
    let children: Vec<Child> = (0..child_count(answers))
        .map(|index| child(answers, index, country, rules))
        .collect();
    let childcare_amount = money(answers, FieldId::Childcare);
    // The childcare page asks for at least one child when there are costs, and no
    // more than live here: the count is used as given.
    let childcare_children =
        u8::try_from(whole(answers, FieldId::ChildcareChildren)).unwrap_or(u8::MAX);
    let childcare_costs =
        (childcare_amount.is_positive() && !children.is_empty()).then_some(ChildcareCosts {
            amount: childcare_amount,
            frequency: Frequency::Monthly,
            children: childcare_children,
        });
    // Renters and owners are asked how many other adults live with them; renters whose
    // rent UC helps with, then how many of them pay a housing cost contribution (that
    // page gives the age and lists who not to count). The others are recorded as 18:
    // the answers do not say whether they are younger than the age that pays or
    // exempt, and neither changes the bedrooms or the contributions; at 18 they are
    // counted for council tax (LGFA 1992 Sch 1 para 1), as most other adults are.
    let other_adults = if rents || pays_council_tax(answers) {
        whole(answers, FieldId::OtherAdults)
    } else {
        0
    };
    let paying = if rents && !supported(answers) {
        whole(answers, FieldId::OtherAdultsPaying).min(other_adults)
    } else {
        0
    };
    let contribution_age = rules
        .universal_credit
        .housing_cost_contribution_minimum_age
        .value;
    let non_dependants: Vec<NonDependant> = (0..other_adults)
        .map(|index| NonDependant {
            age: if index < paying {
                contribution_age
            } else {
                rules.council_tax.adult_from_age.value
            },
            exempt_because: None,
        })
        .collect();
    let partner = people(answers).contains(&Person::Partner);
    let mut household = Household {
        council_tax: council_tax(answers, rules),
        you: adult(answers, Person::You),
        partner: partner.then(|| adult(answers, Person::Partner)),
        children,
        housing,
        non_dependants,
        country,
        in_greater_london: country == Country::England && answers.is_yes(FieldId::London),
        savings: money(answers, FieldId::Savings),
        childcare_costs,
        // Asked of every family (`children.rs`).
        gets_child_benefit: answers.is_yes(FieldId::ChildBenefit),
        additional_bedrooms: Vec::new(),
        // Asked on the results page, beside the UC worked out (may be left empty).
        transitional_element: parse_money(
            answers.text(FieldId::TransitionalElement),
            MOST_TRANSITIONAL_ELEMENT,
        )
        .unwrap_or(Money::ZERO),
    };
    household.additional_bedrooms = additional_bedrooms(answers, &household);
    // Council tax is paid but the council or band is not known: say it is left out.
    if pays_council_tax(answers) && household.council_tax.is_none() {
        household
            .you
            .incomes_not_worked_out
            .push(IncomeNotWorkedOut::CouncilTaxReduction);
    }
    let exception = shared_accommodation_exception(answers, &household, rules);
    if let Housing::RentingPrivately(private) = &mut household.housing {
        private.shared_accommodation_exception = exception;
    }
    household
}

/// The extra bedroom conditions ticked that can apply to the household (a box ticked
/// before an earlier answer changed may no longer).
fn additional_bedrooms(answers: &Answers, household: &Household) -> Vec<AdditionalBedroom> {
    let disabled_child = household.children.iter().any(|child| {
        child.age < YOUNG_PERSON_FROM
            && child
                .disability_benefit
                .is_some_and(DisabilityBenefit::is_middle_or_highest_care)
    });
    [
        (
            BedroomKind::OvernightCare,
            AdditionalBedroom::OvernightCare,
            true,
        ),
        (
            BedroomKind::FosterParent,
            AdditionalBedroom::FosterParent,
            true,
        ),
        (
            BedroomKind::DisabledChild,
            AdditionalBedroom::DisabledChildCannotShare,
            disabled_child,
        ),
        (
            BedroomKind::CoupleCannotShare,
            AdditionalBedroom::CoupleCannotShare,
            household.is_couple(),
        ),
    ]
    .into_iter()
    .filter(|&(kind, _, applies)| applies && answers.is_yes(FieldId::ExtraBedroom(kind)))
    .map(|(_, condition, _)| condition)
    .collect()
}

/// The first shared accommodation rate exception ticked, for a single renter under
/// 35 with no children or other adults (the only people asked).
fn shared_accommodation_exception(
    answers: &Answers,
    household: &Household,
    rules: &Rules,
) -> Option<SharedAccommodationException> {
    let size = &rules.size_criteria;
    let age = household.you.age;
    if household.is_couple()
        || household.has_children()
        || !household.non_dependants.is_empty()
        || age >= size.shared_accommodation_under.value
    {
        return None;
    }
    [
        (
            SharedRateKind::CareLeaver,
            SharedAccommodationException::CareLeaver,
        ),
        (
            SharedRateKind::HomelessHostel,
            SharedAccommodationException::HomelessHostel,
        ),
        (
            SharedRateKind::PublicProtection,
            SharedAccommodationException::PublicProtection,
        ),
        (
            SharedRateKind::DomesticAbuse,
            SharedAccommodationException::DomesticAbuse,
        ),
        (
            SharedRateKind::ModernSlavery,
            SharedAccommodationException::ModernSlavery,
        ),
    ]
    .into_iter()
    .filter(|&(kind, _)| kind != SharedRateKind::CareLeaver || age < size.care_leaver_under.value)
    .find(|&(kind, _)| answers.is_yes(FieldId::SharedRate(kind)))
    .map(|(_, exception)| exception)
}

/// The work the person is thinking about, as a scenario.
pub fn scenario(answers: &Answers) -> Scenario {
    let job = Job {
        paid: frequency(answers, FieldId::WorkPaid),
        ..Job::hourly(
            hours(answers, FieldId::WorkHours),
            money(answers, FieldId::WorkPay),
        )
    };
    Scenario {
        you: Some(job),
        ..Scenario::default()
    }
}

/// The day assessment periods begin when none is typed.
pub const USUAL_PERIOD_DAY: u8 = 1;

/// When the work in mind starts and pays, for the first months month by month
/// (answered on the results page): the day typed, the day assessment periods begin
/// (the 1st unless typed), and the first payday (assumed unless typed; later monthly
/// paydays fall as the first does: on the last working day, or on the same date).
/// `None` while an answer cannot be read, or there is no new paid work.
pub fn first_months(
    answers: &Answers,
    rules: &Rules,
    country: Country,
    job: &Job,
) -> Option<FirstMonths> {
    if !job.is_working() || answers.is_yes(FieldId::WorksNow(Person::You)) {
        return None;
    }
    let year = rules.tax_year;
    let start = parse_date(
        answers.text(FieldId::StartDate),
        year.first_day(),
        year.last_day(),
    )
    .ok()?;
    let period_day = match answers.text(FieldId::PeriodDay).trim() {
        "" => USUAL_PERIOD_DAY,
        text => u8::try_from(parse_whole(text, 1, 31).ok()?).ok()?,
    };
    let holidays = rules.tables().bank_holidays.in_country(country);
    let first = match answers.text(FieldId::FirstPayday).trim() {
        "" => assumed_first_payday(start, job.paid, holidays),
        text => parse_date(text, start, start.add_days(MOST_DAYS_TO_FIRST_PAYDAY)).ok()?,
    };
    let monthly = if first == last_working_day(first.year(), first.month(), holidays) {
        MonthlyPayday::LastWorkingDay
    } else {
        MonthlyPayday::Day(first.day())
    };
    Some(FirstMonths {
        start,
        assessment_period_day: period_day,
        you: Some(Payday { first, monthly }),
        partner: None,
        // Not asked on the page yet (the JSON takes it).
        extra_pay: None,
    })
}

/// The whole situation, once every page is answered.
pub fn situation(answers: &Answers, rules: &Rules) -> Situation {
    let household = household(answers, rules);
    let mut work_in_mind = scenario(answers);
    if let Some(job) = work_in_mind.you {
        work_in_mind.first_months = first_months(answers, rules, household.country, &job);
    }
    Situation {
        household,
        scenarios: vec![work_in_mind],
    }
}
