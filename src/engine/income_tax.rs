//! Income tax on pay: personal allowance, and the rest of UK or Scottish bands.
//!
//! Law: Income Tax Act 2007 ss.6-10 and 35 (https://www.legislation.gov.uk/ukpga/2007/3/section/35);
//! Finance Act 2026 ss.2 and 10; Scottish Rate Resolution S6M-20844; Welsh rates are
//! set equal to the rest of the UK.
//! Tax is worked out on the year's pay (as PAYE does under a cumulative code) and
//! shared equally over the pay periods, rounded down to the penny.
//! Not modelled: PAYE's own rounding (tax code 1257L gives free pay of £12,579 a year,
//! and tables work in whole pounds), which can differ by pennies a month; emergency
//! codes; other income; Marriage Allowance. (The High Income Child Benefit Charge is
//! worked out in `high_income_child_benefit_charge.rs`, as its own line, not in pay.)

use crate::household::Country;
use crate::money::Money;
use crate::period::Yearly;
use crate::rules::{IncomeTax, TaxBand};

/// The personal allowance after the taper: ITA 2007 s.35(2) reduces it by one half
/// of the adjusted net income above £100,000.
pub fn personal_allowance(adjusted_net_income: Yearly, rules: &IncomeTax) -> Money {
    let excess =
        (adjusted_net_income.0 - rules.personal_allowance_taper_threshold.value.0).at_least_zero();
    // s.35(2): "reduced by one-half of the excess".
    let reduction = excess.times_fraction(1, 2);
    (rules.personal_allowance.value.0 - reduction).at_least_zero()
}

/// Tax for the year on `pay_taxed` (pay less pension contributions taken before
/// tax), with `adjusted_net_income` for the allowance taper.
pub fn yearly_tax(
    pay_taxed: Yearly,
    adjusted_net_income: Yearly,
    country: Country,
    rules: &IncomeTax,
) -> Money {
    let taxable = (pay_taxed.0 - personal_allowance(adjusted_net_income, rules)).at_least_zero();
    let bands: &[TaxBand] = match country {
        Country::Scotland => &rules.bands_scotland.value,
        Country::England | Country::Wales | Country::NorthernIreland => {
            &rules.bands_rest_of_uk.value
        }
    };
    tax_in_bands(taxable, bands)
}

/// Each slice of taxable income at its band's rate (ITA 2007 s.10 for the rest of
/// the UK; the Scottish bands apply to non-savings income of Scottish taxpayers).
pub fn tax_in_bands(taxable: Money, bands: &[TaxBand]) -> Money {
    let mut tax = Money::ZERO;
    let mut band_floor = Money::ZERO;
    for band in bands {
        let band_top = band.up_to.map_or(taxable, |top| top.min(taxable));
        if band_top > band_floor {
            tax += (band_top - band_floor) * band.rate;
        }
        match band.up_to {
            Some(top) if top < taxable => band_floor = top,
            _ => break,
        }
    }
    tax
}

/// The tax a pension's payer takes for the year when the pension is the person's
/// first income: it uses the personal allowance first (`pay.rs`).
pub fn tax_at_source(
    pension_per_year: Money,
    country: Country,
    rules: &crate::rules::Rules,
) -> Money {
    if !pension_per_year.is_positive() {
        return Money::ZERO;
    }
    yearly_tax(
        Yearly(pension_per_year),
        Yearly(pension_per_year),
        country,
        &rules.income_tax,
    )
}
