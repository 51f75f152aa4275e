//! The catalogue: no figure is typed into the words (they are gaps filled from the
//! rules, the limits or the outcome), every gap is filled wherever the words are
//! used, and every kind of line, reason and assumption has words.

use std::fs;
use std::path::Path;

use benefit_bridge::copy::EN;
use benefit_bridge::describe::Words;
use benefit_bridge::money::{Money, Rate};
use rust_decimal::Decimal;

use benefit_bridge::outcome::{
    AdditionRate, Assumption, CapExemption, CtrEstimate, CtrScheme, DeductionLine,
    EarningsLimitCheck, EarningsRule, ElementLine, Income, LcwraRate, Line, Reason, RentLimit,
    StandardAllowanceRate, UcDeduction, UcElement, Who,
};
use benefit_bridge::source::WRA_2012_S8;
use benefit_bridge::RULES_2026_27;

use crate::support::gbp;

/// Figures that may stay in the words, and why: examples of how to type a number
/// (they stay right whatever the rules say), and the unit a taper is given in.
const MARKED_EXAMPLES: &[&str] = &[
    // Examples of how to type an amount or hours, not amounts the rules set.
    "like 650 or 650.50",
    "like 2,500.00",
    "like 16.25",
    "like 13.50",
    // The taper is "55p for each £1": the pound is the unit, not a figure.
    "for each £1",
];

/// Money-like figures in a piece of text: "£" and a digit, a number and "%", a
/// number and "p" (pence), or a number with pence ("650.50").
fn money_figures(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (index, &c) in chars.iter().enumerate() {
        let next = chars.get(index + 1).copied().unwrap_or(' ');
        let after_next = chars.get(index + 2).copied().unwrap_or(' ');
        let figure = (c == '£' && next.is_ascii_digit())
            || (c.is_ascii_digit() && next == '%')
            || (c.is_ascii_digit() && next == 'p' && !after_next.is_alphanumeric())
            || (c == '.'
                && index > 0
                && chars[index - 1].is_ascii_digit()
                && next.is_ascii_digit()
                && after_next.is_ascii_digit());
        if figure {
            let start = index.saturating_sub(12);
            found.push(chars[start..(index + 3).min(chars.len())].iter().collect());
        }
    }
    found
}

#[test]
fn the_figure_finder_finds_figures() {
    assert_eq!(money_figures("no figures, 16 hours").len(), 0);
    assert_eq!(money_figures("over £6,000").len(), 1);
    assert_eq!(money_figures("pays 85% of").len(), 1);
    assert_eq!(money_figures("by 55p for").len(), 1);
    assert_eq!(money_figures("rate 76.70 a week").len(), 1);
    assert_eq!(money_figures("a person, up to").len(), 0);
}

