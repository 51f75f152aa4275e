//! The answer: better or worse off, per week and per month, first; then now against
//! with work, what changes and why (with the rule), what stays the same, and a place
//! to try other hours or pay that updates as the person types.

use std::rc::Rc;

use yew::prelude::*;

use crate::copy::{Copy, LineText};
use crate::engine::pay::PayFigures;
use crate::format::{change, hours, pounds};
use crate::money::Money;
use crate::outcome::{Change, LineId, NotEntitled, Outcome, UniversalCreditCalculation, Who};
use crate::questionnaire::{check_field, page, situation, PageId};
use crate::ui::state::{Action, StateHandle};
use crate::ui::widgets::field::FieldView;
use crate::ui::widgets::heading::Heading;
use crate::{calculate, RULES_2026_27};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: StateHandle,
}

/// The words for a line, with whose it is.
fn line_text(copy: &'static Copy, line: &Change) -> (String, &'static LineText) {
    let text: &'static LineText = match (line.id, line.who) {
        (LineId::TakeHomePay, Who::Partner) => &copy.results.partner_take_home_pay,
        (LineId::TakeHomePay, _) => &copy.results.take_home_pay,
        (LineId::UniversalCredit, _) => &copy.results.universal_credit,
        (LineId::PersonalIndependencePayment, _) => &copy.results.pip,
        (LineId::AdultDisabilityPayment, _) => &copy.results.adp,
        (LineId::DisabilityLivingAllowance, _) => &copy.results.dla,
        (LineId::ChildDisabilityPayment, _) => &copy.results.cdp,
        _ => &copy.results.child_benefit,
    };
    let name = match line.who {
        Who::Partner if line.id != LineId::TakeHomePay => {
            format!("{} ({})", text.name, "your partner")
        }
        Who::Child(index) => format!(
            "{} ({} child)",
            text.name,
            copy.ordinals.get(index).copied().unwrap_or("next")
        ),
        _ => text.name.to_owned(),
    };
    (name, text)
}

fn headline(copy: &'static Copy, outcome: &Outcome, hours_text: &str) -> String {
    let r = &copy.results;
    let Some(scenario) = outcome.scenarios.first() else {
        return String::new();
    };
    let better = scenario.better_off;
    let fill = |template: &str, week: Money, month: Money| {
        template
            .replace("{week}", &pounds(week))
            .replace("{month}", &pounds(month))
            .replace("{hours}", hours_text)
    };
    let about_the_same = better.per_month.abs() < Money::pounds(1);
    if hours_text == "0" && about_the_same {
        r.no_work_yet.to_owned()
    } else if better.per_month >= Money::pounds(1) {
        fill(r.better_off, better.per_week, better.per_month)
    } else if better.per_month <= -Money::pounds(1) {
        fill(r.worse_off, -better.per_week, -better.per_month)
    } else {
        fill(r.about_the_same, better.per_week, better.per_month)
    }
}

