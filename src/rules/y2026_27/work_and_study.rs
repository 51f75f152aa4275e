//! Self-employment and study for 2026/27 (rates reference §4, section 1 rows for the
//! minimum income floor and the student income disregard, R5).

use crate::money::Rate;
use crate::rules::{Cited, SelfEmploymentRules, StudyRules};
use crate::source::work_and_study as sources;

use super::{monthly, yearly};

pub const SELF_EMPLOYMENT: SelfEmploymentRules = SelfEmploymentRules {
    // Rates reference §4 [M]: Class 4 at 6% on profits from £12,570 to £50,270 and 2%
    // above, the same as 2025/26. Class 2 is no longer charged (voluntary only).
    class_4_lower_profits_limit: yearly(12_570, sources::CLASS_4),
    class_4_upper_profits_limit: yearly(50_270, sources::CLASS_4),
    class_4_main_rate: Cited::new(Rate::percent(6), sources::CLASS_4),
    class_4_additional_rate: Cited::new(Rate::percent(2), sources::CLASS_4),
    // Reg 88: "35 hours per week" (rates reference, conditionality earnings threshold).
    expected_hours: Cited::new(35, sources::EXPECTED_HOURS),
    // Reg 90(2)(a): "16 hours per week, in the case of a claimant who would otherwise
    // fall within section 20 ... or section 21" (read in the review, 2016 text).
    hours_with_some_requirements: Cited::new(16, sources::EXPECTED_HOURS),
};

pub const STUDY: StudyRules = StudyRules {
    // Reg 71 step 4: "Deduct £110" (rates reference section 1 [S]; the NI twin read
    // [O]; the GB step read only in CPAG and a DWP written answer).
    student_income_disregard: monthly(110, 0, sources::STUDENT_INCOME),
};
