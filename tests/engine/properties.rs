//! Properties that hold for every valid household, checked on many random ones:
//! the engine never panics, UC is never negative, and more pay never means less money
//! unless a named cliff edge is crossed.

use benefit_bridge::engine::paydays::Paydays;
use benefit_bridge::engine::{self, Work};
use benefit_bridge::household::{
    Adult, CarersAllowance, Child, ChildcareCosts, CouncilTax, CouncilTaxBand, Country,
    DisabilityBenefit, DisabledChildAddition, DlaCare, DlaMobility, EsaGroup, Household, Housing,
    NewStyleEsa, NonDependant, NonDependantExemption, OwnerOccupier, PensionIncome, PipRate,
    PrivateTenancy, SocialTenancy, Tenancy, UcHealth,
};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::Threshold;
use benefit_bridge::period::Frequency;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::work::{Job, PensionContribution, PensionScheme};
use benefit_bridge::{calculate, Situation, RULES_2026_27};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn pence(range: core::ops::RangeInclusive<u32>) -> impl Strategy<Value = Money> {
    range.prop_map(|p| Money::from_decimal(Decimal::new(i64::from(p), 2)))
}

fn health() -> impl Strategy<Value = UcHealth> {
    prop_oneof![
        4 => Just(UcHealth::None),
        1 => Just(UcHealth::Lcw),
        1 => Just(UcHealth::LcwBefore3April2017),
        1 => Just(UcHealth::LcwraPre2026Claimant),
        1 => Just(UcHealth::LcwraSevereConditions),
        1 => Just(UcHealth::LcwraTerminallyIll),
        2 => Just(UcHealth::LcwraNewClaimant),
    ]
}

fn pip_rate() -> impl Strategy<Value = PipRate> {
    prop_oneof![
        Just(PipRate::None),
        Just(PipRate::Standard),
        Just(PipRate::Enhanced)
    ]
}

fn disability_benefit() -> impl Strategy<Value = Option<DisabilityBenefit>> {
    let care = prop_oneof![
        Just(DlaCare::None),
        Just(DlaCare::Lowest),
        Just(DlaCare::Middle),
        Just(DlaCare::Highest)
    ];
    let mobility = prop_oneof![
        Just(DlaMobility::None),
        Just(DlaMobility::Lower),
        Just(DlaMobility::Higher)
    ];
    prop_oneof![
        3 => Just(None),
        1 => (pip_rate(), pip_rate()).prop_map(|(daily_living, mobility)| Some(DisabilityBenefit::Pip { daily_living, mobility })),
        1 => (pip_rate(), pip_rate()).prop_map(|(daily_living, mobility)| Some(DisabilityBenefit::Adp { daily_living, mobility })),
        1 => (care, mobility).prop_map(|(care, mobility)| Some(DisabilityBenefit::Dla { care, mobility })),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::Weekly),
        Just(Frequency::Fortnightly),
        Just(Frequency::FourWeekly),
        Just(Frequency::Monthly)
    ]
}

fn pension() -> impl Strategy<Value = (PensionContribution, PensionScheme)> {
    let choice = prop_oneof![
        3 => Just(PensionContribution::AutoEnrolmentMinimum),
        1 => Just(PensionContribution::None),
        1 => (0u32..=15).prop_map(|p| PensionContribution::PercentOfQualifyingEarnings(Decimal::from(p))),
        1 => (0u32..=15).prop_map(|p| PensionContribution::PercentOfPay(Decimal::from(p))),
    ];
    let scheme = prop_oneof![
        Just(PensionScheme::ReliefAtSource),
        Just(PensionScheme::NetPay)
    ];
    (choice, scheme)
}

/// A job of 0 to 60 hours in half hours at £8 to £60 an hour, or a salary.
fn job() -> impl Strategy<Value = Job> {
    (
        0u32..=120,
        pence(800..=6_000),
        proptest::option::weighted(0.2, pence(0..=20_000_000)),
        frequency(),
        pension(),
    )
        .prop_map(
            |(half_hours, hourly, salary, paid, (pension, pension_scheme))| Job {
                hours_per_week: Decimal::new(i64::from(half_hours) * 5, 1),
                hourly_pay: if salary.is_some() { None } else { Some(hourly) },
                annual_salary: salary,
                paid,
                pension,
                pension_scheme,
            },
        )
}

