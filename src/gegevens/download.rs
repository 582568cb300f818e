//! Offers text as a file download. The file is made in the browser (a blob:
//! URL of this origin); nothing is uploaded.

use wasm_bindgen::JsCast;

pub fn bied_aan(bestandsnaam: &str, inhoud: &str, mime: &str) -> Result<(), String> {
    let fout = |_| "het bestand kon niet worden aangeboden".to_string();
    let delen = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(inhoud));
    let opties = web_sys::BlobPropertyBag::new();
    opties.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&delen, &opties).map_err(fout)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fout)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("geen document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fout)?
        .dyn_into()
        .map_err(|_| "geen link".to_string())?;
    link.set_href(&url);
    link.set_download(bestandsnaam);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
