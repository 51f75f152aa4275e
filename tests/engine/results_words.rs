//! The results page's words for a household: the headline and the notes beside it,
//! with the household's own figures in them (describe.rs and the English catalogue).

use benefit_bridge::copy::EN;
use benefit_bridge::describe::{HealthSaid, Words};
use benefit_bridge::household::UcHealth;
use benefit_bridge::outcome::{Outcome, Who};
use benefit_bridge::period::Frequency;
use benefit_bridge::work::Job;
use benefit_bridge::RULES_2026_27;

use crate::support::*;

fn outcome(household: &HouseholdBuilder, job: Job) -> Outcome {
    outcome_with_you_working(household, job)
}

fn notes(outcome: &Outcome, health: HealthSaid) -> Vec<String> {
    Words::for_page(&EN).notes(outcome, &outcome.scenarios[0], health, &RULES_2026_27)
}

#[test]
fn one_hour_a_week_is_written_in_the_singular() {
    // See: issue 10 ("working 1 hours a week").
    let one_hour = outcome(&single(30).renting_privately("500"), hourly("1", nlw()));
    let headline = Words::for_page(&EN).headline(&one_hour.scenarios[0]);
    assert!(headline.ends_with("working 1 hour a week."), "{headline}");
    let sixteen = outcome(&single(30), hourly("16", nlw()));
    let headline = Words::for_page(&EN).headline(&sixteen.scenarios[0]);
    assert!(headline.ends_with("working 16 hours a week."), "{headline}");
    // The scenario's name too.
    let name = Words::for_page(&EN).scenario_name(&one_hour.scenarios[0]);
    assert_eq!(name, "You: 1 hour a week at £12.71 an hour");
}

mod the_benefit_cap_note_uses_the_households_own_earnings {
    use super::*;

    // Lone parent in London, three children, rent £1,600: capped now
    // (benefit_cap.rs). Reg 82(1)(a) counts earnings after tax, NI and pension
    // contributions (reg 55(5)).

    #[test]
    fn sixteen_hours_with_the_workplace_pension_is_still_capped() {
        // 16 hours at £12.71 paid monthly: £881.23 gross, £18.06 to the pension:
        // earnings £863.17, under £881.
        let outcome = outcome(&london_family(), hourly("16", nlw()));
        let note = notes(&outcome, HealthSaid::default()).join(" ");
        assert!(
            note.contains(
                "The benefit cap lowers your Universal Credit now. It stops in any month your \
                 earnings after tax, National Insurance and pension contributions are at least \
                 £881. With this work they would be £863.17 in a usual month, so the cap would \
                 still apply."
            ),
            "{note}"
        );
    }

    #[test]
    fn more_hours_stop_the_cap() {
        // 20 hours at £12.71 monthly: £1,101.53 gross; pension (£1,101.53 − £520) × 5%
        // = £29.0765 → £29.08; NI (£1,101.53 − £1,048) × 8% = £4.2824 → £4.28; tax
        // (£13,218.36 − £12,570) × 20% / 12 = £10.806 → £10.80: earnings £1,101.53 −
        // £10.80 − £4.28 − £29.08 = £1,057.37.
        let outcome = outcome(&london_family(), hourly("20", nlw()));
        let note = notes(&outcome, HealthSaid::default()).join(" ");
        assert!(
            note.contains(
                "With this work they would be £1,057.37 in a usual month, so the cap would stop."
            ),
            "{note}"
        );
    }
}

#[test]
fn someone_waiting_for_a_health_assessment_is_told_what_earnings_stop_it() {
    // Reg 41(2): 16 × £12.71 × 52 / 12 = £881.23 a month before tax. 20 hours at
    // £12.71 is £1,101.53 gross, so no new assessment; the note names the figure.
    let outcome = outcome(&single(30).renting_privately("500"), hourly("20", nlw()));
    let health = HealthSaid {
        not_sure: vec![Who::You],
        protected_by_claim_date: Vec::new(),
        found_limited_capability: Vec::new(),
        child_maintenance: false,
        esa_time_limit_reached: Vec::new(),
    };
    let note = notes(&outcome, health).join(" ");
    assert!(
        note.contains(
            "If you are waiting for a health assessment: while your earnings before tax are \
             £881.23 a month or more, DWP will not assess you"
        ),
        "{note}"
    );
    // Not said to someone who is sure of their answer.
    let note = notes(&outcome, HealthSaid::default()).join(" ");
    assert!(!note.contains("waiting for a health assessment"), "{note}");
}

#[test]
fn the_health_assessment_note_is_about_the_partner_when_it_is_the_partner_waiting() {
    // The partner works 20 hours at £12.71 now (£1,101.53 a month before tax, over the
    // £881.23 of reg 41(2)); the work in mind is yours.
    let household = couple(30, 30)
        .renting_privately("500")
        .partner_works(hourly("20", nlw()));
    let outcome = outcome(&household, hourly("16", nlw()));
    let health = HealthSaid {
        not_sure: vec![Who::Partner],
        protected_by_claim_date: Vec::new(),
        found_limited_capability: Vec::new(),
        child_maintenance: false,
        esa_time_limit_reached: Vec::new(),
    };
    let note = notes(&outcome, health).join(" ");
    assert!(
        note.contains(
            "If your partner is waiting for a health assessment: while their earnings before \
             tax are £881.23 a month or more, DWP will not assess them"
        ),
        "{note}"
    );
    assert!(!note.contains("DWP will not assess you"), "{note}");
}