fn esa() -> impl Strategy<Value = Option<NewStyleEsa>> {
    let group = prop_oneof![
        Just(EsaGroup::AssessmentPhase),
        Just(EsaGroup::SupportGroup),
        Just(EsaGroup::WorkRelatedActivityGroupBefore3April2017),
        Just(EsaGroup::WorkRelatedActivityGroup),
    ];
    proptest::option::weighted(
        0.2,
        (group, any::<bool>()).prop_map(|(group, supported_permitted_work)| NewStyleEsa {
            group,
            supported_permitted_work,
        }),
    )
}

/// Money besides pay: New Style ESA or JSA, Carer's Allowance (for a carer), a
/// pension.
fn other_income() -> BoxedStrategy<OtherIncome> {
    (
        esa(),
        proptest::bool::weighted(0.1),
        proptest::option::weighted(0.5, pence(0..=15_000)),
        proptest::option::weighted(0.15, pence(0..=300_000)),
    )
        .boxed()
}

type OtherIncome = (Option<NewStyleEsa>, bool, Option<Money>, Option<Money>);

fn adult() -> BoxedStrategy<Adult> {
    (
        16u8..=66,
        health(),
        disability_benefit(),
        proptest::bool::weighted(0.15),
        proptest::option::of(job()),
        other_income(),
    )
        .prop_map(
            |(
                age,
                uc_health,
                disability_benefit,
                cares_35_hours_a_week,
                job,
                (new_style_esa, jsa, care_costs, pension),
            )| Adult {
                age,
                uc_health,
                disability_benefit,
                cares_35_hours_a_week,
                job,
                new_style_esa,
                // Nobody gets both (the situation checks refuse it).
                new_style_jsa: jsa && new_style_esa.is_none(),
                carers_allowance: care_costs.filter(|_| cares_35_hours_a_week).map(
                    |care_costs_per_week| CarersAllowance {
                        care_costs_per_week,
                    },
                ),
                pension: pension.map(|amount| PensionIncome {
                    amount,
                    frequency: Frequency::Monthly,
                }),
                incomes_not_worked_out: Vec::new(),
                severe_mental_impairment: age % 5 == 0,
            },
        )
        .boxed()
}

fn child() -> impl Strategy<Value = Child> {
    let addition = prop_oneof![
        4 => Just(DisabledChildAddition::None),
        1 => Just(DisabledChildAddition::Lower),
        1 => Just(DisabledChildAddition::Higher),
    ];
    (0u8..=19, any::<bool>(), addition, disability_benefit()).prop_map(
        |(age, born_before, addition, benefit)| Child {
            age,
            born_before_6_april_2017: if age == 9 { Some(born_before) } else { None },
            disabled_child_addition: addition,
            disability_benefit: benefit,
            sex: None,
        },
    )
}

fn tenancy() -> impl Strategy<Value = Tenancy> {
    (pence(0..=300_000), frequency(), pence(0..=10_000)).prop_map(|(rent, frequency, charges)| {
        Tenancy {
            rent,
            frequency,
            eligible_service_charges: charges,
        }
    })
}

fn housing() -> impl Strategy<Value = Housing> {
    prop_oneof![
        tenancy().prop_map(|tenancy| Housing::RentingPrivately(PrivateTenancy {
            tenancy,
            lha_area: None,
            shared_accommodation_exception: None,
        })),
        (tenancy(), proptest::option::of(0u8..=6)).prop_map(|(tenancy, bedrooms)| {
            Housing::RentingSocially(SocialTenancy { tenancy, bedrooms })
        }),
        tenancy().prop_map(Housing::SharedOwnership),
        (pence(0..=20_000), frequency(), any::<bool>()).prop_map(
            |(service_charges, frequency, qualifying_period_met)| {
                Housing::Owner(OwnerOccupier {
                    service_charges,
                    frequency,
                    qualifying_period_met,
                })
            }
        ),
        Just(Housing::no_housing_costs()),
    ]
}

fn country() -> impl Strategy<Value = Country> {
    prop_oneof![
        Just(Country::England),
        Just(Country::Scotland),
        Just(Country::Wales),
        Just(Country::NorthernIreland)
    ]
}

