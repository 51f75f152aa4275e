//! Other ways into work to compare on the results page, beside the work in mind: up
//! to three, each paid work, unpaid volunteering, a course or self-employment, for
//! you or your partner. Asked on the results page itself, each answer kept by its
//! slot (1 to 3); a slot is in use once its activity is chosen.

use crate::answers::{Activity, Answers, CompareField, FieldId, Person, YesNo};
use crate::copy::{ActivityOptions, OptionText, PersonOptions};
use crate::limits::{LEAST_HOURLY_PAY, MOST_AMOUNT, MOST_HOURLY_PAY, MOST_HOURS_A_WEEK};
use crate::money::Money;
use crate::scenario::Scenario;
use crate::work::{Job, Person as Whose, SelfEmployment, Study, Volunteering};

use super::fields::{choice_field, input_field, no_gaps, Field, FieldKind, OptionWords};
use super::flow::people;
use super::{check_field, FieldState, Questionnaire};

/// The most ways to compare besides the work in mind.
pub const MOST_WAYS: usize = 3;

/// The slots in use, in order.
pub fn slots(answers: &Answers) -> Vec<usize> {
    (1..=MOST_WAYS)
        .filter(|&slot| activity(answers, slot).is_some())
        .collect()
}

/// A slot free for one more way, if fewer than the most are in use.
pub fn free_slot(answers: &Answers) -> Option<usize> {
    (1..=MOST_WAYS).find(|&slot| activity(answers, slot).is_none())
}

fn activity(answers: &Answers, slot: usize) -> Option<Activity> {
    answers.chosen(FieldId::Compare(slot, CompareField::Activity))
}

/// Starts a way in `slot`: paid work, by you.
pub fn add(answers: &mut Answers, slot: usize) {
    answers.choose(
        FieldId::Compare(slot, CompareField::Activity),
        Activity::PaidWork,
    );
    answers.choose(FieldId::Compare(slot, CompareField::Who), Person::You);
}

/// Forgets every answer about the way in `slot`.
pub fn remove(answers: &mut Answers, slot: usize) {
    for field in CompareField::ALL {
        answers.remove(FieldId::Compare(slot, field));
    }
}

impl OptionWords<Activity> for ActivityOptions {
    fn words(&self, value: Activity) -> OptionText {
        match value {
            Activity::PaidWork => self.paid_work,
            Activity::Volunteering => self.volunteering,
            Activity::Study => self.study,
            Activity::SelfEmployment => self.self_employment,
        }
    }
}

impl OptionWords<Person> for PersonOptions {
    fn words(&self, value: Person) -> OptionText {
        match value {
            Person::You => self.you,
            Person::Partner => self.partner,
        }
    }
}

impl Questionnaire<'_> {
    /// The questions about the way in `slot`, as its activity needs them.
    pub fn compare_fields(&self, answers: &Answers, slot: usize) -> Vec<FieldState> {
        fields(self, answers, slot)
            .into_iter()
            .map(|field| FieldState {
                value: answers.text(field.id).to_owned(),
                // Nothing is wrong with a box not yet filled in: the way is left out
                // of the comparison until it is.
                error: answers
                    .get(field.id)
                    .and_then(|_| check_field(&field, answers).err()),
                field,
            })
            .collect()
    }
}

