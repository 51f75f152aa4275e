//! Why lines change, in words: each reason with its figures, each benefit's earnings
//! rule (the limit, the earnings it counts, the headroom) and why the benefit cap
//! does not apply.

use crate::copy::EarningsRuleText;
use crate::format::{pence_per_pound, percent};
use crate::money::{Money, Rate};
use crate::outcome::{
    CapExemption, CtrEstimate, CtrScheme, EarningsLimitCheck, EarningsRule, Reason,
};

use super::{fill, Words};

/// The adjusted net income from which the High Income Child Benefit Charge takes all
/// of Child Benefit: the threshold and a hundred steps of one per cent (ITEPA 2003
/// s.681C(2)).
pub(super) fn charge_takes_all_at(threshold: Money, income_per_percent: Money) -> Money {
    threshold + income_per_percent.times_fraction(100, 1)
}

impl Words<'_> {
    /// Why the benefit cap does not apply.
    pub fn cap_exemption(&self, exemption: &CapExemption) -> String {
        let words = &self.copy.cap_exemptions;
        match *exemption {
            CapExemption::Earnings {
                earned_income,
                threshold,
            } => fill(
                words.earnings,
                &[
                    ("earned_income", self.money(earned_income)),
                    ("threshold", self.money(threshold)),
                ],
            ),
            CapExemption::LcwraElement => words.lcwra_element.fill(&[]),
            CapExemption::CarerElement => words.carer_element.fill(&[]),
            CapExemption::DisabilityBenefit => words.disability_benefit.fill(&[]),
            CapExemption::CarersAllowance => words.carers_allowance.fill(&[]),
            CapExemption::EsaSupportComponent => words.esa_support_component.fill(&[]),
        }
    }

    /// One reason as a sentence.
    pub fn reason(&self, reason: &Reason) -> String {
        let words = &self.copy.reasons;
        match *reason {
            Reason::NoPay => words.no_pay.fill(&[]),
            Reason::PayAfterDeductions => words.pay_after_deductions.fill(&[]),
            Reason::NotMeansTested => words.not_means_tested.fill(&[]),
            Reason::ChildBenefitNotAffectedByWork => {
                words.child_benefit_not_affected_by_work.fill(&[])
            }
            Reason::HighIncomeChildBenefitCharge {
                percent: charge_percent,
                adjusted_net_income,
                threshold,
                income_per_percent,
            } => fill(
                words.high_income_child_benefit_charge,
                &[
                    ("percent", percent(Rate::percent(charge_percent))),
                    ("income", self.money(adjusted_net_income)),
                    ("step", self.money(income_per_percent)),
                    ("threshold", self.money(threshold)),
                    (
                        "all_at",
                        self.money(charge_takes_all_at(threshold, income_per_percent)),
                    ),
                ],
            ),
            Reason::NoHighIncomeChildBenefitCharge {
                threshold,
                income_per_percent,
            } => fill(
                words.no_high_income_child_benefit_charge,
                &[("first_step", self.money(threshold + income_per_percent))],
            ),
            Reason::ScottishChildPaymentWhileOnUniversalCredit { child_under_age } => fill(
                words.scottish_child_payment_while_on_universal_credit,
                &[("age", child_under_age.to_string())],
            ),
            Reason::ScottishChildPaymentStopsWithUniversalCredit => words
                .scottish_child_payment_stops_with_universal_credit
                .fill(&[]),
            Reason::NoUniversalCreditCapitalOverLimit { limit } => fill(
                words.no_universal_credit_capital_over_limit,
                &[("limit", self.money(limit))],
            ),
            Reason::UniversalCreditUnchanged => words.universal_credit_unchanged.fill(&[]),
            Reason::EarningsTaperedAboveWorkAllowance {
                taper,
                work_allowance,
            } => fill(
                words.earnings_tapered_above_work_allowance,
                &[
                    ("taper_pence", pence_per_pound(taper)),
                    ("work_allowance", self.money(work_allowance)),
                ],
            ),
            Reason::EarningsTaperedNoWorkAllowance { taper } => fill(
                words.earnings_tapered_no_work_allowance,
                &[("taper_pence", pence_per_pound(taper))],
            ),
            Reason::LowerEarningsLessTapered => words.lower_earnings_less_tapered.fill(&[]),
            Reason::BenefitCapLifted { exemption } => fill(
                words.benefit_cap_lifted,
                &[("exemption", self.cap_exemption(&exemption))],
            ),
            Reason::BenefitCapNoLongerReduces => words.benefit_cap_no_longer_reduces.fill(&[]),
            Reason::BenefitCapReduces { reduction } => fill(
                words.benefit_cap_reduces,
                &[("reduction", self.money(reduction))],
            ),
            Reason::ChildcareCostsNowCounted { rate } => fill(
                words.childcare_costs_now_counted,
                &[("rate", percent(rate))],
            ),
            Reason::ChildcareCostsNoLongerCounted => {
                words.childcare_costs_no_longer_counted.fill(&[])
            }
            Reason::OwnerServiceChargesStopWithEarnings => {
                words.owner_service_charges_stop_with_earnings.fill(&[])
            }
            Reason::UniversalCreditNilIncomeTooHigh => {
                words.universal_credit_nil_income_too_high.fill(&[])
            }
            Reason::UnearnedIncomeFell => words.unearned_income_fell.fill(&[]),
            Reason::UnearnedIncomeRose => words.unearned_income_rose.fill(&[]),
            Reason::NoEarningsToTest => words.no_earnings_to_test.fill(&[]),
            Reason::WithinEarningsRule { check } => {
                self.earnings_rule(&words.within_earnings_rule, &check)
            }
            Reason::StopsOverEarningsRule { check } => {
                self.earnings_rule(&words.stops_over_earnings_rule, &check)
            }
            Reason::JsaEarningsDeducted { disregard } => fill(
                words.jsa_earnings_deducted,
                &[("disregard", self.money(disregard))],
            ),
            Reason::ReducedByOverlappingBenefit => words.reduced_by_overlapping_benefit.fill(&[]),
            Reason::PensionNotAffectedByWork => words.pension_not_affected_by_work.fill(&[]),
            Reason::CouncilTaxReductionTapered { scheme, taper } => fill(
                match scheme {
                    CtrScheme::Scotland | CtrScheme::Wales => words.ctr_tapered_national,
                    CtrScheme::EnglandTypical => words.ctr_tapered_typical,
                    CtrScheme::KingstonUponThames | CtrScheme::Newham | CtrScheme::Slough => {
                        words.ctr_tapered_council
                    }
                },
                &[("taper_pence", pence_per_pound(taper))],
            ),
            Reason::HelpKeptUnderPayLimit { limit, headroom } => fill(
                words.help_kept_under_pay_limit,
                &[
                    ("limit", self.money(limit)),
                    ("headroom", self.money(headroom)),
                ],
            ),
            Reason::HelpLostOverPayLimit { limit, take_home } => fill(
                words.help_lost_over_pay_limit,
                &[
                    ("limit", self.money(limit)),
                    ("take_home", self.money(take_home)),
                ],
            ),
            Reason::SelfEmployedProfitAfterTax => words.self_employed_profit_after_tax.fill(&[]),
            Reason::MinimumIncomeFloorApplied { floor } => fill(
                words.minimum_income_floor_applied,
                &[("floor", self.money(floor))],
            ),
            Reason::MinimumIncomeFloorStartUpPeriod => {
                words.minimum_income_floor_start_up_period.fill(&[])
            }
            Reason::MinimumIncomeFloorNotApplied => {
                words.minimum_income_floor_not_applied.fill(&[])
            }
            Reason::MinimumIncomeFloorNotMainWork => {
                words.minimum_income_floor_not_main_work.fill(&[])
            }
            Reason::FullTimeStudentNoUniversalCredit => {
                words.full_time_student_no_universal_credit.fill(&[])
            }
            Reason::StudentIncomeCounted {
                per_month,
                months,
                disregard,
            } => fill(
                words.student_income_counted,
                &[
                    ("per_month", self.money(per_month)),
                    ("months", months.to_string()),
                    ("disregard", self.money(disregard)),
                ],
            ),
            Reason::StudentLoanTwelfth => words.student_loan_twelfth.fill(&[]),
            Reason::HelpKeptWithUniversalCredit => words.help_kept_with_universal_credit.fill(&[]),
            Reason::HelpStopsWithUniversalCredit => {
                words.help_stops_with_universal_credit.fill(&[])
            }
            Reason::HousingBenefitWithUniversalCredit => {
                words.housing_benefit_with_universal_credit.fill(&[])
            }
            Reason::HousingBenefitTapered { taper } => fill(
                words.housing_benefit_tapered,
                &[("taper_pence", pence_per_pound(taper))],
            ),
            Reason::CouncilTaxReductionBanded { share, earnings } => fill(
                words.ctr_banded,
                &[
                    ("share", percent(share)),
                    ("earnings", self.money(earnings)),
                ],
            ),
            Reason::CouncilTaxReductionEstimate { estimate } => match estimate {
                CtrEstimate::TypicalScheme => words.ctr_estimate_typical_scheme,
                CtrEstimate::ChildAmountLastYear => words.ctr_estimate_child_amount,
                CtrEstimate::NonDependantDeductions => words.ctr_estimate_other_adults,
                CtrEstimate::SomePremiums => words.ctr_estimate_premiums,
                CtrEstimate::SchemeFiguresUnconfirmed => words.ctr_estimate_scheme_figures,
                CtrEstimate::Savings => words.ctr_estimate_savings,
            }
            .fill(&[]),
        }
    }

    /// A benefit's earnings rule in words, with its figures: `{limit}`,
    /// `{hours_limit}`, `{earnings}`, `{hours}`, `{headroom}` and `{over}`.
    pub fn earnings_rule(&self, words: &EarningsRuleText, check: &EarningsLimitCheck) -> String {
        let template = match check.rule {
            EarningsRule::PermittedWorkLowerLimit => words.permitted_work_lower_limit,
            EarningsRule::PermittedWorkUnderHoursLimit => words.permitted_work_under_hours_limit,
            EarningsRule::SupportedPermittedWork => words.supported_permitted_work,
            EarningsRule::JsaRemunerativeWork => words.jsa_remunerative_work,
            EarningsRule::CarersEarningsLimit => words.carers_earnings_limit,
        };
        fill(template, &self.earnings_gaps(check))
    }

    /// The gaps of a benefit's earnings rule. The test is on the unrounded weekly
    /// earnings; they are shown to the penny, rounded up when over the limit (so a
    /// fraction of a penny over never reads as at the limit) and down when within it,
    /// and `{over}` is rounded up, `{headroom}` down.
    pub fn earnings_gaps(&self, check: &EarningsLimitCheck) -> Vec<(&'static str, String)> {
        let limit = check.earnings_limit.unwrap_or(Money::ZERO);
        let earnings = check.counted_earnings;
        let over = (earnings - limit).at_least_zero();
        let over_shown = over.round_up_to_penny();
        vec![
            ("limit", self.money(limit)),
            (
                "hours_limit",
                check
                    .hours_limit
                    .map_or_else(String::new, |hours| hours.to_string()),
            ),
            (
                "earnings",
                self.money(if check.keeps_benefit {
                    earnings.round_down_to_penny()
                } else {
                    earnings.round_up_to_penny()
                }),
            ),
            ("hours", check.hours.normalize().to_string()),
            (
                "headroom",
                self.money((limit - earnings).at_least_zero().round_down_to_penny()),
            ),
            ("over", self.money(over_shown)),
        ]
    }

    /// Several reasons as one paragraph.
    pub fn reasons(&self, reasons: &[Reason]) -> String {
        reasons
            .iter()
            .map(|reason| self.reason(reason))
            .collect::<Vec<_>>()
            .join(" ")
    }
}
