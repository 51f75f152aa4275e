//! Employee (primary) Class 1 National Insurance, worked out for each pay period.
//!
//! Law: SSCBA 1992 s.8 (8% main rate between the primary threshold and the upper
//! earnings limit, 2% above: https://www.legislation.gov.uk/ukpga/1992/4/section/8);
//! SSCR 2001 regs 10-12 (thresholds for each earnings period; rounding).
//! Not modelled: directors' annual earnings periods; category letters other than A
//! (for example over State Pension age, or under 21 for the employer's share only).

use crate::money::Money;
use crate::period::Frequency;
use crate::rules::NationalInsurance;

/// The primary threshold and upper earnings limit for one earnings period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    pub primary_threshold: Money,
    pub upper_earnings_limit: Money,
}

/// SSCR 2001 reg 11: the weekly and monthly figures are prescribed. For a period of
/// several weeks, HMRC's NIM01206 says "divide the prescribed yearly threshold by 52
/// and multiply the result by the number of weeks in the period. Round this answer up
/// to the next whole pound" (so £484 a fortnight and £967 for four weeks, not £968).
pub fn thresholds_for(paid: Frequency, rules: &NationalInsurance) -> Thresholds {
    let weeks = |n: u32, yearly: Money| yearly.times_fraction(n, 52).round_up_to_pound();
    match paid {
        Frequency::Weekly => Thresholds {
            primary_threshold: rules.primary_threshold_weekly.value.0,
            upper_earnings_limit: rules.upper_earnings_limit_weekly.value.0,
        },
        Frequency::Fortnightly | Frequency::FourWeekly => {
            let n = if paid == Frequency::Fortnightly { 2 } else { 4 };
            Thresholds {
                primary_threshold: weeks(n, rules.primary_threshold_yearly.value.0),
                upper_earnings_limit: weeks(n, rules.upper_earnings_limit_yearly.value.0),
            }
        }
        Frequency::Monthly => Thresholds {
            primary_threshold: rules.primary_threshold_monthly.value.0,
            upper_earnings_limit: rules.upper_earnings_limit_monthly.value.0,
        },
        Frequency::Yearly => Thresholds {
            primary_threshold: rules.primary_threshold_yearly.value.0,
            upper_earnings_limit: rules.upper_earnings_limit_yearly.value.0,
        },
    }
}

/// Employee NI on one pay period's gross pay (pension contributions under a net pay
/// arrangement do not reduce it: NI is on gross earnings).
pub fn employee_contribution(
    gross_pay: Money,
    paid: Frequency,
    rules: &NationalInsurance,
) -> Money {
    let thresholds = thresholds_for(paid, rules);
    let main = (gross_pay.min(thresholds.upper_earnings_limit) - thresholds.primary_threshold)
        .at_least_zero();
    let additional = (gross_pay - thresholds.upper_earnings_limit).at_least_zero();
    let contribution = main * rules.main_rate.value + additional * rules.additional_rate.value;
    // SSCR 2001 reg 12(1): "calculated to the nearest penny and any amount of a
    // halfpenny or less shall be disregarded".
    contribution.round_half_penny_down()
}
