//! Doelen: the region's SMART goals measured against the loaded data, grouped
//! under the four strategic goals, each with a status badge (text, icon and
//! colour), progress, the value over time and a detail view with the numbers
//! behind it, its source and its measures. Evaluation is
//! `jeugdmonitor_core::doelen::evalueer` (in steps, so a national data set
//! never freezes the page); this page only shows it.

mod beheer;
mod doelkaart;
mod formulier;
mod grafiek;
mod maatregelen;
mod overzicht;

use std::sync::Arc;

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::doelen::{
    databereik, doelen_csv, evalueer_alle_met_pauzes, Basislijn, Doel, Doelenset, Doelwaarde, Evaluatie, Meter,
    Richting, Status,
};
use jeugdmonitor_core::kpi::KpiOpties;
use jeugdmonitor_core::suppression::Onderdrukking;
use jeugdmonitor_core::weergave::STANDAARD_K;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::gegevens::Gegevens;
use crate::inhoud::{DoelenBron, RegioBron};
use crate::layout::Paginakop;
use beheer::Doelenbeheer;
use formulier::Doelformulier;

#[component]
pub fn Doelen() -> impl IntoView {
    crate::inhoud::gebruik_nederlands();
    let bron = expect_context::<DoelenBron>();
    view! {
        <Paginakop titel="Doelen"/>
        {move || match bron.0.get() {
            None => view! { <p class="utrecht-paragraph" role="status">"De doelen worden geladen…"</p> }.into_any(),
            Some(Err(fout)) => view! {
                <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{fout}</p></div>
            }.into_any(),
            Some(Ok(set)) => view! { <Doelenoverzicht regioset=set/> }.into_any(),
        }}
    }
}

/// Which goal form is open.
#[derive(Clone, PartialEq)]
enum Bewerking {
    Geen,
    /// A new goal (not yet in the set).
    Nieuw(Box<Doel>),
    /// The goal with this id.
    Wijzig(String),
}

