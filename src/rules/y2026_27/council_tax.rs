//! Council tax and Council Tax Reduction for 2026/27: the band ratios and discounts,
//! and each scheme's figures, with the reference cells they come from
//! (shared/reference/housing-and-council-tax-2026-27.md; the Band D amounts are in
//! `council_tax_band_d.rs`).

use crate::money::{Money, Rate};
use crate::rules::{
    AllowanceSet, Allowances, BandedScheme, Cited, CouncilTaxReductionRules, CouncilTaxRules,
    EarningsDisregards, TaperedScheme, UcApplicableAmount,
};
use crate::source::council_tax as sources;

use super::weekly;

pub const COUNCIL_TAX: CouncilTaxRules = CouncilTaxRules {
    // s.5(1) and (1A); Scotland's E to H from 2017 (housing reference §4 [O]).
    england_ninths: Cited::new([6, 7, 8, 9, 11, 13, 15, 18], sources::BANDS),
    wales_ninths: Cited::new([6, 7, 8, 9, 11, 13, 15, 18, 21], sources::BANDS),
    scotland_360ths: Cited::new(
        [240, 280, 320, 360, 473, 585, 705, 882],
        sources::SCOTLAND_BANDS,
    ),
    // s.11(1): "reduced by 25 per cent" (reference §4 [PE] [M]).
    single_person_discount: Cited::new(Rate::percent(25), sources::DISCOUNTS),
    // Sch 1 para 1: a person under 18 is disregarded.
    adult_from_age: Cited::new(18, sources::DISREGARDS),
    reduction: CouncilTaxReductionRules {
        // Reg 13 and Sch 1 (reference §1): 100% of the bill, 20% taper [PE], £16,000
        // capital [PE][S]; a UC award counts as income and the applicable amount
        // is the scheme's own (reg 57).
        scotland: TaperedScheme {
            maximum: Cited::new(Rate::percent(100), sources::REDUCTION_SCOTLAND),
            taper: Cited::new(Rate::percent(20), sources::REDUCTION_SCOTLAND),
            capital_limit: Cited::new(Money::pounds(16_000), sources::REDUCTION_SCOTLAND),
            uc_applicable_amount: UcApplicableAmount::OwnAllowances,
            allowances: AllowanceSet::Scotland,
        },
        // Sch 6 (reference §2): 100% [O], 20% taper [PE], £16,000 [PE]; on UC the
        // applicable amount is the UC maximum amount × 12 / 52 [O as made]. The
        // allowances for 2025/26 and 2026/27 were not found.
        wales: TaperedScheme {
            maximum: Cited::new(Rate::percent(100), sources::REDUCTION_WALES),
            taper: Cited::new(Rate::percent(20), sources::REDUCTION_WALES),
            capital_limit: Cited::new(Money::pounds(16_000), sources::REDUCTION_WALES),
            uc_applicable_amount: UcApplicableAmount::UcMaximumAmount,
            allowances: AllowanceSet::NotFound,
        },
        // The default scheme (SI 2012/2886): 100%, 20% taper, £16,000; on UC the UC
        // maximum amount. UNCLEAR: read in the reference only (§3b), not in the SI.
        england_default: TaperedScheme {
            maximum: Cited::new(Rate::percent(100), sources::REDUCTION_ENGLAND_DEFAULT),
            taper: Cited::new(Rate::percent(20), sources::REDUCTION_ENGLAND_DEFAULT),
            capital_limit: Cited::new(Money::pounds(16_000), sources::REDUCTION_ENGLAND_DEFAULT),
            uc_applicable_amount: UcApplicableAmount::UcMaximumAmount,
            allowances: AllowanceSet::England,
        },
        // UNCLEAR: Kingston's 2026/27 figures are PolicyEngine's reading of the
        // scheme PDF (reference §3b [PE]); the PDF was not read here.
        kingston_upon_thames: TaperedScheme {
            maximum: Cited::new(Rate::percent(100), sources::REDUCTION_KINGSTON),
            taper: Cited::new(Rate::percent(20), sources::REDUCTION_KINGSTON),
            capital_limit: Cited::new(Money::pounds(16_000), sources::REDUCTION_KINGSTON),
            uc_applicable_amount: UcApplicableAmount::UcMaximumAmount,
            allowances: AllowanceSet::England,
        },
        // UNCLEAR: 70% maximum (a 30% minimum payment), 25% taper, £6,000 capital
        // are PolicyEngine's reading of the 2026 scheme PDF (reference §3c [PE]);
        // Newham's undated web page says 90%, its 2025/26 news 80%.
        newham: TaperedScheme {
            maximum: Cited::new(Rate::percent(70), sources::REDUCTION_NEWHAM),
            taper: Cited::new(Rate::percent(25), sources::REDUCTION_NEWHAM),
            capital_limit: Cited::new(Money::pounds(6_000), sources::REDUCTION_NEWHAM),
            uc_applicable_amount: UcApplicableAmount::UcMaximumAmount,
            allowances: AllowanceSet::England,
        },
        // Slough's 2026/27 page (reference §3a [M]): 70% with no earnings; weekly
        // earnings bands to £461.53. UNCLEAR: the Band C cap and £6,000 capital
        // limit are from PolicyEngine's unmerged reading of the scheme (paras 55.1
        // and 30.1).
        slough: BandedScheme {
            no_earnings: Cited::new(Rate::percent(70), sources::REDUCTION_SLOUGH),
            bands: Cited::new(
                [
                    (11538, 50),
                    (18461, 32),
                    (25384, 20),
                    (32307, 15),
                    (39230, 10),
                    (46153, 5),
                ],
                sources::REDUCTION_SLOUGH,
            ),
            band_cap: Cited::new(2, sources::REDUCTION_SLOUGH),
            capital_limit: Cited::new(Money::pounds(6_000), sources::REDUCTION_SLOUGH),
        },
        kingston_upon_thames_council: "Kingston upon Thames",
        newham_council: "Newham",
        slough_council: "Slough",
        // Sch 1 paras 1-2 (rates reference §6 [M]): £75.65 / £95.55 / £150.15, child
        // premium £109.85 (the housing reference has the child premium "not found";
        // the rates reference's [M] figure is used). Premiums taken as the HB rates,
        // as in 2024/25 and 2025/26 [I].
        scotland_allowances: Allowances {
            single_under_25: weekly(75, 65, sources::REDUCTION_SCOTLAND_AMOUNTS),
            single_25_or_over: weekly(95, 55, sources::REDUCTION_SCOTLAND_AMOUNTS),
            couple: weekly(150, 15, sources::REDUCTION_SCOTLAND_AMOUNTS),
            child: weekly(109, 85, sources::REDUCTION_SCOTLAND_AMOUNTS),
            child_is_last_years: false,
            disabled_child_premium: weekly(84, 46, sources::REDUCTION_SCOTLAND_AMOUNTS),
            disability_premium_single: weekly(44, 85, sources::REDUCTION_SCOTLAND_AMOUNTS),
            disability_premium_couple: weekly(64, 0, sources::REDUCTION_SCOTLAND_AMOUNTS),
            carer_premium: weekly(48, 15, sources::REDUCTION_SCOTLAND_AMOUNTS),
        },
        // HB 2026/27 (reference §5 [PE][S]). UNCLEAR: the child amount for 2026/27
        // was not found; 2025/26's £84.66 (Oxford's scheme page [M]) is used and
        // the result marked as an estimate.
        england_allowances: Allowances {
            single_under_25: weekly(75, 65, sources::HOUSING_BENEFIT_AMOUNTS),
            single_25_or_over: weekly(95, 55, sources::HOUSING_BENEFIT_AMOUNTS),
            couple: weekly(150, 15, sources::HOUSING_BENEFIT_AMOUNTS),
            child: weekly(84, 66, sources::HOUSING_BENEFIT_AMOUNTS),
            child_is_last_years: true,
            disabled_child_premium: weekly(84, 46, sources::HOUSING_BENEFIT_AMOUNTS),
            disability_premium_single: weekly(44, 85, sources::HOUSING_BENEFIT_AMOUNTS),
            disability_premium_couple: weekly(64, 0, sources::HOUSING_BENEFIT_AMOUNTS),
            carer_premium: weekly(48, 15, sources::HOUSING_BENEFIT_AMOUNTS),
        },
        // Not uprated (reference §5 [PE]; Scotland Sch 3 [O] for £20).
        earnings_disregards: EarningsDisregards {
            single: weekly(5, 0, sources::EARNINGS_DISREGARDS),
            couple: weekly(10, 0, sources::EARNINGS_DISREGARDS),
            lone_parent: weekly(25, 0, sources::EARNINGS_DISREGARDS),
            disabled_or_carer: weekly(20, 0, sources::EARNINGS_DISREGARDS),
            // Sch 4 para 17 (reference §5 [PE]; para 17(2)(b)(i) read by the
            // independent check): £17.10, 30 hours (16 for a family or a
            // disability premium), aged 25 or over.
            additional: weekly(17, 10, sources::EARNINGS_DISREGARDS),
            additional_hours: Cited::new(30, sources::EARNINGS_DISREGARDS),
            additional_hours_family_or_disabled: Cited::new(16, sources::EARNINGS_DISREGARDS),
        },
    },
};
