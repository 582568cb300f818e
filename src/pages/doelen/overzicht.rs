//! The goals at a glance: one table of every goal (strategic goal, goal,
//! status, now against target, deadline), what needs attention first. The
//! figures are the core's `ToonbareCijfers`, the status its `Status::tekst`,
//! so the table hides exactly what the cards and the CSV hide.

use jeugdmonitor_core::doelen::{Doelenset, Evaluatie, Toonbaar, ToonbareCijfers, VERBORGEN};
use jeugdmonitor_core::weergave::periode_label;
use leptos::prelude::*;

use crate::formaat;

#[component]
pub fn Doelentabel(
    set: std::sync::Arc<Doelenset>,
    evaluaties: Vec<Evaluatie>,
    strategisch: Vec<(u32, String)>,
) -> impl IntoView {
    let mut rijen: Vec<(&jeugdmonitor_core::doelen::Doel, &Evaluatie)> =
        set.doelen.iter().zip(evaluaties.iter()).collect();
    // Stable: within a status the plan's order stays.
    rijen.sort_by_key(|(d, e)| (e.status.volgorde(), d.strategisch_doel));
    let toon = |t: Toonbaar| match t {
        Toonbaar::Verborgen => VERBORGEN.to_string(),
        Toonbaar::Waarde(w) => w.map_or("–".to_string(), formaat::kort),
    };
    let telling = {
        let goed = rijen
            .iter()
            .filter(|(_, e)| e.status.volgorde() == 2 || e.status.volgorde() == 3)
            .count();
        let gemeten = rijen.iter().filter(|(_, e)| e.status.volgorde() <= 3).count();
        format!(
            "{goed} van de {gemeten} gemeten doelen zijn behaald of op koers ({} doelen in totaal).",
            rijen.len()
        )
    };
    let rijen: Vec<_> = rijen
        .into_iter()
        .map(|(doel, e)| {
            let cijfers = ToonbareCijfers::van(doel, e);
            let (icoon, klasse) = super::doelkaart::badge(&e.status);
            let strategisch = strategisch
                .iter()
                .find(|(n, _)| *n == doel.strategisch_doel)
                .map_or_else(|| format!("{}", doel.strategisch_doel), |(n, t)| format!("{n}. {t}"));
            let nu = format!(
                "{}{}",
                toon(cijfers.huidig),
                e.venster.map(|v| format!(" ({})", periode_label(&v))).unwrap_or_default()
            );
            view! {
                <tr class="utrecht-table__row">
                    <td class="utrecht-table__cell">{strategisch}</td>
                    <th class="utrecht-table__header-cell" scope="row">{doel.titel.clone()}</th>
                    <td class="utrecht-table__cell">
                        <span class=format!("statusbadge statusbadge--{klasse}")><span aria-hidden="true">{icoon}" "</span>{e.status.tekst()}</span>
                    </td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{nu}</td>
                    <td class="utrecht-table__cell utrecht-table__cell--numeric">{toon(cijfers.doelwaarde)}</td>
                    <td class="utrecht-table__cell">{doel.deadline.nl()}</td>
                </tr>
            }
        })
        .collect();
    view! {
        <section class="doelenoverzicht" aria-labelledby="doelenoverzicht-kop">
            <h2 class="utrecht-heading-2" id="doelenoverzicht-kop">"Alle doelen in één overzicht"</h2>
            <p class="utrecht-paragraph">{telling}</p>
            <div class="tabelrol" tabindex="0" role="region" aria-label="Overzicht van alle doelen">
                <table class="utrecht-table doelentabel">
                    <caption class="utrecht-table__caption">"Elk doel met zijn status, de waarde nu tegen het doel en de deadline; eerst wat aandacht vraagt"</caption>
                    <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                        <th class="utrecht-table__header-cell" scope="col">"Strategisch doel"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Doel"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Status"</th>
                        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Nu"</th>
                        <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Doelwaarde"</th>
                        <th class="utrecht-table__header-cell" scope="col">"Deadline"</th>
                    </tr></thead>
                    <tbody class="utrecht-table__body">{rijen}</tbody>
                </table>
            </div>
        </section>
    }
}
