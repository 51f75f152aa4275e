//! Your money now and with each way into work, side by side: line by line, the totals
//! a month and a week, how much better or worse off, and what is kept of the next
//! £10. On a wide screen all at once; on a phone, now and one way at a time, chosen
//! from a list. The first way is the work in mind.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::{fill, Words};
use crate::format::{change, pence_or_pounds, pounds};
use crate::money::Money;
use crate::outcome::{Income, Outcome, Snapshot, Who};

/// One row: its heading, the "now" cell, and a cell for each way; the ids of the
/// now cell and the first way's cell, for the rows the tests read.
struct Row {
    heading: String,
    now: String,
    ways: Vec<String>,
    total: bool,
    ids: Option<(&'static str, &'static str)>,
}

fn line_amount(snapshot: &Snapshot, (income, who): (Income, Who)) -> Money {
    snapshot
        .income_line(income, who)
        .map_or(Money::ZERO, |line| line.per_month)
}

fn rows(copy: &'static Copy, outcome: &Outcome) -> Vec<Row> {
    let words = Words::for_page(copy);
    let r = &copy.results;
    let c = &r.compare;
    let snapshots = || outcome.scenarios.iter().map(|scenario| &scenario.snapshot);
    // Every line in any situation, in the engine's order.
    let mut keys: Vec<(Income, Who)> = Vec::new();
    for line in core::iter::once(&outcome.now)
        .chain(snapshots())
        .flat_map(|snapshot| &snapshot.income)
    {
        if !keys.contains(&(line.kind, line.who)) {
            keys.push((line.kind, line.who));
        }
    }
    let partial = outcome.is_partial();
    let total = if partial {
        r.partial.total.text()
    } else {
        r.total.text()
    };
    let better = |value: Money| {
        if partial {
            r.partial.not_shown.text().to_owned()
        } else {
            change(value)
        }
    };
    let mut rows: Vec<Row> = keys
        .into_iter()
        .map(|key| Row {
            heading: words.income_name(key.0, key.1),
            now: pounds(line_amount(&outcome.now, key)),
            ways: snapshots()
                .map(|snapshot| pounds(line_amount(snapshot, key)))
                .collect(),
            total: false,
            ids: None,
        })
        .collect();
    rows.push(Row {
        heading: format!("{} ({})", total, r.per_month.text()),
        now: pounds(outcome.now.total.per_month),
        ways: snapshots()
            .map(|snapshot| pounds(snapshot.total.per_month))
            .collect(),
        total: true,
        ids: Some(("total-now-month", "total-work-month")),
    });
    // The week is the year's average (with the months that hold one more payday),
    // the same as the month's weekly equivalent for monthly pay.
    let on_average = !(outcome.now_other_months.is_empty()
        && outcome
            .scenarios
            .iter()
            .all(|scenario| scenario.other_months.is_empty()));
    let per_week = if on_average {
        r.per_week_on_average.text()
    } else {
        r.per_week.text()
    };
    rows.push(Row {
        heading: format!("{total} ({per_week})"),
        now: pounds(outcome.now_year_average.per_week),
        ways: outcome
            .scenarios
            .iter()
            .map(|scenario| pounds(scenario.year_average.per_week))
            .collect(),
        total: true,
        ids: Some(("total-now-week", "total-work-week")),
    });
    for (heading, week, id) in [
        (c.better_off_month, false, "change-month"),
        (c.better_off_week, true, "change-week"),
    ] {
        rows.push(Row {
            heading: heading.text().to_owned(),
            now: String::new(),
            ways: outcome
                .scenarios
                .iter()
                .map(|scenario| {
                    let off = scenario.better_off;
                    better(if week { off.per_week } else { off.per_month })
                })
                .collect(),
            total: true,
            ids: Some(("", id)),
        });
    }
    let extra = outcome
        .scenarios
        .iter()
        .find_map(|scenario| scenario.next_pounds.as_ref().map(|next| next.extra_pay));
    if let Some(extra) = extra {
        rows.push(Row {
            heading: fill(c.next_pounds, &[("extra", pence_or_pounds(extra))]),
            now: String::new(),
            ways: outcome
                .scenarios
                .iter()
                .map(|scenario| {
                    scenario
                        .next_pounds
                        .as_ref()
                        .map(|next| pence_or_pounds(next.kept))
                        .unwrap_or_default()
                })
                .collect(),
            total: false,
            ids: None,
        });
    }
    rows
}

