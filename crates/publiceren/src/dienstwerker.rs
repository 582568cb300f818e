//! The service worker script, filled in for one build.

const SJABLOON: &str = include_str!("dienstwerker.js");

/// The worker for a build at `basis` (with final slash) with these file
/// paths (URL-encoded, relative to `basis`) and this version.
pub fn maak(versie: &str, basis: &str, bestanden: &[String]) -> String {
    let lijst = serde_json::to_string(bestanden).unwrap_or_else(|_| "[]".into());
    let basis = serde_json::to_string(basis).unwrap_or_else(|_| "\"/\"".into());
    SJABLOON
        .replace("\"__VERSIE__\"", &format!("\"{versie}\""))
        .replace("\"__BASIS__\"", &basis)
        .replace("__BESTANDEN__", &lijst)
}
