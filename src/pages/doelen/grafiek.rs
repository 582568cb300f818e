//! A goal's value over time as an SVG line with a value axis, the periods
//! named below, and the baseline (dotted) and target (dashed) labelled. Drawn by the app (no chart library); the numbers are also in the
//! table "Waarde per periode" in the detail view, and the SVG's title and
//! description say them in words. Lines use `currentColor`, so the chart
//! stays readable in forced-colours mode and in black-and-white print.

use jeugdmonitor_core::doelen::{Doel, Evaluatie};
use leptos::prelude::*;

use crate::formaat;

const BREEDTE: f64 = 480.0;
const HOOGTE: f64 = 170.0;
/// Room for the value axis on the left, the period labels below and the
/// line labels on the right.
const LINKS: f64 = 52.0;
const RECHTS: f64 = 92.0;
const BOVEN: f64 = 12.0;
const ONDER: f64 = 26.0;

/// The chart, or nothing when fewer than two periods have a value. The
/// value axis shows its lowest and highest value, every period is named
/// below, and the baseline (dotted) and the target (dashed) are labelled
/// at the right. `basislijn` and a target worked out from it are left out
/// when the baseline is hidden (small numbers).
#[allow(non_snake_case)]
pub fn Reeksgrafiek(
    doel: &Doel,
    evaluatie: &Evaluatie,
    toon_doel: bool,
    basislijn: Option<f64>,
) -> Option<impl IntoView> {
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
    let waarden = punten.iter().map(|(_, w)| *w).chain(doelwaarde).chain(basislijn);
    let (laag, hoog) = waarden.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), w| (l.min(w), h.max(w)));
    // The axis starts at zero for counts and shares, unless every value is
    // far from it; a flat series still gets some height.
    let laag = if laag >= 0.0 && laag <= hoog * 0.5 { 0.0 } else { laag };
    let spreiding = if hoog > laag { hoog - laag } else { 1.0 };
    let x = |i: usize| LINKS + (BREEDTE - LINKS - RECHTS) * i as f64 / (n - 1.0);
    let y = |w: f64| HOOGTE - ONDER - (HOOGTE - BOVEN - ONDER) * (w - laag) / spreiding;
    let lijn: String = punten
        .iter()
        .map(|(i, w)| format!("{:.1},{:.1}", x(*i), y(*w)))
        .collect::<Vec<_>>()
        .join(" ");
    let titel_id = format!("grafiek-{}-titel", doel.id);
    let omschrijving_id = format!("grafiek-{}-omschrijving", doel.id);
    let omschrijving = format!(
        "{}{}{}",
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
        basislijn.map_or(String::new(), |b| format!(". Basislijn: {}", formaat::kort(b))),
        doelwaarde.map_or(String::new(), |d| format!(". Doel: {}.", formaat::kort(d)))
    );
    let lijn_met_label = |waarde: f64, klasse: &'static str, tekst: String| {
        let hoogte = format!("{:.1}", y(waarde));
        view! {
            <line class=klasse x1=LINKS x2=BREEDTE - RECHTS y1=hoogte.clone() y2=hoogte.clone()/>
            <text class="reeksgrafiek__label" x=BREEDTE - RECHTS + 4.0 y=format!("{:.1}", y(waarde) + 4.0)>{tekst}</text>
        }
    };
    let basis = basislijn.map(|b| lijn_met_label(b, "reeksgrafiek__basis", format!("basis {}", formaat::kort(b))));
    let doellijn = doelwaarde.map(|d| lijn_met_label(d, "reeksgrafiek__doel", format!("doel {}", formaat::kort(d))));
    let stippen = punten
        .iter()
        .map(|(i, w)| view! { <circle class="reeksgrafiek__punt" cx=format!("{:.1}", x(*i)) cy=format!("{:.1}", y(*w)) r="3.5"/> })
        .collect_view();
    // Every period is named unless there are many; then every other one.
    let stap = if evaluatie.reeks.len() > 6 { 2 } else { 1 };
    let perioden = evaluatie
        .reeks
        .iter()
        .enumerate()
        .filter(|(i, _)| i % stap == 0 || *i + 1 == evaluatie.reeks.len())
        .map(|(i, p)| view! {
            <text class="reeksgrafiek__label" x=format!("{:.1}", x(i)) y=HOOGTE - 6.0 text-anchor="middle">{p.label.clone()}</text>
        })
        .collect_view();
    let as_y = [laag, hoog].map(|w| view! {
        <text class="reeksgrafiek__label" x=LINKS - 6.0 y=format!("{:.1}", y(w) + 4.0) text-anchor="end">{formaat::kort(w)}</text>
    });
    let verwijzing = format!("{titel_id} {omschrijving_id}");
    Some(view! {
        <svg class="reeksgrafiek" viewBox=format!("0 0 {BREEDTE} {HOOGTE}") role="img"
            aria-labelledby=verwijzing font-family="sans-serif">
            <title id=titel_id>{format!("Verloop van \"{}\"", doel.titel)}</title>
            <desc id=omschrijving_id>{omschrijving}</desc>
            <line class="reeksgrafiek__as" x1=LINKS x2=LINKS y1=BOVEN y2=HOOGTE - ONDER/>
            <line class="reeksgrafiek__as" x1=LINKS x2=BREEDTE - RECHTS y1=HOOGTE - ONDER y2=HOOGTE - ONDER/>
            {as_y}
            {perioden}
            {basis}
            {doellijn}
            <polyline class="reeksgrafiek__lijn" points=lijn/>
            {stippen}
        </svg>
    })
}
