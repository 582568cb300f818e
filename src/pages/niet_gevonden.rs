//! 404: an address that leads nowhere.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::layout::Paginakop;

#[component]
pub fn NietGevonden() -> impl IntoView {
    view! {
        <Paginakop titel="Pagina niet gevonden"/>
        <p class="utrecht-paragraph">"Deze pagina bestaat niet (meer). Misschien is het adres verkeerd getypt."</p>
        <p class="utrecht-paragraph"><A href="/" attr:class="utrecht-link">"Ga naar de homepage"</A></p>
    }
}
