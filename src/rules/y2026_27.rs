//! Rates and thresholds for tax year 2026 to 2027 (6 April 2026 to 5 April 2027).
//!
//! Every figure is checked against `shared/reference/rates-2026-27.md` (compiled
//! 2026-11-23) and cites its own source. Figures the reference marks as inferred or
//! secondary say so beside them with `UNCLEAR:`.
//! DWP benefit rates apply from the benefit week starting 6 April 2026; UC amounts
//! apply to assessment periods starting on or after that date.

use crate::dates::TaxYear;
use crate::money::{Money, Rate};
use crate::period::{Monthly, Weekly, Yearly};
use crate::rules::{
    BankHolidays, BenefitCap, CarersAllowanceRates, ChildBenefit, Cited, DisabilityBenefits,
    HighIncomeChildBenefitCharge, HousingBenefitRules, IncomeTax, MinimumWage, NationalInsurance,
    NewStyleEsaRates, NewStyleJsaRates, PensionThresholds, Rules, ScottishChildPayment,
    SizeCriteria, Tables, TaxBand, TaxBandName, UniversalCredit, WorkplacePension,
};
use crate::source::{self, uc_regs_2013, Source};

const fn monthly(pounds: u32, pence: u32, source: Source) -> Cited<Monthly> {
    Cited::new(Monthly(Money::gbp(pounds, pence)), source)
}

const fn weekly(pounds: u32, pence: u32, source: Source) -> Cited<Weekly> {
    Cited::new(Weekly(Money::gbp(pounds, pence)), source)
}

const fn yearly(pounds: u32, source: Source) -> Cited<Yearly> {
    Cited::new(Yearly(Money::pounds(pounds)), source)
}

const UC_ACT_2025_S3: Source = Source::new(
    "Universal Credit Act 2025 s.3 (LCW and LCWRA elements frozen 2026-27 to 2029-30)",
    "https://www.legislation.gov.uk/ukpga/2025/22/section/3",
);
const SI_2026_113: Source = Source::new(
    "UC Regs 2013 reg 36, as amended by SI 2026/113",
    "https://www.legislation.gov.uk/uksi/2026/113/made",
);
const PENSIONS_ACT_2008_S3: Source = Source::new(
    "Pensions Act 2008 s.3 (jobholders aged at least 22 and under State Pension age)",
    "https://www.legislation.gov.uk/ukpga/2008/30/section/3",
);
const RELIEF_AT_SOURCE: Source = Source::new(
    "Finance Act 2004 s.192 (relief at source: contributions paid net of basic rate tax)",
    "https://www.legislation.gov.uk/ukpga/2004/12/section/192",
);
const TPR_PAY_PERIOD_TABLE: Source = Source::new(
    "The Pensions Regulator: automatic enrolment earnings thresholds by pay reference period",
    "https://www.thepensionsregulator.gov.uk/en/business-advisers/automatic-enrolment-guide-for-business-advisers/automatic-enrolment-earnings-threshold",
);

const fn pension_thresholds(
    lower: u32,
    trigger: u32,
    upper: u32,
    source: Source,
) -> Cited<PensionThresholds> {
    Cited::new(
        PensionThresholds {
            qualifying_earnings_lower_limit: Money::pounds(lower),
            earnings_trigger: Money::pounds(trigger),
            qualifying_earnings_upper_limit: Money::pounds(upper),
        },
        source,
    )
}

