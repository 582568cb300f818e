//! Municipalities side by side: youths in care per 1 000 young inhabitants
//! per municipality as bars, with the region's own value as a reference
//! line, from the breakdown per municipality (suppressed like the rest).

use std::sync::Arc;

use jeugdmonitor_core::kpi::{Cel, Dimensie, Eenheid};
use jeugdmonitor_core::weergave::Weergave;
use leptos::prelude::*;

use super::berekening::Uitsplitsing as Groepen;
use super::staafgrafiek::{Grafiek, Staaf, Staafgrafiek};
use crate::formaat;
use crate::inhoud::RegioBron;

#[component]
pub fn Gemeentevergelijking(
    rijen: RwSignal<Option<Arc<Groepen>>>,
    keuze: Memo<Weergave>,
    regionaal: Option<f64>,
) -> impl IntoView {
    let regio = expect_context::<RegioBron>();
    let per_gemeente = Memo::new(move |_| keuze.get().uitsplitsing == Dimensie::Gemeente);
    let grafiek = move || {
        if !per_gemeente.get() {
            return Some(
                view! {
                    <p class="utrecht-paragraph">"De vergelijking per 1.000 jongeren staat hier bij Uitsplitsen naar Gemeente."</p>
                }
                .into_any(),
            );
        }
        let per = rijen.get()?;
        let namen = regio.0.get().and_then(Result::ok);
        let mut staven: Vec<Staaf> = per
            .iter()
            .map(|(code, r)| {
                let cel = r.cel("per_1000_jongeren").cloned().unwrap_or(Cel::Leeg);
                Staaf {
                    label: jeugdmonitor_core::kpi::groepsnaam(
                        Dimensie::Gemeente,
                        code,
                        namen.as_deref(),
                        &Default::default(),
                    ),
                    waarde: formaat::getal(&cel),
                    tekst: formaat::cel(&cel, Eenheid::PerDuizend),
                    markering: None,
                }
            })
            .collect();
        staven.sort_by(|a, b| {
            b.waarde
                .unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&a.waarde.unwrap_or(f64::NEG_INFINITY))
        });
        Some(
            view! {
                <Staafgrafiek grafiek=Grafiek {
                    id: "gemeentegrafiek",
                    titel: "Jeugdigen in zorg per 1.000 jongeren, per gemeente".to_string(),
                    as_naam: "Jeugdigen in zorg per 1.000 jongeren (0 tot 18 jaar)".to_string(),
                    label_kop: "Gemeente".to_string(),
                    staven,
                    referentie: regionaal.map(|w| (w, "hele selectie".to_string())),
                    markering_naam: None,
                    met_tabel: true,
                }/>
            }
            .into_any(),
        )
    };
    view! {
        <section aria-labelledby="gemeenten-kop">
            <h2 id="gemeenten-kop" class="utrecht-heading-2">"Gemeenten naast elkaar"</h2>
            {grafiek}
        </section>
    }
}