fn fields(questionnaire: &Questionnaire<'_>, answers: &Answers, slot: usize) -> Vec<Field> {
    let words = &questionnaire.copy.results.compare;
    let id = |field| FieldId::Compare(slot, field);
    let mut fields = vec![choice_field(
        id(CompareField::Activity),
        &words.activity,
        &[
            Activity::PaidWork,
            Activity::Volunteering,
            Activity::Study,
            Activity::SelfEmployment,
        ],
        no_gaps,
        &[],
    )];
    if people(answers).len() > 1 {
        fields.push(choice_field(
            id(CompareField::Who),
            &words.who,
            &[Person::You, Person::Partner],
            no_gaps,
            &[],
        ));
    }
    let hours = |question| {
        input_field(
            id(CompareField::Hours),
            FieldKind::Hours {
                least: 1,
                most: MOST_HOURS_A_WEEK,
            },
            question,
            &[],
        )
    };
    let yes_no =
        |field, question| choice_field(id(field), question, &[YesNo::Yes, YesNo::No], no_gaps, &[]);
    match activity(answers, slot) {
        Some(Activity::PaidWork) | None => {
            fields.push(hours(&words.hours));
            fields.push(input_field(
                id(CompareField::Pay),
                FieldKind::Money {
                    least: LEAST_HOURLY_PAY,
                    most: MOST_HOURLY_PAY,
                },
                &words.hourly_pay,
                &[(
                    "national_living_wage",
                    crate::format::pounds(
                        questionnaire.rules.minimum_wage.national_living_wage.value,
                    ),
                )],
            ));
        }
        Some(Activity::Volunteering) => fields.push(hours(&words.volunteering_hours)),
        Some(Activity::Study) => {
            fields.push(yes_no(CompareField::FullTime, &words.full_time));
            fields.push(input_field(
                id(CompareField::Loan),
                FieldKind::amount(MOST_AMOUNT),
                &words.loan,
                &[],
            ));
        }
        Some(Activity::SelfEmployment) => {
            fields.push(hours(&words.hours));
            fields.push(input_field(
                id(CompareField::Profit),
                FieldKind::amount(MOST_AMOUNT),
                &words.profit,
                &[],
            ));
            fields.push(yes_no(CompareField::MainWork, &words.main_work));
            fields.push(yes_no(CompareField::StartUp, &words.start_up));
        }
    }
    fields
}

/// The way in `slot` as a scenario, once every answer it needs is given and right.
pub fn scenario(
    questionnaire: &Questionnaire<'_>,
    answers: &Answers,
    slot: usize,
) -> Option<Scenario> {
    let fields = fields(questionnaire, answers, slot);
    if fields
        .iter()
        .any(|field| check_field(field, answers).is_err())
    {
        return None;
    }
    let id = |field| FieldId::Compare(slot, field);
    let who = match answers.chosen(id(CompareField::Who)) {
        Some(Person::Partner) if people(answers).len() > 1 => Whose::Partner,
        Some(Person::You | Person::Partner) | None => Whose::You,
    };
    let hours = || {
        crate::answers::parse_hours(answers.text(id(CompareField::Hours)), 0, MOST_HOURS_A_WEEK)
            .unwrap_or_default()
    };
    let money = |field| {
        crate::answers::parse_money(answers.text(id(field)), MOST_AMOUNT).unwrap_or(Money::ZERO)
    };
    let mut scenario = Scenario::default();
    match activity(answers, slot)? {
        Activity::PaidWork => {
            let job = Job::hourly(hours(), money(CompareField::Pay));
            match who {
                Whose::You => scenario.you = Some(job),
                Whose::Partner => scenario.partner = Some(job),
            }
        }
        Activity::Volunteering => scenario.volunteering.push(Volunteering {
            who,
            hours_per_week: hours(),
        }),
        Activity::Study => scenario.study.push(Study {
            who,
            full_time: answers.is_yes(id(CompareField::FullTime)),
            maintenance_loan_per_year: money(CompareField::Loan),
            months_counted: Study::USUAL_MONTHS_COUNTED,
        }),
        Activity::SelfEmployment => {
            // Self-employed instead of any job the person has now.
            let no_job = Job::hourly(rust_decimal::Decimal::ZERO, Money::ZERO);
            match who {
                Whose::You => scenario.you = Some(no_job),
                Whose::Partner => scenario.partner = Some(no_job),
            }
            scenario.self_employment.push(SelfEmployment {
                who,
                hours_per_week: hours(),
                profit_per_month: money(CompareField::Profit),
                start_up_period: answers.is_yes(id(CompareField::StartUp)),
                main_work: answers.is_yes(id(CompareField::MainWork)),
            });
        }
    }
    Some(scenario)
}