const ESA_RATES: Source = Source::new(
    "DWP benefit and pension rates 2026 to 2027 (ESA)",
    "https://www.gov.uk/government/publications/benefit-and-pension-rates-2026-to-2027/proposed-benefit-and-pension-rates-2026-to-2027",
);
const ESA_REG_39: Source = Source::new(
    "ESA Regs 2013 reg 39 (exempt work: permitted work)",
    "https://www.legislation.gov.uk/uksi/2013/379/regulation/39",
);
const ESA_REG_67: Source = Source::new(
    "ESA Regs 2013 reg 67 (pension payments)",
    "https://www.legislation.gov.uk/uksi/2013/379/regulation/67",
);
const SI_2026_148_ART_25: Source = Source::new(
    "SI 2026/148 art 25 (New Style JSA amounts)",
    "https://www.legislation.gov.uk/uksi/2026/148/article/25",
);
const JSA_REGS_2013: Source = Source::new(
    "Jobseeker's Allowance Regs 2013",
    "https://www.legislation.gov.uk/uksi/2013/378/contents",
);
const JSA_REGS_2013_REG_51: Source = Source::new(
    "Jobseeker's Allowance Regs 2013 reg 51 (pension payments)",
    "https://www.legislation.gov.uk/uksi/2013/378/regulation/51",
);
const SI_2026_148_SCH_1: Source = Source::new(
    "SI 2026/148 Sch 1 Part III (Carer's Allowance)",
    "https://www.legislation.gov.uk/uksi/2026/148/schedule/1/made",
);
const CARERS_ALLOWANCE_ELIGIBILITY: Source = Source::new(
    "gov.uk: Carer's Allowance eligibility (earnings limit)",
    "https://www.gov.uk/carers-allowance/eligibility",
);
const COMPUTATION_OF_EARNINGS: Source = Source::new(
    "Social Security Benefit (Computation of Earnings) Regs 1996 reg 10",
    "https://www.legislation.gov.uk/uksi/1996/2745/regulation/10",
);
const COMPUTATION_OF_EARNINGS_SCH_3: Source = Source::new(
    "Social Security Benefit (Computation of Earnings) Regs 1996 Sch 3",
    "https://www.legislation.gov.uk/uksi/1996/2745/schedule/3",
);
const CARER_SUPPORT_PAYMENT_REG_16: Source = Source::new(
    "Carer's Assistance (Carer Support Payment) (Scotland) Regs 2023 reg 16",
    "https://www.legislation.gov.uk/ssi/2023/302/regulation/16",
);

const CHILD_BENEFIT_GOV_UK: Source = source::CHILD_BENEFIT_RATES;

/// England, Wales and Northern Ireland: Finance Act 2026 s.2 keeps the basic rate
/// limit at £37,700 and the higher rate limit at £125,140.
const BANDS_REST_OF_UK: [TaxBand; 3] = [
    TaxBand {
        name: TaxBandName::Basic,
        up_to: Some(Money::pounds(37_700)),
        rate: Rate::percent(20),
    },
    TaxBand {
        name: TaxBandName::Higher,
        up_to: Some(Money::pounds(125_140)),
        rate: Rate::percent(40),
    },
    TaxBand {
        name: TaxBandName::Additional,
        up_to: None,
        rate: Rate::percent(45),
    },
];

/// Scottish rate resolution S6M-20844 (lodged 17 February 2026). Band tops are in
/// taxable income: £3,967 is £16,537 of pay with the full personal allowance.
/// UNCLEAR: the reference read the motion and debate, not the vote that passed it.
const BANDS_SCOTLAND: [TaxBand; 6] = [
    TaxBand {
        name: TaxBandName::Starter,
        up_to: Some(Money::pounds(3_967)),
        rate: Rate::percent(19),
    },
    TaxBand {
        name: TaxBandName::Basic,
        up_to: Some(Money::pounds(16_956)),
        rate: Rate::percent(20),
    },
    TaxBand {
        name: TaxBandName::Intermediate,
        up_to: Some(Money::pounds(31_092)),
        rate: Rate::percent(21),
    },
    TaxBand {
        name: TaxBandName::Higher,
        up_to: Some(Money::pounds(62_430)),
        rate: Rate::percent(42),
    },
    TaxBand {
        name: TaxBandName::Advanced,
        up_to: Some(Money::pounds(125_140)),
        rate: Rate::percent(45),
    },
    TaxBand {
        name: TaxBandName::Top,
        up_to: None,
        rate: Rate::percent(48),
    },
];

