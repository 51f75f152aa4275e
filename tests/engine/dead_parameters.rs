//! Every figure in the 2026/27 rules is used: set it to nil and at least one of the
//! reference situations below must come out differently (after policyengine-uk-rust's
//! `parameter_impact.rs`). A figure nothing reads is a figure nobody checks.

use benefit_bridge::engine::pay;
use benefit_bridge::household::{
    Country, DisabilityBenefit, DisabledChildAddition, DlaCare, DlaMobility, NonDependantExemption,
    PipRate, UcHealth,
};
use benefit_bridge::money::{Money, Rate};
use benefit_bridge::period::{Frequency, Monthly, Weekly, Yearly};
use benefit_bridge::rules::{Rules, TaxBand};
use benefit_bridge::scenario::{Job, Scenario};
use benefit_bridge::{calculate, Situation, RULES_2026_27};

use crate::support::*;

fn scenario(job: Job) -> Scenario {
    Scenario {
        label: None,
        you: Some(job),
        partner: None,
        childcare_costs: None,
    }
}

fn situation(household: HouseholdBuilder, jobs: Vec<Job>) -> Situation {
    let situation = Situation {
        household: household.0,
        scenarios: jobs.into_iter().map(scenario).collect(),
    };
    assert_eq!(
        situation.check(),
        Vec::new(),
        "a reference situation should be valid"
    );
    situation
}

/// Households chosen so that between them they touch every figure.
fn references() -> Vec<Situation> {
    let weekly = |hours: &str, rate: Money| hourly(hours, rate).paid(Frequency::Weekly);
    let mut young_carer_family = couple(40, 41)
        .carer()
        .partner_health(UcHealth::LcwBefore3April2017)
        .country(Country::Scotland)
        .owner()
        .child(9)
        .disabled_child(
            5,
            DisabledChildAddition::Higher,
            DisabilityBenefit::Cdp {
                care: DlaCare::Highest,
                mobility: DlaMobility::Higher,
            },
        )
        .disabled_child(
            3,
            DisabledChildAddition::Lower,
            DisabilityBenefit::Cdp {
                care: DlaCare::Middle,
                mobility: DlaMobility::Lower,
            },
        )
        .disabled_child(
            1,
            DisabledChildAddition::Lower,
            DisabilityBenefit::Cdp {
                care: DlaCare::Lowest,
                mobility: DlaMobility::None,
            },
        );
    young_carer_family.0.children[0].born_before_6_april_2017 = Some(true);
    if let Some(partner) = young_carer_family.0.partner.as_mut() {
        partner.disability_benefit = Some(DisabilityBenefit::Adp {
            daily_living: PipRate::Standard,
            mobility: PipRate::Enhanced,
        });
    }
    vec![
        situation(
            single(24)
                .health(UcHealth::LcwraNewClaimant)
                .renting_privately("650")
                .savings("8130")
                .disability_benefit(DisabilityBenefit::Pip {
                    daily_living: PipRate::Standard,
                    mobility: PipRate::Enhanced,
                }),
            vec![
                weekly("8", nlw()),
                hourly("16", nlw()).paid(Frequency::Fortnightly),
                hourly("10", nlw()).paid(Frequency::Fortnightly),
                hourly("30", nlw()).paid(Frequency::FourWeekly),
                hourly("10", nlw()).paid(Frequency::FourWeekly),
                hourly("8", nlw()),
                hourly("40", gbp("30")),
                salary("200000"),
            ],
        ),
        situation(
            single(30)
                .health(UcHealth::LcwraPre2026Claimant)
                .country(Country::Scotland)
                .owner()
                .disability_benefit(DisabilityBenefit::Adp {
                    daily_living: PipRate::Enhanced,
                    mobility: PipRate::Standard,
                }),
            vec![salary("130000"), weekly("16", nlw())],
        ),
        situation(
            couple(22, 23)
                .partner_health(UcHealth::Lcw)
                .renting_socially("125", Frequency::Weekly, "6.50")
                .non_dependant(19, None)
                .non_dependant(30, None)
                .non_dependant(40, Some(NonDependantExemption::GetsDisabilityBenefit))
                .child(12)
                .disabled_child(
                    4,
                    DisabledChildAddition::Higher,
                    DisabilityBenefit::Dla {
                        care: DlaCare::Highest,
                        mobility: DlaMobility::Higher,
                    },
                )
                .disabled_child(
                    2,
                    DisabledChildAddition::Lower,
                    DisabilityBenefit::Dla {
                        care: DlaCare::Middle,
                        mobility: DlaMobility::Lower,
                    },
                )
                .disabled_child(
                    1,
                    DisabledChildAddition::Lower,
                    DisabilityBenefit::Dla {
                        care: DlaCare::Lowest,
                        mobility: DlaMobility::None,
                    },
                )
                .childcare_monthly("2500", 2),
            vec![weekly("16", nlw())],
        ),
        situation(
            single(30)
                .child(8)
                .child(5)
                .child(2)
                .renting_privately("1600")
                .in_london()
                .childcare_monthly("1500", 1),
            vec![salary("6000").no_pension(), salary("10800").no_pension()],
        ),
        situation(single(30).renting_privately("1200"), vec![]),
        situation(single(30).renting_privately("1500").in_london(), vec![]),
        situation(couple(30, 31).renting_privately("2000"), vec![]),
        situation(young_carer_family, vec![]),
        situation(
            single(21).disability_benefit(DisabilityBenefit::Pip {
                daily_living: PipRate::Enhanced,
                mobility: PipRate::Standard,
            }),
            vec![salary("20000")],
        ),
    ]
}

