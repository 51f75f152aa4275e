//! The employee's workplace pension contribution, and how much of it leaves pay.
//!
//! Law: Pensions Act 2008 ss.3, 13 and 20 (automatic enrolment of jobholders aged 22
//! to State Pension age earning more than the earnings trigger; minimum contributions
//! on qualifying earnings); Finance Act 2004 s.192 (relief at source).
//! https://www.legislation.gov.uk/ukpga/2008/30/section/3
//! Not modelled: salary sacrifice; the basic rate band extension for higher rate
//! taxpayers under relief at source; opting in below the trigger with the minimum.

use crate::money::{Money, Rate};
use crate::period::Frequency;
use crate::rules::{PensionThresholds, WorkplacePension};
use crate::work::{PensionContribution, PensionScheme};

/// One pay period's pension contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Contribution {
    /// The whole contribution including basic rate tax relief: the "relievable
    /// pension contribution" that UC deducts from earnings (UC Regs 2013 reg 55(5)(a)).
    pub gross: Money,
    /// What is taken from the employee's pay. Under relief at source this is the
    /// gross contribution less 20% basic rate relief, which the scheme claims back.
    pub from_pay: Money,
    /// Whether automatic enrolment applies at this pay (the earnings trigger is passed).
    pub auto_enrolled: bool,
}

/// The contribution for one pay period of `gross_pay`.
pub fn contribution(
    gross_pay: Money,
    paid: Frequency,
    age: u8,
    choice: PensionContribution,
    scheme: PensionScheme,
    rules: &WorkplacePension,
) -> Contribution {
    let thresholds = thresholds_for(paid, rules);
    let auto_enrolled = is_eligible_jobholder(gross_pay, age, &thresholds, rules);
    let gross = match choice {
        PensionContribution::None => Money::ZERO,
        PensionContribution::AutoEnrolmentMinimum if auto_enrolled => {
            qualifying_earnings(gross_pay, &thresholds) * rules.employee_minimum_rate.value
        }
        PensionContribution::AutoEnrolmentMinimum => Money::ZERO,
        PensionContribution::PercentOfQualifyingEarnings(percent) => {
            qualifying_earnings(gross_pay, &thresholds) * Rate::from_percent(percent)
        }
        PensionContribution::PercentOfPay(percent) => gross_pay * Rate::from_percent(percent),
    }
    // Scheme practice: contributions are whole pence.
    .round_to_nearest_penny();
    let from_pay = match scheme {
        PensionScheme::NetPay => gross,
        PensionScheme::ReliefAtSource => {
            // Finance Act 2004 s.192(1): the member pays the contribution "after
            // deduction of ... the basic rate".
            (gross - gross * rules.basic_rate_relief.value).round_to_nearest_penny()
        }
    };
    Contribution {
        gross,
        from_pay,
        auto_enrolled,
    }
}

/// The contribution when the payroll can take at most `left` from pay: the part from
/// pay is cut to `left`, and the whole contribution with it (under relief at source
/// the scheme adds basic rate relief to what is paid: Finance Act 2004 s.192).
pub fn no_more_than(
    contribution: Contribution,
    left: Money,
    rules: &WorkplacePension,
) -> Contribution {
    if contribution.from_pay <= left {
        return contribution;
    }
    let gross = if contribution.gross == contribution.from_pay {
        left
    } else {
        // from pay = gross × (1 − basic rate), so gross = from pay / (1 − basic rate).
        let kept = Money::pounds(1) - Money::pounds(1) * rules.basic_rate_relief.value;
        if kept.is_positive() {
            Money::from_decimal(left.decimal() / kept.decimal()).round_to_nearest_penny()
        } else {
            left
        }
    };
    Contribution {
        gross,
        from_pay: left,
        auto_enrolled: contribution.auto_enrolled,
    }
}

/// Pensions Act 2008 s.3(1): a jobholder "aged at least 22" and under State Pension
/// age, paid earnings "of more than the earnings trigger" in the pay reference period.
pub fn is_eligible_jobholder(
    gross_pay: Money,
    age: u8,
    thresholds: &PensionThresholds,
    rules: &WorkplacePension,
) -> bool {
    (rules.automatic_enrolment_minimum_age.value..=rules.automatic_enrolment_maximum_age.value)
        .contains(&age)
        && gross_pay > thresholds.earnings_trigger
}

/// Pensions Act 2008 s.13: pay between the lower and upper limits of the band.
pub fn qualifying_earnings(gross_pay: Money, thresholds: &PensionThresholds) -> Money {
    (gross_pay.min(thresholds.qualifying_earnings_upper_limit)
        - thresholds.qualifying_earnings_lower_limit)
        .at_least_zero()
}

/// The rounded thresholds for the pay reference period.
pub fn thresholds_for(paid: Frequency, rules: &WorkplacePension) -> PensionThresholds {
    match paid {
        Frequency::Weekly => rules.weekly.value,
        Frequency::Fortnightly => rules.fortnightly.value,
        Frequency::FourWeekly => rules.four_weekly.value,
        Frequency::Monthly => rules.monthly.value,
        Frequency::Yearly => rules.yearly.value,
    }
}
