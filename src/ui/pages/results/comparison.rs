//! Every way side by side: now and each scenario, line by line, the totals, how much
//! better or worse off, and what is kept of the next £10. On a wide screen all at
//! once; on a phone, now and one way at a time, chosen from a list.

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::{fill, Words};
use crate::format::{change, pence_or_pounds, pounds};
use crate::money::Money;
use crate::outcome::{Income, Outcome, Who};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub copy: &'static Copy,
    pub outcome: std::rc::Rc<Outcome>,
}

#[function_component(Comparison)]
pub fn comparison(props: &ComparisonProps) -> Html {
    let shown = use_state(|| 0_usize);
    let copy = props.copy;
    let outcome = &props.outcome;
    if outcome.scenarios.len() < 2 {
        return Html::default();
    }
    let words = Words::for_page(copy);
    let r = &copy.results;
    let c = &r.compare;
    let names: Vec<String> = outcome
        .scenarios
        .iter()
        .map(|scenario| words.scenario_name(scenario))
        .collect();
    // Every line in any situation, in the engine's order.
    let mut keys: Vec<(Income, Who)> = Vec::new();
    let mut seen = BTreeSet::new();
    for line in core::iter::once(&outcome.now)
        .chain(outcome.scenarios.iter().map(|scenario| &scenario.snapshot))
        .flat_map(|snapshot| &snapshot.income)
    {
        if seen.insert((line.kind, line.who)) {
            keys.push((line.kind, line.who));
        }
    }
    let amount = |snapshot: &crate::outcome::Snapshot, key: (Income, Who)| {
        snapshot
            .income_line(key.0, key.1)
            .map_or(Money::ZERO, |line| line.per_month)
    };
    let partial = outcome.is_partial();
    let extra = outcome
        .scenarios
        .iter()
        .find_map(|scenario| scenario.next_pounds.as_ref().map(|next| next.extra_pay));
    let total = if partial {
        r.partial.total.text()
    } else {
        r.total.text()
    };
    let choose = {
        let shown = shown.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .map(|select| select.value())
                .and_then(|value| value.parse::<usize>().ok())
                .unwrap_or(0);
            shown.set(value);
        })
    };
    // On a phone only the chosen way's column shows beside now.
    let cell_class = |index: usize| {
        if index == *shown {
            classes!("bb-table__numeric")
        } else {
            classes!("bb-table__numeric", "bb-compare__narrow-hidden")
        }
    };
    let better = |value: Money| {
        if partial {
            r.partial.not_shown.text().to_owned()
        } else {
            change(value)
        }
    };
    html! {
        <section class="bb-comparison" aria-labelledby="comparison-heading">
            <h2 class="bb-heading-m" id="comparison-heading">{ c.table_heading.text() }</h2>
            <div class="bb-form-group bb-compare__chooser">
                <label class="bb-label" for="comparison-show">{ c.show.text() }</label>
                <select class="bb-select" id="comparison-show" onchange={choose}>
                    { for names.iter().enumerate().map(|(index, name)| html! {
                        <option value={index.to_string()} selected={index == *shown}>{ name.clone() }</option>
                    }) }
                </select>
            </div>
            <div class="bb-table-wrapper">
            <table class="bb-table bb-comparison__table" id="comparison">
                <caption class="bb-visually-hidden">{ c.table_heading.text() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ r.column_item.text() }</th>
                        <th scope="col" class="bb-table__numeric">{ r.column_now.text() }</th>
                        { for names.iter().enumerate().map(|(index, name)| html! {
                            <th scope="col" class={cell_class(index)}>{ name.clone() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for keys.iter().map(|&key| html! {
                        <tr>
                            <th scope="row">{ words.income_name(key.0, key.1) }</th>
                            <td class="bb-table__numeric">{ pounds(amount(&outcome.now, key)) }</td>
                            { for outcome.scenarios.iter().enumerate().map(|(index, scenario)| html! {
                                <td class={cell_class(index)}>{ pounds(amount(&scenario.snapshot, key)) }</td>
                            }) }
                        </tr>
                    }) }
                    <tr class="bb-table__total">
                        <th scope="row">{ format!("{} ({})", total, r.per_month.text()) }</th>
                        <td class="bb-table__numeric">{ pounds(outcome.now.total.per_month) }</td>
                        { for outcome.scenarios.iter().enumerate().map(|(index, scenario)| html! {
                            <td class={cell_class(index)}>{ pounds(scenario.snapshot.total.per_month) }</td>
                        }) }
                    </tr>
                    <tr class="bb-table__total">
                        <th scope="row">{ c.better_off_month.text() }</th>
                        <td class="bb-table__numeric"></td>
                        { for outcome.scenarios.iter().enumerate().map(|(index, scenario)| html! {
                            <td class={cell_class(index)} data-better-off-month="">{ better(scenario.better_off.per_month) }</td>
                        }) }
                    </tr>
                    <tr class="bb-table__total">
                        <th scope="row">{ c.better_off_week.text() }</th>
                        <td class="bb-table__numeric"></td>
                        { for outcome.scenarios.iter().enumerate().map(|(index, scenario)| html! {
                            <td class={cell_class(index)}>{ better(scenario.better_off.per_week) }</td>
                        }) }
                    </tr>
                    if let Some(extra) = extra {
                        <tr>
                            <th scope="row">{ fill(c.next_pounds, &[("extra", pence_or_pounds(extra))]) }</th>
                            <td class="bb-table__numeric"></td>
                            { for outcome.scenarios.iter().enumerate().map(|(index, scenario)| html! {
                                <td class={cell_class(index)}>{ scenario.next_pounds.as_ref().map(|next| pence_or_pounds(next.kept)).unwrap_or_default() }</td>
                            }) }
                        </tr>
                    }
                </tbody>
            </table>
            </div>
            // Why each way that is not paid work comes out as it does.
            { for outcome.scenarios.iter().zip(&names).filter(|(scenario, _)| {
                let work = &scenario.work;
                !(work.volunteering.is_empty() && work.study.is_empty() && work.self_employment.is_empty())
            }).map(|(scenario, name)| {
                let uc = scenario.changes.iter().find(|line| line.income == Income::UniversalCredit);
                html! {
                    <div class="bb-change">
                        <h3 class="bb-heading-s">{ name.clone() }</h3>
                        if !scenario.work.volunteering.is_empty() {
                            <p class="bb-body">{ r.volunteering_changes_nothing.text() }</p>
                        }
                        if let Some(uc) = uc.filter(|_| scenario.work.volunteering.is_empty()) {
                            <p class="bb-body">{ words.reasons(&uc.why) }</p>
                        }
                    </div>
                }
            }) }
        </section>
    }
}