/// Everything the references produce, including a payslip paid yearly (a pay period
/// the questionnaire does not offer, but the law's yearly figures cover).
fn fingerprint(rules: &Rules) -> String {
    let outcomes: Vec<_> = references()
        .iter()
        .map(|situation| calculate(situation, rules))
        .collect();
    let payslips: Vec<_> = ["30000", "8000"]
        .into_iter()
        .map(|yearly| {
            pay::payslip(
                &salary(yearly).paid(Frequency::Yearly),
                30,
                Country::England,
                rules,
            )
        })
        .collect();
    format!("{outcomes:?}{payslips:?}")
}

/// Replaces the rest-of-UK or Scottish bands with `bands`.
fn bands_nudge(scotland: bool, band: &str, what: &str, bands: Vec<TaxBand>) -> Nudge {
    let bands: &'static [TaxBand] = Box::leak(bands.into_boxed_slice());
    let name = format!(
        "{} {band} {what}",
        if scotland { "Scottish" } else { "rest of UK" }
    );
    let nudge = move |rules: &mut Rules| {
        if scotland {
            rules.income_tax.bands_scotland.value = bands;
        } else {
            rules.income_tax.bands_rest_of_uk.value = bands;
        }
    };
    (name, Box::new(nudge))
}

type Nudge = (String, Box<dyn Fn(&mut Rules)>);

macro_rules! nil {
    ($($path:ident).+ = $value:expr) => {
        (stringify!($($path).+).to_owned(), Box::new(move |rules: &mut Rules| rules.$($path).+ = $value) as Box<dyn Fn(&mut Rules)>)
    };
}

