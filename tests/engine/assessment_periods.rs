//! Pay that comes every week, two weeks or four weeks, assessment period by
//! assessment period. UC Regs 2013 reg 54(1): UC counts the pay received in each
//! period; the benefit cap's earnings test is made in each period (reg 82(1)(a));
//! childcare is the charges paid in the period (regs 33 and 34). A usual month holds
//! 4 weekly, 2 fortnightly or 1 four-weekly payday; 4, 2 or 1 months a year hold one
//! more (rates reference, "Pay in an assessment period").

use benefit_bridge::household::UcHealth;
use benefit_bridge::outcome::{CapExemption, OtherMonths, Outcome};
use benefit_bridge::period::Frequency;
use benefit_bridge::work::Job;

use crate::support::*;

fn outcome(household: &HouseholdBuilder, job: Job) -> Outcome {
    outcome_with_you_working(household, job)
}

fn the_other_months(outcome: &Outcome) -> &OtherMonths {
    let other = &outcome.scenarios[0].other_months;
    assert_eq!(other.len(), 1, "one kind of month with one more payday");
    &other[0]
}

mod the_benefit_cap_is_tested_in_each_period {
    use super::*;

    // A lone parent, 30, children of 4 and 6, private rent £1,400 a month, in England
    // outside London: maximum amount £424.90 + 2 × £303.94 + £1,400 = £2,432.78; lower
    // work allowance £427. Child Benefit (£27.05 + £17.90) × 52 / 12 = £194.78. The
    // cap: £22,020 / 12 = £1,835.00 a month. 16 hours at £12.71 paid weekly, no
    // pension: £203.36 a week, under the tax and NI thresholds.
    fn lone_parent() -> HouseholdBuilder {
        single(30).child(4).child(6).renting_privately("1400")
    }

    fn job() -> Job {
        hourly("16", nlw()).paid(Frequency::Weekly).no_pension()
    }

    #[test]
    fn in_a_usual_month_of_4_paydays_the_cap_applies() {
        // Earnings 4 × £203.36 = £813.44, under the £881 threshold (reg 82(1)(a)).
        // Taper 55% × (£813.44 − £427) = £212.542 → £212.54; before the cap £2,220.24;
        // welfare benefits £2,220.24 + £194.78 = £2,415.02; excess over £1,835 =
        // £580.02: UC £1,640.22 (the cap less Child Benefit).
        let outcome = outcome(&lone_parent(), job());
        let usual = &outcome.scenarios[0].snapshot;
        assert_eq!(usual.universal_credit.earned_income, gbp("813.44"));
        assert_eq!(usual.universal_credit.benefit_cap.exempt_because, None);
        assert_eq!(usual.universal_credit.benefit_cap.reduction, gbp("580.02"));
        assert_eq!(uc(usual), gbp("1640.22"));
    }

    #[test]
    fn in_the_4_months_with_5_paydays_earnings_lift_the_cap() {
        // Earnings 5 × £203.36 = £1,016.80 ≥ £881: no cap. Taper 55% × £589.80 =
        // £324.39; UC £2,432.78 − £324.39 = £2,108.39.
        let outcome = outcome(&lone_parent(), job());
        let other = the_other_months(&outcome);
        assert_eq!(
            (other.frequency, other.months_a_year, other.paydays),
            (Frequency::Weekly, 4, 5)
        );
        let uc_calculation = &other.snapshot.universal_credit;
        assert_eq!(uc_calculation.earned_income, gbp("1016.80"));
        assert_eq!(
            uc_calculation.benefit_cap.exempt_because,
            Some(CapExemption::Earnings {
                earned_income: gbp("1016.80"),
                threshold: gbp("881"),
            })
        );
        assert_eq!(uc_calculation.award, gbp("2108.39"));
    }

    #[test]
    fn over_the_year_uc_is_much_less_than_an_averaged_month_would_say() {
        // The year: 8 × £1,640.22 + 4 × £2,108.39 = £13,121.76 + £8,433.56 =
        // £21,555.32, £1,796.28 a month on average. Averaged pay (£203.36 × 52 / 12 =
        // £881.23) would lift the cap every month: UC £2,432.78 − 55% × £454.23
        // (£249.83) = £2,182.95, £386.67 a month more than the law gives.
        let outcome = outcome(&lone_parent(), job());
        let usual = uc(&outcome.scenarios[0].snapshot);
        let other = uc(&the_other_months(&outcome).snapshot);
        let year = usual.times_fraction(8, 1) + other.times_fraction(4, 1);
        assert_eq!(year, gbp("21555.32"));
    }

    #[test]
    fn better_off_is_a_usual_month_and_the_years_average_week() {
        // Now, with no work: welfare benefits £2,432.78 + £194.78 = £2,627.56, capped
        // at £1,835.00 (UC £1,640.22 + Child Benefit £194.78), every month.
        // With the work, a usual month: £813.44 + £1,640.22 + £194.78 = £2,648.44,
        // £813.44 better off. The 4 months with 5 paydays: £1,016.80 + £2,108.39 +
        // £194.78 = £3,319.97. The year: 8 × £2,648.44 + 4 × £3,319.97 = £34,467.40,
        // against 12 × £1,835.00 = £22,020.00: £12,447.40 more, £239.37 a week on
        // average (÷ 52), where a usual month's weekly equivalent is £187.72
        // (£813.44 × 12 / 52).
        // With the help that comes with UC (England, on UC all year): the Warm Home
        // Discount £150 / 12 = £12.50 every month, and free prescriptions £114.50 / 12
        // = £9.54 while take-home pay is at most £935 (a child element): now £1,857.04;
        // a usual month (£813.44) £2,670.48, the same £813.44 better off; the months
        // with 5 paydays (£1,016.80, over £935) lose the prescriptions: £3,332.47.
        // The year: 8 × £2,670.48 + 4 × £3,332.47 = £34,693.72 (£2,891.14 a month),
        // against 12 × £1,857.04 = £22,284.48: £12,409.24 more, £238.64 a week.
        let outcome = outcome(&lone_parent(), job());
        let scenario = &outcome.scenarios[0];
        assert_eq!(outcome.now_year_average.per_month, gbp("1857.04"));
        assert_eq!(scenario.year_average.per_month, gbp("2891.14"));
        assert_eq!(scenario.better_off.per_month, gbp("813.44"));
        assert_eq!(scenario.better_off.per_week, gbp("238.64"));
        let headline =
            benefit_bridge::describe::Words::for_page(&benefit_bridge::copy::EN).headline(scenario);
        assert_eq!(
            headline,
            "You would be about £187.72 a week (£813.44 a month) better off working 16 hours \
             a week. That is in most months. Over the whole year, with the months that have \
             one more payday, you would be about £238.64 a week better off on average."
        );
    }
}

