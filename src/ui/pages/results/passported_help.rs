//! Help that comes with Universal Credit: each kind this household could have, what
//! it is worth, and whether the work keeps it (how much more pay would), with the
//! rule; and the help where it lives that is not counted.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::{HelpWords, Words};
use crate::outcome::{HelpNotCounted, PassportCheck};
use crate::rules::Rules;

pub fn passported_help(
    copy: &'static Copy,
    rules: &Rules,
    checks: &[PassportCheck],
    not_counted: &[HelpNotCounted],
) -> Html {
    if checks.is_empty() && not_counted.is_empty() {
        return Html::default();
    }
    let words = Words::for_page(copy);
    let r = &copy.results;
    html! {
        <section class="bb-help" id="passported-help" aria-labelledby="passported-help-heading">
            <h2 class="bb-heading-m" id="passported-help-heading">{ r.passported_help.heading.text() }</h2>
            <p class="bb-body">{ r.passported_help.intro.text() }</p>
            { for checks.iter().map(|check| {
                let HelpWords { name, worth, valued, status } = words.passported_help(check, rules);
                html! {
                    <div class="bb-change" data-help={name.clone()}>
                        <h3 class="bb-heading-s">{ name }</h3>
                        <p class="bb-body">{ format!("{worth} {status}") }</p>
                        <details class="bb-details">
                            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ r.rule.text() }</span></summary>
                            <div class="bb-details__text">
                                <p class="bb-body">{ valued }</p>
                                <p class="bb-body"><a href={check.source.url} rel="noreferrer noopener" target="_blank">{ check.source.cite }</a></p>
                            </div>
                        </details>
                    </div>
                }
            }) }
            { for not_counted.iter().map(|help| html! {
                <p class="bb-body">{ words.help_not_counted(*help) }</p>
            }) }
        </section>
    }
}
