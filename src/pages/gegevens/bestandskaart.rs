//! The report for one file: what it is, what was accepted, what was
//! rejected and why, and the privacy guard's verdict.

use jeugdmonitor_core::ingest::afgewezen_csv;
use leptos::prelude::*;

use super::koppeling::Koppelformulier;
use super::lees_opnieuw;
use crate::formaat;
use crate::gegevens::{download, Gegevens, GeladenBestand};

/// How many rejections the table shows; the download has all of them.
const ZICHTBARE_AFWIJZINGEN: usize = 200;

#[component]
pub fn Bestandskaart(bestand: GeladenBestand) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let r = bestand.resultaat.clone();
    let id = bestand.id;
    let kop_id = format!("bestand-{id}");
    let verwijder = move |_| opslag.verwijder(id);

    let inhoud = if !r.privacy_in_orde() {
        privacyblok(&bestand).into_any()
    } else if r.soort.is_none() {
        match (r.vermoedelijke_soort, r.ontbrekend.is_empty()) {
            (Some(soort), false) => view! {
                <Koppelformulier bestand=bestand.clone() soort=soort/>
            }
            .into_any(),
            _ => view! {
                <div class="utrecht-alert utrecht-alert--warning bestandskaart__melding">
                    <p class="utrecht-paragraph">{r.melding.as_deref().map_or_else(|| "Dit bestand is niet herkend.".into(), als_zin)}</p>
                </div>
            }
            .into_any(),
        }
    } else {
        // A file that was read can still have a message about the whole
        // file (a header without rows, a quote never closed).
        let melding = r.melding.as_deref().map(|melding| {
            view! {
                <div class="utrecht-alert utrecht-alert--warning bestandskaart__melding">
                    <p class="utrecht-paragraph">{als_zin(melding)}</p>
                </div>
            }
        });
        view! {
            {melding}
            {kenmerken(&bestand)}
            {afwijzingen(&bestand)}
        }
        .into_any()
    };

    view! {
        <section class="bestandskaart" aria-labelledby=kop_id.clone()>
            <h2 id=kop_id.clone() class="utrecht-heading-2 bestandskaart__kop">{r.bestandsnaam.clone()}</h2>
            {inhoud}
            <button type="button" class="utrecht-button utrecht-button--subtle" on:click=verwijder>
                {format!("Verwijder {}", r.bestandsnaam)}
            </button>
        </section>
    }
}

/// The core's message (written to follow "file: ", as the CLI prints it)
/// as a sentence of its own: with a capital.
fn als_zin(melding: &str) -> String {
    let mut tekens = melding.chars();
    match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => String::new(),
    }
}

/// The privacy guard stopped this file: say which columns and why, and offer
/// to drop them. Nothing else of the file is shown.
fn privacyblok(bestand: &GeladenBestand) -> impl IntoView {
    let r = bestand.resultaat.clone();
    let kolommen: Vec<String> = r.privacy.iter().map(|b| b.kolom.clone()).collect();
    let bestand = bestand.clone();
    let laat_weg = move |_| {
        let mut weg = bestand.weggelaten.clone();
        weg.extend(kolommen.iter().cloned());
        lees_opnieuw(
            bestand.bron.clone(),
            bestand.resultaat.bestandsnaam.clone(),
            weg,
            Some(bestand.id),
        );
    };
    view! {
        <div class="utrecht-alert utrecht-alert--error" role="alert">
            <p class="utrecht-paragraph">
                <strong>"Dit bestand is niet gebruikt: het bevat persoonsgegevens. "</strong>
                "De app werkt alleen met geanonimiseerde gegevens. Deze kolommen moeten eerst weg:"
            </p>
            <ul class="utrecht-unordered-list">
                {r.privacy.iter().map(|b| view! {
                    <li class="utrecht-unordered-list__item"><strong>{b.kolom.clone()}</strong>": "{b.reden.clone()}</li>
                }).collect_view()}
            </ul>
            <p class="utrecht-paragraph">
                "Je kunt deze kolommen hier weglaten. Het bestand wordt dan opnieuw gelezen zonder die kolommen; "
                "je eigen bestand verandert niet."
            </p>
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=laat_weg>
                "Laat deze kolommen weg en lees opnieuw"
            </button>
        </div>
    }
}

