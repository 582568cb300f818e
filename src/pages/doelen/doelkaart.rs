//! One goal: status badge (never colour alone), the numbers, progress toward
//! the target, and a detail view with the definition, the values over time
//! as a table, the milestones, the source and the linked measures.

use std::sync::Arc;

use jeugdmonitor_core::doelen::{
    Doel, Doelenset, Evaluatie, MaatregelStatus, Status, Toonbaar, ToonbareCijfers, VERBORGEN,
};
use jeugdmonitor_core::kpi::definitie;
use jeugdmonitor_core::weergave::periode_label;
use leptos::prelude::*;

use super::grafiek;
use crate::formaat;

/// What the user can do with a goal.
#[derive(Clone, Copy)]
pub struct Acties {
    pub wijzig: Callback<()>,
    pub dupliceer: Callback<()>,
    pub verwijder: Callback<()>,
}

#[component]
pub fn Doelkaart(doel: Doel, evaluatie: Evaluatie, set: Arc<Doelenset>, acties: Acties) -> impl IntoView {
    let (icoon, klasse) = badge(&evaluatie.status);
    let tekst = evaluatie.status.tekst();
    let kop_id = format!("doel-{}", doel.id);
    let verwijzing = kop_id.clone();
    let def = doel.metric.as_ref().and_then(|m| definitie(&m.kpi));
    let maatregelen: Vec<_> = set
        .maatregelen
        .iter()
        .filter(|m| m.doelen.contains(&doel.id))
        .cloned()
        .collect();
    let getal = |w: Option<f64>| w.map_or("–".to_string(), formaat::kort);
    // Small numbers are hidden on screen and in print (spec section 3).
    let toon = |w: Option<f64>, verborgen: &Option<String>| match verborgen {
        Some(_) => VERBORGEN.to_string(),
        None => getal(w),
    };
    // Figures worked out from a hidden value would give it away: the core
    // says which may be shown, for this card and the CSV export alike.
    let cijfers = ToonbareCijfers::van(&doel, &evaluatie);
    let basis_verborgen = cijfers.basislijn == Toonbaar::Verborgen;
    let doel_verborgen = cijfers.doelwaarde == Toonbaar::Verborgen;
    let voortgang = cijfers.voortgang_pct;
    let lijnwaarde = cijfers.lijnwaarde;
    let doeltekst = match cijfers.doelwaarde {
        Toonbaar::Verborgen => VERBORGEN.to_string(),
        Toonbaar::Waarde(w) => getal(w),
    };
    view! {
        <li class="doelkaart-item">
            <article class="doel" aria-labelledby=verwijzing data-doel=doel.id.clone()>
                <h3 class="utrecht-heading-3 doel__titel" id=kop_id>{doel.titel.clone()}</h3>
                <p class=format!("statusbadge statusbadge--{klasse}")>
                    <span aria-hidden="true">{icoon}" "</span>{tekst}
                </p>
                {match &evaluatie.status {
                    Status::GeenGegevens(g) => Some(view! { <p class="utrecht-paragraph">{g.reden.clone()}</p> }.into_any()),
                    Status::Handmatig { oordeel: Some(o) } => Some(view! {
                        <p class="utrecht-paragraph">{format!("Beoordeeld op {}: {}", o.datum.nl(), o.notitie)}</p>
                    }.into_any()),
                    _ => None,
                }}
                <dl class="kenmerken">
                    <div><dt>"Nu"</dt><dd>{format!("{}{}", toon(evaluatie.huidige_waarde, &evaluatie.huidige_verborgen), evaluatie.venster.map(|v| format!(" ({})", periode_label(&v))).unwrap_or_default())}</dd></div>
                    <div><dt>"Basislijn"</dt><dd>{format!("{} ({})", toon(evaluatie.basislijn_waarde, &evaluatie.basislijn_verborgen), doel.basislijn.periode)}</dd></div>
                    <div><dt>"Doel"</dt><dd>{format!("{doeltekst} uiterlijk {}", doel.deadline.nl())}</dd></div>
                </dl>
                {grafiek::Reeksgrafiek(&doel, &evaluatie, !doel_verborgen, match cijfers.basislijn { Toonbaar::Waarde(w) => w, Toonbaar::Verborgen => None })}
                {voortgang.map(|v| view! {
                    <div class="voortgang">
                        <span class="voortgang__label">{format!("Voortgang van basislijn naar doel: {} %", formaat::decimaal(v))}</span>
                        <span class="voortgang__balk" aria-hidden="true"><span class="voortgang__vulling" style:inline-size=format!("{v}%")></span></span>
                    </div>
                })}
                <details class="doel__detail">
                    <summary>"Details, cijfers en bron"</summary>
                    {(!doel.toelichting.is_empty()).then(|| view! { <p class="utrecht-paragraph">{doel.toelichting.clone()}</p> })}
                    {def.map(|d| view! {
                        <p class="utrecht-paragraph"><strong>{format!("Gemeten met: {}. ", d.titel)}</strong>{d.uitleg}</p>
                    })}
                    {lijnwaarde.map(|l| view! {
                        <p class="utrecht-paragraph">{format!("Op koers betekent nu: minstens zo ver als de rechte lijn van basislijn naar doel, die nu op {} staat.", formaat::decimaal(l))}</p>
                    })}
                    {(!evaluatie.reeks.is_empty()).then(|| view! {
                        <div class="tabelrol">
                            <table class="utrecht-table">
                                <caption class="utrecht-table__caption">"Waarde per periode"</caption>
                                <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                                    <th class="utrecht-table__header-cell" scope="col">"Periode"</th>
                                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Waarde"</th>
                                </tr></thead>
                                <tbody class="utrecht-table__body">
                                    {evaluatie.reeks.iter().map(|p| view! {
                                        <tr class="utrecht-table__row">
                                            <th class="utrecht-table__header-cell" scope="row">{p.label.clone()}</th>
                                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{toon(p.waarde, &p.verborgen)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    })}
                    {(!evaluatie.mijlpalen.is_empty()).then(|| view! {
                        <ul class="utrecht-unordered-list">
                            {evaluatie.mijlpalen.iter().map(|m| view! {
                                <li class="utrecht-unordered-list__item">{format!(
                                    "Mijlpaal {}: doel {}, gemeten {}{}",
                                    m.datum.nl(),
                                    if basis_verborgen { VERBORGEN.to_string() } else { getal(m.doelwaarde) },
                                    toon(m.waarde, &m.verborgen),
                                    match m.gehaald { Some(true) => " (gehaald)", Some(false) => " (niet gehaald)", None => "" }
                                )}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="utrecht-paragraph">{format!("Bron: {}.", doel.bron)}</p>
                    {(!maatregelen.is_empty()).then(|| view! {
                        <p class="utrecht-paragraph"><strong>"Maatregelen voor dit doel:"</strong></p>
                        <ul class="utrecht-unordered-list">
                            {maatregelen.iter().map(|m| view! {
                                <li class="utrecht-unordered-list__item">{format!("{} {} ({}, {})", m.code, m.titel, m.eigenaar, maatregelstatus(m.status))}</li>
                            }).collect_view()}
                        </ul>
                    })}
                </details>
                <div class="knoppenrij geen-print">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        on:click=move |_| acties.wijzig.run(())>
                        "Wijzig"<span class="visueel-verborgen">{format!(" {}", doel.titel)}</span>
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        on:click=move |_| acties.dupliceer.run(())>
                        "Dupliceer"<span class="visueel-verborgen">{format!(" {}", doel.titel)}</span>
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        on:click=move |_| acties.verwijder.run(())>
                        "Verwijder"<span class="visueel-verborgen">{format!(" {}", doel.titel)}</span>
                    </button>
                </div>
            </article>
        </li>
    }
}

/// Icon and colour class beside the status in words: the status is never
/// told by colour alone.
pub fn badge(status: &Status) -> (&'static str, &'static str) {
    match status {
        Status::Behaald => ("✔", "behaald"),
        Status::OpKoers => ("➜", "op-koers"),
        Status::Risico => ("⚠", "risico"),
        Status::NietBehaald => ("✖", "niet-behaald"),
        Status::GeenGegevens(_) => ("?", "geen-gegevens"),
        Status::Handmatig { .. } => ("✎", "handmatig"),
    }
}

fn maatregelstatus(status: MaatregelStatus) -> &'static str {
    match status {
        MaatregelStatus::Doorlopend => "doorlopend",
        MaatregelStatus::Gepland => "gepland",
        MaatregelStatus::Afgerond => "afgerond",
    }
}
