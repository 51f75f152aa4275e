//! How Universal Credit is worked out, now and with work, line by line in plain
//! words: each kind of element and deduction once, added up (all children together).

use std::mem::{discriminant, Discriminant};

use yew::prelude::*;

use crate::describe::Words;
use crate::format::pounds;
use crate::money::Money;
use crate::outcome::{Line, NotEntitled, Outcome, UcDeduction, UcElement};
use crate::questionnaire::Questionnaire;

/// Each kind (whatever its figures) once, in the order first met, with a name.
fn kinds<Kind: core::marker::Copy>(
    lines: impl Iterator<Item = Kind>,
    name: impl Fn(&Kind) -> String,
) -> Vec<(Discriminant<Kind>, String)> {
    let mut kinds: Vec<(Discriminant<Kind>, String)> = Vec::new();
    for kind in lines {
        let key = discriminant(&kind);
        if !kinds.iter().any(|(seen, _)| *seen == key) {
            kinds.push((key, name(&kind)));
        }
    }
    kinds
}

/// The monthly total of the lines of one kind.
fn sum_of_kind<Kind>(lines: &[Line<Kind>], key: Discriminant<Kind>) -> Money {
    lines
        .iter()
        .filter(|line| discriminant(&line.kind) == key)
        .map(|line| line.per_month)
        .sum()
}

fn row(label: &str, now: Money, then: Money, minus: bool, strong: bool) -> Html {
    let show = |amount: Money| {
        if minus && amount.is_positive() {
            format!("-{}", pounds(amount))
        } else {
            pounds(amount)
        }
    };
    html! {
        <tr class={classes!(strong.then_some("bb-table__total"))}>
            <th scope="row">{ label.to_owned() }</th>
            <td class="bb-table__numeric">{ show(now) }</td>
            <td class="bb-table__numeric">{ show(then) }</td>
        </tr>
    }
}

/// Now and the first scenario; `column_with_work` heads the scenario's column.
pub fn uc_breakdown(
    questionnaire: Questionnaire<'static>,
    outcome: &Outcome,
    column_with_work: &str,
) -> Html {
    let copy = questionnaire.copy;
    let words_catalogue = &copy.results.uc_breakdown;
    let words = Words::for_page(copy);
    let Some(scenario) = outcome.scenarios.first() else {
        return Html::default();
    };
    let (now, then) = (
        &outcome.now.universal_credit,
        &scenario.snapshot.universal_credit,
    );
    let element_kinds = kinds(
        now.elements
            .iter()
            .chain(&then.elements)
            .map(|line| line.kind),
        |kind: &UcElement| words.element_name(kind),
    );
    let deduction_kinds = kinds(
        now.deductions
            .iter()
            .chain(&then.deductions)
            .map(|line| line.kind),
        |kind: &UcDeduction| words.deduction_name(kind, questionnaire.rules),
    );
    let heading = words_catalogue.heading.text();
    let award = words_catalogue.award.text();
    // Savings over the limit: there is no UC to work out (reg 18), so the page says
    // only that, and why (not a deduction for savings beside an award of nil).
    let over_capital_limit = [now, then]
        .iter()
        .any(|uc| uc.not_entitled_because == Some(NotEntitled::CapitalOverUpperLimit));
    if over_capital_limit {
        let limit = questionnaire
            .rules
            .universal_credit
            .capital_upper_limit
            .value;
        return html! {
            <details class="bb-details" id="uc-breakdown">
                <summary class="bb-details__summary"><span class="bb-details__summary-text">{ heading }</span></summary>
                <div class="bb-details__text">
                    <p class="bb-body">{ copy.results.no_uc_capital.fill(&[("limit", &words.money(limit))]) }</p>
                </div>
            </details>
        };
    }
    html! {
        <details class="bb-details" id="uc-breakdown">
            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ heading }</span></summary>
            <div class="bb-details__text">
                <p class="bb-body">{ words_catalogue.intro.text() }</p>
                <div class="bb-table-wrapper">
                <table class="bb-table">
                    <caption class="bb-visually-hidden">{ heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ copy.results.column_item.text() }</th>
                            <th scope="col" class="bb-table__numeric">{ copy.results.column_now.text() }</th>
                            <th scope="col" class="bb-table__numeric">{ column_with_work.to_owned() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for element_kinds.iter().map(|(key, name)| row(name, sum_of_kind(&now.elements, *key), sum_of_kind(&then.elements, *key), false, false)) }
                        { row(words_catalogue.maximum_amount.text(), now.maximum_amount, then.maximum_amount, false, true) }
                        { row(words_catalogue.earnings.text(), now.earned_income, then.earned_income, false, false) }
                        { row(words_catalogue.work_allowance.text(), now.work_allowance, then.work_allowance, false, false) }
                        { for deduction_kinds.iter().map(|(key, name)| row(name, sum_of_kind(&now.deductions, *key), sum_of_kind(&then.deductions, *key), true, false)) }
                        { row(award, now.award, then.award, false, true) }
                    </tbody>
                </table>
                </div>
            </div>
        </details>
    }
}
