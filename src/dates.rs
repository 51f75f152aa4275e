//! Days in the calendar, and the periods the law counts in: the tax year, the
//! Universal Credit assessment period and the benefit week.
//!
//! A small date type of our own (days only: no time of day, no time zone, no clock).
//! The engine never asks what day it is: the app passes today's date in. Dates are
//! Gregorian; the arithmetic is Howard Hinnant's days-from-civil algorithm.

use core::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day: year, month (1 to 12) and day of the month. Compares in calendar order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday first, as the law's weeks usually count.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if there is such a day (`Date::new(2026, 2, 29)` is `None`).
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// A date written in the code, such as `Date::ymd(2017, 4, 6)`. Used in a
    /// constant, an impossible date stops the build; never use it on typed input
    /// (use `Date::new` or `Date::parse_iso`).
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("no such date"),
        }
    }

    pub const fn year(self) -> i32 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1 January 1970 (negative before it).
    pub const fn day_number(self) -> i32 {
        let year = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = (if year >= 0 { year } else { year - 399 }) / 400;
        let year_of_era = year - era * 400;
        let month = self.month as i32;
        let day_of_year =
            (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + self.day as i32 - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `day_number` days after 1 January 1970.
    pub const fn from_day_number(day_number: i32) -> Date {
        let z = day_number + 719_468;
        let era = (if z >= 0 { z } else { z - 146_096 }) / 146_097;
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
        Date {
            year,
            month: month as u8,
            day: day as u8,
        }
    }

    pub const fn add_days(self, days: i32) -> Date {
        Date::from_day_number(self.day_number() + days)
    }

    /// How many days from this date to `later` (negative if `later` is earlier).
    pub const fn days_until(self, later: Date) -> i32 {
        later.day_number() - self.day_number()
    }

    pub const fn weekday(self) -> Weekday {
        // 1 January 1970 was a Thursday.
        Weekday::ALL[(self.day_number() + 3).rem_euclid(7) as usize]
    }

    /// The first day of the month after this one's.
    pub const fn first_of_next_month(self) -> Date {
        if self.month == 12 {
            Date::ymd(self.year + 1, 1, 1)
        } else {
            Date::ymd(self.year, self.month + 1, 1)
        }
    }

    /// Reads "2026-04-06" (ISO 8601, as a date input gives it).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next()?;
        let digits =
            |part: &str, len: usize| part.len() == len && part.chars().all(|c| c.is_ascii_digit());
        if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
            return None;
        }
        Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
    }
}

/// "2026-04-06". Words for people ("6 April 2026") are in the catalogue.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom("expected a date such as \"2026-04-06\""))
    }
}

/// A tax year: "a year beginning on 6 April and ending on the following 5 April"
/// (Income Tax Act 2007 s.4(2), https://www.legislation.gov.uk/ukpga/2007/3/section/4).
/// Named by the year it starts in: `TaxYear::starting(2026)` is 2026/27.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaxYear {
    first_calendar_year: i32,
}

impl TaxYear {
    pub const fn starting(first_calendar_year: i32) -> TaxYear {
        TaxYear {
            first_calendar_year,
        }
    }

    /// The tax year a day falls in.
    pub const fn containing(date: Date) -> TaxYear {
        let starts_this_calendar_year = date.month > 4 || (date.month == 4 && date.day >= 6);
        TaxYear::starting(if starts_this_calendar_year {
            date.year
        } else {
            date.year - 1
        })
    }

    /// 6 April.
    pub const fn first_day(self) -> Date {
        Date::ymd(self.first_calendar_year, 4, 6)
    }

    /// The following 5 April.
    pub const fn last_day(self) -> Date {
        Date::ymd(self.first_calendar_year + 1, 4, 5)
    }

    /// 2026 for 2026/27.
    pub const fn first_calendar_year(self) -> i32 {
        self.first_calendar_year
    }

    /// 2027 for 2026/27.
    pub const fn second_calendar_year(self) -> i32 {
        self.first_calendar_year + 1
    }

    pub const fn contains(self, date: Date) -> bool {
        TaxYear::containing(date).first_calendar_year == self.first_calendar_year
    }

