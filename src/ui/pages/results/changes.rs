//! What changes and why (each change's own reasons, with its figures), each with the
//! rule behind it; and what stays the same.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::format::{change, pounds};
use crate::outcome::Change;
use crate::rules::Rules;

/// The lines that change, each with why and the rule behind it.
pub fn what_changes(copy: &'static Copy, rules: &Rules, changes: &[&Change]) -> Html {
    let r = &copy.results;
    let words = Words::for_page(copy);
    html! {
        <div class="bb-changes">
        if !changes.is_empty() {
            <h2 class="bb-heading-m">{ r.lines_heading.text() }</h2>
            { for changes.iter().map(|line| {
                let name = words.income_name(line.income, line.who);
                // This change's own reasons, with its figures; else the general rule.
                let why = if line.why.is_empty() {
                    words.why_changes(line.income, line.who, rules)
                } else {
                    words.reasons(&line.why)
                };
                html! {
                    <div class="bb-change">
                        <h3 class="bb-heading-s">{ format!("{name}: ") }<span class="bb-nowrap">{ change(line.difference.per_month) }</span><span class="bb-hint">{ format!(" {}", r.per_month.text()) }</span></h3>
                        <p class="bb-body">{ why }</p>
                        <details class="bb-details">
                            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ r.rule.text() }</span></summary>
                            <div class="bb-details__text">
                                <p class="bb-body"><a href={line.source.url} rel="noreferrer noopener" target="_blank">{ line.source.cite }</a></p>
                            </div>
                        </details>
                    </div>
                }
            }) }
        }
        </div>
    }
}

/// The lines that stay the same, with why.
pub fn stays_the_same(copy: &'static Copy, changes: &[&Change]) -> Html {
    let words = Words::for_page(copy);
    html! {
        <div class="bb-same">
        if !changes.is_empty() {
            <h2 class="bb-heading-m">{ copy.results.stays_the_same_heading.text() }</h2>
            <ul class="bb-list bb-list--bullet">
                { for changes.iter().map(|line| html! {
                    <li>{ format!("{}: {}. {}", words.income_name(line.income, line.who),
                        pounds(line.now.per_month), words.why_same(line.income, line.who)) }</li>
                }) }
            </ul>
        }
        </div>
    }
}
