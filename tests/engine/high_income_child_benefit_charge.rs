//! The High Income Child Benefit Charge (ITEPA 2003 ss.681B, 681C; the sums L £60,000
//! and X £200 from Finance (No. 2) Act 2024 s.5), worked by hand.
//!
//! The year's Child Benefit is the weekly amount × 52 (Child Benefit (Rates) Regs 2006
//! reg 2; 52 weeks as the rates reference takes them):
//! - one child: £27.05 × 52 = £1,406.60, rounded down to £1,406 (s.681C(3)(a));
//! - two children: (£27.05 + £17.90) × 52 = £44.95 × 52 = £2,337.40 → £2,337.
//!
//! The appropriate percentage is (ANI − £60,000) / £200, rounded down, at most 100%
//! (s.681C(2), (3)(b)); the charge is that share of the year's Child Benefit, rounded
//! down to whole pounds (s.681C(3)(a)); the line each month is the year's charge / 12,
//! to the nearest penny, and negative.

use benefit_bridge::copy::EN;
use benefit_bridge::describe::Words;
use benefit_bridge::engine::high_income_child_benefit_charge::{adjusted_net_income, charge};
use benefit_bridge::engine::pay;
use benefit_bridge::household::Country;
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{Income, PersonPay, Reason, Threshold, Who};
use benefit_bridge::period::Yearly;
use benefit_bridge::report::report;
use benefit_bridge::work::PensionContribution;
use benefit_bridge::RULES_2026_27;

use crate::support::*;

const ONE_CHILD: &str = "1406.60";
const TWO_CHILDREN: &str = "2337.40";

/// (percent, the year's charge) for this adjusted net income, or `None` when not liable.
fn charged(ani: &str, child_benefit_for_year: &str) -> Option<(u32, Money)> {
    charged_on(gbp(ani), child_benefit_for_year)
}

fn charged_on(ani: Money, child_benefit_for_year: &str) -> Option<(u32, Money)> {
    charge(
        Who::You,
        Yearly(ani),
        Yearly(gbp(child_benefit_for_year)),
        &RULES_2026_27.high_income_child_benefit_charge,
    )
    .map(|charge| (charge.percent, charge.charge_for_year))
}

fn some(percent: u32, charge: &str) -> Option<(u32, Money)> {
    Some((percent, gbp(charge)))
}

/// A charge line on `who` of `per_month` (negative).
fn on(who: Who, per_month: &str) -> Option<(Who, Money)> {
    Some((who, gbp(per_month)))
}

#[test]
fn at_60000_there_is_no_charge() {
    // s.681B(1)(a): liable only if adjusted net income "exceeds £60,000".
    assert_eq!(charged("60000", ONE_CHILD), None);
    assert_eq!(charged("60000", TWO_CHILDREN), None);
}

#[test]
fn at_60199_99_the_percentage_rounds_down_to_nothing() {
    // £199.99 / £200 = 0.99995%, rounded down to 0%: liable, but the charge is £0.
    assert_eq!(charged("60199.99", ONE_CHILD), some(0, "0"));
    assert_eq!(charged("60199.99", TWO_CHILDREN), some(0, "0"));
}

#[test]
fn at_60200_the_charge_is_one_per_cent() {
    // 1% of £1,406 = £14.06 → £14; 1% of £2,337 = £23.37 → £23.
    assert_eq!(charged("60200", ONE_CHILD), some(1, "14"));
    assert_eq!(charged("60200", TWO_CHILDREN), some(1, "23"));
}

#[test]
fn at_70000_the_charge_is_half() {
    // £10,000 / £200 = 50%: £1,406 × 50% = £703; £2,337 × 50% = £1,168.50 → £1,168.
    assert_eq!(charged("70000", ONE_CHILD), some(50, "703"));
    assert_eq!(charged("70000", TWO_CHILDREN), some(50, "1168"));
}

