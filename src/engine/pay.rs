//! A payslip: gross pay, income tax, National Insurance, pension and take-home pay
//! for one pay period, and the pay received in one UC assessment period.
//!
//! Pay is hours × hourly rate for a week, or the annual salary shared over the pay
//! periods. Amounts are rounded to the penny as an employer's payroll does (no
//! regulation sets this). The assessment period holds as many payslips as it has
//! paydays (`paydays.rs`): UC counts the pay received in the period (UC Regs 2013
//! reg 54(1)), not an average month.
//! Law: none of its own beyond reg 54(1) (https://www.legislation.gov.uk/uksi/2013/376/regulation/54).
//! Income tax, National Insurance and the pension each cite theirs in their files.
//! Taxable benefits (Carer's Allowance, New Style ESA and JSA) are paid without tax
//! taken off: HMRC collects their tax through the job's tax code, so it comes out of
//! pay (ITEPA 2003 ss.660, 683; the pay breakdown says so).
//! Not modelled: overtime, bonuses, more than one job per person, statutory sick pay.

use crate::household::Country;
use crate::money::Money;
use crate::outcome::{PayFigures, Payslip};
use crate::period::{Frequency, Yearly};
use crate::rules::Rules;
use crate::work::{Job, PensionScheme};

use super::{income_tax, national_insurance, workplace_pension};

/// Gross pay for one pay period.
pub fn gross_pay(job: &Job) -> Money {
    let per_period = match (job.hourly_pay, job.annual_salary) {
        (Some(hourly), _) => {
            let weekly = hourly.times(job.hours_per_week);
            match job.paid {
                Frequency::Weekly => weekly,
                Frequency::Fortnightly => weekly.times_fraction(2, 1),
                Frequency::FourWeekly => weekly.times_fraction(4, 1),
                Frequency::Monthly => weekly.times_fraction(52, 12),
                Frequency::Yearly => weekly.times_fraction(52, 1),
            }
        }
        (None, Some(salary)) => job.paid.share_of_year(Yearly(salary)),
        (None, None) => Money::ZERO,
    };
    per_period.round_to_nearest_penny()
}

/// A person's taxable income besides this job, per year, for the job's tax code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OtherTaxableIncome {
    /// A pension: taxed by its payer first, so it uses the personal allowance first.
    pub taxed_at_source: Money,
    /// Taxable benefits paid without tax taken off (Carer's Allowance, New Style ESA
    /// and JSA): HMRC sets the job's tax code so that their tax comes out of pay.
    pub coded_into_pay: Money,
}

/// The job's payslip, and the pay received in an assessment period with `paydays`
/// paydays. The tax is what PAYE takes from this pay: the tax on all the person's
/// taxable income less the tax their pension's payer takes (`other`).
pub fn payslip(
    job: &Job,
    age: u8,
    country: Country,
    rules: &Rules,
    paydays: u32,
    other: OtherTaxableIncome,
) -> Payslip {
    let paid = job.paid;
    let gross = if job.is_working() {
        gross_pay(job)
    } else {
        Money::ZERO
    };
    let pension = workplace_pension::contribution(
        gross,
        paid,
        age,
        job.pension,
        job.pension_scheme,
        &rules.workplace_pension,
    );
    let yearly_gross = paid.to_yearly(gross).0;
    let yearly_pension = paid.to_yearly(pension.gross).0;
    let pay_taxed = match job.pension_scheme {
        PensionScheme::NetPay => yearly_gross - yearly_pension,
        PensionScheme::ReliefAtSource => yearly_gross,
    };
    // ITA 2007 s.58: adjusted net income is after pension contributions, grossed up
    // for relief at source.
    let adjusted_net_income = yearly_gross - yearly_pension;
    let others = other.taxed_at_source + other.coded_into_pay;
    let all_tax = income_tax::yearly_tax(
        Yearly(pay_taxed + others),
        Yearly(adjusted_net_income + others),
        country,
        &rules.income_tax,
    );
    let tax_at_source = income_tax::tax_at_source(other.taxed_at_source, country, rules);
    let yearly_tax = (all_tax - tax_at_source).at_least_zero();
    // The year's tax shared over the pay periods, pennies rounded down as HMRC does.
    // UNCLEAR: PAYE under a K code never takes more than half of a payment (the
    // "overriding limit", Income Tax (PAYE) Regs 2003; regulation not read). Only
    // benefits coded into pay beyond the personal allowance (a K code) can take the
    // tax past half of pay, so the cap binds only then; tax beyond it is collected
    // otherwise and is not worked out here.
    let tax = paid
        .share_of_year(Yearly(yearly_tax))
        .round_down_to_penny()
        .min(gross.times_fraction(1, 2).round_down_to_penny());
    let ni = national_insurance::employee_contribution(gross, paid, &rules.national_insurance);
    // A payroll cannot take more for the pension than is left after tax and NI. (Only a
    // contribution near all of pay is cut. Under a net pay arrangement the cut part is
    // then taxable pay; tax is not worked out again, as that part, at most the tax and
    // NI, stays under the personal allowance for any pay below about £500,000 a year.)
    let left = (gross - tax - ni).at_least_zero();
    let pension = workplace_pension::no_more_than(pension, left, &rules.workplace_pension);
    let per_pay_period = PayFigures {
        gross_pay: gross,
        income_tax: tax,
        national_insurance: ni,
        pension: pension.from_pay,
        take_home_pay: gross - tax - ni - pension.from_pay,
        pension_including_tax_relief: pension.gross,
    };
    Payslip {
        hours_per_week: job.hours_per_week,
        paid,
        per_pay_period,
        paydays,
        per_month: per_pay_period.times(paydays),
        auto_enrolled: pension.auto_enrolled,
        tax_includes_benefits: other.coded_into_pay.is_positive() && tax.is_positive(),
        adjusted_net_income_from_pay: Yearly(adjusted_net_income),
    }
}
