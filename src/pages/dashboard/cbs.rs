//! Comparison with CBS: the user loads a StatLine export as downloaded (or
//! the bundled 2022 example) and sees the region and its municipalities
//! next to CBS's figures for the same year, with the sources, the
//! differences in definition, and a CSV export. Our figures are counted
//! by `jeugdmonitor_core::cbs` and suppressed like the rest of the dashboard.

use std::collections::BTreeMap;
use std::sync::Arc;

use jeugdmonitor_core::cbs::{
    eigen_cijfers_met_pauzes, eigen_waarden, lees_statline, vergelijk, vergelijking_csv, CbsCel, EigenCijfers,
    EigenWaarde, Gebied, Gebiedsoort, Maat, Vergelijking, Verwijsgroep,
};
use jeugdmonitor_core::weergave::Weergave;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::formaat;
use crate::gegevens::{download, CbsBestand, Gegevens};
use crate::inhoud::RegioBron;

/// The bundled example: the two real StatLine exports of 2022 (CC BY 4.0).
const VOORBEELD: [&str; 2] = [
    "85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv",
    "jeugdzorg_per_gemeente_2022.csv",
];

/// Our figures for a year: region and per municipality code.
type Eigen = Arc<(EigenCijfers, BTreeMap<String, EigenCijfers>)>;

#[component]
pub fn CbsVergelijking(keuze: Memo<Weergave>) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let meldingen = RwSignal::new(Vec::<String>::new());
    let jaren = move || {
        let mut j: Vec<i32> = opslag.cbs.with(|b| b.iter().flat_map(|b| b.tabel.jaren()).collect());
        j.sort_unstable_by(|a, b| b.cmp(a));
        j.dedup();
        j
    };
    let gekozen_jaar = RwSignal::new(None::<i32>);
    let jaar = Memo::new(move |_| {
        let j = jaren();
        gekozen_jaar
            .get()
            .filter(|g| j.contains(g))
            .or_else(|| j.first().copied())
    });
    // (code, name) of the region's municipalities; without region content,
    // every municipality in the data, by code.
    let gemeenten = Memo::new(move |_| match regio.0.get().and_then(Result::ok) {
        Some(r) if !r.gemeenten.is_empty() => r
            .gemeenten
            .iter()
            .map(|g| (g.code.clone(), g.naam.clone()))
            .collect::<Vec<_>>(),
        _ => opslag
            .samenvoeging
            .with(|s| s.index.gemeenten().iter().map(|g| (g.clone(), g.clone())).collect()),
    });
    let regionaam = move || {
        regio
            .0
            .get()
            .and_then(Result::ok)
            .map_or_else(|| "Regio".to_string(), |r| r.regio.naam.clone())
    };
    let eigen = eigen_op_de_achtergrond(jaar, gemeenten);
    let vergelijking = Memo::new(move |_| {
        let jaar = jaar.get()?;
        let tabellen: Vec<_> = opslag.cbs.with(|b| b.iter().map(|b| (*b.tabel).clone()).collect());
        let eigen = eigen.get().filter(|(j, _)| *j == jaar).map(|(_, e)| e);
        Some(Arc::new(vergelijk(
            &tabellen,
            jaar,
            &regionaam(),
            &gemeenten.get(),
            eigen.as_deref(),
        )))
    });
    // Only the threshold matters here: other view changes leave the comparison (and the chosen area) alone.
    let k = Memo::new(move |_| keuze.get().k);
    let gekozen = move |ev: leptos::ev::Event| {
        let Some(invoer) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(lijst) = invoer.files() {
            for i in 0..lijst.length() {
                if let Some(bestand) = lijst.item(i) {
                    leptos::task::spawn_local(lees_bestand(bestand, opslag, meldingen));
                }
            }
        }
        invoer.set_value("");
    };
    let laad_voorbeeld = move |_| {
        for naam in VOORBEELD {
            leptos::task::spawn_local(lees_voorbeeld(naam, opslag, meldingen));
        }
    };
    let exporteer = move |_| {
        if let Some(v) = vergelijking.get_untracked() {
            let naam = format!("vergelijking-cbs-{}.csv", v.jaar);
            let _ = download::bied_aan(
                &naam,
                &vergelijking_csv(&v, keuze.get_untracked().k),
                "text/csv;charset=utf-8",
            );
        }
    };
    view! {
        <section aria-labelledby="cbs-kop" class="cbs">
            <h2 id="cbs-kop" class="utrecht-heading-2">"Vergelijking met het CBS"</h2>
            <p class="utrecht-paragraph">
                "Zet de cijfers van de regio naast de cijfers die het CBS publiceert. Download op CBS StatLine een tabel "
                "over jeugdzorg per gemeente als CSV en laad het bestand hier zoals het is. De vergelijking gaat over een "
                "heel kalenderjaar: het jaar van de CBS-tabel, los van de periode en de filters hierboven."
            </p>
            <div class="knoppenrij">
                <label class="utrecht-form-label" for="cbs-bestand">"Kies een StatLine-bestand (CSV)"</label>
                <input id="cbs-bestand" type="file" multiple accept=".csv,text/csv" on:change=gekozen/>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=laad_voorbeeld>
                    "Laad het CBS-voorbeeld (2022)"
                </button>
            </div>
            <crate::layout::Meldingenlijst meldingen=meldingen/>
            <Bestanden/>
            {move || {
                let j = jaren();
                (j.len() > 1).then(|| view! {
                    <div class="keuzepaneel__groep">
                        <label class="utrecht-form-label" for="cbs-jaar">"Jaar"</label>
                        <select id="cbs-jaar" class="utrecht-select"
                            on:change=move |ev| gekozen_jaar.set(event_target_value(&ev).parse().ok())
                            prop:value=move || jaar.get().map(|j| j.to_string()).unwrap_or_default()>
                            {j.into_iter().map(|j| view! { <option value=j.to_string()>{j}</option> }).collect_view()}
                        </select>
                    </div>
                })
            }}
            {move || vergelijking.get().map(|v| {
                let heeft_jaar = opslag.samenvoeging.with(|s| s.index.jaren().contains(&v.jaar));
                view! {
                    {(!heeft_jaar).then(|| view! {
                        <p class="utrecht-paragraph" role="note">
                            {format!("Uw gegevens hebben geen trajecten in {}: alleen de CBS-cijfers staan hieronder.", v.jaar)}
                        </p>
                    })}
                    <Overzicht v=v.clone() k=k.get()/>
                    <Verwijzers v=v.clone() k=k.get()/>
                    <Toelichting v=v.clone()/>
                    <div class="knoppenrij">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=exporteer>
                            "Exporteer vergelijking (CSV)"
                        </button>
                    </div>
                }
            })}
        </section>
    }
}

