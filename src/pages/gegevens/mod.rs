//! Gegevens: professionals load anonymised extracts; the page reports per
//! file what was accepted, what was rejected and why, and guards privacy.

mod bestandskaart;
mod koppeling;
mod voortgang;

use std::sync::Arc;

use jeugdmonitor_core::geheugen;
use jeugdmonitor_core::model::Bestandssoort;
use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::gegevens::lezen::{lees, Onderbroken};
use crate::gegevens::{inleesopties, Bron, Gegevens as Opslag, GeladenBestand};
use crate::inhoud::{CatalogusBron, RegioBron};
use crate::layout::Paginakop;

/// Page-level announcements for screen readers (an `aria-live` region).
#[derive(Clone, Copy)]
struct Melding(RwSignal<String>);

#[component]
pub fn Gegevens() -> impl IntoView {
    crate::inhoud::gebruik_nederlands();
    let opslag = expect_context::<Opslag>();
    let melding = Melding(RwSignal::new(String::new()));
    provide_context(melding);
    // A selection refused because it would not fit in memory (shown until
    // the next selection).
    let te_groot = RwSignal::new(None::<String>);
    let lees_lijst = move |lijst: &web_sys::FileList| lees_lijst(lijst, opslag, te_groot);

    let bestanden_gekozen = move |ev: leptos::ev::Event| {
        let Some(invoer) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(lijst) = invoer.files() {
            lees_lijst(&lijst);
        }
        // Clear, so choosing the same file again reads it again.
        invoer.set_value("");
    };
    let over_zone = |ev: leptos::ev::DragEvent| ev.prevent_default();
    let losgelaten = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(lijst) = ev.data_transfer().and_then(|d| d.files()) {
            lees_lijst(&lijst);
        }
    };
    let laad_demo = move |_| {
        te_groot.set(None);
        for soort in Bestandssoort::ALLE {
            let naam = format!("{}.csv", soort.naam());
            start_lezen(Bron::Site(format!("/demo/{naam}")), naam, Vec::new(), None);
        }
    };
    let wis = move |_| {
        te_groot.set(None);
        opslag.wis_alles();
        melding.0.set("Alle gegevens zijn gewist.".into());
    };
    let heeft_bestanden = move || !opslag.bestanden.with(Vec::is_empty);

    view! {
        <Paginakop titel="Gegevens laden"/>
        <p class="utrecht-paragraph">
            "Laad hier geanonimiseerde CSV-bestanden: trajecten, declaraties, wachttijden, begroting, bevolking, "
            "aanmeldingen of tevredenheid. De bestanden worden alleen in deze browser gelezen. Er gaat niets naar "
            "een server, en als je dit tabblad sluit, zijn de gegevens weg."
        </p>
        <div class="laadzone" on:dragover=over_zone on:drop=losgelaten>
            <label class="utrecht-form-label laadzone__label" for="bestanden">
                "Kies CSV-bestanden of sleep ze hierheen"
            </label>
            <input
                id="bestanden"
                class="laadzone__invoer"
                type="file"
                multiple
                accept=".csv,.txt,text/csv"
                on:change=bestanden_gekozen
            />
            <p class="utrecht-paragraph laadzone__hint">
                "Je kunt meerdere bestanden tegelijk kiezen. Het soort bestand wordt herkend aan de kolomnamen."
            </p>
        </div>
        <div class="knoppenrij">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=laad_demo>
                "Laad demogegevens"
            </button>
            <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                on:click=wis
                aria-disabled=move || (!heeft_bestanden()).to_string()
            >
                "Wis alle gegevens"
            </button>
        </div>
        <div role="alert">
            {move || te_groot.get().map(|tekst| view! {
                <div class="utrecht-alert utrecht-alert--error te-groot">
                    <p class="utrecht-paragraph">{tekst}</p>
                </div>
            })}
        </div>
        <p class="utrecht-paragraph visueel-verborgen" role="status" aria-live="polite">{move || melding.0.get()}</p>
        <voortgang::Ladingen/>
        <Samenvatting/>
        <For
            each=move || opslag.bestanden.get()
            key=|b| (b.id, Arc::as_ptr(&b.resultaat) as usize)
            children=|bestand| view! { <bestandskaart::Bestandskaart bestand=bestand/> }
        />
    }
}

