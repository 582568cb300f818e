//! The document head for search engines and shared links: per public page a
//! `<meta name="description">` from the region's content, a
//! `<link rel="canonical">`, and `hreflang` alternates between the Dutch and
//! the English version when the region publishes English. The title is set
//! by each page's heading (`layout::Paginakop`), `<html lang>` by `taal`.
//!
//! Which pages are public, their addresses and their descriptions come from
//! one table in the core (`jeugdmonitor_core::paginas`), which the
//! publishing step also uses for `sitemap.xml`. Written with web-sys rather
//! than `leptos_meta`: four tags need no extra crate in the bundle, and
//! elements made from script pass the strict policy as they are.

use jeugdmonitor_core::paginas::{self, PubliekePagina};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::inhoud::{NederlandseInhoud, RegioBron};
use crate::taal::{EngelsBeschikbaar, Taal, TaalKeuze};

/// Keeps the head in step with the page, the language and the content.
/// Place once inside the router.
#[component]
pub fn Kopgegevens() -> impl IntoView {
    let locatie = use_location();
    let keuze = expect_context::<TaalKeuze>();
    let engels = expect_context::<EngelsBeschikbaar>();
    let bron = expect_context::<RegioBron>();
    // `website` is set once, in the Dutch content, for both languages.
    let nederlands = expect_context::<NederlandseInhoud>().regio();
    Effect::new(move |_| {
        let route = crate::site::zonder_basis(&locatie.pathname.get()).to_string();
        let taal = keuze.0.get();
        let engels_beschikbaar = engels.0.get();
        let Some(Ok(regio)) = bron.0.get() else {
            return;
        };
        // The site's home address: the host from `website` when the region
        // gives it (so every copy of the site points at the real one), else
        // where this page was loaded from.
        let website = match nederlands.0.get() {
            Some(Ok(nl)) => nl.regio.website.clone(),
            _ => None,
        };
        let oorsprong = match website {
            Some(website) => paginas::oorsprong(&website).to_string(),
            None => web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default(),
        };
        let site = format!("{oorsprong}{}/", crate::site::basis());
        let pagina = paginas::pagina(&route);
        // A page that is not public (a tool or "not found") is described as
        // the site, and has no canonical address of its own.
        let beschrijver: &PubliekePagina = pagina.unwrap_or(&paginas::PUBLIEKE_PAGINAS[0]);
        zet_meta("description", &beschrijver.beschrijving(&regio, taal == Taal::En));
        zet_link("canonical", None, pagina.map(|p| p.adres(&site, taal == Taal::En)));
        for (code, en) in [("nl", false), ("en", true), ("x-default", false)] {
            let adres = pagina.filter(|_| engels_beschikbaar).map(|p| p.adres(&site, en));
            zet_link("alternate", Some(code), adres);
        }
    });
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Sets `<meta name=… content=…>` in the head, making it when absent.
fn zet_meta(naam: &str, inhoud: &str) {
    let Some(document) = document() else { return };
    let gevonden = document
        .query_selector(&format!("meta[name=\"{naam}\"]"))
        .ok()
        .flatten();
    let element = gevonden.or_else(|| {
        let nieuw = document.create_element("meta").ok()?;
        let _ = nieuw.set_attribute("name", naam);
        document.head()?.append_child(&nieuw).ok()?;
        Some(nieuw)
    });
    if let Some(element) = element {
        let _ = element.set_attribute("content", inhoud);
    }
}

/// Sets `<link rel=… [hreflang=…] href=…>` in the head, or removes it when
/// there is no address.
fn zet_link(rel: &str, hreflang: Option<&str>, adres: Option<String>) {
    let Some(document) = document() else { return };
    let kiezer = match hreflang {
        Some(taal) => format!("link[rel=\"{rel}\"][hreflang=\"{taal}\"]"),
        None => format!("link[rel=\"{rel}\"]"),
    };
    let gevonden = document.query_selector(&kiezer).ok().flatten();
    match (gevonden, adres) {
        (Some(element), None) => element.remove(),
        (None, None) => {}
        (Some(element), Some(adres)) => {
            let _ = element.set_attribute("href", &adres);
        }
        (None, Some(adres)) => {
            let Ok(nieuw) = document.create_element("link") else {
                return;
            };
            let _ = nieuw.set_attribute("rel", rel);
            if let Some(taal) = hreflang {
                let _ = nieuw.set_attribute("hreflang", taal);
            }
            let _ = nieuw.set_attribute("href", &adres);
            if let Some(head) = document.head() {
                let _ = head.append_child(&nieuw);
            }
        }
    }
}
