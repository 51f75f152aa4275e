//! Help that comes with Universal Credit, in words: each kind the household could
//! have, what it is worth and how we value it, and whether the work keeps it (with
//! the headroom); and the help where it lives that is not counted.

use crate::outcome::{HelpNotCounted, PassportCheck};
use crate::rules::Rules;

use super::{fill, Words};

/// One kind of help, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpWords {
    pub name: String,
    /// "Worth £9.54 a month."
    pub worth: String,
    /// How we value it.
    pub valued: String,
    /// Kept or lost in this situation, and why.
    pub status: String,
}

impl Words<'_> {
    pub fn passported_help(&self, check: &PassportCheck, rules: &Rules) -> HelpWords {
        let who = crate::outcome::Who::Household;
        HelpWords {
            name: self.income_name(check.help, who),
            worth: fill(
                self.copy.results.passported_help.worth,
                &[("amount", self.money(check.worth_per_month))],
            ),
            valued: self.why_changes(check.help, who, rules),
            status: self.reason(&check.status()),
        }
    }

    pub fn help_not_counted(&self, help: HelpNotCounted) -> String {
        let words = &self.copy.results.passported_help;
        match help {
            HelpNotCounted::PrescriptionsFreeForEveryone { country } => match country {
                crate::country::Country::Wales => words.prescriptions_free_wales,
                crate::country::Country::Scotland => words.prescriptions_free_scotland,
                // England has no such note (prescriptions there are counted).
                crate::country::Country::NorthernIreland | crate::country::Country::England => {
                    words.prescriptions_free_northern_ireland
                }
            },
            HelpNotCounted::SchoolMealsNotWorkedOut { country } => match country {
                crate::country::Country::Scotland => words.school_meals_not_counted_scotland,
                crate::country::Country::NorthernIreland => {
                    words.school_meals_not_counted_northern_ireland
                }
                // England has no such note (its free school meals are counted).
                crate::country::Country::Wales | crate::country::Country::England => {
                    words.school_meals_not_counted_wales
                }
            },
            HelpNotCounted::BestStartFoodsNotWorkedOut => words.best_start_foods_not_counted,
        }
        .fill(&[])
    }
}