fn non_dependant() -> impl Strategy<Value = NonDependant> {
    let exemption = prop_oneof![
        3 => Just(None),
        1 => Just(Some(NonDependantExemption::GetsDisabilityBenefit)),
        1 => Just(Some(NonDependantExemption::ResponsibleForChildUnder5)),
    ];
    (16u8..=90, exemption).prop_map(|(age, exempt_because)| NonDependant {
        age,
        exempt_because,
    })
}

fn household() -> impl Strategy<Value = Household> {
    (
        adult(),
        proptest::option::of(adult()),
        proptest::collection::vec(child(), 0..5),
        housing(),
        proptest::collection::vec(non_dependant(), 0..3),
        country(),
        any::<bool>(),
        pence(0..=2_500_000),
        (
            proptest::option::of((pence(0..=300_000), 1u8..=3)),
            proptest::option::of((0usize..3, 0usize..8)),
        ),
    )
        .prop_map(
            |(
                you,
                partner,
                children,
                housing,
                non_dependants,
                country,
                london,
                savings,
                (childcare, council_tax),
            )| {
                // A council of the household's country (Northern Ireland has none).
                let councils: &[&str] = match country {
                    Country::England => &["Leeds", "Slough", "Newham"],
                    Country::Scotland => &["Glasgow City", "Highland", "Fife"],
                    Country::Wales => &["Cardiff", "Swansea", "Powys"],
                    Country::NorthernIreland => &[],
                };
                let council_tax = council_tax.and_then(|(council, band)| {
                    Some(CouncilTax {
                        council: (*councils.get(council)?).to_owned(),
                        band: CouncilTaxBand::ALL[band],
                    })
                });
                let childcare_costs =
                    childcare
                        .filter(|_| !children.is_empty())
                        .map(|(amount, n)| ChildcareCosts {
                            amount,
                            frequency: Frequency::Monthly,
                            children: n.min(u8::try_from(children.len()).unwrap_or(u8::MAX)),
                        });
                Household {
                    you,
                    partner,
                    children,
                    housing,
                    non_dependants,
                    country,
                    in_greater_london: london && country == Country::England,
                    savings,
                    childcare_costs,
                    gets_child_benefit: true,
                    additional_bedrooms: Vec::new(),
                    council_tax,
                    transitional_element: Money::ZERO,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_answers_every_valid_household_and_uc_is_never_negative(
        household in household(),
        scenario_job in job(),
    ) {
        let situation = Situation {
            household,
            scenarios: vec![Scenario { you: Some(scenario_job), ..Scenario::default() }],
        };
        prop_assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
        let outcome = calculate(&situation, &RULES_2026_27);
        for snapshot in core::iter::once(&outcome.now).chain(outcome.scenarios.iter().map(|s| &s.snapshot)) {
            let uc = &snapshot.universal_credit;
            prop_assert!(!uc.award.is_negative(), "UC {} is negative", uc.award);
            prop_assert!(uc.award <= uc.maximum_amount);
            for line in &uc.elements {
                prop_assert!(!line.per_month.is_negative(), "{:?} is negative", line.kind);
            }
            for line in &uc.deductions {
                prop_assert!(!line.per_month.is_negative(), "{:?} is negative", line.kind);
            }
            for person in &snapshot.pay {
                let pay = person.payslip.per_month;
                prop_assert!(!pay.income_tax.is_negative() && !pay.national_insurance.is_negative());
                prop_assert!(pay.income_tax + pay.national_insurance <= pay.gross_pay);
            }
            let total: Money = snapshot.income.iter().map(|line| line.per_month).sum();
            prop_assert_eq!(total, snapshot.total.per_month);
        }
    }

    #[test]
    fn one_more_pound_of_pay_never_leaves_you_worse_off_except_at_a_named_cliff_edge(
        household in household(),
        pay_per_period in pence(0..=600_000),
        paid in frequency(),
        (pension, pension_scheme) in pension(),
    ) {
        // A salary set so the gross pay per period is exactly `pay_per_period`, then £1 more.
        let job_paying = |gross: Money| Job {
            hours_per_week: Decimal::from(20),
            hourly_pay: None,
            annual_salary: Some(paid.to_yearly(gross).0),
            paid,
            pension,
            pension_scheme,
        };
        let lower = job_paying(pay_per_period);
        let higher = job_paying(pay_per_period + Money::pounds(1));
        let snapshot = |job: &Job| {
            let scenario = Scenario { you: Some(*job), ..Scenario::default() };
            engine::snapshot(&household, Work::with_scenario(&household, &scenario), Paydays::USUAL, &RULES_2026_27)
        };
        let (before, after) = (snapshot(&lower), snapshot(&higher));
        if after.total.per_month < before.total.per_month {
            // The cliff must be named: a threshold reached with the extra pound, and one
            // that can cost money when it is crossed (not, say, the cap being lifted).
            let crossed: Vec<Threshold> = after
                .thresholds_reached
                .iter()
                .copied()
                .filter(|threshold| !before.thresholds_reached.contains(threshold))
                .collect();
            prop_assert!(
                crossed.iter().any(|threshold| threshold.can_cost_money()),
                "income fell from {} to {}, crossing only {:?}: no named cliff edge explains it",
                before.total.per_month,
                after.total.per_month,
                crossed
            );
        }
    }
}

/// Any decimal the engine could hold: up to 96 bits of digits, up to 28 places.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    (
        any::<i128>().prop_map(|digits| digits % (1_i128 << 96)),
        0u32..=28,
        0u32..=12,
    )
        .prop_map(|(digits, scale, shift)| {
            // Small values too, near the places rounding keeps.
            Decimal::from_i128_with_scale(digits >> (shift * 7), scale)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Money's rounding (one integer division) gives exactly what rust_decimal's
    /// `round_dp_with_strategy` gives for the same strategy.
    #[test]
    fn money_rounds_as_rust_decimal_does(value in any_decimal()) {
        use rust_decimal::RoundingStrategy as S;
        let money = Money::from_decimal(value);
        let same = |ours: Money, places: u32, strategy: S| {
            let theirs = value.round_dp_with_strategy(places, strategy);
            ours.decimal() == theirs && ours.decimal().scale() == theirs.scale()
        };
        prop_assert!(same(money.round_to_nearest_penny(), 2, S::MidpointAwayFromZero));
        prop_assert!(same(money.round_down_to_penny(), 2, S::ToZero));
        prop_assert!(same(money.round_up_to_penny(), 2, S::AwayFromZero));
        prop_assert!(same(money.round_half_penny_down(), 2, S::MidpointTowardZero));
        prop_assert!(same(money.round_down_to_pound(), 0, S::ToZero));
        prop_assert!(same(money.round_up_to_pound(), 0, S::AwayFromZero));
    }

    /// × a fraction to the penny in whole numbers is the same amount as the
    /// 28-place quotient rounded.
    #[test]
    fn a_fraction_to_the_penny_is_the_quotient_rounded(
        value in any_decimal(),
        (numerator, denominator) in prop_oneof![
            Just((12u32, 52u32)), Just((52, 12)), Just((7, 365)), Just((13, 12)), Just((1, 12)),
            (0u32..=400, 1u32..=400),
        ],
    ) {
        let money = Money::from_decimal(value);
        // Values an engine holds: well inside the 96 bits once multiplied.
        prop_assume!(value.abs() < Decimal::from(1_000_000_000_000_i64));
        prop_assert_eq!(
            money.times_fraction_to_nearest_penny(numerator, denominator),
            money.times_fraction(numerator, denominator).round_to_nearest_penny()
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The hours chart's lean path (issue 13): at every one of its 97 points, the
    /// total (and every part, and every fact its marks come from) is the full
    /// calculation's.
    #[test]
    fn the_hours_charts_lean_path_gives_the_full_total_at_every_point(
        household in household(),
        scenario_job in job(),
    ) {
        use benefit_bridge::engine::hours_chart::{chart_hours, chart_job, chart_points, from_snapshot, point_at};
        let scenario = Scenario { you: Some(scenario_job), ..Scenario::default() };
        let situation = Situation { household, scenarios: vec![scenario.clone()] };
        prop_assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
        let household = &situation.household;
        if let (Some(job), Some(lean_points)) = (chart_job(household, &scenario), chart_points(household, &scenario, &RULES_2026_27)) {
            prop_assert_eq!(lean_points.len(), 97);
            for ((lean, mut lean_facts), hours) in lean_points.into_iter().zip(chart_hours()) {
                let (full, mut full_facts) =
                    point_at(household, &scenario, &job, hours, &RULES_2026_27, from_snapshot);
                let snapshot_total = {
                    let you = Job { hours_per_week: hours, ..job };
                    let work = Work { you: Some(&you), ..Work::with_scenario(household, &scenario) };
                    engine::snapshot(household, work, Paydays::USUAL, &RULES_2026_27).total.per_month
                };
                prop_assert_eq!(lean.total, snapshot_total, "the total at {} hours", hours);
                prop_assert_eq!(lean, full, "the parts at {} hours", hours);
                lean_facts.thresholds_reached.sort();
                full_facts.thresholds_reached.sort();
                prop_assert_eq!(lean_facts, full_facts, "the facts at {} hours", hours);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// The first six months (issue 14): for any household starting new work on any
    /// day of the year, with any day for its assessment periods and any first
    /// payday, the six months add up to six usual months and their named effects;
    /// each month's lines add up to its total; each payday lies in its period; and
    /// UC is paid on a working day no later than seven days after the period ends.
    #[test]
    fn six_months_are_six_usual_months_and_their_named_effects(
        household in household(),
        scenario_job in job(),
        start_day in 0_i32..365,
        period_day in 1_u8..=31,
        days_to_payday in 0_i32..=62,
        same_date in any::<bool>(),
        extra_shift in proptest::option::of((0_i32..150, 1_u32..400)),
    ) {
        use benefit_bridge::outcome::{Effect, FirstMonths};
        use benefit_bridge::scenario::{ExtraPay, FirstMonths as Start, MonthlyPayday, Payday};
        use benefit_bridge::work::Person;
        use benefit_bridge::working_days::is_working_day;
        let mut household = household;
        household.you.job = None;
        let start = RULES_2026_27.tax_year.first_day().add_days(start_day);
        let first = start.add_days(days_to_payday);
        let monthly = if same_date { MonthlyPayday::Day(first.day()) } else { MonthlyPayday::LastWorkingDay };
        let scenario = Scenario {
            you: Some(scenario_job),
            first_months: Some(Start {
                start,
                assessment_period_day: period_day,
                you: scenario_job.is_working().then_some(Payday { first, monthly }),
                partner: None,
                // An extra shift's pay on some day after the first payday.
                extra_pay: extra_shift.filter(|_| scenario_job.is_working()).map(|(days, pounds)| ExtraPay {
                    who: Person::You,
                    payday: first.add_days(days),
                    amount: Money::pounds(pounds),
                }),
            }),
            ..Scenario::default()
        };
        let situation = Situation { household, scenarios: vec![scenario] };
        prop_assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
        let outcome = calculate(&situation, &RULES_2026_27);
        let Some(FirstMonths::Shown(timeline)) = &outcome.scenarios[0].first_months else {
            prop_assert!(!scenario_job.is_working());
            return Ok(());
        };
        let holidays = RULES_2026_27.tables().bank_holidays.in_country(situation.household.country);
        prop_assert_eq!(timeline.months.len(), 6);
        prop_assert!(timeline.months[0].period.contains(start));
        let effects: Money = timeline.months.iter().flat_map(|month| &month.effects).map(Effect::money).sum();
        let six: Money = timeline.months.iter().map(|month| month.total).sum();
        prop_assert_eq!(six, timeline.usual_total.times_fraction(6, 1) + effects);
        for month in &timeline.months {
            let lines: Money = month.income.iter().map(|line| line.amount).sum();
            prop_assert_eq!(lines, month.total);
            for effect in &month.effects {
                if let Effect::Paydays { dates, .. } = effect {
                    prop_assert!(dates.iter().all(|date| month.period.contains(*date)));
                }
            }
            if let Some(paid) = month.universal_credit_paid_on {
                let last = month.period.last_day();
                prop_assert!(paid > last && last.days_until(paid) <= 7, "{:?}", paid);
                prop_assert!(is_working_day(paid, holidays), "{:?}", paid);
            }
        }
    }
}
