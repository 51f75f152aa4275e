//! Every figure in the 2026/27 rules is used: set it to nil and at least one of the
//! reference situations below must come out differently (after policyengine-uk-rust's
//! `parameter_impact.rs`). A figure nothing reads is a figure nobody checks.
//!
//! The list of figures comes from the rules themselves: every number, amount and
//! rate inside a `Cited` value of the rules' own JSON. Each is set to nil in the JSON,
//! the rules are read back, and the references are worked out again. Only the money is
//! compared: what each line pays, the pay, the steps of the UC calculation, the
//! totals, and which thresholds are reached. The facts the outcome repeats for people
//! to read (a line's rate or cap, the cap's earnings threshold, the reasons) are left
//! out, so a figure that is only quoted, never used, is dead.

use benefit_bridge::engine::pay;
use benefit_bridge::household::{
    CouncilTaxBand, Country, DisabilityBenefit, DisabledChildAddition, DlaCare, DlaMobility,
    EsaGroup, NonDependantExemption, PipRate, SharedAccommodationException, SupportedAccommodation,
    UcHealth,
};
use benefit_bridge::money::Money;
use benefit_bridge::period::Frequency;
use benefit_bridge::rules::Rules;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::work::{Job, Person, SelfEmployment, Study};
use benefit_bridge::{calculate, Situation, RULES_2026_27};
use serde_json::Value;

use crate::support::*;

fn scenario(job: Job) -> Scenario {
    Scenario {
        you: Some(job),
        ..Scenario::default()
    }
}

fn nlw_job() -> Job {
    hourly("16", nlw())
}

/// Self-employed with each of these profits a month (one scenario each).
fn self_employed(household: HouseholdBuilder, profits: &[&str]) -> Situation {
    let scenarios = profits
        .iter()
        .map(|profit| Scenario {
            you: None,
            self_employment: vec![SelfEmployment {
                who: Person::You,
                hours_per_week: dec("35"),
                profit_per_month: gbp(profit),
                start_up_period: false,
                main_work: true,
            }],
            ..scenario(nlw_job())
        })
        .collect();
    Situation {
        household: household.0,
        scenarios,
    }
}

fn situation(household: HouseholdBuilder, jobs: Vec<Job>) -> Situation {
    let situation = Situation {
        household: household.0,
        scenarios: jobs.into_iter().map(scenario).collect(),
    };
    assert_eq!(
        situation.check(RULES_2026_27.tax_year),
        Vec::new(),
        "a reference situation should be valid"
    );
    situation
}

