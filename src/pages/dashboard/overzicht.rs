//! The overview: the handful of figures the regional plan asks for "in één
//! oogopslag" (youths in care, inflow, outflow, average duration, spending
//! against budget and forecast, waiting against the treeknorm, goals on
//! track), each with its change against the previous window, a small trend
//! line over the last windows and "Hoe berekend?", and one sentence saying
//! what changed most. The figures are the tiles' own (same classes and
//! `data-kpi`), so every figure is on the page once.

use std::sync::Arc;

use jeugdmonitor_core::kpi::{definitie, Cel, Eenheid};
use leptos::prelude::*;

use super::berekening::Berekening;
use super::secties::KOPCIJFERS;
use super::trend::Trendreeks;
use crate::formaat;

/// How the goals stand at the view's peildatum: (on track or met, measured,
/// all), or `None` while they are measured.
pub type Doelenstand = RwSignal<Option<(usize, usize, usize)>>;

#[component]
pub fn Overzicht(
    berekening: Arc<Berekening>,
    reeks: RwSignal<Option<Arc<Trendreeks>>>,
    doelen: Doelenstand,
) -> impl IntoView {
    let zin = grootste_verandering(&berekening);
    let tegels: Vec<_> = KOPCIJFERS
        .iter()
        .filter_map(|id| definitie(id))
        .map(|d| {
            let extra = toelichting(&berekening, d.id);
            let lijn = move || reeks.get().map(|r| trendlijn(d.id, d.titel, d.eenheid, &r));
            super::tegels::tegel(&berekening, d, extra, Some(lijn.into_any()))
        })
        .collect();
    view! {
        <section class="overzicht" aria-labelledby="overzicht-kop">
            <h2 id="overzicht-kop" class="visueel-verborgen">"In één oogopslag"</h2>
            <p class="utrecht-paragraph overzicht__zin">{zin}</p>
            <ul class="tegels tegels--kop">
                {tegels}
                <li class="tegel tegel--kop" aria-labelledby="tegel-doelen">
                    <h3 class="tegel__titel" id="tegel-doelen">"Doelen op koers"</h3>
                    {move || match doelen.get() {
                        None => view! { <p class="tegel__reden" role="status">"De doelen worden gemeten…"</p> }.into_any(),
                        Some((goed, gemeten, alle)) => view! {
                            <p class="tegel__waarde" data-kopcijfer="doelen">{format!("{goed} van {gemeten}")}</p>
                            <p class="tegel__verschil">{format!(
                                "gemeten doelen behaald of op koers; {} van de {alle} doelen worden met de hand beoordeeld of missen gegevens",
                                alle - gemeten
                            )}</p>
                        }.into_any(),
                    }}
                    <p class="tegel__verschil">
                        <a class="utrecht-link" href=crate::site::pad("/doelen")>"Alle doelen en hun status"</a>
                    </p>
                    <details class="tegel__uitleg">
                        <summary>"Hoe berekend?"</summary>
                        <p>"Elk doel uit het regionale plan gemeten op de peildatum van deze periode, voor de hele regio, met dezelfde drempel voor kleine aantallen. Op koers: minstens zo ver als de rechte lijn van basislijn naar doel."</p>
                    </details>
                </li>
            </ul>
        </section>
    }
}

/// The extra line under a headline figure: budget and forecast under the
/// spending, the number of products above the norm under the waiting.
fn toelichting(b: &Berekening, id: &str) -> Option<String> {
    let tekst = |id: &str, e: Eenheid| b.cel(id).map(|c| formaat::cel(c, e)).filter(|t| t != "–");
    match id {
        "kosten" => {
            let jaar = b.weergave.venster.tot.jaar();
            let delen: Vec<String> = [
                tekst("realisatie_pct", Eenheid::Procent).map(|t| format!("{t} van de begroting {jaar}")),
                tekst("prognose", Eenheid::Euro).map(|t| format!("prognose {jaar}: {t}")),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!delen.is_empty()).then(|| delen.join("; "))
        }
        "boven_treeknorm" => {
            let boven = match b.cel("wachttijd_gemiddeld") {
                Some(Cel::Object(producten)) => Some(producten.len()),
                _ => None,
            }?;
            Some(format!(
                "aanbieders, over {boven} producten{}",
                tekst("wacht_peildatum", Eenheid::Datum)
                    .map(|p| format!(", op {p}"))
                    .unwrap_or_default()
            ))
        }
        _ => None,
    }
}