pub const RULES_2026_27: Rules = Rules {
    tax_year: TaxYear::starting(2026),
    universal_credit: UniversalCredit {
        // UC Regs 2013 reg 36 table, 2026/27 (rates reference §1, [M]).
        standard_allowance_single_under_25: monthly(338, 58, uc_regs_2013::REG_36),
        standard_allowance_single_25_or_over: monthly(424, 90, uc_regs_2013::REG_36),
        standard_allowance_couple_both_under_25: monthly(528, 34, uc_regs_2013::REG_36),
        standard_allowance_couple_one_or_both_25_or_over: monthly(666, 97, uc_regs_2013::REG_36),
        // Reg 36: "first child or qualifying young person £351.88"; the higher amount
        // only where that child was born before 6 April 2017 (reg 24, as amended by the
        // UC (Removal of Two Child Limit) Act 2026; rates reference §1 [M] and [S]).
        child_element_first_child_born_before_6_april_2017: monthly(351, 88, uc_regs_2013::REG_36),
        child_element: monthly(303, 94, uc_regs_2013::REG_36),
        disabled_child_addition_lower: monthly(164, 79, uc_regs_2013::REG_36),
        disabled_child_addition_higher: monthly(514, 71, uc_regs_2013::REG_36),
        // UNCLEAR: £158.76 frozen, read only in secondary sources (benefitsandwork,
        // had.org) and the heading of UC Act 2025 s.3.
        lcw_element: monthly(158, 76, UC_ACT_2025_S3),
        // Reg 36 as amended: £429.80 for a pre-2026 claimant, a severe conditions
        // criteria claimant or a claimant who is terminally ill.
        lcwra_element_protected: monthly(429, 80, SI_2026_113),
        // Reg 36 as amended by UC Act 2025 s.2: "other than a pre-2026 claimant ... £217.26".
        lcwra_element_new_claimant: monthly(217, 26, uc_regs_2013::REG_36),
        carer_element: monthly(209, 34, uc_regs_2013::REG_36),
        // Reg 34: 85% of the relevant childcare costs, up to the reg 36 maximum.
        childcare_costs_rate: Cited::new(Rate::percent(85), uc_regs_2013::REG_34),
        childcare_costs_cap_one_child: monthly(1_071, 9, uc_regs_2013::REG_36),
        childcare_costs_cap_two_or_more_children: monthly(1_836, 16, uc_regs_2013::REG_36),
        // Reg 22(2) table: higher work allowance with no housing costs element, lower with one.
        work_allowance_higher: monthly(710, 0, uc_regs_2013::REG_22),
        work_allowance_lower: monthly(427, 0, uc_regs_2013::REG_22),
        // Reg 22(1)(b): "55% of that earned income".
        earnings_taper: Cited::new(Rate::percent(55), uc_regs_2013::REG_22),
        // Reg 72(1): capital of £6,000 or less is not counted as income.
        capital_lower_limit: Cited::new(Money::pounds(6_000), uc_regs_2013::REG_72),
        // Reg 18(1)(a): no UC where capital "exceeds £16,000".
        capital_upper_limit: Cited::new(Money::pounds(16_000), uc_regs_2013::REG_18),
        // Reg 72(1): "£4.35 for each £250 in excess of £6,000 and £4.35 for any excess
        // which is not a complete £250".
        tariff_income_per_step: monthly(4, 35, uc_regs_2013::REG_72),
        tariff_income_step: Cited::new(Money::pounds(250), uc_regs_2013::REG_72),
        // Sch 4 para 14: £96.55 for each non-dependant.
        housing_cost_contribution: monthly(96, 55, uc_regs_2013::SCH_4_PARA_14),
        // Sch 4 para 16: no contribution for a non-dependant aged under 21.
        housing_cost_contribution_minimum_age: Cited::new(21, uc_regs_2013::SCH_4),
        // Reg 41(2): "16 multiplied by the national minimum wage", × 52 / 12: £881.23
        // for 2026/27 (rates reference R4; the arithmetic is inferred there).
        health_assessment_earnings_hours: Cited::new(16, uc_regs_2013::REG_41),
    },
    // Not uprated: ages and percentages written in the regulations (rates reference
    // §6 and §7 of housing-and-council-tax-2026-27.md [O]).
    size_criteria: SizeCriteria {
        // Para 10(1): one bedroom for "a person ... who is 16 years old or over", for
        // "two children of the same sex" and for "two children who are less than 10".
        own_bedroom_from_age: Cited::new(16, uc_regs_2013::SCH_4_PARA_10),
        children_of_either_sex_share_under: Cited::new(10, uc_regs_2013::SCH_4_PARA_10),
        // Para 26: "no renter is entitled to more than 4 bedrooms".
        most_bedrooms_private: Cited::new(4, uc_regs_2013::SCH_4_PARA_26),
        // Para 28(2)(a): "is under 35 years old".
        shared_accommodation_under: Cited::new(35, uc_regs_2013::SCH_4_PARA_28),
        // Para 29(2): "at least 18 but under 25 years old and was a care leaver".
        care_leaver_from: Cited::new(18, uc_regs_2013::SCH_4_PARA_29),
        care_leaver_under: Cited::new(25, uc_regs_2013::SCH_4_PARA_29),
        // Para 36(3) and (4): "14%" for one excess bedroom, "25%" for two or more.
        one_spare_bedroom: Cited::new(Rate::percent(14), uc_regs_2013::SCH_4_PARA_36),
        two_or_more_spare_bedrooms: Cited::new(Rate::percent(25), uc_regs_2013::SCH_4_PARA_36),
    },
    council_tax: council_tax::COUNCIL_TAX,
    // HB Regs 2006 reg 71 "65 per cent" [O]; £16,000 (reg 43) and the £0.50 minimum
    // (reg 75) are not uprated (housing reference §5 [PE][M]).
    housing_benefit: HousingBenefitRules {
        taper: Cited::new(Rate::percent(65), source::housing_benefit::TAPER),
        capital_limit: Cited::new(
            Money::pounds(16_000),
            source::housing_benefit::CAPITAL_LIMIT,
        ),
        minimum_weekly: weekly(0, 50, source::housing_benefit::MINIMUM),
    },
    benefit_cap: BenefitCap {
        // Reg 80A(2), unchanged for 2026/27 (DWP rates 26/27 [O]).
        greater_london_couple_or_with_children: yearly(25_323, uc_regs_2013::REG_80A),
        greater_london_single: yearly(16_967, uc_regs_2013::REG_80A),
        elsewhere_couple_or_with_children: yearly(22_020, uc_regs_2013::REG_80A),
        elsewhere_single: yearly(14_753, uc_regs_2013::REG_80A),
        // Reg 82(1)(a): earnings at the National Living Wage for 16 hours a week,
        // × 52 / 12 (£881 for 2026/27 once pence are dropped by reg 6(1A)).
        earnings_exemption_hours: Cited::new(16, uc_regs_2013::REG_82),
    },
    income_tax: IncomeTax {
        personal_allowance: yearly(12_570, source::INCOME_TAX_ACT_2007_S35),
        personal_allowance_taper_threshold: yearly(100_000, source::INCOME_TAX_ACT_2007_S35),
        bands_rest_of_uk: Cited::new(BANDS_REST_OF_UK, source::FINANCE_ACT_2026_S2),
        bands_scotland: Cited::new(BANDS_SCOTLAND, source::SCOTTISH_RATE_RESOLUTION_2026),
    },
    national_insurance: NationalInsurance {
        // SSCR 2001 reg 10 for 2026/27: £242 a week [M]; the monthly figures £1,048
        // and £4,189 are HMRC's, read in secondary copies (paypacket.io, moorepay) [S].
        primary_threshold_yearly: yearly(12_570, source::NI_THRESHOLDS_2026),
        upper_earnings_limit_yearly: yearly(50_270, source::NI_THRESHOLDS_2026),
        primary_threshold_weekly: weekly(242, 0, source::NI_THRESHOLDS_2026),
        primary_threshold_monthly: monthly(1_048, 0, source::NI_THRESHOLDS_2026),
        upper_earnings_limit_weekly: weekly(967, 0, source::NI_THRESHOLDS_2026),
        upper_earnings_limit_monthly: monthly(4_189, 0, source::NI_THRESHOLDS_2026),
        // SSCBA 1992 s.8: "main primary percentage is 8%", additional 2%.
        main_rate: Cited::new(Rate::percent(8), source::NI_RATES),
        additional_rate: Cited::new(Rate::percent(2), source::NI_RATES),
    },
    workplace_pension: WorkplacePension {
        // Written statement HCWS1206, 18 December 2025: "all automatic enrolment
        // thresholds for 2026-27 will be maintained at their 2025-26 levels".
        yearly: pension_thresholds(
            6_240,
            10_000,
            50_270,
            source::AUTO_ENROLMENT_THRESHOLDS_2026,
        ),
        // The Pensions Regulator's table of rounded figures for each pay reference
        // period (2025-26 table; unchanged for 2026-27 by the statement above).
        weekly: pension_thresholds(120, 192, 967, TPR_PAY_PERIOD_TABLE),
        fortnightly: pension_thresholds(240, 384, 1_934, TPR_PAY_PERIOD_TABLE),
        four_weekly: pension_thresholds(480, 768, 3_867, TPR_PAY_PERIOD_TABLE),
        monthly: pension_thresholds(520, 833, 4_189, TPR_PAY_PERIOD_TABLE),
        // UNCLEAR: the statutory minimum (8% in total, at least 3% from the employer, so
        // 5% from the employee including tax relief) was not re-read for 2026/27.
        employee_minimum_rate: Cited::new(Rate::percent(5), source::AUTO_ENROLMENT_CONTRIBUTIONS),
        basic_rate_relief: Cited::new(Rate::percent(20), RELIEF_AT_SOURCE),
        automatic_enrolment_minimum_age: Cited::new(22, PENSIONS_ACT_2008_S3),
        // State Pension age is at least 66, so a jobholder aged 65 or under is always
        // under it. Someone aged 66 may or may not be (it rises to 67 from 2026).
        automatic_enrolment_maximum_age: Cited::new(65, PENSIONS_ACT_2008_S3),
    },
    minimum_wage: MinimumWage {
        // NMW Regs 2015 reg 4: "£12.71 ... from 1 April 2026".
        national_living_wage: Cited::new(Money::gbp(12, 71), source::NATIONAL_LIVING_WAGE),
        // Rates reference §4 [O] (gov.uk rates table): £10.85 at 18 to 20, £8.00 under 18.
        age_18_to_20: Cited::new(
            Money::gbp(10, 85),
            source::work_and_study::MINIMUM_WAGE_BY_AGE,
        ),
        under_18: Cited::new(
            Money::gbp(8, 0),
            source::work_and_study::MINIMUM_WAGE_BY_AGE,
        ),
    },
    disability_benefits: DisabilityBenefits {
        pip_daily_living_standard: weekly(76, 70, source::PIP_RATES),
        pip_daily_living_enhanced: weekly(114, 60, source::PIP_RATES),
        pip_mobility_standard: weekly(30, 30, source::PIP_RATES),
        pip_mobility_enhanced: weekly(80, 0, source::PIP_RATES),
        dla_care_lowest: weekly(30, 30, source::DLA_RATES),
        dla_care_middle: weekly(76, 70, source::DLA_RATES),
        dla_care_highest: weekly(114, 60, source::DLA_RATES),
        dla_mobility_lower: weekly(30, 30, source::DLA_RATES),
        dla_mobility_higher: weekly(80, 0, source::DLA_RATES),
        // UNCLEAR: ADP and CDP 2026/27 rates are inferred to equal PIP and DLA (Scottish
        // Ministers match DWP uprating); the 2026-27 gov.scot annex was not read.
        adp_daily_living_standard: weekly(76, 70, source::SCOTTISH_DISABILITY_RATES),
        adp_daily_living_enhanced: weekly(114, 60, source::SCOTTISH_DISABILITY_RATES),
        adp_mobility_standard: weekly(30, 30, source::SCOTTISH_DISABILITY_RATES),
        adp_mobility_enhanced: weekly(80, 0, source::SCOTTISH_DISABILITY_RATES),
        cdp_care_lowest: weekly(30, 30, source::SCOTTISH_DISABILITY_RATES),
        cdp_care_middle: weekly(76, 70, source::SCOTTISH_DISABILITY_RATES),
        cdp_care_highest: weekly(114, 60, source::SCOTTISH_DISABILITY_RATES),
        cdp_mobility_lower: weekly(30, 30, source::SCOTTISH_DISABILITY_RATES),
        cdp_mobility_higher: weekly(80, 0, source::SCOTTISH_DISABILITY_RATES),
    },
    child_benefit: ChildBenefit {
        // Child Benefit (Rates) Regs 2006 reg 2: "£27.05 (the enhanced rate)", £17.90.
        eldest_child: weekly(27, 5, CHILD_BENEFIT_GOV_UK),
        each_other_child: weekly(17, 90, CHILD_BENEFIT_GOV_UK),
    },
    // UNCLEAR: the 2026/27 New Style ESA amounts were read only in secondary copies
    // of the DWP rates page (rates reference section 2, open question 4); the
    // assessment phase amounts equal the New Style JSA amounts, which are in SI
    // 2026/148 art 25.
    new_style_esa: NewStyleEsaRates {
        assessment_phase_lower_rate_under: Cited::new(25, ESA_RATES),
        assessment_phase_under_25: weekly(75, 65, ESA_RATES),
        assessment_phase_25_or_over: weekly(95, 55, ESA_RATES),
        main_phase_basic_amount: weekly(95, 55, ESA_RATES),
        support_component: weekly(50, 35, ESA_RATES),
        work_related_activity_component: weekly(37, 95, ESA_RATES),
        // Reg 39(1)(a): "does not exceed £20".
        permitted_work_lower_limit: weekly(20, 0, ESA_REG_39),
        // INFERRED: reg 39 sets the limit at 16 × the National Living Wage rounded up
        // to the next 50p: 16 × £12.71 = £203.36, so £203.50 (rates reference R6). No
        // official 2026/27 publication of the figure was read.
        permitted_work_higher_limit: weekly(203, 50, ESA_REG_39),
        permitted_work_hours: Cited::new(16, ESA_REG_39),
        // Reg 67: over "£85" a week, ESA is "reduced by an amount equal to 50% of the
        // excess" (read by the issue's reviewer). Not modelled: a pension paid because
        // a scheme member died, which the reduction leaves out (the question sends it
        // to "other money").
        pension_threshold: weekly(85, 0, ESA_REG_67),
        pension_reduction: Cited::new(Rate::percent(50), ESA_REG_67),
    },
    new_style_jsa: NewStyleJsaRates {
        lower_rate_under: Cited::new(25, SI_2026_148_ART_25),
        // SI 2026/148 art 25 substitutes "£75.65" and "£95.55".
        under_25: weekly(75, 65, SI_2026_148_ART_25),
        aged_25_or_over: weekly(95, 55, SI_2026_148_ART_25),
        // UNCLEAR: the £5 disregard is in PolicyEngine's parameters (rates reference
        // section 2); the paragraph of the JSA Regs 2013 was not read.
        earnings_disregard: weekly(5, 0, JSA_REGS_2013),
        // Jobseekers Act 1995 s.1(2)(e) and JSA Regs 2013 reg 42: 16 hours.
        remunerative_work_hours: Cited::new(16, JSA_REGS_2013),
        // Reg 51: pension payments over £50 a week come off pound for pound. UNCLEAR:
        // read in the Northern Ireland twin (SR 2016/218 reg 51), not the GB text.
        pension_threshold: weekly(50, 0, JSA_REGS_2013_REG_51),
    },
    carers_allowance: CarersAllowanceRates {
        // SI 2026/148 Sch 1 Part III: "Carer's allowance, £86.45"; Carer Support
        // Payment is the same (SSI 2023/302 reg 16).
        weekly_rate: weekly(86, 45, SI_2026_148_SCH_1),
        // gov.uk: "£204 or less a week after tax, National Insurance and expenses".
        earnings_limit: weekly(204, 0, CARERS_ALLOWANCE_ELIGIBILITY),
        // Computation of Earnings Regs 1996 reg 10(4): "one-half of any sum paid".
        pension_contributions_deducted: Cited::new(Rate::percent(50), COMPUTATION_OF_EARNINGS),
        // Sch 3: care costs up to 50% of net earnings.
        care_costs_most_share: Cited::new(Rate::percent(50), COMPUTATION_OF_EARNINGS_SCH_3),
        // SSI 2023/302 reg 16: "weekly amount of Scottish Carer Supplement is £11.70".
        scottish_carer_supplement: weekly(11, 70, CARER_SUPPORT_PAYMENT_REG_16),
    },
    high_income_child_benefit_charge: HighIncomeChildBenefitCharge {
        // ITEPA 2003 s.681C(2): "L is £60,000; X is £200" (Finance (No. 2) Act 2024
        // s.5, from 2024/25; read on legislation.gov.uk). All of it at £80,000.
        threshold: yearly(60_000, source::ITEPA_2003_S681C),
        income_per_percent: Cited::new(Money::pounds(200), source::ITEPA_2003_S681C),
    },
    scottish_child_payment: ScottishChildPayment {
        // SSI 2020/351 reg 20: £28.20 a week for each child, 2026/27 (rates reference
        // §5 [M]).
        weekly_per_child: weekly(28, 20, source::SCOTTISH_CHILD_PAYMENT_AMOUNT),
        // Reg 18 as amended (extended to children under 16 from 14 November 2022):
        // rates reference §5 and mygov.scot [M]. UNCLEAR: reg 18's amended text was not
        // read here.
        child_under_age: Cited::new(16, source::SCOTTISH_CHILD_PAYMENT_ELIGIBILITY),
    },
    passported_help: passported_help::PASSPORTED_HELP,
    self_employment: work_and_study::SELF_EMPLOYMENT,
    study: work_and_study::STUDY,
};

mod bank_holidays;
mod council_tax;
mod council_tax_band_d;
mod lha_areas;
mod passported_help;
mod work_and_study;

/// The published tables for 2026/27 (see `rules::tables`).
pub const TABLES_2026_27: Tables = Tables {
    lha_areas: &lha_areas::LHA_AREAS,
    lha_sources: &lha_areas::SOURCES,
    councils: &council_tax_band_d::COUNCILS,
    council_tax_sources: &council_tax_band_d::SOURCES,
    bank_holidays: BankHolidays {
        england_and_wales: &bank_holidays::ENGLAND_AND_WALES,
        scotland: &bank_holidays::SCOTLAND,
        northern_ireland: &bank_holidays::NORTHERN_IRELAND,
        source: source::first_months::BANK_HOLIDAYS,
    },
};