#[test]
fn someone_found_to_have_lcwra_hears_that_work_does_not_end_it() {
    // UC Regs 2013 reg 41: an existing LCW or LCWRA decision stays while working,
    // though DWP can review it. Said to whoever works in the scenario, not to others.
    let household = couple(30, 30)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("500");
    let outcome = outcome(&household, hourly("16", nlw()));
    let health = HealthSaid {
        found_limited_capability: vec![Who::You, Who::Partner],
        ..HealthSaid::default()
    };
    let note = notes(&outcome, health).join(" ");
    assert!(
        note.contains("Working does not end that by itself: it stays while you work, though DWP can review it"),
        "{note}"
    );
    assert!(!note.contains("Your partner has been found"), "{note}");
}

#[test]
fn a_weekly_paid_persons_assessment_note_counts_the_months_with_5_paydays() {
    // 17 hours at £12.71 paid weekly: £216.07 a week; 4 paydays £864.28 (under
    // £881.23), 5 paydays £1,080.35 (over it): the note is given.
    let outcome = outcome(
        &single(30).renting_privately("500"),
        hourly("17", nlw()).paid(Frequency::Weekly),
    );
    let health = HealthSaid {
        not_sure: vec![Who::You],
        protected_by_claim_date: Vec::new(),
        found_limited_capability: Vec::new(),
        child_maintenance: false,
        esa_time_limit_reached: Vec::new(),
    };
    let note = notes(&outcome, health).join(" ");
    assert!(note.contains("DWP will not assess you"), "{note}");
}

#[test]
fn a_pre_2026_claimant_whose_uc_stops_hears_about_the_six_months() {
    // Protected LCWRA, no rent: maximum £424.90 + £429.80 = £854.70; higher work
    // allowance £710. 37.5 hours at £20 monthly: £3,250 gross, tax £440.50, NI
    // £176.16, pension £136.50: earnings £2,496.84; taper 55% × £1,786.84 = £982.76,
    // more than the maximum: no UC.
    let household = single(40).health(UcHealth::LcwraPre2026Claimant);
    let outcome = outcome(&household, hourly("37.5", gbp("20")));
    assert_eq!(uc(&outcome.scenarios[0].snapshot), gbp("0"));
    let health = HealthSaid {
        not_sure: Vec::new(),
        protected_by_claim_date: vec![Who::You],
        found_limited_capability: Vec::new(),
        child_maintenance: false,
        esa_time_limit_reached: Vec::new(),
    };
    let note = notes(&outcome, health).join(" ");
    assert!(
        note.contains(
            "You keep the higher amount for your health (£429.80 a month) only if you claim \
             again within 6 months. After that, a new claim gets £217.26."
        ),
        "{note}"
    );
}

#[test]
fn the_months_with_5_weekly_paydays_are_described_with_their_uc() {
    // tests/engine/assessment_periods.rs: 30 hours at £12.71 paid weekly, protected
    // LCWRA renter: UC £1,015.35 in a usual month, £834.30 in the 4 months with 5
    // paydays.
    let household = single(34)
        .health(UcHealth::LcwraPre2026Claimant)
        .renting_privately("650");
    let outcome = outcome(&household, hourly("30", nlw()).paid(Frequency::Weekly));
    let note = notes(&outcome, HealthSaid::default()).join(" ");
    assert!(
        note.contains(
            "Pay comes every week, so most months have 4 paydays. The figures here are for \
             those months. In 4 months of the year there are 5 paydays. Universal Credit \
             counts the pay in each month, so in those months it would be £834.30, not \
             £1,015.35."
        ),
        "{note}"
    );
}

#[test]
fn losing_scottish_child_payment_with_uc_is_named_with_the_amount() {
    // A lone parent in Scotland, children of 4 and 6, rent £300: on UC now, so £28.20
    // × 52 / 12 = £122.20 a month for each child, £244.40. A £50,000 salary takes UC
    // to nil (SSI 2020/351 reg 15), and the payment with it.
    let household = single(30)
        .country(benefit_bridge::household::Country::Scotland)
        .child(4)
        .child(6)
        .renting_privately("300");
    let outcome = outcome(&household, salary("50000"));
    assert_eq!(uc(&outcome.scenarios[0].snapshot), gbp("0"));
    let note = notes(&outcome, HealthSaid::default()).join(" ");
    assert!(
        note.contains("Scottish Child Payment stops with this work, because it is paid only while you get Universal Credit. You would lose £244.40 a month."),
        "{note}"
    );
}

#[test]
fn a_partners_carers_allowance_headroom_is_about_the_partner() {
    // Your partner cares and gets Carer's Allowance, working 10 hours at £12.71 paid
    // weekly (£127.10 a week, no tax: £6,609.20 + £4,495.40 is under the allowance).
    let household = couple(40, 38)
        .partner_carers_allowance()
        .partner_works(hourly("10", nlw()).paid(Frequency::Weekly));
    let outcome = outcome(&household, hourly("16", nlw()));
    let note = notes(&outcome, HealthSaid::default()).join(" ");
    assert!(
        note.contains(
            "Carer's Allowance (your partner): with this work your partner can earn £76.90 more a week"
        ),
        "{note}"
    );
    assert!(note.contains("your partner could work up to"), "{note}");
}

#[test]
fn a_benefit_the_work_done_now_already_stops_is_said_to_be_left_out() {
    // New Style JSA with 20 hours' work now: remunerative work, so no JSA now.
    let household = single(30).jsa().works(weekly_pay("200", "20"));
    let outcome = outcome(&household, weekly_pay("200", "25"));
    let note = notes(&outcome, HealthSaid::default()).join(" ");
    assert!(
        note.contains("New Style JSA: you said it is paid, but with the work done now its rules stop it, so we have not counted it."),
        "{note}"
    );
}