#[test]
fn no_money_figure_is_typed_into_the_catalogue() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/copy");
    let mut checked = 0;
    for entry in fs::read_dir(folder).expect("src/copy") {
        let path = entry.expect("an entry").path();
        let text = fs::read_to_string(&path).expect("a catalogue file");
        for line in text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
        {
            let mut unmarked = line.to_owned();
            for example in MARKED_EXAMPLES {
                unmarked = unmarked.replace(example, "");
            }
            // Only the words: the text inside string literals.
            for literal in unmarked.split('"').skip(1).step_by(2) {
                let figures = money_figures(literal);
                assert!(
                    figures.is_empty(),
                    "{}: a figure typed into the words: {figures:?} in {literal:?}; \
                     make it a gap filled from the rules or the limits",
                    path.display()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "the check should read the catalogue's words");
}

fn every_income() -> Vec<Income> {
    let all = vec![
        Income::TakeHomePay,
        Income::UniversalCredit,
        Income::PersonalIndependencePayment,
        Income::AdultDisabilityPayment,
        Income::DisabilityLivingAllowance,
        Income::ChildDisabilityPayment,
        Income::ChildBenefit,
        Income::NewStyleEsa,
        Income::NewStyleJsa,
        Income::CarersAllowance,
        Income::CarerSupportPayment,
        Income::ScottishCarerSupplement,
        Income::Pension,
        Income::HighIncomeChildBenefitCharge,
        Income::ScottishChildPayment,
        Income::CouncilTaxReduction,
        Income::HousingBenefit,
        Income::FreePrescriptions,
        Income::FreeSchoolMeals,
        Income::HealthyStart,
        Income::WarmHomeDiscount,
        Income::SelfEmployment,
        Income::StudentLoan,
    ];
    // A new kind of income stops this match compiling: add it to the list above.
    for income in &all {
        match income {
            Income::TakeHomePay
            | Income::UniversalCredit
            | Income::PersonalIndependencePayment
            | Income::AdultDisabilityPayment
            | Income::DisabilityLivingAllowance
            | Income::ChildDisabilityPayment
            | Income::ChildBenefit
            | Income::NewStyleEsa
            | Income::NewStyleJsa
            | Income::CarersAllowance
            | Income::CarerSupportPayment
            | Income::ScottishCarerSupplement
            | Income::Pension => {}
            Income::HighIncomeChildBenefitCharge
            | Income::ScottishChildPayment
            | Income::CouncilTaxReduction
            | Income::HousingBenefit => {}
            Income::FreePrescriptions
            | Income::FreeSchoolMeals
            | Income::HealthyStart
            | Income::WarmHomeDiscount => {}
            Income::SelfEmployment | Income::StudentLoan => {}
        }
    }
    all
}

fn every_element() -> Vec<ElementLine> {
    let element = |kind| Line::monthly(kind, Who::Child(1), gbp("1"), WRA_2012_S8);
    let all = vec![
        element(UcElement::StandardAllowance {
            rate: StandardAllowanceRate::SingleUnder25,
        }),
        element(UcElement::ChildElement {
            first_child_born_before_6_april_2017: true,
        }),
        element(UcElement::DisabledChildAddition {
            rate: AdditionRate::Higher,
        }),
        element(UcElement::LcwElement),
        element(UcElement::LcwraElement {
            rate: LcwraRate::NewClaimant,
        }),
        element(UcElement::CarerElement),
        element(UcElement::HousingCostsElement {
            rent: gbp("650"),
            limit: RentLimit::NotLimited,
            counted_rent: gbp("650"),
            housing_cost_contributions: gbp("96.55"),
        }),
        element(UcElement::HousingCostsElement {
            rent: gbp("650"),
            limit: RentLimit::NotLimited,
            counted_rent: gbp("600"),
            housing_cost_contributions: gbp("0"),
        }),
        element(UcElement::OwnerServiceCharges { charges: gbp("80") }),
        element(UcElement::ChildcareCostsElement {
            costs: gbp("2000"),
            rate: Rate::percent(85),
            cap: gbp("1071.09"),
            capped: true,
        }),
        element(UcElement::TransitionalElement),
    ];
    for line in &all {
        match line.kind {
            UcElement::StandardAllowance { .. }
            | UcElement::ChildElement { .. }
            | UcElement::DisabledChildAddition { .. }
            | UcElement::LcwElement
            | UcElement::LcwraElement { .. }
            | UcElement::CarerElement
            | UcElement::HousingCostsElement { .. }
            | UcElement::OwnerServiceCharges { .. }
            | UcElement::ChildcareCostsElement { .. }
            | UcElement::TransitionalElement => {}
        }
    }
    all
}

fn every_deduction() -> Vec<DeductionLine> {
    let deduction = |kind| Line::monthly(kind, Who::Household, gbp("1"), WRA_2012_S8);
    let all = vec![
        deduction(UcDeduction::EarningsReduction {
            earned_income: gbp("863.17"),
            work_allowance: gbp("427"),
            taper: Rate::percent(55),
        }),
        deduction(UcDeduction::UnearnedIncome {
            income: Income::ChildBenefit,
        }),
        deduction(UcDeduction::TariffIncomeFromCapital {
            savings: gbp("8130"),
        }),
        deduction(UcDeduction::BenefitCapReduction { cap: gbp("1835") }),
    ];
    for line in &all {
        match line.kind {
            UcDeduction::EarningsReduction { .. }
            | UcDeduction::UnearnedIncome { .. }
            | UcDeduction::TariffIncomeFromCapital { .. }
            | UcDeduction::BenefitCapReduction { .. } => {}
        }
    }
    all
}

fn every_reason() -> Vec<Reason> {
    let earnings = CapExemption::Earnings {
        earned_income: gbp("900"),
        threshold: gbp("881"),
    };
    let all = vec![
        Reason::NoPay,
        Reason::PayAfterDeductions,
        Reason::NotMeansTested,
        Reason::HelpKeptUnderPayLimit {
            limit: gbp("935"),
            headroom: gbp("505"),
        },
        Reason::HelpLostOverPayLimit {
            limit: gbp("435"),
            take_home: gbp("600"),
        },
        Reason::HelpKeptWithUniversalCredit,
        Reason::HelpStopsWithUniversalCredit,
        Reason::SelfEmployedProfitAfterTax,
        Reason::MinimumIncomeFloorApplied {
            floor: gbp("1698.84"),
        },
        Reason::MinimumIncomeFloorStartUpPeriod,
        Reason::MinimumIncomeFloorNotApplied,
        Reason::MinimumIncomeFloorNotMainWork,
        Reason::FullTimeStudentNoUniversalCredit,
        Reason::StudentIncomeCounted {
            per_month: gbp("1000"),
            months: 9,
            disregard: gbp("110"),
        },
        Reason::StudentLoanTwelfth,
        Reason::ChildBenefitNotAffectedByWork,
        Reason::HighIncomeChildBenefitCharge {
            percent: 50,
            adjusted_net_income: gbp("70000"),
            threshold: gbp("60000"),
            income_per_percent: gbp("200"),
        },
        Reason::NoHighIncomeChildBenefitCharge {
            threshold: gbp("60000"),
            income_per_percent: gbp("200"),
        },
        Reason::ScottishChildPaymentWhileOnUniversalCredit {
            child_under_age: 16,
        },
        Reason::ScottishChildPaymentStopsWithUniversalCredit,
        Reason::NoUniversalCreditCapitalOverLimit {
            limit: gbp("16000"),
        },
        Reason::UniversalCreditUnchanged,
        Reason::EarningsTaperedAboveWorkAllowance {
            taper: Rate::percent(55),
            work_allowance: gbp("427"),
        },
        Reason::EarningsTaperedNoWorkAllowance {
            taper: Rate::percent(55),
        },
        Reason::LowerEarningsLessTapered,
        Reason::BenefitCapLifted {
            exemption: earnings,
        },
        Reason::BenefitCapLifted {
            exemption: CapExemption::LcwraElement,
        },
        Reason::BenefitCapLifted {
            exemption: CapExemption::CarerElement,
        },
        Reason::BenefitCapLifted {
            exemption: CapExemption::DisabilityBenefit,
        },
        Reason::BenefitCapNoLongerReduces,
        Reason::BenefitCapReduces {
            reduction: gbp("100"),
        },
        Reason::ChildcareCostsNowCounted {
            rate: Rate::percent(85),
        },
        Reason::ChildcareCostsNoLongerCounted,
        Reason::OwnerServiceChargesStopWithEarnings,
        Reason::UniversalCreditNilIncomeTooHigh,
        Reason::UnearnedIncomeFell,
        Reason::UnearnedIncomeRose,
        Reason::NoEarningsToTest,
        Reason::JsaEarningsDeducted {
            disregard: gbp("5"),
        },
        Reason::ReducedByOverlappingBenefit,
        Reason::PensionNotAffectedByWork,
        Reason::CouncilTaxReductionBanded {
            share: Rate::percent(32),
            earnings: gbp("150"),
        },
        Reason::HousingBenefitWithUniversalCredit,
        Reason::HousingBenefitTapered {
            taper: Rate::percent(65),
        },
        Reason::BenefitCapLifted {
            exemption: CapExemption::CarersAllowance,
        },
        Reason::BenefitCapLifted {
            exemption: CapExemption::EsaSupportComponent,
        },
    ];
    let mut all = all;
    for scheme in [
        CtrScheme::Scotland,
        CtrScheme::Wales,
        CtrScheme::EnglandTypical,
        CtrScheme::KingstonUponThames,
        CtrScheme::Newham,
        CtrScheme::Slough,
    ] {
        all.push(Reason::CouncilTaxReductionTapered {
            scheme,
            taper: Rate::percent(20),
        });
    }
    for estimate in [
        CtrEstimate::TypicalScheme,
        CtrEstimate::ChildAmountLastYear,
        CtrEstimate::NonDependantDeductions,
        CtrEstimate::SomePremiums,
    ] {
        all.push(Reason::CouncilTaxReductionEstimate { estimate });
    }
    // Each earnings rule, kept and lost.
    for rule in [
        EarningsRule::PermittedWorkLowerLimit,
        EarningsRule::PermittedWorkUnderHoursLimit,
        EarningsRule::SupportedPermittedWork,
        EarningsRule::JsaRemunerativeWork,
        EarningsRule::CarersEarningsLimit,
    ] {
        for keeps_benefit in [true, false] {
            let check = EarningsLimitCheck {
                who: Who::You,
                benefit: Income::NewStyleEsa,
                rule,
                earnings_limit: Some(gbp("203.50")),
                hours_limit: Some(16),
                counted_earnings: gbp("150"),
                hours: Decimal::from(12),
                keeps_benefit,
            };
            all.push(if keeps_benefit {
                Reason::WithinEarningsRule { check }
            } else {
                Reason::StopsOverEarningsRule { check }
            });
        }
    }
    for reason in &all {
        match reason {
            Reason::HelpKeptUnderPayLimit { .. }
            | Reason::HelpLostOverPayLimit { .. }
            | Reason::HelpKeptWithUniversalCredit
            | Reason::HelpStopsWithUniversalCredit => {}
            Reason::SelfEmployedProfitAfterTax
            | Reason::MinimumIncomeFloorApplied { .. }
            | Reason::MinimumIncomeFloorStartUpPeriod
            | Reason::MinimumIncomeFloorNotApplied
            | Reason::MinimumIncomeFloorNotMainWork
            | Reason::FullTimeStudentNoUniversalCredit
            | Reason::StudentIncomeCounted { .. }
            | Reason::StudentLoanTwelfth => {}
            Reason::NoPay
            | Reason::PayAfterDeductions
            | Reason::NotMeansTested
            | Reason::ChildBenefitNotAffectedByWork
            | Reason::HighIncomeChildBenefitCharge { .. }
            | Reason::NoHighIncomeChildBenefitCharge { .. }
            | Reason::ScottishChildPaymentWhileOnUniversalCredit { .. }
            | Reason::ScottishChildPaymentStopsWithUniversalCredit
            | Reason::NoUniversalCreditCapitalOverLimit { .. }
            | Reason::UniversalCreditUnchanged
            | Reason::EarningsTaperedAboveWorkAllowance { .. }
            | Reason::EarningsTaperedNoWorkAllowance { .. }
            | Reason::LowerEarningsLessTapered
            | Reason::BenefitCapLifted { .. }
            | Reason::BenefitCapNoLongerReduces
            | Reason::BenefitCapReduces { .. }
            | Reason::ChildcareCostsNowCounted { .. }
            | Reason::ChildcareCostsNoLongerCounted
            | Reason::OwnerServiceChargesStopWithEarnings
            | Reason::UniversalCreditNilIncomeTooHigh
            | Reason::UnearnedIncomeFell
            | Reason::UnearnedIncomeRose
            | Reason::NoEarningsToTest
            | Reason::WithinEarningsRule { .. }
            | Reason::StopsOverEarningsRule { .. }
            | Reason::JsaEarningsDeducted { .. }
            | Reason::ReducedByOverlappingBenefit
            | Reason::PensionNotAffectedByWork
            | Reason::CouncilTaxReductionTapered { .. }
            | Reason::CouncilTaxReductionBanded { .. }
            | Reason::CouncilTaxReductionEstimate { .. }
            | Reason::HousingBenefitWithUniversalCredit
            | Reason::HousingBenefitTapered { .. } => {}
        }
    }
    all
}

fn every_assumption() -> Vec<Assumption> {
    let all = vec![
        Assumption::RulesForTaxYear,
        Assumption::SteadyPayUsualMonth,
        Assumption::IncomeTaxSharedOverTheYear,
        Assumption::OtherBenefitsNotIncluded,
        Assumption::TaxOnBenefitsThroughPay,
    ];
    for assumption in &all {
        match assumption {
            Assumption::RulesForTaxYear
            | Assumption::SteadyPayUsualMonth
            | Assumption::IncomeTaxSharedOverTheYear
            | Assumption::OtherBenefitsNotIncluded
            | Assumption::TaxOnBenefitsThroughPay => {}
        }
    }
    all
}

fn assert_filled(what: &str, text: &str) {
    assert!(
        !text.trim().is_empty() && !text.contains('{') && !text.contains('}'),
        "{what}: empty, or a gap left: {text:?}"
    );
}

#[test]
fn every_kind_of_line_reason_and_assumption_has_words_with_every_gap_filled() {
    let rules = &RULES_2026_27;
    for words in [Words::for_page(&EN), Words::for_report(&EN)] {
        for income in every_income() {
            for who in [Who::You, Who::Partner, Who::Child(0), Who::Household] {
                assert_filled("income name", &words.income_name(income, who));
                assert_filled("why it changes", &words.why_changes(income, who, rules));
                assert_filled("why it stays", &words.why_same(income, who));
            }
        }
        for line in every_element() {
            assert_filled("element name", &words.element_name(&line.kind));
            assert_filled("element label", &words.element_label(&line));
        }
        for line in every_deduction() {
            assert_filled("deduction name", &words.deduction_name(&line.kind, rules));
            assert_filled("deduction label", &words.deduction_label(&line));
        }
        for reason in every_reason() {
            assert_filled("reason", &words.reason(&reason));
        }
        for assumption in every_assumption() {
            assert_filled("assumption", &words.assumption(assumption, rules.tax_year));
        }
        let pay = words.pay_reasons(rules);
        for text in [
            &pay.gross,
            &pay.income_tax,
            &pay.national_insurance,
            &pay.pension,
        ] {
            assert_filled("pay reason", text);
        }
    }
}

#[test]
fn the_words_quote_the_rules_figures() {
    // The figures come from the 2026/27 rules, in the page's style ("£12,570").
    let words = Words::for_page(&EN);
    let pay = words.pay_reasons(&RULES_2026_27);
    assert_eq!(
        pay.income_tax,
        "No income tax on the first £12,570 of pay a year. Above that, most people pay 20% \
         (rates differ a little in Scotland)."
    );
    assert_eq!(
        pay.national_insurance,
        "No National Insurance on the first £242 a week (£1,048 a month). Above that, 8%."
    );
    assert_eq!(
        words.why_changes(Income::UniversalCredit, Who::Household, &RULES_2026_27),
        "Universal Credit goes down by 55p for each £1 you earn after tax, National Insurance \
         and pension. If you have a work allowance, the first part of your earnings does not \
         count."
    );
    assert_eq!(
        words.assumption(Assumption::RulesForTaxYear, RULES_2026_27.tax_year),
        "The rules for tax year 2026/27, April 2026 to April 2027."
    );
    assert_eq!(
        words.reason(&Reason::HighIncomeChildBenefitCharge {
            percent: 50,
            adjusted_net_income: gbp("70000"),
            threshold: RULES_2026_27
                .high_income_child_benefit_charge
                .threshold
                .value
                .0,
            income_per_percent: RULES_2026_27
                .high_income_child_benefit_charge
                .income_per_percent
                .value,
        }),
        "Income tax of 50% of the year's Child Benefit, because adjusted net income is \
         £70,000 a year. The charge is one per cent for each £200 over £60,000, and all of \
         it from £80,000 (ITEPA 2003 s.681C). It falls on whichever partner has the higher \
         adjusted net income (you, if they are the same). You can choose not to be paid \
         Child Benefit, so there is no charge. Keep the claim: it protects National \
         Insurance credits towards a State Pension."
    );
    assert_eq!(
        words.why_changes(Income::ScottishChildPayment, Who::Household, &RULES_2026_27),
        "Paid for each child under 16 while you get any Universal Credit. It stops if \
         earnings take your Universal Credit to nil."
    );
    // The same words in the JSON's style write money with pence.
    let report = Words::for_report(&EN);
    assert_eq!(report.money(Money::pounds(881)), "£881.00");
}

#[test]
fn the_words_follow_the_house_style() {
    // NHS content guide: no "should", "please" or "sorry"; no "mentally ill".
    let text = format!("{EN:?}").to_lowercase();
    for word in [
        " should ",
        "please",
        "sorry",
        "mentally ill",
        "simply",
        "easy",
    ] {
        assert!(!text.contains(word), "the copy uses {word:?}");
    }
}