#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsProps) -> Html {
    let state = &props.state;
    let copy = state.copy;
    let r = &copy.results;
    let answers = state.answers.clone();
    let computed: Rc<Option<Outcome>> = use_memo(answers, |answers| {
        let situation = situation(answers);
        situation
            .check()
            .is_empty()
            .then(|| calculate(&situation, &RULES_2026_27))
    });
    let last_good = use_mut_ref(|| None::<Outcome>);
    if let Some(outcome) = computed.as_ref() {
        *last_good.borrow_mut() = Some(outcome.clone());
    }
    let outcome = last_good.borrow().clone();

    let try_page = page(PageId::NewWork, &state.answers, copy);
    let onchange = {
        let state = state.clone();
        Callback::from(move |(key, value): (String, String)| {
            state.dispatch(Action::Answer { key, value })
        })
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
        return html! { <Heading text={r.title} visit={state.visit} /> };
    };
    let Some(scenario) = outcome.scenarios.first() else {
        return html! { <Heading text={r.title} visit={state.visit} /> };
    };
    let work_hours = scenario
        .snapshot
        .pay
        .iter()
        .find(|p| p.who == Who::You)
        .map_or_else(|| "0".to_owned(), |p| hours(p.payslip.hours_per_week));
    let column_with_work = r.column_with_work.replace("{hours}", &work_hours);
    let now_label = format!("{} ({})", r.column_now, r.per_month);
    let work_label = format!("{} ({})", column_with_work, r.per_month);
    let uc = &scenario.snapshot.universal_credit;
    let mut notes = Vec::new();
    if uc.not_entitled_because == Some(NotEntitled::CapitalOverUpperLimit) {
        notes.push(r.no_uc_capital);
    } else if uc.not_entitled_because == Some(NotEntitled::IncomeTooHigh) {
        notes.push(r.uc_nil);
    }
    if outcome
        .now
        .universal_credit
        .benefit_cap
        .reduction
        .is_positive()
    {
        notes.push(r.benefit_cap_applies);
    }
    if state.answers.is("your_health", "not_sure") || state.answers.is("partner_health", "not_sure")
    {
        notes.push(r.not_sure_health);
    }
    let (changed, same): (Vec<&Change>, Vec<&Change>) = scenario
        .changes
        .iter()
        .partition(|c| !c.difference.per_month.is_zero());

    html! {
        <>
            <Heading text={r.title} visit={state.visit} />
            <div class="bb-panel" id="headline" aria-live="polite">
                <p class="bb-panel__body">{ headline(copy, &outcome, &work_hours) }</p>
            </div>
            <section class="bb-try" aria-labelledby="try-heading">
                <h2 class="bb-heading-m" id="try-heading">{ r.try_heading }</h2>
                <p class="bb-hint">{ r.try_hint }</p>
                { for try_page.fields.iter().filter(|f| f.key != "work_paid").map(|field| {
                    let error = check_field(field, &state.answers).err();
                    html! {
                        <FieldView field={field.clone()} value={state.answers.get(&field.key).to_owned()} {error}
                            error_prefix={copy.common.error_prefix_hidden} onchange={onchange.clone()} />
                    }
                }) }
            </section>
            <div class="bb-notes">
                { for notes.iter().map(|note| html! { <p class="bb-inset">{ *note }</p> }) }
            </div>

            <h2 class="bb-heading-m">{ r.summary_heading }</h2>
            <div class="bb-table-wrapper">
            <table class="bb-table bb-table--stack" id="summary">
                <caption class="bb-visually-hidden">{ r.summary_heading }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ r.column_item }</th>
                        <th scope="col" class="bb-table__numeric">{ format!("{} ({})", r.column_now, r.per_month) }</th>
                        <th scope="col" class="bb-table__numeric">{ format!("{} ({})", column_with_work, r.per_month) }</th>
                        <th scope="col" class="bb-table__numeric">{ r.column_change }</th>
                    </tr>
                </thead>
                <tbody>
                    { for scenario.changes.iter().map(|line| {
                        let (name, _) = line_text(copy, line);
                        html! {
                            <tr>
                                <th scope="row">{ name }</th>
                                <td class="bb-table__numeric" data-label={now_label.clone()}>{ pounds(line.now.per_month) }</td>
                                <td class="bb-table__numeric" data-label={work_label.clone()}>{ pounds(line.with_scenario.per_month) }</td>
                                <td class="bb-table__numeric" data-label={r.column_change}>{ change(line.difference.per_month) }</td>
                            </tr>
                        }
                    }) }
                    <tr class="bb-table__total">
                        <th scope="row">{ format!("{} ({})", r.total, r.per_month) }</th>
                        <td class="bb-table__numeric" data-label={now_label.clone()} id="total-now-month">{ pounds(outcome.now.total.per_month) }</td>
                        <td class="bb-table__numeric" data-label={work_label.clone()} id="total-work-month">{ pounds(scenario.snapshot.total.per_month) }</td>
                        <td class="bb-table__numeric" data-label={r.column_change} id="change-month">{ change(scenario.better_off.per_month) }</td>
                    </tr>
                    <tr class="bb-table__total">
                        <th scope="row">{ format!("{} ({})", r.total, r.per_week) }</th>
                        <td class="bb-table__numeric" data-label={now_label.clone()} id="total-now-week">{ pounds(outcome.now.total.per_week) }</td>
                        <td class="bb-table__numeric" data-label={work_label.clone()} id="total-work-week">{ pounds(scenario.snapshot.total.per_week) }</td>
                        <td class="bb-table__numeric" data-label={r.column_change} id="change-week">{ change(scenario.better_off.per_week) }</td>
                    </tr>
                </tbody>
            </table>
            </div>

            <div class="bb-changes">
            if !changed.is_empty() {
                <h2 class="bb-heading-m">{ r.lines_heading }</h2>
                { for changed.iter().map(|line| {
                    let (name, text) = line_text(copy, line);
                    html! {
                        <div class="bb-change">
                            <h3 class="bb-heading-s">{ format!("{name}: ") }<span class="bb-nowrap">{ change(line.difference.per_month) }</span><span class="bb-hint">{ format!(" {}", r.per_month) }</span></h3>
                            <p class="bb-body">{ text.why_changes }</p>
                            <details class="bb-details">
                                <summary class="bb-details__summary"><span class="bb-details__summary-text">{ r.rule }</span></summary>
                                <div class="bb-details__text">
                                    <p class="bb-body"><a href={line.source.url} rel="noreferrer noopener" target="_blank">{ line.source.cite }</a></p>
                                </div>
                            </details>
                        </div>
                    }
                }) }
            }
            </div>
            <div class="bb-pays">
            { for scenario.snapshot.pay.iter().map(|person| html! {
                <PayBreakdown copy={copy} who={person.who} figures={person.payslip.per_month} hours={hours(person.payslip.hours_per_week)} />
            }) }
            </div>
            <UcBreakdown copy={copy} now={outcome.now.universal_credit.clone()}
                with_work={uc.clone()} column_with_work={column_with_work.clone()} />

            <div class="bb-same">
            if !same.is_empty() {
                <h2 class="bb-heading-m">{ r.stays_the_same_heading }</h2>
                <ul class="bb-list bb-list--bullet">
                    { for same.iter().map(|line| {
                        let (name, text) = line_text(copy, line);
                        html! { <li>{ format!("{name}: {}. {}", pounds(line.now.per_month), text.why_same) }</li> }
                    }) }
                </ul>
            }
            </div>

            <h2 class="bb-heading-m">{ r.assumptions_heading }</h2>
            <ul class="bb-list bb-list--bullet">
                { for r.assumptions.iter().map(|a| html! { <li>{ *a }</li> }) }
            </ul>
            <p class="bb-body">{ copy.common.estimate_note }</p>
            <h2 class="bb-heading-m">{ r.next_heading }</h2>
            { for r.next.iter().map(|p| html! { <p class="bb-body">{ *p }</p> }) }
            <div class="bb-button-group">
                <button type="button" class="bb-button bb-button--secondary" onclick={change_answers}>{ r.change_answers }</button>
                <button type="button" class="bb-link-button" onclick={start_again}>{ r.start_again }</button>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct UcBreakdownProps {
    copy: &'static Copy,
    now: UniversalCreditCalculation,
    with_work: UniversalCreditCalculation,
    column_with_work: String,
}

