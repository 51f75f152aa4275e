//! Your money now and with work: each line, the totals per month and per week, and
//! the change. On a phone the table stacks into labelled rows.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::format::{change, pounds};
use crate::outcome::{Change, PerWeekAndMonth};

/// The totals of one scenario against now.
pub struct Totals {
    pub now: PerWeekAndMonth,
    pub with_work: PerWeekAndMonth,
    pub better_off: PerWeekAndMonth,
    /// The weekly figures are the year's average, not a usual month's.
    pub weeks_on_average: bool,
    /// Some income is not worked out: the totals are only what we can work out, and
    /// their change is not shown.
    pub partial: bool,
}

pub fn money_table(
    copy: &'static Copy,
    changes: &[Change],
    totals: &Totals,
    column_with_work: &str,
) -> Html {
    let r = &copy.results;
    let words = Words::for_page(copy);
    let now_label = format!("{} ({})", r.column_now.text(), r.per_month.text());
    let work_label = format!("{} ({})", column_with_work, r.per_month.text());
    // The weekly totals row has its own labels (on a phone each cell shows its label).
    let per_week = if totals.weeks_on_average {
        r.per_week_on_average.text()
    } else {
        r.per_week.text()
    };
    let now_week_label = format!("{} ({})", r.column_now.text(), per_week);
    let work_week_label = format!("{} ({})", column_with_work, per_week);
    let change_label = r.column_change.text();
    let total = if totals.partial {
        r.partial.total.text()
    } else {
        r.total.text()
    };
    let total_change = |amount| {
        if totals.partial {
            r.partial.not_shown.text().to_owned()
        } else {
            change(amount)
        }
    };
    html! {
        <>
            <h2 class="bb-heading-m">{ r.summary_heading.text() }</h2>
            <div class="bb-table-wrapper">
            <table class="bb-table bb-table--stack" id="summary">
                <caption class="bb-visually-hidden">{ r.summary_heading.text() }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ r.column_item.text() }</th>
                        <th scope="col" class="bb-table__numeric">{ now_label.clone() }</th>
                        <th scope="col" class="bb-table__numeric">{ work_label.clone() }</th>
                        <th scope="col" class="bb-table__numeric">{ change_label }</th>
                    </tr>
                </thead>
                <tbody>
                    { for changes.iter().map(|line| html! {
                        <tr>
                            <th scope="row">{ words.income_name(line.income, line.who) }</th>
                            <td class="bb-table__numeric" data-label={now_label.clone()}>{ pounds(line.now.per_month) }</td>
                            <td class="bb-table__numeric" data-label={work_label.clone()}>{ pounds(line.with_scenario.per_month) }</td>
                            <td class="bb-table__numeric" data-label={change_label}>{ change(line.difference.per_month) }</td>
                        </tr>
                    }) }
                    <tr class="bb-table__total">
                        <th scope="row">{ format!("{} ({})", total, r.per_month.text()) }</th>
                        <td class="bb-table__numeric" data-label={now_label.clone()} id="total-now-month">{ pounds(totals.now.per_month) }</td>
                        <td class="bb-table__numeric" data-label={work_label.clone()} id="total-work-month">{ pounds(totals.with_work.per_month) }</td>
                        <td class="bb-table__numeric" data-label={change_label} id="change-month">{ total_change(totals.better_off.per_month) }</td>
                    </tr>
                    <tr class="bb-table__total">
                        <th scope="row">{ format!("{} ({})", total, per_week) }</th>
                        <td class="bb-table__numeric" data-label={now_week_label} id="total-now-week">{ pounds(totals.now.per_week) }</td>
                        <td class="bb-table__numeric" data-label={work_week_label} id="total-work-week">{ pounds(totals.with_work.per_week) }</td>
                        <td class="bb-table__numeric" data-label={change_label} id="change-week">{ total_change(totals.better_off.per_week) }</td>
                    </tr>
                </tbody>
            </table>
            </div>
        </>
    }
}
