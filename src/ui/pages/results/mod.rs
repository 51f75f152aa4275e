//! The results page: the answer first (better or worse off, per week and per month),
//! a place to try other hours or pay, then now against with work, the first six
//! months period by period (behind a link), what changes and why (with the rule),
//! your money at every number of hours (the hours chart), the pay and UC worked out,
//! what stays the same, and what the estimate assumes. One part per file, each given only what it shows (the smaller
//! parts are plain functions rather than components, which keeps the download
//! small); `hooks::use_outcome` runs the engine.

mod assumptions;
mod changes;
mod compare;
mod comparison;
mod first_months;
mod headline;
mod hours_chart;
mod next_pounds;
mod partial;
mod passported_help;
mod pay;
mod transitional_protection;
mod try_other_work;
mod uc_breakdown;

use yew::prelude::*;

use crate::answers::{Answer, Answers, FieldId};
use crate::describe::{fill, tax_year_gaps, your_hours, Words};
use crate::outcome::Change;
use crate::questionnaire::Questionnaire;
use crate::ui::hooks::use_outcome::use_outcome;
use crate::ui::widgets::heading::heading;

use assumptions::assumptions;
use changes::{stays_the_same, what_changes};
use compare::compare_ways;
use comparison::comparison;
use first_months::first_months;
use headline::headline;
use hours_chart::hours_chart;
use next_pounds::next_pounds;
use partial::partial;
use passported_help::passported_help;
use pay::pay_breakdown;
use transitional_protection::transitional_protection;
use try_other_work::try_other_work;
use uc_breakdown::uc_breakdown;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub questionnaire: Questionnaire<'static>,
    pub answers: Answers,
    /// Typing other hours or pay on the page.
    pub on_answer: Callback<(FieldId, Answer)>,
    /// Adding another way to compare, or removing one (by its slot).
    pub on_add_way: Callback<()>,
    pub on_remove_way: Callback<usize>,
    pub on_change_answers: Callback<()>,
    pub on_start_again: Callback<()>,
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let questionnaire = props.questionnaire;
    let answers = &props.answers;
    let copy = questionnaire.copy;
    let rules = questionnaire.rules;
    let r = &copy.results;
    let worked = use_outcome(questionnaire, answers.clone());
    let change_answers = props.on_change_answers.reform(|_: MouseEvent| ());
    let start_again = props.on_start_again.reform(|_: MouseEvent| ());

    let Some(worked) = worked else {
        return html! { { heading(r.title.text()) } };
    };
    let outcome = &worked.outcome;
    let Some(scenario) = outcome.scenarios.first() else {
        return html! { { heading(r.title.text()) } };
    };
    let words = Words::for_page(copy);
    let column_with_work = r
        .column_with_work
        .fill(&[("hours", &words.hours(your_hours(scenario)))]);
    let notes = words.notes(outcome, scenario, questionnaire.health_said(answers), rules);
    let (changed, same): (Vec<&Change>, Vec<&Change>) = scenario
        .changes
        .iter()
        .partition(|change| !change.difference.per_month.is_zero());
    // A confident wrong number is worse than none: with an income we cannot work out,
    // no better-off figure, and the panel says what is missing.
    let answer = if outcome.is_partial() {
        partial(copy, &outcome.not_included)
    } else {
        headline(words.headline(scenario))
    };
    let estimate_note = fill(copy.common.estimate_note, &tax_year_gaps(outcome.tax_year));

    html! {
        <>
            { heading(r.title.text()) }
            { answer }
            { try_other_work(copy, questionnaire.other_work_fields(answers), &props.on_answer) }
            { next_pounds(copy, scenario.next_pounds.as_ref()) }
            { compare_ways(questionnaire, answers, &props.on_answer, &props.on_add_way, &props.on_remove_way) }
            { comparison(copy, outcome) }
            { first_months(copy, questionnaire.first_months_fields(answers), scenario.first_months.as_ref(),
                questionnaire.asks_first_months(answers), outcome.is_partial(), &props.on_answer) }
            <div class="bb-notes">
                { for notes.into_iter().map(|note| html! { <p class="bb-inset">{ note }</p> }) }
            </div>
            { worked.chart.as_ref().filter(|_| !outcome.is_partial()).map(|chart| hours_chart(copy, chart, &outcome.scenarios)).unwrap_or_default() }
            { what_changes(copy, rules, &changed) }
            { passported_help(copy, rules, &scenario.snapshot.passported_help, &outcome.help_not_counted) }
            <div class="bb-pays">
            { for scenario.snapshot.pay.iter().map(|person| pay_breakdown(questionnaire, person.who,
                person.payslip.per_month, &words.hours(person.payslip.hours_per_week),
                person.payslip.tax_includes_benefits)) }
            </div>
            { uc_breakdown(questionnaire, outcome, &column_with_work) }
            { transitional_protection(copy, questionnaire.transitional_protection_field(answers), &props.on_answer) }
            { stays_the_same(copy, &same) }
            { assumptions(copy, &outcome.assumptions, outcome.tax_year) }
            <p class="bb-body">{ estimate_note }</p>
            <h2 class="bb-heading-m">{ r.next_heading.text() }</h2>
            { for r.next.iter().map(|p| html! { <p class="bb-body">{ p.text() }</p> }) }
            <div class="bb-button-group">
                <button type="button" class="bb-button bb-button--secondary" onclick={change_answers}>{ r.change_answers.text() }</button>
                <button type="button" class="bb-link-button" onclick={start_again}>{ r.start_again.text() }</button>
            </div>
        </>
    }
}
