//! The breakdown: a few key figures side by side per municipality, segment,
//! provider, referrer or product category (a choice kept in the URL),
//! sortable by any column (the header buttons say how it is sorted, for
//! screen readers too).

use std::sync::Arc;

use jeugdmonitor_core::kpi::{definitie, Cel, Eenheid};
use leptos::prelude::*;

use jeugdmonitor_core::kpi::Dimensie;
use jeugdmonitor_core::weergave::Weergave;

use super::berekening::Uitsplitsing as Groepen;
use super::weergave::navigator;
use crate::formaat;
use crate::gegevens::download;
use crate::inhoud::RegioBron;
use jeugdmonitor_core::export;

const KOLOMMEN: [&str; 6] = [
    "jeugdigen",
    "instroom_jeugdigen",
    "uitstroom_jeugdigen",
    "per_1000_jongeren",
    "kosten",
    "duur_gemiddeld",
];

#[component]
pub fn Uitsplitsing(rijen: RwSignal<Option<Arc<Groepen>>>, keuze: Memo<Weergave>) -> impl IntoView {
    let regio = expect_context::<RegioBron>();
    let per_groep = rijen;
    let opslag = expect_context::<crate::gegevens::Gegevens>();
    let catalogus = move || opslag.samenvoeging.with_untracked(|s| s.catalogus.clone());
    let ga = navigator();
    // A memo, so opening another section does not redraw the rows.
    let dimensie_memo = Memo::new(move |_| keuze.get().uitsplitsing);
    let dimensie = move || dimensie_memo.get();
    let gekozen = move |ev| {
        if let Some(d) = Dimensie::uit_naam(&event_target_value(&ev)) {
            let mut w = keuze.get_untracked();
            w.uitsplitsing = d;
            ga(&w);
        }
    };
    // (column, ascending); column usize::MAX = by name.
    let sortering = RwSignal::new((usize::MAX, true));
    let rijen = move || {
        let namen = regio.0.get().and_then(Result::ok);
        let Some(per) = per_groep.get() else {
            return Vec::new();
        };
        let d = dimensie();
        let mut rijen: Vec<(String, Vec<Cel>)> = per
            .iter()
            .map(|(waarde, r)| {
                let naam = naam_van(d, waarde, namen.as_deref(), &catalogus());
                (
                    naam,
                    KOLOMMEN
                        .iter()
                        .map(|k| r.cel(k).cloned().unwrap_or(Cel::Leeg))
                        .collect(),
                )
            })
            .collect();
        let (kolom, oplopend) = sortering.get();
        rijen.sort_by(|a, b| {
            let volgorde = if kolom == usize::MAX {
                a.0.cmp(&b.0)
            } else {
                sorteerwaarde(&a.1[kolom]).total_cmp(&sorteerwaarde(&b.1[kolom]))
            };
            if oplopend {
                volgorde
            } else {
                volgorde.reverse()
            }
        });
        rijen
    };
    let kop = move |kolom: usize, titel: &'static str| {
        let aria = move || {
            let (k, op) = sortering.get();
            if k == kolom {
                if op {
                    "ascending"
                } else {
                    "descending"
                }
            } else {
                "none"
            }
        };
        let klik = move |_| {
            sortering.update(|(k, op)| {
                if *k == kolom {
                    *op = !*op
                } else {
                    *k = kolom;
                    *op = kolom == usize::MAX
                }
            })
        };
        view! {
            <th class="utrecht-table__header-cell" scope="col" aria-sort=aria>
                <button type="button" class="sorteerknop" on:click=klik>{titel}</button>
            </th>
        }
    };
    let titel = move || format!("Per {}", kolomkop(dimensie()).to_lowercase());
    let exporteer = move |json: bool| {
        let Some(per) = per_groep.get_untracked() else {
            return;
        };
        let w = keuze.get_untracked();
        let namen = regio.0.get_untracked().and_then(Result::ok);
        let groepen: Vec<(String, String, &jeugdmonitor_core::suppression::OnderdruktResultaat)> = per
            .iter()
            .map(|(waarde, r)| {
                let naam = naam_van(w.uitsplitsing, waarde, namen.as_deref(), &catalogus());
                (waarde.clone(), naam, r)
            })
            .collect();
        let d = w.uitsplitsing.naam();
        let basis = format!(
            "uitsplitsing-{d}-{}",
            jeugdmonitor_core::weergave::periode_tekst(&w.venster)
        );
        let _ = if json {
            download::bied_aan(
                &format!("{basis}.json"),
                &export::uitsplitsing_json(d, &groepen),
                "application/json",
            )
        } else {
            download::bied_aan(
                &format!("{basis}.csv"),
                &export::uitsplitsing_csv(d, &groepen),
                "text/csv;charset=utf-8",
            )
        };
    };
    view! {
        <section aria-labelledby="uitsplitsing-kop">
            <h2 id="uitsplitsing-kop" class="utrecht-heading-2">{titel}</h2>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-uitsplitsing">"Uitsplitsen naar"</label>
                <select id="k-uitsplitsing" class="utrecht-select" on:change=gekozen
                    prop:value=move || dimensie().naam()>
                    {Dimensie::ALLE.map(|d| view! { <option value=d.naam()>{kolomkop(d)}</option> }).collect_view()}
                </select>
            </div>
            <p class="utrecht-paragraph" role="status">
                {move || per_groep.with(Option::is_none).then_some("De uitsplitsing wordt berekend…")}
            </p>
            <div class="knoppenrij">
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    aria-disabled=move || per_groep.with(Option::is_none).to_string()
                    on:click=move |_| exporteer(false)>"Exporteer uitsplitsing (CSV)"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    aria-disabled=move || per_groep.with(Option::is_none).to_string()
                    on:click=move |_| exporteer(true)>"Exporteer uitsplitsing (JSON)"</button>
            </div>
            <div
                class="tabelrol"
                tabindex="0"
                role="region"
                aria-label=move || format!("Kerncijfers per {}", kolomkop(dimensie()).to_lowercase())
                aria-busy=move || per_groep.with(Option::is_none).to_string()
            >
                <table class="utrecht-table uitsplitsing">
                    <caption class="utrecht-table__caption">
                        {move || format!("Kerncijfers per {}; klik op een kolomkop om te sorteren", kolomkop(dimensie()).to_lowercase())}
                    </caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            {move || kop(usize::MAX, kolomkop(dimensie()))}
                            {KOLOMMEN.iter().enumerate().map(|(i, k)| kop(i, definitie(k).map_or(*k, |d| d.titel))).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                        {move || rijen().into_iter().map(|(naam, cellen)| view! {
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="row">{naam}</th>
                                {cellen.iter().zip(KOLOMMEN).map(|(c, k)| {
                                    let e = definitie(k).map_or(Eenheid::Jeugdigen, |d| d.eenheid);
                                    view! { <td class="utrecht-table__cell utrecht-table__cell--numeric">{formaat::cel(c, e)}</td> }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The first column's header and the choice's label.
fn kolomkop(d: Dimensie) -> &'static str {
    match d {
        Dimensie::Gemeente => "Gemeente",
        Dimensie::Segment => "Segment",
        Dimensie::Aanbieder => "Aanbieder",
        Dimensie::Verwijzer => "Verwijzer",
        Dimensie::Productcategorie => "Productcategorie",
        Dimensie::Productcode => "Product",
    }
}

/// A group's name without region content or catalogue (the filter labels).
pub fn groepsnaam(d: Dimensie, waarde: &str) -> String {
    naam_van(d, waarde, None, &Default::default())
}

/// The name of a key of `wachttijd_gemiddeld` (a product code, or a
/// two-digit product category when the row has no code), by the same rule
/// as the breakdown's groups.
pub fn productnaam(sleutel: &str, catalogus: &jeugdmonitor_core::content::Productcatalogus) -> String {
    let d = if sleutel.len() == 2 && sleutel.bytes().all(|b| b.is_ascii_digit()) {
        Dimensie::Productcategorie
    } else {
        Dimensie::Productcode
    };
    naam_van(d, sleutel, None, catalogus)
}

/// A group's name with the region's municipality names and the product
/// catalogue's product names: the core's rule, so the CLI's `kpi --per`
/// names groups the same.
fn naam_van(
    d: Dimensie,
    waarde: &str,
    regio: Option<&jeugdmonitor_core::content::RegioInhoud>,
    catalogus: &jeugdmonitor_core::content::Productcatalogus,
) -> String {
    jeugdmonitor_core::kpi::groepsnaam(d, waarde, regio, catalogus)
}

/// Suppressed and empty cells sort below every number.
fn sorteerwaarde(cel: &Cel) -> f64 {
    match cel {
        Cel::Geheel(n) => *n as f64,
        Cel::Decimaal(x) => *x,
        Cel::Euro(c) => *c as f64,
        _ => f64::NEG_INFINITY,
    }
}