/// Starts reading every file of a file list, or refuses the whole list
/// when it would not fit in the browser's memory next to what is loaded.
fn lees_lijst(lijst: &web_sys::FileList, opslag: Opslag, te_groot: RwSignal<Option<String>>) {
    let bestanden: Vec<web_sys::File> = (0..lijst.length()).filter_map(|i| lijst.item(i)).collect();
    let nieuw: u64 = bestanden.iter().map(|b| b.size() as u64).sum();
    // Stored files plus chosen ones still being read (the demo files are
    // small and not counted).
    let geladen: u64 = opslag.bestanden.with_untracked(|l| {
        l.iter()
            .map(|b| match &b.bron {
                Bron::Bestand(bestand) => bestand.size() as u64,
                Bron::Site(_) => 0,
            })
            .sum::<u64>()
    }) + opslag
        .gereserveerd
        .with_value(|r| r.iter().map(|(_, bytes)| bytes).sum::<u64>());
    if let Err(weigering) = geheugen::past(geladen, nieuw, geheugen::grens(apparaatgeheugen())) {
        te_groot.set(Some(weigering.melding(crate::formaat::bytes)));
        return;
    }
    te_groot.set(None);
    for bestand in bestanden {
        let naam = bestand.name();
        let id = opslag.nieuw_id();
        opslag
            .gereserveerd
            .update_value(|r| r.push((id, bestand.size() as u64)));
        start_lezen(Bron::Bestand(bestand), naam, Vec::new(), Some(id));
    }
}

/// The computer's memory in GiB as the browser tells it
/// (`navigator.deviceMemory`, Chromium only, rounded and capped at 8).
fn apparaatgeheugen() -> Option<f64> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("deviceMemory"))
        .ok()?
        .as_f64()
}

/// Reads a source in the background and stores its report. `id` is given
/// when an earlier read of the same file is replaced (after mapping columns
/// or dropping a column).
pub(crate) fn start_lezen(bron: Bron, naam: String, weggelaten: Vec<String>, id: Option<u32>) {
    let opslag = expect_context::<Opslag>();
    let melding = expect_context::<Melding>();
    let regio = expect_context::<RegioBron>().0.get_untracked().and_then(Result::ok);
    let catalogus = expect_context::<CatalogusBron>().0.get_untracked().and_then(Result::ok);
    let mut opties = inleesopties(regio.as_deref(), &weggelaten);
    if let Some(catalogus) = catalogus {
        opties.catalogus = (*catalogus).clone();
        opslag.catalogus.set_value(catalogus);
    }
    let id = id.unwrap_or_else(|| opslag.nieuw_id());
    leptos::task::spawn_local(async move {
        match lees(opslag, id, &bron, &naam, &opties).await {
            Ok(resultaat) => {
                melding.0.set(samenvatting_van(&resultaat));
                opslag.zet_bestand(GeladenBestand {
                    id,
                    bron,
                    resultaat: Arc::new(resultaat),
                    weggelaten,
                });
            }
            Err(Onderbroken::Geannuleerd) => melding.0.set(format!("Het laden van {naam} is geannuleerd.")),
            Err(Onderbroken::Fout(fout)) => melding.0.set(format!("{naam}: {fout}")),
        }
        // Stored or failed: from now on the file counts as loaded, or not at all.
        opslag.gereserveerd.update_value(|r| r.retain(|(i, _)| *i != id));
        // Let the browser paint the finished file before the join.
        crate::gegevens::lezen::volgende_beurt().await;
        opslag.herbouw_als_klaar().await;
    });
}

