//! Gegevens: professionals load their anonymised extracts here.

use leptos::prelude::*;

use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn Gegevens() -> impl IntoView {
    view! {
        <Paginakop titel="Gegevens laden"/>
        <Gepland
            straks="Hier laad je straks geanonimiseerde CSV-bestanden (trajecten, declaraties, wachttijden en meer). Ze worden alleen in je eigen browser gelezen en nergens heen gestuurd."
            intussen="Tot dan kun je de rekenregels gebruiken via het opdrachtregelprogramma jeugdmonitor (zie de README)."
        />
    }
}
