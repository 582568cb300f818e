//! The service worker script, filled in for one build.

const SJABLOON: &str = include_str!("dienstwerker.js");

/// The worker for a build at `basis` (with final slash) and this version.
/// `bestanden` are stored when the worker installs; `bij_gebruik` (path and
/// size in bytes) only after their first use. Paths are URL-encoded and
/// relative to `basis`.
pub fn maak(versie: &str, basis: &str, bestanden: &[String], bij_gebruik: &[(String, u64)]) -> String {
    let lijst = serde_json::to_string(bestanden).unwrap_or_else(|_| "[]".into());
    let later: serde_json::Map<String, serde_json::Value> = bij_gebruik
        .iter()
        .map(|(pad, grootte)| (pad.clone(), serde_json::Value::from(*grootte)))
        .collect();
    let later = serde_json::to_string(&later).unwrap_or_else(|_| "{}".into());
    let basis = serde_json::to_string(basis).unwrap_or_else(|_| "\"/\"".into());
    SJABLOON
        .replace("\"__VERSIE__\"", &format!("\"{versie}\""))
        .replace("\"__BASIS__\"", &basis)
        .replace("__BESTANDEN__", &lijst)
        .replace("__BIJ_GEBRUIK__", &later)
}
