//! Earnings that stop a new assessment of limited capability for work.
//!
//! Law: UC Regs 2013 reg 41 (https://www.legislation.gov.uk/uksi/2013/376/regulation/41):
//! where monthly earnings (before tax: reg 90(6)) are at least 16 hours a week at the
//! National Living Wage × 52 / 12, DWP does not assess limited capability for work
//! (reg 41(2)), unless the claimant gets Attendance Allowance, DLA, PIP, ADP or CDP
//! (reg 41(3)). Someone already found to have LCW or LCWRA keeps it (reg 41(1)(b)
//! allows a review). Rates reference R4.
//! Not modelled: Attendance Allowance (not asked for working-age adults); the review.

use crate::household::Adult;
use crate::money::Money;
use crate::outcome::{Threshold, Who};
use crate::rules::Rules;

/// Reg 41(2): £12.71 × 16 × 52 / 12 = £881.2266…, to the penny £881.23 (reg 6(1)).
pub fn earnings_limit(rules: &Rules) -> Money {
    rules
        .minimum_wage
        .national_living_wage
        .value
        .times_fraction(
            rules
                .universal_credit
                .health_assessment_earnings_hours
                .value
                * 52,
            12,
        )
        .round_to_nearest_penny()
}

/// The threshold reached when this person's earnings before tax in the period stop a
/// new assessment (and no disability benefit keeps it open).
pub fn no_new_assessment(
    who: Who,
    adult: &Adult,
    gross_pay: Money,
    rules: &Rules,
) -> Option<Threshold> {
    let earnings_limit = earnings_limit(rules);
    let disability_benefit = adult
        .disability_benefit
        .is_some_and(|benefit| benefit.pays_anything());
    (gross_pay >= earnings_limit && !disability_benefit).then_some(
        Threshold::NoNewHealthAssessment {
            who,
            earnings_limit,
        },
    )
}