/// "Het meest veranderd: Instroom jeugdigen, 12,5 % lager dan 2023 (512)."
/// Among the headline figures with an exact number now and before, the one
/// with the largest relative change.
fn grootste_verandering(b: &Berekening) -> String {
    let Some((label, vorig)) = &b.vorige else {
        return "Er is geen vorige periode om mee te vergelijken.".to_string();
    };
    let mut beste: Option<(f64, String)> = None;
    for id in KOPCIJFERS {
        let Some(d) = definitie(id) else { continue };
        // A count of a few providers changes by tens of percents at once;
        // the sentence is about youths, duration and money.
        if d.eenheid == Eenheid::Aanbieders {
            continue;
        }
        let (Some(nu), Some(toen)) = (
            b.cel(id).and_then(formaat::getal),
            vorig.cel(id).and_then(formaat::getal),
        ) else {
            continue;
        };
        if toen.abs() < f64::EPSILON {
            continue;
        }
        let relatief = (nu - toen) / toen * 100.0;
        if beste.as_ref().is_some_and(|(r, _)| r.abs() >= relatief.abs()) {
            continue;
        }
        let richting = if relatief > 0.0 { "hoger" } else { "lager" };
        let toen_tekst = vorig.cel(id).map(|c| formaat::cel(c, d.eenheid)).unwrap_or_default();
        let zin = if relatief.abs() < 0.05 {
            format!("Vergeleken met {label} zijn de kerncijfers vrijwel gelijk gebleven.")
        } else {
            format!(
                "Het meest veranderd ten opzichte van {label}: {} is {} % {richting} ({} tegen {toen_tekst}).",
                d.titel.to_lowercase(),
                formaat::decimaal(relatief.abs()),
                b.cel(id).map(|c| formaat::cel(c, d.eenheid)).unwrap_or_default()
            )
        };
        beste = Some((relatief, zin));
    }
    beste.map_or_else(
        || format!("Geen van de kerncijfers is met {label} te vergelijken (geen gegevens of kleine aantallen)."),
        |(_, zin)| zin,
    )
}

/// A small line of the figure over the last windows, with the first and
/// last value written next to it; its words for screen readers.
fn trendlijn(id: &'static str, titel: &str, eenheid: Eenheid, reeks: &Trendreeks) -> impl IntoView {
    const B: f64 = 160.0;
    const H: f64 = 40.0;
    const M: f64 = 4.0;
    let punten: Vec<(usize, Option<f64>, String)> = reeks
        .iter()
        .enumerate()
        .map(|(i, (_, r))| {
            let cel = r.cel(id).cloned().unwrap_or(Cel::Leeg);
            (i, formaat::getal(&cel), formaat::cel(&cel, eenheid))
        })
        .collect();
    let waarden: Vec<f64> = punten.iter().filter_map(|p| p.1).collect();
    let (laag, hoog) = waarden
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), w| (l.min(*w), h.max(*w)));
    let spreiding = if hoog > laag { hoog - laag } else { 1.0 };
    let n = punten.len().max(2) as f64;
    let x = |i: usize| M + (B - 2.0 * M) * i as f64 / (n - 1.0);
    let y = |w: f64| H - M - (H - 2.0 * M) * (w - laag) / spreiding;
    let lijn = punten
        .iter()
        .filter_map(|(i, w, _)| w.map(|w| format!("{:.1},{:.1}", x(*i), y(w))))
        .collect::<Vec<_>>()
        .join(" ");
    let laatste = punten.iter().rev().find_map(|(i, w, _)| w.map(|w| (*i, w)));
    let woorden = reeks
        .iter()
        .zip(&punten)
        .map(|((label, _), (_, _, tekst))| format!("{label}: {tekst}"))
        .collect::<Vec<_>>()
        .join("; ");
    let eerste_label = reeks.first().map(|(l, _)| l.clone()).unwrap_or_default();
    let laatste_label = reeks.last().map(|(l, _)| l.clone()).unwrap_or_default();
    view! {
        <div class="trendlijn">
            <svg class="trendlijn__svg" viewBox=format!("0 0 {B} {H}") role="img"
                aria-label=format!("Verloop van {}: {woorden}", titel.to_lowercase())>
                <polyline points=lijn fill="none" stroke="currentColor" stroke-width="2"/>
                {laatste.map(|(i, w)| view! { <circle cx=format!("{:.1}", x(i)) cy=format!("{:.1}", y(w)) r="3.5" fill="currentColor"/> })}
            </svg>
            <span class="trendlijn__bereik" aria-hidden="true">{format!("{eerste_label} – {laatste_label}")}</span>
        </div>
    }
}
