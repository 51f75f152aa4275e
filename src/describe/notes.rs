//! The notes beside the headline: no UC and why, the benefit cap now and with the
//! work, the months with one more payday, and what the answers about health mean for
//! the work (a protected rate kept for 6 months, the earnings that stop a health
//! assessment).

use crate::money::Money;
use crate::outcome::{
    EarningsLimitCheck, MostHours, NotEntitled, OtherMonths, Outcome, ScenarioOutcome, Snapshot,
    Threshold, Who,
};
use crate::period::Frequency;
use crate::rules::Rules;

use crate::copy::Template;

use super::{fill, HealthSaid, Words};

impl Words<'_> {
    /// What the person needs to know beside the headline: no UC and why, the benefit
    /// cap now and with the work, the months with more paydays, and what the answers
    /// about health mean for the work.
    pub fn notes(
        &self,
        outcome: &Outcome,
        scenario: &ScenarioOutcome,
        health: HealthSaid,
        rules: &Rules,
    ) -> Vec<String> {
        let words = &self.copy.results;
        let mut notes = Vec::new();
        match scenario.snapshot.universal_credit.not_entitled_because {
            Some(NotEntitled::CapitalOverUpperLimit) => notes.push(fill(
                words.no_uc_capital,
                &[(
                    "limit",
                    self.money(rules.universal_credit.capital_upper_limit.value),
                )],
            )),
            Some(NotEntitled::IncomeTooHigh) => {
                notes.push(words.uc_nil.fill(&[]));
                // The pre-2026 LCWRA rate is kept on a new claim only within six
                // months (UC Act 2025, reg 27A(2); rates reference R3).
                let uc = &rules.universal_credit;
                let rates = [
                    ("protected", self.money(uc.lcwra_element_protected.value.0)),
                    ("new", self.money(uc.lcwra_element_new_claimant.value.0)),
                ];
                for who in &health.protected_by_claim_date {
                    let template = match who {
                        Who::Partner => words.protected_rate_six_months_partner,
                        Who::You | Who::Household | Who::Child(_) => {
                            words.protected_rate_six_months
                        }
                    };
                    notes.push(fill(template, &rates));
                }
            }
            Some(NotEntitled::FullTimeStudent) => {
                notes.push(words.no_uc_full_time_student.fill(&[]))
            }
            None => {}
        }
        notes.extend(self.rent_notes(&scenario.snapshot, rules));
        if let Some(bill) = &outcome.council_tax {
            notes.extend(self.council_tax_notes(bill));
        }
        notes.extend(self.benefit_cap_note(outcome, scenario));
        for months in &scenario.other_months {
            notes.push(self.other_months(months, &scenario.snapshot));
        }
        if !health.not_sure.is_empty() {
            notes.push(words.not_sure_health.fill(&[]));
        }
        // Reg 41(2): earnings that stop a new assessment, for someone who may be
        // waiting for one, in a usual month or in the months with one more payday.
        let mut no_assessment: Vec<(Who, Money)> = Vec::new();
        let snapshots = core::iter::once(&scenario.snapshot)
            .chain(scenario.other_months.iter().map(|months| &months.snapshot));
        for threshold in snapshots.flat_map(|snapshot| &snapshot.thresholds_reached) {
            match *threshold {
                Threshold::NoNewHealthAssessment {
                    who,
                    earnings_limit,
                } if health.not_sure.contains(&who)
                    && !no_assessment.iter().any(|(said, _)| *said == who) =>
                {
                    no_assessment.push((who, earnings_limit));
                }
                Threshold::NoNewHealthAssessment { .. }
                | Threshold::AutoEnrolmentEarningsTrigger(_)
                | Threshold::BenefitCapEarningsExemption
                | Threshold::ChildcareWorkCondition
                | Threshold::OwnerServiceChargesStopWithEarnings
                | Threshold::BenefitStopsWithWork { .. }
                | Threshold::HighIncomeChildBenefitCharge { .. }
                | Threshold::ScottishChildPaymentStopsWithUniversalCredit
                | Threshold::PassportedHelpLost(_) => {}
            }
        }
        for (who, limit) in no_assessment {
            let template = match who {
                Who::Partner => words.no_new_health_assessment_partner,
                Who::You | Who::Household | Who::Child(_) => words.no_new_health_assessment,
            };
            notes.push(fill(template, &[("limit", self.money(limit))]));
        }
        // Reg 41(1)(b), (2), (3): earnings do not end an LCW or LCWRA decision already
        // made; DWP can review it.
        for who in &health.found_limited_capability {
            if scenario
                .snapshot
                .pay
                .iter()
                .any(|person| person.who == *who)
            {
                notes.push(
                    match who {
                        Who::Partner => words.health_decision_kept_partner,
                        Who::You | Who::Household | Who::Child(_) => words.health_decision_kept,
                    }
                    .fill(&[]),
                );
            }
        }
        // UC Regs 2013 reg 60(4)(a); ESA Regs 2013 reg 39(1)(e).
        if !scenario.work.volunteering.is_empty() {
            notes.push(words.volunteering_changes_nothing.fill(&[]));
        }
        notes.extend(self.earnings_limit_notes(outcome, scenario));
        // SSI 2020/351 reg 15: Scottish Child Payment goes with the last penny of UC.
        let scottish_child_payment_now: Money = outcome
            .now
            .income
            .iter()
            .filter(|line| line.kind == crate::outcome::Income::ScottishChildPayment)
            .map(|line| line.per_month)
            .sum();
        if scottish_child_payment_now.is_positive()
            && scenario
                .snapshot
                .thresholds_reached
                .contains(&Threshold::ScottishChildPaymentStopsWithUniversalCredit)
        {
            notes.push(fill(
                words.scottish_child_payment_stops,
                &[("amount", self.money(scottish_child_payment_now))],
            ));
        }
        for who in &health.esa_time_limit_reached {
            notes.push(
                match who {
                    Who::Partner => words.esa_time_limit_reached_partner,
                    Who::You | Who::Household | Who::Child(_) => words.esa_time_limit_reached,
                }
                .fill(&[]),
            );
        }
        if health.child_maintenance {
            notes.push(words.child_maintenance_ignored.fill(&[]));
        }
        notes
    }

    /// Each benefit with an earnings rule, in the work's usual month: how much more
    /// can be earned before it stops, or that it stops (a cliff edge) and how much
    /// room the work done now leaves.
    pub fn earnings_limit_notes(
        &self,
        outcome: &Outcome,
        scenario: &ScenarioOutcome,
    ) -> Vec<String> {
        let words = &self.copy.results;
        let mut notes = Vec::new();
        // The words for you, or for a partner.
        let partner = |who: Who| match who {
            Who::Partner => true,
            Who::You | Who::Household | Who::Child(_) => false,
        };
        let pick = |who: Who, yours: Template, theirs: Template| {
            if partner(who) {
                theirs
            } else {
                yours
            }
        };
        // "At the same pay for each hour, you could work up to …": the headroom in hours.
        let most_hours = |found: &[MostHours], check: &EarningsLimitCheck| {
            found
                .iter()
                .find(|most| most.who == check.who && most.benefit == check.benefit)
                .map(|most| {
                    fill(
                        pick(check.who, words.most_hours, words.most_hours_partner),
                        &[("hours", self.hours(most.hours))],
                    )
                })
        };
        // A benefit the person said they get that the work done now already stops is
        // said to be left out, not dropped without a word.
        for check in outcome
            .now
            .earnings_limits
            .iter()
            .filter(|check| !check.keeps_benefit)
        {
            notes.push(fill(
                words.stopped_by_work_now,
                &[("benefit", self.income_name(check.benefit, check.who))],
            ));
        }
        for check in &scenario.snapshot.earnings_limits {
            let mut gaps = self.earnings_gaps(check);
            gaps.push(("benefit", self.income_name(check.benefit, check.who)));
            if check.keeps_benefit {
                let template = match (check.earnings_limit, check.hours_limit) {
                    (Some(_), Some(_)) => pick(
                        check.who,
                        words.headroom_money_and_hours,
                        words.headroom_money_and_hours_partner,
                    ),
                    (Some(_), None) => pick(
                        check.who,
                        words.headroom_money,
                        words.headroom_money_partner,
                    ),
                    (None, _) => words.headroom_hours,
                };
                let mut note = fill(template, &gaps);
                if let Some(hours) = most_hours(&scenario.most_hours, check) {
                    note = format!("{note} {hours}");
                }
                notes.push(note);
                continue;
            }
            notes.push(fill(words.benefit_stops, &gaps));
            // The room the work done now leaves under the same benefit's limit.
            let now_check = outcome.now.earnings_limits.iter().find(|now_check| {
                now_check.who == check.who
                    && now_check.benefit == check.benefit
                    && now_check.keeps_benefit
                    && now_check.earnings_limit.is_some()
            });
            if let Some(now_check) = now_check {
                let mut gaps = self.earnings_gaps(now_check);
                gaps.push(("benefit", self.income_name(check.benefit, check.who)));
                let template = pick(check.who, words.headroom_now, words.headroom_now_partner);
                let mut note = fill(template, &gaps);
                if let Some(hours) = most_hours(&outcome.now_most_hours, now_check) {
                    note = format!("{note} {hours}");
                }
                notes.push(note);
            }
        }
        notes
    }

    /// The benefit cap now and with the work, from the household's own earnings
    /// (reg 82(1)(a): after tax, NI and pension contributions, reg 55(5)).
    fn benefit_cap_note(&self, outcome: &Outcome, scenario: &ScenarioOutcome) -> Option<String> {
        let words = &self.copy.results;
        let now = &outcome.now.universal_credit.benefit_cap;
        let with_work = &scenario.snapshot.universal_credit;
        let threshold = ("threshold", self.money(now.earnings_threshold));
        let earned = ("earned", self.money(with_work.benefit_cap.earned_income));
        match (
            now.reduction.is_positive(),
            with_work.benefit_cap.reduction.is_positive(),
        ) {
            (true, still) => {
                let then = if still {
                    words.benefit_cap_still_applies
                } else {
                    words.benefit_cap_would_stop
                };
                Some(format!(
                    "{} {}",
                    fill(words.benefit_cap_applies, &[threshold]),
                    fill(then, &[earned])
                ))
            }
            (false, true) => Some(fill(words.benefit_cap_with_work, &[threshold])),
            (false, false) => None,
        }
    }

    /// The months with one more payday: how many, and UC and the total in them, beside
    /// the usual month's.
    pub fn other_months(&self, months: &OtherMonths, usual: &Snapshot) -> String {
        let words = &self.copy.results.other_months;
        let template = match months.frequency {
            Frequency::Weekly => words.weekly,
            Frequency::Fortnightly => words.fortnightly,
            Frequency::FourWeekly => words.four_weekly,
            // Monthly and yearly amounts have no months with one more payday
            // (`engine::paydays::VARYING`), so there is nothing to say.
            Frequency::Monthly | Frequency::Yearly => return String::new(),
        };
        fill(
            template,
            &[
                ("usual_paydays", months.usual_paydays.to_string()),
                ("paydays", months.paydays.to_string()),
                ("months", months.months_a_year.to_string()),
                ("uc", self.money(months.snapshot.universal_credit.award)),
                ("usual_uc", self.money(usual.universal_credit.award)),
                ("total", self.money(months.snapshot.total.per_month)),
            ],
        )
    }
}