/// Recomputes our figures whenever the year, the region or the data
/// change, in steps with pauses; a newer round stops an older one.
fn eigen_op_de_achtergrond(
    jaar: Memo<Option<i32>>,
    gemeenten: Memo<Vec<(String, String)>>,
) -> RwSignal<Option<(i32, Eigen)>> {
    let opslag = expect_context::<Gegevens>();
    let eigen = RwSignal::new(None);
    let ronde = StoredValue::new(0u64);
    Effect::new(move |_| {
        let Some(jaar) = jaar.get() else { return };
        let codes: Vec<String> = gemeenten.get().into_iter().map(|(c, _)| c).collect();
        let samen = opslag.samenvoeging.get();
        ronde.update_value(|r| *r += 1);
        let deze = ronde.get_value();
        leptos::task::spawn_local(async move {
            let nog_actueel = move || ronde.try_get_value() == Some(deze);
            let mut pauze = crate::gegevens::lezen::Tijdpauze::nieuw(nog_actueel);
            if let Ok(cijfers) = eigen_cijfers_met_pauzes(&samen.index, &samen.dataset, jaar, &codes, &mut pauze).await
            {
                if nog_actueel() {
                    eigen.try_set(Some((jaar, Arc::new(cijfers))));
                }
            }
        });
    });
    eigen
}

async fn lees_bestand(bestand: web_sys::File, opslag: Gegevens, meldingen: RwSignal<Vec<String>>) {
    let naam = bestand.name();
    let bytes = match JsFuture::from(bestand.array_buffer()).await {
        Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
        Err(_) => {
            meldingen.update(|m| m.push(format!("{naam} kon niet worden gelezen.")));
            return;
        }
    };
    voeg_toe(&naam, &bytes, opslag, meldingen);
}

