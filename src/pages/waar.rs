//! Waar kan ik terecht: per municipality where families go first.

use leptos::prelude::*;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn WaarKanIkTerecht() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel="Waar kan ik terecht?"/>
            <Gepland
                straks="Hier komt per gemeente het adres, telefoonnummer en de openingstijden van het CJG of het toegangsteam."
                intussen="Heb je nu een vraag over opvoeden, opgroeien of hulp voor je kind? Neem contact op met je eigen gemeente."
            />
            <h2 class="utrecht-heading-2">"De gemeenten in onze regio"</h2>
            <ul class="utrecht-unordered-list">
                {regio.gemeenten.iter().map(|g| view! {
                    <li class="utrecht-unordered-list__item">{g.naam.clone()}</li>
                }).collect_view()}
            </ul>
        }/>
    }
}
