//! The trend of one KPI over the last windows of the chosen kind (five
//! years, eight quarters, …): a bar chart drawn as SVG by the app, with a
//! title and a description in words, the same numbers in a table below it,
//! and a download of the chart as an SVG file. Bars and text use
//! `currentColor` and presentation attributes, so the chart reads in
//! forced-colours mode, in black-and-white print and as a separate file.
//! Hidden small numbers (spec section 3) get no bar and say so.

use std::sync::Arc;

use jeugdmonitor_core::kpi::{definitie, Cel, DEFINITIES};
use jeugdmonitor_core::suppression::OnderdruktResultaat;
use leptos::prelude::*;

use crate::formaat;

/// Per window of the trend (oldest first): its label and suppressed result.
pub type Trendreeks = Vec<(String, OnderdruktResultaat)>;

/// How many windows a trend shows, by window kind: five years, or eight of
/// anything shorter.
pub fn aantal_vensters(soort: jeugdmonitor_core::kpi::Venstersoort) -> usize {
    match soort {
        jeugdmonitor_core::kpi::Venstersoort::Jaar => 5,
        _ => 8,
    }
}

const BREEDTE: f64 = 640.0;
const HOOGTE: f64 = 290.0;
const ONDER: f64 = 52.0;
const BOVEN: f64 = 40.0;
const ZIJ: f64 = 12.0;
/// Room for the value axis' numbers.
const LINKS: f64 = 72.0;

/// One bar: period, number (none when hidden or empty), and the text shown.
struct Staaf {
    label: String,
    waarde: Option<f64>,
    tekst: String,
}

