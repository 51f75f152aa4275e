//! Why figures are what they are: the reasons a line changes or stays the same, the
//! thresholds that make money jump, and what every estimate assumes. Keys with the
//! figures they need; the words are in the catalogue.

use serde::Serialize;

use super::{CtrEstimate, CtrScheme};

use rust_decimal::Decimal;

use crate::money::{Money, Rate};

use super::{CapExemption, Income, Who};

/// One reason a line changes, or stays the same, from now to a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// No pay from work in this scenario.
    NoPay,
    /// Pay after income tax, National Insurance and pension contributions.
    PayAfterDeductions,
    /// Disability benefits are not means-tested: work does not change them.
    NotMeansTested,
    /// Child Benefit does not depend on work. (The High Income Child Benefit Charge,
    /// which can take it back as tax, is its own line.)
    ChildBenefitNotAffectedByWork,
    /// The High Income Child Benefit Charge is `percent` of the year's Child Benefit,
    /// on adjusted net income of `adjusted_net_income` a year (ITEPA 2003 s.681C);
    /// the family can choose not to be paid Child Benefit.
    HighIncomeChildBenefitCharge {
        percent: u32,
        adjusted_net_income: Money,
        threshold: Money,
        income_per_percent: Money,
    },
    /// No charge: nobody's adjusted net income reaches the first step over the
    /// threshold (ITEPA 2003 ss.681B(1)(a), 681C(2)).
    NoHighIncomeChildBenefitCharge {
        threshold: Money,
        income_per_percent: Money,
    },
    /// Scottish Child Payment is paid for each child under `child_under_age` while the
    /// household gets any UC; earnings do not change it (SSI 2020/351 regs 18, 20).
    ScottishChildPaymentWhileOnUniversalCredit {
        child_under_age: u8,
    },
    /// No UC, so no Scottish Child Payment: a nil award counts only when a sanction or
    /// deductions made it nil (SSI 2020/351 reg 15).
    ScottishChildPaymentStopsWithUniversalCredit,
    /// No UC: capital over the upper limit (UC Regs 2013 reg 18).
    NoUniversalCreditCapitalOverLimit {
        limit: Money,
    },
    UniversalCreditUnchanged,
    /// More earnings, tapered above the work allowance (reg 22).
    EarningsTaperedAboveWorkAllowance {
        taper: Rate,
        work_allowance: Money,
    },
    /// More earnings, all tapered: no work allowance (reg 22).
    EarningsTaperedNoWorkAllowance {
        taper: Rate,
    },
    /// Less earnings: less is taken off by the taper (reg 22).
    LowerEarningsLessTapered,
    /// The benefit cap stops applying, and why (regs 82, 83).
    BenefitCapLifted {
        exemption: CapExemption,
    },
    BenefitCapNoLongerReduces,
    /// The benefit cap takes this much off UC (reg 81).
    BenefitCapReduces {
        reduction: Money,
    },
    /// The work condition for the childcare costs element is now met (reg 32).
    ChildcareCostsNowCounted {
        rate: Rate,
    },
    /// The work condition for the childcare costs element is no longer met.
    ChildcareCostsNoLongerCounted,
    /// An owner's service charges stop with any earnings (Sch 5 para 4).
    OwnerServiceChargesStopWithEarnings,
    /// Income takes UC to nil.
    UniversalCreditNilIncomeTooHigh,
    /// UC takes off less unearned income (a benefit it counts in full fell or stopped).
    UnearnedIncomeFell,
    /// UC takes off more unearned income.
    UnearnedIncomeRose,
    /// A benefit with an earnings test, and nobody's work to test: paid in full.
    NoEarningsToTest,
    /// Earnings within the benefit's earnings rule: it is still paid.
    WithinEarningsRule {
        check: EarningsLimitCheck,
    },
    /// Earnings or hours over the benefit's rule: it stops.
    StopsOverEarningsRule {
        check: EarningsLimitCheck,
    },
    /// New Style JSA: earnings above the disregard come off pound for pound.
    JsaEarningsDeducted {
        disregard: Money,
    },
    /// Carer's Allowance is reduced by New Style ESA or JSA paid to the same person
    /// (Social Security (Overlapping Benefits) Regs 1979 reg 4).
    ReducedByOverlappingBenefit,
    /// A pension being paid does not change with work.
    PensionNotAffectedByWork,
    /// Council Tax Reduction falls by `taper` of each pound of income over the
    /// scheme's applicable amount (a UC award counts as income).
    CouncilTaxReductionTapered {
        scheme: CtrScheme,
        taper: Rate,
    },
    /// An income-banded scheme: `share` of the bill at these weekly earnings.
    CouncilTaxReductionBanded {
        share: Rate,
        earnings: Money,
    },
    /// Council Tax Reduction is an estimate, and why.
    CouncilTaxReductionEstimate {
        estimate: CtrEstimate,
    },
    /// On UC: Housing Benefit is the whole eligible rent, whatever the income.
    HousingBenefitWithUniversalCredit,
    /// Off UC: Housing Benefit falls by `taper` of income over the applicable amount.
    HousingBenefitTapered {
        taper: Rate,
    },
    /// Passported help kept while UC lasts and take-home pay is at most `limit` a
    /// month: `headroom` more take-home pay would keep it.
    HelpKeptUnderPayLimit {
        limit: Money,
        headroom: Money,
    },
    /// Passported help lost: take-home pay of `take_home` is over `limit` a month.
    HelpLostOverPayLimit {
        limit: Money,
        take_home: Money,
    },
    /// Passported help kept as long as any UC is paid.
    HelpKeptWithUniversalCredit,
    /// Passported help lost with the last penny of UC.
    HelpStopsWithUniversalCredit,
    /// Self-employed profit less a twelfth of the year's income tax and Class 4 NI.
    SelfEmployedProfitAfterTax,
    /// UC counts self-employed earnings as at least the minimum income floor, `floor`
    /// a month (UC Regs 2013 reg 62), more than the earnings.
    MinimumIncomeFloorApplied {
        floor: Money,
    },
    /// The floor does not apply in the 12-month start-up period (reg 63).
    MinimumIncomeFloorStartUpPeriod,
    /// The floor does not apply to someone without all work-related requirements.
    MinimumIncomeFloorNotApplied,
    /// The floor does not apply: the business is not the person's main work (reg 64).
    MinimumIncomeFloorNotMainWork,
    /// A full-time student with no exception gets no UC (regs 12, 14).
    FullTimeStudentNoUniversalCredit,
    /// UC takes off the student income: `per_month` (the loan over `months`) less
    /// `disregard` (regs 68 to 71).
    StudentIncomeCounted {
        per_month: Money,
        months: u32,
        disregard: Money,
    },
    /// The household's money counts a twelfth of the year's maintenance loan.
    StudentLoanTwelfth,
}

