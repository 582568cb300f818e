//! Home: the region, its vision and its four strategic goals.

use jeugdmonitor_core::content::{StrategischDoel, Visie};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel=regio.regio.naam.clone()/>
            <p class="utrecht-paragraph utrecht-paragraph--lead">{regio.regio.welkom.clone()}</p>
            <Snelkoppelingen/>
            <VisieBlok visie=regio.visie.clone()/>
            <StrategischeDoelen doelen=regio.strategische_doelen.clone()/>
        }/>
    }
}

#[component]
fn Snelkoppelingen() -> impl IntoView {
    view! {
        <nav class="snelkoppelingen" aria-label="Snel naar">
            <ul class="snelkoppelingen__lijst">
                <li><A href="/waar-kan-ik-terecht" attr:class="snelkoppeling">"Waar kan ik terecht?"</A></li>
                <li><A href="/producten" attr:class="snelkoppeling">"Welke hulp is er?"</A></li>
                <li><A href="/wachttijden" attr:class="snelkoppeling">"Hoe lang moet ik wachten?"</A></li>
            </ul>
        </nav>
    }
}

#[component]
pub fn VisieBlok(visie: Visie) -> impl IntoView {
    view! {
        <section class="visie" aria-labelledby="visie-kop">
            <h2 id="visie-kop" class="utrecht-heading-2">{visie.titel}</h2>
            <p class="utrecht-paragraph"><strong>{visie.samenvatting}</strong></p>
            {visie.alineas.into_iter().map(|a| view! { <p class="utrecht-paragraph">{a}</p> }).collect_view()}
        </section>
    }
}

/// The region's strategic goals, each with its concrete (SMART) goals.
#[component]
pub fn StrategischeDoelen(doelen: Vec<StrategischDoel>) -> impl IntoView {
    view! {
        <section class="strategische-doelen" aria-labelledby="doelen-kop">
            <h2 id="doelen-kop" class="utrecht-heading-2">"Onze doelen"</h2>
            <ol class="doelkaarten">
                {doelen.into_iter().map(|doel| view! {
                    <li class="doelkaart">
                        <h3 class="utrecht-heading-3">
                            <span class="doelkaart__nummer">"Doel " {doel.nummer} ": "</span>
                            {doel.titel}
                        </h3>
                        <p class="utrecht-paragraph">{doel.uitleg}</p>
                        {(!doel.smart_doelen.is_empty()).then(|| view! {
                            <p class="utrecht-paragraph doelkaart__sub">"Wat we concreet willen bereiken:"</p>
                            <ul class="utrecht-unordered-list">
                                {doel.smart_doelen.into_iter().map(|s| view! {
                                    <li class="utrecht-unordered-list__item">{s}</li>
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}
