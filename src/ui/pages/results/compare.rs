//! "Compare other ways into work": up to three more ways beside the work in mind,
//! each asked right here (what, who, hours and pay, or the course, or the business),
//! added and removed with buttons. The table beside them is `comparison.rs`.

use yew::prelude::*;

use crate::answers::{Answer, Answers, FieldId};
use crate::copy::Copy;
use crate::describe::fill;
use crate::questionnaire::{compare, FieldState, Questionnaire};
use crate::ui::widgets::field::{field_view, FieldProps};

pub fn compare_ways(
    questionnaire: Questionnaire<'static>,
    answers: &Answers,
    onchange: &Callback<(FieldId, Answer)>,
    on_add: &Callback<()>,
    on_remove: &Callback<usize>,
) -> Html {
    let copy: &'static Copy = questionnaire.copy;
    let words = &copy.results.compare;
    let slots = compare::slots(answers);
    let add = on_add.reform(|_: MouseEvent| ());
    html! {
        <section class="bb-compare" aria-labelledby="compare-heading">
            <h2 class="bb-heading-m" id="compare-heading">{ words.heading.text() }</h2>
            <p class="bb-hint">{ fill(words.hint, &[("most", compare::MOST_WAYS.to_string())]) }</p>
            { for slots.iter().enumerate().map(|(position, &slot)| {
                // The work in mind is the first way.
                let number = (position + 2).to_string();
                let heading = fill(words.way_heading, &[("n", number.clone())]);
                let remove = {
                    let on_remove = on_remove.clone();
                    Callback::from(move |_: MouseEvent| on_remove.emit(slot))
                };
                html! {
                    <div class="bb-compare__way" id={format!("way-{slot}")}>
                        <h3 class="bb-heading-s">{ heading }</h3>
                        { for questionnaire.compare_fields(answers, slot).into_iter().map(|FieldState { field, value, error }| {
                            let chosen = answers.choice(field.id);
                            field_view(&FieldProps {
                                chosen,
                                ..FieldProps::new(field, value, error, copy.common.error_prefix_hidden.text(), onchange)
                            })
                        }) }
                        <button type="button" class="bb-button bb-button--secondary" onclick={remove}>
                            { fill(words.remove, &[("n", number)]) }
                        </button>
                    </div>
                }
            }) }
            if compare::free_slot(answers).is_some() {
                <button type="button" class="bb-button bb-button--secondary" id="add-way" onclick={add}>{ words.add.text() }</button>
            }
        </section>
    }
}
