//! Why each income line changes or stays the same from now to a scenario, and what
//! every estimate assumes: as typed reasons with the figures they need. The words are
//! in the catalogue (`copy/`), put together by `describe.rs`.
//!
//! Law: none of its own; each reason names the rule it reports (UC Regs 2013 regs 18,
//! 22, 32, 81 to 83: https://www.legislation.gov.uk/uksi/2013/376/regulation/22).

use crate::money::Money;
use crate::outcome::{
    Assumption, Change, EarningsLimitCheck, Income, IncomeLine, MinimumIncomeFloor, NotEntitled,
    PassportCheck, PerWeekAndMonth, Reason, Snapshot, Threshold, Who,
};
use crate::rules::Rules;

/// What every estimate assumes or leaves out today.
pub const ASSUMPTIONS: &[Assumption] = &[
    Assumption::RulesForTaxYear,
    Assumption::SteadyPayUsualMonth,
    Assumption::IncomeTaxSharedOverTheYear,
    Assumption::OtherBenefitsNotIncluded,
    Assumption::TaxOnBenefitsThroughPay,
];

/// Every income line in either snapshot, now against the scenario, with the reasons.
pub fn changes(now: &Snapshot, then: &Snapshot, rules: &Rules) -> Vec<Change> {
    // In the order of the kinds of income, each once: each put in its place as it
    // comes (a handful of lines; a sort would bring its own code to the download).
    let mut keys: Vec<(Income, Who)> = Vec::new();
    for line in now.income.iter().chain(&then.income) {
        let key = (line.kind, line.who);
        if let Err(at) = keys.binary_search(&key) {
            keys.insert(at, key);
        }
    }
    keys.into_iter()
        .filter_map(|(income, who)| {
            let before = now.income_line(income, who);
            let after = then.income_line(income, who);
            let line = after.or(before)?;
            let amount =
                |line: Option<&IncomeLine>| line.map_or(Money::ZERO, |line| line.per_month);
            let (now_amount, then_amount) = (amount(before), amount(after));
            Some(Change {
                income,
                who,
                now: PerWeekAndMonth::from_monthly(now_amount),
                with_scenario: PerWeekAndMonth::from_monthly(then_amount),
                difference: PerWeekAndMonth::from_monthly(then_amount - now_amount),
                why: why(income, who, now_amount, then_amount, now, then, rules),
                source: line.source,
            })
        })
        .collect()
}

fn why(
    income: Income,
    who: Who,
    now_amount: Money,
    then_amount: Money,
    now: &Snapshot,
    then: &Snapshot,
    rules: &Rules,
) -> Vec<Reason> {
    match income {
        Income::TakeHomePay if then_amount.is_zero() => vec![Reason::NoPay],
        Income::TakeHomePay => vec![Reason::PayAfterDeductions],
        Income::UniversalCredit => why_universal_credit(now_amount, then_amount, now, then, rules),
        Income::PersonalIndependencePayment
        | Income::AdultDisabilityPayment
        | Income::DisabilityLivingAllowance
        | Income::ChildDisabilityPayment => vec![Reason::NotMeansTested],
        Income::ChildBenefit => vec![Reason::ChildBenefitNotAffectedByWork],
        Income::NewStyleEsa | Income::NewStyleJsa => why_earnings_tested(income, who, then, rules),
        Income::CarersAllowance | Income::CarerSupportPayment => {
            let mut reasons = why_earnings_tested(income, who, then, rules);
            let kept = earnings_check(income, who, then).is_none_or(|check| check.keeps_benefit);
            // Overlapping Benefits Regs 1979 reg 4: ESA or JSA paid to the carer
            // comes off the allowance.
            let overlapping = then.income.iter().any(|line| {
                line.who == who
                    && match line.kind {
                        Income::NewStyleEsa | Income::NewStyleJsa => true,
                        Income::TakeHomePay
                        | Income::UniversalCredit
                        | Income::CarersAllowance
                        | Income::CarerSupportPayment
                        | Income::ScottishCarerSupplement
                        | Income::Pension
                        | Income::PersonalIndependencePayment
                        | Income::AdultDisabilityPayment
                        | Income::DisabilityLivingAllowance
                        | Income::ChildDisabilityPayment
                        | Income::ChildBenefit
                        | Income::HighIncomeChildBenefitCharge
                        | Income::ScottishChildPayment
                        | Income::CouncilTaxReduction
                        | Income::HousingBenefit
                        | Income::SelfEmployment
                        | Income::StudentLoan
                        | Income::FreePrescriptions
                        | Income::FreeSchoolMeals
                        | Income::HealthyStart
                        | Income::WarmHomeDiscount => false,
                    }
            });
            if kept && overlapping {
                reasons.push(Reason::ReducedByOverlappingBenefit);
            }
            reasons
        }
        // Paid with Carer Support Payment: it follows the payment's earnings test.
        Income::ScottishCarerSupplement => {
            why_earnings_tested(Income::CarerSupportPayment, who, then, rules)
        }
        Income::Pension => vec![Reason::PensionNotAffectedByWork],
        Income::HighIncomeChildBenefitCharge => vec![why_child_benefit_charge(who, then, rules)],
        Income::ScottishChildPayment if then_amount.is_positive() => {
            vec![Reason::ScottishChildPaymentWhileOnUniversalCredit {
                child_under_age: rules.scottish_child_payment.child_under_age.value,
            }]
        }
        Income::ScottishChildPayment => vec![Reason::ScottishChildPaymentStopsWithUniversalCredit],
        Income::CouncilTaxReduction => why_council_tax_reduction(then),
        Income::FreePrescriptions
        | Income::FreeSchoolMeals
        | Income::HealthyStart
        | Income::WarmHomeDiscount => why_passported_help(income, then),
        Income::SelfEmployment => vec![Reason::SelfEmployedProfitAfterTax],
        Income::StudentLoan => vec![Reason::StudentLoanTwelfth],
        Income::HousingBenefit => match &then.housing_benefit {
            Some(check) if check.on_universal_credit => {
                vec![Reason::HousingBenefitWithUniversalCredit]
            }
            Some(check) => vec![Reason::HousingBenefitTapered { taper: check.taper }],
            None => Vec::new(),
        },
    }
}

