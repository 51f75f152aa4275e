//! The calculation engine: from a household and its scenarios to an outcome.
//!
//! Pure Rust with no web dependency: no clock, no files, no network, no floats. The
//! engine cannot fail: `Situation::check` has already turned away anything it cannot
//! use, so `calculate` returns an `Outcome`, not a `Result`.
//! Order: pay (pension, tax, NI) for each adult; the benefits UC and the benefit cap
//! need to see (`benefits::BEFORE_UNIVERSAL_CREDIT`); Universal Credit; the benefits
//! that depend on it (`benefits::AFTER_UNIVERSAL_CREDIT`); then totals and the
//! difference from now. The engine speaks in keys and figures: the words are in the
//! catalogue (`copy/`).
//!
//! Law: none of its own; each rule's file cites its law.

pub mod benefit_earnings;
pub mod benefits;
pub mod carers_allowance;
pub mod child_benefit;
pub mod council_tax;
pub mod council_tax_reduction;
pub mod disability_benefits;
mod explain;
pub mod first_months;
pub mod free_prescriptions;
pub mod free_school_meals;
pub mod headroom;
pub mod healthy_start;
pub mod high_income_child_benefit_charge;
pub mod hours_chart;
pub mod housing_benefit;
pub mod income_tax;
pub mod national_insurance;
pub mod new_style_esa;
pub mod new_style_jsa;
pub mod next_pounds;
mod not_included;
pub mod passported_help;
pub mod pay;
pub mod paydays;
pub mod pension_income;
mod scenario_outcome;
pub mod scottish_child_payment;
pub mod self_employment;
pub mod study;
pub mod sweep;
pub mod universal_credit;
pub mod warm_home_discount;
pub mod workplace_pension;

use crate::household::{ChildcareCosts, Household};
use crate::money::Money;
use crate::outcome::{
    ChartPoint, Income, IncomeLine, Line, Outcome, PayFigures, PerWeekAndMonth, PersonPay,
    ScenarioOutcome, Snapshot, Threshold, Who,
};
use crate::rules::Rules;
use crate::scenario::Scenario;
use crate::situation::Situation;
use crate::source::{work_and_study, TAKE_HOME_PAY, WRA_2012_S8};
use crate::work::{Job, PensionContribution, SelfEmployment, Study};

pub use scenario_outcome::scenario_outcome;
use scenario_outcome::{other_months, year_average, year_total};

use benefits::{Award, Context, AFTER_UNIVERSAL_CREDIT, BEFORE_UNIVERSAL_CREDIT};
use paydays::Paydays;

/// Who works, at what, and what childcare costs: "now", or one scenario.
#[derive(Debug, Clone, Copy)]
pub struct Work<'a> {
    pub you: Option<&'a Job>,
    pub partner: Option<&'a Job>,
    pub childcare_costs: Option<&'a ChildcareCosts>,
    /// Study and self-employment: only in a scenario (the questions about now do
    /// not ask about them).
    pub study: &'a [Study],
    pub self_employment: &'a [SelfEmployment],
}

impl<'a> Work<'a> {
    /// `who` is in paid work (UC Regs 2013 reg 32(1), "paid work" in reg 2: work for
    /// payment or in expectation of payment): a job with pay, or self-employment.
    pub fn in_paid_work(&self, pay: &[PersonPay], who: Who) -> bool {
        pay.iter().any(|person| person.who == who)
            || self.self_employment.iter().any(|business| {
                self_employment::who(business.who) == who
                    && business.hours_per_week > rust_decimal::Decimal::ZERO
            })
    }

    /// Anyone has earnings in the period: pay from a job, or a self-employed profit.
    pub fn anyone_earns(&self, pay: &[PersonPay]) -> bool {
        pay.iter()
            .any(|person| person.payslip.per_month.gross_pay.is_positive())
            || self
                .self_employment
                .iter()
                .any(|business| business.profit_per_month.is_positive())
    }

    /// The household as it is now.
    pub fn now(household: &'a Household) -> Work<'a> {
        Work {
            you: household.you.job.as_ref(),
            partner: household
                .partner
                .as_ref()
                .and_then(|partner| partner.job.as_ref()),
            childcare_costs: household.childcare_costs.as_ref(),
            study: &[],
            self_employment: &[],
        }
    }

    /// A scenario: what it says, and what it leaves out stays as now.
    pub fn with_scenario(household: &'a Household, scenario: &'a Scenario) -> Work<'a> {
        let now = Work::now(household);
        Work {
            you: scenario.you.as_ref().or(now.you),
            partner: scenario.partner.as_ref().or(now.partner),
            childcare_costs: scenario.childcare_costs.as_ref().or(now.childcare_costs),
            study: &scenario.study,
            self_employment: &scenario.self_employment,
        }
    }
}

