//! What the app remembers between visits: only the column mapping, which
//! holds header names, never data.

use gloo_storage::{LocalStorage, Storage};
use jeugdmonitor_core::ingest::Kolomkoppeling;

/// Versioned key, so a later format can migrate instead of misreading.
const SLEUTEL_KOPPELING: &str = "jeugdmonitor.kolomkoppeling.v1";

pub fn lees_koppeling() -> Kolomkoppeling {
    LocalStorage::get(SLEUTEL_KOPPELING).unwrap_or_default()
}

pub fn bewaar_koppeling(koppeling: &Kolomkoppeling) -> Result<(), String> {
    LocalStorage::set(SLEUTEL_KOPPELING, koppeling)
        .map_err(|_| "de kolomkoppeling kon niet in de browser worden bewaard".to_string())
}

pub fn wis_koppeling() {
    LocalStorage::delete(SLEUTEL_KOPPELING);
}
