//! A page's main heading. It takes focus when a new screen appears, so screen reader
//! users hear where they are (a single-page app has no page load to announce it).

use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    /// Changes on every new screen; the heading takes focus when it does.
    pub visit: u32,
    /// Do not take focus (the error summary takes it instead).
    #[prop_or_default]
    pub quiet: bool,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(Heading)]
pub fn heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let quiet = props.quiet;
        use_effect_with(props.visit, move |visit| {
            if !quiet && *visit > 0 {
                if let Some(element) = node.cast::<HtmlElement>() {
                    let _ = element.focus();
                }
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
    }
    html! {
        <h1 class={classes!("bb-heading-l", props.class.clone())} tabindex="-1" ref={node}>{ props.text.clone() }</h1>
    }
}
