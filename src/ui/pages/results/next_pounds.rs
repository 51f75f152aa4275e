//! What you keep of the next £10 you earn, under the answer.

use yew::prelude::*;

use crate::copy::Copy;
use crate::describe::Words;
use crate::outcome::NextPounds;

pub fn next_pounds(copy: &'static Copy, next: Option<&NextPounds>) -> Html {
    let Some(next) = next else {
        return Html::default();
    };
    let words = Words::for_page(copy);
    html! {
        <section class="bb-next-pounds" aria-labelledby="next-pounds-heading">
            <h2 class="bb-heading-s" id="next-pounds-heading">{ words.next_pounds_heading(next) }</h2>
            <p class="bb-body" id="next-pounds">{ words.next_pounds(next) }</p>
        </section>
    }
}
