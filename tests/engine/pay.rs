//! Pay: income tax (rUK and Scottish), employee NI per pay period, and pension.
//! Hand calculations from the 2026/27 figures.

use benefit_bridge::engine::{income_tax, national_insurance, pay};
use benefit_bridge::household::Country;
use benefit_bridge::period::{Frequency, Yearly};
use benefit_bridge::RULES_2026_27;

use crate::support::*;

fn yearly_tax(pay: &str, country: Country) -> benefit_bridge::money::Money {
    let pay = Yearly(gbp(pay));
    income_tax::yearly_tax(pay, pay, country, &RULES_2026_27.income_tax)
}

fn ni(gross: &str, paid: Frequency) -> benefit_bridge::money::Money {
    national_insurance::employee_contribution(gbp(gross), paid, &RULES_2026_27.national_insurance)
}

mod income_tax_on_pay {
    use super::*;

    #[test]
    fn scottish_taxpayer_on_30000() {
        // Taxable: £30,000 − £12,570 = £17,430.
        //   starter 19% on £3,967                      = £753.73
        //   basic 20% on £16,956 − £3,967 = £12,989     = £2,597.80
        //   intermediate 21% on £17,430 − £16,956 = £474 = £99.54
        //   total £3,451.07 a year; / 12 = £287.589… → £287.58 a month.
        assert_eq!(yearly_tax("30000", Country::Scotland), gbp("3451.07"));
        let household = single(29).country(Country::Scotland);
        let pay = your_pay(&with_you_working(&household, salary("30000").no_pension()));
        assert_eq!(pay.income_tax, gbp("287.58"));
        // NI: £30,000 / 12 = £2,500; (£2,500 − £1,048) × 8% = £116.16.
        assert_eq!(pay.national_insurance, gbp("116.16"));
        assert_eq!(
            pay.take_home_pay,
            gbp("2500") - gbp("287.58") - gbp("116.16")
        );
    }

    #[test]
    fn the_same_pay_in_england_wales_and_northern_ireland() {
        // £17,430 × 20% = £3,486.00.
        for country in [Country::England, Country::Wales, Country::NorthernIreland] {
            assert_eq!(yearly_tax("30000", country), gbp("3486.00"));
        }
    }

    #[test]
    fn scottish_taxpayer_on_20000_matches_the_reference_cross_check() {
        // £7,430 taxable: £3,967 × 19% = £753.73; £3,463 × 20% = £692.60; £1,446.33
        // (the reference notes PolicyEngine gives the same).
        assert_eq!(yearly_tax("20000", Country::Scotland), gbp("1446.33"));
    }

    #[test]
    fn higher_and_top_scottish_bands() {
        // £80,000: taxable £67,430. 753.73 + 2,597.80 + 21% × 14,136 (2,968.56)
        // + 42% × 31,338 (13,161.96) + 45% × 5,000 (2,250.00) = £21,732.05.
        assert_eq!(yearly_tax("80000", Country::Scotland), gbp("21732.05"));
    }

    #[test]
    fn higher_rate_and_personal_allowance_taper() {
        // £60,000 in England: 20% × £37,700 = £7,540; 40% × (£47,430 − £37,700) = £3,892;
        // total £11,432.
        assert_eq!(yearly_tax("60000", Country::England), gbp("11432"));
        // £110,000: allowance £12,570 − £5,000 = £7,570; taxable £102,430:
        // £7,540 + 40% × £64,730 = £25,892; total £33,432.
        assert_eq!(yearly_tax("110000", Country::England), gbp("33432"));
        // £130,000: no allowance; taxable £130,000: £7,540 + 40% × £87,440 (£34,976)
        // + 45% × £4,860 (£2,187) = £44,703.
        assert_eq!(yearly_tax("130000", Country::England), gbp("44703"));
    }

    #[test]
    fn no_tax_within_the_personal_allowance() {
        assert_eq!(yearly_tax("12570", Country::England), gbp("0"));
        assert_eq!(yearly_tax("12571", Country::England), gbp("0.20"));
    }
}

mod national_insurance_per_pay_period {
    use super::*;

    #[test]
    fn weekly_and_monthly_pay_of_the_same_yearly_amount_pay_different_ni() {
        // £300 a week: (£300 − £242) × 8% = £4.64 a week, £241.28 a year.
        assert_eq!(ni("300", Frequency::Weekly), gbp("4.64"));
        // £1,300 a month (the same £15,600 a year): (£1,300 − £1,048) × 8% = £20.16,
        // £241.92 a year.
        assert_eq!(ni("1300", Frequency::Monthly), gbp("20.16"));
    }

    #[test]
    fn fortnightly_and_four_weekly_thresholds_come_from_the_yearly_figure() {
        // NIM01206: £12,570 / 52 × 2 = £483.46 → £484; × 4 = £966.92 → £967 (not £968).
        // £600 a fortnight: (£600 − £484) × 8% = £9.28.
        assert_eq!(ni("600", Frequency::Fortnightly), gbp("9.28"));
        // £1,200 four-weekly: (£1,200 − £967) × 8% = £18.64.
        assert_eq!(ni("1200", Frequency::FourWeekly), gbp("18.64"));
        // Four-weekly upper limit: £50,270 / 52 × 4 = £3,866.92 → £3,867.
        // £4,000: (£3,867 − £967) × 8% = £232.00; (£4,000 − £3,867) × 2% = £2.66.
        assert_eq!(ni("4000", Frequency::FourWeekly), gbp("234.66"));
    }

