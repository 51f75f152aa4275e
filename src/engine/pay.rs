//! A payslip: gross pay, income tax, National Insurance, pension and take-home pay
//! for one pay period, and their monthly equivalents.
//!
//! Pay is hours × hourly rate for a week, or the annual salary shared over the pay
//! periods; a month is 52 / 12 weeks. Amounts are rounded to the penny as an
//! employer's payroll does (no regulation sets this).
//! Not modelled: overtime, bonuses, more than one job per person, statutory sick pay,
//! the pay periods with 5 weeks in a month (the month-by-month view will show them).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::household::Country;
use crate::money::Money;
use crate::period::{Frequency, Yearly};
use crate::rules::Rules;
use crate::scenario::{Job, PensionScheme};

use super::{income_tax, national_insurance, workplace_pension};

/// The figures on one payslip, or their monthly equivalents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PayFigures {
    pub gross_pay: Money,
    pub income_tax: Money,
    pub national_insurance: Money,
    /// What leaves pay for the pension.
    pub pension: Money,
    pub take_home_pay: Money,
    /// The whole pension contribution including tax relief (what UC deducts).
    pub pension_including_tax_relief: Money,
}

impl PayFigures {
    /// UC Regs 2013 reg 55(5): employed earnings less income tax, Class 1 NI and
    /// relievable pension contributions. DWP deducts 100% of the contribution whether
    /// the scheme uses relief at source or a net pay arrangement (written answer
    /// HL8845, 16 October 2020).
    pub fn uc_earned_income(&self) -> Money {
        self.gross_pay
            - self.income_tax
            - self.national_insurance
            - self.pension_including_tax_relief
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Payslip {
    pub hours_per_week: Decimal,
    pub paid: Frequency,
    pub per_pay_period: PayFigures,
    pub per_month: PayFigures,
    /// Pay is above the automatic enrolment earnings trigger.
    pub auto_enrolled: bool,
}

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

pub fn payslip(job: &Job, age: u8, country: Country, rules: &Rules) -> Payslip {
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
    let yearly_tax = income_tax::yearly_tax(
        Yearly(pay_taxed),
        Yearly(adjusted_net_income),
        country,
        &rules.income_tax,
    );
    // The year's tax shared over the pay periods, pennies rounded down as HMRC does.
    let tax = paid.share_of_year(Yearly(yearly_tax)).round_down_to_penny();
    let ni = national_insurance::employee_contribution(gross, paid, &rules.national_insurance);
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
        per_month: monthly_equivalent(&per_pay_period, paid),
        auto_enrolled: pension.auto_enrolled,
    }
}

/// Each figure × periods in a year / 12, to the penny (UC Regs 2013 reg 6); take-home
/// pay is what is left, so the monthly lines add up.
fn monthly_equivalent(figures: &PayFigures, paid: Frequency) -> PayFigures {
    let monthly = |amount: Money| paid.to_uc_monthly(amount).0.round_to_nearest_penny();
    let gross_pay = monthly(figures.gross_pay);
    let income_tax = monthly(figures.income_tax);
    let national_insurance = monthly(figures.national_insurance);
    let pension = monthly(figures.pension);
    PayFigures {
        gross_pay,
        income_tax,
        national_insurance,
        pension,
        take_home_pay: gross_pay - income_tax - national_insurance - pension,
        pension_including_tax_relief: monthly(figures.pension_including_tax_relief),
    }
}
