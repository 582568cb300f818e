//! "Download … (SVG)": any chart on the page as a standalone SVG file,
//! exactly as drawn (presentation attributes carry the drawing, so the file
//! looks the same outside the page).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::gegevens::download;

/// A button that offers the `<svg id=grafiek_id>` as `bestandsnaam`, with a
/// message in words when that fails.
#[component]
pub fn GrafiekDownload(grafiek_id: &'static str, label: String, bestandsnaam: Signal<String>) -> impl IntoView {
    let bericht = RwSignal::new(None::<String>);
    let download = move |_| {
        let uitkomst = svg_tekst(grafiek_id)
            .and_then(|svg| download::bied_aan(&bestandsnaam.get_untracked(), &svg, "image/svg+xml"));
        bericht.set(uitkomst.err().map(|f| format!("Downloaden lukte niet: {f}.")));
    };
    view! {
        <div class="knoppenrij">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=download>{label}</button>
        </div>
        <p class="utrecht-paragraph" role="status">{move || bericht.get()}</p>
    }
}

/// The chart with this id as a standalone SVG document.
fn svg_tekst(id: &str) -> Result<String, String> {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .ok_or("de grafiek staat niet op de pagina")?;
    let svg: web_sys::Element = element.dyn_into().map_err(|_| "geen grafiek".to_string())?;
    Ok(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        svg.outer_html()
    ))
}
