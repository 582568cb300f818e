//! Wachttijden: current waiting times per provider and product.

use leptos::prelude::*;

use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn Wachttijden() -> impl IntoView {
    view! {
        <Paginakop titel="Hoe lang moet ik wachten?"/>
        <Gepland
            straks="Hier komt de beschikbaarheidswijzer: de actuele wachttijd per aanbieder en per soort hulp."
            intussen="Wachttijden veranderen vaak. Vraag het CJG of het toegangsteam van je gemeente naar de wachttijd die nu geldt."
        />
    }
}
