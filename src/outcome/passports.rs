//! Help that comes with Universal Credit ("passported" help): free prescriptions,
//! free school meals, Healthy Start, the Warm Home Discount. Each is worth money,
//! and each is lost at its own point when pay rises: a cliff edge.

use serde::Serialize;

use crate::money::Money;
use crate::source::Source;

use super::{Income, Reason};
use crate::country::Country;

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

/// Help that comes with benefits where the household lives, but that is not counted
/// here: free for everyone there, or rules not worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "help")]
pub enum HelpNotCounted {
    /// Prescriptions are free for everyone in Wales, Scotland and Northern Ireland.
    PrescriptionsFreeForEveryone { country: Country },
    /// Free school meals in Wales or Scotland: their own rules, not worked out.
    SchoolMealsNotWorkedOut { country: Country },
    /// Scotland's Best Start Foods (instead of Healthy Start): not worked out.
    BestStartFoodsNotWorkedOut,
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

    /// Whether the help is kept in this situation, and the headroom or the limit it
    /// went over.
    pub fn status(&self) -> Reason {
        match (self.test, self.qualifies()) {
            (PassportTest::TakeHomePay { limit, take_home }, true) => {
                Reason::HelpKeptUnderPayLimit {
                    limit,
                    headroom: limit - take_home,
                }
            }
            (PassportTest::TakeHomePay { limit, take_home }, false) if self.on_universal_credit => {
                Reason::HelpLostOverPayLimit { limit, take_home }
            }
            (PassportTest::UniversalCredit, true) => Reason::HelpKeptWithUniversalCredit,
            (PassportTest::TakeHomePay { .. } | PassportTest::UniversalCredit, false) => {
                Reason::HelpStopsWithUniversalCredit
            }
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
