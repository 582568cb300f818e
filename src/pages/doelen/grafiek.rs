//! A goal's value over time as a small SVG line, with the target as a dashed
//! line. Drawn by the app (no chart library); the numbers are also in the
//! table "Waarde per periode" in the detail view, and the SVG's title and
//! description say them in words. Lines use `currentColor`, so the chart
//! stays readable in forced-colours mode and in black-and-white print.

use jeugdmonitor_core::doelen::{Doel, Evaluatie};
use leptos::prelude::*;

use crate::formaat;

const BREEDTE: f64 = 300.0;
const HOOGTE: f64 = 80.0;
const MARGE: f64 = 8.0;

/// The chart, or nothing when fewer than two periods have a value.
#[allow(non_snake_case)]
pub fn Reeksgrafiek(doel: &Doel, evaluatie: &Evaluatie, toon_doel: bool) -> Option<impl IntoView> {
    let punten: Vec<(usize, f64)> = evaluatie
        .reeks
        .iter()
        .enumerate()
        .filter(|(_, p)| p.verborgen.is_none())
        .filter_map(|(i, p)| p.waarde.map(|w| (i, w)))
        .collect();
    if punten.len() < 2 {
        return None;
    }
    let n = evaluatie.reeks.len().max(2) as f64;
    // The target is left out when it would give a hidden baseline away.
    let doelwaarde = evaluatie.doelwaarde.filter(|_| toon_doel);
    let waarden = punten.iter().map(|(_, w)| *w).chain(doelwaarde);
    let (laag, hoog) = waarden.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), w| (l.min(w), h.max(w)));
    let spreiding = if hoog > laag { hoog - laag } else { 1.0 };
    let x = |i: usize| MARGE + (BREEDTE - 2.0 * MARGE) * i as f64 / (n - 1.0);
    let y = |w: f64| HOOGTE - MARGE - (HOOGTE - 2.0 * MARGE) * (w - laag) / spreiding;
    let lijn: String = punten
        .iter()
        .map(|(i, w)| format!("{:.1},{:.1}", x(*i), y(*w)))
        .collect::<Vec<_>>()
        .join(" ");
    let titel_id = format!("grafiek-{}-titel", doel.id);
    let omschrijving_id = format!("grafiek-{}-omschrijving", doel.id);
    let omschrijving = format!(
        "{}{}",
        evaluatie
            .reeks
            .iter()
            .map(|p| {
                let waarde = match (&p.verborgen, p.waarde) {
                    (Some(_), _) => jeugdmonitor_core::doelen::VERBORGEN.to_string(),
                    (None, w) => w.map_or("geen waarde".to_string(), formaat::kort),
                };
                format!("{}: {waarde}", p.label)
            })
            .collect::<Vec<_>>()
            .join("; "),
        doelwaarde.map_or(String::new(), |d| format!(". Doel: {}.", formaat::kort(d)))
    );
    let doellijn = doelwaarde.map(|d| {
        let hoogte = format!("{:.1}", y(d));
        view! {
            <line class="reeksgrafiek__doel" x1=MARGE x2=BREEDTE - MARGE y1=hoogte.clone() y2=hoogte/>
        }
    });
    let stippen = punten
        .iter()
        .map(|(i, w)| view! { <circle class="reeksgrafiek__punt" cx=format!("{:.1}", x(*i)) cy=format!("{:.1}", y(*w)) r="3"/> })
        .collect_view();
    let verwijzing = format!("{titel_id} {omschrijving_id}");
    Some(view! {
        <svg class="reeksgrafiek" viewBox=format!("0 0 {BREEDTE} {HOOGTE}") role="img"
            aria-labelledby=verwijzing preserveAspectRatio="none">
            <title id=titel_id>{format!("Verloop van \"{}\"", doel.titel)}</title>
            <desc id=omschrijving_id>{omschrijving}</desc>
            {doellijn}
            <polyline class="reeksgrafiek__lijn" points=lijn/>
            {stippen}
        </svg>
    })
}