async fn lees_voorbeeld(naam: &'static str, opslag: Gegevens, meldingen: RwSignal<Vec<String>>) {
    match crate::browser::haal_bytes(&format!("/demo/cbs/{naam}")).await {
        Ok(bytes) => voeg_toe(naam, &bytes.to_vec(), opslag, meldingen),
        Err(fout) => meldingen.update(|m| m.push(formaat::zin(&fout))),
    }
}

/// Reads a table and keeps it (a file with the same name is replaced), or
/// says in Dutch why it is refused.
fn voeg_toe(naam: &str, bytes: &[u8], opslag: Gegevens, meldingen: RwSignal<Vec<String>>) {
    meldingen.update(|m| m.retain(|t| !t.starts_with(naam)));
    match lees_statline(naam, bytes) {
        Ok((tabel, problemen)) => {
            let gelezen = format!("{naam}: {} regio's gelezen.", tabel.rijen.len());
            meldingen.update(|m| m.push(gelezen));
            opslag.cbs.update(|b| {
                b.retain(|x| x.tabel.bestand != naam);
                b.push(CbsBestand {
                    tabel: Arc::new(tabel),
                    problemen: Arc::new(problemen),
                });
            });
        }
        Err(p) => meldingen.update(|m| m.push(format!("{naam} is niet gebruikt: {}.", p.reden))),
    }
}

