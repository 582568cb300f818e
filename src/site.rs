//! Where the site lives on its host: at the root (`https://regio.nl/`) or
//! under a sub-path (`https://www.gemeente.nl/jeugdhulp/`).
//!
//! The build writes the sub-path into `<base href>` (trunk's public URL), so
//! one source serves both. Every address the app makes itself, links and
//! fetches alike, goes through [`pad`], and every address it reads goes
//! through [`zonder_basis`]; the routes themselves stay written from `/`.

use std::sync::OnceLock;

/// The sub-path without its final slash: `""` at the root, `"/jeugdhulp"`
/// under a sub-path. Read once from the document's base address.
pub fn basis() -> &'static str {
    static BASIS: OnceLock<String> = OnceLock::new();
    BASIS.get_or_init(|| {
        let basisadres = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        basis_uit_adres(&basisadres)
    })
}

/// The path part of a base address, without its final slash.
pub fn basis_uit_adres(basisadres: &str) -> String {
    let na_schema = basisadres.split_once("://").map_or(basisadres, |(_, rest)| rest);
    let pad = na_schema.find('/').map_or("", |i| &na_schema[i..]);
    let pad = pad.split(['?', '#']).next().unwrap_or_default();
    // A base that names a file (`/jeugdhulp/index.html`) means its folder.
    let map = &pad[..pad.rfind('/').map_or(0, |i| i + 1)];
    map.trim_end_matches('/').to_string()
}

/// A site path written from the root (`/producten`) as the browser must
/// see it (`/jeugdhulp/producten` under a sub-path).
pub fn pad(vanaf_root: &str) -> String {
    met_basis(basis(), vanaf_root)
}

/// [`pad`] with the sub-path given.
pub fn met_basis(basis: &str, vanaf_root: &str) -> String {
    debug_assert!(
        vanaf_root.starts_with('/'),
        "site paths start at the root: {vanaf_root}"
    );
    format!("{basis}{vanaf_root}")
}

/// The route part of a path the browser shows (`/jeugdhulp/producten` gives
/// `/producten`), so route checks need not know the sub-path.
pub fn zonder_basis(pad: &str) -> &str {
    uit_basis(basis(), pad)
}

/// [`zonder_basis`] with the sub-path given.
pub fn uit_basis<'a>(basis: &str, pad: &'a str) -> &'a str {
    match pad.strip_prefix(basis) {
        Some("") => "/",
        Some(rest) if basis.is_empty() || rest.starts_with('/') => rest,
        _ => pad,
    }
}
