//! The other ways into work a scenario can hold: unpaid volunteering, study and
//! self-employment (issue 13; rates reference R5, and section 1 rows for the student
//! income disregard and the minimum income floor). Hand calculations below.

use benefit_bridge::engine::paydays::Paydays;
use benefit_bridge::engine::{calculate, snapshot, Work};
use benefit_bridge::household::{DisabilityBenefit, PipRate, UcHealth};
use benefit_bridge::money::Money;
use benefit_bridge::outcome::{
    Income, MinimumIncomeFloor, NotEntitled, Outcome, Reason, Snapshot, Who,
};
use benefit_bridge::rules::RULES_2026_27;
use benefit_bridge::scenario::Scenario;
use benefit_bridge::work::{Person, SelfEmployment, Study, Volunteering};
use benefit_bridge::Situation;

use crate::support::*;

fn scenario() -> Scenario {
    Scenario::default()
}

fn outcome(household: &HouseholdBuilder, scenario: Scenario) -> Outcome {
    let situation = Situation {
        household: household.0.clone(),
        scenarios: vec![scenario],
    };
    assert_eq!(situation.check(RULES_2026_27.tax_year), Vec::new());
    calculate(&situation, &RULES_2026_27)
}

fn with(household: &HouseholdBuilder, scenario: &Scenario) -> Snapshot {
    snapshot(
        &household.0,
        Work::with_scenario(&household.0, scenario),
        Paydays::USUAL,
        &RULES_2026_27,
    )
}

fn pip() -> DisabilityBenefit {
    DisabilityBenefit::Pip {
        daily_living: PipRate::Standard,
        mobility: PipRate::None,
    }
}

mod volunteering {
    use super::*;

    #[test]
    fn unpaid_volunteering_changes_no_money() {
        // UC Regs 2013 reg 60(4)(a): no notional earnings for unpaid work for a
        // charity or voluntary organisation; ESA Regs 2013 reg 39(1)(e).
        let household = single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("650")
            .esa(benefit_bridge::household::EsaGroup::SupportGroup);
        let outcome = outcome(
            &household,
            Scenario {
                volunteering: vec![Volunteering {
                    who: Person::You,
                    hours_per_week: dec("8"),
                }],
                ..scenario()
            },
        );
        let scenario = &outcome.scenarios[0];
        assert_eq!(scenario.snapshot.total, outcome.now.total);
        assert_eq!(scenario.better_off.per_month, Money::ZERO);
        assert_eq!(scenario.work.volunteering.len(), 1);
    }
}

mod study {
    use super::*;

    /// Single, 22, LCW (found before the course), social rent £500: maximum amount
    /// £338.58 (under 25) + £500 = £838.58.
    fn student(disability: bool) -> HouseholdBuilder {
        let household = single(22).health(UcHealth::Lcw).renting_socially(
            "500",
            benefit_bridge::period::Frequency::Monthly,
            "0",
        );
        if disability {
            household.disability_benefit(pip())
        } else {
            household
        }
    }

    fn full_time(loan: &str) -> Scenario {
        Scenario {
            study: vec![Study {
                who: Person::You,
                full_time: true,
                maintenance_loan_per_year: gbp(loan),
                months_counted: 9,
            }],
            ..scenario()
        }
    }

    #[test]
    fn a_full_time_student_with_pip_and_lcw_before_the_course_keeps_uc() {
        // Reg 14(1): entitled to PIP and found to have LCW before the course. The
        // loan of £6,000 over 9 months is £666.67 a month, less £110: £556.67 off.
        // UC £838.58 − £556.67 = £281.91. The household's money counts the loan as
        // £6,000 / 12 = £500 a month.
        let snapshot = with(&student(true), &full_time("6000"));
        assert_eq!(snapshot.universal_credit.not_entitled_because, None);
        let income = &snapshot.universal_credit.student_income[0];
        assert_eq!(
            (income.per_month, income.counted),
            (gbp("666.67"), gbp("556.67"))
        );
        assert_eq!(uc(&snapshot), gbp("281.91"));
        assert_eq!(income_line(&snapshot, Income::StudentLoan), gbp("500.00"));
    }