/// Which earnings rule a benefit applies to work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EarningsRule {
    /// New Style ESA: permitted work up to the lower limit, at any hours (ESA Regs
    /// 2013 reg 39(1)(a)).
    PermittedWorkLowerLimit,
    /// New Style ESA: permitted work under 16 hours up to the higher limit (reg
    /// 39(1)(c)).
    PermittedWorkUnderHoursLimit,
    /// New Style ESA: supported permitted work up to the higher limit, at any hours
    /// (reg 39(1)(b)).
    SupportedPermittedWork,
    /// New Style JSA: no JSA at 16 hours or more (remunerative work).
    JsaRemunerativeWork,
    /// Carer's Allowance or Carer Support Payment: net earnings up to the limit.
    CarersEarningsLimit,
}

/// One benefit's earnings test in one situation: the rule, its limits, what the rule
/// counts of the person's pay, and whether the benefit is kept. Weekly amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EarningsLimitCheck {
    pub who: Who,
    pub benefit: Income,
    pub rule: EarningsRule,
    /// The most the rule allows a week, if it has a money limit.
    pub earnings_limit: Option<Money>,
    /// The benefit needs fewer hours a week than this, if the rule has an hours limit.
    pub hours_limit: Option<u32>,
    /// Weekly earnings as the benefit's rule counts them.
    pub counted_earnings: Money,
    pub hours: Decimal,
    pub keeps_benefit: bool,
}

/// A threshold that makes money jump rather than change smoothly. The sweep and the
/// property tests use these to tell a real cliff edge from a mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// Pay is above the automatic enrolment earnings trigger, so pension
    /// contributions start on all qualifying earnings at once.
    AutoEnrolmentEarningsTrigger(Who),
    /// Earnings are high enough that the benefit cap does not apply (reg 82(1)(a)).
    BenefitCapEarningsExemption,
    /// The household works enough for the childcare costs element (reg 32).
    ChildcareWorkCondition,
    /// Someone earns, so an owner's service charges are not paid (UC Regs 2013 Sch 5
    /// para 4: any earned income at all).
    OwnerServiceChargesStopWithEarnings,
    /// A person's monthly earnings before tax reach the level at which no new
    /// assessment of limited capability for work is made (UC Regs 2013 reg 41(2)),
    /// and they get no disability benefit that would still allow one (reg 41(3)).
    NoNewHealthAssessment { who: Who, earnings_limit: Money },
    /// Work outside a benefit's earnings rule stops it (New Style ESA, New Style JSA,
    /// Carer's Allowance): the whole week's benefit is lost.
    BenefitStopsWithWork { who: Who, benefit: Income },
    /// `who`'s adjusted net income has reached the step at which the High Income Child
    /// Benefit Charge is `percent` of the year's Child Benefit (ITEPA 2003 s.681C(2)):
    /// each step of the percentage is a jump in the charge.
    HighIncomeChildBenefitCharge { who: Who, percent: u32 },
    /// The household is in Scotland with a child who could get Scottish Child
    /// Payment, but income has taken UC to nil, so the payment stops
    /// (SSI 2020/351 reg 15).
    ScottishChildPaymentStopsWithUniversalCredit,
    /// Help that comes with Universal Credit (the income line it would be) is lost:
    /// take-home pay is over its limit, or income has taken UC to nil.
    PassportedHelpLost(Income),
}

