//! The dashboard's sections: one open at a time, chosen in a navigation
//! that stays in view and kept in the URL (`sectie=`), so a section can be
//! bookmarked, shared and reached by keyboard. Every section is in the page
//! (the closed ones `hidden`), so the council print shows them all, the
//! overview first.

use jeugdmonitor_core::weergave::{Sectie, Weergave};
use leptos::prelude::*;

/// The KPIs the overview shows as headline figures, in this order.
pub const KOPCIJFERS: [&str; 6] = [
    "jeugdigen",
    "instroom_jeugdigen",
    "uitstroom_jeugdigen",
    "duur_gemiddeld",
    "kosten",
    "boven_treeknorm",
];

/// The section whose tiles show a KPI (the headline figures are in the
/// overview only, so every figure is on the page once).
pub fn sectie_van(id: &str) -> Sectie {
    if KOPCIJFERS.contains(&id) {
        return Sectie::Overzicht;
    }
    match id {
        "vervolg" | "volgnummer" => Sectie::Zorgpaden,
        "kosten_per_jeugdige"
        | "top10_aandeel_pct"
        | "jeugdigen_boven_50k"
        | "begroting"
        | "realisatie_pct"
        | "prognose" => Sectie::Kosten,
        "wachttijd_gemiddeld"
        | "wacht_peildatum"
        | "wachtenden"
        | "contact_binnen_3_werkdagen_pct"
        | "tevredenheid_gemiddeld" => Sectie::Wachttijden,
        "proces_pct" => Sectie::Procesafspraken,
        _ => Sectie::Stroom,
    }
}

/// The navigation: a link per section, the open one marked as current.
#[component]
pub fn Sectienavigatie(keuze: Memo<Weergave>) -> impl IntoView {
    view! {
        <nav class="sectienav" aria-label="Onderdelen van het dashboard">
            <ul class="sectienav__lijst">
                {Sectie::ALLE.map(|s| {
                    let href = move || {
                        let w = Weergave { sectie: s, ..keuze.get() };
                        crate::site::pad(&super::weergave::adres(&w))
                    };
                    let huidig = move || (keuze.get().sectie == s).then_some("page");
                    view! {
                        <li class="sectienav__item">
                            <a class="sectienav__link" href=href aria-current=huidig data-sectie=s.naam()>{s.titel()}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// A section: its heading and content, hidden unless it is open.
#[component]
pub fn Sectiedeel(sectie: Sectie, keuze: Memo<Weergave>, children: Children) -> impl IntoView {
    view! {
        <div class="dashboard-sectie" id=format!("sectie-{}", sectie.naam()) hidden=move || keuze.get().sectie != sectie>
            {children()}
        </div>
    }
}
