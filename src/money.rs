//! Money and rates, held exactly as decimals. Never a float.
//!
//! Every rounding function is named after the rule it follows, and is called only
//! where a regulation (or, where none applies, a stated practice) says to round.

use core::fmt;
use core::iter::Sum;
use core::ops::{Add, AddAssign, Mul, Neg, Sub, SubAssign};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize, Serializer};

/// An amount of money in pounds, held exactly.
///
/// Reads from JSON as a number (`650.5`) or a string (`"650.50"`), exactly and with
/// at most 2 decimal places (`exact_number`); writes as a string with two decimal
/// places (`"650.50"`), so no reader turns it into a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        crate::exact_number::money(deserializer).map(Money)
    }
}

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Pounds and pence, for figures written in the rules: `Money::gbp(424, 90)` is £424.90.
    pub const fn gbp(pounds: u32, pence: u32) -> Money {
        Money(Decimal::from_parts(pounds * 100 + pence, 0, 0, false, 2))
    }

    /// Whole pounds: `Money::pounds(16_000)` is £16,000.
    pub const fn pounds(pounds: u32) -> Money {
        Money::gbp(pounds, 0)
    }

    pub const fn from_decimal(value: Decimal) -> Money {
        Money(value)
    }

    pub const fn decimal(self) -> Decimal {
        self.0
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn is_positive(self) -> bool {
        self.0.is_sign_positive() && !self.0.is_zero()
    }

    /// The amount without its sign.
    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// The larger of this amount and nil: an award or an excess is never negative.
    pub fn at_least_zero(self) -> Money {
        self.max(Money::ZERO)
    }

    /// How many decimal places the amount was written with (for input checks).
    pub fn decimal_places(self) -> u32 {
        self.0.normalize().scale()
    }

    /// Multiplies by `numerator / denominator` exactly (the division is the last step,
    /// so `× 52 / 12` loses nothing before rounding).
    pub fn times_fraction(self, numerator: u32, denominator: u32) -> Money {
        Money(self.0 * Decimal::from(numerator) / Decimal::from(denominator))
    }

    /// `times_fraction(numerator, denominator).round_to_nearest_penny()`, worked out
    /// in whole numbers: the same amount (a test compares them), without the 28-place
    /// quotient. (The exact quotient is never within a 28th decimal place of a
    /// half penny unless it is one, so both round the same way.)
    pub fn times_fraction_to_nearest_penny(self, numerator: u32, denominator: u32) -> Money {
        let digits = self.0.mantissa();
        let scale = self.0.scale();
        let (top, bottom) = if scale <= 2 {
            (
                digits * 10_i128.pow(2 - scale) * i128::from(numerator),
                i128::from(denominator),
            )
        } else {
            (
                digits * i128::from(numerator),
                i128::from(denominator) * 10_i128.pow(scale - 2),
            )
        };
        if bottom == 0 {
            return self.times_fraction(numerator, denominator);
        }
        let (whole, fraction) = (top.abs() / bottom, top.abs() % bottom);
        let magnitude = whole + i128::from(fraction * 2 >= bottom);
        let pence = if top < 0 { -magnitude } else { magnitude };
        Decimal::try_from_i128_with_scale(pence, 2).map_or_else(
            |_| {
                self.times_fraction(numerator, denominator)
                    .round_to_nearest_penny()
            },
            Money,
        )
    }

    pub fn times(self, factor: Decimal) -> Money {
        Money(self.0 * factor)
    }

    /// UC Regs 2013 reg 6(1): "a fraction of a penny ... is to be disregarded if it is
    /// less than half a penny and otherwise it is to be treated as a penny".
    /// Also used where pay and other amounts are rounded to the nearest penny.
    pub fn round_to_nearest_penny(self) -> Money {
        Money(round_places(self.0, 2, Away::FromHalf))
    }

    /// Drops any fraction of a penny (HMRC rounds tax in the taxpayer's favour, and
    /// exact-percentage NI drops half a penny or less: see the callers).
    pub fn round_down_to_penny(self) -> Money {
        Money(round_places(self.0, 2, Away::Never))
    }

    /// Any fraction of a penny counts as a penny: for showing how far over a limit an
    /// amount is, so a fraction over never reads as at the limit.
    pub fn round_up_to_penny(self) -> Money {
        Money(round_places(self.0, 2, Away::AnyFraction))
    }

    /// A fraction of a penny of half a penny or less is dropped; more than half counts
    /// as a penny. HMRC's rule for employee Class 1 NI under the exact percentage method.
    pub fn round_half_penny_down(self) -> Money {
        Money(round_places(self.0, 2, Away::OverHalf))
    }

    /// Drops pence: "rounded down to the nearest pound" (UC Regs 2013 reg 6(1A)).
    pub fn round_down_to_pound(self) -> Money {
        Money(round_places(self.0, 0, Away::Never))
    }

    /// Any fraction of a pound counts as a whole pound.
    pub fn round_up_to_pound(self) -> Money {
        Money(round_places(self.0, 0, Away::AnyFraction))
    }

    /// Rounds up to the next 50p (ESA Regs permitted work limit; kept for later rules).
    pub fn round_up_to_50p(self) -> Money {
        let halves =
            (self.0 * Decimal::TWO).round_dp_with_strategy(0, RoundingStrategy::AwayFromZero);
        Money(halves / Decimal::TWO)
    }

    /// How many whole `step`s fit in this amount, counting any part of a step as a
    /// whole one (UC Regs 2013 reg 72(1): "for any excess which is not a complete £250").
    pub fn steps_or_part(self, step: Money) -> Decimal {
        if step.is_zero() || !self.is_positive() {
            return Decimal::ZERO;
        }
        (self.0 / step.0).round_dp_with_strategy(0, RoundingStrategy::AwayFromZero)
    }

    /// The amount with exactly two decimal places, for display and JSON.
    pub fn to_pounds_and_pence(self) -> String {
        let mut value = self.round_to_nearest_penny().0;
        value.rescale(2);
        value.to_string()
    }
}