fn nudges() -> Vec<Nudge> {
    let m = Monthly(Money::ZERO);
    let w = Weekly(Money::ZERO);
    let y = Yearly(Money::ZERO);
    let z = Money::ZERO;
    let mut nudges: Vec<Nudge> = vec![
        nil!(universal_credit.standard_allowance_single_under_25.value = m),
        nil!(universal_credit.standard_allowance_single_25_or_over.value = m),
        nil!(
            universal_credit
                .standard_allowance_couple_both_under_25
                .value = m
        ),
        nil!(
            universal_credit
                .standard_allowance_couple_one_or_both_25_or_over
                .value = m
        ),
        nil!(
            universal_credit
                .child_element_first_child_born_before_6_april_2017
                .value = m
        ),
        nil!(universal_credit.child_element.value = m),
        nil!(universal_credit.disabled_child_addition_lower.value = m),
        nil!(universal_credit.disabled_child_addition_higher.value = m),
        nil!(universal_credit.lcw_element.value = m),
        nil!(universal_credit.lcwra_element_protected.value = m),
        nil!(universal_credit.lcwra_element_new_claimant.value = m),
        nil!(universal_credit.carer_element.value = m),
        nil!(universal_credit.childcare_costs_rate.value = Rate::ZERO),
        nil!(universal_credit.childcare_costs_cap_one_child.value = m),
        nil!(
            universal_credit
                .childcare_costs_cap_two_or_more_children
                .value = m
        ),
        nil!(universal_credit.work_allowance_higher.value = m),
        nil!(universal_credit.work_allowance_lower.value = m),
        nil!(universal_credit.earnings_taper.value = Rate::ZERO),
        nil!(universal_credit.capital_lower_limit.value = z),
        nil!(universal_credit.capital_upper_limit.value = z),
        nil!(universal_credit.tariff_income_per_step.value = m),
        nil!(universal_credit.tariff_income_step.value = z),
        nil!(universal_credit.housing_cost_contribution.value = m),
        nil!(universal_credit.housing_cost_contribution_minimum_age.value = 0),
        nil!(benefit_cap.greater_london_couple_or_with_children.value = y),
        nil!(benefit_cap.greater_london_single.value = y),
        nil!(benefit_cap.elsewhere_couple_or_with_children.value = y),
        nil!(benefit_cap.elsewhere_single.value = y),
        nil!(benefit_cap.earnings_exemption_hours.value = 0),
        nil!(income_tax.personal_allowance.value = y),
        nil!(income_tax.personal_allowance_taper_threshold.value = y),
        nil!(national_insurance.primary_threshold_yearly.value = y),
        nil!(national_insurance.upper_earnings_limit_yearly.value = y),
        nil!(national_insurance.primary_threshold_weekly.value = w),
        nil!(national_insurance.primary_threshold_monthly.value = m),
        nil!(national_insurance.upper_earnings_limit_weekly.value = w),
        nil!(national_insurance.upper_earnings_limit_monthly.value = m),
        nil!(national_insurance.main_rate.value = Rate::ZERO),
        nil!(national_insurance.additional_rate.value = Rate::ZERO),
        nil!(workplace_pension.employee_minimum_rate.value = Rate::ZERO),
        nil!(workplace_pension.basic_rate_relief.value = Rate::ZERO),
        nil!(workplace_pension.automatic_enrolment_minimum_age.value = 0),
        nil!(workplace_pension.automatic_enrolment_maximum_age.value = 0),
        nil!(minimum_wage.national_living_wage.value = z),
        nil!(child_benefit.eldest_child.value = w),
        nil!(child_benefit.each_other_child.value = w),
    ];
    macro_rules! thresholds {
        ($($period:ident),+) => {$(
            nudges.push(nil!(workplace_pension.$period.value.qualifying_earnings_lower_limit = z));
            nudges.push(nil!(workplace_pension.$period.value.earnings_trigger = z));
            nudges.push(nil!(workplace_pension.$period.value.qualifying_earnings_upper_limit = z));
        )+};
    }
    thresholds!(yearly, weekly, fortnightly, four_weekly, monthly);
    macro_rules! disability {
        ($($rate:ident),+) => {$( nudges.push(nil!(disability_benefits.$rate.value = w)); )+};
    }
    disability!(
        pip_daily_living_standard,
        pip_daily_living_enhanced,
        pip_mobility_standard,
        pip_mobility_enhanced,
        dla_care_lowest,
        dla_care_middle,
        dla_care_highest,
        dla_mobility_lower,
        dla_mobility_higher,
        adp_daily_living_standard,
        adp_daily_living_enhanced,
        adp_mobility_standard,
        adp_mobility_enhanced,
        cdp_care_lowest,
        cdp_care_middle,
        cdp_care_highest,
        cdp_mobility_lower,
        cdp_mobility_higher
    );
    for scotland in [false, true] {
        let bands = if scotland {
            RULES_2026_27.income_tax.bands_scotland.value
        } else {
            RULES_2026_27.income_tax.bands_rest_of_uk.value
        };
        for (index, band) in bands.iter().enumerate() {
            let mut nil_rate = bands.to_vec();
            nil_rate[index].rate = Rate::ZERO;
            nudges.push(bands_nudge(scotland, band.name, "rate", nil_rate));
            if band.up_to.is_some() {
                let mut lower_top = bands.to_vec();
                lower_top[index].up_to = Some(Money::ZERO);
                nudges.push(bands_nudge(scotland, band.name, "limit", lower_top));
            }
        }
    }
    nudges
}

#[test]
fn every_figure_in_the_rules_changes_some_outcome() {
    let baseline = fingerprint(&RULES_2026_27);
    let dead: Vec<String> = nudges()
        .into_iter()
        .filter_map(|(name, nudge)| {
            let mut rules = RULES_2026_27;
            nudge(&mut rules);
            (fingerprint(&rules) == baseline).then_some(name)
        })
        .collect();
    assert_eq!(
        dead,
        Vec::<String>::new(),
        "these figures change no reference outcome"
    );
}

#[test]
fn the_nudges_cover_every_field_of_the_rules() {
    // The rules serialise to JSON; every leaf "value" must have a nudge. Counted by
    // hand: 24 UC + 5 cap + 4 tax (2 band tables) + 8 NI + 9 pension (5 threshold
    // sets) + 1 wage + 18 disability + 2 Child Benefit figures; bands expand to rates
    // and limits (3 + 2 rest of UK, 6 + 5 Scotland); thresholds expand to 3 each.
    let expected = 24 + 5 + 2 + 8 + 4 + 5 * 3 + 1 + 18 + 2 + (3 + 2) + (6 + 5);
    assert_eq!(nudges().len(), expected);
    let json = serde_json::to_value(RULES_2026_27).expect("the rules serialise");
    let cited = count_cited(&json);
    // Cited values: 24 UC + 5 cap + 4 tax + 8 NI + 9 pension + 1 wage + 18 + 2.
    assert_eq!(
        cited,
        24 + 5 + 4 + 8 + 9 + 1 + 18 + 2,
        "a new figure needs a nudge above"
    );
}

fn count_cited(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Object(map)
            if map.contains_key("value") && map.contains_key("source") =>
        {
            1
        }
        serde_json::Value::Object(map) => map.values().map(count_cited).sum(),
        _ => 0,
    }
}