/// Council tax and Council Tax Reduction: every band in each nation; each scheme on
/// UC with some work; each personal allowance and premium off UC (enough work to take
/// UC to nil); each of Slough's earnings bands.
fn council_tax_references() -> Vec<Situation> {
    let mut references = Vec::new();
    let owner = |council: &str, country: Country, band: CouncilTaxBand| {
        single(30)
            .owner()
            .country(country)
            .savings("100")
            .council_tax(council, band)
    };
    for (council, country) in [
        ("Leeds", Country::England),
        ("Cardiff", Country::Wales),
        ("Glasgow City", Country::Scotland),
    ] {
        for band in CouncilTaxBand::ALL {
            if band == CouncilTaxBand::I && country != Country::Wales {
                continue;
            }
            references.push(situation(owner(council, country, band), vec![]));
        }
    }
    // A 17-year-old is not counted: the single person discount stays.
    references.push(situation(
        owner("Leeds", Country::England, CouncilTaxBand::B).non_dependant(17, None),
        vec![],
    ));
    for (council, country) in [
        ("Leeds", Country::England),
        ("Cardiff", Country::Wales),
        ("Glasgow City", Country::Scotland),
        ("Kingston upon Thames", Country::England),
        ("Newham", Country::England),
    ] {
        references.push(situation(
            owner(council, country, CouncilTaxBand::B),
            vec![hourly("8", nlw())],
        ));
    }
    let pip = DisabilityBenefit::Pip {
        daily_living: PipRate::Standard,
        mobility: PipRate::None,
    };
    let dla = DisabilityBenefit::Dla {
        care: DlaCare::Middle,
        mobility: DlaMobility::None,
    };
    for (council, country) in [
        ("Leeds", Country::England),
        ("Glasgow City", Country::Scotland),
    ] {
        let at = |household: HouseholdBuilder| {
            household
                .owner()
                .country(country)
                .council_tax(council, CouncilTaxBand::H)
        };
        let off_uc = vec![hourly("16", nlw()), hourly("45", gbp("14"))];
        references.push(situation(at(single(22)), off_uc.clone()));
        references.push(situation(at(single(30)), off_uc.clone()));
        references.push(situation(at(couple(30, 30)), vec![hourly("30", nlw())]));
        references.push(situation(at(single(30).child(5)), off_uc.clone()));
        // The disabled child addition keeps UC until more is earned.
        references.push(situation(
            at(single(30).disabled_child(5, DisabledChildAddition::Lower, dla)),
            vec![hourly("45", gbp("17"))],
        ));
        references.push(situation(
            at(single(30).disability_benefit(pip)),
            off_uc.clone(),
        ));
        references.push(situation(
            at(couple(30, 30).disability_benefit(pip)),
            vec![hourly("30", nlw())],
        ));
        references.push(situation(at(single(30).carers_allowance()), off_uc.clone()));
    }
    // Housing Benefit off UC: tapered, and (at £64.50 rent) under the 50p minimum.
    for rent in ["150", "64.50"] {
        references.push(situation(
            single(30)
                .savings("100")
                .supported_housing(rent, SupportedAccommodation::Supported),
            vec![hourly("16", nlw())],
        ));
    }
    // HB's additional disregard: 30 hours at 25 or over; a family working 15 hours,
    // under the 16 that gives it (well paid, so UC is nil).
    references.push(situation(
        single(30).supported_housing("150", SupportedAccommodation::Supported),
        vec![hourly("30", nlw())],
    ));
    references.push(situation(
        single(30)
            .child(5)
            .supported_housing("300", SupportedAccommodation::Supported),
        vec![hourly("15", gbp("50"))],
    ));
    // Slough: no earnings, then each band (monthly pay: the weekly earnings are the
    // hours × pay less tax, NI and pension), and over the last.
    references.push(situation(
        owner("Slough", Country::England, CouncilTaxBand::B),
        ["8", "12", "16", "22", "32", "38"]
            .into_iter()
            .map(|hours| hourly(hours, nlw()))
            .chain([hourly("40", gbp("15"))])
            .collect(),
    ));
    references
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
    let manchester_room = |age: u8| {
        single(age)
            .renting_privately("600")
            .lha_area("Central Greater Manchester")
    };
    let mut all = council_tax_references();
    all.extend(vec![
        // The size criteria: the shared accommodation rate and a care leaver's
        // exception at the edges of its ages; children sharing; spare bedrooms.
        situation(manchester_room(22), vec![weekly("8", nlw())]),
        situation(
            manchester_room(17)
                .shared_accommodation_exception(SharedAccommodationException::CareLeaver),
            vec![],
        ),
        situation(
            manchester_room(22)
                .shared_accommodation_exception(SharedAccommodationException::CareLeaver),
            vec![],
        ),
        situation(
            couple(30, 30)
                .boy(8)
                .girl(6)
                .renting_privately("1000")
                .lha_area("Leeds"),
            vec![],
        ),
        situation(
            single(40)
                .renting_socially("500", Frequency::Monthly, "0")
                .bedrooms(2),
            vec![],
        ),
        situation(
            single(40)
                .renting_socially("500", Frequency::Monthly, "0")
                .bedrooms(3),
            vec![],
        ),
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
        // New Style ESA: each group; the permitted work limits (kept at £15 a week
        // for 20 hours and £150 a week for 15 hours, lost at £250 for 30 hours); the
        // pension rule; Carer's Allowance reduced by ESA, with care costs over half of
        // net earnings.
        situation(
            single(22)
                .esa(EsaGroup::AssessmentPhase)
                .carers_allowance()
                .care_costs_per_week("150"),
            vec![
                weekly_pay("15", "20"),
                weekly_pay("150", "15"),
                weekly_pay("250", "30"),
            ],
        ),
        situation(single(30).esa(EsaGroup::AssessmentPhase), vec![]),
        situation(single(30).esa(EsaGroup::SupportGroup), vec![]),
        situation(
            single(40)
                .esa(EsaGroup::WorkRelatedActivityGroupBefore3April2017)
                .pension("500"),
            vec![],
        ),
        // New Style JSA, under 25 with a pension and 15 hours' work; at 25 or over.
        situation(
            single(22).jsa().pension("260"),
            vec![weekly_pay("40", "15")],
        ),
        situation(single(30).jsa(), vec![]),
        // Carer Support Payment and its supplement, with half of a pension
        // contribution taken off earnings of £205 a week.
        situation(
            single(30).carers_allowance().country(Country::Scotland),
            vec![Job {
                pension: benefit_bridge::work::PensionContribution::AutoEnrolmentMinimum,
                ..weekly_pay("205", "20")
            }],
        ),
        // The High Income Child Benefit Charge: adjusted net income of £70,008 (£5,834 a
        // month) is part way between the threshold and all of Child Benefit, so both
        // the threshold and the step change it.
        situation(
            single(35).child(7).child(3).renting_privately("900"),
            vec![salary("70008").no_pension(), salary("20000")],
        ),
        // Scottish Child Payment: a lone parent in Scotland with a child under 16 and
        // one of 16, on UC now, and off it with a salary (the payment stops).
        situation(
            single(30)
                .country(Country::Scotland)
                .child(4)
                .child(16)
                .renting_privately("700"),
            vec![hourly("16", nlw()), salary("40000")],
        ),
        // Self-employment: the minimum income floor at each minimum wage (21 and over,
        // 18 to 20, under 18), and a profit above the Class 4 upper limit; and a
        // student with a maintenance loan.
        self_employed(single(30).renting_privately("650"), &["500", "5000"]),
        self_employed(single(19).renting_privately("650"), &["300"]),
        self_employed(single(17).renting_privately("650"), &["300"]),
        // A couple: your partner, with LCW and working, has a 16-hour threshold.
        self_employed(
            couple(30, 30)
                .partner_health(UcHealth::Lcw)
                .renting_privately("650")
                .partner_works(hourly("20", nlw())),
            &["300"],
        ),
        {
            let household = single(22).child(3).renting_privately("650").0;
            let scenario = Scenario {
                study: vec![Study {
                    who: Person::You,
                    full_time: true,
                    maintenance_loan_per_year: gbp("6000"),
                    months_counted: 9,
                }],
                you: None,
                ..scenario(nlw_job())
            };
            Situation {
                household,
                scenarios: vec![scenario],
            }
        },
        // Healthy Start for a baby under 1 and a child of 2, in Wales, on UC with no
        // take-home pay now, and with 8 hours' pay (under £408 a month).
        situation(
            single(24)
                .country(Country::Wales)
                .child(0)
                .child(2)
                .renting_socially("400", Frequency::Monthly, "0"),
            vec![hourly("8", nlw())],
        ),
    ]);
    all
}

