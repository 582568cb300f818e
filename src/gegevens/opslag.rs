//! What the app remembers between visits: only the column mapping, which
//! holds header names, never data.

use gloo_storage::{LocalStorage, Storage};
use jeugdmonitor_core::ingest::Kolomkoppeling;

/// Versioned key, so a later format can migrate instead of misreading.
const SLEUTEL_KOPPELING: &str = "jeugdmonitor.kolomkoppeling.v1";

/// gloo-storage panics when the browser blocks localStorage (blocked site
/// data, sandboxed frames); every call checks first.
fn beschikbaar() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

pub fn lees_koppeling() -> Kolomkoppeling {
    if !beschikbaar() {
        return Kolomkoppeling::default();
    }
    LocalStorage::get(SLEUTEL_KOPPELING).unwrap_or_default()
}

pub fn bewaar_koppeling(koppeling: &Kolomkoppeling) -> Result<(), String> {
    if !beschikbaar() {
        return Err("de browser staat opslaan niet toe; de kolomkoppeling geldt alleen voor deze keer".to_string());
    }
    LocalStorage::set(SLEUTEL_KOPPELING, koppeling)
        .map_err(|_| "de kolomkoppeling kon niet in de browser worden bewaard".to_string())
}

pub fn wis_koppeling() {
    if beschikbaar() {
        LocalStorage::delete(SLEUTEL_KOPPELING);
    }
}
