//! Money and numbers as people read them: "£75", "£75.50", "£1,264.81", "16.5".

use rust_decimal::Decimal;

use crate::money::{Money, Rate};

/// "£75" for whole pounds, otherwise "£75.50"; thousands separated by commas;
/// "-£3.10" below nil.
pub fn pounds(amount: Money) -> String {
    let rounded = amount.round_to_nearest_penny();
    let sign = if rounded.is_negative() { "-" } else { "" };
    let text = if rounded.is_negative() {
        (-rounded).to_pounds_and_pence()
    } else {
        rounded.to_pounds_and_pence()
    };
    let (whole, pence) = text.split_once('.').unwrap_or((text.as_str(), "00"));
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if pence == "00" {
        format!("{sign}£{grouped}")
    } else {
        format!("{sign}£{grouped}.{pence}")
    }
}

/// Small amounts in pence ("80p"), anything from £1 as `pounds` ("£3.96").
pub fn pence_or_pounds(amount: Money) -> String {
    let rounded = amount.round_to_nearest_penny();
    if rounded.is_positive() && rounded < Money::pounds(1) {
        let pence = rounded.decimal() * rust_decimal::Decimal::ONE_HUNDRED;
        format!("{}p", pence.normalize())
    } else {
        pounds(rounded)
    }
}

/// Like `pounds`, but always with a sign: "+£12.50", "-£3", "£0".
pub fn change(amount: Money) -> String {
    if amount.is_positive() {
        format!("+{}", pounds(amount))
    } else {
        pounds(amount)
    }
}

/// Hours without trailing zeros: 16, 16.5.
pub fn hours(hours: Decimal) -> String {
    hours.normalize().to_string()
}

/// A rate as a percentage: "55%", "5.5%".
pub fn percent(rate: Rate) -> String {
    format!("{}%", rate.as_percent())
}

/// A rate as pence in the pound: 55% is "55p".
pub fn pence_per_pound(rate: Rate) -> String {
    format!("{}p", rate.as_percent())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_amounts_are_written_in_pence() {
        assert_eq!(pence_or_pounds(gbp("0.80")), "80p");
        assert_eq!(pence_or_pounds(gbp("0.05")), "5p");
        assert_eq!(pence_or_pounds(gbp("2")), "£2");
        assert_eq!(pence_or_pounds(gbp("3.96")), "£3.96");
    }

    fn gbp(text: &str) -> Money {
        Money::from_decimal(text.parse().expect("a test literal"))
    }

    #[test]
    fn money_reads_naturally() {
        assert_eq!(pounds(gbp("75")), "£75");
        assert_eq!(pounds(gbp("75.5")), "£75.50");
        assert_eq!(pounds(gbp("1264.81")), "£1,264.81");
        assert_eq!(pounds(gbp("1234567")), "£1,234,567");
        assert_eq!(pounds(gbp("-3.1")), "-£3.10");
        assert_eq!(pounds(gbp("0")), "£0");
        assert_eq!(change(gbp("12.5")), "+£12.50");
        assert_eq!(change(gbp("-12.5")), "-£12.50");
        assert_eq!(hours("16.50".parse().expect("decimal")), "16.5");
        assert_eq!(percent(Rate::percent(55)), "55%");
        assert_eq!(pence_per_pound(Rate::percent(55)), "55p");
    }
}
