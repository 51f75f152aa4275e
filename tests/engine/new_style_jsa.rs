//! New Style JSA (JSA Regs 2013): £95.55 a week at 25 or over (SI 2026/148 art 25);
//! earnings above £5 a week come off pound for pound; work of 16 hours a week or more
//! ends it. Jobs here are paid weekly with no pension, under the tax and NI
//! thresholds.

use benefit_bridge::outcome::{Income, Threshold, Who};

use crate::support::*;

#[test]
fn fifteen_hours_reduce_jsa_and_sixteen_end_it() {
    // 15 hours at £5 = £75 a week: £75 − £5 = £70 off; JSA £95.55 − £70 = £25.55 a
    // week × 52 / 12 = £110.7166… → £110.72.
    let household = single(30).jsa();
    let fifteen = with_you_working(&household, weekly_pay("75", "15"));
    assert_eq!(
        income(&fifteen, Income::NewStyleJsa, Who::You),
        gbp("110.72")
    );
    // 16 hours at £5 = £80: remunerative work, no JSA.
    let sixteen = with_you_working(&household, weekly_pay("80", "16"));
    assert_eq!(income(&sixteen, Income::NewStyleJsa, Who::You), gbp("0"));
    assert!(sixteen
        .thresholds_reached
        .contains(&Threshold::BenefitStopsWithWork {
            who: Who::You,
            benefit: Income::NewStyleJsa,
        }));
}

#[test]
fn without_work_jsa_is_paid_in_full_and_uc_takes_it_off() {
    // Under 25: £75.65 × 52 / 12 = £327.8166… → £327.82. UC: £338.58 − £327.82 = £10.76.
    let snapshot = now(&single(22).jsa());
    assert_eq!(
        income(&snapshot, Income::NewStyleJsa, Who::You),
        gbp("327.82")
    );
    assert_eq!(uc(&snapshot), gbp("10.76"));
}

#[test]
fn a_pension_over_50_pounds_a_week_comes_off_pound_for_pound() {
    // £260 a month × 12 / 52 = £60 a week: £10 over £50. JSA £95.55 − £10 = £85.55 a
    // week × 52 / 12 = £370.7166… → £370.72.
    let snapshot = now(&single(30).jsa().pension("260"));
    assert_eq!(
        income(&snapshot, Income::NewStyleJsa, Who::You),
        gbp("370.72")
    );
}
