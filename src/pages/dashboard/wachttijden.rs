//! Waiting times per product against the Treeknorm: the average waiting
//! time over all providers on the waiting-time peildatum (KPI
//! `wachttijd_gemiddeld`), as horizontal bars with the norm marked on each
//! row (dashed, so it reads without colour), "boven de treeknorm" in words,
//! and the same figures in a table. The norm comes from the region content
//! (`[treeknorm]` in regio.toml; 14 weeks unless set), per product category
//! where the region sets one.

use std::sync::Arc;

use jeugdmonitor_core::content::Productcatalogus;
use jeugdmonitor_core::kpi::{Cel, Treeknorm};
use leptos::prelude::*;

use super::berekening::Berekening;
use crate::formaat;

/// One product's row.
struct Rij {
    naam: String,
    weken: Option<f64>,
    tekst: String,
    norm: f64,
}

#[component]
pub fn Wachttijden(
    berekening: Arc<Berekening>,
    treeknorm: Treeknorm,
    catalogus: Arc<Productcatalogus>,
) -> impl IntoView {
    let rijen: Vec<Rij> = match berekening.cel("wachttijd_gemiddeld") {
        Some(Cel::Object(producten)) => producten
            .iter()
            .map(|(sleutel, cel)| {
                let alle = match cel {
                    Cel::Object(delen) => delen.iter().find(|(k, _)| k == "alle").map(|(_, c)| c.clone()),
                    _ => None,
                }
                .unwrap_or(Cel::Leeg);
                let weken = match alle {
                    Cel::Decimaal(w) => Some(w),
                    _ => None,
                };
                Rij {
                    naam: productnaam(sleutel, &catalogus),
                    weken,
                    tekst: formaat::cel(&alle, jeugdmonitor_core::kpi::Eenheid::Weken),
                    norm: treeknorm.voor(categorie(sleutel, &catalogus)),
                }
            })
            .collect(),
        _ => Vec::new(),
    };
    let peildatum = berekening
        .cel("wacht_peildatum")
        .map(|c| formaat::cel(c, jeugdmonitor_core::kpi::Eenheid::Weken))
        .filter(|t| t != "–");
    let boven = rijen.iter().filter(|r| r.weken.is_some_and(|w| w > r.norm)).count();
    view! {
        <section aria-labelledby="wachttijden-kop">
            <h2 id="wachttijden-kop" class="utrecht-heading-2">"Wachttijden en de treeknorm"</h2>
            {if rijen.is_empty() {
                view! {
                    <p class="utrecht-paragraph">{berekening.reden("wachttijd_gemiddeld").map(|r| formaat::zin(&r)).unwrap_or_else(|| "Geen wachttijden in deze selectie.".into())}</p>
                }.into_any()
            } else {
                view! {
                    <p class="utrecht-paragraph wachttijden__oordeel">{format!(
                        "{}Bij {boven} van de {} producten ligt de gemiddelde wachttijd boven de treeknorm.",
                        peildatum.map(|p| format!("Peildatum {p}. ")).unwrap_or_default(),
                        rijen.len()
                    )}</p>
                    <super::staafgrafiek::Staafgrafiek grafiek=super::staafgrafiek::Grafiek {
                        id: "wachtgrafiek",
                        titel: "Gemiddelde wachttijd per product tegen de treeknorm".to_string(),
                        as_naam: "Gemiddelde wachttijd in weken".to_string(),
                        label_kop: "Product".to_string(),
                        staven: rijen.iter().map(|r| super::staafgrafiek::Staaf {
                            label: r.naam.clone(),
                            waarde: r.weken,
                            tekst: r.tekst.clone(),
                            markering: Some(r.norm),
                        }).collect(),
                        referentie: None,
                        markering_naam: Some("treeknorm".to_string()),
                        met_tabel: false,
                    }/>
                    <super::grafiekdownload::GrafiekDownload
                        grafiek_id="wachtgrafiek"
                        label="Download wachttijdgrafiek (SVG)".to_string()
                        bestandsnaam=Signal::derive(|| "wachttijden.svg".to_string())
                    />
                    <div class="tabelrol" tabindex="0" role="region" aria-label="Wachttijden als tabel">
                        <table class="utrecht-table wachttabel">
                            <caption class="utrecht-table__caption">"Gemiddelde wachttijd per product en de treeknorm (dezelfde cijfers als de grafiek)"</caption>
                            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">"Product"</th>
                                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Gemiddelde wachttijd"</th>
                                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Treeknorm"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Oordeel"</th>
                            </tr></thead>
                            <tbody class="utrecht-table__body">
                                {rijen.iter().map(|r| view! {
                                    <tr class="utrecht-table__row">
                                        <th class="utrecht-table__header-cell" scope="row">{r.naam.clone()}</th>
                                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{r.tekst.clone()}</td>
                                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{format!("{} weken", formaat::decimaal(r.norm))}</td>
                                        <td class="utrecht-table__cell">{oordeel(r)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <PerAanbieder berekening=berekening.clone() treeknorm=treeknorm.clone() catalogus=catalogus.clone()/>
                }.into_any()
            }}
        </section>
    }
}

/// How many provider rows are drawn before "Toon alle".
const EERSTE_REGELS: usize = 50;

/// Every provider's waiting time per product on the peildatum (the rows
/// behind the averages), longest first, with the number waiting (small
/// numbers hidden) and the treeknorm in words; optionally only providers
/// with a waiting list.
#[component]
fn PerAanbieder(berekening: Arc<Berekening>, treeknorm: Treeknorm, catalogus: Arc<Productcatalogus>) -> impl IntoView {
    let opslag = expect_context::<crate::gegevens::Gegevens>();
    let w = &berekening.weergave;
    let regels = opslag.samenvoeging.with_untracked(|samen| {
        let opties = jeugdmonitor_core::kpi::KpiOpties::default();
        let s = jeugdmonitor_core::kpi::Selectie::nieuw(
            &samen.index,
            &samen.dataset,
            w.venster,
            w.peildatum,
            &w.scope,
            &opties,
        );
        jeugdmonitor_core::kpi::wachtregels(&s).1
    });
    let k = w.k;
    // Numbers waiting under k are hidden, and because the wachtenden tile
    // is their exact sum, one more when only one is hidden.
    let klein = move |n: u64| k > 1 && n > 0 && n < u64::from(k);
    let mut verborgen: Vec<bool> = regels.iter().map(|r| r.wachtenden.is_some_and(klein)).collect();
    let aantallen: Vec<u64> = regels.iter().map(|r| r.wachtenden.unwrap_or(0)).collect();
    jeugdmonitor_core::suppression::aanvullend_verbergen(&mut verborgen, &aantallen);
    let regels: Vec<(jeugdmonitor_core::kpi::Wachtregel, bool)> = regels.into_iter().zip(verborgen).collect();
    let alleen_met_wachttijd = RwSignal::new(false);
    let alles_tonen = RwSignal::new(false);
    let regels = Arc::new(regels);
    let zichtbaar = {
        let regels = regels.clone();
        move || {
            let gefilterd: Vec<_> = regels
                .iter()
                .filter(|(r, _)| !alleen_met_wachttijd.get() || r.weken > 0.0)
                .cloned()
                .collect();
            let totaal = gefilterd.len();
            let getoond: Vec<_> = if alles_tonen.get() {
                gefilterd
            } else {
                gefilterd.into_iter().take(EERSTE_REGELS).collect()
            };
            (getoond, totaal)
        }
    };
    let zichtbaar_voor_knop = zichtbaar.clone();
    view! {
        <h3 class="utrecht-heading-3">"Per aanbieder"</h3>
        <div class="formulier__vinkje">
            <input type="checkbox" id="w-met-wachttijd" prop:checked=move || alleen_met_wachttijd.get()
                on:change=move |ev| alleen_met_wachttijd.set(event_target_checked(&ev))/>
            <label for="w-met-wachttijd">"Alleen aanbieders met een wachttijd"</label>
        </div>
        <div class="tabelrol" tabindex="0" role="region" aria-label="Wachttijd per aanbieder">
            <table class="utrecht-table wachtregels">
                <caption class="utrecht-table__caption">"Wachttijd en wachtenden per aanbieder en product op de peildatum, langste eerst"</caption>
                <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">"Aanbieder"</th>
                    <th class="utrecht-table__header-cell" scope="col">"Product"</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Wachttijd"</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Wachtenden"</th>
                    <th class="utrecht-table__header-cell" scope="col">"Treeknorm"</th>
                </tr></thead>
                <tbody class="utrecht-table__body">
                    {move || zichtbaar().0.into_iter().map(|(r, verborgen)| {
                        let norm = treeknorm.voor(r.productcategorie);
                        let wachtenden = match r.wachtenden {
                            None => "onbekend".to_string(),
                            Some(n) if klein(n) => format!("<{k}"),
                            Some(_) if verborgen => "–".to_string(),
                            Some(n) => formaat::geheel(n),
                        };
                        let oordeel = if r.weken > norm {
                            format!("boven de norm van {} weken", formaat::decimaal(norm))
                        } else {
                            "binnen de norm".to_string()
                        };
                        view! {
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="row">{r.aanbieder.clone()}</th>
                                <td class="utrecht-table__cell">{productnaam(&r.product, &catalogus)}</td>
                                <td class="utrecht-table__cell utrecht-table__cell--numeric">{format!("{} weken", formaat::decimaal(r.weken))}</td>
                                <td class="utrecht-table__cell utrecht-table__cell--numeric">{wachtenden}</td>
                                <td class="utrecht-table__cell">{oordeel}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {move || {
            let (getoond, totaal) = zichtbaar_voor_knop();
            (getoond.len() < totaal).then(|| view! {
                <div class="knoppenrij">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| alles_tonen.set(true)>
                        {format!("Toon alle {totaal} regels")}
                    </button>
                </div>
            })
        }}
    }
}

fn oordeel(r: &Rij) -> &'static str {
    match r.weken {
        Some(w) if w > r.norm => "boven de treeknorm",
        Some(_) => "binnen de treeknorm",
        None => "geen of verborgen waarde",
    }
}

use super::uitsplitsing::productnaam;

/// The product category: the key itself, the catalogue's, or the first two
/// digits of an iJw product code.
fn categorie(sleutel: &str, catalogus: &Productcatalogus) -> Option<u8> {
    catalogus
        .product(sleutel)
        .map(|p| p.productcategorie)
        .or_else(|| sleutel.get(..2).and_then(|c| c.parse().ok()))
}