#[test]
fn at_80000_and_over_the_charge_is_all_of_it() {
    // £20,000 / £200 = 100%; £20,001 / £200 = 100.005%, and the lesser is 100%.
    for ani in ["80000", "80001"] {
        assert_eq!(charged(ani, ONE_CHILD), some(100, "1406"));
        assert_eq!(charged(ani, TWO_CHILDREN), some(100, "2337"));
    }
}

#[test]
fn adjusted_net_income_is_pay_less_pension_plus_other_taxable_income() {
    // ITA 2007 s.58. A £60,000 salary paid monthly with no pension: £5,000 × 12.
    let payslip = pay::payslip(
        &salary("60000").no_pension(),
        30,
        Country::England,
        &RULES_2026_27,
        1,
        pay::OtherTaxableIncome::default(),
    );
    let person = PersonPay {
        who: Who::You,
        payslip,
    };
    let nothing_else = adjusted_net_income(Some(&person), Yearly(gbp("0")));
    assert_eq!(nothing_else, Yearly(gbp("60000")));
    // Other taxable income (a taxable benefit, later) adds to it: £199.99 more gives
    // £60,199.99 (0%); £200 more gives £60,200 (1%).
    let other = |amount: &str| adjusted_net_income(Some(&person), Yearly(gbp(amount))).0;
    assert_eq!(other("199.99"), gbp("60199.99"));
    assert_eq!(charged_on(other("199.99"), ONE_CHILD), some(0, "0"));
    assert_eq!(charged_on(other("200"), ONE_CHILD), some(1, "14"));
    // No pay: nothing but the other income.
    assert_eq!(
        adjusted_net_income(None, Yearly(gbp("100"))),
        Yearly(gbp("100"))
    );
    // Pension contributions come off, grossed up for relief at source: 5% of a £6,000
    // month is £300 (with the relief), £3,600 a year: £72,000 − £3,600 = £68,400.
    let mut with_pension = salary("72000");
    with_pension.pension = PensionContribution::PercentOfPay(dec("5"));
    let payslip = pay::payslip(
        &with_pension,
        30,
        Country::England,
        &RULES_2026_27,
        1,
        pay::OtherTaxableIncome::default(),
    );
    assert_eq!(payslip.adjusted_net_income_from_pay, Yearly(gbp("68400")));
}

/// The household's charge line per month (negative), and whose it is.
fn charge_line(household: &HouseholdBuilder) -> Option<(Who, Money)> {
    now(household)
        .income
        .iter()
        .find(|line| line.kind == Income::HighIncomeChildBenefitCharge)
        .map(|line| (line.who, line.per_month))
}

fn lone_parent(children: usize, salary_a_year: &str) -> HouseholdBuilder {
    let mut household = single(35);
    for age in [7, 3].into_iter().take(children) {
        household = household.child(age);
    }
    household.works(salary(salary_a_year).no_pension())
}

#[test]
fn a_lone_parent_pays_the_charge_as_a_monthly_line() {
    // Salaries paid monthly with no pension: adjusted net income is 12 payslips.
    // £60,000 (£5,000 a month): no charge, no line.
    assert_eq!(charge_line(&lone_parent(1, "60000")), None);
    assert_eq!(charge_line(&lone_parent(2, "60000")), None);
    // £60,192 (£5,016): £192 over, 0%: no line.
    assert_eq!(charge_line(&lone_parent(2, "60192")), None);
    // £60,204 (£5,017): 1%. £14 / 12 = £1.1666… → £1.17; £23 / 12 = £1.9166… → £1.92.
    assert_eq!(charge_line(&lone_parent(1, "60204")), on(Who::You, "-1.17"));
    assert_eq!(charge_line(&lone_parent(2, "60204")), on(Who::You, "-1.92"));
    // £70,008 (£5,834): 50%. £703 / 12 = £58.5833… → £58.58; £1,168 / 12 = £97.333…
    // → £97.33.
    assert_eq!(
        charge_line(&lone_parent(1, "70008")),
        on(Who::You, "-58.58")
    );
    assert_eq!(
        charge_line(&lone_parent(2, "70008")),
        on(Who::You, "-97.33")
    );
    // £80,004 (£6,667): 100%. £1,406 / 12 = £117.1666… → £117.17; £2,337 / 12 = £194.75.
    assert_eq!(
        charge_line(&lone_parent(1, "80004")),
        on(Who::You, "-117.17")
    );
    assert_eq!(
        charge_line(&lone_parent(2, "80004")),
        on(Who::You, "-194.75")
    );
}

