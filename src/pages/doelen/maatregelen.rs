//! Measures (maatregelen): the region's interventions with owner, status,
//! planning, progress and the goals they serve. Stored and exported with
//! the goals (one JSON document), changed in a small form.

use jeugdmonitor_core::doelen::{Maatregel, MaatregelStatus};
use jeugdmonitor_core::kpi::definitie;
use leptos::prelude::*;

use super::beheer::Doelenbeheer;

const STATUSSEN: [MaatregelStatus; 3] = [
    MaatregelStatus::Doorlopend,
    MaatregelStatus::Gepland,
    MaatregelStatus::Afgerond,
];

pub fn status_label(s: MaatregelStatus) -> &'static str {
    match s {
        MaatregelStatus::Doorlopend => "Doorlopend",
        MaatregelStatus::Gepland => "Gepland",
        MaatregelStatus::Afgerond => "Afgerond",
    }
}

fn status_naam(s: MaatregelStatus) -> &'static str {
    match s {
        MaatregelStatus::Doorlopend => "doorlopend",
        MaatregelStatus::Gepland => "gepland",
        MaatregelStatus::Afgerond => "afgerond",
    }
}

#[component]
pub fn Maatregelen(beheer: Doelenbeheer) -> impl IntoView {
    // The code of the measure whose form is open; "" for a new one.
    let open = RwSignal::new(None::<String>);
    let bericht = RwSignal::new(None::<String>);
    let bewaar = Callback::new(move |(oude_code, m): (String, Maatregel)| {
        let code = m.code.clone();
        beheer.wijzig(|set| {
            match set
                .maatregelen
                .iter_mut()
                .find(|x| x.code == oude_code && !oude_code.is_empty())
            {
                Some(plek) => *plek = m,
                None => set.maatregelen.push(m),
            }
        });
        open.set(None);
        bericht.set(Some(if beheer.melding.get_untracked().is_some() {
            format!("Maatregel {code} is gewijzigd (zie de melding hierboven).")
        } else {
            format!("Maatregel {code} is bewaard in deze browser.")
        }));
    });
    view! {
        <section class="maatregelen" aria-labelledby="maatregelen-kop">
            <h2 class="utrecht-heading-2" id="maatregelen-kop">"Maatregelen"</h2>
            <p class="utrecht-paragraph">
                "Wat de gemeenten doen om de doelen te halen. Bij elk doel staan de maatregelen die eraan bijdragen."
            </p>
            <p class="utrecht-paragraph" role="status">{move || bericht.get()}</p>
            <div class="tabelrol" tabindex="0" role="region" aria-label="Maatregelen">
                <table class="utrecht-table maatregeltabel">
                    <caption class="utrecht-table__caption">"Maatregelen met eigenaar, status, planning en doelen"</caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="col">"Code"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Maatregel"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Eigenaar"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Status"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Planning en voortgang"</th>
                            <th class="utrecht-table__header-cell" scope="col">"Doelen"</th>
                            <th class="utrecht-table__header-cell" scope="col">"KPI's"</th>
                            <th class="utrecht-table__header-cell geen-print" scope="col">"Acties"</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                        {move || {
                            let set = beheer.set.get();
                            set.maatregelen.iter().map(|m| {
                                let doelen: Vec<String> = m.doelen.iter()
                                    .map(|id| set.doel(id).map_or(id.clone(), |d| d.titel.clone()))
                                    .collect();
                                let (code_w, code_v) = (m.code.clone(), m.code.clone());
                                let titel = m.titel.clone();
                                view! {
                                    <tr class="utrecht-table__row">
                                        <th class="utrecht-table__header-cell" scope="row">{m.code.clone()}</th>
                                        <td class="utrecht-table__cell">{m.titel.clone()}</td>
                                        <td class="utrecht-table__cell">{m.eigenaar.clone()}</td>
                                        <td class="utrecht-table__cell">{status_label(m.status)}</td>
                                        <td class="utrecht-table__cell">{[m.planning.clone(), m.voortgang.clone()].into_iter().flatten().collect::<Vec<_>>().join(". ")}</td>
                                        <td class="utrecht-table__cell">{doelen.join("; ")}</td>
                                        <td class="utrecht-table__cell">{m.kpis.iter()
                                            .map(|k| definitie(k).map_or(k.clone(), |d| d.titel.to_string()))
                                            .collect::<Vec<_>>().join("; ")}</td>
                                        <td class="utrecht-table__cell geen-print">
                                            <button type="button" class="utrecht-button utrecht-button--subtle"
                                                on:click=move |_| open.set(Some(code_w.clone()))>
                                                "Wijzig"<span class="visueel-verborgen">{format!(" maatregel {}", m.code)}</span>
                                            </button>
                                            <button type="button" class="utrecht-button utrecht-button--subtle"
                                                on:click=move |_| {
                                                    if super::bevestig(&format!("Maatregel {code_v} ({titel}) verwijderen?")) {
                                                        let weg = code_v.clone();
                                                        beheer.wijzig(|set| set.maatregelen.retain(|x| x.code != weg));
                                                        if open.get_untracked().as_deref() == Some(weg.as_str()) {
                                                            open.set(None);
                                                        }
                                                        bericht.set(Some(format!("Maatregel {weg} is verwijderd.")));
                                                    }
                                                }>
                                                "Verwijder"<span class="visueel-verborgen">{format!(" maatregel {}", m.code)}</span>
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <button type="button" class="utrecht-button utrecht-button--secondary-action geen-print"
                on:click=move |_| open.set(Some(String::new()))>
                "Nieuwe maatregel"
            </button>
            {move || open.get().map(|code| {
                let set = beheer.set.get_untracked();
                let m = set.maatregelen.iter().find(|m| m.code == code && !code.is_empty()).cloned().unwrap_or(Maatregel {
                    code: String::new(),
                    titel: String::new(),
                    eigenaar: String::new(),
                    status: MaatregelStatus::Gepland,
                    planning: None,
                    voortgang: None,
                    doelen: Vec::new(),
                    kpis: Vec::new(),
                });
                view! { <Maatregelformulier maatregel=m oude_code=code beheer=beheer bewaar=bewaar sluit=Callback::new(move |()| open.set(None))/> }
            })}
        </section>
    }
}

#[component]
fn Maatregelformulier(
    maatregel: Maatregel,
    oude_code: String,
    beheer: Doelenbeheer,
    bewaar: Callback<(String, Maatregel)>,
    sluit: Callback<()>,
) -> impl IntoView {
    let code = RwSignal::new(maatregel.code.clone());
    let titel = RwSignal::new(maatregel.titel.clone());
    let eigenaar = RwSignal::new(maatregel.eigenaar.clone());
    let status = RwSignal::new(status_naam(maatregel.status).to_string());
    let planning = RwSignal::new(maatregel.planning.clone().unwrap_or_default());
    let voortgang = RwSignal::new(maatregel.voortgang.clone().unwrap_or_default());
    let doelen = RwSignal::new(maatregel.doelen.clone());
    let kpis = RwSignal::new(maatregel.kpis.join(", "));
    let fouten = RwSignal::new(Vec::<String>::new());
    let basis = maatregel.clone();
    let oude = oude_code.clone();
    let verstuur = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut lijst = Vec::new();
        let c = code.get_untracked().trim().to_string();
        if c.is_empty() {
            lijst.push("Geef de maatregel een code, bijvoorbeeld A1.".to_string());
        } else if c != oude && beheer.set.get_untracked().maatregelen.iter().any(|m| m.code == c) {
            lijst.push(format!("De code {c} bestaat al; kies een andere."));
        }
        if titel.get_untracked().trim().is_empty() {
            lijst.push("Beschrijf de maatregel in een paar woorden.".to_string());
        }
        if eigenaar.get_untracked().trim().is_empty() {
            lijst.push("Noem wie de maatregel uitvoert.".to_string());
        }
        let gekozen_kpis: Vec<String> = kpis
            .get_untracked()
            .split([',', ';'])
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
        for k in gekozen_kpis.iter().filter(|k| definitie(k).is_none()) {
            lijst.push(format!(
                "{k} is geen KPI uit het gegevenscontract (bijvoorbeeld jeugdigen of instroom_jeugdigen)."
            ));
        }
        if !lijst.is_empty() {
            fouten.set(lijst);
            return;
        }
        let leeg_is_geen = |t: String| Some(t.trim().to_string()).filter(|t| !t.is_empty());
        bewaar.run((
            oude.clone(),
            Maatregel {
                code: c,
                titel: titel.get_untracked().trim().to_string(),
                eigenaar: eigenaar.get_untracked().trim().to_string(),
                status: STATUSSEN
                    .into_iter()
                    .find(|s| status_naam(*s) == status.get_untracked())
                    .unwrap_or(basis.status),
                planning: leeg_is_geen(planning.get_untracked()),
                voortgang: leeg_is_geen(voortgang.get_untracked()),
                // Only goals that still exist (one may have been deleted
                // while this form was open).
                doelen: doelen
                    .get_untracked()
                    .into_iter()
                    .filter(|id| beheer.set.get_untracked().doel(id).is_some())
                    .collect(),
                kpis: gekozen_kpis,
            },
        ));
    };
    let veld = move |id: &'static str, label: &'static str, signaal: RwSignal<String>| {
        view! {
            <div class="formulier__veld">
                <label class="utrecht-form-label" for=id>{label}</label>
                <input id=id type="text" class="utrecht-textbox" prop:value=move || signaal.get()
                    on:input=move |ev| signaal.set(event_target_value(&ev))/>
            </div>
        }
    };
    let kop_ref = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(kop) = kop_ref.get() {
            let _ = kop.focus();
        }
    });
    let alle_doelen: Vec<(String, String)> = beheer
        .set
        .get_untracked()
        .doelen
        .iter()
        .map(|d| (d.id.clone(), d.titel.clone()))
        .collect();
    view! {
        <form class="doelformulier" aria-labelledby="mf-kop" on:submit=verstuur novalidate=true>
            <h3 class="utrecht-heading-3" id="mf-kop" tabindex="-1" node_ref=kop_ref>{if oude_code.is_empty() { "Nieuwe maatregel" } else { "Maatregel wijzigen" }}</h3>
            {veld("mf-code", "Code", code)}
            {veld("mf-titel", "Maatregel", titel)}
            {veld("mf-eigenaar", "Eigenaar", eigenaar)}
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="mf-status">"Status"</label>
                <select id="mf-status" class="utrecht-select" on:change=move |ev| status.set(event_target_value(&ev))>
                    {STATUSSEN.map(|s| view! {
                        <option value=status_naam(s) selected=status.get_untracked() == status_naam(s)>{status_label(s)}</option>
                    }).collect_view()}
                </select>
            </div>
            {veld("mf-planning", "Planning", planning)}
            {veld("mf-voortgang", "Voortgang", voortgang)}
            {veld("mf-kpis", "KPI's die het effect laten zien (ids, gescheiden door komma's)", kpis)}
            <fieldset class="formulier__groep">
                <legend>"Draagt bij aan deze doelen"</legend>
                {alle_doelen.into_iter().enumerate().map(|(i, (id, titel))| {
                    let vak_id = format!("mf-doel-{i}");
                    let (id_a, id_b) = (id.clone(), id.clone());
                    view! {
                        <div class="formulier__vinkje">
                            <input id=vak_id.clone() type="checkbox" prop:checked=move || doelen.with(|d| d.contains(&id_a))
                                on:change=move |ev| {
                                    let aan = event_target_checked(&ev);
                                    doelen.update(|d| {
                                        d.retain(|x| *x != id_b);
                                        if aan { d.push(id_b.clone()); }
                                    });
                                }/>
                            <label for=vak_id>{titel}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <crate::layout::Meldingenlijst meldingen=fouten/>
            <div class="knoppenrij">
                <button type="submit" class="utrecht-button utrecht-button--primary-action">"Bewaar maatregel"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| sluit.run(())>"Annuleren"</button>
            </div>
        </form>
    }
}
