//! Working days: a payday, or a Universal Credit payment, that falls on a weekend or
//! a bank holiday is paid on the working day before. The bank holidays are the
//! year's table (`rules::BankHolidays`, gov.uk/bank-holidays).

use crate::dates::{Date, Weekday};
use crate::period::Frequency;

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

/// The first payday we assume when a person does not know theirs: pay in arrears,
/// on the first Friday at least a whole pay period after the first day of work (a
/// week, two weeks or four weeks), or for monthly pay the last working day of the
/// first month with at least two weeks' work in it. An assumption, said on the
/// page beside the months it gives; the person can type their own.
pub fn assumed_first_payday(start: Date, paid: Frequency, bank_holidays: &[Date]) -> Date {
    let after_days = match paid {
        Frequency::Weekly => 7,
        Frequency::Fortnightly => 14,
        Frequency::FourWeekly => 28,
        Frequency::Monthly | Frequency::Yearly => {
            let this_month = last_working_day(start.year(), start.month(), bank_holidays);
            if start.days_until(this_month) >= 14 {
                return this_month;
            }
            let next = start.first_of_next_month();
            return last_working_day(next.year(), next.month(), bank_holidays);
        }
    };
    let mut friday = start.add_days(after_days);
    while friday.weekday() != Weekday::Friday {
        friday = friday.add_days(1);
    }
    on_or_before(friday, bank_holidays)
}
