//! How many hours a week someone could work, at the same pay for each hour, before a
//! benefit with an earnings rule stops: the "headroom" beside a cliff edge.
//!
//! Law: none of its own: each benefit's earnings test decides (`new_style_esa.rs`,
//! `new_style_jsa.rs`, `carers_allowance.rs`; ESA Regs 2013 reg 39,
//! https://www.legislation.gov.uk/uksi/2013/379/regulation/39). The whole situation is
//! tested again at more hours (pay, tax, National Insurance and pension worked out as
//! they would be, then the benefit's own test), whole hours first, then quarter hours.
//! Not modelled: a salary (there is no pay for each hour to keep the same).

use rust_decimal::Decimal;

use crate::household::Household;
use crate::outcome::{MostHours, Snapshot, Who};
use crate::rules::Rules;
use crate::work::Job;

use super::{earnings_tests, Work};

/// The most hours a week anyone looks at.
const MOST_HOURS: u32 = 60;

/// For each benefit the work keeps, the most hours a week (in quarter hours) at the
/// same hourly pay that still keep it.
pub fn most_hours(
    household: &Household,
    work: Work<'_>,
    usual: &Snapshot,
    rules: &Rules,
) -> Vec<MostHours> {
    usual
        .earnings_limits
        .iter()
        .filter(|check| check.keeps_benefit)
        .filter_map(|check| {
            let job = match check.who {
                Who::You => work.you,
                Who::Partner => work.partner,
                Who::Child(_) | Who::Household => None,
            }?;
            job.hourly_pay?;
            let keeps = |hours: Decimal| {
                let more = Job {
                    hours_per_week: hours,
                    ..*job
                };
                let changed = match check.who {
                    Who::Partner => Work {
                        partner: Some(&more),
                        ..work
                    },
                    Who::You | Who::Child(_) | Who::Household => Work {
                        you: Some(&more),
                        ..work
                    },
                };
                earnings_tests(household, changed, rules)
                    .iter()
                    .any(|then| {
                        then.who == check.who && then.benefit == check.benefit && then.keeps_benefit
                    })
            };
            let step = |hours: Decimal, by: Decimal| {
                let mut hours = hours;
                while hours + by <= Decimal::from(MOST_HOURS) && keeps(hours + by) {
                    hours += by;
                }
                hours
            };
            let whole = step(job.hours_per_week, Decimal::ONE);
            let hours = step(whole, Decimal::new(25, 2));
            Some(MostHours {
                who: check.who,
                benefit: check.benefit,
                hours: hours.normalize(),
            })
        })
        .collect()
}
