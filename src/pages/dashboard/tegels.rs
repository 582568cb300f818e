//! KPI tiles (value, change against the previous window, "Hoe berekend?")
//! per dashboard section, the grouped KPIs as small tables, and the exports.

use std::sync::Arc;

use jeugdmonitor_core::content::Productcatalogus;
use jeugdmonitor_core::kpi::{Cel, Eenheid, KpiDefinitie, DEFINITIES};
use jeugdmonitor_core::weergave::Sectie;
use leptos::prelude::*;

use super::berekening::Berekening;
use crate::formaat;
use crate::gegevens::download;

/// The tiles of one section's KPIs (see [`super::secties::sectie_van`]).
#[component]
pub fn Tegels(berekening: Arc<Berekening>, sectie: Sectie, titel: &'static str) -> impl IntoView {
    let tegels: Vec<_> = DEFINITIES
        .iter()
        .filter(|d| !matches!(berekening.cel(d.id), Some(Cel::Object(_))) && d.id != "proces_pct")
        .filter(|d| super::secties::sectie_van(d.id) == sectie)
        .map(|d| tegel(&berekening, d, None, None))
        .collect();
    let kop_id = format!("tegels-{}", sectie.naam());
    let verwijzing = kop_id.clone();
    view! {
        <section aria-labelledby=verwijzing>
            <h2 id=kop_id class="utrecht-heading-2">{titel}</h2>
            <ul class="tegels">{tegels}</ul>
        </section>
    }
}

/// One tile: value, an optional line under it (`extra`), the change, an
/// optional trend line, and "Hoe berekend?".
pub fn tegel(b: &Berekening, d: &'static KpiDefinitie, extra: Option<String>, lijn: Option<AnyView>) -> impl IntoView {
    let cel = b.cel(d.id).cloned().unwrap_or(Cel::Leeg);
    let waarde = formaat::cel(&cel, d.eenheid);
    let reden = b.reden(d.id);
    let verschil = verschil(b, d);
    let id = format!("tegel-{}", d.id);
    let verwijzing = id.clone();
    let klasse = if lijn.is_some() { "tegel tegel--kop" } else { "tegel" };
    view! {
        <li class=klasse aria-labelledby=verwijzing>
            <h3 class="tegel__titel" id=id>{d.titel}</h3>
            <p class="tegel__waarde" data-kpi=d.id>{waarde}</p>
            {extra.map(|t| view! { <p class="tegel__extra">{t}</p> })}
            {reden.map(|r| view! { <p class="tegel__reden">{r}</p> })}
            {verschil.map(|v| view! { <p class="tegel__verschil">{v}</p> })}
            {lijn}
            <details class="tegel__uitleg">
                <summary>"Hoe berekend?"</summary>
                <p>{d.uitleg}</p>
                <p>{format!("Nodig: {}.", d.nodig.iter().map(|s| s.naam()).collect::<Vec<_>>().join(", "))}</p>
            </details>
        </li>
    }
}

/// "▲ 4,1 % t.o.v. 2023 (5.917)" — only when both periods show an exact number.
fn verschil(b: &Berekening, d: &KpiDefinitie) -> Option<String> {
    let (label, vorig) = b.vorige.as_ref()?;
    let nu = formaat::getal(b.cel(d.id)?)?;
    let toen_cel = vorig.cel(d.id)?;
    let toen = formaat::getal(toen_cel)?;
    let toen_tekst = formaat::cel(toen_cel, d.eenheid);
    if (nu - toen).abs() < f64::EPSILON {
        return Some(format!("gelijk aan {label}"));
    }
    let pijl = if nu > toen { "▲ hoger" } else { "▼ lager" };
    let mate = match d.eenheid {
        Eenheid::Procent => format!("{} procentpunt", formaat::decimaal((nu - toen).abs())),
        _ if toen.abs() > f64::EPSILON => format!("{} %", formaat::decimaal(((nu - toen) / toen * 100.0).abs())),
        _ => String::new(),
    };
    Some(format!(
        "{pijl} dan {label} ({toen_tekst}){}",
        if mate.is_empty() {
            String::new()
        } else {
            format!(": {mate}")
        }
    ))
}

/// The KPIs with several parts (vervolg, volgnummer, proces_pct,
/// wachttijd_gemiddeld) of one section as small tables.
#[component]
pub fn Groepen(berekening: Arc<Berekening>, sectie: Sectie, titel: Option<&'static str>) -> impl IntoView {
    let catalogus = expect_context::<crate::gegevens::Gegevens>()
        .samenvoeging
        .with_untracked(|s| s.catalogus.clone());
    let groepen: Vec<_> = DEFINITIES
        .iter()
        .filter(|d| matches!(berekening.cel(d.id), Some(Cel::Object(_))) || d.id == "proces_pct")
        .filter(|d| super::secties::sectie_van(d.id) == sectie)
        .map(|d| groep(&berekening, d, &catalogus))
        .collect();
    let kop_id = format!("groepen-{}", sectie.naam());
    let verwijzing = kop_id.clone();
    view! {
        <section aria-labelledby=verwijzing>
            {match titel {
                Some(t) => view! { <h2 id=kop_id class="utrecht-heading-2">{t}</h2> }.into_any(),
                None => view! { <span id=kop_id class="visueel-verborgen">{sectie.titel()}</span> }.into_any(),
            }}
            {groepen}
        </section>
    }
}