mod lcwra_single_renter_working_30_hours {
    use super::*;

    // Single renter with protected LCWRA: maximum £424.90 + £429.80 + £650 =
    // £1,504.70, lower work allowance £427. 30 hours at £12.71: £381.30 a week; the
    // year's tax (£19,827.60 − £12,570) × 20% = £1,451.52 whatever the pay period.
    fn household() -> HouseholdBuilder {
        single(34)
            .health(UcHealth::LcwraPre2026Claimant)
            .renting_privately("650")
    }

    #[test]
    fn paid_every_two_weeks_2_paydays_usually_and_3_in_2_months() {
        // A fortnight: gross £762.60; pension (£762.60 − £240) × 5% = £26.13 (£20.90
        // from pay); tax £1,451.52 / 26 = £55.827… → £55.82; NI: threshold £12,570 /
        // 52 × 2 = £483.46 → £484; (£762.60 − £484) × 8% = £22.288 → £22.29.
        // 2 paydays: earned income 2 × (£762.60 − £55.82 − £22.29 − £26.13) = £1,316.72;
        // taper 55% × £889.72 = £489.346 → £489.35; UC £1,015.35.
        // 3 paydays: earned income £1,975.08; taper 55% × £1,548.08 = £851.444 →
        // £851.44; UC £653.26.
        let outcome = outcome(
            &household(),
            hourly("30", nlw()).paid(Frequency::Fortnightly),
        );
        let usual = &outcome.scenarios[0].snapshot;
        assert_eq!(usual.universal_credit.earned_income, gbp("1316.72"));
        assert_eq!(uc(usual), gbp("1015.35"));
        let other = the_other_months(&outcome);
        assert_eq!((other.months_a_year, other.paydays), (2, 3));
        assert_eq!(
            other.snapshot.universal_credit.earned_income,
            gbp("1975.08")
        );
        assert_eq!(uc(&other.snapshot), gbp("653.26"));
    }

    #[test]
    fn paid_every_four_weeks_1_payday_usually_and_2_in_1_month() {
        // Four weeks: gross £1,525.20; pension (£1,525.20 − £480) × 5% = £52.26;
        // tax £1,451.52 / 13 = £111.655… → £111.65; NI: threshold £12,570 / 52 × 4 =
        // £966.92 → £967; (£1,525.20 − £967) × 8% = £44.656 → £44.66.
        // 1 payday: earned income £1,525.20 − £111.65 − £44.66 − £52.26 = £1,316.63;
        // taper 55% × £889.63 = £489.2965 → £489.30; UC £1,015.40.
        // 2 paydays: earned income £2,633.26; taper 55% × £2,206.26 = £1,213.443 →
        // £1,213.44; UC £291.26.
        let outcome = outcome(
            &household(),
            hourly("30", nlw()).paid(Frequency::FourWeekly),
        );
        let usual = &outcome.scenarios[0].snapshot;
        assert_eq!(usual.universal_credit.earned_income, gbp("1316.63"));
        assert_eq!(uc(usual), gbp("1015.40"));
        let other = the_other_months(&outcome);
        assert_eq!((other.months_a_year, other.paydays), (1, 2));
        assert_eq!(
            other.snapshot.universal_credit.earned_income,
            gbp("2633.26")
        );
        assert_eq!(uc(&other.snapshot), gbp("291.26"));
    }

    #[test]
    fn paid_monthly_every_month_is_the_same() {
        let outcome = outcome(&household(), hourly("30", nlw()));
        assert!(outcome.scenarios[0].other_months.is_empty());
        assert!(outcome.now_other_months.is_empty());
    }
}

#[test]
fn weekly_childcare_is_the_charges_paid_in_the_period() {
    // Regs 33 and 34: a lone parent working 30 hours (paid monthly) pays £100 a week
    // for one child's childcare: 4 weeks in a usual month (£400, element 85% = £340),
    // 5 weeks in 4 months of the year (£500, element £425).
    let mut household = single(30).child(4).owner();
    household.0.childcare_costs = Some(benefit_bridge::household::ChildcareCosts {
        amount: gbp("100"),
        frequency: Frequency::Weekly,
        children: 1,
    });
    let outcome = outcome(&household, hourly("30", nlw()));
    let usual = &outcome.scenarios[0].snapshot;
    assert_eq!(element(usual, Element::ChildcareCosts), gbp("340"));
    let other = the_other_months(&outcome);
    assert_eq!(
        (other.frequency, other.months_a_year),
        (Frequency::Weekly, 4)
    );
    assert_eq!(
        element(&other.snapshot, Element::ChildcareCosts),
        gbp("425")
    );
    // Not working now, so no childcare element and no months that differ now.
    assert!(outcome.now_other_months.is_empty());
}
