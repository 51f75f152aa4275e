//! The household's money at each number of hours from 0 to 60, for a chart and for
//! finding cliff edges: points where a little more work changes money by a jump.
//!
//! Law: none of its own; each point is a full `snapshot` under the same rules.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::household::Household;
use crate::money::Money;
use crate::outcome::Threshold;
use crate::rules::Rules;
use crate::scenario::Scenario;
use crate::work::Job;

use super::paydays::Paydays;
use super::{snapshot, Work};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SweepPoint {
    pub hours_per_week: Decimal,
    /// Household income per month at these hours.
    pub total_per_month: Money,
    pub universal_credit: Money,
    pub thresholds_reached: Vec<Threshold>,
}

/// `job` (for you) at each of `steps + 1` hours from 0 to `most_hours`, evenly spaced.
pub fn sweep(
    household: &Household,
    job: &Job,
    most_hours: Decimal,
    steps: u32,
    rules: &Rules,
) -> Vec<SweepPoint> {
    (0..=steps)
        .map(|step| {
            let hours = most_hours * Decimal::from(step) / Decimal::from(steps.max(1));
            let scenario = Scenario {
                you: Some(Job {
                    hours_per_week: hours,
                    ..*job
                }),
                ..Scenario::default()
            };
            let result = snapshot(
                household,
                Work::with_scenario(household, &scenario),
                Paydays::USUAL,
                rules,
            );
            SweepPoint {
                hours_per_week: hours,
                total_per_month: result.total.per_month,
                universal_credit: result.universal_credit.award,
                thresholds_reached: result.thresholds_reached,
            }
        })
        .collect()
}
