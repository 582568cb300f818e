//! Begrippen: the glossary, from the region content.

use leptos::prelude::*;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;

#[component]
pub fn Begrippen() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel="Begrippen"/>
            <p class="utrecht-paragraph">"Woorden die je op deze website tegenkomt, kort uitgelegd."</p>
            <dl class="begrippenlijst">
                {regio.begrippen.iter().map(|b| view! {
                    <div class="begrippenlijst__item">
                        <dt class="begrippenlijst__term">{b.term.clone()}</dt>
                        <dd class="begrippenlijst__uitleg">{b.uitleg.clone()}</dd>
                    </div>
                }).collect_view()}
            </dl>
        }/>
    }
}
