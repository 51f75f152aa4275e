//! What this estimate assumes, and what it does not include yet.

use yew::prelude::*;

use crate::copy::Copy;
use crate::dates::TaxYear;
use crate::describe::Words;
use crate::outcome::Assumption;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub copy: &'static Copy,
    pub assumptions: Vec<Assumption>,
    pub tax_year: TaxYear,
}

#[function_component(Assumptions)]
pub fn assumptions(props: &AssumptionsProps) -> Html {
    let words = Words::for_page(props.copy);
    html! {
        <>
            <h2 class="bb-heading-m">{ props.copy.results.assumptions_heading.text() }</h2>
            <ul class="bb-list bb-list--bullet">
                { for props.assumptions.iter().map(|assumption| html! {
                    <li>{ words.assumption(*assumption, props.tax_year) }</li>
                }) }
            </ul>
        </>
    }
}