#[component]
pub fn Trend(
    reeks: RwSignal<Option<Arc<Trendreeks>>>,
    /// The chosen KPI; owned by the dashboard so it survives recomputes.
    kpi: RwSignal<String>,
) -> impl IntoView {
    let keuzes: Vec<(&'static str, &'static str)> = DEFINITIES
        .iter()
        .filter(|d| !matches!(d.id, "vervolg" | "volgnummer" | "proces_pct" | "wachttijd_gemiddeld"))
        .map(|d| (d.id, d.titel))
        .collect();
    let staven = move || -> Option<(&'static str, Vec<Staaf>)> {
        let reeks = reeks.get()?;
        let id = kpi.get();
        let d = definitie(&id)?;
        let staven = reeks
            .iter()
            .map(|(label, r)| {
                let cel = r.cel(d.id).cloned().unwrap_or(Cel::Leeg);
                Staaf {
                    label: label.clone(),
                    waarde: formaat::getal(&cel),
                    tekst: formaat::cel(&cel, d.eenheid),
                }
            })
            .collect();
        Some((d.titel, staven))
    };
    view! {
        <section aria-labelledby="trend-kop">
            <h2 id="trend-kop" class="utrecht-heading-2">"Verloop"</h2>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-trend">"Verloop van"</label>
                <select id="k-trend" class="utrecht-select" on:change=move |ev| kpi.set(event_target_value(&ev))>
                    {keuzes.into_iter().map(|(id, titel)| view! {
                        <option value=id selected=id == kpi.get_untracked()>{titel}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || match staven() {
                None => view! { <p class="utrecht-paragraph" role="status">"Het verloop wordt berekend…"</p> }.into_any(),
                Some((titel, staven)) => view! {
                    {grafiek(titel, &staven)}
                    <super::grafiekdownload::GrafiekDownload
                        grafiek_id="trendgrafiek"
                        label="Download grafiek (SVG)".to_string()
                        bestandsnaam=Signal::derive(move || format!("verloop-{}.svg", kpi.get()))
                    />
                    <div class="tabelrol" tabindex="0" role="region" aria-label=format!("Verloop van {titel} als tabel")>
                        <table class="utrecht-table trendtabel">
                            <caption class="utrecht-table__caption">{format!("{titel} per periode (dezelfde cijfers als de grafiek)")}</caption>
                            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">"Periode"</th>
                                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{titel}</th>
                            </tr></thead>
                            <tbody class="utrecht-table__body">
                                {staven.into_iter().map(|s| view! {
                                    <tr class="utrecht-table__row">
                                        <th class="utrecht-table__header-cell" scope="row">{s.label}</th>
                                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{s.tekst}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}

/// The bar chart. Bars start at zero (negative values, such as a net
/// credit, are drawn as zero-height bars with their number).
fn grafiek(titel: &str, staven: &[Staaf]) -> impl IntoView {
    let hoogste = staven.iter().filter_map(|s| s.waarde).fold(0.0_f64, f64::max);
    // The axis ends at a round number above the highest bar.
    let top = super::staafgrafiek::mooi_maximum(hoogste);
    let schaal = (HOOGTE - ONDER - BOVEN) / top;
    let vak = (BREEDTE - LINKS - ZIJ) / staven.len().max(1) as f64;
    let as_y = (0..=4)
        .map(|i| {
            let w = top * f64::from(i) / 4.0;
            let y = format!("{:.1}", HOOGTE - ONDER - w * schaal);
            view! {
                <line x1=LINKS x2=BREEDTE - ZIJ y1=y.clone() y2=y.clone() stroke="currentColor" stroke-opacity="0.2" stroke-width="1"/>
                <text x=LINKS - 6.0 y=y text-anchor="end" dominant-baseline="middle" font-size="12" fill="currentColor">{formaat::kort(w)}</text>
            }
        })
        .collect_view();
    let omschrijving = format!(
        "{titel} per periode: {}.",
        staven
            .iter()
            .map(|s| format!("{} {}", s.label, s.tekst))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let balken = staven
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let x = LINKS + vak * i as f64;
            let h = s.waarde.map_or(0.0, |w| (w.max(0.0) * schaal).max(0.0));
            let y = HOOGTE - ONDER - h;
            let midden = x + vak / 2.0;
            let tekst = if s.waarde.is_some() { s.tekst.clone() } else { format!("({})", s.tekst) };
            view! {
                <g>
                    {s.waarde.map(|_| view! {
                        <rect x=format!("{:.1}", x + vak * 0.15) y=format!("{y:.1}") width=format!("{:.1}", vak * 0.7)
                            height=format!("{h:.1}") fill="currentColor" fill-opacity="0.8" stroke="currentColor"/>
                    })}
                    <text x=format!("{midden:.1}") y=format!("{:.1}", y - 6.0) text-anchor="middle" font-size="13" fill="currentColor">{tekst}</text>
                    <text x=format!("{midden:.1}") y=format!("{:.1}", HOOGTE - ONDER + 18.0) text-anchor="middle" font-size="12" fill="currentColor">{s.label.clone()}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg id="trendgrafiek" class="trendgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {BREEDTE} {HOOGTE}")
            role="img" aria-labelledby="trendgrafiek-titel trendgrafiek-omschrijving" font-family="sans-serif">
            <title id="trendgrafiek-titel">{format!("Verloop van {titel}")}</title>
            <desc id="trendgrafiek-omschrijving">{omschrijving}</desc>
            {as_y}
            <line x1=LINKS x2=BREEDTE - ZIJ y1=HOOGTE - ONDER y2=HOOGTE - ONDER stroke="currentColor" stroke-width="1"/>
            <line x1=LINKS x2=LINKS y1=BOVEN y2=HOOGTE - ONDER stroke="currentColor" stroke-width="1"/>
            <text x=LINKS + (BREEDTE - LINKS - ZIJ) / 2.0 y=HOOGTE - 4.0 text-anchor="middle" font-size="12" fill="currentColor">"Periode"</text>
            <text x="12" y="16" font-size="12" fill="currentColor">{titel.to_string()}</text>
            {balken}
        </svg>
    }
}