    #[test]
    fn without_a_disability_benefit_a_full_time_student_gets_no_uc() {
        let snapshot = with(&student(false), &full_time("6000"));
        assert_eq!(
            snapshot.universal_credit.not_entitled_because,
            Some(NotEntitled::FullTimeStudent)
        );
        assert_eq!(uc(&snapshot), Money::ZERO);
        let outcome = outcome(&student(false), full_time("6000"));
        let change = outcome.scenarios[0]
            .changes
            .iter()
            .find(|change| change.income == Income::UniversalCredit)
            .expect("a UC line");
        assert_eq!(change.why, vec![Reason::FullTimeStudentNoUniversalCredit]);
    }

    #[test]
    fn a_parent_can_study_full_time_and_keep_uc() {
        // Reg 14(1): responsible for a child.
        let household = single(30).child(5).renting_socially(
            "500",
            benefit_bridge::period::Frequency::Monthly,
            "0",
        );
        let snapshot = with(&household, &full_time("3000"));
        assert_eq!(snapshot.universal_credit.not_entitled_because, None);
        assert!(uc(&snapshot).is_positive());
    }

    #[test]
    fn a_couple_with_one_student_claim_together_and_the_loan_counts() {
        // Reg 3(2)(b): a joint claim. Loan £1,500 / 9 = £166.67, less £110 = £56.67.
        let household =
            couple(30, 30).renting_socially("500", benefit_bridge::period::Frequency::Monthly, "0");
        let now = now(&household);
        let snapshot = with(&household, &full_time("1500"));
        assert_eq!(uc(&snapshot), uc(&now) - gbp("56.67"));
    }

    #[test]
    fn part_time_study_without_a_loan_changes_nothing() {
        let household = student(false);
        let part_time = Scenario {
            study: vec![Study {
                who: Person::You,
                full_time: false,
                maintenance_loan_per_year: Money::ZERO,
                months_counted: 9,
            }],
            ..scenario()
        };
        assert_eq!(with(&household, &part_time).total, now(&household).total);
    }
}

mod self_employment {
    use super::*;

    fn business(profit: &str, start_up: bool) -> Scenario {
        Scenario {
            self_employment: vec![SelfEmployment {
                who: Person::You,
                hours_per_week: dec("30"),
                profit_per_month: gbp(profit),
                start_up_period: start_up,
                main_work: true,
            }],
            ..scenario()
        }
    }

    #[test]
    fn with_lcwra_uc_counts_the_real_profit_no_floor() {
        // Reg 62(1): the floor is only for someone with all work-related
        // requirements. £500 a month (£6,000 a year) pays no tax or Class 4 NI.
        // LCWRA and rent £650: work allowance £427; taper 55% × £73 = £40.15.
        let household = single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("650");
        let snapshot = with(&household, &business("500", false));
        let earnings = &snapshot.universal_credit.self_employment[0];
        assert_eq!(
            earnings.minimum_income_floor,
            MinimumIncomeFloor::NotAllWorkRequirements
        );
        assert_eq!(
            (earnings.after_tax, earnings.counted),
            (gbp("500"), gbp("500"))
        );
        assert_eq!(uc(&snapshot), uc(&now(&household)) - gbp("40.15"));
        assert_eq!(income_line(&snapshot, Income::SelfEmployment), gbp("500"));
    }

    #[test]
    fn without_lcw_the_floor_applies_after_the_start_up_period() {
        // Reg 62(2): 35 hours × £12.71 × 52 / 12 = £1,927.68 gross. Made net with a
        // year's tax and Class 4 on it: £23,132.16 a year; tax (£23,132.16 −
        // £12,570) × 20% = £2,112.43, £176.04 a month; Class 4 £10,562.16 × 6% =
        // £633.73, £52.81 a month. Floor £1,927.68 − £176.04 − £52.81 = £1,698.83.
        let household = single(30).renting_privately("650");
        let snapshot = with(&household, &business("500", false));
        let earnings = &snapshot.universal_credit.self_employment[0];
        assert_eq!(
            earnings.minimum_income_floor,
            MinimumIncomeFloor::Applies {
                gross: gbp("1927.68"),
                net: gbp("1698.83"),
            }
        );
        assert_eq!(earnings.counted, gbp("1698.83"));
        assert_eq!(snapshot.universal_credit.earned_income, gbp("1698.83"));
        // The money the person has is still the real profit.
        assert_eq!(income_line(&snapshot, Income::SelfEmployment), gbp("500"));
        // In the start-up period (reg 63) UC counts the real profit.
        let start_up = with(&household, &business("500", true));
        assert_eq!(start_up.universal_credit.earned_income, gbp("500"));
        assert_eq!(
            start_up.universal_credit.self_employment[0].minimum_income_floor,
            MinimumIncomeFloor::StartUpPeriod
        );
    }

