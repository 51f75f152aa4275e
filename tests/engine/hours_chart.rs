//! The hours chart (issue 13): the household's money at every half hour from 0 to
//! 48, by where it comes from, and the marks where a rule changes it. Each point is
//! worked out by the lean path (`engine::snapshot_totals`); these tests hold it to
//! the full calculation (`engine::snapshot`) at every point, and work the marks out
//! by hand for one household.

use benefit_bridge::engine::hours_chart::{
    chart_hours, chart_job, chart_points, from_snapshot, hours_chart, point_at,
};
use benefit_bridge::household::{
    CouncilTaxBand, Country, EsaGroup, Household, SupportedAccommodation, UcHealth,
};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{ChartMark, ChartPart, HoursChart, Income, Mark, Threshold, Who};
use benefit_bridge::period::Frequency;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::{Situation, RULES_2026_27};
use rust_decimal::Decimal;

use crate::support::*;

fn scenario_you(job: benefit_bridge::work::Job) -> Scenario {
    Scenario {
        you: Some(job),
        ..Scenario::default()
    }
}

fn chart(household: &HouseholdBuilder, scenario: &Scenario) -> HoursChart {
    let situation = Situation {
        household: household.0.clone(),
        scenarios: vec![scenario.clone()],
    };
    assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
    hours_chart(&situation.household, scenario, &RULES_2026_27).expect("a job to vary")
}

/// Where the chart marks `mark`, if it does.
fn marked_at(chart: &HoursChart, mark: Mark) -> Option<Decimal> {
    chart
        .marks
        .iter()
        .find(|found| found.mark == mark)
        .map(|found| found.hours)
}

/// At every point, the lean path gives the same money in every part, the same total
/// and the same facts as the full calculation; and the parts add up to the total.
fn lean_path_agrees_with_the_full_calculation(household: &Household, scenario: &Scenario) {
    let Some(job) = chart_job(household, scenario) else {
        return;
    };
    let lean = chart_points(household, scenario, &RULES_2026_27).expect("a job");
    assert_eq!(lean.len(), 97);
    for ((lean, mut lean_facts), hours) in lean.into_iter().zip(chart_hours()) {
        let (full, mut full_facts) = point_at(
            household,
            scenario,
            &job,
            hours,
            &RULES_2026_27,
            from_snapshot,
        );
        assert_eq!(lean, full, "the parts at {hours} hours");
        lean_facts.thresholds_reached.sort();
        full_facts.thresholds_reached.sort();
        assert_eq!(lean_facts, full_facts, "the facts at {hours} hours");
        let parts: Money = ChartPart::ALL.iter().map(|part| lean.part(*part)).sum();
        assert_eq!(parts, lean.total, "the parts add up at {hours} hours");
    }
}

/// A single person of 34 with LCWRA (before 2026) and PIP, renting privately in
/// Central Greater Manchester at £650 a month, working at the National Living Wage
/// (£12.71 an hour), paid monthly, with the automatic enrolment pension.
fn single_lcwra_renter() -> HouseholdBuilder {
    let mut household = single(34)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("650")
        .lha_area("Central Greater Manchester");
    household.0.you.disability_benefit = Some(pip_standard_daily_living());
    household
}

fn pip_standard_daily_living() -> benefit_bridge::household::DisabilityBenefit {
    let text = r#"{ "type": "pip", "daily_living": "standard", "mobility": "none" }"#;
    serde_json::from_str(text).expect("a PIP award")
}

#[test]
fn the_chart_has_97_points_from_0_to_48_hours_in_half_hours() {
    let chart = chart(&single_lcwra_renter(), &scenario_you(hourly("16", nlw())));
    assert_eq!(chart.points.len(), 97);
    assert_eq!(chart.points[0].hours, Decimal::ZERO);
    assert_eq!(chart.points[1].hours, dec("0.5"));
    assert_eq!(chart.points[96].hours, Decimal::from(48));
    assert_eq!(chart.points[0].take_home_pay, Money::ZERO);
}

#[test]
fn each_point_is_the_full_calculation_at_those_hours() {
    let household = single_lcwra_renter();
    let chart = chart(&household, &scenario_you(hourly("16", nlw())));
    for point in [&chart.points[0], &chart.points[32], &chart.points[61]] {
        let full = with_you_working(&household, hourly(&point.hours.to_string(), nlw()));
        assert_eq!(point.total, full.total.per_month);
        assert_eq!(point.universal_credit, uc(&full));
        assert_eq!(
            point.take_home_pay,
            full.pay
                .iter()
                .map(|person| person.payslip.per_month.take_home_pay)
                .sum()
        );
    }
}