/// The table. On a phone it shows now and one way, chosen with radio buttons that
/// the style sheet reads (`:has(:checked)`): no code runs to switch columns.
pub fn comparison(copy: &'static Copy, outcome: &Outcome) -> Html {
    if outcome.scenarios.is_empty() {
        return Html::default();
    }
    let several = outcome.scenarios.len() > 1;
    let words = Words::for_page(copy);
    let r = &copy.results;
    let c = &r.compare;
    let names: Vec<String> = outcome
        .scenarios
        .iter()
        .map(|scenario| words.scenario_name(scenario))
        .collect();
    // On a phone only the chosen way's column shows beside now.
    let cell_class = |index: usize| {
        classes!(
            "bb-table__numeric",
            several.then(|| format!("bb-compare__col bb-compare__col-{index}"))
        )
    };
    // The first way's cell of a row the tests read has its id.
    let cell = |index: usize, text: &String, id: Option<&'static str>| {
        html! { <td class={cell_class(index)} id={id.filter(|_| index == 0)}>{ text.clone() }</td> }
    };
    html! {
        <section class="bb-comparison" aria-labelledby="comparison-heading">
            <h2 class="bb-heading-m" id="comparison-heading">{ r.summary_heading.text() }</h2>
            if several {
            <fieldset class="bb-fieldset bb-compare__chooser">
                <legend class="bb-label">{ c.show.text() }</legend>
                <div class="bb-radios">
                { for names.iter().enumerate().map(|(index, name)| {
                    let id = format!("comparison-show-{index}");
                    html! {
                        <div class="bb-radios__item">
                            <input class="bb-radios__input" type="radio" name="comparison-show" id={id.clone()} checked={index == 0} />
                            <label class="bb-radios__label" for={id}>{ name.clone() }</label>
                        </div>
                    }
                }) }
                </div>
            </fieldset>
            }
            // A region a keyboard can scroll when the table is wider than the screen.
            <div class="bb-table-wrapper" tabindex="0" role="region" aria-labelledby="comparison-heading">
            <table class="bb-table bb-comparison__table" id="comparison">
                <caption class="bb-visually-hidden">{ r.summary_heading.text() }</caption>
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
                    { for rows(copy, outcome).iter().map(|row| html! {
                        <tr class={classes!(row.total.then_some("bb-table__total"))}>
                            <th scope="row">{ row.heading.clone() }</th>
                            <td class="bb-table__numeric" id={row.ids.map(|(now, _)| now).filter(|id| !id.is_empty())}>{ row.now.clone() }</td>
                            { for row.ways.iter().enumerate().map(|(index, text)| cell(index, text, row.ids.map(|(_, first)| first))) }
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
            // Why each way that is not paid work comes out as it does.
            { for outcome.scenarios.iter().zip(&names).filter(|(scenario, _)| {
                let work = &scenario.work;
                !(work.volunteering.is_empty() && work.study.is_empty() && work.self_employment.is_empty())
            }).map(|(scenario, name)| {
                let why = if scenario.work.volunteering.is_empty() {
                    scenario
                        .changes
                        .iter()
                        .find(|line| line.income == Income::UniversalCredit)
                        .map(|line| words.reasons(&line.why))
                        .unwrap_or_default()
                } else {
                    r.volunteering_changes_nothing.text().to_owned()
                };
                html! {
                    <div class="bb-change">
                        <h3 class="bb-heading-s">{ name.clone() }</h3>
                        <p class="bb-body">{ why }</p>
                    </div>
                }
            }) }
        </section>
    }
}
