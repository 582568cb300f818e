//! Care paths (`vervolg`, `volgnummer`) as one stacked bar each: the parts
//! side by side in proportion, each with its own fill pattern (solid,
//! hatched, dotted, open) so they stay apart in black-and-white print and in
//! forced-colours mode, and a legend in words with every number. The same
//! figures are in the table next to it; hidden parts are not drawn.

use leptos::prelude::*;

const BREEDTE: f64 = 640.0;
const BALK: f64 = 40.0;
const REGEL: f64 = 24.0;

/// The fill of part `i`: a pattern id suffix, or a plain fill.
fn vulling(id: &str, i: usize) -> String {
    match i % 4 {
        0 => "currentColor".into(),
        1 => format!("url(#{id}-arcering)"),
        2 => format!("url(#{id}-stippen)"),
        _ => "none".into(),
    }
}

/// `delen`: label, its number when shown, its text as in the table.
#[component]
pub fn Zorgpadbalk(id: &'static str, titel: &'static str, delen: Vec<(String, Option<f64>, String)>) -> impl IntoView {
    let totaal: f64 = delen.iter().filter_map(|(_, w, _)| *w).sum();
    let verborgen = delen.iter().any(|(_, w, _)| w.is_none());
    let mut omschrijving = delen
        .iter()
        .map(|(l, _, t)| format!("{l}: {t}"))
        .collect::<Vec<_>>()
        .join("; ");
    if verborgen {
        omschrijving.push_str(". Delen met kleine aantallen zijn verborgen en niet getekend");
    }
    omschrijving.push('.');
    let mut x = 0.0;
    let stukken = delen
        .iter()
        .enumerate()
        .filter_map(|(i, (_, w, _))| {
            let w = (*w)?;
            let breedte = if totaal > 0.0 { w / totaal * BREEDTE } else { 0.0 };
            let stuk = view! {
                <rect x=format!("{x:.1}") y="2" width=format!("{breedte:.1}") height=BALK
                    fill=vulling(id, i) stroke="currentColor" stroke-width="2"/>
            };
            x += breedte;
            Some(stuk)
        })
        .collect_view();
    let legenda = delen
        .iter()
        .enumerate()
        .map(|(i, (label, w, tekst))| {
            let y = BALK + 14.0 + REGEL * i as f64;
            // A share of the shown parts only would mislead when a part is hidden.
            let aandeel = match (w, totaal > 0.0 && !verborgen) {
                (Some(w), true) => format!(" ({} %)", crate::formaat::decimaal(w / totaal * 100.0)),
                _ => String::new(),
            };
            view! {
                <g>
                    <rect x="2" y=format!("{y:.1}") width="16" height="16" fill=vulling(id, i) stroke="currentColor" stroke-width="2"/>
                    <text x="26" y=format!("{:.1}", y + 13.0) font-size="14" fill="currentColor">{format!("{label}: {tekst}{aandeel}")}</text>
                </g>
            }
        })
        .collect_view();
    let hoogte = BALK + 20.0 + REGEL * delen.len() as f64;
    let titel_id = format!("{id}-titel");
    let desc_id = format!("{id}-omschrijving");
    let beschreven_door = format!("{titel_id} {desc_id}");
    view! {
        <svg id=id class="trendgrafiek" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {BREEDTE} {hoogte}")
            role="img" aria-labelledby=beschreven_door font-family="sans-serif">
            <title id=titel_id>{titel}</title>
            <desc id=desc_id>{omschrijving}</desc>
            <defs>
                <pattern id=format!("{id}-arcering") width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line x1="0" y1="0" x2="0" y2="8" stroke="currentColor" stroke-width="3"/>
                </pattern>
                <pattern id=format!("{id}-stippen") width="8" height="8" patternUnits="userSpaceOnUse">
                    <circle cx="4" cy="4" r="1.8" fill="currentColor"/>
                </pattern>
            </defs>
            {stukken}
            {legenda}
        </svg>
    }
}