/// The loaded tables with their source and what could not be read.
#[component]
fn Bestanden() -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    view! {
        <ul class="utrecht-unordered-list cbs__bestanden">
            {move || opslag.cbs.get().into_iter().map(|b| {
                let naam = b.tabel.bestand.clone();
                let verwijder_naam = naam.clone();
                let verwijder = move |_| opslag.cbs.update(|l| l.retain(|x| x.tabel.bestand != verwijder_naam));
                let jaren = b.tabel.jaren().iter().map(|j| j.to_string()).collect::<Vec<_>>().join(", ");
                let maten = b.tabel.maten.len();
                view! {
                    <li class="utrecht-unordered-list__item">
                        {format!("{naam}: {} regio's, {maten} cijfers, jaar {jaren}. ", b.tabel.rijen.len())}
                        <button type="button" class="utrecht-button utrecht-button--subtle"
                            aria-label=format!("Verwijder {naam}") on:click=verwijder>"Verwijder"</button>
                        {(!b.problemen.is_empty()).then(|| view! {
                            <details>
                                <summary>{format!("{} cellen niet gelezen", b.problemen.len())}</summary>
                                <ul class="utrecht-unordered-list">
                                    {b.problemen.iter().take(50).map(|p| view! {
                                        <li class="utrecht-unordered-list__item">{p.to_string()}</li>
                                    }).collect_view()}
                                </ul>
                            </details>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// One table per figure (except the referrers): area, ours, CBS, difference.
#[component]
fn Overzicht(v: Arc<Vergelijking>, k: u8) -> impl IntoView {
    let maten: Vec<Maat> = v
        .maten
        .iter()
        .copied()
        .filter(|m| !matches!(m, Maat::Verwijzing(_)))
        .collect();
    let getoond = eigen_waarden(&v, k);
    maten
        .into_iter()
        .map(|maat| {
            let rijen = v
                .gebieden
                .iter()
                .zip(&getoond)
                .map(|(g, waarden)| {
                    let eigen = g.eigen.as_ref().and(waarden.get(&maat).copied());
                    let cbs = g.cbs.get(&maat).copied();
                    view! {
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="row">{g.naam.clone()}</th>
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{eigen_tekst(eigen, maat, k)}</td>
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{cbs_tekst(cbs, maat)}</td>
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{verschil(eigen, cbs, maat)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="tabelrol" tabindex="0" role="region" aria-label=format!("{} in {}", maat.titel(), v.jaar)>
                    <table class="utrecht-table">
                        <caption class="utrecht-table__caption">{format!("{} in {}", maat.titel(), v.jaar)}</caption>
                        <thead class="utrecht-table__header">
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="col">"Gebied"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Uw gegevens"</th>
                                <th class="utrecht-table__header-cell" scope="col">"CBS"</th>
                                <th class="utrecht-table__header-cell" scope="col">"Verschil"</th>
                            </tr>
                        </thead>
                        <tbody class="utrecht-table__body">{rijen}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view()
}

/// The referrer mix of one area (a choice), as shares of its trajectories.
#[component]
fn Verwijzers(v: Arc<Vergelijking>, k: u8) -> impl IntoView {
    if !v.maten.iter().any(|m| matches!(m, Maat::Verwijzing(_))) {
        return ().into_any();
    }
    let gebied = RwSignal::new(0usize);
    let keuzes: Vec<(usize, String)> = v
        .gebieden
        .iter()
        .enumerate()
        .filter(|(_, g)| g.eigen.is_some())
        .map(|(i, g)| (i, g.naam.clone()))
        .collect();
    if keuzes.is_empty() {
        return view! { <p class="utrecht-paragraph" role="status">"Uw eigen cijfers worden berekend…"</p> }.into_any();
    }
    let nederland = v.gebieden.iter().find(|g| g.soort == Gebiedsoort::Nederland).cloned();
    let getoond = eigen_waarden(&v, k);
    let v2 = v.clone();
    let tabel = move || {
        let i = gebied.get();
        let (Some(g), Some(waarden)) = (v2.gebieden.get(i).cloned(), getoond.get(i).cloned()) else {
            return ().into_any();
        };
        let rijen = Verwijsgroep::ALLE
            .iter()
            .map(|&groep| {
                let maat = Maat::Verwijzing(groep);
                let eigen = g.eigen.as_ref().and(waarden.get(&maat).copied());
                // A share only of a shown count (after secondary suppression).
                let eigen_aandeel = match (eigen, &g.eigen) {
                    (Some(EigenWaarde::Getal(n)), Some(e)) if e.trajecten > 0 => Some(procent(n * 100.0 / e.trajecten as f64)),
                    _ => None,
                };
                let cbs = g.cbs.get(&maat).copied();
                let cbs_aandeel = aandeel_cbs(&g, maat);
                let nl_aandeel = nederland.as_ref().and_then(|nl| aandeel_cbs(nl, maat));
                view! {
                    <tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="row">{groep.naam()}</th>
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{eigen_tekst(eigen, maat, k)}</td>
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{eigen_aandeel.unwrap_or_else(|| "–".into())}</td>
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{cbs_tekst(cbs, maat)}</td>
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{cbs_aandeel.map_or("–".into(), procent)}</td>
                        <td class="utrecht-table__cell utrecht-table__cell--numeric">{nl_aandeel.map_or("–".into(), procent)}</td>
                    </tr>
                }
            })
            .collect_view();
        let titel = format!("Verwijzers van de trajecten in {}: {}", v2.jaar, g.naam);
        let regiolabel = titel.clone();
        view! {
            <div class="tabelrol" tabindex="0" role="region" aria-label=regiolabel>
                <table class="utrecht-table">
                    <caption class="utrecht-table__caption">{titel}</caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="col">"Verwijzer"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Uw gegevens (aantal)"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Uw gegevens (%)"</th>
                            <th class="utrecht-table__header-cell" scope="col">"CBS (aantal)"</th>
                            <th class="utrecht-table__header-cell" scope="col">"CBS (%)"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Nederland, CBS (%)"</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rijen}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <h3 class="utrecht-heading-3">"Wie verwijst?"</h3>
        <div class="keuzepaneel__groep">
            <label class="utrecht-form-label" for="cbs-gebied">"Gebied"</label>
            <select id="cbs-gebied" class="utrecht-select"
                on:change=move |ev| gebied.set(event_target_value(&ev).parse().unwrap_or(0))>
                {keuzes.into_iter().map(|(i, naam)| view! { <option value=i.to_string()>{naam}</option> }).collect_view()}
            </select>
        </div>
        {tabel}
    }
    .into_any()
}

/// Sources, what the marks mean, and how the definitions differ.
#[component]
fn Toelichting(v: Arc<Vergelijking>) -> impl IntoView {
    view! {
        <h3 class="utrecht-heading-3">"Bron en verschillen in definitie"</h3>
        <ul class="utrecht-unordered-list">
            {v.bronnen.iter().map(|b| view! { <li class="utrecht-unordered-list__item">{format!("Bron: {b}. Licentie CC BY 4.0.")}</li> }).collect_view()}
            {(!v.niet_gevonden.is_empty()).then(|| view! {
                <li class="utrecht-unordered-list__item">
                    {format!("Niet in de CBS-tabel gevonden: {}.", v.niet_gevonden.join(", "))}
                </li>
            })}
            <li class="utrecht-unordered-list__item">
                "\"Berekend\" bij de regio: het CBS publiceert geen cijfers per jeugdregio. De app telt de aantallen van de gemeenten op en weegt de percentages naar het aantal jongeren in uw bevolkingsbestand. \"Geheim\": het CBS publiceert dit cijfer niet, omdat het over te weinig jongeren gaat. \"<k\" en \"–\" bij uw gegevens: verborgen omdat het over minder jongeren gaat dan de drempel van het dashboard."
            </li>
        </ul>
        <details class="tegel__uitleg cbs__uitleg">
            <summary>"Zo verschillen de definities"</summary>
            <dl>
                {v.maten.iter().filter(|m| !matches!(m, Maat::Verwijzing(g) if *g != Verwijsgroep::GemeentelijkeToegang)).map(|m| {
                    let titel = match m {
                        Maat::Verwijzing(_) => "Verwijzers".to_string(),
                        _ => m.titel(),
                    };
                    view! { <dt>{titel}</dt><dd>{m.uitleg()}</dd> }
                }).collect_view()}
            </dl>
        </details>
    }
}

fn procent(p: f64) -> String {
    format!("{} %", formaat::decimaal(p))
}

fn eigen_tekst(e: Option<EigenWaarde>, maat: Maat, k: u8) -> String {
    match e {
        None => "–".into(),
        Some(EigenWaarde::Getal(g)) if maat.is_percentage() => procent(g),
        Some(EigenWaarde::Getal(g)) => formaat::geheel(g as u64),
        Some(EigenWaarde::KleinAantal) => format!("<{k}"),
        Some(EigenWaarde::Verborgen) => "– (verborgen)".into(),
        Some(EigenWaarde::Geen) => "–".into(),
    }
}

fn cbs_tekst(c: Option<CbsCel>, maat: Maat) -> String {
    let getal = |g: f64| {
        if maat.is_percentage() {
            procent(g)
        } else {
            formaat::geheel(g.round() as u64)
        }
    };
    match c {
        None => "–".into(),
        Some(CbsCel::Gepubliceerd { getal: g, .. }) => getal(g),
        Some(CbsCel::Berekend(g)) => format!("{} (berekend)", getal(g)),
        Some(CbsCel::Geheim { .. }) => "geheim".into(),
        Some(CbsCel::Onvolledig) => "niet te berekenen".into(),
    }
}

/// Ours minus CBS, when both are shown.
fn verschil(e: Option<EigenWaarde>, c: Option<CbsCel>, maat: Maat) -> String {
    match (e, c.and_then(CbsCel::getal)) {
        (Some(EigenWaarde::Getal(eigen)), Some(cbs)) if maat.is_percentage() => {
            let d = eigen - cbs;
            format!("{}{} procentpunt", if d > 0.0 { "+" } else { "" }, formaat::decimaal(d))
        }
        (Some(EigenWaarde::Getal(eigen)), Some(cbs)) => {
            let d = (eigen - cbs).round();
            let teken = if d > 0.0 {
                "+"
            } else if d < 0.0 {
                "−"
            } else {
                ""
            };
            format!("{teken}{}", formaat::geheel(d.abs() as u64))
        }
        _ => "–".into(),
    }
}

/// CBS's share of trajectories of a referrer group in an area.
fn aandeel_cbs(g: &Gebied, maat: Maat) -> Option<f64> {
    let n = g.cbs.get(&maat).copied().and_then(CbsCel::getal)?;
    let totaal = g.cbs.get(&Maat::Trajecten).copied().and_then(CbsCel::getal)?;
    (totaal > 0.0).then(|| n * 100.0 / totaal)
}
