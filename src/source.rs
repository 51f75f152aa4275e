//! Where a figure or a rule comes from. Every figure in `rules/` and every line of an
//! outcome carries one, so the page can answer "Why?".

use serde::{Deserialize, Serialize};

/// A citation: how an adviser would write it, and the official address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    /// For example "UC Regs 2013 reg 22(1)(b)".
    pub cite: &'static str,
    /// A legislation.gov.uk or gov.uk address.
    pub url: &'static str,
}

impl Source {
    pub const fn new(cite: &'static str, url: &'static str) -> Source {
        Source { cite, url }
    }
}

/// The Universal Credit Regulations 2013 (SI 2013/376).
pub mod uc_regs_2013 {
    use super::Source;

    const fn reg(cite: &'static str, url: &'static str) -> Source {
        Source::new(cite, url)
    }

    pub const REG_6: Source = reg(
        "UC Regs 2013 reg 6",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/6",
    );
    pub const REG_18: Source = reg(
        "UC Regs 2013 reg 18",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/18",
    );
    pub const REG_22: Source = reg(
        "UC Regs 2013 reg 22",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/22",
    );
    pub const REG_24: Source = reg(
        "UC Regs 2013 reg 24",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/24",
    );
    pub const REG_27: Source = reg(
        "UC Regs 2013 reg 27",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/27",
    );
    pub const REG_29: Source = reg(
        "UC Regs 2013 reg 29",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/29",
    );
    pub const REG_32: Source = reg(
        "UC Regs 2013 reg 32",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/32",
    );
    pub const REG_34: Source = reg(
        "UC Regs 2013 reg 34",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/34",
    );
    pub const REG_36: Source = reg(
        "UC Regs 2013 reg 36",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/36",
    );
    pub const REG_41: Source = reg(
        "UC Regs 2013 reg 41",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/41",
    );
    pub const REG_54A: Source = reg(
        "UC Regs 2013 reg 54A (surplus earnings)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/54A",
    );
    pub const REG_55: Source = reg(
        "UC Regs 2013 reg 55",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/55",
    );
    pub const REG_66: Source = reg(
        "UC Regs 2013 reg 66",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/66",
    );
    pub const REG_72: Source = reg(
        "UC Regs 2013 reg 72",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/72",
    );
    pub const REG_80A: Source = reg(
        "UC Regs 2013 reg 80A",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/80A",
    );
    pub const REG_81: Source = reg(
        "UC Regs 2013 reg 81",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/81",
    );
    pub const REG_82: Source = reg(
        "UC Regs 2013 reg 82",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/82",
    );
    pub const REG_83: Source = reg(
        "UC Regs 2013 reg 83",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/83",
    );
    pub const SCH_4: Source = reg(
        "UC Regs 2013 Sch 4",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4",
    );
    pub const SCH_5: Source = reg(
        "UC Regs 2013 Sch 5",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/5",
    );
    pub const SCH_4_PARA_14: Source = reg(
        "UC Regs 2013 Sch 4 para 14",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/14",
    );
    pub const SCH_4_PARA_10: Source = reg(
        "UC Regs 2013 Sch 4 para 10",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/10",
    );
    pub const SCH_4_PARA_12: Source = reg(
        "UC Regs 2013 Sch 4 para 12",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/12",
    );
    pub const SCH_4_PARA_22: Source = reg(
        "UC Regs 2013 Sch 4 para 22",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/22",
    );
    pub const SCH_4_PARA_25: Source = reg(
        "UC Regs 2013 Sch 4 para 25",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/25",
    );
    pub const SCH_4_PARA_26: Source = reg(
        "UC Regs 2013 Sch 4 para 26",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/26",
    );
    pub const SCH_4_PARA_28: Source = reg(
        "UC Regs 2013 Sch 4 para 28",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/28",
    );
    pub const SCH_4_PARA_29: Source = reg(
        "UC Regs 2013 Sch 4 para 29",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/29",
    );
    pub const SCH_4_PARA_36: Source = reg(
        "UC Regs 2013 Sch 4 para 36",
        "https://www.legislation.gov.uk/uksi/2013/376/schedule/4/paragraph/36",
    );
}

/// Welfare Reform Act 2012 s.8: the award is the maximum amount less deductions.
pub const WRA_2012_S8: Source = Source::new(
    "Welfare Reform Act 2012 s.8",
    "https://www.legislation.gov.uk/ukpga/2012/5/section/8",
);