    #[test]
    fn above_the_upper_earnings_limit_the_rate_is_2_percent() {
        // £1,000 a week: (£967 − £242) × 8% = £58.00; (£1,000 − £967) × 2% = £0.66.
        assert_eq!(ni("1000", Frequency::Weekly), gbp("58.66"));
        // £5,000 a month: (£4,189 − £1,048) × 8% = £251.28; £811 × 2% = £16.22.
        assert_eq!(ni("5000", Frequency::Monthly), gbp("267.50"));
    }

    #[test]
    fn half_a_penny_or_less_is_disregarded() {
        // SSCR 2001 reg 12(1). £967.25 a week: £58.00 + 2% × £0.25 = £58.005 → £58.00.
        assert_eq!(ni("967.25", Frequency::Weekly), gbp("58.00"));
        // £242.07: 8% × £0.07 = £0.0056 → £0.01.
        assert_eq!(ni("242.07", Frequency::Weekly), gbp("0.01"));
        // At or under the threshold: nil.
        assert_eq!(ni("242", Frequency::Weekly), gbp("0"));
    }
}

mod workplace_pension {
    use super::*;

    #[test]
    fn no_automatic_enrolment_at_or_below_the_trigger() {
        // £833 a month is not "more than" the £833 trigger (Pensions Act 2008 s.3(1)(c)).
        let household = single(30);
        let job = salary("9996"); // £833.00 a month
        let working = with_you_working(&household, job);
        assert_eq!(your_pay(&working).pension, gbp("0"));
    }

    #[test]
    fn not_automatically_enrolled_under_22() {
        let household = single(21);
        let working = with_you_working(&household, salary("20000"));
        assert_eq!(your_pay(&working).pension, gbp("0"));
    }

    #[test]
    fn a_net_pay_arrangement_takes_the_pension_before_tax() {
        // £24,000 a year, £2,000 a month. Pension: (£2,000 − £520) × 5% = £74.00, all from pay.
        // Tax: (£24,000 − £888 − £12,570) × 20% = £2,108.40 a year; £175.70 a month.
        // NI on gross: (£2,000 − £1,048) × 8% = £76.16.
        let household = single(30);
        let working = with_you_working(&household, salary("24000").net_pay_pension());
        let pay = your_pay(&working);
        assert_eq!(pay.pension, gbp("74.00"));
        assert_eq!(pay.income_tax, gbp("175.70"));
        assert_eq!(pay.national_insurance, gbp("76.16"));
        assert_eq!(
            pay.take_home_pay,
            gbp("2000") - gbp("74") - gbp("175.70") - gbp("76.16")
        );
        // Relief at source instead: £74 × 80% = £59.20 from pay; tax on all £24,000:
        // £11,430 × 20% = £2,286 a year, £190.50 a month.
        let working = with_you_working(&household, salary("24000"));
        let pay = your_pay(&working);
        assert_eq!(pay.pension, gbp("59.20"));
        assert_eq!(pay.income_tax, gbp("190.50"));
        // UC deducts the whole £74 either way.
        assert_eq!(
            working.universal_credit.earned_income,
            gbp("2000") - gbp("190.50") - gbp("76.16") - gbp("74")
        );
    }

    #[test]
    fn weekly_pay_uses_the_weekly_thresholds() {
        // £300 a week: over the £192 trigger; (£300 − £120) × 5% = £9.00; from pay £7.20.
        let job = hourly("25", gbp("12")).paid(Frequency::Weekly);
        let payslip = pay::payslip(
            &job,
            30,
            Country::England,
            &RULES_2026_27,
            4,
            pay::OtherTaxableIncome::default(),
        );
        assert_eq!(payslip.per_pay_period.gross_pay, gbp("300"));
        assert_eq!(
            payslip.per_pay_period.pension_including_tax_relief,
            gbp("9.00")
        );
        assert_eq!(payslip.per_pay_period.pension, gbp("7.20"));
        // Tax: £15,600 − £12,570 = £3,030 × 20% = £606 a year; / 52 = £11.653… → £11.65.
        assert_eq!(payslip.per_pay_period.income_tax, gbp("11.65"));
        assert_eq!(payslip.per_pay_period.national_insurance, gbp("4.64"));
        // An assessment period with 4 paydays (UC Regs 2013 reg 54(1)): 4 × £300 =
        // £1,200; tax 4 × £11.65 = £46.60.
        assert_eq!(payslip.paydays, 4);
        assert_eq!(payslip.per_month.gross_pay, gbp("1200"));
        assert_eq!(payslip.per_month.income_tax, gbp("46.60"));
    }
}

mod cliff_edges {
    use super::*;
    use benefit_bridge::outcome::{Threshold, Who};

    #[test]
    fn passing_the_auto_enrolment_trigger_is_a_named_cliff_edge() {
        // Single, 30, rent £500 (maximum amount £924.90, no work allowance).
        // £833.00 a month: no pension; UC £924.90 − 55% × £833 (£458.15) = £466.75.
        // £834.00 a month: pension (£834 − £520) × 5% = £15.70, from pay £12.56;
        // take-home £821.44 (£11.56 less); UC earned income £818.30; taper £450.065 →
        // £450.07; UC £474.83 (£8.08 more): £3.48 a month worse off for £1 more pay.
        let household = single(30).renting_privately("500");
        let before = with_you_working(&household, salary("9996"));
        let after = with_you_working(&household, salary("10008"));
        assert_eq!(your_pay(&after).pension, gbp("12.56"));
        assert_eq!(after.total.per_month - before.total.per_month, gbp("-3.48"));
        assert!(after
            .thresholds_reached
            .contains(&Threshold::AutoEnrolmentEarningsTrigger(Who::You)));
        assert!(!before
            .thresholds_reached
            .contains(&Threshold::AutoEnrolmentEarningsTrigger(Who::You)));
    }
}
