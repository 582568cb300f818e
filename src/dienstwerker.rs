//! The service worker that keeps the site working offline, and the notice
//! that a newer release is ready.
//!
//! The worker itself (`dienstwerker.js`) is written by the publishing step
//! (`crates/publiceren`) with the build's file list and version; that step
//! also marks `index.html` with a `<meta name="jeugdmonitor-dienstwerker">`.
//! A development build (`trunk serve`) has no such mark and no worker.
//!
//! A new release installs in the background and then waits: the page keeps
//! running the version it started with until the user chooses
//! "vernieuwen", so an open form or a loaded file is never swept away.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The message the worker understands as "take over now" (see the template).
const NEEM_OVER: &str = "nieuwe-versie-gebruiken";

/// How often an open page asks the host for a newer release. Browsers only
/// check by themselves when a page is loaded, and a single-page app can stay
/// open all day.
const CONTROLEER_ELKE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// The notice "Nieuwe versie beschikbaar — vernieuwen", shown when a newer
/// release has been installed and waits. It sits in a live region, so a
/// screen reader announces it without moving focus.
#[component]
pub fn NieuweVersie() -> impl IntoView {
    let klaar = RwSignal::new(false);
    let registratie = StoredValue::new_local(None::<ServiceWorkerRegistration>);
    Effect::new(move |_| registreer(klaar, registratie));
    let vernieuw = move |_| {
        let wachtend = registratie.get_value().and_then(|r| r.waiting());
        match (wachtend, container()) {
            (Some(wachtend), Some(container)) => {
                // Reload once the new worker has taken over, so the page
                // and every file it loads come from the same release.
                let herlaad = Closure::<dyn FnMut()>::new(herlaad_pagina);
                container.set_oncontrollerchange(Some(herlaad.as_ref().unchecked_ref()));
                herlaad.forget();
                let _ = wachtend.post_message(&JsValue::from_str(NEEM_OVER));
            }
            _ => herlaad_pagina(),
        }
    };
    let t = move || crate::taal::taal();
    view! {
        <div class="nieuwe-versie" role="status">
            <Show when=move || klaar.get()>
                <p class="nieuwe-versie__tekst">
                    {move || t().kies("Nieuwe versie beschikbaar — ", "New version available — ")}
                    <button type="button" class="utrecht-button utrecht-button--secondary-action nieuwe-versie__knop" on:click=vernieuw>
                        {move || t().kies("vernieuwen", "reload")}
                    </button>
                </p>
            </Show>
        </div>
    }
}

/// Registers the worker when this build has one, and watches for releases.
fn registreer(klaar: RwSignal<bool>, registratie: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>) {
    if !heeft_dienstwerker() {
        return;
    }
    let Some(container) = container() else { return };
    // Another tab may choose "vernieuwen": the new release then takes over
    // this page too, while it still runs the old code. Offer the reload
    // here as well. (A first visit has no controller yet; its worker taking
    // charge is not a new release.)
    if container.controller().is_some() {
        let elders = Closure::<dyn FnMut()>::new(move || klaar.set(true));
        container.set_oncontrollerchange(Some(elders.as_ref().unchecked_ref()));
        elders.forget();
    }
    let adres = crate::site::pad("/dienstwerker.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(antwoord) = JsFuture::from(container.register(&adres)).await else {
            // Without a worker the site still works online; nothing to tell.
            return;
        };
        let Ok(reg) = antwoord.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A release that finished installing while this page was closed.
        if reg.waiting().is_some() && container.controller().is_some() {
            klaar.set(true);
        }
        // The browser looks for a release when the page loads, so one may
        // already be installing before this code got to listen.
        volg_installatie(&reg, klaar);
        let bij_nieuwe = {
            let reg = reg.clone();
            Closure::<dyn FnMut()>::new(move || volg_installatie(&reg, klaar))
        };
        reg.set_onupdatefound(Some(bij_nieuwe.as_ref().unchecked_ref()));
        bij_nieuwe.forget();
        let periodiek = reg.clone();
        let _ = set_interval_with_handle(
            move || {
                if let Ok(belofte) = periodiek.update() {
                    // Offline the check fails; that is no news.
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = JsFuture::from(belofte).await;
                    });
                }
            },
            CONTROLEER_ELKE,
        );
        registratie.set_value(Some(reg));
    });
}

/// A worker is installing: when it is done and another one controls this
/// page, it is a new release waiting for the user (on a first visit there
/// is no controller and nothing to announce).
fn volg_installatie(reg: &ServiceWorkerRegistration, klaar: RwSignal<bool>) {
    let Some(nieuw) = reg.installing() else { return };
    let gevolgd = nieuw.clone();
    let bij_staat = Closure::<dyn FnMut()>::new(move || {
        let bestuurd = container().is_some_and(|c| c.controller().is_some());
        if gevolgd.state() == ServiceWorkerState::Installed && bestuurd {
            klaar.set(true);
        }
    });
    nieuw.set_onstatechange(Some(bij_staat.as_ref().unchecked_ref()));
    bij_staat.forget();
}

/// Whether the publishing step gave this build a worker.
fn heeft_dienstwerker() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=jeugdmonitor-dienstwerker]").ok().flatten())
        .is_some()
}

/// The browser's service-worker container, where it has one: not in
/// browsers without support, nor on plain http other than localhost.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let heeft = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    heeft.then(|| navigator.service_worker())
}

fn herlaad_pagina() {
    if let Some(venster) = web_sys::window() {
        let _ = venster.location().reload();
    }
}
