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
use crate::voorbeeld::label_als;

#[component]
pub fn Wachttijden() -> impl IntoView {
    view! {
        <Paginakop titel=crate::taal::taal().kies("Hoe lang moet ik wachten?", "How long do I have to wait?")/>
        <MetPubliek inhoud=|p| view! { <Wijzer publiek=p/> }/>
    }
}

/// The waiting times as read: peildatum and rows, or why they are missing.
type Gelezen = Result<(Option<jeugdmonitor_core::date::Datum>, Arc<Vec<Wachtplek>>), String>;

#[component]
fn Wijzer(publiek: Publiek) -> impl IntoView {
    let t = crate::taal::taal();
    let regio = publiek.regio.clone();
    let catalogus = publiek.catalogus.clone();
    let gelezen: LocalResource<Gelezen> = LocalResource::new(move || {
        let regio = regio.clone();
        let catalogus = catalogus.clone();
        async move {
            let bytes = crate::browser::haal_bytes(&format!("/{WACHTTIJDEN_BESTAND}"))
                .await?
                .to_vec();
            // With the catalogue a row with only a product code gets its
            // category, and with it the category's treeknorm.
            let opties = Inleesopties {
                gemeenten: regio.gemeenten.clone(),
                catalogus: (*catalogus).clone(),
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
            {t.kies(
                "Hier zie je hoe lang je ongeveer moet wachten voordat de hulp begint, per aanbieder. Wachttijden veranderen vaak. Het CJG of het toegangsteam weet wat nu geldt en kan je helpen kiezen.",
                "Here you see about how long you have to wait before the help starts, per provider. Waiting times change often. The CJG or the access team knows what applies now and can help you choose.",
            )}
        </p>
        <div class="productfilters">
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-gemeente">{t.kies("Gemeente", "Municipality")}</label>
                <select id="w-gemeente" class="utrecht-select" on:change=move |ev| gemeente.set(Some(event_target_value(&ev)).filter(|v| !v.is_empty()))>
                    <option value="">{t.kies("Alle gemeenten", "All municipalities")}</option>
                    {publiek.regio.gemeenten.iter().map(|g| view! { <option value=g.code.clone()>{g.naam.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-segment">{t.kies("Soort hulp (segment)", "Kind of help (segment)")}</label>
                <select id="w-segment" class="utrecht-select" on:change=move |ev| segment.set(event_target_value(&ev).parse().ok())>
                    <option value="">{t.kies("Alle segmenten", "All segments")}</option>
                    {publiek.portaal.segmenten.iter().map(|s| view! { <option value=s.nummer.to_string()>{format!("{}. {}", s.nummer, s.naam)}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-product">{t.kies("Product", "Product")}</label>
                <select id="w-product" class="utrecht-select" prop:value=move || product.get().unwrap_or_default()
                    on:change=move |ev| product.set(Some(event_target_value(&ev)).filter(|v| !v.is_empty()))>
                    <option value="">{t.kies("Alle producten", "All products")}</option>
                    {publiek.catalogus.producten().into_iter().map(|p| view! { <option value=p.code.clone()>{p.naam.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="w-sorteer">{t.kies("Volgorde", "Order")}</label>
                <select id="w-sorteer" class="utrecht-select" on:change=move |ev| langste_eerst.set(event_target_value(&ev) == "langste")>
                    <option value="kortste">{t.kies("Kortste wachttijd eerst", "Shortest wait first")}</option>
                    <option value="langste">{t.kies("Langste wachttijd eerst", "Longest wait first")}</option>
                </select>
            </div>
        </div>
        {move || match gelezen.get() {
            None => view! { <p class="utrecht-paragraph" role="status">{t.kies("De wachttijden worden geladen…", "Loading the waiting times…")}</p> }.into_any(),
            // A region without the file has published no waiting times (yet).
            Some(Err(fout)) if fout.contains("status 404") => view! {
                <p class="utrecht-paragraph" role="status">{t.kies("Deze regio publiceert nog geen wachttijden op deze website. Vraag het CJG of het toegangsteam naar de wachttijd die nu geldt.", "This region does not publish waiting times on this website yet. Ask the CJG or the access team about the current waiting time.")}</p>
            }.into_any(),
            Some(Err(fout)) => view! {
                <p class="utrecht-paragraph" role="alert">{t.kies(format!("De wachttijden konden niet worden geladen: {fout}. Vraag het CJG of het toegangsteam naar de wachttijd."), format!("The waiting times could not be loaded: {fout}. Ask the CJG or the access team about the waiting time."))}</p>
            }.into_any(),
            Some(Ok((peil, plekken))) => {
                let f = Wachtfilter { gemeente: gemeente.get(), segment: segment.get(), product: product.get() };
                let mut rijen: Vec<Wachtplek> = filter_wachttijden(&plekken, &f, &p.catalogus).into_iter().cloned().collect();
                sorteer_wachttijden(&mut rijen, !langste_eerst.get());
                let boven = rijen.iter().filter(|r| r.boven_norm()).count();
                let p = p.clone();
                view! {
                    <p class="utrecht-paragraph">{format!("{} {}.", t.kies("Laatst bijgewerkt:", "Last updated:"), peil.map_or_else(|| t.kies("onbekend", "unknown").to_string(), |d| d.nl()))}</p>
                    <p class="utrecht-paragraph" role="status">{match rijen.len() {
                        0 => t.kies("Geen wachttijden gevonden voor deze keuze.", "No waiting times found for this choice.").to_string(),
                        n => t.kies(
                            format!("{n} wachttijden gevonden; bij {boven} is de wachttijd langer dan de treeknorm."),
                            format!("{n} waiting times found; {boven} are longer than the treeknorm (the longest acceptable wait)."),
                        ),
                    }}</p>
                    <div class="tabelrol" tabindex="0" role="region" aria-label=t.kies("Wachttijden per aanbieder", "Waiting times per provider")>
                        <table class="utrecht-table wachtwijzer">
                            <caption class="utrecht-table__caption">{t.kies("Wachttijd per aanbieder en product", "Waiting time per provider and product")}</caption>
                            <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">{t.kies("Aanbieder", "Provider")}</th>
                                <th class="utrecht-table__header-cell" scope="col">{t.kies("Hulp", "Help")}</th>
                                <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{t.kies("Wachttijd", "Waiting time")}</th>
                                <th class="utrecht-table__header-cell" scope="col">{t.kies("Treeknorm", "Treeknorm (norm)")}</th>
                                <th class="utrecht-table__header-cell" scope="col">{t.kies("Voor", "For")}</th>
                            </tr></thead>
                            <tbody class="utrecht-table__body">
                                {rijen.into_iter().map(|r| {
                                    let hulp = hulpnaam(&r, &p);
                                    let voor = r.gemeente.as_deref().map_or_else(|| t.kies("de hele regio", "the whole region").to_string(), |g| p.regio.gemeentenaam(g).to_string());
                                    let oordeel = if r.boven_norm() {
                                        t.kies(format!("Langer dan de treeknorm van {} weken", formaat::kort(r.norm)), format!("Longer than the norm of {} weeks", formaat::kort(r.norm)))
                                    } else {
                                        t.kies("Binnen de treeknorm", "Within the norm").to_string()
                                    };
                                    view! {
                                        <tr class="utrecht-table__row">
                                            <th class="utrecht-table__header-cell" scope="row">{r.aanbieder.clone()}{label_als(p.portaal.aanbieder_is_voorbeeld(&r.aanbieder))}</th>
                                            <td class="utrecht-table__cell">{hulp}</td>
                                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{format!("{} {}", formaat::kort(r.weken), t.kies("weken", "weeks"))}</td>
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
        <h2 class="utrecht-heading-2">{t.kies("Wat is de treeknorm?", "What is the treeknorm?")}</h2>
        <p class="utrecht-paragraph">
            {t.kies(
                format!(
                    "De treeknorm is de langste wachttijd die we nog redelijk vinden: {} weken. Moet je langer wachten? Vraag dan het CJG of het toegangsteam of er een andere aanbieder is met een kortere wachttijd.",
                    formaat::kort(publiek.regio.treeknorm.standaard_weken)
                ),
                format!(
                    "The treeknorm is the longest wait we still find reasonable: {} weeks. Do you have to wait longer? Then ask the CJG or the access team whether another provider has a shorter wait.",
                    formaat::kort(publiek.regio.treeknorm.standaard_weken)
                ),
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
