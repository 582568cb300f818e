//! Hoe lang moet ik wachten (beschikbaarheidswijzer): per provider and
//! product the waiting time on the latest peildatum of the region's
//! `content/wachttijden.csv`, filtered by municipality, segment and product,
//! sorted by waiting time, with the treeknorm in words and "laatst
//! bijgewerkt". The file is read by the same core reader as the dashboard's.

use std::sync::Arc;

use jeugdmonitor_core::ingest::{bouw_dataset, lees_bytes, Inleesopties};
use jeugdmonitor_core::portaal::{
    actuele_wachttijden, filter_wachttijden, sorteer_wachttijden, Wachtfilter, Wachtplek, WACHTTIJDEN_BESTAND,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::formaat;
use crate::inhoud::{MetPubliek, Publiek};
use crate::layout::Paginakop;

#[component]
pub fn Wachttijden() -> impl IntoView {
    view! {
        <Paginakop titel="Hoe lang moet ik wachten?"/>
        <MetPubliek inhoud=|p| view! { <Wijzer publiek=p/> }/>
    }
}

/// The waiting times as read: peildatum and rows, or why they are missing.
type Gelezen = Result<(Option<jeugdmonitor_core::date::Datum>, Arc<Vec<Wachtplek>>), String>;

#[component]
fn Wijzer(publiek: Publiek) -> impl IntoView {
    let regio = publiek.regio.clone();
    let gelezen: LocalResource<Gelezen> = LocalResource::new(move || {
        let regio = regio.clone();
        async move {
            let bytes = crate::browser::haal_bytes(&format!("/{WACHTTIJDEN_BESTAND}"))
                .await?
                .to_vec();
            let opties = Inleesopties {
                gemeenten: regio.gemeenten.clone(),
                ..Inleesopties::default()
            };
            let samen = bouw_dataset(vec![lees_bytes(WACHTTIJDEN_BESTAND, &bytes, &opties)]);
            let (peil, plekken) = actuele_wachttijden(&samen.dataset.wachttijden, &regio.treeknorm);
            Ok((peil, Arc::new(plekken)))
        }
    });
    let query = use_query_map();
    let gemeente = RwSignal::new(None::<String>);
    let segment = RwSignal::new(None::<u8>);
    let product = RwSignal::new(query.with_untracked(|q| q.get("product")));
    let langste_eerst = RwSignal::new(false);
    let p = publiek.clone();
    view! {
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            "Hier zie je hoe lang je ongeveer moet wachten voordat de hulp begint, per aanbieder. "
            "Wachttijden veranderen vaak. Het CJG of het toegangsteam weet wat nu geldt en kan je helpen kiezen."
        </p>
        <div class="productfilters">
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-gemeente">"Gemeente"</label>
                <select id="w-gemeente" class="utrecht-select" on:change=move |ev| gemeente.set(Some(event_target_value(&ev)).filter(|v| !v.is_empty()))>
                    <option value="">"Alle gemeenten"</option>
                    {publiek.regio.gemeenten.iter().map(|g| view! { <option value=g.code.clone()>{g.naam.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-segment">"Soort hulp (segment)"</label>
                <select id="w-segment" class="utrecht-select" on:change=move |ev| segment.set(event_target_value(&ev).parse().ok())>
                    <option value="">"Alle segmenten"</option>
                    {publiek.portaal.segmenten.iter().map(|s| view! { <option value=s.nummer.to_string()>{format!("{}. {}", s.nummer, s.naam)}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-product">"Product"</label>
                <select id="w-product" class="utrecht-select" prop:value=move || product.get().unwrap_or_default()
                    on:change=move |ev| product.set(Some(event_target_value(&ev)).filter(|v| !v.is_empty()))>
                    <option value="">"Alle producten"</option>
                    {publiek.catalogus.producten().into_iter().map(|p| view! { <option value=p.code.clone()>{p.naam.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-sorteer">"Volgorde"</label>
                <select id="w-sorteer" class="utrecht-select" on:change=move |ev| langste_eerst.set(event_target_value(&ev) == "langste")>
                    <option value="kortste">"Kortste wachttijd eerst"</option>
                    <option value="langste">"Langste wachttijd eerst"</option>
                </select>
            </div>
        </div>
        {move || match gelezen.get() {
            None => view! { <p class="utrecht-paragraph" role="status">"De wachttijden worden geladen…"</p> }.into_any(),
            // A region without the file has published no waiting times (yet).
            Some(Err(fout)) if fout.contains("status 404") => view! {
                <p class="utrecht-paragraph" role="status">"Deze regio publiceert nog geen wachttijden op deze website. Vraag het CJG of het toegangsteam naar de wachttijd die nu geldt."</p>
            }.into_any(),
            Some(Err(fout)) => view! {
                <p class="utrecht-paragraph" role="alert">{format!("De wachttijden konden niet worden geladen: {fout}. Vraag het CJG of het toegangsteam naar de wachttijd.")}</p>
            }.into_any(),
            Some(Ok((peil, plekken))) => {
                let f = Wachtfilter { gemeente: gemeente.get(), segment: segment.get(), product: product.get() };
                let mut rijen: Vec<Wachtplek> = filter_wachttijden(&plekken, &f, &p.catalogus).into_iter().cloned().collect();
                sorteer_wachttijden(&mut rijen, !langste_eerst.get());
                let boven = rijen.iter().filter(|r| r.boven_norm()).count();
                let p = p.clone();
                view! {
                    <p class="utrecht-paragraph">{format!("Laatst bijgewerkt: {}.", peil.map_or_else(|| "onbekend".to_string(), |d| d.nl()))}</p>
                    <p class="utrecht-paragraph" role="status">{match rijen.len() {
                        0 => "Geen wachttijden gevonden voor deze keuze.".to_string(),
                        n => format!("{n} wachttijden gevonden; bij {boven} is de wachttijd langer dan de treeknorm."),
                    }}</p>
                    <div class="tabelrol" tabindex="0" role="region" aria-label="Wachttijden per aanbieder">
                        <table class="utrecht-table wachtwijzer">
                            <caption class="utrecht-table__caption">"Wachttijd per aanbieder en product"</caption>
                            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">"Aanbieder"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Hulp"</th>
                                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Wachttijd"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Treeknorm"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Voor"</th>
                            </tr></thead>
                            <tbody class="utrecht-table__body">
                                {rijen.into_iter().map(|r| {
                                    let hulp = hulpnaam(&r, &p);
                                    let voor = r.gemeente.as_deref().map_or_else(|| "de hele regio".to_string(), |g| p.regio.gemeentenaam(g).to_string());
                                    let oordeel = if r.boven_norm() {
                                        format!("Langer dan de treeknorm van {} weken", formaat::kort(r.norm))
                                    } else {
                                        "Binnen de treeknorm".to_string()
                                    };
                                    view! {
                                        <tr class="utrecht-table__row">
                                            <th class="utrecht-table__header-cell" scope="row">{r.aanbieder.clone()}</th>
                                            <td class="utrecht-table__cell">{hulp}</td>
                                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{format!("{} weken", formaat::kort(r.weken))}</td>
                                            <td class="utrecht-table__cell">{oordeel}</td>
                                            <td class="utrecht-table__cell">{voor}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }
        }}
        <h2 class="utrecht-heading-2">"Wat is de treeknorm?"</h2>
        <p class="utrecht-paragraph">
            {format!(
                "De treeknorm is de langste wachttijd die we nog redelijk vinden: {} weken. Moet je langer wachten? Vraag dan het CJG of het toegangsteam of er een andere aanbieder is met een kortere wachttijd.",
                formaat::kort(publiek.regio.treeknorm.standaard_weken)
            )}
        </p>
    }
}

/// The product's name, or for a category row the category with its products.
fn hulpnaam(r: &Wachtplek, p: &Publiek) -> String {
    match (&r.productcode, r.productcategorie) {
        (Some(code), _) => p
            .catalogus
            .product(code)
            .map_or_else(|| code.clone(), |x| x.naam.clone()),
        (None, Some(cat)) => {
            let namen: Vec<String> = p
                .catalogus
                .producten()
                .into_iter()
                .filter(|x| x.productcategorie == cat)
                .map(|x| x.naam.clone())
                .collect();
            if namen.is_empty() {
                format!("Productcategorie {cat}")
            } else {
                namen.join(", ")
            }
        }
        (None, None) => "Onbekend product".into(),
    }
}
