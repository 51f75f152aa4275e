//! Amounts with their unit of time, and the conversions the law uses between them.
//!
//! The period lives in the type (`Weekly`, `Monthly`, `Yearly`), never in a name.
//! Each conversion names the rule it follows; conversions are exact, and callers
//! round where the law says (see `money.rs`).

use serde::{Deserialize, Serialize};

use crate::money::Money;

/// An amount for one week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Weekly(pub Money);

/// An amount for one calendar month (a UC assessment period is one month: WRA 2012 s.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Monthly(pub Money);

/// An amount for a year (a tax year, 6 April to 5 April).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Yearly(pub Money);

impl Weekly {
    /// UC Regs 2013 reg 73(1)(a) (unearned income) and Sch 4 para 7(1)(a) (rent):
    /// a weekly amount is turned into a monthly one by multiplying by 52 and
    /// dividing by 12. Unrounded: round at the call site (reg 6).
    pub fn to_uc_monthly(self) -> Monthly {
        Monthly(self.0.times_fraction(52, 12))
    }
}

impl Monthly {
    /// The weekly equivalent of a monthly amount (× 12 / 52), for showing a result
    /// per week. Unrounded.
    pub fn to_weekly_equivalent(self) -> Weekly {
        Weekly(self.0.times_fraction(12, 52))
    }
}

impl Yearly {
    /// A yearly amount for one month: divide by 12 (UC Regs 2013 reg 73(1)(d); the
    /// benefit cap amounts in reg 80A are yearly figures divided by 12). Unrounded.
    pub fn to_monthly(self) -> Monthly {
        Monthly(self.0.times_fraction(1, 12))
    }
}

/// How often an amount is paid: wages, rent, childcare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    Weekly,
    Fortnightly,
    FourWeekly,
    Monthly,
    Yearly,
}

impl Frequency {
    /// How many of these periods make a year, as payroll and the benefit rules count
    /// them (52 weeks, 26 fortnights, 13 four-week periods, 12 months).
    pub const fn periods_per_year(self) -> u32 {
        match self {
            Frequency::Weekly => 52,
            Frequency::Fortnightly => 26,
            Frequency::FourWeekly => 13,
            Frequency::Monthly => 12,
            Frequency::Yearly => 1,
        }
    }

    /// The monthly figure for an amount paid at this frequency: multiply by the
    /// number of periods in a year and divide by 12. This is UC Regs 2013 reg 73(1)
    /// for unearned income (weekly × 52 / 12, four-weekly × 13 / 12, yearly / 12) and
    /// Sch 4 para 7 for rent (two-weekly × 26 / 12). Unrounded.
    pub fn to_uc_monthly(self, amount: Money) -> Monthly {
        Monthly(amount.times_fraction(self.periods_per_year(), 12))
    }

    /// The yearly total of an amount paid at this frequency. Exact.
    pub fn to_yearly(self, amount: Money) -> Yearly {
        Yearly(amount.times_fraction(self.periods_per_year(), 1))
    }

    /// One period's share of a yearly amount. Unrounded.
    pub fn share_of_year(self, yearly: Yearly) -> Money {
        yearly.0.times_fraction(1, self.periods_per_year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Money {
        Money::from_decimal(text.parse().expect("a test literal"))
    }

    #[test]
    fn weekly_to_monthly_is_52_over_12() {
        // 16 hours at £12.71 = £203.36 a week; × 52 / 12 = £881.2266…, the figure
        // behind UC Regs 2013 reg 41(2) (rates reference: £881.23 for 2026/27).
        let monthly = Weekly(m("203.36")).to_uc_monthly().0;
        assert_eq!(monthly.round_to_nearest_penny(), m("881.23"));
    }

    #[test]
    fn every_frequency_round_trips_through_a_year() {
        for frequency in [
            Frequency::Weekly,
            Frequency::Fortnightly,
            Frequency::FourWeekly,
            Frequency::Monthly,
            Frequency::Yearly,
        ] {
            let yearly = frequency.to_yearly(m("100"));
            assert_eq!(frequency.share_of_year(yearly), m("100"));
        }
        assert_eq!(Frequency::FourWeekly.to_uc_monthly(m("1200")).0, m("1300"));
        assert_eq!(Frequency::Fortnightly.to_uc_monthly(m("600")).0, m("1300"));
        assert_eq!(Frequency::Yearly.to_uc_monthly(m("1200")).0, m("100"));
        assert_eq!(
            Yearly(m("16967")).to_monthly().0.round_to_nearest_penny(),
            m("1413.92")
        );
    }

    #[test]
    fn monthly_to_weekly_is_12_over_52() {
        assert_eq!(Monthly(m("520")).to_weekly_equivalent().0, m("120"));
    }
}
