//! What changes and why, each with the rule behind it; and what stays the same.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::format::{change, pounds};
use crate::outcome::Change;
use crate::rules::Rules;

#[derive(Properties, PartialEq)]
pub struct WhatChangesProps {
    pub copy: &'static Copy,
    pub rules: &'static Rules,
    /// Only the lines that change.
    pub changes: Vec<Change>,
}

#[function_component(WhatChanges)]
pub fn what_changes(props: &WhatChangesProps) -> Html {
    let r = &props.copy.results;
    let words = Words::for_page(props.copy);
    html! {
        <div class="bb-changes">
        if !props.changes.is_empty() {
            <h2 class="bb-heading-m">{ r.lines_heading.text() }</h2>
            { for props.changes.iter().map(|line| {
                let name = words.income_name(line.income, line.who);
                html! {
                    <div class="bb-change">
                        <h3 class="bb-heading-s">{ format!("{name}: ") }<span class="bb-nowrap">{ change(line.difference.per_month) }</span><span class="bb-hint">{ format!(" {}", r.per_month.text()) }</span></h3>
                        <p class="bb-body">{ words.why_changes(line.income, line.who, props.rules) }</p>
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

#[derive(Properties, PartialEq)]
pub struct StaysTheSameProps {
    pub copy: &'static Copy,
    /// Only the lines that stay the same.
    pub changes: Vec<Change>,
}

#[function_component(StaysTheSame)]
pub fn stays_the_same(props: &StaysTheSameProps) -> Html {
    let words = Words::for_page(props.copy);
    html! {
        <div class="bb-same">
        if !props.changes.is_empty() {
            <h2 class="bb-heading-m">{ props.copy.results.stays_the_same_heading.text() }</h2>
            <ul class="bb-list bb-list--bullet">
                { for props.changes.iter().map(|line| html! {
                    <li>{ format!("{}: {}. {}", words.income_name(line.income, line.who),
                        pounds(line.now.per_month), words.why_same(line.income, line.who)) }</li>
                }) }
            </ul>
        }
        </div>
    }
}
