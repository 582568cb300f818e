//! The publishing step: turns the folder trunk built into a site that can
//! go on any static host.
//!
//! - trunk's inline start-up script moves into a file, so the strict
//!   Content-Security-Policy needs no `'unsafe-inline'`;
//! - `index.html` gets that policy, the manifest link and the mark that
//!   this build has a service worker;
//! - `manifest.webmanifest` is written from the region's content and theme;
//! - `dienstwerker.js` is written with every file of the build and a
//!   version taken from their contents.
//!
//! It reads only the build folder, so it also works for a region whose
//! content was copied in after trunk ran, and a second run changes nothing.

pub mod csp;
pub mod dienstwerker;
pub mod html;
pub mod manifest;
pub mod precache;
pub mod versie;

use std::path::Path;

/// What the step did, for the build log.
#[derive(Debug)]
pub struct Verslag {
    pub basis: String,
    pub versie: String,
    pub bestanden: usize,
    pub bytes: u64,
}

/// Finishes the build in `dist`. An error names the file and the reason;
/// then nothing of the build is half-changed that a rerun would not repair.
pub fn werk_af(dist: &Path) -> Result<Verslag, String> {
    let index_pad = dist.join("index.html");
    let index = lees_tekst(&index_pad)?;
    let basis = html::basis(&index);

    let index = match html::start_naar_bestand(&index, &basis) {
        Some((index, start)) => {
            schrijf(&dist.join(&start.bestandsnaam), start.inhoud.as_bytes())?;
            index
        }
        None => index,
    };
    let inline = html::inline_scripts(&index);
    if !inline.is_empty() {
        return Err(format!(
            "index.html: script zonder bestand ({}); het beveiligingsbeleid (CSP) zou het tegenhouden",
            inline.join(", ")
        ));
    }

    let regio_tekst = lees_tekst(&dist.join("content/regio.toml"))?;
    let regio =
        jeugdmonitor_core::content::lees_regio("content/regio.toml", &regio_tekst).map_err(|p| p.to_string())?;
    let thema = std::fs::read_to_string(dist.join("thema.css")).unwrap_or_default();
    for (naam, maat) in manifest::ICONEN {
        let bytes = std::fs::read(dist.join(naam)).map_err(|e| format!("{naam}: {e}"))?;
        match manifest::png_maat(&bytes) {
            Some((b, h)) if b == maat && h == maat => {}
            Some((b, h)) => return Err(format!("{naam}: is {b}×{h} pixels, moet {maat}×{maat} zijn")),
            None => return Err(format!("{naam}: is geen PNG-afbeelding")),
        }
    }
    let kleuren = manifest::Kleuren::uit_thema(&thema);
    schrijf(
        &dist.join("manifest.webmanifest"),
        manifest::maak(&regio.regio, &basis, &kleuren).as_bytes(),
    )?;

    let kopblok = format!(
        "  <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  \
         <meta name=\"jeugdmonitor-dienstwerker\" content=\"{basis}{}\">\n  \
         <link rel=\"manifest\" href=\"{basis}manifest.webmanifest\">\n  \
         <meta name=\"theme-color\" content=\"{}\">\n",
        html::attribuut(csp::BELEID),
        precache::DIENSTWERKER,
        html::attribuut(&kleuren.thema),
    );
    let index = html::zet_kopblok(&index, &kopblok)?;
    schrijf(&index_pad, index.as_bytes())?;

    // Last, so the list holds every file written above.
    let bestanden = precache::bestanden(dist)?;
    let versie = versie::van_bestanden(bestanden.iter().map(|b| (b.pad.as_str(), b.inhoud.as_slice())));
    let paden: Vec<String> = bestanden.iter().map(|b| precache::als_url(&b.pad)).collect();
    schrijf(
        &dist.join(precache::DIENSTWERKER),
        dienstwerker::maak(&versie, &basis, &paden).as_bytes(),
    )?;
    Ok(Verslag {
        basis,
        versie,
        bestanden: bestanden.len(),
        bytes: bestanden.iter().map(|b| b.inhoud.len() as u64).sum(),
    })
}

fn lees_tekst(pad: &Path) -> Result<String, String> {
    std::fs::read_to_string(pad).map_err(|e| format!("{}: {e}", pad.display()))
}

fn schrijf(pad: &Path, inhoud: &[u8]) -> Result<(), String> {
    std::fs::write(pad, inhoud).map_err(|e| format!("{}: {e}", pad.display()))
}
