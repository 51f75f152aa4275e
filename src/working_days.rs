//! Working days: a payday, or a Universal Credit payment, that falls on a weekend or
//! a bank holiday is paid on the working day before. The bank holidays are the
//! year's table (`rules::BankHolidays`, gov.uk/bank-holidays).

use crate::dates::{Date, Weekday};

/// Not a Saturday, a Sunday or a bank holiday.
pub fn is_working_day(date: Date, bank_holidays: &[Date]) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) && !bank_holidays.contains(&date)
}

/// `date` if it is a working day, or else the working day before it.
pub fn on_or_before(date: Date, bank_holidays: &[Date]) -> Date {
    let mut day = date;
    // A weekend next to the longest run of bank holidays (Christmas) is at most six
    // days; the bound only keeps the loop finite whatever the table says.
    for _ in 0..14 {
        if is_working_day(day, bank_holidays) {
            return day;
        }
        day = day.add_days(-1);
    }
    day
}

/// The last working day of a month ("paid on the last working day of the month").
pub fn last_working_day(year: i32, month: u8, bank_holidays: &[Date]) -> Date {
    let last = Date::ymd(year, month, crate::dates::days_in_month(year, month));
    on_or_before(last, bank_holidays)
}
