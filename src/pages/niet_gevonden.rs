//! 404: an address that leads nowhere.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::layout::Paginakop;

#[component]
pub fn NietGevonden() -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <Paginakop titel=t.kies("Pagina niet gevonden", "Page not found")/>
        <p class="utrecht-paragraph">{t.kies("Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt.", "This page does not exist (any more). Perhaps the address was mistyped.")}</p>
        <p class="utrecht-paragraph"><A href=crate::site::pad("/") attr:class="utrecht-link">{t.kies("Ga naar de homepage", "Go to the home page")}</A></p>
    }
}