    /// A child's age in whole years at some time in this tax year shows whether they
    /// were born before `cutoff` (a 6 April), except at one age: a child of that age
    /// may have been born on either side of it. In 2026/27 a child aged 9 may have
    /// been born before or after 6 April 2017; older children were born before it and
    /// younger ones after it (UC Regs 2013 reg 24 and the reg 36 table).
    pub const fn age_born_either_side_of(self, cutoff_year: i32) -> u8 {
        let years = self.first_calendar_year - cutoff_year;
        if years <= 0 {
            0
        } else if years > u8::MAX as i32 {
            u8::MAX
        } else {
            years as u8
        }
    }
}

/// "2026/27".
impl fmt::Display for TaxYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}/{:02}",
            self.first_calendar_year,
            self.second_calendar_year().rem_euclid(100)
        )
    }
}

impl Serialize for TaxYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TaxYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TaxYear, D::Error> {
        let text = String::deserialize(deserializer)?;
        let parsed = text.split_once('/').and_then(|(first, second)| {
            let first: i32 = first.parse().ok()?;
            let second: i32 = second.parse().ok()?;
            (second == (first + 1).rem_euclid(100)).then_some(TaxYear::starting(first))
        });
        parsed.ok_or_else(|| serde::de::Error::custom("expected a tax year such as \"2026/27\""))
    }
}

/// A Universal Credit assessment period: "a period of one month beginning with the
/// first date of entitlement and each subsequent period of one month" (UC Regs 2013
/// reg 21(1), https://www.legislation.gov.uk/uksi/2013/376/regulation/21).
///
/// Reg 21(2): each period "begins on the same day of each month", except that a first
/// date of entitlement on the 31st gives periods beginning on the last day of each
/// month, and one on the 29th or 30th gives periods beginning on that day "except in
/// February when it begins on the 27th day or, in a leap year, the 28th day".
/// Not modelled: a first period of another length after a redetermination (reg 21A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct AssessmentPeriod {
    /// The day of the month of the first date of entitlement (1 to 31): it fixes the
    /// day every period begins (reg 21(2)).
    entitlement_day: u8,
    first_day: Date,
}

impl AssessmentPeriod {
    /// The day a period begins in a month, for awards whose first date of entitlement
    /// was on `entitlement_day` of a month (reg 21(2)).
    const fn start_in_month(year: i32, month: u8, entitlement_day: u8) -> Date {
        let day = match entitlement_day {
            31 => days_in_month(year, month),
            29 | 30 if month == 2 => {
                if is_leap_year(year) {
                    28
                } else {
                    27
                }
            }
            day => {
                let last = days_in_month(year, month);
                if day > last {
                    last
                } else if day < 1 {
                    1
                } else {
                    day
                }
            }
        };
        Date::ymd(year, month, day)
    }

    /// The assessment period that begins in the given month.
    pub const fn beginning_in(year: i32, month: u8, entitlement_day: u8) -> AssessmentPeriod {
        AssessmentPeriod {
            entitlement_day,
            first_day: AssessmentPeriod::start_in_month(year, month, entitlement_day),
        }
    }

    /// The assessment period that a day falls in.
    pub const fn containing(date: Date, entitlement_day: u8) -> AssessmentPeriod {
        let this_month = AssessmentPeriod::beginning_in(date.year, date.month, entitlement_day);
        if date.day_number() >= this_month.first_day.day_number() {
            this_month
        } else if date.month == 1 {
            AssessmentPeriod::beginning_in(date.year - 1, 12, entitlement_day)
        } else {
            AssessmentPeriod::beginning_in(date.year, date.month - 1, entitlement_day)
        }
    }

    pub const fn first_day(self) -> Date {
        self.first_day
    }

    /// The day before the next period begins.
    pub const fn last_day(self) -> Date {
        self.next().first_day.add_days(-1)
    }

    pub const fn next(self) -> AssessmentPeriod {
        let next_month = self.first_day.first_of_next_month();
        AssessmentPeriod::beginning_in(next_month.year, next_month.month, self.entitlement_day)
    }

    pub const fn contains(self, date: Date) -> bool {
        date.day_number() >= self.first_day.day_number()
            && date.day_number() <= self.last_day().day_number()
    }

