//! The column-mapping step: when a file looks like a known kind but lacks
//! required columns, the user says once which of their headers holds each
//! field. The mapping is remembered in this browser for the next load.

use jeugdmonitor_core::model::Bestandssoort;
use leptos::prelude::*;

use super::lees_opnieuw;
use crate::gegevens::{opslag, GeladenBestand};

#[component]
pub fn Koppelformulier(bestand: GeladenBestand, soort: Bestandssoort) -> impl IntoView {
    let r = bestand.resultaat.clone();
    let velden: Vec<&'static str> = r.ontbrekend.clone();
    let keuzes: Vec<RwSignal<String>> = velden.iter().map(|_| RwSignal::new(String::new())).collect();
    let fout = RwSignal::new(String::new());
    let id = bestand.id;

    let velden_voor_opslaan = velden.clone();
    let keuzes_voor_opslaan = keuzes.clone();
    let opslaan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut koppeling = opslag::lees_koppeling();
        for (veld, keuze) in velden_voor_opslaan.iter().zip(&keuzes_voor_opslaan) {
            let kop = keuze.get_untracked();
            if kop.is_empty() {
                fout.set(format!("Kies een kolom voor “{veld}”."));
                return;
            }
            koppeling.koppel(soort, veld, &kop);
        }
        if let Err(melding) = opslag::bewaar_koppeling(&koppeling) {
            fout.set(melding);
            return;
        }
        fout.set(String::new());
        lees_opnieuw(
            bestand.bron.clone(),
            bestand.resultaat.bestandsnaam.clone(),
            bestand.weggelaten.clone(),
            Some(id),
        );
    };

    view! {
        <form class="koppelformulier utrecht-form" on:submit=opslaan>
            <p class="utrecht-paragraph">
                {format!(
                    "Dit lijkt een bestand met {}, maar niet alle verplichte kolommen zijn gevonden. \
                     Geef aan welke kolom uit jouw bestand bij elk veld hoort. Deze browser onthoudt dat voor de volgende keer.",
                    soort.naam()
                )}
            </p>
            {velden.iter().zip(keuzes).enumerate().map(|(i, (veld, keuze))| {
                let select_id = format!("koppel-{id}-{i}");
                view! {
                    <div class="utrecht-form-field">
                        <label class="utrecht-form-label" for=select_id.clone()>{format!("Kolom voor “{veld}”")}</label>
                        <select
                            id=select_id
                            class="utrecht-select"
                            on:change=move |ev| keuze.set(event_target_value(&ev))
                        >
                            <option value="">"– kies een kolom –"</option>
                            {r.kolommen.iter().map(|k| view! { <option value=k.clone()>{k.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
            <p class="utrecht-form-field-error-message" role="alert">{move || fout.get()}</p>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
                "Koppeling opslaan en opnieuw lezen"
            </button>
        </form>
    }
}