    #[test]
    fn a_profit_above_the_floor_counts_as_it_is() {
        // £2,500 a month: tax (£30,000 − £12,570) × 20% / 12 = £290.50; Class 4
        // £17,430 × 6% / 12 = £87.15; after tax £2,122.35, over the floor.
        let household = single(30).renting_privately("650");
        let snapshot = with(&household, &business("2500", false));
        let earnings = &snapshot.universal_credit.self_employment[0];
        assert_eq!(
            (
                earnings.income_tax,
                earnings.national_insurance,
                earnings.after_tax
            ),
            (gbp("290.50"), gbp("87.15"), gbp("2122.35"))
        );
        assert_eq!(earnings.counted, earnings.after_tax);
    }

    #[test]
    fn a_sideline_that_is_not_the_main_work_has_no_floor() {
        // Reg 64: the floor needs gainful self-employment, the person's main work.
        let household = single(30).renting_privately("650");
        let mut sideline = business("200", false);
        sideline.self_employment[0].main_work = false;
        let snapshot = with(&household, &sideline);
        let earnings = &snapshot.universal_credit.self_employment[0];
        assert_eq!(
            earnings.minimum_income_floor,
            MinimumIncomeFloor::NotMainWork
        );
        assert_eq!(earnings.counted, gbp("200"));
    }

    #[test]
    fn self_employment_meets_the_childcare_work_condition() {
        // Reg 32(1): "paid work" includes self-employment. A lone parent, child 5,
        // childcare £400 a month: 85% = £340, as for a job.
        let household = single(30)
            .child(5)
            .renting_privately("650")
            .childcare_monthly("400", 1);
        let snapshot = with(&household, &business("800", true));
        assert_eq!(element(&snapshot, Element::ChildcareCosts), gbp("340"));
    }

    #[test]
    fn in_a_couple_with_a_toddler_only_one_is_the_main_carer() {
        // Reg 86: a couple names one responsible carer of a child under 3; the other
        // has all work-related requirements (WRA 2012 s.22). With you self-employed
        // and your partner not, we take your partner as the carer: your floor applies.
        // Your partner, the carer of a child of 2, has a 16-hour threshold (reg
        // 90(2)(a)): 16 × £12.71 × 52 / 12 = £881.23, made net with a year's tax and
        // Class 4 (under the allowance: none). Couple threshold £1,698.83 + £881.23;
        // with your partner earning nothing, nothing comes off your floor.
        let household = couple(30, 30).child(2).renting_privately("650");
        let snapshot = with(&household, &business("300", false));
        let earnings = &snapshot.universal_credit.self_employment[0];
        assert_eq!(
            earnings.minimum_income_floor,
            MinimumIncomeFloor::Applies {
                gross: gbp("1927.68"),
                net: gbp("1698.83"),
            }
        );
        assert_eq!(earnings.counted, gbp("1698.83"));
    }

    #[test]
    fn a_partner_with_lcw_keeps_a_16_hour_share_of_the_couple_threshold() {
        // Reg 90(2)(a), (3): your partner (LCW) earns £863.17 (16 hours at £12.71,
        // monthly, after pension); their threshold is £881.23. Combined £1,698.83 +
        // £863.17 is under £1,698.83 + £881.23, so your floor stays whole.
        let household = couple(30, 30)
            .partner_health(UcHealth::Lcw)
            .renting_privately("650")
            .partner_works(hourly("16", nlw()));
        let snapshot = with(&household, &business("300", false));
        assert_eq!(
            snapshot.universal_credit.self_employment[0].counted,
            gbp("1698.83")
        );
    }

    #[test]
    fn esa_with_self_employment_makes_the_answer_partial() {
        let household = single(30)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("650")
            .esa(benefit_bridge::household::EsaGroup::SupportGroup);
        let outcome = outcome(&household, business("500", false));
        assert!(outcome.is_partial());
    }
}

fn income_line(snapshot: &Snapshot, kind: Income) -> Money {
    income(snapshot, kind, Who::You)
}
