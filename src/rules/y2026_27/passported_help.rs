//! Help that comes with Universal Credit for 2026/27: the pay limits and what each
//! kind of help is worth (rates reference §7 and R12, and the checks named beside
//! each figure).

use crate::money::Money;
use crate::rules::{
    Cited, FreeSchoolMeals, HealthyStart, NhsHealthCosts, PassportedHelp, WarmHomeDiscount,
};
use crate::source::passported_help as sources;

use super::weekly;

pub const PASSPORTED_HELP: PassportedHelp = PassportedHelp {
    nhs_health_costs: NhsHealthCosts {
        // NHSBSA (reference §7 [O]; read again 2026-12-08): "£435 or less, or £935 or
        // less if your Universal Credit includes a payment for a child, or you have a
        // limited capability for work or limited capability for work and work
        // related activity", joint for a couple.
        take_home_limit: Cited::new(
            Money::pounds(435),
            sources::NHS_HEALTH_COSTS_ON_UNIVERSAL_CREDIT,
        ),
        take_home_limit_higher: Cited::new(
            Money::pounds(935),
            sources::NHS_HEALTH_COSTS_ON_UNIVERSAL_CREDIT,
        ),
        // HCWS1091: "three-month PPCs staying at £32.05, 12-month PPCs at £114.50"
        // for 2026/27 (read on a verbatim copy of the statement).
        prepayment_certificate_12_months: Cited::new(
            Money::gbp(114, 50),
            sources::PRESCRIPTION_CHARGES_2026_27,
        ),
    },
    free_school_meals: FreeSchoolMeals {
        // UNCLEAR: £2.66 a meal from September 2026 is reported by the sector press
        // (FE Week, 11 March 2026, quoting DfE); the 2026/27 conditions of grant were
        // not read. The last rate read on gov.uk is £2.58 (2024/25).
        meal_value: Cited::new(Money::gbp(2, 66), sources::SCHOOL_MEAL_FUNDING),
        // Conditions of grant 2024/25: "pupils will take 190 school meals over an
        // academic year".
        school_days_a_year: Cited::new(190, sources::SCHOOL_MEAL_FUNDING),
        // Universal infant free school meals cover reception to year 2; from year 3
        // (age 7) free meals come with UC.
        from_age: Cited::new(7, sources::FREE_SCHOOL_MEALS_ON_UNIVERSAL_CREDIT),
    },
    healthy_start: HealthyStart {
        // Reference §7 [S]: £408 a month take-home pay from employment.
        take_home_limit: Cited::new(Money::pounds(408), sources::HEALTHY_START),
        // UNCLEAR: reference §7 [S] has £8.50 and £4.25 a week with "no change
        // found" for 2026/27; one secondary source reports a rise from April 2026
        // (£4.65 a week), not found on an official page.
        weekly_under_one: weekly(8, 50, sources::HEALTHY_START),
        weekly_one_to_four: weekly(4, 25, sources::HEALTHY_START),
        child_under_age: Cited::new(4, sources::HEALTHY_START),
    },
    warm_home_discount: WarmHomeDiscount {
        // Reference §7: £150 a winter, extended to 2030/31 (gov.uk, January 2026).
        per_winter: Cited::new(Money::pounds(150), sources::WARM_HOME_DISCOUNT),
    },
};