/// Whether the household keeps help that comes with UC in the scenario, and the
/// headroom or the limit it went over.
fn why_passported_help(income: Income, then: &Snapshot) -> Vec<Reason> {
    then.passported_help
        .iter()
        .filter(|check| check.help == income)
        .map(PassportCheck::status)
        .collect()
}

/// How the scheme works out Council Tax Reduction, and why it is an estimate if it is.
fn why_council_tax_reduction(then: &Snapshot) -> Vec<Reason> {
    let Some(Ok(check)) = &then.council_tax_reduction else {
        return Vec::new();
    };
    let how = match check.applicable_amount {
        Some(_) => Reason::CouncilTaxReductionTapered {
            scheme: check.scheme,
            taper: check.rate,
        },
        None => Reason::CouncilTaxReductionBanded {
            share: check.rate,
            earnings: check.income,
        },
    };
    core::iter::once(how)
        .chain(
            check
                .estimate
                .iter()
                .map(|&estimate| Reason::CouncilTaxReductionEstimate { estimate }),
        )
        .collect()
}

/// The benefit's earnings test for `who` in a snapshot, if they work.
fn earnings_check(income: Income, who: Who, snapshot: &Snapshot) -> Option<EarningsLimitCheck> {
    snapshot
        .earnings_limits
        .iter()
        .find(|check| check.who == who && check.benefit == income)
        .copied()
}

/// Why a benefit with an earnings rule is what it is in the scenario: nobody's work
/// to test, within the rule, or over it.
fn why_earnings_tested(income: Income, who: Who, then: &Snapshot, rules: &Rules) -> Vec<Reason> {
    match earnings_check(income, who, then) {
        None => vec![Reason::NoEarningsToTest],
        Some(check) if !check.keeps_benefit => vec![Reason::StopsOverEarningsRule { check }],
        Some(check) => {
            let mut reasons = vec![Reason::WithinEarningsRule { check }];
            if income == Income::NewStyleJsa && check.counted_earnings.is_positive() {
                reasons.push(Reason::JsaEarningsDeducted {
                    disregard: rules.new_style_jsa.earnings_disregard.value.0,
                });
            }
            reasons
        }
    }
}

/// ITEPA 2003 s.681C: the charge on `who` in the scenario, or why there is none.
fn why_child_benefit_charge(who: Who, then: &Snapshot, rules: &Rules) -> Reason {
    let rules = &rules.high_income_child_benefit_charge;
    let threshold = rules.threshold.value.0;
    let income_per_percent = rules.income_per_percent.value;
    match then.high_income_child_benefit_charge {
        Some(charge) if charge.who == who && charge.charge_for_year.is_positive() => {
            Reason::HighIncomeChildBenefitCharge {
                percent: charge.percent,
                adjusted_net_income: charge.adjusted_net_income,
                threshold,
                income_per_percent,
            }
        }
        Some(_) | None => Reason::NoHighIncomeChildBenefitCharge {
            threshold,
            income_per_percent,
        },
    }
}

