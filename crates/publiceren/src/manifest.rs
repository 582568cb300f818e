//! The web app manifest: what an installed site is called and looks like.

use jeugdmonitor_core::content::Regio;
use serde_json::json;

/// The icons the manifest names, with their required size. They are
/// content (`public/`), so a region can bring its own.
pub const ICONEN: [(&str, u32); 2] = [("icoon-192.png", 192), ("icoon-512.png", 512)];

/// Colours for the title bar and splash screen, from the region theme.
#[derive(Debug, PartialEq)]
pub struct Kleuren {
    pub thema: String,
    pub achtergrond: String,
}

impl Kleuren {
    /// Reads `--regio-kleur-primair` and `--regio-kleur-achtergrond` from
    /// `thema.css`; the neutral defaults when one is missing.
    pub fn uit_thema(css: &str) -> Kleuren {
        Kleuren {
            thema: css_waarde(css, "--regio-kleur-primair").unwrap_or_else(|| "#ffffff".into()),
            achtergrond: css_waarde(css, "--regio-kleur-achtergrond").unwrap_or_else(|| "#ffffff".into()),
        }
    }
}

fn css_waarde(css: &str, eigenschap: &str) -> Option<String> {
    let sleutel = format!("{eigenschap}:");
    let begin = css.find(&sleutel)? + sleutel.len();
    let waarde = css[begin..].split([';', '}']).next()?.trim();
    (!waarde.is_empty()).then(|| waarde.to_string())
}

/// The manifest for a site at `basis` (with final slash).
pub fn maak(regio: &Regio, basis: &str, kleuren: &Kleuren) -> String {
    let iconen: Vec<_> = ICONEN
        .iter()
        .map(|(naam, maat)| {
            json!({ "src": format!("{basis}{naam}"), "sizes": format!("{maat}x{maat}"), "type": "image/png", "purpose": "any" })
        })
        .collect();
    let manifest = json!({
        "name": regio.naam,
        "short_name": regio.korte_naam,
        "description": regio.welkom,
        "lang": "nl",
        "dir": "ltr",
        "id": basis,
        "start_url": basis,
        "scope": basis,
        "display": "standalone",
        "theme_color": kleuren.thema,
        "background_color": kleuren.achtergrond,
        "icons": iconen,
    });
    serde_json::to_string_pretty(&manifest).unwrap_or_default() + "\n"
}

/// Width and height of a PNG, from its header; `None` for anything else.
pub fn png_maat(bytes: &[u8]) -> Option<(u32, u32)> {
    const HANDTEKENING: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
    if bytes.len() < 24 || bytes[..8] != HANDTEKENING || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let getal = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    Some((getal(16), getal(20)))
}
