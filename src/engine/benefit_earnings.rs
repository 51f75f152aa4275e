//! Weekly earnings as the benefits with an earnings rule count them: New Style ESA
//! (permitted work), New Style JSA and Carer's Allowance all test net earnings from
//! employment, a week at a time.
//!
//! Law: Social Security Benefit (Computation of Earnings) Regs 1996 reg 10
//! (https://www.legislation.gov.uk/uksi/1996/2745/regulation/10): net earnings are
//! gross earnings less income tax, Class 1 National Insurance and one half of any
//! pension contribution the earner pays; ESA Regs 2013 reg 81 and JSA Regs 2013
//! regs 57 and 59 count net earnings the same way (an earlier session's reading,
//! rates reference R6 and R8). A monthly amount is made weekly by × 12 / 52, a
//! fortnightly one ÷ 2 and a four-weekly one ÷ 4. UNCLEAR: the conversion rule
//! itself was not read here; these are the conversions the benefits use elsewhere.
//! The tax is what is deducted from pay: for someone who gets a taxable benefit, the
//! job's tax code includes it, so the tests take off the tax with the benefits as if
//! paid (`engine::snapshot`); a benefit the test stops is then not paid.
//! Not modelled: self-employed earnings (regs 11 to 14); earnings that vary from
//! week to week (averaged over a recognisable cycle).

use crate::money::{Money, Rate};
use crate::outcome::PersonPay;
use crate::period::Frequency;

/// Net weekly earnings, unrounded: gross less tax, NI and `pension_share` of the
/// pension contribution taken from pay.
pub fn net_weekly_earnings(pay: &PersonPay, pension_share: Rate) -> Money {
    let slip = &pay.payslip.per_pay_period;
    let net =
        slip.gross_pay - slip.income_tax - slip.national_insurance - slip.pension * pension_share;
    weekly(net, pay.payslip.paid).at_least_zero()
}

/// The weekly equivalent of an amount paid at `frequency`, unrounded.
pub fn weekly(amount: Money, frequency: Frequency) -> Money {
    match frequency {
        Frequency::Weekly => amount,
        Frequency::Fortnightly => amount.times_fraction(1, 2),
        Frequency::FourWeekly => amount.times_fraction(1, 4),
        Frequency::Monthly => amount.times_fraction(12, 52),
        Frequency::Yearly => amount.times_fraction(1, 52),
    }
}
