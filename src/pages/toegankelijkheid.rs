//! Toegankelijkheid: the accessibility statement.

use leptos::prelude::*;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;

#[component]
pub fn Toegankelijkheid() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel=crate::taal::taal().kies("Toegankelijkheid", "Accessibility")/>
            {regio.toegankelijkheid.alineas.iter().map(|a| view! { <p class="utrecht-paragraph">{a.clone()}</p> }).collect_view()}
        }/>
    }
}
