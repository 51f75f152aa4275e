//! Bank holidays from the start of the 2026/27 tax year to the end of 2027: a
//! six-month timeline that starts in the tax year can run that far.
//!
//! Source: gov.uk/bank-holidays (the dates in each part of the UK, with the substitute
//! days). The pattern is the Banking and Financial Dealings Act 1971 Sch 1 (Easter
//! Monday, the last Mondays of May and August, 26 December or a substitute day; in
//! Scotland 2 January, the first Monday of August and St Andrew's Day or a substitute;
//! in Northern Ireland also 17 March and 12 July), with New Year's Day, Good Friday,
//! Christmas Day and the early May bank holiday by custom and royal proclamation.
//! UNCLEAR: the gov.uk page itself could not be read from here; the dates were
//! worked out from that pattern (Easter Sunday 5 April 2026 and 28 March 2027) and
//! the tests check each weekday. Check them against gov.uk when the year's file is
//! next touched.

use crate::dates::Date;

const fn d(year: i32, month: u8, day: u8) -> Date {
    Date::ymd(year, month, day)
}

/// England and Wales.
pub const ENGLAND_AND_WALES: [Date; 15] = [
    d(2026, 4, 3),   // Good Friday
    d(2026, 4, 6),   // Easter Monday
    d(2026, 5, 4),   // Early May bank holiday
    d(2026, 5, 25),  // Spring bank holiday
    d(2026, 8, 31),  // Summer bank holiday
    d(2026, 12, 25), // Christmas Day
    d(2026, 12, 28), // Boxing Day (substitute day: 26 December is a Saturday)
    d(2027, 1, 1),   // New Year's Day
    d(2027, 3, 26),  // Good Friday
    d(2027, 3, 29),  // Easter Monday
    d(2027, 5, 3),   // Early May bank holiday
    d(2027, 5, 31),  // Spring bank holiday
    d(2027, 8, 30),  // Summer bank holiday
    d(2027, 12, 27), // Christmas Day (substitute day: 25 December is a Saturday)
    d(2027, 12, 28), // Boxing Day (substitute day: 26 December is a Sunday)
];

/// Scotland: no Easter Monday; 2 January, the first Monday of August and St Andrew's
/// Day instead.
pub const SCOTLAND: [Date; 16] = [
    d(2026, 4, 3),   // Good Friday
    d(2026, 5, 4),   // Early May bank holiday
    d(2026, 5, 25),  // Spring bank holiday
    d(2026, 8, 3),   // Summer bank holiday
    d(2026, 11, 30), // St Andrew's Day
    d(2026, 12, 25), // Christmas Day
    d(2026, 12, 28), // Boxing Day (substitute day)
    d(2027, 1, 1),   // New Year's Day
    d(2027, 1, 4),   // 2 January (substitute day: 2 January is a Saturday)
    d(2027, 3, 26),  // Good Friday
    d(2027, 5, 3),   // Early May bank holiday
    d(2027, 5, 31),  // Spring bank holiday
    d(2027, 8, 2),   // Summer bank holiday
    d(2027, 11, 30), // St Andrew's Day
    d(2027, 12, 27), // Christmas Day (substitute day)
    d(2027, 12, 28), // Boxing Day (substitute day)
];

/// Northern Ireland: England and Wales's, with St Patrick's Day and the Battle of the
/// Boyne.
pub const NORTHERN_IRELAND: [Date; 18] = [
    d(2026, 4, 3),   // Good Friday
    d(2026, 4, 6),   // Easter Monday
    d(2026, 5, 4),   // Early May bank holiday
    d(2026, 5, 25),  // Spring bank holiday
    d(2026, 7, 13),  // Battle of the Boyne (substitute day: 12 July is a Sunday)
    d(2026, 8, 31),  // Summer bank holiday
    d(2026, 12, 25), // Christmas Day
    d(2026, 12, 28), // Boxing Day (substitute day)
    d(2027, 1, 1),   // New Year's Day
    d(2027, 3, 17),  // St Patrick's Day
    d(2027, 3, 26),  // Good Friday
    d(2027, 3, 29),  // Easter Monday
    d(2027, 5, 3),   // Early May bank holiday
    d(2027, 5, 31),  // Spring bank holiday
    d(2027, 7, 12),  // Battle of the Boyne
    d(2027, 8, 30),  // Summer bank holiday
    d(2027, 12, 27), // Christmas Day (substitute day)
    d(2027, 12, 28), // Boxing Day (substitute day)
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Weekday;

    #[test]
    fn each_list_is_in_order_and_no_bank_holiday_is_a_weekend() {
        for list in [&ENGLAND_AND_WALES[..], &SCOTLAND, &NORTHERN_IRELAND] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]));
            for date in list {
                assert!(
                    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday),
                    "{date:?}"
                );
            }
        }
    }

    #[test]
    fn the_days_fall_where_the_pattern_puts_them() {
        // Easter Sunday 2026 is 5 April, 2027 is 28 March.
        assert_eq!(d(2026, 4, 3).weekday(), Weekday::Friday);
        assert_eq!(d(2027, 3, 29).weekday(), Weekday::Monday);
        // The last Monday of May and of August.
        for date in [
            d(2026, 5, 25),
            d(2026, 8, 31),
            d(2027, 5, 31),
            d(2027, 8, 30),
        ] {
            assert_eq!(date.weekday(), Weekday::Monday);
            assert!(date.add_days(7).month() != date.month());
        }
        // The first Monday of May, and of August in Scotland.
        for date in [d(2026, 5, 4), d(2027, 5, 3), d(2026, 8, 3), d(2027, 8, 2)] {
            assert_eq!(date.weekday(), Weekday::Monday);
            assert!(date.day() <= 7);
        }
        // 26 December 2026 is a Saturday; 25 and 26 December 2027 are a weekend.
        assert_eq!(d(2026, 12, 26).weekday(), Weekday::Saturday);
        assert_eq!(d(2027, 12, 25).weekday(), Weekday::Saturday);
        // 2 January 2027 and 12 July 2026 fall at weekends; 30 November is a weekday.
        assert_eq!(d(2027, 1, 2).weekday(), Weekday::Saturday);
        assert_eq!(d(2026, 7, 12).weekday(), Weekday::Sunday);
        assert_eq!(d(2026, 11, 30).weekday(), Weekday::Monday);
    }
}
