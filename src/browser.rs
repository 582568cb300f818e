//! The few browser calls the app makes, in one place: same-origin fetches of
//! content files and the document title. Nothing here talks to another origin.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches a text file from the app's own origin. `pad` is written from the
/// site's root (`/content/regio.toml`), also when the site lives under a
/// sub-path; a full URL is refused so no request can leave.
pub async fn haal_tekst(pad: &str) -> Result<String, String> {
    let antwoord = haal(pad).await?;
    let tekst = antwoord.text().map_err(|_| format!("{pad} bevat geen tekst"))?;
    let tekst = JsFuture::from(tekst)
        .await
        .map_err(|_| format!("{pad} kon niet worden gelezen"))?;
    tekst.as_string().ok_or_else(|| format!("{pad} bevat geen tekst"))
}

/// A same-origin GET; anything else is refused before a request is made.
async fn haal(pad: &str) -> Result<web_sys::Response, String> {
    if !pad.starts_with('/') || pad.starts_with("//") {
        return Err(format!(
            "alleen bestanden van deze website kunnen worden geladen, niet {pad}"
        ));
    }
    let venster = web_sys::window().ok_or("geen browservenster")?;
    let antwoord = JsFuture::from(venster.fetch_with_str(&crate::site::pad(pad)))
        .await
        .map_err(|_| format!("{pad} kon niet worden geladen"))?;
    let antwoord: web_sys::Response = antwoord.dyn_into().map_err(|_| "onverwacht antwoord".to_string())?;
    if !antwoord.ok() {
        return Err(format!("{pad} kon niet worden geladen (status {})", antwoord.status()));
    }
    Ok(antwoord)
}

/// Fetches a binary file from the app's own origin (bundled demo data).
pub async fn haal_bytes(pad: &str) -> Result<js_sys::Uint8Array, String> {
    let antwoord = haal(pad).await?;
    let buffer = antwoord
        .array_buffer()
        .map_err(|_| format!("{pad} kon niet worden gelezen"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| format!("{pad} kon niet worden gelezen"))?;
    Ok(js_sys::Uint8Array::new(&buffer))
}

/// Sets the document title as "<page> – <site>", so every route is
/// distinguishable in tabs, history and screen readers (WCAG 2.4.2).
pub fn zet_titel(pagina: &str, site: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{pagina} – {site}"));
    }
}

/// Moves keyboard focus to the page heading after client-side navigation,
/// so screen-reader users hear that a new page has opened.
pub fn focus_op_paginakop() {
    focus_op_id(crate::layout::PAGINAKOP_ID);
}

/// Moves keyboard focus to the element with this id, if it exists and can
/// take focus (elements with `tabindex="-1"` can).
pub fn focus_op_id(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(element) = document.get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Prints the page after opening every `<details>` that matches `selector`,
/// so a printed report carries what is folded away on screen.
pub fn druk_af_met_open(selector: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Some(lijst) = w.document().and_then(|d| d.query_selector_all(selector).ok()) {
        for i in 0..lijst.length() {
            if let Some(element) = lijst
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = element.set_attribute("open", "");
            }
        }
    }
    let _ = w.print();
}

/// Today as dd-mm-jjjj, by the browser's clock (for printed reports).
pub fn vandaag_nl() -> String {
    let d = js_sys::Date::new_0();
    jeugdmonitor_core::date::Datum::from_ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .map(|d| d.nl())
        .unwrap_or_default()
}
