//! Dashboard: every KPI for a chosen window and scope, with the change
//! against the previous window, "Hoe berekend?", a breakdown per municipality,
//! segment, provider, referrer or product category,
//! the comparison with CBS StatLine, and exports. The choices live in the URL (never the data), so a view can
//! be bookmarked and shared.

mod berekening;
mod cbs;
mod filters;
mod grafiekdownload;
mod keuzes;
mod kosten;
mod tegels;
mod trend;
mod uitsplitsing;
mod wachttijden;
mod weergave;
mod zorgpaden;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::gegevens::Gegevens;
use crate::layout::Paginakop;
use berekening::Berekening;

#[component]
pub fn Dashboard() -> impl IntoView {
    crate::inhoud::gebruik_nederlands();
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
                <A href=crate::site::pad("/gegevens") attr:class="utrecht-link">"Laad gegevens of de demogegevens"</A>
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
    let regio_opties = Memo::new(move |_| {
        let regio = regio.0.get().and_then(Result::ok);
        berekening::RegioOpties::van(regio.as_deref())
    });
    let (berekening, uitsplitsing, trendreeks, bezig) = reken_op_de_achtergrond(keuze, regio_opties);
    let trend_kpi = RwSignal::new("jeugdigen".to_string());
    view! {
        <keuzes::Keuzepaneel keuze=keuze/>
        <filters::MeerFilters keuze=keuze/>
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
        <p class="utrecht-paragraph" role="status">
            {move || bezig.get().then_some("De cijfers worden berekend…")}
        </p>
        {move || {
            let Some(b) = berekening.get() else {
                return ().into_any();
            };
            view! {
                <p class="utrecht-paragraph afdrukkop">{
                    let regio = regio.0.get().and_then(Result::ok);
                    b.afdrukkop(regio.as_deref(), &crate::browser::vandaag_nl())
                }</p>
                <p class="utrecht-paragraph dashboard__kop" aria-live="polite">{b.omschrijving()}</p>
                <tegels::Exports berekening=b.clone()/>
                <tegels::Tegels berekening=b.clone()/>
                <tegels::Groepen berekening=b.clone()/>
                <kosten::KostenEnBegroting berekening=b.clone()/>
                <wachttijden::Wachttijden
                    berekening=b.clone()
                    treeknorm=regio_opties.get_untracked().treeknorm
                    catalogus=opslag.samenvoeging.with_untracked(|s| s.catalogus.clone())
                />
                <trend::Trend reeks=trendreeks kpi=trend_kpi/>
                <uitsplitsing::Uitsplitsing rijen=uitsplitsing keuze=keuze/>
            }
            .into_any()
        }}
        <cbs::CbsVergelijking keuze=keuze/>
    }
}

/// A result computed in the background; `None` until the first is ready.
type Uitkomst<T> = RwSignal<Option<std::sync::Arc<T>>>;

/// The computation for the current view, then its breakdown and its trend, recomputed in steps whenever the view or the data changes.
/// A newer round stops an older one at its next pause; until a round is
/// done the previous figures stay on screen and `bezig` is set.
fn reken_op_de_achtergrond(
    keuze: Memo<jeugdmonitor_core::weergave::Weergave>,
    regio_opties: Memo<berekening::RegioOpties>,
) -> (
    Uitkomst<Berekening>,
    Uitkomst<berekening::Uitsplitsing>,
    Uitkomst<trend::Trendreeks>,
    RwSignal<bool>,
) {
    let opslag = expect_context::<Gegevens>();
    let berekening = RwSignal::new(None);
    let uitsplitsing = RwSignal::new(None);
    let trendreeks = RwSignal::new(None);
    let bezig = RwSignal::new(true);
    let ronde = StoredValue::new(0u64);
    Effect::new(move |_| {
        let weergave = keuze.get();
        let regio = regio_opties.get();
        let samen = opslag.samenvoeging.get();
        ronde.update_value(|r| *r += 1);
        let deze_ronde = ronde.get_value();
        bezig.set(true);
        leptos::task::spawn_local(async move {
            let nog_actueel = move || ronde.try_get_value() == Some(deze_ronde);
            let mut pauze = crate::gegevens::lezen::Tijdpauze::nieuw(nog_actueel);
            let Ok(b) = Berekening::maak(&samen, &weergave, &regio, &mut pauze).await else {
                return;
            };
            berekening.try_set(Some(b.clone()));
            uitsplitsing.try_set(None);
            trendreeks.try_set(None);
            bezig.try_set(false);
            if let Ok(per) = berekening::bereken_uitsplitsing(&samen, &weergave, &regio, &mut pauze).await {
                if nog_actueel() {
                    uitsplitsing.try_set(Some(std::sync::Arc::new(per)));
                }
            }
            if let Ok(reeks) = berekening::bereken_trend(&samen, &b, &regio, &mut pauze).await {
                if nog_actueel() {
                    trendreeks.try_set(Some(std::sync::Arc::new(reeks)));
                }
            }
        });
    });
    (berekening, uitsplitsing, trendreeks, bezig)
}