#[component]
fn Doelenoverzicht(regioset: Arc<Doelenset>) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let beheer = Doelenbeheer::nieuw(regioset);
    let standaard = move || {
        opslag.samenvoeging.with(|s| {
            let jaar = s.index.jaren().first().copied().unwrap_or(2025);
            Datum::from_ymd(jaar, 12, 31)
        })
    };
    let gekozen = RwSignal::new(None::<Datum>);
    let peildatum = Memo::new(move |_| gekozen.get().or_else(standaard).unwrap_or(Datum::from_dagnummer(0)));
    let k = RwSignal::new(STANDAARD_K);
    let (evaluaties, bezig) = evalueer_op_de_achtergrond(beheer.set, peildatum, k);
    let heeft_data = move || opslag.samenvoeging.with(|s| !s.dataset.geladen.is_empty());
    let peildatum_gekozen = move |ev| gekozen.set(Datum::parse_iso(&event_target_value(&ev)));
    let bewerking = RwSignal::new(Bewerking::Geen);
    let bericht = RwSignal::new(None::<String>);
    let bereik = move || opslag.samenvoeging.with_untracked(|s| databereik(&s.dataset));

    let nieuw_doel = move |_| {
        let set = beheer.set.get_untracked();
        let vandaag = js_sys::Date::new_0();
        let jaar = vandaag.get_full_year() as i32;
        let doel = Doel {
            id: set.vrij_id("nieuw doel"),
            titel: String::new(),
            strategisch_doel: 1,
            metric: None,
            richting: Richting::Omhoog,
            basislijn: Basislijn {
                periode: (jaar - 1).to_string(),
                waarde: None,
            },
            doel: Doelwaarde::Verbetering,
            mijlpalen: Vec::new(),
            deadline: Datum::from_ymd(jaar + 2, 12, 31).unwrap_or(Datum::from_dagnummer(0)),
            bron: String::new(),
            toelichting: String::new(),
            handmatig: None,
        };
        bewerking.set(Bewerking::Nieuw(Box::new(doel)));
    };
    let bewaar = Callback::new(move |mut doel: Doel| {
        // A new goal (also a copy) gets its id from its title when it is saved.
        if matches!(bewerking.get_untracked(), Bewerking::Nieuw(_)) {
            doel.id = beheer.set.get_untracked().vrij_id(&doel.titel);
        }
        let titel = doel.titel.clone();
        beheer.wijzig(|set| match set.doelen.iter_mut().find(|d| d.id == doel.id) {
            Some(plek) => *plek = doel,
            None => set.doelen.push(doel),
        });
        bewerking.set(Bewerking::Geen);
        bericht.set(Some(if beheer.melding.get_untracked().is_some() {
            format!("Het doel \"{titel}\" is gewijzigd (zie de melding hierboven).")
        } else {
            format!("Het doel \"{titel}\" is bewaard in deze browser.")
        }));
    });
    let sluit = Callback::new(move |()| bewerking.set(Bewerking::Geen));
    let exporteer = move |_| {
        let uitkomst = beheer
            .exporteer()
            .and_then(|json| crate::gegevens::download::bied_aan("doelen.json", &json, "application/json"));
        bericht.set(Some(match uitkomst {
            Ok(()) => "De doelen en maatregelen staan in het bestand doelen.json.".to_string(),
            Err(fout) => format!("Exporteren lukte niet: {fout}."),
        }));
    };
    // The table of every goal as the cards show it, for a spreadsheet; the
    // core's writer keeps typed titles from running as formulas there.
    let exporteer_csv = move |_| {
        let uitkomst = match evaluaties.get_untracked() {
            Some(klaar) => crate::gegevens::download::bied_aan(
                "doelen-overzicht.csv",
                &doelen_csv(&klaar.0, &klaar.1),
                "text/csv;charset=utf-8",
            ),
            None => Err("de doelen worden nog berekend, probeer het zo opnieuw".to_string()),
        };
        bericht.set(Some(match uitkomst {
            Ok(()) => "Het overzicht van de doelen staat in het bestand doelen-overzicht.csv.".to_string(),
            Err(fout) => format!("Exporteren lukte niet: {fout}."),
        }));
    };
    let importeer = move |ev: leptos::ev::Event| {
        let Some(bestand) = bestand_uit(&ev) else { return };
        leptos::task::spawn_local(async move {
            let tekst = wasm_bindgen_futures::JsFuture::from(bestand.text()).await;
            let uitkomst = match tekst.ok().and_then(|t| t.as_string()) {
                Some(json) => beheer.importeer(&json),
                None => Err("het bestand kon niet worden gelezen".to_string()),
            };
            bericht.try_set(Some(match uitkomst {
                Ok(1) => "1 doel geïmporteerd.".to_string(),
                Ok(n) => format!("{n} doelen geïmporteerd."),
                Err(fout) => format!("Importeren lukte niet: {fout}"),
            }));
        });
    };
    let herstel = move |_| {
        if bevestig("Je eigen doelen in deze browser worden vervangen door de doelen van de regio. Doorgaan?") {
            beheer.herstel();
            bewerking.set(Bewerking::Geen);
            bericht.set(Some("Je ziet weer de doelen van de regio.".to_string()));
        }
    };
    // The council print shows every goal's details.
    let drukaf = move |_| crate::browser::druk_af_met_open("details.doel__detail");

    view! {
        <p class="utrecht-paragraph">
            "De doelen komen uit het regionale plan. De app meet ze met de gegevens die je zelf in deze browser laadt. "
            "Doelen die niet uit de bestanden te halen zijn, staan als 'handmatig'. Je kunt doelen wijzigen, toevoegen en "
            "delen als bestand; je eigen versie blijft alleen in deze browser."
        </p>
        <p class="utrecht-paragraph afdrukkop">{move || format!(
            "Doelen en maatregelen, peildatum {}. Afgedrukt op {}. {}",
            peildatum.get().nl(),
            crate::browser::vandaag_nl(),
            match k.get() {
                1 => "Kleine aantallen zijn zichtbaar (k = 1).".to_string(),
                k => format!("Aantallen onder {k} zijn verborgen."),
            }
        )}</p>
        <Show when=move || !heeft_data()>
            <div class="utrecht-alert utrecht-alert--info" role="note">
                <p class="utrecht-paragraph">
                    "Er zijn nog geen gegevens geladen, dus elk gemeten doel staat op 'geen gegevens'. "
                    <A href=crate::site::pad("/gegevens") attr:class="utrecht-link">"Laad gegevens of de demogegevens"</A>"."
                </p>
            </div>
        </Show>
        {move || beheer.melding.get().map(|m| view! {
            <div class="utrecht-alert utrecht-alert--warning" role="alert"><p class="utrecht-paragraph">{m}</p></div>
        })}
        <div class="keuzepaneel">
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="d-peildatum">"Peildatum"</label>
                <input id="d-peildatum" type="date" class="utrecht-textbox" on:change=peildatum_gekozen
                    prop:value=move || peildatum.get().iso()/>
            </div>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="d-k">"Kleine aantallen verbergen onder"</label>
                <select id="d-k" class="utrecht-select"
                    on:change=move |ev| k.set(event_target_value(&ev).parse().unwrap_or(STANDAARD_K))>
                    {(1..=20u8).map(|n| view! {
                        <option value=n.to_string() selected=n == STANDAARD_K>
                            {if n == 1 { "1 (niets verbergen)".to_string() } else { n.to_string() }}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        <div class="knoppenrij geen-print">
            <button type="button" class="utrecht-button utrecht-button--primary-action" on:click=nieuw_doel>"Nieuw doel"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=exporteer>"Exporteer doelen (JSON)"</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=exporteer_csv>"Exporteer overzicht (CSV)"</button>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="doelen-import">"Importeer doelen (JSON)"</label>
                <input id="doelen-import" class="laadzone__invoer" type="file" accept=".json,application/json" on:change=importeer/>
            </div>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=drukaf>"Afdrukken voor de raad"</button>
            <Show when=move || beheer.eigen.get()>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=herstel>
                    "Terug naar de doelen van de regio"
                </button>
            </Show>
        </div>
        <p class="utrecht-paragraph geen-print">{move || if beheer.eigen.get() {
            "Je werkt met je eigen doelen; ze zijn bewaard in deze browser."
        } else {
            "Je ziet de doelen van de regio. Wijzig je iets, dan bewaart deze browser je eigen versie."
        }}</p>
        <p class="utrecht-paragraph" role="status">
            {move || bericht.get()}
            {move || bezig.get().then_some(" De doelen worden gemeten…")}
        </p>
        // The open form depends only on which goal is being edited: a new
        // evaluation or a saved measure must not rebuild it (and lose what
        // was typed). It edits the goal as stored now.
        {move || match bewerking.get() {
            Bewerking::Nieuw(doel) => view! {
                <Doelformulier doel=*doel kop="Nieuw doel" bereik=bereik() opslaan=bewaar annuleren=sluit/>
            }.into_any(),
            Bewerking::Wijzig(id) => match beheer.set.get_untracked().doel(&id).cloned() {
                Some(doel) => view! {
                    <Doelformulier doel=doel kop="Doel wijzigen" bereik=bereik() opslaan=bewaar annuleren=sluit/>
                }.into_any(),
                None => ().into_any(),
            },
            Bewerking::Geen => ().into_any(),
        }}
        {move || {
            let Some(gemeten) = evaluaties.get() else {
                return ().into_any();
            };
            let (set, evaluaties) = (&gemeten.0, &gemeten.1);
            let regio = regio.0.get().and_then(Result::ok);
            let mut strategisch: Vec<(u32, String)> = regio
                .map(|r| r.strategische_doelen.iter().map(|s| (s.nummer, s.titel.clone())).collect())
                .unwrap_or_default();
            // Goals under a number the region does not have (an imported
            // set, or no region content) are still shown, so they can be
            // changed or removed.
            let mut overige: Vec<u32> = set
                .doelen
                .iter()
                .map(|d| d.strategisch_doel)
                .filter(|n| !strategisch.iter().any(|(m, _)| m == n))
                .collect();
            overige.sort_unstable();
            overige.dedup();
            strategisch.extend(overige.into_iter().map(|n| (n, "overige doelen".to_string())));
            let tabel = view! {
                <overzicht::Doelentabel set=set.clone() evaluaties=evaluaties.clone() strategisch=strategisch.clone()/>
            };
            let kaarten = strategisch.into_iter().map(|(nummer, titel)| {
                let in_groep: Vec<(usize, &Evaluatie)> = set.doelen.iter().zip(evaluaties.iter()).enumerate()
                    .filter(|(_, (d, _))| d.strategisch_doel == nummer)
                    .map(|(i, (_, e))| (i, e))
                    .collect();
                let samenvatting = samenvatting(in_groep.iter().map(|(_, e)| &e.status));
                let kop_id = format!("strategisch-{nummer}");
                let verwijzing = kop_id.clone();
                view! {
                    <section class="strategisch" aria-labelledby=verwijzing>
                        <h2 class="utrecht-heading-2" id=kop_id>{format!("Doel {nummer}: {titel}")}</h2>
                        <p class="utrecht-paragraph strategisch__samenvatting">{samenvatting}</p>
                        <ul class="doellijst">
                            {in_groep.into_iter().map(|(i, e)| {
                                let doel = set.doelen[i].clone();
                                let id = doel.id.clone();
                                let titel = doel.titel.clone();
                                let (id_w, id_d, id_v) = (id.clone(), id.clone(), id.clone());
                                let acties = doelkaart::Acties {
                                    wijzig: Callback::new(move |()| bewerking.set(Bewerking::Wijzig(id_w.clone()))),
                                    dupliceer: Callback::new(move |()| {
                                        let Some(mut kopie) = beheer.set.get_untracked().doel(&id_d).cloned() else { return };
                                        kopie.id = beheer.set.get_untracked().vrij_id(&format!("{} kopie", kopie.titel));
                                        kopie.titel = format!("{} (kopie)", kopie.titel);
                                        bewerking.set(Bewerking::Nieuw(Box::new(kopie)));
                                    }),
                                    verwijder: Callback::new(move |()| {
                                        if bevestig(&format!("Het doel \"{titel}\" verwijderen?")) {
                                            let weg = id_v.clone();
                                            beheer.wijzig(|set| {
                                                set.doelen.retain(|d| d.id != weg);
                                                for m in &mut set.maatregelen {
                                                    m.doelen.retain(|d| *d != weg);
                                                }
                                            });
                                            bericht.set(Some(format!("Het doel \"{titel}\" is verwijderd.")));
                                        }
                                    }),
                                };
                                view! {
                                    <doelkaart::Doelkaart doel=doel evaluatie=e.clone() set=set.clone() acties=acties/>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view();
            view! { {tabel} {kaarten} }.into_any()
        }}
        <maatregelen::Maatregelen beheer=beheer/>
    }
}

/// Asks the user to confirm (the browser's own dialog, reachable by keyboard
/// and read by screen readers).
fn bevestig(vraag: &str) -> bool {
    web_sys::window().is_some_and(|w| w.confirm_with_message(vraag).unwrap_or(false))
}

fn bestand_uit(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let invoer: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let bestand = invoer.files()?.get(0);
    // Choosing the same file again must fire a change again.
    invoer.set_value("");
    bestand
}

/// "3 van 4 gemeten doelen behaald of op koers; 2 handmatig; 1 zonder gegevens".
fn samenvatting<'a>(statussen: impl Iterator<Item = &'a Status>) -> String {
    let (mut gemeten, mut goed, mut handmatig, mut zonder) = (0, 0, 0, 0);
    for s in statussen {
        match s {
            Status::Behaald | Status::OpKoers => {
                gemeten += 1;
                goed += 1;
            }
            Status::Risico | Status::NietBehaald => gemeten += 1,
            Status::GeenGegevens(_) => zonder += 1,
            Status::Handmatig { .. } => handmatig += 1,
        }
    }
    let mut delen = vec![format!("{goed} van {gemeten} gemeten doelen behaald of op koers")];
    if handmatig > 0 {
        delen.push(format!("{handmatig} handmatig"));
    }
    if zonder > 0 {
        delen.push(format!("{zonder} zonder gegevens"));
    }
    delen.join("; ") + "."
}

/// The latest evaluations with the set they belong to; `None` until the
/// first is ready.
type Evaluaties = RwSignal<Option<Arc<(Arc<Doelenset>, Vec<Evaluatie>)>>>;

/// Evaluates every goal at the peildatum whenever the goals, the peildatum
/// or the data change, in steps with pauses (at national scale the goals
/// take dozens of KPI passes). Returns the latest evaluations and whether a
/// newer one is being computed.
fn evalueer_op_de_achtergrond(
    doelen: RwSignal<Arc<Doelenset>>,
    peildatum: Memo<Datum>,
    k: RwSignal<u8>,
) -> (Evaluaties, RwSignal<bool>) {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let evaluaties = RwSignal::new(None);
    let bezig = RwSignal::new(true);
    let ronde = StoredValue::new(0u64);
    Effect::new(move |_| {
        let p = peildatum.get();
        let set = doelen.get();
        let drempel = Onderdrukking::nieuw(u32::from(k.get())).unwrap_or_default();
        let inhoud = regio.0.get().and_then(Result::ok);
        let (feestdagen, treeknorm) = inhoud
            .map(|r| (r.feestdagen.clone(), r.treeknorm.clone()))
            .unwrap_or_default();
        let (data, index, catalogus) = opslag
            .samenvoeging
            .with(|s| (s.dataset.clone(), s.index.clone(), s.catalogus.clone()));
        ronde.update_value(|r| *r += 1);
        let deze_ronde = ronde.get_value();
        bezig.set(true);
        leptos::task::spawn_local(async move {
            let opties = KpiOpties {
                catalogus: (*catalogus).clone(),
                feestdagen,
                treeknorm,
            };
            let nog_actueel = move || ronde.try_get_value() == Some(deze_ronde);
            let mut meter = Meter::nieuw(&data, &index, &opties).met_onderdrukking(drempel);
            let mut pauze = crate::gegevens::lezen::Tijdpauze::nieuw(nog_actueel);
            let uitkomst = evalueer_alle_met_pauzes(&set.doelen, p, &mut meter, &mut pauze).await;
            if let (Ok(e), true) = (uitkomst, nog_actueel()) {
                evaluaties.try_set(Some(Arc::new((set, e))));
                bezig.try_set(false);
            }
        });
    });
    (evaluaties, bezig)
}