/// Universal Credit Act 2025: the health element split from 6 April 2026.
pub const UC_ACT_2025: Source = Source::new(
    "Universal Credit Act 2025 ss.2-4",
    "https://www.legislation.gov.uk/ukpga/2025/22",
);

pub const INCOME_TAX_ACT_2007_S35: Source = Source::new(
    "Income Tax Act 2007 s.35; Finance Act 2026 s.10",
    "https://www.legislation.gov.uk/ukpga/2007/3/section/35",
);
pub const FINANCE_ACT_2026_S2: Source = Source::new(
    "Finance Act 2026 s.2; Income Tax Act 2007 s.10",
    "https://www.legislation.gov.uk/ukpga/2026/11/section/2",
);
pub const SCOTTISH_RATE_RESOLUTION_2026: Source = Source::new(
    "Scottish Rate Resolution 2026-27 (Scottish Parliament motion S6M-20844)",
    "https://www.gov.uk/scottish-income-tax",
);
pub const NI_THRESHOLDS_2026: Source = Source::new(
    "Social Security (Contributions) Regs 2001 reg 10",
    "https://www.legislation.gov.uk/uksi/2001/1004/regulation/10",
);
pub const NI_RATES: Source = Source::new(
    "Social Security Contributions and Benefits Act 1992 s.8",
    "https://www.legislation.gov.uk/ukpga/1992/4/section/8",
);
pub const NI_EARNINGS_PERIODS: Source = Source::new(
    "Social Security (Contributions) Regs 2001 reg 11",
    "https://www.legislation.gov.uk/uksi/2001/1004/regulation/11",
);
pub const AUTO_ENROLMENT_THRESHOLDS_2026: Source = Source::new(
    "Automatic enrolment thresholds 2026/27 (written statement HCWS1206)",
    "https://www.gov.uk/government/publications/review-of-the-automatic-enrolment-earnings-trigger-and-qualifying-earnings-band-for-202627",
);
pub const AUTO_ENROLMENT_CONTRIBUTIONS: Source = Source::new(
    "Pensions Act 2008 s.20; gov.uk workplace pensions",
    "https://www.gov.uk/workplace-pensions/what-you-your-employer-and-the-government-pay",
);
pub const NATIONAL_LIVING_WAGE: Source = Source::new(
    "National Minimum Wage Regs 2015 reg 4",
    "https://www.legislation.gov.uk/uksi/2015/621/regulation/4",
);
pub const PIP_RATES: Source = Source::new(
    "Social Security (PIP) Regs 2013 reg 24",
    "https://www.legislation.gov.uk/uksi/2013/377/regulation/24",
);
pub const DLA_RATES: Source = Source::new(
    "Social Security Benefits Up-rating Order 2026 art 14",
    "https://www.legislation.gov.uk/uksi/2026/148/article/14",
);
pub const SCOTTISH_DISABILITY_RATES: Source = Source::new(
    "Social security assistance (Scotland) up-rating",
    "https://www.gov.scot/publications/social-security-assistance-scotland-up-rating-inflation-2025-26/pages/11",
);
pub const CHILD_BENEFIT_RATES: Source = Source::new(
    "Child Benefit (Rates) Regs 2006 reg 2",
    "https://www.legislation.gov.uk/uksi/2006/965/regulation/2",
);
/// The High Income Child Benefit Charge: how much (s.681C; who is liable is s.681B).
pub const ITEPA_2003_S681C: Source = Source::new(
    "Income Tax (Earnings and Pensions) Act 2003 s.681C; Finance (No. 2) Act 2024 s.5",
    "https://www.legislation.gov.uk/ukpga/2003/1/section/681C",
);
/// Scottish Child Payment Regulations 2020 (SSI 2020/351).
pub const SCOTTISH_CHILD_PAYMENT_AMOUNT: Source = Source::new(
    "Scottish Child Payment Regs 2020 reg 20",
    "https://www.legislation.gov.uk/ssi/2020/351/regulation/20",
);
pub const SCOTTISH_CHILD_PAYMENT_ELIGIBILITY: Source = Source::new(
    "Scottish Child Payment Regs 2020 reg 18",
    "https://www.legislation.gov.uk/ssi/2020/351/regulation/18",
);
/// A nil award of UC counts only when a sanction or deductions made it nil.
pub const SCOTTISH_CHILD_PAYMENT_NIL_AWARD: Source = Source::new(
    "Scottish Child Payment Regs 2020 reg 15",
    "https://www.legislation.gov.uk/ssi/2020/351/regulation/15",
);
/// Disability benefits are not means-tested: work and earnings do not change them.
pub const PIP_NOT_MEANS_TESTED: Source = Source::new(
    "Welfare Reform Act 2012 Part 4 (PIP has no earnings test)",
    "https://www.gov.uk/pip",
);
/// Take-home pay: gross pay less income tax, National Insurance and pension.
pub const TAKE_HOME_PAY: Source = Source::new(
    "Pay less income tax (ITA 2007), Class 1 NI (SSCBA 1992 s.8) and pension (Pensions Act 2008)",
    "https://www.gov.uk/income-tax-rates",
);