#[test]
fn the_years_pay_is_twelve_payslips_so_a_70000_salary_is_49_per_cent() {
    // £70,000 / 12 = £5,833.333… → £5,833.33 a month; 12 × £5,833.33 = £69,999.96,
    // £9,999.96 over: 49.9998% → 49%. £1,406 × 49% = £688.94 → £688; / 12 = £57.333…
    // → £57.33. (Pay is the same every pay period: the assumptions say so.)
    let household = lone_parent(1, "70000");
    let snapshot = now(&household);
    let charge = snapshot
        .high_income_child_benefit_charge
        .expect("liable: over £60,000");
    assert_eq!(charge.adjusted_net_income, gbp("69999.96"));
    assert_eq!(charge.percent, 49);
    assert_eq!(charge.charge_for_year, gbp("688"));
    assert_eq!(charge_line(&household), on(Who::You, "-57.33"));
}

#[test]
fn in_a_couple_the_charge_falls_on_the_higher_adjusted_net_income() {
    // s.681B(3), (4): the partner whose adjusted net income is higher pays. Two
    // children, you £30,000, your partner £70,008 (50%): £1,168 / 12 → £97.33.
    let couple_earning = |yours: &str, theirs: &str| {
        couple(35, 36)
            .child(7)
            .child(3)
            .works(salary(yours).no_pension())
            .partner_works(salary(theirs).no_pension())
    };
    let household = couple_earning("30000", "70008");
    assert_eq!(charge_line(&household), on(Who::Partner, "-97.33"));
    // The other way round, and at 100% (£80,004 against £70,008): on you, £194.75.
    assert_eq!(
        charge_line(&couple_earning("80004", "70008")),
        on(Who::You, "-194.75")
    );
    // A tie: the law puts it on whoever gets Child Benefit (condition A); the household
    // does not say who, so it is "you".
    assert_eq!(
        charge_line(&couple_earning("70008", "70008")),
        on(Who::You, "-97.33")
    );
    // The line's words say whose it is.
    assert_eq!(
        Words::for_page(&EN).income_name(Income::HighIncomeChildBenefitCharge, Who::Partner),
        "High Income Child Benefit Charge (your partner)"
    );
}

#[test]
fn it_does_not_change_universal_credit() {
    // The London lone parent (three children, rent £1,600) earning £60,204 (1%) still
    // gets UC. Three children: (£27.05 + 2 × £17.90) × 52 = £3,268.20 → £3,268; 1% =
    // £32.68 → £32; / 12 = £2.666… → £2.67 a month off.
    let household = london_family().works(salary("60204").no_pension());
    let snapshot = now(&household);
    assert_eq!(
        income(&snapshot, Income::HighIncomeChildBenefitCharge, Who::You),
        gbp("-2.67")
    );
    assert!(uc(&snapshot).is_positive());
    // UC is the same as for the family without Child Benefit (and so without the
    // charge): UC counts neither (UC Regs 2013 reg 66).
    let mut without = london_family().works(salary("60204").no_pension());
    without.0.gets_child_benefit = false;
    let without = now(&without);
    assert_eq!(
        income(&without, Income::HighIncomeChildBenefitCharge, Who::You),
        gbp("0")
    );
    assert_eq!(uc(&snapshot), uc(&without));
    // The total includes the negative line.
    let total: Money = snapshot.income.iter().map(|line| line.per_month).sum();
    assert_eq!(total, snapshot.total.per_month);
}