    /// The last day UC for this period is normally paid: "within seven days of the
    /// last day of the assessment period" (UC etc. (Claims and Payments) Regs 2013
    /// reg 47(2), https://www.legislation.gov.uk/uksi/2013/380/regulation/47).
    pub const fn payment_due(self) -> Date {
        self.last_day().add_days(7)
    }
}

/// A benefit week: "a period of seven days ending on such day as the Secretary of
/// State may direct" (ESA Regs 2013 reg 2, https://www.legislation.gov.uk/uksi/2013/379/regulation/2).
/// For Carer's Allowance earnings, the week "in respect of which the relevant social
/// security benefit is due to be paid" (Social Security Benefit (Computation of
/// Earnings) Regs 1996 reg 2(1), https://www.legislation.gov.uk/uksi/1996/2745/regulation/2).
/// New Style ESA is paid on a weekday set by the last two digits of the National
/// Insurance number (UC etc. (Claims and Payments) Regs 2013 reg 51).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct BenefitWeek {
    last_day: Date,
}

impl BenefitWeek {
    /// The benefit week that ends on the first `last_weekday` on or after `date`: the
    /// week `date` falls in.
    pub const fn containing(date: Date, last_weekday: Weekday) -> BenefitWeek {
        let mut last_day = date;
        let mut step = 0;
        while step < 7 && !matches_weekday(last_day.weekday(), last_weekday) {
            last_day = last_day.add_days(1);
            step += 1;
        }
        BenefitWeek { last_day }
    }

    pub const fn first_day(self) -> Date {
        self.last_day.add_days(-6)
    }

    pub const fn last_day(self) -> Date {
        self.last_day
    }

    pub const fn next(self) -> BenefitWeek {
        BenefitWeek {
            last_day: self.last_day.add_days(7),
        }
    }

    pub const fn contains(self, date: Date) -> bool {
        date.day_number() >= self.first_day().day_number()
            && date.day_number() <= self.last_day.day_number()
    }
}

