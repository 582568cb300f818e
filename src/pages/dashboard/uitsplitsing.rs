//! The breakdown per municipality: a few key figures side by side, sortable
//! by any column (the header buttons say how it is sorted, for screen readers too).

use std::sync::Arc;

use jeugdmonitor_core::kpi::{definitie, Cel, Eenheid};
use leptos::prelude::*;

use super::berekening::PerGemeente as PerGemeenteRijen;
use crate::formaat;
use crate::inhoud::RegioBron;

const KOLOMMEN: [&str; 6] = [
    "jeugdigen",
    "instroom_jeugdigen",
    "uitstroom_jeugdigen",
    "per_1000_jongeren",
    "kosten",
    "duur_gemiddeld",
];

#[component]
pub fn PerGemeente(per_gemeente: RwSignal<Option<Arc<PerGemeenteRijen>>>) -> impl IntoView {
    let regio = expect_context::<RegioBron>();
    // (column, ascending); column usize::MAX = by name.
    let sortering = RwSignal::new((usize::MAX, true));
    let rijen = move || {
        let namen = regio.0.get().and_then(Result::ok);
        let Some(per) = per_gemeente.get() else {
            return Vec::new();
        };
        let mut rijen: Vec<(String, Vec<Cel>)> = per
            .iter()
            .map(|(code, r)| {
                let naam = namen
                    .as_ref()
                    .map_or(code.clone(), |n| n.gemeentenaam(code).to_string());
                (
                    naam,
                    KOLOMMEN
                        .iter()
                        .map(|k| r.cel(k).cloned().unwrap_or(Cel::Leeg))
                        .collect(),
                )
            })
            .collect();
        let (kolom, oplopend) = sortering.get();
        rijen.sort_by(|a, b| {
            let volgorde = if kolom == usize::MAX {
                a.0.cmp(&b.0)
            } else {
                sorteerwaarde(&a.1[kolom]).total_cmp(&sorteerwaarde(&b.1[kolom]))
            };
            if oplopend {
                volgorde
            } else {
                volgorde.reverse()
            }
        });
        rijen
    };
    let kop = move |kolom: usize, titel: &'static str| {
        let aria = move || {
            let (k, op) = sortering.get();
            if k == kolom {
                if op {
                    "ascending"
                } else {
                    "descending"
                }
            } else {
                "none"
            }
        };
        let klik = move |_| {
            sortering.update(|(k, op)| {
                if *k == kolom {
                    *op = !*op
                } else {
                    *k = kolom;
                    *op = kolom == usize::MAX
                }
            })
        };
        view! {
            <th class="utrecht-table__header-cell" scope="col" aria-sort=aria>
                <button type="button" class="sorteerknop" on:click=klik>{titel}</button>
            </th>
        }
    };
    view! {
        <section aria-labelledby="gemeenten-kop">
            <h2 id="gemeenten-kop" class="utrecht-heading-2">"Per gemeente"</h2>
            <p class="utrecht-paragraph" role="status">
                {move || per_gemeente.with(Option::is_none).then_some("De cijfers per gemeente worden berekend…")}
            </p>
            <div
                class="tabelrol"
                tabindex="0"
                role="region"
                aria-label="Kerncijfers per gemeente"
                aria-busy=move || per_gemeente.with(Option::is_none).to_string()
            >
                <table class="utrecht-table per-gemeente">
                    <caption class="utrecht-table__caption">"Kerncijfers per gemeente; klik op een kolomkop om te sorteren"</caption>
                    <thead class="utrecht-table__header">
                        <tr class="utrecht-table__row">
                            {kop(usize::MAX, "Gemeente")}
                            {KOLOMMEN.iter().enumerate().map(|(i, k)| kop(i, definitie(k).map_or(*k, |d| d.titel))).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">
                        {move || rijen().into_iter().map(|(naam, cellen)| view! {
                            <tr class="utrecht-table__row">
                                <th class="utrecht-table__header-cell" scope="row">{naam}</th>
                                {cellen.iter().zip(KOLOMMEN).map(|(c, k)| {
                                    let e = definitie(k).map_or(Eenheid::Jeugdigen, |d| d.eenheid);
                                    view! { <td class="utrecht-table__cell utrecht-table__cell--numeric">{formaat::cel(c, e)}</td> }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Suppressed and empty cells sort below every number.
fn sorteerwaarde(cel: &Cel) -> f64 {
    match cel {
        Cel::Geheel(n) => *n as f64,
        Cel::Decimaal(x) => *x,
        Cel::Euro(c) => *c as f64,
        _ => f64::NEG_INFINITY,
    }
}
