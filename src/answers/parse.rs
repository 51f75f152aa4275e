//! The parsers that read what a person typed: money, whole numbers and hours.
//!
//! Format only, no rules, and no `unwrap()`: every answer can be anything.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::dates::Date;
use crate::money::Money;

/// Why a typed answer cannot be used. The words for each are in the copy catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum InputError {
    /// Nothing entered or chosen.
    Missing,
    /// Not a number in the expected form.
    NotANumber,
    /// More than two decimal places for money (or hours).
    TooPrecise,
    TooSmall,
    TooLarge,
    /// A comma that is not between thousands ("2500,00", "1,2,3").
    MisplacedComma,
}

/// Reads an amount of money in pounds: "650", "650.50", "£1,250", " 650 ", "£ 650".
/// A comma is read only between thousands ("1,250.50"); anywhere else it could be a
/// decimal comma ("2500,00") and is refused rather than guessed. Spaces inside the
/// number ("6 5 0") are refused too.
pub fn parse_money(text: &str, most: Money) -> Result<Money, InputError> {
    let trimmed = text.trim();
    let number = trimmed.strip_prefix('£').unwrap_or(trimmed).trim_start();
    if number.is_empty() {
        return Err(InputError::Missing);
    }
    if number.starts_with('-') {
        return Err(InputError::TooSmall);
    }
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(InputError::NotANumber);
    }
    let cleaned = without_thousands_commas(number)?;
    // Pence as typed: "12.500" (a full stop between thousands, as in much of Europe)
    // is refused, not read as £12.50.
    let pence_typed = match cleaned.split('.').collect::<Vec<_>>().as_slice() {
        [_] => 0,
        [_, pence] => pence.len(),
        _ => return Err(InputError::NotANumber),
    };
    if pence_typed > 2 {
        return Err(InputError::TooPrecise);
    }
    let value = plain_decimal(&cleaned).ok_or_else(|| {
        // Digits beyond what any amount could be are too large, not "not a number".
        if cleaned.bytes().any(|b| b.is_ascii_digit()) {
            InputError::TooLarge
        } else {
            InputError::NotANumber
        }
    })?;
    let money = Money::from_decimal(value);
    if money > most {
        return Err(InputError::TooLarge);
    }
    Ok(money)
}

/// "1,250.50" as "1250.50": commas only between groups of three digits, before any
/// decimal point.
fn without_thousands_commas(number: &str) -> Result<String, InputError> {
    if !number.contains(',') {
        return Ok(number.to_owned());
    }
    let (whole, pence) = match number.split_once('.') {
        Some((whole, pence)) => (whole, Some(pence)),
        None => (number, None),
    };
    if pence.is_some_and(|pence| pence.contains(',')) {
        return Err(InputError::MisplacedComma);
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or_default();
    // "0,500" may mean half a pound: a first group of thousands never starts with 0.
    let first_ok = (1..=3).contains(&first.len()) && !first.starts_with('0');
    let rest_ok = groups.all(|group| group.len() == 3);
    if !(first_ok && rest_ok) {
        return Err(InputError::MisplacedComma);
    }
    let mut cleaned = whole.replace(',', "");
    if let Some(pence) = pence {
        cleaned.push('.');
        cleaned.push_str(pence);
    }
    Ok(cleaned)
}

/// Digits with at most one full stop ("1250", "16.5", ".5") as an exact decimal; `None`
/// for anything else, or for more digits than any answer could need. Here rather than
/// `rust_decimal`'s reader, which also reads exponents and signs that no answer
/// takes, and costs the download several times as much code.
fn plain_decimal(text: &str) -> Option<Decimal> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    // Zeros at the end of the fraction do not change the number ("16.50" is 16.5).
    let fraction = fraction.trim_end_matches('0');
    let mut units: i64 = 0;
    for digit in whole.bytes().chain(fraction.bytes()) {
        if !digit.is_ascii_digit() {
            return None;
        }
        units = units
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
    }
    let scale = u32::try_from(fraction.len()).ok()?;
    Decimal::try_from_i128_with_scale(i128::from(units), scale).ok()
}