fn kenmerken(bestand: &GeladenBestand) -> impl IntoView {
    let r = &bestand.resultaat;
    let soort = r.soort.map(|s| s.naam()).unwrap_or("onbekend");
    let scheidingsteken = match r.scheidingsteken {
        '\t' => "tab".to_string(),
        c => format!("“{c}”"),
    };
    let periode = r
        .periode
        .map(|(van, tot)| format!("{} t/m {}", van.nl(), tot.nl()))
        .unwrap_or_else(|| "–".into());
    let genegeerd = if r.genegeerde_kolommen.is_empty() {
        "geen".to_string()
    } else {
        r.genegeerde_kolommen.join(", ")
    };
    let weggelaten = (!r.weggelaten.is_empty()).then(|| r.weggelaten.join(", "));
    view! {
        <dl class="kenmerken">
            <div><dt>"Soort"</dt><dd>{soort}</dd></div>
            <div><dt>"Regels gelezen"</dt><dd>{formaat::geheel(r.regels_gelezen)}</dd></div>
            <div><dt>"Geaccepteerd"</dt><dd>{formaat::geheel(r.geaccepteerd)}</dd></div>
            <div><dt>"Afgewezen"</dt><dd>{formaat::geheel(r.afgewezen.len() as u64)}</dd></div>
            <div><dt>"Periode"</dt><dd>{periode}</dd></div>
            <div><dt>"Tekenset en scheidingsteken"</dt><dd>{format!("{}, {}", r.codering.naam(), scheidingsteken)}</dd></div>
            <div><dt>"Genegeerde kolommen"</dt><dd>{genegeerd}</dd></div>
            {weggelaten.map(|w| view! { <div><dt>"Weggelaten kolommen"</dt><dd>{w}</dd></div> })}
        </dl>
    }
}

fn afwijzingen(bestand: &GeladenBestand) -> impl IntoView {
    let r = bestand.resultaat.clone();
    if r.afgewezen.is_empty() {
        return view! { <p class="utrecht-paragraph">"Alle regels zijn goedgekeurd."</p> }.into_any();
    }
    let totaal = r.afgewezen.len();
    let rest = totaal.saturating_sub(ZICHTBARE_AFWIJZINGEN);
    let voor_download = r.clone();
    let download = move |_| {
        let naam = format!("afgewezen-{}", voor_download.bestandsnaam);
        let _ = download::bied_aan(&naam, &afgewezen_csv(&voor_download), "text/csv;charset=utf-8");
    };
    view! {
        <div class="utrecht-table-container tabelrol" tabindex="0" role="region"
            aria-label=format!("Afgewezen regels van {}", r.bestandsnaam)>
            <table class="utrecht-table">
                <caption class="utrecht-table__caption">
                    {if rest > 0 {
                        format!("Afgewezen regels: de eerste {ZICHTBARE_AFWIJZINGEN} van {}", formaat::geheel(totaal as u64))
                    } else {
                        format!("Afgewezen regels ({totaal})")
                    }}
                </caption>
                <thead class="utrecht-table__header">
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Regel"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Kolom"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Waarde"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Reden"</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">
                    {r.afgewezen.iter().take(ZICHTBARE_AFWIJZINGEN).map(|a| view! {
                        <tr class="utrecht-table__row">
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{a.probleem.regel}</td>
                            <td class="utrecht-table__cell">{a.probleem.kolom.clone()}</td>
                            <td class="utrecht-table__cell">{a.probleem.waarde.clone()}</td>
                            <td class="utrecht-table__cell">{a.probleem.reden.clone()}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(rest > 0).then(|| view! {
            <p class="utrecht-paragraph">{format!("En nog {} afgewezen regels: die staan in de download.", formaat::geheel(rest as u64))}</p>
        })}
        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=download>
            "Download afgewezen regels"
        </button>
    }
    .into_any()
}