impl Threshold {
    /// Crossing it upwards (earning more) can leave the household with less money.
    pub const fn can_cost_money(self) -> bool {
        match self {
            // Contributions start on all qualifying earnings at once.
            Threshold::AutoEnrolmentEarningsTrigger(_) => true,
            // Crossing these adds money: the cap is lifted, childcare is paid.
            Threshold::BenefitCapEarningsExemption | Threshold::ChildcareWorkCondition => false,
            // The first penny of earnings stops the service charges.
            Threshold::OwnerServiceChargesStopWithEarnings => true,
            // Changes nothing this month: it stops a health assessment that has not
            // been made yet.
            Threshold::NoNewHealthAssessment { .. } => false,
            Threshold::BenefitStopsWithWork { .. } => true,
            // One more step of the percentage takes a whole per cent of the year's
            // Child Benefit at once.
            Threshold::HighIncomeChildBenefitCharge { .. } => true,
            // The whole payment stops with the last penny of UC.
            Threshold::ScottishChildPaymentStopsWithUniversalCredit => true,
            // The whole value of the help goes at once.
            Threshold::PassportedHelpLost(_) => true,
        }
    }
}

/// What every estimate assumes, and what it does not yet include.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assumption {
    /// The rules are those of one tax year.
    RulesForTaxYear,
    /// Pay is the same every pay period; UC counts the pay received in each
    /// assessment period, shown for a usual month and for the months with one more
    /// payday.
    SteadyPayUsualMonth,
    /// Income tax is the year's tax shared equally over the pay periods, with no
    /// other income.
    IncomeTaxSharedOverTheYear,
    /// Housing Benefit and help such as free school meals are not included yet.
    OtherBenefitsNotIncluded,
    /// Tax on a taxable benefit is taken from pay through the tax code; without a job
    /// it is not worked out.
    TaxOnBenefitsThroughPay,
}

/// The most hours a week someone could work at the same hourly pay and keep a
/// benefit with an earnings rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MostHours {
    pub who: Who,
    pub benefit: Income,
    pub hours: Decimal,
}

/// An income someone has that the engine cannot work out: the answer is partial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NotIncluded {
    pub who: Who,
    pub income: NotWorkedOut,
}

/// What kind of income is not worked out (the household's answer, reported back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotWorkedOut {
    /// Income-related ESA, Income Support, income-based JSA, Housing Benefit outside
    /// supported housing, or tax credits.
    LegacyBenefits,
    PensionCredit,
    StudentIncome,
    SomethingElse,
    /// A private renter not sure of their area, whose rent is more than the lowest
    /// Local Housing Allowance rate in the country: UC may count less of the rent.
    LocalHousingAllowanceArea,
    /// A social renter who did not say how many bedrooms the home has: UC may count
    /// less of the rent.
    BedroomsInHome,
    /// A renter with children under 16 who might share a bedroom, whose sexes were
    /// not given, where they change the rent UC counts.
    ChildrenSexes,
    /// Council Tax Reduction, where its figures for the household were not found.
    CouncilTaxReduction,
    /// Council tax and its reduction, when the council or band is not known.
    CouncilTaxNotKnown,
    /// Housing Benefit once UC stops, in supported or temporary accommodation: the
    /// earnings disregard from 5 October 2026 could not be confirmed.
    HousingBenefitOffUniversalCredit,
    /// Housing Benefit with other adults living there: their deductions (HB Regs 2006
    /// reg 74) are not worked out.
    HousingBenefitOtherAdults,
    /// New Style ESA, JSA or Carer's Allowance for someone who studies in a scenario:
    /// their rules for students are not worked out.
    BenefitsWhileStudying,
    /// New Style ESA, JSA or Carer's Allowance for someone self-employed in a
    /// scenario: their tests of self-employed earnings are not worked out.
    BenefitsWhileSelfEmployed,
}
