//! How many paydays fall in one UC assessment period, for pay (or childcare) that
//! comes every week, two weeks or four weeks, and how many periods of the year hold
//! one more.
//!
//! Law: UC Regs 2013 reg 54(1) (https://www.legislation.gov.uk/uksi/2013/376/regulation/54):
//! earned income is worked out from the amounts received in the assessment period, so
//! a month with five weekly paydays counts five weeks' pay; the benefit cap's earnings
//! test is made in each period too (reg 82(1)(a)). Childcare is the charges paid in the
//! period (regs 33 and 34).
//! A year of 52 weeks gives weekly pay 4 paydays in 8 periods and 5 in the other 4;
//! fortnightly 2 in 10 and 3 in 2; four-weekly 1 in 11 and 2 in 1 (rates reference,
//! "Pay in an assessment period"). Which periods they are depends on the day the
//! period starts and the payday.
//! Not modelled: the year with a 53rd weekly payday (about one year in six); which
//! calendar months hold the extra payday (the month-by-month view will name them);
//! when two kinds of pay with different frequencies both have an extra payday in the
//! same period (we take them as different periods).

use serde::Serialize;

use crate::money::Money;
use crate::outcome::Who;
use crate::period::Frequency;

/// How many paydays each frequency has in one assessment period. Monthly pay always
/// has one; yearly amounts are not counted by payday (see `count`). A job whose
/// paydays are known by date (the first months, `first_months.rs`) has its own count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Paydays {
    pub weekly: u32,
    pub fortnightly: u32,
    pub four_weekly: u32,
    /// Your job's paydays in this period, counted on the calendar.
    pub you: Option<u32>,
    /// Your partner's job's paydays in this period, counted on the calendar.
    pub partner: Option<u32>,
    /// One payday in this period brings this much more gross pay for this person's
    /// job (an extra shift).
    pub extra: Option<(Who, Money)>,
}

/// The frequencies whose paydays vary from one assessment period to the next.
pub const VARYING: [Frequency; 3] = [
    Frequency::Weekly,
    Frequency::Fortnightly,
    Frequency::FourWeekly,
];

impl Paydays {
    /// The usual assessment period: the number of paydays most periods of the year hold.
    pub const USUAL: Paydays = Paydays {
        weekly: usual(Frequency::Weekly),
        fortnightly: usual(Frequency::Fortnightly),
        four_weekly: usual(Frequency::FourWeekly),
        you: None,
        partner: None,
        extra: None,
    };

    /// The usual period, but with one more payday for `frequency`.
    pub const fn one_more(frequency: Frequency) -> Paydays {
        let usual = Paydays::USUAL;
        match frequency {
            Frequency::Weekly => Paydays {
                weekly: usual.weekly + 1,
                ..usual
            },
            Frequency::Fortnightly => Paydays {
                fortnightly: usual.fortnightly + 1,
                ..usual
            },
            Frequency::FourWeekly => Paydays {
                four_weekly: usual.four_weekly + 1,
                ..usual
            },
            Frequency::Monthly | Frequency::Yearly => usual,
        }
    }

    /// Paydays in the period for `who`'s job, paid at `frequency`: its own count if
    /// it has one, or else the frequency's.
    pub const fn for_job(self, who: Who, frequency: Frequency) -> Option<u32> {
        let own = match who {
            Who::You => self.you,
            Who::Partner => self.partner,
            Who::Household | Who::Child(_) => None,
        };
        match own {
            Some(count) => Some(count),
            None => self.count(frequency),
        }
    }

    /// Paydays in the period for something paid at `frequency`: `None` for a yearly
    /// amount, which is not counted by payday.
    pub const fn count(self, frequency: Frequency) -> Option<u32> {
        match frequency {
            Frequency::Weekly => Some(self.weekly),
            Frequency::Fortnightly => Some(self.fortnightly),
            Frequency::FourWeekly => Some(self.four_weekly),
            Frequency::Monthly => Some(1),
            Frequency::Yearly => None,
        }
    }
}

/// Paydays in most assessment periods: 52 weeks / 12 = 4 for weekly pay, and so on.
pub const fn usual(frequency: Frequency) -> u32 {
    frequency.periods_per_year() / 12
}

/// How many of the year's twelve periods hold one more payday: 52 - 12 × 4 = 4 for
/// weekly pay, and so on.
pub const fn months_with_one_more(frequency: Frequency) -> u32 {
    frequency.periods_per_year() % 12
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_of_paydays_in_twelve_assessment_periods() {
        // Weekly: 8 × 4 + 4 × 5 = 52. Fortnightly: 10 × 2 + 2 × 3 = 26.
        // Four-weekly: 11 × 1 + 1 × 2 = 13. Monthly: 12 × 1.
        for (frequency, usual_paydays, months) in [
            (Frequency::Weekly, 4, 4),
            (Frequency::Fortnightly, 2, 2),
            (Frequency::FourWeekly, 1, 1),
            (Frequency::Monthly, 1, 0),
        ] {
            assert_eq!(usual(frequency), usual_paydays);
            assert_eq!(months_with_one_more(frequency), months);
            assert_eq!(
                (12 - months) * usual_paydays + months * (usual_paydays + 1),
                frequency.periods_per_year()
            );
        }
        assert_eq!(Paydays::USUAL.count(Frequency::Weekly), Some(4));
        assert_eq!(
            Paydays::one_more(Frequency::Weekly).count(Frequency::Weekly),
            Some(5)
        );
        assert_eq!(
            Paydays::one_more(Frequency::Weekly).count(Frequency::Fortnightly),
            Some(2)
        );
        assert_eq!(Paydays::USUAL.count(Frequency::Yearly), None);
    }
}
