//! The app: content in context, the frame, and the routes.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::gegevens::lever_gegevens;
use crate::inhoud::{lever_catalogus, lever_doelen, lever_nederlands, lever_portaal, lever_regio};
use crate::layout::{Kopregel, SkipLink, Voetregel, HOOFDINHOUD_ID};
use crate::pages;

#[component]
pub fn App() -> impl IntoView {
    let taal = crate::taal::lever_taal();
    lever_regio();
    lever_catalogus();
    lever_nederlands();
    lever_portaal();
    lever_doelen();
    lever_gegevens();
    let getekende_taal = Memo::new(move |vorige: Option<&crate::taal::Taal>| {
        let nu = taal.0.get();
        match vorige {
            Some(v) if is_professioneel(crate::site::zonder_basis(&huidig_pad())) => *v,
            _ => nu,
        }
    });
    view! {
        <Router base=crate::site::basis()>
            <FocusNaNavigatie/>
            <crate::kop::Kopgegevens/>
            <SkipLink/>
            <crate::dienstwerker::NieuweVersie/>
            <Kopregel/>
            <pages::noodhulp::Noodhulp/>
            <crate::voorbeeld::Voorbeeldmelding/>
            <Hoofdinhoud taal=taal>
                // Public pages read the language once, so a switch draws them
                // anew; a professional page (Dutch only) is left alone, with
                // its open forms.
                {move || { let _ = getekende_taal.get(); view! {
                <Routes fallback=pages::niet_gevonden::NietGevonden>
                    <Route path=path!("/") view=pages::home::Home/>
                    <Route path=path!("/waar-kan-ik-terecht") view=pages::waar::WaarKanIkTerecht/>
                    <Route path=path!("/producten") view=pages::producten::Producten/>
                    <Route path=path!("/wachttijden") view=pages::wachttijden::Wachttijden/>
                    <Route path=path!("/begrippen") view=pages::begrippen::Begrippen/>
                    <Route path=path!("/privacy") view=pages::privacy::Privacy/>
                    <Route path=path!("/toegankelijkheid") view=pages::toegankelijkheid::Toegankelijkheid/>
                    <Route path=path!("/gegevens") view=pages::gegevens::Gegevens/>
                    <Route path=path!("/dashboard") view=pages::dashboard::Dashboard/>
                    <Route path=path!("/doelen") view=pages::doelen::Doelen/>
                </Routes>
                } }}
            </Hoofdinhoud>
            <Voetregel/>
        </Router>
    }
}

/// `<main>`. The professionals' pages are Dutch only: with English chosen
/// they say so through `lang="nl"`, so a screen reader reads them in Dutch.
#[component]
fn Hoofdinhoud(taal: crate::taal::TaalKeuze, children: Children) -> impl IntoView {
    let locatie = use_location();
    let lang = move || {
        (is_professioneel(crate::site::zonder_basis(&locatie.pathname.get())) && taal.0.get() == crate::taal::Taal::En)
            .then_some("nl")
    };
    view! {
        <main id=HOOFDINHOUD_ID class="utrecht-page-content hoofdinhoud" tabindex="-1" lang=lang>
            {children()}
        </main>
    }
}

/// The professionals' pages, which are Dutch only.
fn is_professioneel(pad: &str) -> bool {
    ["/gegevens", "/dashboard", "/doelen"]
        .iter()
        .any(|p| pad.starts_with(p))
}

/// The address's path right now (read when the language changes).
fn huidig_pad() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// After a client-side navigation (not the first load), focus the new
/// page's heading so keyboard and screen-reader users land on it.
#[component]
fn FocusNaNavigatie() -> impl IntoView {
    let locatie = use_location();
    Effect::new(move |vorige: Option<String>| {
        let pad = locatie.pathname.get();
        if vorige.is_some_and(|v| v != pad) {
            // The new page renders in the same tick; focus after it is in the DOM.
            request_animation_frame(crate::browser::focus_op_paginakop);
        }
        pad
    });
}
