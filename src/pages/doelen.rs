//! Doelen: the region's SMART goals measured against its own data.

use leptos::prelude::*;

use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn Doelen() -> impl IntoView {
    view! {
        <Paginakop titel="Doelen"/>
        <Gepland
            straks="Hier volg je straks de SMART-doelen van de regio: per doel de stand, het verloop en of het doel op koers ligt."
            intussen="De doelen zelf staan al op de homepage, bij de vier strategische doelen."
        />
    }
}
