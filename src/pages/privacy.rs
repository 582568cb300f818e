//! Privacy: what this site does (and does not do) with data.

use leptos::prelude::*;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;

#[component]
pub fn Privacy() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel="Privacy"/>
            {regio.privacy.alineas.iter().map(|a| view! { <p class="utrecht-paragraph">{a.clone()}</p> }).collect_view()}
        }/>
    }
}
