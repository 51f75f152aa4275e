//! Plain words for advisers reading the outcome: why each line changes or stays the
//! same, a name for each scenario, and what the estimate assumes.
//!
//! The app has its own words (its message catalogue) keyed by `LineId`; these are
//! for the JSON outcome and the `calc` example.

use std::collections::BTreeSet;

use crate::money::Money;
use crate::outcome::{Change, Line, LineId, NotEntitled, PerWeekAndMonth, Snapshot, Who};
use crate::rules::Rules;
use crate::source::uc_regs_2013;

use super::Work;

pub const ASSUMPTIONS: &[&str] = &[
    "Figures are for tax year 2026/27 and are an estimate, not a decision by DWP or HMRC.",
    "Pay is the same every week or month; UC sees pay paid weekly, fortnightly or four-weekly as an average month (x 52 / 12), although some assessment periods hold an extra payday.",
    "Income tax is the year's tax on this pay shared equally over the pay periods, with no other income.",
    "The Local Housing Allowance limit and the social-sector size criteria are not yet applied to rent.",
    "New Style ESA, Carer's Allowance, Council Tax Reduction and other benefits are not yet included.",
];

/// Every income line in either snapshot, now against the scenario, with the reason.
pub fn changes(now: &Snapshot, then: &Snapshot, rules: &Rules) -> Vec<Change> {
    let keys: BTreeSet<(LineId, Who)> = now
        .income
        .iter()
        .chain(&then.income)
        .map(|line| (line.id, line.who))
        .collect();
    keys.into_iter()
        .filter_map(|(id, who)| {
            let before = now.income_line(id, who);
            let after = then.income_line(id, who);
            let line = after.or(before)?;
            let amount = |line: Option<&Line>| line.map_or(Money::ZERO, |line| line.per_month);
            let (now_amount, then_amount) = (amount(before), amount(after));
            Some(Change {
                id,
                who,
                label: line.label.clone(),
                now: PerWeekAndMonth::from_monthly(now_amount),
                with_scenario: PerWeekAndMonth::from_monthly(then_amount),
                difference: PerWeekAndMonth::from_monthly(then_amount - now_amount),
                why: why(id, now_amount, then_amount, now, then, rules),
                source: line.source,
            })
        })
        .collect()
}

fn why(
    id: LineId,
    now_amount: Money,
    then_amount: Money,
    now: &Snapshot,
    then: &Snapshot,
    rules: &Rules,
) -> String {
    match id {
        LineId::TakeHomePay if then_amount.is_zero() => {
            "No pay from work in this scenario.".to_owned()
        }
        LineId::TakeHomePay => {
            "Pay after income tax, National Insurance and pension contributions.".to_owned()
        }
        LineId::UniversalCredit => why_universal_credit(now_amount, then_amount, now, then, rules),
        LineId::PersonalIndependencePayment
        | LineId::AdultDisabilityPayment
        | LineId::DisabilityLivingAllowance
        | LineId::ChildDisabilityPayment => {
            "Does not change when you work: it is not means-tested and does not depend on earnings."
                .to_owned()
        }
        LineId::ChildBenefit => {
            "Does not change when you work (unless someone earns over £60,000 a year).".to_owned()
        }
        _ => String::new(),
    }
}

fn why_universal_credit(
    now_amount: Money,
    then_amount: Money,
    now: &Snapshot,
    then: &Snapshot,
    rules: &Rules,
) -> String {
    let uc = &then.universal_credit;
    if uc.not_entitled_because == Some(NotEntitled::CapitalOverUpperLimit) {
        return format!(
            "No Universal Credit: savings are over {} (UC Regs 2013 reg 18).",
            rules.universal_credit.capital_upper_limit.value
        );
    }
    let mut reasons = Vec::new();
    if then_amount == now_amount {
        reasons.push("Universal Credit stays the same.".to_owned());
    } else if uc.earned_income > now.universal_credit.earned_income {
        if uc.work_allowance.is_positive() {
            reasons.push(format!(
                "Universal Credit goes down by 55p for each £1 of earnings after tax, National Insurance and pension above your work allowance of {} a month ({}).",
                uc.work_allowance,
                uc_regs_2013::REG_22.cite
            ));
        } else {
            reasons.push(format!(
                "Universal Credit goes down by 55p for each £1 of earnings after tax, National Insurance and pension: there is no work allowance without children or a health condition that limits work ({}).",
                uc_regs_2013::REG_22.cite
            ));
        }
    }
    let capped_now = now.universal_credit.benefit_cap.reduction.is_positive();
    let capped_then = uc.benefit_cap.reduction.is_positive();
    if capped_now && !capped_then {
        reasons.push(match &uc.benefit_cap.exempt_because {
            Some(reason) => format!("The benefit cap no longer applies: {reason}."),
            None => "The benefit cap no longer reduces Universal Credit.".to_owned(),
        });
    } else if capped_then {
        reasons.push(format!(
            "The benefit cap takes {} a month off Universal Credit ({}).",
            uc.benefit_cap.reduction,
            uc_regs_2013::REG_81.cite
        ));
    }
    if then
        .thresholds_reached
        .contains(&crate::outcome::Threshold::ChildcareWorkCondition)
        && !now
            .thresholds_reached
            .contains(&crate::outcome::Threshold::ChildcareWorkCondition)
    {
        reasons.push(format!(
            "Working means UC can pay 85% of childcare costs ({}).",
            uc_regs_2013::REG_32.cite
        ));
    }
    if uc.not_entitled_because == Some(NotEntitled::IncomeTooHigh) {
        reasons.push("Income is high enough that no Universal Credit is left.".to_owned());
    }
    reasons.join(" ")
}

/// A name for a scenario made from its work: "You: 16 hours a week at £12.71 an hour".
pub fn describe(work: Work<'_>) -> String {
    let job = |name: &str, job: Option<&crate::scenario::Job>| {
        job.map(
            |job| match (job.is_working(), job.hourly_pay, job.annual_salary) {
                (false, _, _) => format!("{name}: not working"),
                (true, Some(hourly), _) => format!(
                    "{name}: {} hours a week at {hourly} an hour",
                    job.hours_per_week.normalize()
                ),
                (true, None, Some(salary)) => format!(
                    "{name}: {} hours a week, {salary} a year",
                    job.hours_per_week.normalize()
                ),
                (true, None, None) => {
                    format!("{name}: {} hours a week", job.hours_per_week.normalize())
                }
            },
        )
    };
    let parts: Vec<String> = [job("You", work.you), job("Partner", work.partner)]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        "No paid work".to_owned()
    } else {
        parts.join("; ")
    }
}
