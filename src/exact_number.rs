//! Numbers read exactly from their text, never through a floating-point number.
//!
//! Money, hours and percentages are written in the situation file as a number
//! (`650.50`) or a string (`"650.50"`), with at most 2 decimal places. A float would
//! read `650.0000000000000001` as 650 and `1e-30` as 0; this reads the digits as
//! written and refuses what is not a plain amount. (The `calc` reader turns on
//! serde_json's `arbitrary_precision`, which hands a number over as its text: the map
//! with the one key `NUMBER_TOKEN` below.)

use core::fmt;

use rust_decimal::Decimal;
use serde::de::{self, MapAccess, Visitor};
use serde::Deserializer;

/// The most decimal places a number in the situation file may have.
pub const MOST_DECIMAL_PLACES: usize = 2;

/// How serde_json's `arbitrary_precision` feature passes a number's text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// Reads a number from its text: digits, with an optional minus sign and up to
/// `MOST_DECIMAL_PLACES` decimal places. No exponent, no spaces, no plus sign.
/// `example` is how such a number is written, for the message: "650.50".
pub fn parse(text: &str, example: &str) -> Result<Decimal, String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, places) = match digits.split_once('.') {
        Some((whole, places)) => (whole, Some(places)),
        None => (digits, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if text.contains(['e', 'E']) && all_digits(&text.replace(['e', 'E', '.', '-', '+'], "")) {
        return Err(format!(
            "must be written without an exponent, like {example}"
        ));
    }
    if !all_digits(whole) || !places.is_none_or(all_digits) {
        return Err(format!("must be a number like {example}, not {text:?}"));
    }
    if places.is_some_and(|places| places.len() > MOST_DECIMAL_PLACES) {
        return Err(format!(
            "must have no more than {MOST_DECIMAL_PLACES} decimal places"
        ));
    }
    text.parse::<Decimal>()
        .map_err(|_| "is too large".to_owned())
}

/// An amount of money, for `Money`'s reader.
pub fn money<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(ExactNumber { example: "650.50" })
}

/// Hours a week: `#[serde(deserialize_with = "crate::exact_number::hours")]`.
pub fn hours<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(ExactNumber { example: "16.5" })
}

/// A percentage: `#[serde(deserialize_with = "crate::exact_number::percent")]`.
pub fn percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_any(ExactNumber { example: "5" })
}

/// Reads a number exactly; `example` shows how one is written.
struct ExactNumber {
    example: &'static str,
}

impl<'de> Visitor<'de> for ExactNumber {
    type Value = Decimal;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "a number like {}", self.example)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    /// serde_json with `arbitrary_precision` hands over a float only when its shortest
    /// text is the text as written ("650.5"); any other number comes as its text
    /// (`visit_map`). The float's shortest text is read like any other.
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Decimal, E> {
        parse(&value.to_string(), self.example).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        parse(text, self.example).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        match map.next_key::<String>()? {
            Some(key) if key == NUMBER_TOKEN => {
                let text: String = map.next_value()?;
                parse(&text, self.example).map_err(de::Error::custom)
            }
            Some(_) | None => Err(de::Error::custom(format!(
                "must be a number like {}, not an object",
                self.example
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_money(text: &str) -> Result<Decimal, String> {
        parse(text, "650.50")
    }

    fn exact(text: &str) -> Decimal {
        text.parse().expect("a test literal")
    }

    #[test]
    fn plain_numbers_are_read_as_written() {
        assert_eq!(parse_money("650"), Ok(exact("650")));
        assert_eq!(parse_money("650.5"), Ok(exact("650.5")));
        assert_eq!(parse_money("650.50"), Ok(exact("650.50")));
        assert_eq!(parse_money("-5"), Ok(exact("-5")));
        assert_eq!(parse_money("0.01"), Ok(exact("0.01")));
    }

    #[test]
    fn what_a_float_would_change_is_refused() {
        assert_eq!(
            parse_money("650.0000000000000001"),
            Err("must have no more than 2 decimal places".to_owned())
        );
        assert_eq!(
            parse_money("1e-30"),
            Err("must be written without an exponent, like 650.50".to_owned())
        );
        assert_eq!(
            parse_money("6.5E2"),
            Err("must be written without an exponent, like 650.50".to_owned())
        );
        assert!(parse_money("650.").is_err());
        assert!(parse_money(".5").is_err());
        assert!(parse_money("+5").is_err());
        assert!(parse_money(" 5").is_err());
        assert!(parse_money("1,250").is_err());
        assert_eq!(
            parse_money("99999999999999999999999999999999"),
            Err("is too large".to_owned())
        );
    }
}
