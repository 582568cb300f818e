//! Costs against budget: the year's budget for the selection, the costs in
//! the window, and the forecast for the whole year, as horizontal bars (SVG
//! drawn by the app, title and description in words) with the same figures
//! in a table and a sentence that says whether the forecast stays within
//! the budget. The figures are the KPIs `begroting`, `kosten`, `prognose`
//! and `realisatie_pct`, exactly as the tiles and the CLI give them.

use std::sync::Arc;

use jeugdmonitor_core::kpi::Cel;
use leptos::prelude::*;

use super::berekening::Berekening;
use crate::formaat;

const BREEDTE: f64 = 640.0;
const RIJ: f64 = 44.0;
const LABEL: f64 = 190.0;
const MARGE: f64 = 10.0;

#[component]
pub fn KostenEnBegroting(berekening: Arc<Berekening>) -> impl IntoView {
    let euro = |id: &str| match berekening.cel(id) {
        Some(Cel::Euro(c)) => Some(*c),
        _ => None,
    };
    let tekst = |id: &str| {
        berekening.cel(id).map_or("–".to_string(), |c| {
            formaat::cel(c, jeugdmonitor_core::kpi::Eenheid::Euro)
        })
    };
    let jaar = berekening.weergave.venster.tot.jaar();
    let rijen: Vec<(String, Option<i64>, String)> = vec![
        (format!("Begroting {jaar}"), euro("begroting"), tekst("begroting")),
        ("Kosten in de periode".to_string(), euro("kosten"), tekst("kosten")),
        (format!("Prognose {jaar}"), euro("prognose"), tekst("prognose")),
    ];
    let oordeel = match (euro("begroting"), euro("prognose")) {
        (Some(b), Some(p)) if p > b => format!(
            "De prognose voor {jaar} ligt {} boven de begroting.",
            formaat::euro(p - b)
        ),
        (Some(b), Some(p)) => format!(
            "De prognose voor {jaar} blijft {} binnen de begroting.",
            formaat::euro(b - p)
        ),
        (None, _) => berekening
            .reden("begroting")
            .map(|r| formaat::zin(&r))
            .unwrap_or_else(|| "Er is geen begroting voor deze selectie.".to_string()),
        (_, None) => berekening
            .reden("prognose")
            .map(|r| formaat::zin(&r))
            .unwrap_or_else(|| "Er is geen prognose: er zijn geen declaraties.".to_string()),
    };
    let realisatie = match berekening.cel("realisatie_pct") {
        Some(c @ Cel::Decimaal(_)) => Some(format!(
            "Realisatie in de periode: {} van de begroting.",
            formaat::cel(c, jeugdmonitor_core::kpi::Eenheid::Procent)
        )),
        _ => None,
    };
    let grafiek = grafiek(&rijen);
    let periode = jeugdmonitor_core::weergave::periode_tekst(&berekening.weergave.venster);
    view! {
        <section aria-labelledby="kosten-kop">
            <h2 id="kosten-kop" class="utrecht-heading-2">"Kosten en begroting"</h2>
            <p class="utrecht-paragraph kosten__oordeel">{oordeel}</p>
            {realisatie.map(|r| view! { <p class="utrecht-paragraph">{r}</p> })}
            {grafiek}
            <super::grafiekdownload::GrafiekDownload
                grafiek_id="kostengrafiek"
                label="Download kostengrafiek (SVG)".to_string()
                bestandsnaam=Signal::derive(move || format!("kosten-{periode}.svg"))
            />
            <div class="tabelrol" tabindex="0" role="region" aria-label="Kosten en begroting als tabel">
                <table class="utrecht-table kostentabel">
                    <caption class="utrecht-table__caption">"Begroting, kosten en prognose (dezelfde cijfers als de grafiek)"</caption>
                    <tbody class="utrecht-table__body">
                        {rijen.into_iter().map(|(label, _, tekst)| view! {
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="row">{label}</th>
                                <td class="utrecht-table__cell utrecht-table__cell--numeric">{tekst}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Horizontal bars from zero; a missing or hidden figure gets no bar and
/// its text. The budget bar is outlined only, so it reads without colour.
fn grafiek(rijen: &[(String, Option<i64>, String)]) -> impl IntoView {
    let hoogste = rijen.iter().filter_map(|r| r.1).fold(0i64, i64::max).max(1) as f64;
    let ruimte = BREEDTE - LABEL - 2.0 * MARGE - 110.0;
    let hoogte = RIJ * rijen.len() as f64 + 2.0 * MARGE;
    let omschrijving = rijen
        .iter()
        .map(|(label, _, tekst)| format!("{label}: {tekst}"))
        .collect::<Vec<_>>()
        .join("; ");
    let balken = rijen
        .iter()
        .enumerate()
        .map(|(i, (label, waarde, tekst))| {
            let y = MARGE + RIJ * i as f64;
            let lengte = waarde.map_or(0.0, |w| (w.max(0) as f64 / hoogste) * ruimte);
            let vulling = if i == 0 { "none" } else { "currentColor" };
            view! {
                <g>
                    <text x=MARGE y=format!("{:.1}", y + RIJ / 2.0 + 4.0) font-size="13" fill="currentColor">{label.clone()}</text>
                    {waarde.map(|_| view! {
                        <rect x=LABEL y=format!("{:.1}", y + 8.0) width=format!("{lengte:.1}") height=format!("{:.1}", RIJ - 16.0)
                            fill=vulling fill-opacity="0.8" stroke="currentColor" stroke-width="2"/>
                    })}
                    <text x=format!("{:.1}", LABEL + lengte + 8.0) y=format!("{:.1}", y + RIJ / 2.0 + 4.0) font-size="13" fill="currentColor">{tekst.clone()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg id="kostengrafiek" class="trendgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {BREEDTE} {hoogte}")
            role="img" aria-labelledby="kostengrafiek-titel kostengrafiek-omschrijving" font-family="sans-serif">
            <title id="kostengrafiek-titel">"Kosten en begroting"</title>
            <desc id="kostengrafiek-omschrijving">{omschrijving}</desc>
            {balken}
        </svg>
    }
}
