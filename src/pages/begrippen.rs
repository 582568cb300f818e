//! Begrippen: the glossary, alphabetical and searchable; every term has its
//! own address (`/begrippen#begrip-cjg`), and texts elsewhere link their
//! terms here ([`met_begrippen`]).

use jeugdmonitor_core::content::Begrip;
use jeugdmonitor_core::portaal::{begrip_anker, markeer_begrippen, vouw, Stuk};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;

#[component]
pub fn Begrippen() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel=crate::taal::taal().kies("Begrippen", "Glossary")/>
            <Lijst begrippen=regio.begrippen.clone()/>
        }/>
    }
}

#[component]
fn Lijst(begrippen: Vec<Begrip>) -> impl IntoView {
    let t = crate::taal::taal();
    let mut begrippen = begrippen;
    begrippen.sort_by_key(|b| vouw(&b.term));
    let zoek = RwSignal::new(String::new());
    let locatie = use_location();
    // A link to one term: show it even when a search hides it, and move
    // focus there once it is drawn (an SPA does not scroll to the hash).
    Effect::new(move |_| {
        let hash = locatie.hash.get();
        if let Some(id) = hash.strip_prefix('#').filter(|h| !h.is_empty()).map(str::to_string) {
            zoek.set(String::new());
            // Two frames: after the page's own focus on its heading.
            request_animation_frame(move || request_animation_frame(move || crate::browser::focus_op_id(&id)));
        }
    });
    let alle = begrippen.clone();
    let zichtbaar = move || {
        let vraag = vouw(&zoek.get());
        let woorden: Vec<&str> = vraag.split_whitespace().collect();
        alle.iter()
            .filter(|b| {
                let tekst = vouw(&format!("{} {}", b.term, b.uitleg));
                woorden.iter().all(|w| tekst.contains(w))
            })
            .cloned()
            .collect::<Vec<_>>()
    };
    let zichtbaar_status = zichtbaar.clone();
    view! {
        <p class="utrecht-paragraph">{t.kies("Woorden die je op deze website tegenkomt, kort uitgelegd.", "Words you come across on this website, briefly explained.")}</p>
        <div class="formulier__veld">
            <label class="utrecht-form-label" for="b-zoek">{t.kies("Zoek een woord", "Search for a word")}</label>
            <input id="b-zoek" class="utrecht-textbox" type="search" aria-describedby="b-uitkomst"
                prop:value=move || zoek.get() on:input=move |ev| zoek.set(event_target_value(&ev))/>
        </div>
        <p id="b-uitkomst" class="utrecht-paragraph" role="status">{move || {
            let n = zichtbaar_status().len();
            if zoek.with(|z| z.trim().is_empty()) { String::new() } else if n == 1 { t.kies("1 woord gevonden.", "1 word found.").into() } else { t.kies(format!("{n} woorden gevonden."), format!("{n} words found.")) }
        }}</p>
        <dl class="begrippenlijst">
            {move || zichtbaar().into_iter().map(|b| {
                let anker = begrip_anker(&b.term);
                // Written out in full: with `<base href>` a bare `#anker`
                // would point at the home page.
                let link = crate::site::pad(&format!("/begrippen#{anker}"));
                view! {
                    <div class="begrippenlijst__item">
                        <dt class="begrippenlijst__term" id=anker tabindex="-1">
                            {b.term.clone()}" "
                            <a class="begrippenlijst__link" href=link aria-label=t.kies(format!("Link naar {}", b.term), format!("Link to {}", b.term))>"#"</a>
                        </dt>
                        <dd class="begrippenlijst__uitleg">{b.uitleg.clone()}</dd>
                    </div>
                }
            }).collect_view()}
        </dl>
    }
}

/// A text with its glossary terms linked to the Begrippen page.
pub fn met_begrippen(tekst: &str, begrippen: &[Begrip]) -> impl IntoView {
    markeer_begrippen(tekst, begrippen)
        .into_iter()
        .map(|stuk| match stuk {
            Stuk::Tekst(t) => t.into_any(),
            Stuk::Begrip { tekst, anker } => {
                view! { <A href=crate::site::pad(&format!("/begrippen#{anker}")) attr:class="utrecht-link begrip">{tekst}</A> }.into_any()
            }
        })
        .collect_view()
}
