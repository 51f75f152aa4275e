//! The one place the app asks what day it is: the engine never reads a clock, so
//! the app passes today's date in (it chooses the year's rules).

use web_sys::js_sys;

use crate::dates::Date;
use crate::rules::RULES_2026_27;

/// Today, by the device's own clock and time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(0);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(0);
    let day = u8::try_from(now.get_date()).unwrap_or(0);
    // A device that gives no sensible date gets the first year the app has rules for.
    Date::new(year, month, day).unwrap_or(RULES_2026_27.tax_year.first_day())
}
