//! The lists of files the service worker stores for offline use, read from
//! disk after trunk has named them (with hashes), so they are never written
//! by hand: what every page needs is stored when the worker installs, on a
//! parent's first visit; what only the professionals' pages use waits until
//! it is first asked for.

use std::path::Path;

/// The worker script itself: the browser fetches it fresh, never from the
/// worker's own store.
pub const DIENSTWERKER: &str = "dienstwerker.js";

/// Folders whose files only the professionals' pages use (the demo data,
/// 10 MB): stored after their first use, never on a parent's visit.
pub const BIJ_GEBRUIK: &[&str] = &["demo/"];

/// Files for search engines; no page asks for them, so the worker leaves
/// them to the network.
pub const NOOIT: &[&str] = &[crate::zoekmachines::ROBOTS, crate::zoekmachines::SITEMAP];

/// When the worker stores a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bewaren {
    /// When it installs: the public pages need it.
    BijInstallatie,
    /// After its first use.
    BijGebruik,
    /// Not at all.
    Nooit,
}

/// When the worker stores the file at `pad` (relative to the build folder).
pub fn bewaren(pad: &str) -> Bewaren {
    if NOOIT.contains(&pad) {
        Bewaren::Nooit
    } else if BIJ_GEBRUIK.iter().any(|map| pad.starts_with(map)) {
        Bewaren::BijGebruik
    } else {
        Bewaren::BijInstallatie
    }
}

/// One file of the build.
#[derive(Debug)]
pub struct Bestand {
    /// Path from the build folder with `/` separators (`content/regio.toml`).
    pub pad: String,
    pub inhoud: Vec<u8>,
}

/// Every file under `dist` except the worker and hidden files (`.DS_Store`,
/// `.gitkeep`: many hosts refuse to serve them, which would stop the
/// install), sorted by path.
pub fn bestanden(dist: &Path) -> Result<Vec<Bestand>, String> {
    let mut gevonden = Vec::new();
    verzamel(dist, "", &mut gevonden)?;
    gevonden.retain(|b| b.pad != DIENSTWERKER);
    gevonden.sort_by(|a, b| a.pad.cmp(&b.pad));
    Ok(gevonden)
}

fn verzamel(map: &Path, voorvoegsel: &str, gevonden: &mut Vec<Bestand>) -> Result<(), String> {
    let items = std::fs::read_dir(map).map_err(|e| format!("{}: {e}", map.display()))?;
    for item in items {
        let item = item.map_err(|e| format!("{}: {e}", map.display()))?;
        let naam = item.file_name().to_string_lossy().into_owned();
        if naam.starts_with('.') {
            continue;
        }
        let pad = format!("{voorvoegsel}{naam}");
        let soort = item.file_type().map_err(|e| format!("{pad}: {e}"))?;
        if soort.is_dir() {
            verzamel(&item.path(), &format!("{pad}/"), gevonden)?;
        } else if soort.is_file() {
            let inhoud = std::fs::read(item.path()).map_err(|e| format!("{pad}: {e}"))?;
            gevonden.push(Bestand { pad, inhoud });
        }
    }
    Ok(())
}

/// A path as it goes into a URL: every byte outside the unreserved set
/// (and `/`) percent-encoded, so a file name with a space still matches.
pub fn als_url(pad: &str) -> String {
    let mut uit = String::with_capacity(pad.len());
    for b in pad.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            uit.push(char::from(b));
        } else {
            uit.push_str(&format!("%{b:02X}"));
        }
    }
    uit
}
