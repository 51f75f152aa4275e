//! The one shape every benefit other than Universal Credit has, and the ordered list
//! that brings each one into the calculation.
//!
//! Law: none of its own. What each benefit means for UC and the benefit cap is the
//! benefit's own module's business: UC counts unearned income under UC Regs 2013
//! reg 66 (https://www.legislation.gov.uk/uksi/2013/376/regulation/66); the cap counts
//! the welfare benefits in Welfare Reform Act 2012 s.96(10) and is lifted by the
//! benefits in UC Regs 2013 reg 83.
//!
//! A new benefit is a new module with an `award` function of one of the two shapes
//! below, and one line in `BEFORE_UNIVERSAL_CREDIT` (UC and the cap see it) or
//! `AFTER_UNIVERSAL_CREDIT` (it depends on the UC award): two lists, in the order
//! they are worked out, with UC between them (README: "How to add a benefit").

use crate::household::{Adult, Household};
use crate::money::Money;
use crate::outcome::{
    CapExemption, EarningsLimitCheck, Income, IncomeLine, Line, PersonPay, Threshold,
    UniversalCreditCalculation, Who,
};
use crate::period::Weekly;
use crate::rules::Rules;
use crate::source::{uc_regs_2013, Source};

use super::paydays::Paydays;
use super::{
    carers_allowance, child_benefit, disability_benefits, new_style_esa, new_style_jsa,
    pension_income, scottish_child_payment, Work,
};

/// What a benefit needs to know: the household, the work in this situation, how many
/// paydays the assessment period holds, each adult's pay in it, and the year's rules.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub household: &'a Household,
    pub work: Work<'a>,
    pub paydays: Paydays,
    pub pay: &'a [PersonPay],
    pub rules: &'a Rules,
    /// Each person's taxable benefits coded into pay for the year (New Style ESA,
    /// Carer's Allowance or Carer Support Payment and its supplement), once they are
    /// worked out; empty while the benefits are worked out.
    pub taxable_benefits: &'a [(Who, Money)],
    /// The UC elements that depend on the household alone, when already worked out
    /// (the hours chart's points share them); else UC works them out.
    pub household_elements: Option<&'a super::universal_credit::HouseholdElements>,
}

/// What every benefit module returns for one situation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Award {
    /// The benefit's lines of income, per month: one for each person who gets it.
    pub lines: Vec<IncomeLine>,
    /// What Universal Credit takes off as unearned income (reg 66), per month.
    /// Empty when UC ignores the benefit.
    pub unearned_income: Vec<UnearnedIncome>,
    /// How much of it the benefit cap counts as a welfare benefit, per month.
    pub counted_by_benefit_cap: Money,
    /// Why the household is exempt from the benefit cap because of this benefit.
    pub exempts_from_benefit_cap: Option<CapExemption>,
    /// What of it is taxable, per year and whose: HMRC collects the tax through the
    /// tax code of the person's job (`pay.rs`).
    pub taxable_per_year: Vec<(Who, Money)>,
    /// The earnings tests the benefit made, with the figures for the headroom.
    pub earnings_limits: Vec<EarningsLimitCheck>,
    /// Thresholds crossed (for example the benefit stopping because of work).
    pub thresholds_reached: Vec<Threshold>,
}

/// An amount UC counts as unearned income (UC Regs 2013 reg 66), and whose it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnearnedIncome {
    pub income: Income,
    pub who: Who,
    pub per_month: Money,
    /// The rule that counts it.
    pub source: Source,
}

impl Award {
    /// Nothing: the household does not get this benefit.
    pub fn none() -> Award {
        Award::default()
    }

    /// A weekly benefit paid to `who` that UC counts in full: its line, per month
    /// (weekly × 52 / 12 to the penny, UC Regs 2013 reg 73), and the same amount as
    /// unearned income (reg 66). Gives the monthly amount.
    pub fn pay_weekly(&mut self, income: Income, who: Who, weekly: Money, source: Source) -> Money {
        let monthly = Weekly(weekly).to_uc_monthly().0.round_to_nearest_penny();
        self.lines.push(Line::monthly(income, who, monthly, source));
        self.unearned_income.push(UnearnedIncome {
            income,
            who,
            per_month: monthly,
            source: uc_regs_2013::REG_66,
        });
        monthly
    }

    /// Keeps a benefit's earnings test of the person's work, if they work; when the
    /// work stops the benefit, that is a cliff edge. Gives whether the work stops it.
    pub fn record_earnings_test(&mut self, check: Option<EarningsLimitCheck>) -> bool {
        let Some(check) = check else {
            return false;
        };
        self.earnings_limits.push(check);
        if !check.keeps_benefit {
            self.thresholds_reached
                .push(Threshold::BenefitStopsWithWork {
                    who: check.who,
                    benefit: check.benefit,
                });
        }
        !check.keeps_benefit
    }
}

impl Context<'_> {
    /// The adults, with whose each is.
    pub fn adults(&self) -> impl Iterator<Item = (Who, &Adult)> {
        core::iter::once((Who::You, &self.household.you)).chain(
            self.household
                .partner
                .as_ref()
                .map(|partner| (Who::Partner, partner)),
        )
    }

    /// The pay of `who` in this situation, if they work.
    pub fn pay_of(&self, who: Who) -> Option<&PersonPay> {
        self.pay.iter().find(|person| person.who == who)
    }
}

/// A benefit worked out before Universal Credit: UC and the cap then take it into
/// account.
pub type BeforeUniversalCredit = fn(&Context<'_>) -> Award;

/// A benefit that depends on the UC award (for example one paid only to people on
/// UC). UC and the benefit cap have been worked out by then, so such a benefit gives
/// only its lines of income.
pub type AfterUniversalCredit = fn(&Context<'_>, &UniversalCreditCalculation) -> Vec<IncomeLine>;

/// The benefits UC and the cap need to see, in the order their lines are shown.
/// Carer's Allowance comes after ESA and JSA: it is reduced by them (overlapping
/// benefits). The High Income Child Benefit Charge comes after them all (its
/// adjusted net income counts the taxable benefits): `engine::snapshot` adds it
/// beside Child Benefit, and it gives UC and the cap nothing.
pub const BEFORE_UNIVERSAL_CREDIT: &[BeforeUniversalCredit] = &[
    new_style_esa::award,
    new_style_jsa::award,
    carers_allowance::award,
    pension_income::award,
    disability_benefits::award,
    child_benefit::award,
];

/// The benefits that depend on UC, in the order their lines are shown after it.
pub const AFTER_UNIVERSAL_CREDIT: &[AfterUniversalCredit] = &[scottish_child_payment::lines];