/// Worked by hand: gross pay a month is £12.71 × hours × 52 / 12 = £55.0766… an
/// hour of the week.
#[test]
fn the_marks_for_a_single_lcwra_renter_at_the_national_living_wage() {
    let chart = chart(&single_lcwra_renter(), &scenario_you(hourly("16", nlw())));
    // The lower work allowance (housing costs), £427: 7.5 hours pay £413.08 and 8
    // hours £440.61 (no tax, NI or pension yet), so it is used up at 8 hours
    // (427 / 55.0766… = 7.75).
    assert_eq!(marked_at(&chart, Mark::WorkAllowanceUsedUp), Some(dec("8")));
    // The automatic enrolment trigger, £10,000 a year (£833.33 a month): 15 hours pay
    // £826.15, 15.5 hours £853.69.
    assert_eq!(
        marked_at(
            &chart,
            Mark::Threshold(Threshold::AutoEnrolmentEarningsTrigger(Who::You))
        ),
        Some(dec("15.5"))
    );
    // Free prescriptions to £935 of take-home pay with the LCWRA element: 17 hours
    // pay £936.30 less a pension of 5% of (£936.30 - £520) = £20.82, take home
    // £915.48; 17.5 hours pay £963.84 less £22.19, take home £941.65.
    assert_eq!(
        marked_at(
            &chart,
            Mark::Threshold(Threshold::PassportedHelpLost(Income::FreePrescriptions))
        ),
        Some(dec("17.5"))
    );
    // The personal allowance and the NI primary threshold, £12,570 a year (£1,047.50
    // a month): 19 hours pay £1,046.46 and 19.5 hours £1,074.00.
    assert_eq!(marked_at(&chart, Mark::IncomeTaxStarts), Some(dec("19.5")));
    assert_eq!(
        marked_at(&chart, Mark::NationalInsuranceStarts),
        Some(dec("19.5"))
    );
    // With LCWRA and the rent, UC lasts past 48 hours a week.
    assert_eq!(marked_at(&chart, Mark::UniversalCreditEnds), None);
    assert!(chart.points[96].universal_credit.is_positive());
    // PIP exempts the household from the benefit cap, so earnings lifting it is not
    // marked.
    assert_eq!(
        marked_at(
            &chart,
            Mark::Threshold(Threshold::BenefitCapEarningsExemption)
        ),
        None
    );
    // The marks are in order of hours.
    assert!(chart
        .marks
        .windows(2)
        .all(|pair| pair[0].hours <= pair[1].hours));
}

#[test]
fn universal_credit_reaching_nil_is_marked_at_the_first_half_hour_without_it() {
    let chart = chart(
        &single(30).renting_privately("500"),
        &scenario_you(hourly("16", nlw())),
    );
    let ends = marked_at(&chart, Mark::UniversalCreditEnds).expect("UC ends within 48 hours");
    let index = chart
        .points
        .iter()
        .position(|point| point.hours == ends)
        .expect("a point");
    assert!(chart.points[index - 1].universal_credit.is_positive());
    assert!(chart.points[index].universal_credit.is_zero());
    // Free prescriptions (£435 of take-home pay for a single person) go before it.
    let prescriptions = marked_at(
        &chart,
        Mark::Threshold(Threshold::PassportedHelpLost(Income::FreePrescriptions)),
    )
    .expect("marked");
    assert!(prescriptions < ends);
}

#[test]
fn each_mark_is_named_once_even_when_its_figure_changes() {
    // A higher earner whose partner has Child Benefit: the charge rises a step at a
    // time, but is marked only where it starts.
    let household = couple(40, 40).child(5).child(8);
    let chart = chart(&household, &scenario_you(hourly("37.5", gbp("40"))));
    let charges: Vec<&ChartMark> = chart
        .marks
        .iter()
        .filter(|mark| {
            matches!(
                mark.mark,
                Mark::Threshold(Threshold::HighIncomeChildBenefitCharge { .. })
            )
        })
        .collect();
    assert_eq!(charges.len(), 1, "{:?}", chart.marks);
}