/// The month names a date may be typed with, in full or their first three letters.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a date typed as day, month and year: "1 2 2027", "01/02/2027", "1-2-2027",
/// "1 February 2027", "1 Feb 2027", or "2027-02-01". The year has four digits.
/// `TooSmall` before `earliest`, `TooLarge` after `latest`.
pub fn parse_date(text: &str, earliest: Date, latest: Date) -> Result<Date, InputError> {
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/' || c == '-' || c == '.' || c == ',')
        .filter(|part| !part.is_empty())
        .collect();
    let number = |part: &str| -> Option<u32> {
        (part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let month = |part: &str| -> Option<u32> {
        number(part).or_else(|| {
            let lower = part.to_ascii_lowercase();
            let index = MONTHS.iter().position(|name| {
                *name == lower || (lower.len() == 3 && name.starts_with(lower.as_str()))
            })?;
            u32::try_from(index + 1).ok()
        })
    };
    let (day, month, year) = match parts.as_slice() {
        [] => return Err(InputError::Missing),
        // Year first only as the ISO form: "2027-02-01".
        [year, month_part, day] if year.len() == 4 => {
            (number(day), month(month_part), number(year))
        }
        [day, month_part, year] if year.len() == 4 => {
            (number(day), month(month_part), number(year))
        }
        _ => return Err(InputError::NotANumber),
    };
    let date = match (day, month, year) {
        (Some(day), Some(month), Some(year)) => u8::try_from(day)
            .ok()
            .zip(u8::try_from(month).ok())
            .and_then(|(day, month)| Date::new(i32::try_from(year).ok()?, month, day)),
        _ => None,
    }
    .ok_or(InputError::NotANumber)?;
    if date < earliest {
        Err(InputError::TooSmall)
    } else if date > latest {
        Err(InputError::TooLarge)
    } else {
        Ok(date)
    }
}

/// The typed number without surrounding spaces, or why there is none to read.
fn trimmed_number(text: &str) -> Result<&str, InputError> {
    let cleaned = text.trim();
    if cleaned.is_empty() {
        Err(InputError::Missing)
    } else if cleaned.starts_with('-') {
        Err(InputError::TooSmall)
    } else {
        Ok(cleaned)
    }
}

/// Reads a whole number such as an age or a count, between `least` and `most`.
pub fn parse_whole(text: &str, least: u32, most: u32) -> Result<u32, InputError> {
    let value: u32 = trimmed_number(text)?
        .parse()
        .map_err(|_| InputError::NotANumber)?;
    if value < least {
        Err(InputError::TooSmall)
    } else if value > most {
        Err(InputError::TooLarge)
    } else {
        Ok(value)
    }
}

/// Reads hours a week to the quarter hour: "16", "16.5", "37.25", between `least`
/// and `most`.
pub fn parse_hours(text: &str, least: u32, most: u32) -> Result<Decimal, InputError> {
    let cleaned = trimmed_number(text)?;
    if !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(InputError::NotANumber);
    }
    let value = plain_decimal(cleaned).ok_or(InputError::NotANumber)?;
    // Quarter hours, as the question asks: 16.25 is read, 16.33 is not.
    if !(value * Decimal::from(4)).fract().is_zero() {
        Err(InputError::TooPrecise)
    } else if value < Decimal::from(least) {
        Err(InputError::TooSmall)
    } else if value > Decimal::from(most) {
        Err(InputError::TooLarge)
    } else {
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbp(text: &str) -> Money {
        Money::from_decimal(text.parse().expect("a test literal"))
    }

    #[test]
    fn money_accepts_what_people_type() {
        let most = Money::pounds(100_000);
        assert_eq!(parse_money("650", most), Ok(gbp("650")));
        assert_eq!(parse_money(" 650.50 ", most), Ok(gbp("650.50")));
        assert_eq!(parse_money("£1,250", most), Ok(gbp("1250")));
        assert_eq!(parse_money("£ 1,250.5", most), Ok(gbp("1250.5")));
        assert_eq!(parse_money("12,345.67", most), Ok(gbp("12345.67")));
        assert_eq!(parse_money("0", most), Ok(Money::ZERO));
    }

    #[test]
    fn a_comma_is_read_only_between_thousands() {
        let most = Money::pounds(100_000);
        // A decimal comma, as typed in much of Europe: £2,500, not £250,000.
        assert_eq!(
            parse_money("2500,00", most),
            Err(InputError::MisplacedComma)
        );
        assert_eq!(parse_money("1,2,3", most), Err(InputError::MisplacedComma));
        assert_eq!(parse_money(",650", most), Err(InputError::MisplacedComma));
        assert_eq!(parse_money("650,", most), Err(InputError::MisplacedComma));
        assert_eq!(parse_money("1,0000", most), Err(InputError::MisplacedComma));
        assert_eq!(
            parse_money("1.250,50", most),
            Err(InputError::MisplacedComma)
        );
        assert_eq!(parse_money("0,500", most), Err(InputError::MisplacedComma));
        assert_eq!(parse_money("1,250.50", most), Ok(gbp("1250.50")));
    }

    #[test]
    fn spaces_inside_a_number_are_not_dropped() {
        let most = Money::pounds(100_000);
        assert_eq!(parse_money("6 5 0", most), Err(InputError::NotANumber));
        assert_eq!(parse_money("£ 1 250", most), Err(InputError::NotANumber));
        assert_eq!(parse_hours("1 6", 0, 100), Err(InputError::NotANumber));
        assert_eq!(parse_whole("1 6", 0, 100), Err(InputError::NotANumber));
    }

    #[test]
    fn money_turns_away_what_it_cannot_read() {
        let most = Money::pounds(100_000);
        assert_eq!(parse_money("", most), Err(InputError::Missing));
        assert_eq!(
            parse_money("six hundred", most),
            Err(InputError::NotANumber)
        );
        assert_eq!(parse_money("1.2.3", most), Err(InputError::NotANumber));
        assert_eq!(parse_money("650.555", most), Err(InputError::TooPrecise));
        // A full stop between thousands is not read as pence.
        assert_eq!(parse_money("12.500", most), Err(InputError::TooPrecise));
        assert_eq!(parse_money("1.250", most), Err(InputError::TooPrecise));
        assert_eq!(
            parse_money("99999999999999999999999999999999", most),
            Err(InputError::TooLarge)
        );
        assert_eq!(parse_money("-5", most), Err(InputError::TooSmall));
        assert_eq!(parse_money("100000.01", most), Err(InputError::TooLarge));
        assert_eq!(parse_money("1e5", most), Err(InputError::NotANumber));
    }

    #[test]
    fn plain_decimals_read_as_rust_decimal_reads_them() {
        for text in [
            "0",
            "00",
            "650",
            "650.50",
            "0.5",
            ".5",
            "5.",
            "16.25",
            "16.250000000000000000000",
            "0000000000000000000000000016",
            "9223372036854775807",
            "1.000",
            "0.",
            ".0",
        ] {
            assert_eq!(plain_decimal(text), text.parse::<Decimal>().ok(), "{text}");
        }
        // Nothing that is not digits and one full stop.
        for text in [
            "", ".", "1.2.3", "-5", "+5", "1e5", "1_000", " 5", "5 ", "£5", "1,000",
        ] {
            assert_eq!(plain_decimal(text), None, "{text}");
        }
        // More digits than any answer: refused rather than rounded.
        assert_eq!(plain_decimal("99999999999999999999"), None);
        assert_eq!(plain_decimal("1.0000000000000000001"), None);
    }

    #[test]
    fn dates_as_people_type_them() {
        let (earliest, latest) = (Date::ymd(2026, 4, 6), Date::ymd(2027, 4, 5));
        let first_of_february = Ok(Date::ymd(2027, 2, 1));
        for text in [
            "1 2 2027",
            "01/02/2027",
            "1-2-2027",
            " 1 February 2027 ",
            "1 feb 2027",
            "1 Feb, 2027",
            "2027-02-01",
            "1.2.2027",
        ] {
            assert_eq!(
                parse_date(text, earliest, latest),
                first_of_february,
                "{text}"
            );
        }
        assert_eq!(parse_date("", earliest, latest), Err(InputError::Missing));
        for text in [
            "1 2",
            "1 2 27",
            "31 2 2027",
            "1 Febr 2027",
            "tomorrow",
            "1 2 2027 3",
        ] {
            assert_eq!(
                parse_date(text, earliest, latest),
                Err(InputError::NotANumber),
                "{text}"
            );
        }
        assert_eq!(
            parse_date("5 4 2026", earliest, latest),
            Err(InputError::TooSmall)
        );
        assert_eq!(
            parse_date("6 4 2027", earliest, latest),
            Err(InputError::TooLarge)
        );
    }

    #[test]
    fn whole_numbers_and_hours() {
        assert_eq!(parse_whole("34", 16, 66), Ok(34));
        assert_eq!(parse_whole("15", 16, 66), Err(InputError::TooSmall));
        assert_eq!(parse_whole("67", 16, 66), Err(InputError::TooLarge));
        assert_eq!(parse_whole("3.5", 0, 10), Err(InputError::NotANumber));
        assert_eq!(parse_whole("", 0, 10), Err(InputError::Missing));
        assert_eq!(parse_whole("-1", 0, 10), Err(InputError::TooSmall));
        assert_eq!(
            parse_hours("16.5", 0, 100),
            Ok("16.5".parse().expect("decimal"))
        );
        assert_eq!(parse_hours("101", 0, 100), Err(InputError::TooLarge));
        assert_eq!(parse_hours("16.125", 0, 100), Err(InputError::TooPrecise));
        // The question asks for quarter hours.
        assert_eq!(parse_hours("16.33", 0, 100), Err(InputError::TooPrecise));
        assert_eq!(
            parse_hours("16.75", 0, 100),
            Ok("16.75".parse().expect("decimal"))
        );
        // "09" and "+9" are nine.
        assert_eq!(parse_whole("09", 0, 19), Ok(9));
        assert_eq!(parse_whole("+9", 0, 19), Ok(9));
        assert_eq!(parse_hours("sixteen", 0, 100), Err(InputError::NotANumber));
    }
}
