//! Help that comes with Universal Credit ("passported" help): free prescriptions,
//! free school meals, Healthy Start, the Warm Home Discount. Each is worth money,
//! and each is lost at its own point when pay rises: a cliff edge.

use serde::Serialize;

use crate::money::Money;
use crate::source::Source;

use super::Income;

/// The test a kind of passported help makes of the household.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "test")]
pub enum PassportTest {
    /// Any Universal Credit above nil.
    UniversalCredit,
    /// Universal Credit above nil, and the household's take-home pay in the
    /// assessment period (both partners, after tax, National Insurance and pension
    /// contributions) at or under `limit`.
    TakeHomePay { limit: Money, take_home: Money },
}

/// One kind of passported help for this household, whether it has it or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PassportCheck {
    /// Which help: its income line when the household has it.
    pub help: Income,
    /// What it is worth a month (the value counted), for this household.
    pub worth_per_month: Money,
    /// Universal Credit above nil in this situation.
    pub on_universal_credit: bool,
    pub test: PassportTest,
    /// Who gives it, and on what terms.
    pub source: Source,
}

impl PassportCheck {
    /// The household has this help in this situation.
    pub fn qualifies(&self) -> bool {
        self.on_universal_credit
            && match self.test {
                PassportTest::UniversalCredit => true,
                PassportTest::TakeHomePay { limit, take_home } => take_home <= limit,
            }
    }

    /// How much more take-home pay a month keeps the help (while some Universal
    /// Credit is left); `None` for help not tested on pay, or not had.
    pub fn headroom(&self) -> Option<Money> {
        match self.test {
            PassportTest::TakeHomePay { limit, take_home } if self.qualifies() => {
                Some(limit - take_home)
            }
            PassportTest::TakeHomePay { .. } | PassportTest::UniversalCredit => None,
        }
    }
}
