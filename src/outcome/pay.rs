//! One adult's pay: the figures on a payslip and their monthly equivalents.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::money::Money;
use crate::period::{Frequency, Yearly};

use super::Who;

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
    /// Each figure added to `other`'s.
    pub fn plus(self, other: PayFigures) -> PayFigures {
        self.each(other, |a, b| a + b)
    }

    /// Each figure less `other`'s.
    pub fn less(self, other: PayFigures) -> PayFigures {
        self.each(other, |a, b| a - b)
    }

    fn each(self, other: PayFigures, f: impl Fn(Money, Money) -> Money) -> PayFigures {
        PayFigures {
            gross_pay: f(self.gross_pay, other.gross_pay),
            income_tax: f(self.income_tax, other.income_tax),
            national_insurance: f(self.national_insurance, other.national_insurance),
            pension: f(self.pension, other.pension),
            take_home_pay: f(self.take_home_pay, other.take_home_pay),
            pension_including_tax_relief: f(
                self.pension_including_tax_relief,
                other.pension_including_tax_relief,
            ),
        }
    }

    /// The figures of `paydays` payslips together.
    pub fn times(&self, paydays: u32) -> PayFigures {
        let times = |amount: Money| amount.times_fraction(paydays, 1);
        PayFigures {
            gross_pay: times(self.gross_pay),
            income_tax: times(self.income_tax),
            national_insurance: times(self.national_insurance),
            pension: times(self.pension),
            take_home_pay: times(self.take_home_pay),
            pension_including_tax_relief: times(self.pension_including_tax_relief),
        }
    }

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

/// A payslip for one pay period, and the pay received in one assessment period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Payslip {
    pub hours_per_week: Decimal,
    pub paid: Frequency,
    pub per_pay_period: PayFigures,
    /// How many paydays the assessment period holds (4 or 5 for weekly pay).
    pub paydays: u32,
    /// The pay received in that assessment period: `paydays` payslips (UC Regs 2013
    /// reg 54(1)).
    pub per_month: PayFigures,
    /// Pay is above the automatic enrolment earnings trigger.
    pub auto_enrolled: bool,
    /// The income tax includes tax on taxable benefits (Carer's Allowance, New Style
    /// ESA or JSA), collected through the job's tax code.
    pub tax_includes_benefits: bool,
    /// A year of these payslips less pension contributions, grossed up for relief at
    /// source: the pay part of adjusted net income (ITA 2007 s.58), the figure income
    /// tax uses for the personal allowance taper.
    pub adjusted_net_income_from_pay: Yearly,
}

/// One adult's pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonPay {
    pub who: Who,
    pub payslip: Payslip,
}
