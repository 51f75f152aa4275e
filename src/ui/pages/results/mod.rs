//! The results page: the answer first (better or worse off, per week and per month),
//! a place to try other hours or pay, then now against with work, what changes and
//! why (with the rule), the pay and UC worked out, what stays the same, and what the
//! estimate assumes. One part per file, each given only what it shows (the smaller
//! parts are plain functions rather than components, which keeps the download
//! small); `hooks::use_outcome` runs the engine.

mod assumptions;
mod changes;
mod headline;
mod money_table;
mod pay;
mod try_other_work;
mod uc_breakdown;

use yew::prelude::*;

use crate::describe::{fill, tax_year_gaps, your_hours, Words};
use crate::outcome::Change;
use crate::questionnaire::PageId;
use crate::ui::hooks::use_outcome::use_outcome;
use crate::ui::state::{Action, StateHandle};
use crate::ui::widgets::heading::Heading;

use assumptions::assumptions;
use changes::{stays_the_same, what_changes};
use headline::headline;
use money_table::{money_table, Totals};
use pay::PayBreakdown;
use try_other_work::{try_other_work, TryField};
use uc_breakdown::UcBreakdown;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: StateHandle,
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let state = &props.state;
    let questionnaire = state.questionnaire;
    let copy = questionnaire.copy;
    let rules = questionnaire.rules;
    let r = &copy.results;
    let outcome = use_outcome(questionnaire, state.answers.clone());

    let onchange = {
        let state = state.clone();
        Callback::from(move |(field, answer)| state.dispatch(Action::Answer { field, answer }))
    };
    let change_answers = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| crate::ui::history::go_back(&state))
    };
    let start_again = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::StartAgain))
    };

    let Some(outcome) = outcome else {
        return html! { <Heading text={r.title.text()} visit={state.visit} /> };
    };
    let Some(scenario) = outcome.scenarios.first() else {
        return html! { <Heading text={r.title.text()} visit={state.visit} /> };
    };
    let words = Words::for_page(copy);
    let column_with_work = r.column_with_work.fill(&[("hours", &your_hours(scenario))]);
    let notes = words.notes(
        &outcome,
        scenario,
        questionnaire.not_sure_about_health(&state.answers),
        rules,
    );
    let (changed, same): (Vec<&Change>, Vec<&Change>) = scenario
        .changes
        .iter()
        .partition(|change| !change.difference.per_month.is_zero());
    let totals = Totals {
        now: outcome.now.total,
        with_work: scenario.snapshot.total,
        better_off: scenario.better_off,
    };
    // The work in mind, hours and pay, to change here (how often it is paid stays).
    let try_fields: Vec<TryField> = questionnaire
        .page(PageId::NewWork, &state.answers)
        .fields
        .into_iter()
        .filter(|field| field.id != crate::answers::FieldId::WorkPaid)
        .map(|field| TryField {
            value: state.answers.text(field.id).to_owned(),
            error: crate::questionnaire::check_field(&field, &state.answers).err(),
            field,
        })
        .collect();
    let estimate_note = fill(copy.common.estimate_note, &tax_year_gaps(outcome.tax_year));

    html! {
        <>
            <Heading text={r.title.text()} visit={state.visit} />
            { headline(words.headline(scenario)) }
            { try_other_work(copy, try_fields, &onchange) }
            <div class="bb-notes">
                { for notes.into_iter().map(|note| html! { <p class="bb-inset">{ note }</p> }) }
            </div>
            { money_table(copy, &scenario.changes, &totals, &column_with_work) }
            { what_changes(copy, rules, &changed) }
            <div class="bb-pays">
            { for scenario.snapshot.pay.iter().map(|person| html! {
                <PayBreakdown {questionnaire} who={person.who} figures={person.payslip.per_month}
                    hours={crate::format::hours(person.payslip.hours_per_week)} />
            }) }
            </div>
            <UcBreakdown {questionnaire} now={outcome.now.universal_credit.clone()}
                with_work={scenario.snapshot.universal_credit.clone()} column_with_work={column_with_work} />
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
