//! A workplace or private pension being paid to someone under State Pension age
//! (for example after retiring early on ill health).
//!
//! Law: UC Regs 2013 reg 66(1)(a) (https://www.legislation.gov.uk/uksi/2013/376/regulation/66):
//! retirement pension income is unearned income, counted in full, before tax (the
//! issue's reading; UC Regs reg 73 converts other periods to a month). Income tax is
//! taken by the payer under PAYE (ITEPA 2003 Part 9): here the pension is taken to
//! use the personal allowance first, and a job's tax code the rest (`pay.rs`). Work
//! does not change it. The benefit cap does not count it.
//! New Style ESA and JSA are reduced by a pension (`new_style_esa.rs`,
//! `new_style_jsa.rs`).
//! Not modelled: a pension's tax code giving the allowance to a job instead; a lump
//! sum (capital).

use crate::household::PensionIncome;
use crate::money::Money;
use crate::outcome::{Income, Line};
use crate::period::Yearly;
use crate::source::uc_regs_2013;

use super::benefits::{Award, Context, UnearnedIncome};
use super::income_tax;

/// A pension per year, before tax.
pub fn yearly(pension: PensionIncome) -> Money {
    pension.frequency.to_yearly(pension.amount).0
}

/// Each adult's pension, per month after its own tax; UC counts it before tax.
pub fn award(context: &Context<'_>) -> Award {
    let mut award = Award::none();
    for (who, adult) in context.adults() {
        let Some(pension) = adult.pension else {
            continue;
        };
        let per_year = yearly(pension);
        if !per_year.is_positive() {
            continue;
        }
        let gross_monthly = Yearly(per_year).to_monthly().0.round_to_nearest_penny();
        let tax = income_tax::tax_at_source(per_year, context.household.country, context.rules)
            .times_fraction(1, 12)
            .round_down_to_penny();
        award.lines.push(Line::monthly(
            Income::Pension,
            who,
            gross_monthly - tax,
            uc_regs_2013::REG_66,
        ));
        award.unearned_income.push(UnearnedIncome {
            income: Income::Pension,
            who,
            per_month: gross_monthly,
            source: uc_regs_2013::REG_66,
        });
    }
    award
}