/// The money of everything the references produce, including a payslip paid yearly
/// (a pay period the questionnaire does not offer, but the law's yearly figures cover).
fn fingerprint(rules: &Rules) -> Value {
    let outcomes: Vec<Value> = references()
        .iter()
        .map(|situation| {
            let mut outcome =
                serde_json::to_value(calculate(situation, rules)).expect("an outcome serialises");
            only_money(&mut outcome);
            outcome
        })
        .collect();
    let payslips: Vec<Value> = ["30000", "8000"]
        .into_iter()
        .map(|yearly| {
            let payslip = pay::payslip(
                &salary(yearly).paid(Frequency::Yearly),
                30,
                Country::England,
                rules,
                1,
                pay::OtherTaxableIncome::default(),
            );
            serde_json::to_value(payslip).expect("a payslip serialises")
        })
        .collect();
    Value::Array(vec![Value::Array(outcomes), Value::Array(payslips)])
}

/// Facts the outcome repeats for people to read, not money it works out: the reasons,
/// the rules' own figures quoted beside a result, the sources, the work asked about.
/// (Which thresholds are reached stays: a figure that only decides a named cliff edge
/// or a warning is used.)
const QUOTED: &[&str] = &[
    "why",
    "source",
    "work",
    "assumptions",
    "tax_year",
    "cap",
    "earnings_threshold",
    "exempt_because",
    "work_allowance",
];

/// Keeps only money worked out: a line keeps what it is, whose, and its amounts (not
/// the facts behind it); everything in `QUOTED` goes.
fn only_money(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("per_month") && map.contains_key("who") {
                map.retain(|key, _| ["id", "who", "per_month", "per_week"].contains(&key.as_str()));
            }
            map.retain(|key, _| !QUOTED.contains(&key.as_str()));
            map.values_mut().for_each(only_money);
        }
        Value::Array(items) => items.iter_mut().for_each(only_money),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

/// One step into the rules' JSON: a field name or a place in a list.
#[derive(Debug, Clone)]
enum Step {
    Field(String),
    Index(usize),
}

/// Where a figure is in the rules' JSON, such as `universal_credit.earnings_taper.value`.
#[derive(Debug, Clone)]
struct FigurePath(Vec<Step>);

