//! One person's pay with work, per month: what is taken off and why, with the
//! year's figures in the reasons.

use yew::prelude::*;

use crate::describe::Words;
use crate::format::pounds;
use crate::money::Money;
use crate::outcome::{PayFigures, Who};
use crate::questionnaire::Questionnaire;

/// `hours`: "16 hours", "1 hour". `tax_includes_benefits`: the tax includes tax on
/// taxable benefits, taken through the tax code.
pub fn pay_breakdown(
    questionnaire: Questionnaire<'static>,
    who: Who,
    f: PayFigures,
    hours: &str,
    tax_includes_benefits: bool,
) -> Html {
    let copy = questionnaire.copy;
    let words = &copy.results.pay;
    let reasons = Words::for_page(copy).pay_reasons(questionnaire.rules);
    let your_heading = words.heading.fill(&[("hours", hours)]);
    let heading = match who {
        Who::Partner => words.partner_heading.text().to_owned(),
        Who::You | Who::Child(_) | Who::Household => your_heading.clone(),
    };
    let row = |label: &str, why: &str, amount: Money, minus: bool| {
        let shown = if minus && amount.is_positive() {
            format!("-{}", pounds(amount))
        } else {
            pounds(amount)
        };
        html! {
            <tr>
                <th scope="row">{ label.to_owned() }<span class="bb-table__why">{ why.to_owned() }</span></th>
                <td class="bb-table__numeric">{ shown }</td>
            </tr>
        }
    };
    html! {
        <div class="bb-pay">
            <h3 class="bb-heading-s">{ heading }</h3>
            <div class="bb-table-wrapper">
            <table class="bb-table">
                <caption class="bb-visually-hidden">{ your_heading }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ words.column.text() }</th>
                        <th scope="col" class="bb-table__numeric">{ copy.results.per_month.text() }</th>
                    </tr>
                </thead>
                <tbody>
                    { row(words.gross.text(), &reasons.gross, f.gross_pay, false) }
                    { row(words.income_tax.text(), &reasons.income_tax, f.income_tax, true) }
                    { row(words.national_insurance.text(), &reasons.national_insurance, f.national_insurance, true) }
                    { row(words.pension.text(), &reasons.pension, f.pension, true) }
                    <tr class="bb-table__total">
                        <th scope="row">{ words.take_home.text() }</th>
                        <td class="bb-table__numeric">{ pounds(f.take_home_pay) }</td>
                    </tr>
                </tbody>
            </table>
            </div>
            if tax_includes_benefits {
                <p class="bb-body">{ words.tax_includes_benefits.text() }</p>
            }
        </div>
    }
}
