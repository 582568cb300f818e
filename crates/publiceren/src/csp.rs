//! The Content-Security-Policy of the published site.
//!
//! It is written into the built `index.html` as a `<meta>`, so it holds on
//! any host; docs/publiceren.md gives the same policy as a header for nginx
//! and Apache (a test keeps the two equal). Only `frame-ancestors` cannot be
//! given in a `<meta>`; the header adds it.

/// Every directive, with why it is as it is:
/// - `script-src 'self' 'wasm-unsafe-eval'`: our own script files only, and
///   compiling our WebAssembly; no inline script (the publishing step moves
///   trunk's start-up script into a file).
/// - `style-src 'self'`: our own style sheets only, no inline styles.
/// - `img-src 'self' data:`: the component library draws a few icons as
///   `data:` images.
/// - `connect-src 'self'`: fetches only reach this site.
/// - `worker-src 'self'`: the offline service worker.
/// - `form-action 'none'`: no form is ever sent anywhere.
pub const BELEID: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/// The header version adds what a `<meta>` cannot carry.
pub fn als_header() -> String {
    format!("{BELEID}; frame-ancestors 'none'")
}
