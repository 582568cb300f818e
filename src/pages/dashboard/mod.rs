//! Dashboard: an overview of the headline figures first, then sections one
//! click away (the open one in the URL); every KPI for a chosen window and
//! scope, with the change against the previous window, "Hoe berekend?", a breakdown per municipality,
//! segment, provider, referrer or product category,
//! the comparison with CBS StatLine, and exports. The choices live in the URL (never the data), so a view can
//! be bookmarked and shared.

mod berekening;
mod cbs;
mod filters;
mod gemeenten;
mod grafiekdownload;
mod keuzes;
mod kosten;
mod overzicht;
mod secties;
mod staafgrafiek;
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
    use jeugdmonitor_core::weergave::Sectie;
    use secties::Sectiedeel;
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<crate::inhoud::RegioBron>();
    let (keuze, problemen) = weergave::uit_url(opslag);
    // The open section changes no figure: the computations follow the view
    // without it, so switching sections recomputes nothing.
    let rekenkeuze = Memo::new(move |_| jeugdmonitor_core::weergave::Weergave {
        sectie: Sectie::Overzicht,
        ..keuze.get()
    });
    let regio_opties = Memo::new(move |_| {
        let regio = regio.0.get().and_then(Result::ok);
        berekening::RegioOpties::van(regio.as_deref())
    });
    let (berekening, uitsplitsing, trendreeks, bezig) = reken_op_de_achtergrond(rekenkeuze, regio_opties);
    let doelen = meet_doelen(rekenkeuze, regio_opties);
    let trend_kpi = RwSignal::new("jeugdigen".to_string());
    view! {
        <keuzes::Keuzepaneel keuze=keuze/>
        // "Meer filters" and the exports share a row (saving a row of the
        // first screen); the filters stay outside the recomputed part, so
        // an open panel stays open while the figures follow a choice.
        <div class="dashboard__balk">
            <filters::MeerFilters keuze=keuze/>
            {move || berekening.get().map(|b| view! { <tegels::Exports berekening=b/> })}
        </div>
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
            let regionaal_per_1000 = b.cel("per_1000_jongeren").and_then(crate::formaat::getal);
            let b_overzicht = b.clone();
            let b_stroom = b.clone();
            let b_zorgpaden = b.clone();
            let b_kosten = b.clone();
            let b_wacht = b.clone();
            let b_proces = b.clone();
            view! {
                <p class="utrecht-paragraph afdrukkop">{
                    let regio = regio.0.get().and_then(Result::ok);
                    b.afdrukkop(regio.as_deref(), &crate::browser::vandaag_nl())
                }</p>
                <secties::Sectienavigatie keuze=keuze/>
                <p class="utrecht-paragraph dashboard__kop" aria-live="polite">{b.omschrijving()}</p>
                <Sectiedeel sectie=Sectie::Overzicht keuze=keuze>
                    <overzicht::Overzicht berekening=b_overzicht.clone() reeks=trendreeks doelen=doelen/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Stroom keuze=keuze>
                    <tegels::Tegels berekening=b_stroom.clone() sectie=Sectie::Stroom titel="Instroom en uitstroom"/>
                    <trend::Trend reeks=trendreeks kpi=trend_kpi/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Zorgpaden keuze=keuze>
                    <tegels::Groepen berekening=b_zorgpaden.clone() sectie=Sectie::Zorgpaden titel=Some("Zorgpaden")/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Kosten keuze=keuze>
                    <kosten::KostenEnBegroting berekening=b_kosten.clone()/>
                    <tegels::Tegels berekening=b_kosten.clone() sectie=Sectie::Kosten titel="Kosten in cijfers"/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Wachttijden keuze=keuze>
                    <wachttijden::Wachttijden
                        berekening=b_wacht.clone()
                        treeknorm=regio_opties.get_untracked().treeknorm
                        catalogus=opslag.samenvoeging.with_untracked(|s| s.catalogus.clone())
                    />
                    <tegels::Tegels berekening=b_wacht.clone() sectie=Sectie::Wachttijden titel="Wachten en toegang in cijfers"/>
                    <tegels::Groepen berekening=b_wacht.clone() sectie=Sectie::Wachttijden titel=None/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Procesafspraken keuze=keuze>
                    <tegels::Groepen berekening=b_proces.clone() sectie=Sectie::Procesafspraken titel=Some("Procesafspraken")/>
                </Sectiedeel>
                <Sectiedeel sectie=Sectie::Gemeenten keuze=keuze>
                    <gemeenten::Gemeentevergelijking
                        rijen=uitsplitsing
                        keuze=keuze
                        regionaal=regionaal_per_1000
                    />
                    <uitsplitsing::Uitsplitsing rijen=uitsplitsing keuze=keuze/>
                </Sectiedeel>
            }
            .into_any()
        }}
        <Sectiedeel sectie=Sectie::Cbs keuze=keuze>
            <cbs::CbsVergelijking keuze=rekenkeuze/>
        </Sectiedeel>
    }
}

/// How the region's goals stand at the view's last day (or peildatum),
/// measured in the background with pauses, like the goals page does.
fn meet_doelen(
    keuze: Memo<jeugdmonitor_core::weergave::Weergave>,
    regio_opties: Memo<berekening::RegioOpties>,
) -> overzicht::Doelenstand {
    use jeugdmonitor_core::doelen::{evalueer_alle_met_pauzes, Meter, Status};
    let opslag = expect_context::<Gegevens>();
    let bron = expect_context::<crate::inhoud::DoelenBron>();
    let stand = RwSignal::new(None);
    let ronde = StoredValue::new(0u64);
    Effect::new(move |_| {
        let w = keuze.get();
        let regio = regio_opties.get();
        let Some(Ok(set)) = bron.0.get() else { return };
        let (data, index, catalogus) = opslag
            .samenvoeging
            .with(|s| (s.dataset.clone(), s.index.clone(), s.catalogus.clone()));
        ronde.update_value(|r| *r += 1);
        let deze_ronde = ronde.get_value();
        stand.set(None);
        leptos::task::spawn_local(async move {
            let opties = jeugdmonitor_core::kpi::KpiOpties {
                catalogus: (*catalogus).clone(),
                feestdagen: regio.feestdagen,
                treeknorm: regio.treeknorm,
            };
            let drempel = jeugdmonitor_core::suppression::Onderdrukking::nieuw(u32::from(w.k)).unwrap_or_default();
            let nog_actueel = move || ronde.try_get_value() == Some(deze_ronde);
            let mut meter = Meter::nieuw(&data, &index, &opties).met_onderdrukking(drempel);
            let mut pauze = crate::gegevens::lezen::Tijdpauze::nieuw(nog_actueel);
            let peildatum = w.peildatum.unwrap_or(w.venster.tot);
            if let Ok(evaluaties) = evalueer_alle_met_pauzes(&set.doelen, peildatum, &mut meter, &mut pauze).await {
                let goed = evaluaties
                    .iter()
                    .filter(|e| matches!(e.status, Status::Behaald | Status::OpKoers))
                    .count();
                let gemeten = evaluaties.iter().filter(|e| e.status.volgorde() <= 3).count();
                if nog_actueel() {
                    stand.try_set(Some((goed, gemeten, evaluaties.len())));
                }
            }
        });
    });
    stand
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