/// The UC calculation now and with work, line by line, in the catalogue's words.
#[function_component(UcBreakdown)]
fn uc_breakdown(props: &UcBreakdownProps) -> Html {
    let words = &props.copy.results.uc_breakdown;
    let name = |id: LineId| match id {
        LineId::StandardAllowance => words.standard_allowance,
        LineId::ChildElement => words.child_element,
        LineId::DisabledChildAddition => words.disabled_child_addition,
        LineId::LcwElement => words.lcw_element,
        LineId::LcwraElement => words.lcwra_element,
        LineId::CarerElement => words.carer_element,
        LineId::HousingCostsElement => words.housing_costs_element,
        LineId::ChildcareCostsElement => words.childcare_costs_element,
        LineId::EarningsReduction => words.earnings_reduction,
        LineId::TariffIncomeFromCapital => words.tariff_income,
        LineId::BenefitCapReduction => words.benefit_cap_reduction,
        _ => words.award,
    };
    // Each kind of element or deduction once, added up (all children together).
    let sum = |calculation: &UniversalCreditCalculation, id: LineId| -> Money {
        calculation
            .elements
            .iter()
            .chain(&calculation.deductions)
            .filter(|l| l.id == id)
            .map(|l| l.per_month)
            .sum()
    };
    let mut ids: Vec<LineId> = Vec::new();
    for line in props.now.elements.iter().chain(&props.with_work.elements) {
        if !ids.contains(&line.id) {
            ids.push(line.id);
        }
    }
    let mut deductions: Vec<LineId> = Vec::new();
    for line in props
        .now
        .deductions
        .iter()
        .chain(&props.with_work.deductions)
    {
        if !deductions.contains(&line.id) {
            deductions.push(line.id);
        }
    }
    let row = |label: &str, now: Money, then: Money, minus: bool, strong: bool| {
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
    };
    html! {
        <details class="bb-details" id="uc-breakdown">
            <summary class="bb-details__summary"><span class="bb-details__summary-text">{ words.heading }</span></summary>
            <div class="bb-details__text">
                <p class="bb-body">{ words.intro }</p>
                <div class="bb-table-wrapper">
                <table class="bb-table">
                    <caption class="bb-visually-hidden">{ words.heading }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ props.copy.results.column_item }</th>
                            <th scope="col" class="bb-table__numeric">{ props.copy.results.column_now }</th>
                            <th scope="col" class="bb-table__numeric">{ props.column_with_work.clone() }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for ids.iter().map(|&id| row(name(id), sum(&props.now, id), sum(&props.with_work, id), false, false)) }
                        { row(words.maximum_amount, props.now.maximum_amount, props.with_work.maximum_amount, false, true) }
                        { row(words.earnings, props.now.earned_income, props.with_work.earned_income, false, false) }
                        { row(words.work_allowance, props.now.work_allowance, props.with_work.work_allowance, false, false) }
                        { for deductions.iter().map(|&id| row(name(id), sum(&props.now, id), sum(&props.with_work, id), true, false)) }
                        { row(words.award, props.now.award, props.with_work.award, false, true) }
                    </tbody>
                </table>
                </div>
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct PayBreakdownProps {
    copy: &'static Copy,
    who: Who,
    figures: PayFigures,
    hours: String,
}

