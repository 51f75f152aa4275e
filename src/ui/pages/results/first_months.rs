//! The first months of the work in mind, under a link that opens them: the dates
//! they use (which the person can change), then each assessment period's money in
//! a table that adds up, when its Universal Credit is paid, and why it differs from
//! a usual month, with the rule. The periods are written as markup text, as the
//! hours chart's drawing is (every word and figure through `markup::Text`).

use core::fmt::Write;

use yew::prelude::*;

use crate::answers::{Answer, FieldId};
use crate::copy::Copy;
use crate::describe::Words;
use crate::format::{change, pounds};
use crate::markup::Text;
use crate::outcome::{FirstMonths, MonthInWork, Timeline, TimelineNotShown};
use crate::questionnaire::FieldState;
use crate::ui::widgets::field::{field_view, FieldProps};

/// `partial`: an income could not be worked out, so no total is shown as if whole.
pub fn first_months(
    copy: &'static Copy,
    fields: Vec<FieldState>,
    months: Option<&FirstMonths>,
    asked: bool,
    partial: bool,
    onchange: &Callback<(FieldId, Answer)>,
) -> Html {
    let words = Words::for_page(copy);
    let text = &copy.results.first_months;
    let body = if !asked {
        html! { <p class="bb-body">{ text.change_of_work.text() }</p> }
    } else {
        let shown = match months {
            Some(FirstMonths::Shown(timeline)) => timeline_view(copy, &words, timeline, partial),
            Some(FirstMonths::NotShown(TimelineNotShown::ChangeOfWork)) => {
                html! { <p class="bb-body">{ text.change_of_work.text() }</p> }
            }
            Some(FirstMonths::NotShown(TimelineNotShown::NotANewJob)) => {
                html! { <p class="bb-body">{ text.not_a_new_job.text() }</p> }
            }
            None => html! { <p class="bb-body">{ text.fix_answers.text() }</p> },
        };
        html! {
            <>
                { for fields.into_iter().map(|FieldState { field, value, error }| html! {
                    { field_view(&FieldProps::new(field, value, error, copy.common.error_prefix_hidden.text(), onchange)) }
                }) }
                { shown }
            </>
        }
    };
    html! {
        <details class="bb-details bb-first-months" id="first-months">
            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ words.first_months_link() }</span></summary>
            <div class="bb-details__text">
                <h2 class="bb-heading-m" id="first-months-heading">{ words.first_months_heading() }</h2>
                <p class="bb-body">{ text.intro.text() }</p>
                { body }
            </div>
        </details>
    }
}

fn timeline_view(
    copy: &'static Copy,
    words: &Words<'_>,
    timeline: &Timeline,
    partial: bool,
) -> Html {
    let text = &copy.results.first_months;
    let periods: String = timeline
        .months
        .iter()
        .enumerate()
        .map(|(index, month)| month_view(copy, words, timeline, index, month, partial))
        .collect();
    html! {
        <div id="first-months-periods">
            <p class="bb-body" id="first-months-used">{ words.first_months_used(timeline) }</p>
            if let Some(note) = words.first_months_note_after_tax_year(timeline) {
                <p class="bb-inset">{ note }</p>
            }
            { Html::from_html_unchecked(AttrValue::from(periods)) }
            <p class="bb-hint">{ text.not_yet_shown.text() }</p>
        </div>
    }
}

/// One period as markup text (see `markup`): a table that adds up, when its
/// Universal Credit is paid, and each effect with its rule.
fn month_view(
    copy: &'static Copy,
    words: &Words<'_>,
    timeline: &Timeline,
    index: usize,
    month: &MonthInWork,
    partial: bool,
) -> String {
    let text = &copy.results.first_months;
    let (total, compared) = if partial {
        (
            copy.results.partial.total.text(),
            copy.results.partial.not_shown.text().to_owned(),
        )
    } else {
        (text.total.text(), change(month.difference_from_usual))
    };
    let name = words.period_name(month.period);
    let mut out = format!(
        r#"<section class="bb-first-months__period" aria-labelledby="first-months-{index}" data-period="{index}"><h3 class="bb-heading-s" id="first-months-{index}">{name}</h3><table class="bb-table"><caption class="bb-visually-hidden">{name}</caption><thead><tr><th scope="col">{}</th><th scope="col" class="bb-table__numeric">{}</th></tr></thead><tbody>"#,
        Text(text.column_money.text()),
        Text(text.column_amount.text()),
        name = Text(&name),
    );
    let mut row = |class: &str, heading: &str, amount: &str| {
        let _ = write!(
            out,
            r#"<tr{class}><th scope="row">{}</th><td class="bb-table__numeric">{}</td></tr>"#,
            Text(heading),
            Text(amount),
        );
    };
    for line in &month.income {
        row(
            "",
            &words.income_name(line.income, line.who),
            &pounds(line.amount),
        );
    }
    row(
        r#" class="bb-table__total" data-total="""#,
        total,
        &pounds(month.total),
    );
    row("", text.compared.text(), &compared);
    out.push_str("</tbody></table>");
    if let Some(date) = month.universal_credit_paid_on {
        let paid = text.uc_paid.fill(&[("date", &words.date(date))]);
        let _ = write!(out, r#"<p class="bb-body">{}</p>"#, Text(&paid));
    }
    for effect in &month.effects {
        let source = effect.source();
        let _ = write!(
            out,
            r#"<p class="bb-body bb-first-months__effect">{} <a href="{}" rel="noreferrer noopener" target="_blank">{}</a></p>"#,
            Text(&words.effect(effect, month, timeline)),
            Text(source.url),
            Text(source.cite),
        );
    }
    out.push_str("</section>");
    out
}