pub const ESA_PERMITTED_WORK: Source = Source::new(
    "ESA Regs 2013 regs 37 and 39 (work and permitted work)",
    "https://www.legislation.gov.uk/uksi/2013/379/regulation/39",
);
pub const JSA_REMUNERATIVE_WORK: Source = Source::new(
    "Jobseekers Act 1995 s.1(2)(e); JSA Regs 2013 reg 42 (remunerative work)",
    "https://www.legislation.gov.uk/uksi/2013/378/regulation/42",
);
pub const CARERS_ALLOWANCE_EARNINGS_LIMIT: Source = Source::new(
    "Social Security (Invalid Care Allowance) Regs 1976 reg 8 (earnings limit)",
    "https://www.legislation.gov.uk/uksi/1976/409/regulation/8",
);
pub const CARER_SUPPORT_PAYMENT: Source = Source::new(
    "Carer's Assistance (Carer Support Payment) (Scotland) Regs 2023 reg 16",
    "https://www.legislation.gov.uk/ssi/2023/302/regulation/16",
);

/// Council tax: the bands, discounts and disregards (Local Government Finance Act
/// 1992; Scotland's band ratios).
pub mod council_tax {
    use super::Source;

    pub const BANDS: Source = Source::new(
        "Local Government Finance Act 1992 s.5",
        "https://www.legislation.gov.uk/ukpga/1992/14/section/5",
    );
    pub const SCOTLAND_BANDS: Source = Source::new(
        "Council Tax (Substitution of Proportion) (Scotland) Order 2016",
        "https://www.legislation.gov.uk/ssi/2016/368/made",
    );
    pub const DISCOUNTS: Source = Source::new(
        "Local Government Finance Act 1992 s.11",
        "https://www.legislation.gov.uk/ukpga/1992/14/section/11",
    );
    pub const DISREGARDS: Source = Source::new(
        "Local Government Finance Act 1992 Sch 1 para 2",
        "https://www.legislation.gov.uk/ukpga/1992/14/schedule/1/paragraph/2",
    );
    pub const SEVERE_MENTAL_IMPAIRMENT_EXEMPTION: Source = Source::new(
        "Council Tax (Exempt Dwellings) Order 1992 Class U (SI 1999/536)",
        "https://www.legislation.gov.uk/uksi/1999/536/made",
    );
    pub const REDUCTION_SCOTLAND: Source = Source::new(
        "Council Tax Reduction (Scotland) Regulations 2021",
        "https://www.legislation.gov.uk/ssi/2021/249",
    );
    pub const REDUCTION_SCOTLAND_AMOUNTS: Source = Source::new(
        "Council Tax Reduction (Scotland) Regulations 2021 Sch 1",
        "https://www.legislation.gov.uk/ssi/2021/249/schedule/1",
    );
    pub const REDUCTION_WALES: Source = Source::new(
        "Council Tax Reduction Schemes (Prescribed Requirements) (Wales) Regulations 2013",
        "https://www.legislation.gov.uk/wsi/2013/3029",
    );
    pub const REDUCTION_ENGLAND_DEFAULT: Source = Source::new(
        "Council Tax Reduction Schemes (Default Scheme) (England) Regulations 2012",
        "https://www.legislation.gov.uk/uksi/2012/2886",
    );
    pub const REDUCTION_KINGSTON: Source = Source::new(
        "Royal Borough of Kingston upon Thames, Council Tax Reduction Scheme 2026-2027",
        "https://www.kingston.gov.uk/sites/default/files/2026-03/Council%20Tax%20Reduction%20Scheme%202026%20-%202027.pdf",
    );
    pub const REDUCTION_NEWHAM: Source = Source::new(
        "London Borough of Newham, Council Tax Reduction Scheme 2026",
        "https://www.newham.gov.uk/downloads/file/10753/council-tax-reduction-scheme-2026",
    );
    pub const REDUCTION_SLOUGH: Source = Source::new(
        "Slough Borough Council, Council Tax Support scheme 2026-27",
        "https://www.slough.gov.uk/council-tax-support/calculate-council-tax-support-2026-27/2",
    );
    pub const HOUSING_BENEFIT_AMOUNTS: Source = Source::new(
        "Housing Benefit Regulations 2006 Sch 3",
        "https://www.legislation.gov.uk/uksi/2006/213/schedule/3",
    );
    pub const EARNINGS_DISREGARDS: Source = Source::new(
        "Housing Benefit Regulations 2006 Sch 4",
        "https://www.legislation.gov.uk/uksi/2006/213/schedule/4",
    );
}