/// One person's pay with work, per month: what is taken off and why.
#[function_component(PayBreakdown)]
fn pay_breakdown(props: &PayBreakdownProps) -> Html {
    let words = &props.copy.results.pay;
    let heading = if props.who == Who::Partner {
        words.partner_heading.to_owned()
    } else {
        words.heading.replace("{hours}", &props.hours)
    };
    let f = props.figures;
    let row = |label: &'static str, why: &'static str, amount: Money, minus: bool| {
        let shown = if minus && amount.is_positive() {
            format!("-{}", pounds(amount))
        } else {
            pounds(amount)
        };
        html! {
            <tr>
                <th scope="row">{ label }<span class="bb-table__why">{ why }</span></th>
                <td class="bb-table__numeric">{ shown }</td>
            </tr>
        }
    };
    html! {
        <div class="bb-pay">
            <h3 class="bb-heading-s">{ heading }</h3>
            <div class="bb-table-wrapper">
            <table class="bb-table">
                <caption class="bb-visually-hidden">{ words.heading.replace("{hours}", &props.hours) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.column }</th>
                        <th scope="col" class="bb-table__numeric">{ props.copy.results.per_month }</th>
                    </tr>
                </thead>
                <tbody>
                    { row(words.gross, words.gross_why, f.gross_pay, false) }
                    { row(words.income_tax, words.income_tax_why, f.income_tax, true) }
                    { row(words.national_insurance, words.national_insurance_why, f.national_insurance, true) }
                    { row(words.pension, words.pension_why, f.pension, true) }
                    <tr class="bb-table__total">
                        <th scope="row">{ words.take_home }</th>
                        <td class="bb-table__numeric">{ pounds(f.take_home_pay) }</td>
                    </tr>
                </tbody>
            </table>
            </div>
        </div>
    }
}
