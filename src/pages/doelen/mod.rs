//! Doelen: the region's SMART goals measured against the loaded data, grouped
//! under the four strategic goals, each with a status badge (text, icon and
//! colour), progress, the value over time and a detail view with the numbers
//! behind it, its source and its measures. Evaluation is
//! `jeugdmonitor_core::doelen::evalueer` (in steps, so a national data set
//! never freezes the page); this page only shows it.

mod doelkaart;

use std::sync::Arc;

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::doelen::{evalueer_alle_met_pauzes, Doelenset, Evaluatie, Meter, Status};
use jeugdmonitor_core::kpi::KpiOpties;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::gegevens::Gegevens;
use crate::inhoud::{DoelenBron, RegioBron};
use crate::layout::Paginakop;

#[component]
pub fn Doelen() -> impl IntoView {
    let bron = expect_context::<DoelenBron>();
    view! {
        <Paginakop titel="Doelen"/>
        {move || match bron.0.get() {
            None => view! { <p class="utrecht-paragraph" role="status">"De doelen worden geladen…"</p> }.into_any(),
            Some(Err(fout)) => view! {
                <div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">{fout}</p></div>
            }.into_any(),
            Some(Ok(set)) => view! { <Doelenoverzicht set=set/> }.into_any(),
        }}
    }
}

#[component]
fn Doelenoverzicht(set: Arc<Doelenset>) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let standaard = move || {
        opslag.samenvoeging.with(|s| {
            let jaar = s.index.jaren().first().copied().unwrap_or(2025);
            Datum::from_ymd(jaar, 12, 31)
        })
    };
    let gekozen = RwSignal::new(None::<Datum>);
    let peildatum = Memo::new(move |_| gekozen.get().or_else(standaard).unwrap_or(Datum::from_dagnummer(0)));
    let (evaluaties, bezig) = evalueer_op_de_achtergrond(set.clone(), peildatum);
    let heeft_data = move || opslag.samenvoeging.with(|s| !s.dataset.geladen.is_empty());
    let peildatum_gekozen = move |ev| gekozen.set(Datum::parse_iso(&event_target_value(&ev)));

    view! {
        <p class="utrecht-paragraph">
            "De doelen komen uit het regionale plan. De app meet ze met de gegevens die je zelf in deze browser laadt. "
            "Doelen die niet uit de bestanden te halen zijn, staan als 'handmatig'."
        </p>
        <Show when=move || !heeft_data()>
            <div class="utrecht-alert utrecht-alert--info" role="note">
                <p class="utrecht-paragraph">
                    "Er zijn nog geen gegevens geladen, dus elk gemeten doel staat op 'geen gegevens'. "
                    <A href="/gegevens" attr:class="utrecht-link">"Laad gegevens of de demogegevens"</A>"."
                </p>
            </div>
        </Show>
        <div class="keuzepaneel">
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="d-peildatum">"Peildatum"</label>
                <input id="d-peildatum" type="date" class="utrecht-textbox" on:change=peildatum_gekozen
                    prop:value=move || peildatum.get().iso()/>
            </div>
        </div>
        <p class="utrecht-paragraph" role="status">
            {move || bezig.get().then_some("De doelen worden gemeten…")}
        </p>
        {move || {
            let Some(evaluaties) = evaluaties.get() else {
                return ().into_any();
            };
            let regio = regio.0.get().and_then(Result::ok);
            let strategisch: Vec<(u32, String)> = regio
                .map(|r| r.strategische_doelen.iter().map(|s| (s.nummer, s.titel.clone())).collect())
                .unwrap_or_default();
            strategisch.into_iter().map(|(nummer, titel)| {
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
                            {in_groep.into_iter().map(|(i, e)| view! {
                                <doelkaart::Doelkaart doel=set.doelen[i].clone() evaluatie=e.clone() set=set.clone()/>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view().into_any()
        }}
    }
}

/// The latest evaluations; `None` until the first is ready.
type Evaluaties = RwSignal<Option<Arc<Vec<Evaluatie>>>>;

/// Evaluates every goal at the peildatum whenever it or the data changes,
/// in steps with pauses (at national scale the goals take dozens of KPI
/// passes). Returns the latest evaluations (`None` until the first is
/// ready) and whether a newer one is being computed.
fn evalueer_op_de_achtergrond(set: Arc<Doelenset>, peildatum: Memo<Datum>) -> (Evaluaties, RwSignal<bool>) {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let evaluaties = RwSignal::new(None);
    let bezig = RwSignal::new(true);
    let ronde = StoredValue::new(0u64);
    Effect::new(move |_| {
        let p = peildatum.get();
        let feestdagen = regio
            .0
            .get()
            .and_then(Result::ok)
            .map(|r| r.feestdagen.clone())
            .unwrap_or_default();
        let (data, index, catalogus) = opslag
            .samenvoeging
            .with(|s| (s.dataset.clone(), s.index.clone(), s.catalogus.clone()));
        ronde.update_value(|r| *r += 1);
        let deze_ronde = ronde.get_value();
        bezig.set(true);
        let set = set.clone();
        leptos::task::spawn_local(async move {
            let opties = KpiOpties {
                catalogus: (*catalogus).clone(),
                feestdagen,
                ..KpiOpties::default()
            };
            let nog_actueel = move || ronde.try_get_value() == Some(deze_ronde);
            let mut meter = Meter::nieuw(&data, &index, &opties);
            let mut pauze = crate::gegevens::lezen::Tijdpauze::nieuw(nog_actueel);
            let uitkomst = evalueer_alle_met_pauzes(&set.doelen, p, &mut meter, &mut pauze).await;
            if let (Ok(e), true) = (uitkomst, nog_actueel()) {
                evaluaties.try_set(Some(Arc::new(e)));
                bezig.try_set(false);
            }
        });
    });
    (evaluaties, bezig)
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