impl FigurePath {
    fn name(&self) -> String {
        self.0
            .iter()
            .map(|step| match step {
                Step::Field(name) => format!(".{name}"),
                Step::Index(index) => format!("[{index}]"),
            })
            .collect::<String>()
            .trim_start_matches('.')
            .to_owned()
    }

    fn get_mut<'a>(&self, mut value: &'a mut Value) -> Option<&'a mut Value> {
        for step in &self.0 {
            value = match step {
                Step::Field(name) => value.get_mut(name.as_str())?,
                Step::Index(index) => value.get_mut(*index)?,
            };
        }
        Some(value)
    }
}

/// A figure: a number, or a string that is an amount ("424.90") or a rate ("55%").
fn is_figure(value: &Value) -> bool {
    match value {
        Value::Number(_) => true,
        Value::String(text) => text
            .trim_end_matches('%')
            .parse::<rust_decimal::Decimal>()
            .is_ok(),
        Value::Null | Value::Bool(_) | Value::Array(_) | Value::Object(_) => false,
    }
}

/// The same figure at nil, in the same form.
fn nil_like(value: &Value) -> Value {
    match value {
        Value::String(text) if text.ends_with('%') => Value::String("0%".to_owned()),
        Value::String(_) => Value::String("0".to_owned()),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::Array(_) | Value::Object(_) => {
            Value::from(0)
        }
    }
}

/// Every figure under `value`, which is inside a `Cited` value when `cited` is true.
fn figures(value: &Value, path: &mut Vec<Step>, cited: bool, found: &mut Vec<FigurePath>) {
    match value {
        Value::Object(map) => {
            let is_cited = map.contains_key("value") && map.contains_key("source");
            for (name, child) in map {
                if is_cited && name == "source" {
                    continue;
                }
                path.push(Step::Field(name.clone()));
                figures(child, path, cited || is_cited, found);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                path.push(Step::Index(index));
                figures(child, path, cited, found);
                path.pop();
            }
        }
        leaf if cited && is_figure(leaf) => found.push(FigurePath(path.clone())),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

fn rules_json() -> Value {
    serde_json::to_value(RULES_2026_27).expect("the rules serialise")
}

fn every_figure() -> Vec<FigurePath> {
    let mut found = Vec::new();
    figures(&rules_json(), &mut Vec::new(), false, &mut found);
    found
}

/// Reads rules back from JSON. The sources' words are borrowed from the text, so it
/// is kept for the rest of the test run.
fn read_rules(json: &Value) -> Rules {
    let text: &'static str = Box::leak(json.to_string().into_boxed_str());
    serde_json::from_str(text).expect("the nudged rules read back")
}

#[test]
fn the_rules_read_back_from_their_own_json_unchanged() {
    assert_eq!(read_rules(&rules_json()), RULES_2026_27);
}

#[test]
fn the_figures_are_found_in_every_part_of_the_rules() {
    let names: Vec<String> = every_figure().iter().map(FigurePath::name).collect();
    for expected in [
        "universal_credit.standard_allowance_single_under_25.value",
        "universal_credit.earnings_taper.value",
        "universal_credit.housing_cost_contribution_minimum_age.value",
        "benefit_cap.earnings_exemption_hours.value",
        "income_tax.bands_scotland.value[5].rate",
        "income_tax.bands_rest_of_uk.value[0].up_to",
        "national_insurance.main_rate.value",
        "workplace_pension.four_weekly.value.earnings_trigger",
        "minimum_wage.national_living_wage.value",
        "disability_benefits.cdp_mobility_higher.value",
        "child_benefit.each_other_child.value",
    ] {
        assert!(
            names.contains(&expected.to_owned()),
            "{expected} not found in {names:?}"
        );
    }
    // Band names, tax years and sources are not figures.
    assert!(!names
        .iter()
        .any(|name| name.ends_with(".name") || name.contains("source")));
}

#[test]
fn every_figure_in_the_rules_changes_some_outcome() {
    let baseline = fingerprint(&RULES_2026_27);
    let json = rules_json();
    let dead: Vec<String> = every_figure()
        .into_iter()
        .filter_map(|path| {
            let mut nudged = json.clone();
            let figure = path
                .get_mut(&mut nudged)
                .expect("a figure's path leads to it");
            *figure = nil_like(figure);
            (fingerprint(&read_rules(&nudged)) == baseline).then(|| path.name())
        })
        .collect();
    assert_eq!(
        dead,
        Vec::<String>::new(),
        "these figures change no reference outcome"
    );
}
