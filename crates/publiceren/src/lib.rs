//! The publishing step: turns the folder trunk built into a site that can
//! go on any static host.
//!
//! - trunk's inline start-up script moves into a file, so the strict
//!   Content-Security-Policy needs no `'unsafe-inline'`;
//! - `index.html` gets that policy, the manifest link and the mark that
//!   this build has a service worker;
//! - `manifest.webmanifest` is written from the region's content and theme;
//! - `robots.txt` and `sitemap.xml` are written from the content and the
//!   site's public address (`website` in `regio.toml`);
//! - `dienstwerker.js` is written with the files a public page needs (stored
//!   on the first visit), the files stored only after their first use (the
//!   demo data), and a version taken from the contents of all of them.
//!
//! It reads only the build folder, so it also works for a region whose
//! content was copied in after trunk ran, and a second run changes nothing.

pub mod csp;
pub mod dienstwerker;
pub mod html;
pub mod manifest;
pub mod precache;
pub mod versie;
pub mod zoekmachines;

use std::path::Path;

/// What the step did, for the build log.
#[derive(Debug)]
pub struct Verslag {
    pub basis: String,
    pub versie: String,
    /// Files stored on the first visit, and their bytes.
    pub bestanden: usize,
    pub bytes: u64,
    /// Files stored only after their first use, and their bytes.
    pub bij_gebruik: usize,
    pub bytes_bij_gebruik: u64,
    /// Notes for the build log (what was left out, and why).
    pub meldingen: Vec<String>,
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

    let meldingen = zoekmachinebestanden(dist, &regio, &basis)?;

    // Last, so the lists hold every file written above. The version counts
    // every file, also those stored later, so a new demo file is a new
    // release too.
    let bestanden = precache::bestanden(dist)?;
    let versie = versie::van_bestanden(bestanden.iter().map(|b| (b.pad.as_str(), b.inhoud.as_slice())));
    let soort = |s: precache::Bewaren| bestanden.iter().filter(move |b| precache::bewaren(&b.pad) == s);
    let nu: Vec<String> = soort(precache::Bewaren::BijInstallatie)
        .map(|b| precache::als_url(&b.pad))
        .collect();
    let later: Vec<(String, u64)> = soort(precache::Bewaren::BijGebruik)
        .map(|b| (precache::als_url(&b.pad), b.inhoud.len() as u64))
        .collect();
    schrijf(
        &dist.join(precache::DIENSTWERKER),
        dienstwerker::maak(&versie, &basis, &nu, &later).as_bytes(),
    )?;
    let bytes = |s| soort(s).map(|b| b.inhoud.len() as u64).sum();
    Ok(Verslag {
        versie,
        bestanden: nu.len(),
        bytes: bytes(precache::Bewaren::BijInstallatie),
        bij_gebruik: later.len(),
        bytes_bij_gebruik: bytes(precache::Bewaren::BijGebruik),
        meldingen,
        basis,
    })
}

/// Writes `robots.txt` and, when the region gives its public address,
/// `sitemap.xml` (an old one is removed when it no longer can be made).
/// Returns the notes for the build log.
fn zoekmachinebestanden(
    dist: &Path,
    regio: &jeugdmonitor_core::content::RegioInhoud,
    basis: &str,
) -> Result<Vec<String>, String> {
    let mut meldingen = Vec::new();
    // English counts only when it parses, as in the app's language switch.
    let engels = std::fs::read_to_string(dist.join("content/en/regio.toml"))
        .ok()
        .is_some_and(|t| jeugdmonitor_core::content::lees_regio("content/en/regio.toml", &t).is_ok());
    let site = zoekmachines::Site {
        website: regio.regio.website.as_deref(),
        basis,
        engels,
    };
    schrijf(&dist.join(zoekmachines::ROBOTS), zoekmachines::robots(&site).as_bytes())?;
    let sitemap_pad = dist.join(zoekmachines::SITEMAP);
    match zoekmachines::sitemap(&site) {
        Some(kaart) => schrijf(&sitemap_pad, kaart.as_bytes())?,
        None => {
            if sitemap_pad.exists() {
                std::fs::remove_file(&sitemap_pad).map_err(|e| format!("{}: {e}", sitemap_pad.display()))?;
            }
            meldingen.push(
                "geen sitemap.xml: zet het adres van de website in regio.toml (website = \"https://…\") \
                 zodat zoekmachines elke pagina vinden"
                    .to_string(),
            );
        }
    }
    if let Some(website) = site.website {
        let pad = jeugdmonitor_core::paginas::websitepad(website);
        if pad != basis {
            meldingen.push(format!(
                "let op: website in regio.toml eindigt op {pad}, maar deze bouw is voor {basis} (PAD); \
                 de sitemap gebruikt {basis}"
            ));
        }
        if basis != "/" {
            meldingen.push(format!(
                "zoekmachines lezen alleen robots.txt in de hoofdmap van het domein: zet daar de regel \
                 'Sitemap: {}{}'",
                site.thuisadres().unwrap_or_default(),
                zoekmachines::SITEMAP
            ));
        }
    }
    Ok(meldingen)
}

fn lees_tekst(pad: &Path) -> Result<String, String> {
    std::fs::read_to_string(pad).map_err(|e| format!("{}: {e}", pad.display()))
}

fn schrijf(pad: &Path, inhoud: &[u8]) -> Result<(), String> {
    std::fs::write(pad, inhoud).map_err(|e| format!("{}: {e}", pad.display()))
}
