//! Producten: the region's catalogue of youth-care products (productenboek).

use leptos::prelude::*;

use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn Producten() -> impl IntoView {
    view! {
        <Paginakop titel="Welke hulp is er?"/>
        <Gepland
            straks="Hier komt het productenboek: alle soorten jeugdhulp in de regio, uitgelegd in gewone taal, met een keuzehulp."
            intussen="Wil je weten welke hulp bij jouw situatie past? Het CJG of het toegangsteam van je gemeente denkt met je mee."
        />
    }
}