fn groep(b: &Berekening, d: &'static KpiDefinitie, catalogus: &Productcatalogus) -> impl IntoView {
    let rijen: Vec<(String, String)> = match b.cel(d.id) {
        Some(Cel::Object(delen)) => plat(delen, d.eenheid, catalogus),
        _ => Vec::new(),
    };
    let kop_id = format!("groep-{}", d.id);
    let verwijzing = kop_id.clone();
    view! {
        <div class="groep" role="group" aria-labelledby=verwijzing>
            <h3 class="utrecht-heading-3" id=kop_id>{d.titel}</h3>
            {if rijen.is_empty() {
                view! { <p class="utrecht-paragraph">{b.reden(d.id).unwrap_or_else(|| "Geen gegevens.".into())}</p> }.into_any()
            } else {
                let balk = zorgpad(d, &rijen, b);
                view! {
                    {balk}
                    <div class="tabelrol">
                        <table class="utrecht-table" data-kpi=d.id>
                            <caption class="utrecht-table__caption visueel-verborgen">{d.titel}</caption>
                            <tbody class="utrecht-table__body">
                                {rijen.into_iter().map(|(k, v)| view! {
                                    <tr class="utrecht-table__row">
                                        <th class="utrecht-table__header-cell" scope="row">{k}</th>
                                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{v}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <details class="tegel__uitleg">
                <summary>"Hoe berekend?"</summary>
                <p>{d.uitleg}</p>
            </details>
        </div>
    }
}

/// The stacked bar of a care-path KPI (vervolg, volgnummer); other groups
/// have none.
fn zorgpad(d: &'static KpiDefinitie, rijen: &[(String, String)], b: &Berekening) -> Option<impl IntoView> {
    let Some(Cel::Object(delen)) = b.cel(d.id) else {
        return None;
    };
    if !matches!(d.id, "vervolg" | "volgnummer") {
        return None;
    }
    let delen = delen
        .iter()
        .zip(rijen)
        .map(|((_, cel), (label, tekst))| (label.clone(), formaat::getal(cel), tekst.clone()))
        .collect();
    let id = if d.id == "vervolg" {
        "zorgpad-vervolg"
    } else {
        "zorgpad-volgnummer"
    };
    let periode = jeugdmonitor_core::weergave::periode_tekst(&b.weergave.venster);
    Some(view! {
        <super::zorgpaden::Zorgpadbalk id=id titel=d.titel delen=delen/>
        <super::grafiekdownload::GrafiekDownload
            grafiek_id=id
            label=format!("Download grafiek {} (SVG)", d.titel.to_lowercase())
            bestandsnaam=Signal::derive(move || format!("{id}-{periode}.svg"))
        />
    })
}

/// Nested parts as "label — value" rows with readable labels.
fn plat(delen: &[(String, Cel)], eenheid: Eenheid, catalogus: &Productcatalogus) -> Vec<(String, String)> {
    let label = |sleutel: &str| label(sleutel, catalogus);
    let mut uit = Vec::new();
    for (sleutel, cel) in delen {
        match cel {
            Cel::Object(binnen) => {
                for (s, c) in binnen {
                    let e = if s == "pct" {
                        Eenheid::Procent
                    } else if matches!(s.as_str(), "alle" | "met_wachttijd") {
                        Eenheid::Weken
                    } else {
                        Eenheid::Jeugdigen
                    };
                    uit.push((format!("{} – {}", label(sleutel), label(s)), formaat::cel(c, e)));
                }
            }
            _ => uit.push((label(sleutel), formaat::cel(cel, eenheid))),
        }
    }
    uit
}

fn label(sleutel: &str, catalogus: &Productcatalogus) -> String {
    match sleutel {
        "zelfde_segment" => "Vervolg in hetzelfde segment".into(),
        "ander_segment" => "Vervolg in een ander segment".into(),
        "loopt_door" => "Ander traject loopt door".into(),
        "geen_vervolg" => "Geen vervolg".into(),
        "1" => "1e traject".into(),
        "2" => "2e traject".into(),
        "3+" => "3e of later".into(),
        "verklarende_analyse" => "Verklarende analyse".into(),
        "familiegroepsplan" => "Familiegroepsplan".into(),
        "perspectiefplan" => "Perspectiefplan".into(),
        "pct" => "percentage".into(),
        "ja" => "ja".into(),
        "nee" => "nee".into(),
        "onbekend" => "onbekend".into(),
        "alle" => "alle aanbieders".into(),
        "met_wachttijd" => "aanbieders met wachttijd".into(),
        // The keys of wachttijd_gemiddeld: products and categories by name.
        ander => super::uitsplitsing::productnaam(ander, catalogus),
    }
}

/// CSV and JSON of the current view: the same content as `jeugdmonitor kpi`.
#[component]
pub fn Exports(berekening: Arc<Berekening>) -> impl IntoView {
    let b1 = berekening.clone();
    let csv = move |_| {
        let _ = download::bied_aan(&bestandsnaam(&b1, "csv"), &b1.csv(), "text/csv;charset=utf-8");
    };
    let b2 = berekening.clone();
    let json = move |_| {
        let _ = download::bied_aan(&bestandsnaam(&b2, "json"), &b2.json(), "application/json");
    };
    view! {
        <div class="knoppenrij">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=csv>"Exporteer CSV"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=json>"Exporteer JSON"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=|_| crate::browser::druk_af_met_open("details.tegel__uitleg")>
                "Afdrukken als raadsrapportage"
            </button>
        </div>
    }
}

fn bestandsnaam(b: &Berekening, extensie: &str) -> String {
    format!(
        "kpi-{}.{extensie}",
        jeugdmonitor_core::weergave::periode_tekst(&b.weergave.venster)
    )
}