#[test]
fn work_that_brings_the_charge_in_is_a_named_step_with_words() {
    // Now £50,000 (no charge); with work £70,008: 50% of two children's £2,337 =
    // £1,168, £97.33 a month off.
    let household = lone_parent(2, "50000");
    let outcome = outcome_with_you_working(&household, salary("70008").no_pension());
    let scenario = &outcome.scenarios[0];
    assert!(scenario.snapshot.thresholds_reached.contains(
        &Threshold::HighIncomeChildBenefitCharge {
            who: Who::You,
            percent: 50
        }
    ));
    assert!(Threshold::HighIncomeChildBenefitCharge {
        who: Who::You,
        percent: 50
    }
    .can_cost_money());
    let change = scenario
        .changes
        .iter()
        .find(|change| change.income == Income::HighIncomeChildBenefitCharge)
        .expect("the charge is listed among the changes");
    assert_eq!(change.now.per_month, gbp("0"));
    assert_eq!(change.with_scenario.per_month, gbp("-97.33"));
    assert_eq!(
        change.why,
        vec![Reason::HighIncomeChildBenefitCharge {
            percent: 50,
            adjusted_net_income: gbp("70008"),
            threshold: gbp("60000"),
            income_per_percent: gbp("200"),
        }]
    );
    let words = Words::for_page(&EN).reasons(&change.why);
    assert!(
        words.starts_with(
            "Income tax of 50% of the year's Child Benefit, because adjusted net income is \
             £70,008 a year."
        ),
        "{words}"
    );
    assert!(words.contains("You can choose not to be paid Child Benefit"));
    // Child Benefit itself does not change, and its reason points to the charge's line.
    let child_benefit = scenario
        .changes
        .iter()
        .find(|change| change.income == Income::ChildBenefit)
        .expect("Child Benefit is listed");
    assert_eq!(child_benefit.difference.per_month, gbp("0"));
    assert!(Words::for_page(&EN)
        .reasons(&child_benefit.why)
        .contains("High Income Child Benefit Charge"));
    // The calc JSON has the line with its label, and the figures behind the charge.
    let json = serde_json::to_value(report(&outcome, &EN)).expect("the report serialises");
    let lines = json["scenarios"][0]["snapshot"]["income"]
        .as_array()
        .expect("income lines");
    let line = lines
        .iter()
        .find(|line| line["id"] == "high_income_child_benefit_charge")
        .expect("the charge's line");
    assert_eq!(line["label"], "High Income Child Benefit Charge");
    assert_eq!(line["per_month"], "-97.33");
    assert_eq!(line["who"], "you");
    let figures = &json["scenarios"][0]["snapshot"]["high_income_child_benefit_charge"];
    assert_eq!(figures["percent"], 50);
    assert_eq!(figures["charge_for_year"], "1168.00");
    assert_eq!(figures["child_benefit_for_year"], "2337.00");
    assert!(json["now"]["high_income_child_benefit_charge"].is_null());
}

#[test]
fn pay_that_takes_the_charge_away_says_so() {
    // Now £70,008 (50%), with work £40,000: no charge, and the reason gives where the
    // charge starts (£60,000 + £200 = £60,200).
    let household = lone_parent(1, "70008");
    let outcome = outcome_with_you_working(&household, salary("40000").no_pension());
    let change = outcome.scenarios[0]
        .changes
        .iter()
        .find(|change| change.income == Income::HighIncomeChildBenefitCharge)
        .expect("the charge now is listed");
    assert_eq!(change.difference.per_month, gbp("58.58"));
    assert_eq!(
        Words::for_page(&EN).reasons(&change.why),
        "No High Income Child Benefit Charge: it starts when adjusted net income is £60,200 a \
         year or more (ITEPA 2003 s.681C)."
    );
}