/// The whole outcome for a situation: now, each scenario, and the differences, in a
/// usual month and in the months that hold one more payday.
pub fn calculate(situation: &Situation, rules: &Rules) -> Outcome {
    let household = &situation.household;
    let now_work = Work::now(household);
    let now = snapshot(household, now_work, Paydays::USUAL, rules);
    let now_other_months = other_months(household, now_work, &now, rules);
    let now_year = year_total(&now, &now_other_months);
    let now_most_hours = headroom::most_hours(household, now_work, &now, rules);
    let scenarios: Vec<ScenarioOutcome> = situation
        .scenarios
        .iter()
        .map(|scenario| scenario_outcome(household, scenario, &now, now_year, rules))
        .collect();
    let not_included = not_included::not_included(household, &now, &scenarios, rules);
    Outcome {
        tax_year: rules.tax_year,
        now,
        now_other_months,
        now_year_average: year_average(now_year),
        now_most_hours,
        scenarios,
        assumptions: explain::ASSUMPTIONS.to_vec(),
        not_included,
        council_tax: council_tax::bill(household, rules),
        help_not_counted: passported_help::not_counted(household, rules),
    }
}

/// Each working adult's pay in the assessment period, and the automatic enrolment
/// triggers they pass. `benefits_taxed_through_pay` is each person's taxable
/// benefits for the year, whose tax the job's tax code collects.
fn household_pay(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
    benefits_taxed_through_pay: &[(Who, Money)],
) -> (Vec<PersonPay>, Vec<Threshold>) {
    let mut pay = Vec::new();
    let mut thresholds_reached = Vec::new();
    let jobs = [
        (Who::You, Some(&household.you), work.you),
        (Who::Partner, household.partner.as_ref(), work.partner),
    ];
    for (who, adult, job) in jobs {
        let (Some(adult), Some(job)) = (adult, job) else {
            continue;
        };
        if !job.is_working() {
            continue;
        }
        // A job is paid weekly, fortnightly, four-weekly or monthly (the situation
        // checks refuse yearly pay), so it always has a count of paydays.
        let count = paydays.for_job(who, job.paid).unwrap_or(1);
        let other = pay::OtherTaxableIncome {
            taxed_at_source: adult.pension.map_or(Money::ZERO, pension_income::yearly),
            coded_into_pay: benefits_taxed_through_pay
                .iter()
                .filter(|(taxed, _)| *taxed == who)
                .map(|(_, amount)| *amount)
                .sum(),
        };
        let mut payslip = pay::payslip(job, adult.age, household.country, rules, count, other);
        // An extra shift: one of the period's payslips has the extra pay in it. NI
        // and the pension are worked out on that pay period (they go by the period);
        // PAYE is cumulative over the year, so the extra income tax is what the
        // extra adds to the year's tax, not that pay as if every period were like it.
        if let Some((_, extra)) = paydays
            .extra
            .filter(|(payee, _)| *payee == who && count > 0)
        {
            let usual = payslip.per_pay_period;
            let periods = job.paid.periods_per_year();
            let bigger = with_extra_pay(job, usual.gross_pay, extra);
            let that_period =
                pay::payslip(&bigger, adult.age, household.country, rules, 1, other).per_pay_period;
            let spread = with_extra_pay(job, usual.gross_pay, extra.times_fraction(1, periods));
            let year_with_it =
                pay::payslip(&spread, adult.age, household.country, rules, 1, other).per_pay_period;
            let extra_tax = (year_with_it.income_tax - usual.income_tax)
                .times_fraction(periods, 1)
                .at_least_zero();
            let income_tax = usual.income_tax + extra_tax;
            let shift = PayFigures {
                income_tax,
                take_home_pay: that_period.gross_pay
                    - income_tax
                    - that_period.national_insurance
                    - that_period.pension,
                ..that_period
            };
            payslip.per_month = payslip.per_month.plus(shift).less(usual);
        }
        if payslip.auto_enrolled && job.pension == PensionContribution::AutoEnrolmentMinimum {
            thresholds_reached.push(Threshold::AutoEnrolmentEarningsTrigger(who));
        }
        thresholds_reached.extend(universal_credit::no_new_assessment(
            who,
            adult,
            payslip.per_month.gross_pay,
            rules,
        ));
        pay.push(PersonPay { who, payslip });
    }
    (pay, thresholds_reached)
}