/// When rounding moves an amount away from zero to the next step: the fraction below
/// the last place kept decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Away {
    /// Never: the fraction is dropped.
    Never,
    /// For any fraction at all.
    AnyFraction,
    /// For half a step or more.
    FromHalf,
    /// For more than half a step.
    OverHalf,
}

/// `value` rounded to `places` decimal places, in one integer division of its digits.
/// The same result as `Decimal::round_dp_with_strategy` with the matching strategy
/// (a test compares them), which divides by ten once for each place dropped: a
/// quotient such as × 52 / 12 has 28 places, and rounding was a fifth of the engine's
/// time.
fn round_places(value: Decimal, places: u32, away: Away) -> Decimal {
    let scale = value.scale();
    if scale <= places {
        return value;
    }
    let digits = value.mantissa();
    let step = 10_i128.pow(scale - places);
    let (whole, fraction) = (digits.abs() / step, digits.abs() % step);
    let up = match away {
        Away::Never => false,
        Away::AnyFraction => fraction > 0,
        Away::FromHalf => fraction * 2 >= step,
        Away::OverHalf => fraction * 2 > step,
    };
    let magnitude = whole + i128::from(up);
    let signed = if digits < 0 { -magnitude } else { magnitude };
    // The magnitude has fewer digits than the value's own, so it always fits.
    Decimal::try_from_i128_with_scale(signed, places).unwrap_or(value)
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_pounds_and_pence())
    }
}

/// `£424.90`, `-£3.10`: for messages and the calc example. The UI has its own format.
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_negative() {
            write!(f, "-£{}", (-*self).to_pounds_and_pence())
        } else {
            write!(f, "£{}", self.to_pounds_and_pence())
        }
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        self.0 -= rhs.0;
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

/// A rate such as a taper or a tax rate, held exactly: `Rate::percent(55)` is 55%.
/// Writes as `"55%"` and reads the same form back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Rate(Decimal);

impl Rate {
    pub const ZERO: Rate = Rate(Decimal::ZERO);

    /// A whole percentage: `Rate::percent(8)` is 8%.
    pub const fn percent(percent: u32) -> Rate {
        Rate(Decimal::from_parts(percent, 0, 0, false, 2))
    }