const fn matches_weekday(a: Weekday, b: Weekday) -> bool {
    a as u8 == b as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_count_across_months_years_and_leap_days() {
        assert_eq!(Date::ymd(1970, 1, 1).day_number(), 0);
        assert_eq!(Date::ymd(2026, 4, 6).day_number(), 20_549);
        for day_number in -800_000..800_000 {
            let date = Date::from_day_number(day_number);
            assert_eq!(date.day_number(), day_number, "{date}");
        }
        assert_eq!(Date::ymd(2028, 2, 28).add_days(1), Date::ymd(2028, 2, 29));
        assert_eq!(Date::ymd(2027, 2, 28).add_days(1), Date::ymd(2027, 3, 1));
        assert_eq!(Date::ymd(2026, 12, 31).add_days(1), Date::ymd(2027, 1, 1));
        assert_eq!(Date::ymd(2026, 4, 6).days_until(Date::ymd(2027, 4, 5)), 364);
        assert_eq!(Date::new(2026, 2, 29), None);
        assert_eq!(Date::new(2026, 13, 1), None);
        assert_eq!(Date::new(2026, 4, 0), None);
    }

    #[test]
    fn weekdays() {
        // 6 April 2026 is a Monday; 25 December 2026 a Friday.
        assert_eq!(Date::ymd(2026, 4, 6).weekday(), Weekday::Monday);
        assert_eq!(Date::ymd(2026, 12, 25).weekday(), Weekday::Friday);
        assert_eq!(Date::ymd(1970, 1, 1).weekday(), Weekday::Thursday);
    }

    #[test]
    fn iso_dates_read_and_write() {
        assert_eq!(Date::parse_iso("2026-11-30"), Some(Date::ymd(2026, 11, 30)));
        assert_eq!(Date::ymd(2026, 4, 6).to_string(), "2026-04-06");
        for bad in [
            "2026-02-29",
            "2026-4-6",
            "26-04-06",
            "2026-04-06x",
            "",
            "2026/04/06",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_tax_year_runs_from_6_april_to_5_april() {
        let year = TaxYear::starting(2026);
        assert_eq!(year.to_string(), "2026/27");
        assert_eq!(year.first_day(), Date::ymd(2026, 4, 6));
        assert_eq!(year.last_day(), Date::ymd(2027, 4, 5));
        assert_eq!(
            TaxYear::containing(Date::ymd(2026, 4, 5)),
            TaxYear::starting(2025)
        );
        assert_eq!(TaxYear::containing(Date::ymd(2026, 4, 6)), year);
        assert_eq!(TaxYear::containing(Date::ymd(2027, 1, 1)), year);
        assert!(year.contains(Date::ymd(2027, 4, 5)));
        assert!(!year.contains(Date::ymd(2027, 4, 6)));
        assert_eq!(TaxYear::starting(2099).to_string(), "2099/00");
    }

    #[test]
    fn in_2026_27_only_a_child_aged_9_may_be_born_either_side_of_6_april_2017() {
        // Aged 10 on any day up to 5 April 2027: born on or before 5 April 2017.
        // Aged 8 on any day from 6 April 2026: born on or after 7 April 2017.
        assert_eq!(TaxYear::starting(2026).age_born_either_side_of(2017), 9);
        assert_eq!(TaxYear::starting(2027).age_born_either_side_of(2017), 10);
    }

    #[test]
    fn assessment_periods_begin_on_the_same_day_each_month() {
        // Reg 21(1): first date of entitlement 14 May 2026.
        let period = AssessmentPeriod::containing(Date::ymd(2026, 5, 14), 14);
        assert_eq!(period.first_day(), Date::ymd(2026, 5, 14));
        assert_eq!(period.last_day(), Date::ymd(2026, 6, 13));
        assert_eq!(period.payment_due(), Date::ymd(2026, 6, 20));
        assert_eq!(period.next().first_day(), Date::ymd(2026, 6, 14));
        let december = AssessmentPeriod::containing(Date::ymd(2027, 1, 2), 14);
        assert_eq!(december.first_day(), Date::ymd(2026, 12, 14));
        assert_eq!(december.last_day(), Date::ymd(2027, 1, 13));
        assert!(december.contains(Date::ymd(2027, 1, 13)));
        assert!(!december.contains(Date::ymd(2027, 1, 14)));
    }

    #[test]
    fn reg_21_2_the_31st_and_the_29th_and_30th() {
        // (a) From the 31st: the last day of each month.
        let from_31st = AssessmentPeriod::beginning_in(2026, 10, 31);
        assert_eq!(from_31st.last_day(), Date::ymd(2026, 11, 29));
        assert_eq!(from_31st.next().first_day(), Date::ymd(2026, 11, 30));
        assert_eq!(
            AssessmentPeriod::beginning_in(2027, 2, 31).first_day(),
            Date::ymd(2027, 2, 28)
        );
        // (b) From the 29th or 30th: that day, but in February the 27th, or the 28th
        // in a leap year.
        assert_eq!(
            AssessmentPeriod::beginning_in(2027, 2, 30).first_day(),
            Date::ymd(2027, 2, 27)
        );
        assert_eq!(
            AssessmentPeriod::beginning_in(2028, 2, 29).first_day(),
            Date::ymd(2028, 2, 28)
        );
        let january = AssessmentPeriod::beginning_in(2027, 1, 29);
        assert_eq!(january.last_day(), Date::ymd(2027, 2, 26));
        assert_eq!(january.next().last_day(), Date::ymd(2027, 3, 28));
    }

    #[test]
    fn benefit_weeks_end_on_the_directed_day() {
        // A week ending on Tuesdays: Wednesday 25 November to Tuesday 1 December 2026.
        let week = BenefitWeek::containing(Date::ymd(2026, 11, 30), Weekday::Tuesday);
        assert_eq!(week.first_day(), Date::ymd(2026, 11, 25));
        assert_eq!(week.last_day(), Date::ymd(2026, 12, 1));
        assert!(week.contains(Date::ymd(2026, 11, 25)));
        assert_eq!(week.next().first_day(), Date::ymd(2026, 12, 2));
        let ending_today = BenefitWeek::containing(Date::ymd(2026, 12, 1), Weekday::Tuesday);
        assert_eq!(ending_today, week);
    }
}
