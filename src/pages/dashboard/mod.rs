//! Dashboard: every KPI for a chosen window and scope, with the change
//! against the previous window, "Hoe berekend?", a breakdown per municipality
//! and exports. The choices live in the URL (never the data), so a view can
//! be bookmarked and shared.

mod berekening;
mod keuzes;
mod tegels;
mod uitsplitsing;
mod weergave;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::gegevens::Gegevens;
use crate::layout::Paginakop;
use berekening::Berekening;

#[component]
pub fn Dashboard() -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let heeft_trajecten = move || opslag.samenvoeging.with(|s| !s.dataset.trajecten.is_empty());
    view! {
        <Paginakop titel="Dashboard"/>
        <Show when=heeft_trajecten fallback=GeenGegevens>
            <Inhoud/>
        </Show>
    }
}

#[component]
fn GeenGegevens() -> impl IntoView {
    view! {
        <div class="utrecht-alert utrecht-alert--info" role="note">
            <p class="utrecht-paragraph">
                "Er zijn nog geen trajecten geladen. Het dashboard rekent alleen met gegevens die je zelf in deze browser laadt. "
                <A href="/gegevens" attr:class="utrecht-link">"Laad gegevens of de demogegevens"</A>
                "."
            </p>
        </div>
    }
}

#[component]
fn Inhoud() -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<crate::inhoud::RegioBron>();
    let (keuze, problemen) = weergave::uit_url(opslag);
    let berekening = Memo::new(move |_| {
        let feestdagen = regio
            .0
            .get()
            .and_then(Result::ok)
            .map(|r| r.feestdagen.clone())
            .unwrap_or_default();
        let samen = opslag.samenvoeging.get();
        Berekening::maak(&samen, &keuze.get(), &feestdagen)
    });
    view! {
        <keuzes::Keuzepaneel keuze=keuze/>
        {move || {
            let p = problemen.get();
            (!p.is_empty()).then(|| view! {
                <div class="utrecht-alert utrecht-alert--warning" role="status">
                    <p class="utrecht-paragraph">"Niet alles uit het adres kon worden gebruikt:"</p>
                    <ul class="utrecht-unordered-list">
                        {p.into_iter().map(|t| view! { <li class="utrecht-unordered-list__item">{t}</li> }).collect_view()}
                    </ul>
                </div>
            })
        }}
        {move || {
            let b = berekening.get();
            view! {
                <p class="utrecht-paragraph dashboard__kop" aria-live="polite">{b.omschrijving()}</p>
                <tegels::Exports berekening=b.clone()/>
                <tegels::Tegels berekening=b.clone()/>
                <tegels::Groepen berekening=b.clone()/>
                <uitsplitsing::PerGemeente berekening=b/>
            }
        }}
    }
}