/// Housing Benefit for supported and temporary accommodation.
pub mod housing_benefit {
    use super::Source;

    pub const EXTENDED_PAYMENT: Source = Source::new(
        "Housing Benefit Regulations 2006 regs 73 to 73B (extended payments when a contributory benefit stops)",
        "https://www.legislation.gov.uk/uksi/2006/213/regulation/73",
    );
    pub const MAXIMUM: Source = Source::new(
        "Housing Benefit Regulations 2006 reg 70",
        "https://www.legislation.gov.uk/uksi/2006/213/regulation/70",
    );
    pub const TAPER: Source = Source::new(
        "Housing Benefit Regulations 2006 reg 71",
        "https://www.legislation.gov.uk/uksi/2006/213/regulation/71",
    );
    pub const CAPITAL_LIMIT: Source = Source::new(
        "Housing Benefit Regulations 2006 reg 43",
        "https://www.legislation.gov.uk/uksi/2006/213/regulation/43",
    );
    pub const MINIMUM: Source = Source::new(
        "Housing Benefit Regulations 2006 reg 75",
        "https://www.legislation.gov.uk/uksi/2006/213/regulation/75",
    );
    pub const WITH_UNIVERSAL_CREDIT: Source = Source::new(
        "UC (Transitional Provisions) Regs 2014 reg 5(2)(a)",
        "https://www.legislation.gov.uk/uksi/2014/1230/regulation/5",
    );
    pub const TEMPORARY_ACCOMMODATION_WORK_ALLOWANCE: Source = Source::new(
        "UC (Transitional Provisions) Regs 2014 reg 5A",
        "https://www.legislation.gov.uk/uksi/2014/1230/regulation/5A",
    );
}

/// Help that comes with Universal Credit ("passported" help).
pub mod passported_help {
    use super::Source;

    pub const NHS_HEALTH_COSTS_ON_UNIVERSAL_CREDIT: Source = Source::new(
        "NHS Business Services Authority: help with health costs on Universal Credit",
        "https://www.nhsbsa.nhs.uk/help-nhs-prescription-costs/free-nhs-prescriptions/hwhc-universal-credit",
    );
    pub const PRESCRIPTION_CHARGES_2026_27: Source = Source::new(
        "Written Ministerial Statement HCWS1091, 24 November 2025: NHS prescription charges frozen for 2026/27",
        "https://questions-statements.parliament.uk/written-statements/detail/2025-11-24/HCWS1091",
    );
    pub const FREE_SCHOOL_MEALS_ON_UNIVERSAL_CREDIT: Source = Source::new(
        "Free school meals for every child in a household on Universal Credit in England, from September 2026 (DfE, 5 June 2025)",
        "https://www.gov.uk/government/news/free-school-meals-expansion",
    );
    pub const SCHOOL_MEAL_FUNDING: Source = Source::new(
        "DfE universal infant free school meals: conditions of grant (a rate per meal, 190 meals a year)",
        "https://www.gov.uk/government/publications/universal-infant-free-school-meals-uifsm-2024-to-2025",
    );
    pub const HEALTHY_START: Source = Source::new(
        "Healthy Start (NHS Business Services Authority)",
        "https://www.healthystart.nhs.uk/",
    );
    pub const WARM_HOME_DISCOUNT: Source = Source::new(
        "The Warm Home Discount Scheme (gov.uk)",
        "https://www.gov.uk/the-warm-home-discount-scheme",
    );
}

