//! Progress of running loads: bytes and rows, with a working "Annuleren".

use leptos::prelude::*;

use crate::formaat;
use crate::gegevens::Gegevens;

#[component]
pub fn Ladingen() -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    view! {
        <For
            each=move || opslag.ladingen.get()
            key=|l| l.id
            children=move |lading| {
                let id = lading.id;
                let huidig = move || opslag.ladingen.with(|l| l.iter().find(|x| x.id == id).cloned());
                let annuleer = move |_| opslag.geannuleerd.update(|g| g.push(id));
                let label_id = format!("lading-{id}");
                view! {
                    <div class="lading">
                        <p class="utrecht-paragraph lading__naam" id=label_id.clone()>
                            {format!("{} wordt gelezen", lading.naam)}
                        </p>
                        <progress
                            class="lading__balk"
                            aria-labelledby=label_id
                            max=move || huidig().map_or(1, |l| l.bytes_totaal.max(1)).to_string()
                            value=move || huidig().map_or(0, |l| l.bytes_gelezen).to_string()
                        ></progress>
                        <p class="utrecht-paragraph lading__stand">
                            {move || huidig().map(|l| format!(
                                "{} van {} gelezen, {} regels",
                                formaat::bytes(l.bytes_gelezen),
                                formaat::bytes(l.bytes_totaal),
                                formaat::geheel(l.regels)
                            ))}
                        </p>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=annuleer>
                            "Annuleren"
                        </button>
                    </div>
                }
            }
        />
    }
}
