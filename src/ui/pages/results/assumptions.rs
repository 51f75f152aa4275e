//! What this estimate assumes, and what it does not include yet.

use yew::prelude::*;

use crate::copy::Copy;
use crate::dates::TaxYear;
use crate::describe::Words;
use crate::outcome::Assumption;

pub fn assumptions(copy: &'static Copy, assumptions: &[Assumption], tax_year: TaxYear) -> Html {
    let words = Words::for_page(copy);
    html! {
        <>
            <h2 class="bb-heading-m">{ copy.results.assumptions_heading.text() }</h2>
            <ul class="bb-list bb-list--bullet">
                { for assumptions.iter().map(|assumption| html! {
                    <li>{ words.assumption(*assumption, tax_year) }</li>
                }) }
            </ul>
        </>
    }
}