    /// A percentage given as a decimal number of percent (for example 5.5 for 5.5%).
    pub fn from_percent(percent: Decimal) -> Rate {
        Rate(percent / Decimal::ONE_HUNDRED)
    }

    /// The rate as a fraction (55% is 0.55).
    pub const fn fraction(self) -> Decimal {
        self.0
    }

    /// The rate in percent (0.55 is 55).
    pub fn as_percent(self) -> Decimal {
        (self.0 * Decimal::ONE_HUNDRED).normalize()
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{}%", self.as_percent()))
    }
}

impl<'de> Deserialize<'de> for Rate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Rate, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.strip_suffix('%')
            .and_then(|percent| percent.parse::<Decimal>().ok())
            .map(Rate::from_percent)
            .ok_or_else(|| serde::de::Error::custom("expected a percentage such as \"55%\""))
    }
}

impl Mul<Rate> for Money {
    type Output = Money;
    fn mul(self, rate: Rate) -> Money {
        Money(self.0 * rate.0)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_fraction_of_a_penny_over_rounds_up() {
        let pounds = |text: &str| Money(text.parse().expect("a decimal"));
        assert_eq!(pounds("20.0008").round_up_to_penny(), pounds("20.01"));
        assert_eq!(pounds("20.005").round_up_to_penny(), pounds("20.01"));
        assert_eq!(pounds("20.00").round_up_to_penny(), pounds("20.00"));
    }

    use super::*;

    fn m(text: &str) -> Money {
        Money(text.parse().expect("a test literal"))
    }

    #[test]
    fn reg_6_rounds_half_a_penny_up_and_less_than_half_down() {
        assert_eq!(m("67.895").round_to_nearest_penny(), m("67.90"));
        assert_eq!(m("67.8949").round_to_nearest_penny(), m("67.89"));
        assert_eq!(m("-67.895").round_to_nearest_penny(), m("-67.90"));
    }

    #[test]
    fn ni_rounding_drops_exactly_half_a_penny() {
        assert_eq!(m("4.645").round_half_penny_down(), m("4.64"));
        assert_eq!(m("4.6451").round_half_penny_down(), m("4.65"));
        assert_eq!(m("-4.645").round_half_penny_down(), m("-4.64"));
    }

    #[test]
    fn rounding_down_drops_every_fraction() {
        assert_eq!(m("881.2266").round_down_to_pound(), m("881"));
        assert_eq!(m("12.999").round_down_to_penny(), m("12.99"));
        assert_eq!(m("-12.999").round_down_to_penny(), m("-12.99"));
    }

    #[test]
    fn rounding_up_to_50p_and_pound() {
        assert_eq!(m("203.36").round_up_to_50p(), m("203.50"));
        assert_eq!(m("203.50").round_up_to_50p(), m("203.50"));
        assert_eq!(m("203.51").round_up_to_50p(), m("204"));
        assert_eq!(m("10.01").round_up_to_pound(), m("11"));
    }

    #[test]
    fn part_of_a_step_counts_as_a_whole_step() {
        assert_eq!(
            m("2130").steps_or_part(Money::pounds(250)),
            Decimal::from(9)
        );
        assert_eq!(
            m("2250").steps_or_part(Money::pounds(250)),
            Decimal::from(9)
        );
        assert_eq!(m("0.01").steps_or_part(Money::pounds(250)), Decimal::ONE);
        assert_eq!(m("0").steps_or_part(Money::pounds(250)), Decimal::ZERO);
        assert_eq!(m("-5").steps_or_part(Money::pounds(250)), Decimal::ZERO);
    }

    #[test]
    fn const_constructors_and_display() {
        assert_eq!(Money::gbp(424, 90), m("424.90"));
        assert_eq!(Money::gbp(424, 90).to_string(), "£424.90");
        assert_eq!(Money::pounds(16_000).to_string(), "£16000.00");
        assert_eq!((-Money::gbp(3, 1)).to_string(), "-£3.01");
        assert_eq!(
            Rate::percent(55).fraction(),
            "0.55".parse::<Decimal>().unwrap()
        );
        assert_eq!(m("100") * Rate::percent(55), m("55"));
    }
}
