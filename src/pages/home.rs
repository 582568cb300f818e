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
            <EersteStap/>
            <VisieBlok visie=regio.visie.clone() begrippen=regio.begrippen.clone()/>
            <StrategischeDoelen doelen=regio.strategische_doelen.clone()/>
        }/>
    }
}

/// The first step, right under the welcome: where to go in your municipality.
#[component]
fn EersteStap() -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <section class="eerste-stap" aria-labelledby="eerste-stap-kop">
            <h2 id="eerste-stap-kop" class="utrecht-heading-2">{t.kies("Zoek hulp in je gemeente", "Find help in your municipality")}</h2>
            <p class="utrecht-paragraph">
                {t.kies(
                    "Maak je je zorgen over je kind, of wil je even praten over opvoeden en opgroeien? Het CJG of het toegangsteam van je gemeente luistert en denkt met je mee. Dat is gratis.",
                    "Are you worried about your child, or would you like to talk about parenting and growing up? The Youth and Family Centre (CJG) or the access team of your municipality listens and thinks along with you. It is free.",
                )}
            </p>
            <p class="utrecht-paragraph">
                <A href=crate::site::pad("/waar-kan-ik-terecht") attr:class="utrecht-button-link utrecht-button-link--primary-action eerste-stap__knop">{t.kies("Zoek hulp in je gemeente", "Find help in your municipality")}</A>
            </p>
        </section>
    }
}

#[component]
fn Snelkoppelingen() -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <nav class="snelkoppelingen" aria-label=t.kies("Snel naar", "Go to")>
            <ul class="snelkoppelingen__lijst">
                <li><A href=crate::site::pad("/waar-kan-ik-terecht") attr:class="snelkoppeling">{t.kies("Waar kan ik terecht?", "Where can I go?")}</A></li>
                <li><A href=crate::site::pad("/producten") attr:class="snelkoppeling">{t.kies("Welke hulp is er?", "What help is there?")}</A></li>
                <li><A href=crate::site::pad("/wachttijden") attr:class="snelkoppeling">{t.kies("Hoe lang moet ik wachten?", "How long do I have to wait?")}</A></li>
            </ul>
        </nav>
    }
}

#[component]
pub fn VisieBlok(visie: Visie, #[prop(optional)] begrippen: Vec<jeugdmonitor_core::content::Begrip>) -> impl IntoView {
    view! {
        <section class="visie" aria-labelledby="visie-kop">
            <h2 id="visie-kop" class="utrecht-heading-2">{visie.titel}</h2>
            <p class="utrecht-paragraph"><strong>{visie.samenvatting}</strong></p>
            {visie.alineas.into_iter().map(|a| view! { <p class="utrecht-paragraph">{crate::pages::begrippen::met_begrippen(&a, &begrippen)}</p> }).collect_view()}
        </section>
    }
}

/// The region's strategic goals, each with its concrete (SMART) goals.
#[component]
pub fn StrategischeDoelen(doelen: Vec<StrategischDoel>) -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <section class="strategische-doelen" aria-labelledby="doelen-kop">
            <h2 id="doelen-kop" class="utrecht-heading-2">{t.kies("Onze doelen", "Our goals")}</h2>
            <ol class="doelkaarten">
                {doelen.into_iter().map(|doel| view! {
                    <li class="doelkaart">
                        <h3 class="utrecht-heading-3">
                            <span class="doelkaart__nummer">{t.kies("Doel ", "Goal ")} {doel.nummer} ": "</span>
                            {doel.titel}
                        </h3>
                        <p class="utrecht-paragraph">{doel.uitleg}</p>
                        {(!doel.smart_doelen.is_empty()).then(|| view! {
                            <p class="utrecht-paragraph doelkaart__sub">{t.kies("Wat we concreet willen bereiken:", "What we concretely want to achieve:")}</p>
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