fn why_universal_credit(
    now_amount: Money,
    then_amount: Money,
    now: &Snapshot,
    then: &Snapshot,
    rules: &Rules,
) -> Vec<Reason> {
    let uc = &then.universal_credit;
    let taper = rules.universal_credit.earnings_taper.value;
    if uc.not_entitled_because == Some(NotEntitled::CapitalOverUpperLimit) {
        return vec![Reason::NoUniversalCreditCapitalOverLimit {
            limit: rules.universal_credit.capital_upper_limit.value,
        }];
    }
    if uc.not_entitled_because == Some(NotEntitled::FullTimeStudent) {
        return vec![Reason::FullTimeStudentNoUniversalCredit];
    }
    let mut reasons = Vec::new();
    if then_amount == now_amount {
        reasons.push(Reason::UniversalCreditUnchanged);
    } else if uc.earned_income > now.universal_credit.earned_income {
        // UC Regs 2013 reg 22: the taper, above any work allowance.
        reasons.push(if uc.work_allowance.is_positive() {
            Reason::EarningsTaperedAboveWorkAllowance {
                taper,
                work_allowance: uc.work_allowance,
            }
        } else {
            Reason::EarningsTaperedNoWorkAllowance { taper }
        });
    } else if uc.earned_income < now.universal_credit.earned_income {
        reasons.push(Reason::LowerEarningsLessTapered);
    }
    let capped_now = now.universal_credit.benefit_cap.reduction.is_positive();
    let capped_then = uc.benefit_cap.reduction.is_positive();
    if capped_now && !capped_then {
        reasons.push(match uc.benefit_cap.exempt_because {
            Some(exemption) => Reason::BenefitCapLifted { exemption },
            None => Reason::BenefitCapNoLongerReduces,
        });
    } else if capped_then {
        reasons.push(Reason::BenefitCapReduces {
            reduction: uc.benefit_cap.reduction,
        });
    }
    // UC Regs 2013 reg 32: the work condition for the childcare costs element.
    let childcare = |snapshot: &Snapshot| {
        snapshot
            .thresholds_reached
            .contains(&Threshold::ChildcareWorkCondition)
    };
    match (childcare(now), childcare(then)) {
        (false, true) => reasons.push(Reason::ChildcareCostsNowCounted {
            rate: rules.universal_credit.childcare_costs_rate.value,
        }),
        (true, false) => reasons.push(Reason::ChildcareCostsNoLongerCounted),
        (true, true) | (false, false) => {}
    }
    // UC Regs 2013 Sch 5 para 4: an owner's service charges stop with any earnings.
    let service_charges_stop = |snapshot: &Snapshot| {
        snapshot
            .thresholds_reached
            .contains(&Threshold::OwnerServiceChargesStopWithEarnings)
    };
    if service_charges_stop(then) && !service_charges_stop(now) {
        reasons.push(Reason::OwnerServiceChargesStopWithEarnings);
    }
    // UC Regs 2013 regs 57, 62, 63: self-employed earnings and the floor.
    for earnings in &uc.self_employment {
        reasons.push(match earnings.minimum_income_floor {
            MinimumIncomeFloor::Applies { .. } if earnings.counted > earnings.after_tax => {
                Reason::MinimumIncomeFloorApplied {
                    floor: earnings.counted,
                }
            }
            MinimumIncomeFloor::Applies { .. } => continue,
            MinimumIncomeFloor::StartUpPeriod => Reason::MinimumIncomeFloorStartUpPeriod,
            MinimumIncomeFloor::NotAllWorkRequirements => Reason::MinimumIncomeFloorNotApplied,
            MinimumIncomeFloor::NotMainWork => Reason::MinimumIncomeFloorNotMainWork,
        });
    }
    // Regs 68 to 71: student income.
    for income in &uc.student_income {
        reasons.push(Reason::StudentIncomeCounted {
            per_month: income.per_month,
            months: income.months_counted,
            disregard: income.disregard,
        });
    }
    // Reg 66: a benefit UC counts in full fell or stopped, or rose (student income
    // has its own reason above).
    let unearned = |snapshot: &Snapshot| {
        let student: Money = snapshot
            .universal_credit
            .student_income
            .iter()
            .map(|income| income.counted)
            .sum();
        snapshot.universal_credit.unearned_income() - student
    };
    match unearned(then).cmp(&unearned(now)) {
        core::cmp::Ordering::Less => reasons.push(Reason::UnearnedIncomeFell),
        core::cmp::Ordering::Greater => reasons.push(Reason::UnearnedIncomeRose),
        core::cmp::Ordering::Equal => {}
    }
    if uc.not_entitled_because == Some(NotEntitled::IncomeTooHigh) {
        reasons.push(Reason::UniversalCreditNilIncomeTooHigh);
    }
    reasons
}