#[test]
fn the_benefit_cap_line_and_no_new_health_assessment_are_marked() {
    // A lone parent in London, capped with no earnings: earnings of £881.23 a month
    // (16 hours at the NLW: £12.71 × 16 × 52 / 12) lift the cap (UC Regs 2013 reg
    // 82(1)(a)). 15.5 hours pay £853.69, 16 hours £881.23.
    let capped = chart(
        &london_family(),
        &scenario_you(hourly("16", nlw()).no_pension()),
    );
    assert_eq!(
        marked_at(
            &capped,
            Mark::Threshold(Threshold::BenefitCapEarningsExemption)
        ),
        Some(dec("16"))
    );
    // Someone who gets no disability benefit: the same £881.23 line stops a new
    // assessment of their health (reg 41(2)).
    let working = single(30).renting_privately("600");
    let later = chart(&working, &scenario_you(hourly("16", nlw()).no_pension()));
    let found = later
        .marks
        .iter()
        .find(|mark| {
            matches!(
                mark.mark,
                Mark::Threshold(Threshold::NoNewHealthAssessment { .. })
            )
        })
        .expect("marked");
    assert_eq!(found.hours, dec("16"));
}

#[test]
fn new_style_esa_and_carers_allowance_stop_at_their_limits() {
    let situation: Situation = serde_json::from_str(include_str!(
        "../../examples/situations/new-style-esa-and-carer.json"
    ))
    .expect("the example");
    let chart = hours_chart(
        &situation.household,
        &situation.scenarios[0],
        &RULES_2026_27,
    )
    .expect("a job");
    let esa_stops = Mark::Threshold(Threshold::BenefitStopsWithWork {
        who: Who::You,
        benefit: Income::NewStyleEsa,
    });
    let esa_at = marked_at(&chart, esa_stops).expect("ESA stops within 48 hours");
    let index = chart
        .points
        .iter()
        .position(|point| point.hours == esa_at)
        .expect("a point");
    assert!(chart.points[index - 1].esa_and_jsa.is_positive());
    assert!(chart.points[index].esa_and_jsa.is_zero());
    // The partner's Carer's Allowance does not depend on your hours: never marked.
    assert!(chart
        .points
        .iter()
        .all(|point| point.carers == chart.points[0].carers));
}

/// A spread of households: at every one of the 97 points, the lean path is the full
/// calculation.
#[test]
fn the_lean_path_gives_the_full_calculations_figures_at_every_point() {
    let examples = [
        include_str!("../../examples/situations/single-renter-lcwra.json"),
        include_str!("../../examples/situations/couple-with-children.json"),
        include_str!("../../examples/situations/new-style-esa-and-carer.json"),
        include_str!("../../examples/situations/scottish-taxpayer.json"),
        include_str!("../../examples/situations/young-renter-council-tax.json"),
    ];
    for text in examples {
        let situation: Situation = serde_json::from_str(text).expect("an example");
        for scenario in &situation.scenarios {
            lean_path_agrees_with_the_full_calculation(&situation.household, scenario);
        }
    }
    let households = [
        // A family with a baby (Healthy Start) and a child at school (free meals).
        single(28)
            .child(0)
            .child(6)
            .renting_socially("550", Frequency::Monthly, "0"),
        // Carer's Allowance for you, in Scotland (Carer Support Payment, the supplement,
        // Scottish Child Payment) with council tax.
        single(40)
            .carers_allowance()
            .child(4)
            .country(Country::Scotland)
            .renting_privately("500")
            .council_tax("Glasgow City", CouncilTaxBand::B),
        // New Style ESA (work-related activity group) for a couple; New Style JSA.
        couple(30, 31)
            .esa(EsaGroup::WorkRelatedActivityGroup)
            .renting_privately("700"),
        single(24).jsa().renting_privately("450"),
        // A lone parent in London, capped.
        london_family(),
        // Supported accommodation: Housing Benefit.
        single(45)
            .supported_housing("210", SupportedAccommodation::Supported)
            .council_tax("Leeds", CouncilTaxBand::A),
    ];
    for household in households {
        for job in [
            hourly("20", nlw()),
            hourly("30", gbp("18.40")).paid(Frequency::Weekly),
        ] {
            lean_path_agrees_with_the_full_calculation(&household.0, &scenario_you(job));
        }
    }
}