/// The job paid `gross + extra` each pay period (a salary, so the figures are exact).
pub fn with_extra_pay(job: &Job, gross: Money, extra: Money) -> Job {
    let periods = job.paid.periods_per_year();
    Job {
        hourly_pay: None,
        annual_salary: Some((gross + extra).times_fraction(periods, 1)),
        ..*job
    }
}

/// Each person's taxable benefits for the year as they would be if every benefit were
/// paid (no work to test): what the tax code of someone who gets them includes.
pub fn taxable_if_paid(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
) -> Vec<(Who, Money)> {
    // Only New Style ESA and Carer's Allowance (with its supplement) are coded into
    // pay: without them there is nothing to work out.
    let coded = household
        .adults()
        .any(|adult| adult.new_style_esa.is_some() || adult.carers_allowance.is_some());
    if !coded {
        return Vec::new();
    }
    let untested = Context {
        household,
        work,
        paydays,
        pay: &[],
        rules,
        taxable_benefits: &[],
        household_elements: None,
    };
    BEFORE_UNIVERSAL_CREDIT
        .iter()
        .flat_map(|award| award(&untested).taxable_per_year)
        .collect()
}

/// The household's money in one assessment period with the given work and paydays:
/// pay, then the benefits UC needs to see, then UC, then the benefits that depend on
/// UC.
pub fn snapshot(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
) -> Snapshot {
    let if_paid = taxable_if_paid(household, work, paydays, rules);
    snapshot_given(
        household,
        work,
        paydays,
        rules,
        &Shared {
            if_paid: &if_paid,
            household_elements: None,
        },
    )
}

/// What `snapshot` works out the same whatever the hours of work, given to it by a
/// caller that works out many snapshots of one household (the hours chart).
#[derive(Debug, Clone, Copy)]
pub struct Shared<'a> {
    /// `taxable_if_paid`: it tests no pay, so no hours change it.
    pub if_paid: &'a [(Who, Money)],
    pub household_elements: Option<&'a universal_credit::HouseholdElements>,
}