fn samenvatting_van(r: &jeugdmonitor_core::ingest::Bestandsresultaat) -> String {
    if !r.privacy_in_orde() {
        return format!(
            "{}: gestopt, het bestand bevat kolommen met persoonsgegevens.",
            r.bestandsnaam
        );
    }
    // The core's message is the one the CLI prints too (no CSV, header
    // without rows, a quote never closed, …).
    match (r.soort, r.melding.as_deref()) {
        (Some(soort), melding) => format!(
            "{} gelezen als {}: {} regels geaccepteerd, {} afgewezen.{}",
            r.bestandsnaam,
            soort.naam(),
            r.geaccepteerd,
            r.afgewezen.len(),
            melding.map(|m| format!(" Let op, {m}")).unwrap_or_default()
        ),
        (None, Some(melding)) => format!("{}: {melding}", r.bestandsnaam),
        (None, None) => format!("{}: niet herkend als extract.", r.bestandsnaam),
    }
}

/// What the joined data set holds, its warnings, and the way on.
#[component]
fn Samenvatting() -> impl IntoView {
    let opslag = expect_context::<Opslag>();
    move || {
        let samen = opslag.samenvoeging.get();
        let data = samen.dataset.clone();
        if data.geladen.is_empty() {
            return ().into_any();
        }
        let regels = [
            (Bestandssoort::Trajecten, data.trajecten.len()),
            (Bestandssoort::Declaraties, data.declaraties.len()),
            (Bestandssoort::Wachttijden, data.wachttijden.len()),
            (Bestandssoort::Begroting, data.begroting.len()),
            (Bestandssoort::Bevolking, data.bevolking.len()),
            (Bestandssoort::Aanmeldingen, data.aanmeldingen.len()),
            (Bestandssoort::Tevredenheid, data.tevredenheid.len()),
        ];
        view! {
            <section class="samenvatting" aria-labelledby="samenvatting-kop">
                <h2 id="samenvatting-kop" class="utrecht-heading-2">"Geladen gegevens"</h2>
                <table class="utrecht-table">
                    <caption class="utrecht-table__caption">"Aantal bruikbare regels per soort bestand"</caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="col">"Soort"</th>
                            <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Regels"</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                        {regels.into_iter().filter(|(s, _)| data.heeft(*s)).map(|(soort, aantal)| view! {
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="row">{soort.naam()}</th>
                                <td class="utrecht-table__cell utrecht-table__cell--numeric">{crate::formaat::geheel(aantal as u64)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="utrecht-paragraph werkgeheugen">
                    {format!("De app gebruikt nu ongeveer {} werkgeheugen.", crate::formaat::bytes(werkgeheugen()))}
                </p>
                <p class="utrecht-paragraph">
                    {format!("{} jeugdigen (pseudoniemen) in de trajecten. ", crate::formaat::geheel(data.clients.len() as u64))}
                    <A href=crate::site::pad("/dashboard") attr:class="utrecht-link">"Naar het dashboard"</A>
                </p>
                {(!samen.waarschuwingen.is_empty()).then(|| view! {
                    <div class="utrecht-alert utrecht-alert--warning" role="region" aria-label="Waarschuwingen over de gegevens">
                        <h3 class="utrecht-heading-3">"Let op"</h3>
                        <ul class="utrecht-unordered-list">
                            {samen.waarschuwingen.iter().map(|w| view! { <li class="utrecht-unordered-list__item">{w.clone()}</li> }).collect_view()}
                        </ul>
                    </div>
                })}
                {(!samen.afgewezen.is_empty()).then(|| view! {
                    <p class="utrecht-paragraph">
                        {format!("{} trajecten zijn afgewezen omdat een eerder bestand dezelfde toewijzing al had.", samen.afgewezen.len())}
                    </p>
                })}
            </section>
        }
        .into_any()
    }
}

pub(crate) use start_lezen as lees_opnieuw;

/// Bytes of WebAssembly memory the app holds (it only grows), so a user who
/// loads large extracts can see what the browser is carrying.
fn werkgeheugen() -> u64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map_or(0, |b| b.byte_length() as u64)
        })
        .unwrap_or(0)
}