/// Study and self-employment in Universal Credit.
pub mod work_and_study {
    use super::Source;

    pub const CLASS_4: Source = Source::new(
        "Social Security Contributions and Benefits Act 1992 s.15 (Class 4 contributions)",
        "https://www.legislation.gov.uk/ukpga/1992/4/section/15",
    );
    pub const MINIMUM_WAGE_BY_AGE: Source = Source::new(
        "National Minimum Wage Regs 2015 reg 4A (the rates below 21)",
        "https://www.gov.uk/national-minimum-wage-rates",
    );
    pub const SELF_EMPLOYED_EARNINGS: Source = Source::new(
        "UC Regs 2013 reg 57 (self-employed earnings)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/57",
    );
    pub const MINIMUM_INCOME_FLOOR: Source = Source::new(
        "UC Regs 2013 reg 62 (minimum income floor)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/62",
    );
    pub const EXPECTED_HOURS: Source = Source::new(
        "UC Regs 2013 regs 88 and 90 (expected hours, the individual threshold)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/90",
    );
    pub const STUDENTS: Source = Source::new(
        "UC Regs 2013 regs 12 and 14 (full-time students and the exceptions)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/14",
    );
    pub const STUDENT_INCOME: Source = Source::new(
        "UC Regs 2013 reg 71 (student income: spread over the course year, less £110)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/71",
    );
    pub const VOLUNTEERING: Source = Source::new(
        "UC Regs 2013 reg 60(4)(a); ESA Regs 2013 reg 39(1)(e) (unpaid work for a charity or voluntary organisation)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/60",
    );
}

/// The transitional element of a managed move to UC (`universal_credit/mod.rs`).
pub const TRANSITIONAL_ELEMENT: Source = Source::new(
    "UC (Transitional Provisions) Regs 2014 reg 55 (the transitional element)",
    "https://www.legislation.gov.uk/uksi/2014/1230/regulation/55",
);

/// The first months of work, month by month (`engine/first_months/`).
pub mod first_months {
    use super::Source;

    pub const BANK_HOLIDAYS: Source = Source::new(
        "UK bank holidays (Banking and Financial Dealings Act 1971 Sch 1, and proclamation)",
        "https://www.gov.uk/bank-holidays",
    );
    pub const ASSESSMENT_PERIODS: Source = Source::new(
        "UC Regs 2013 reg 21 (assessment periods of one month)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/21",
    );
    pub const PAY_IN_THE_PERIOD: Source = Source::new(
        "UC Regs 2013 regs 54 and 61 (the pay received in the assessment period)",
        "https://www.legislation.gov.uk/uksi/2013/376/regulation/61",
    );
    pub const UC_PAYMENT_DAY: Source = Source::new(
        "UC etc. (Claims and Payments) Regs 2013 reg 47 (paid within seven days of the period's end; the working day before, on a weekend or bank holiday)",
        "https://www.gov.uk/universal-credit/how-youre-paid",
    );
    pub const CARERS_ALLOWANCE_WEEK: Source = Source::new(
        "Social Security Benefit (Computation of Earnings) Regs 1996 reg 6; SI 1976/409 reg 8 (earnings of the week before)",
        "https://www.legislation.gov.uk/uksi/1996/2745/regulation/6",
    );
    pub const WHOLE_MONTH: Source = Source::new(
        "UC etc. (Decisions and Appeals) Regs 2013 Sch 1 para 20 (a change counts from the first day of its assessment period)",
        "https://www.legislation.gov.uk/uksi/2013/381/schedule/1/part/3",
    );
    pub const BENEFIT_WEEK_OF_CHANGE: Source = Source::new(
        "UC etc. (Decisions and Appeals) Regs 2013 Sch 1 paras 1 and 4 (ESA and JSA change from the benefit week of the change); ESA Regs 2013 reg 37",
        "https://www.legislation.gov.uk/uksi/2013/381/schedule/1/part/1",
    );
}