/// `snapshot`, with what does not depend on the work already worked out.
pub fn snapshot_given(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
    shared: &Shared<'_>,
) -> Snapshot {
    // Someone who gets a taxable benefit has it in the tax code of their job, so the
    // tax deducted from pay, which the benefits' earnings tests take off (ESA Regs 2013
    // reg 81; Computation of Earnings Regs 1996 reg 10), includes the benefit's tax.
    // The tests therefore use pay taxed as if each benefit were paid; a benefit a test
    // stops is not paid, so the tax taken from pay then leaves it out, and UC counts
    // the pay after that tax (UC Regs 2013 reg 55(5)(b)). (Both readings are
    // consistent: a benefit kept is paid and coded; one lost is neither.)
    let if_paid = shared.if_paid;
    let (pay_tested, mut thresholds_reached) =
        household_pay(household, work, paydays, rules, if_paid);
    let tested = Context {
        household,
        work,
        paydays,
        pay: &pay_tested,
        rules,
        taxable_benefits: &[],
        household_elements: shared.household_elements,
    };
    let before: Vec<Award> = BEFORE_UNIVERSAL_CREDIT
        .iter()
        .map(|award| award(&tested))
        .collect();
    let taxable: Vec<(Who, Money)> = before
        .iter()
        .flat_map(|award| award.taxable_per_year.iter().copied())
        .collect();
    let taxed_pay =
        (taxable != if_paid).then(|| household_pay(household, work, paydays, rules, &taxable).0);
    let context = Context {
        pay: taxed_pay.as_deref().unwrap_or(&pay_tested),
        taxable_benefits: &taxable,
        ..tested
    };
    let pay = context.pay;
    let uc = universal_credit::universal_credit(&context, &before);
    let after: Vec<IncomeLine> = AFTER_UNIVERSAL_CREDIT
        .iter()
        .flat_map(|lines| lines(&context, &uc))
        .collect();

    // ITEPA 2003 s.681C(2): each whole step of the percentage is a jump in the charge.
    let child_benefit_charge = high_income_child_benefit_charge::for_household(&context);
    if let Some(charge) = child_benefit_charge.filter(|charge| charge.percent > 0) {
        thresholds_reached.push(Threshold::HighIncomeChildBenefitCharge {
            who: charge.who,
            percent: charge.percent,
        });
    }
    // SSI 2020/351 reg 15: Scottish Child Payment stops when earnings take UC to nil.
    if scottish_child_payment::stops_with_universal_credit(
        household,
        &uc,
        &rules.scottish_child_payment,
    ) {
        thresholds_reached.push(Threshold::ScottishChildPaymentStopsWithUniversalCredit);
    }
    if uc.earned_income >= uc.benefit_cap.earnings_threshold {
        thresholds_reached.push(Threshold::BenefitCapEarningsExemption);
    }
    if work.anyone_earns(pay) && universal_credit::owner_service_charges(household).is_some() {
        thresholds_reached.push(Threshold::OwnerServiceChargesStopWithEarnings);
    }
    let in_work = |who: Who| work.in_paid_work(pay, who);
    if work.childcare_costs.is_some()
        && universal_credit::meets_work_condition(
            household,
            in_work(Who::You),
            in_work(Who::Partner),
        )
    {
        thresholds_reached.push(Threshold::ChildcareWorkCondition);
    }

    let mut income: Vec<IncomeLine> = pay
        .iter()
        .map(|person| {
            Line::monthly(
                Income::TakeHomePay,
                person.who,
                person.payslip.per_month.take_home_pay,
                TAKE_HOME_PAY,
            )
        })
        .collect();
    // Self-employed profit after tax and NI: the money the person has (UC may count
    // more, the minimum income floor).
    income.extend(uc.self_employment.iter().map(|earnings| {
        Line::monthly(
            Income::SelfEmployment,
            earnings.who,
            earnings.after_tax,
            work_and_study::SELF_EMPLOYED_EARNINGS,
        )
    }));
    income.push(Line::monthly(
        Income::UniversalCredit,
        Who::Household,
        uc.award,
        WRA_2012_S8,
    ));
    // A student's loan: a twelfth of the year's.
    income.extend(uc.student_income.iter().map(|student| {
        Line::monthly(
            Income::StudentLoan,
            student.who,
            study::loan_per_month(student),
            work_and_study::STUDENT_INCOME,
        )
    }));
    let mut earnings_limits = Vec::new();
    for award in before {
        income.extend(award.lines);
        earnings_limits.extend(award.earnings_limits);
        thresholds_reached.extend(award.thresholds_reached);
    }
    // Beside Child Benefit: the charge, with the taxable benefits in adjusted net
    // income.
    income.extend(
        child_benefit_charge
            .map(high_income_child_benefit_charge::line)
            .unwrap_or_default()
            .lines,
    );
    income.extend(after);
    // The rent of supported or temporary accommodation, met by Housing Benefit.
    let housing_benefit = housing_benefit::housing_benefit(&context, &uc).map(|(line, check)| {
        income.extend(line);
        check
    });
    // Money off the council tax bill: counted as money saved.
    let council_tax_reduction = council_tax_reduction::council_tax_reduction(household, &uc, rules)
        .map(|(line, check)| {
            income.extend(line);
            check
        });
    // Help that comes with UC, priced in: lost at its own point as pay rises.
    let passported_help = passported_help::checks(&context, &uc);
    for check in &passported_help {
        income.extend(passported_help::line(check));
        thresholds_reached.extend(passported_help::lost_with_earnings(check, &uc));
    }
    let total = PerWeekAndMonth::from_monthly(income.iter().map(|line| line.per_month).sum());
    Snapshot {
        pay: pay.to_vec(),
        universal_credit: uc,
        income,
        total,
        thresholds_reached,
        earnings_limits,
        council_tax_reduction,
        housing_benefit,
        passported_help,
        high_income_child_benefit_charge: child_benefit_charge,
    }
}

/// The chart's point for the given work: `snapshot`'s money by part and the facts
/// the chart's marks are found from, with what no hours change worked out once by
/// the caller (`shared`).
pub fn snapshot_totals(
    household: &Household,
    work: Work<'_>,
    paydays: Paydays,
    rules: &Rules,
    shared: &Shared<'_>,
) -> (ChartPoint, hours_chart::PointFacts) {
    hours_chart::parts_of(snapshot_given(household, work, paydays, rules, shared))
}
