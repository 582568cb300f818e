//! Reading the extracts: each file streams through the core's
//! [`Bestandslezer`] in 64 KiB chunks, so a large file is never held in
//! memory as bytes and as records at the same time.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use jeugdmonitor_core::ingest::{Bestandslezer, Bestandsresultaat, Inleesopties};

use crate::fout::Fout;

/// Chunk size for reading; the core accepts chunks that end anywhere.
const BLOK: usize = 64 * 1024;

/// Reads every file in the order given (earlier files win duplicate
/// toewijzingen in `bouw_dataset`). An unreadable file stops everything: a
/// report that silently lacks a file would be wrong.
pub fn lees_alle(paden: &[impl AsRef<Path>], opties: &Inleesopties) -> Result<Vec<Bestandsresultaat>, Fout> {
    paden.iter().map(|p| lees_bestand(p.as_ref(), opties)).collect()
}

fn lees_bestand(pad: &Path, opties: &Inleesopties) -> Result<Bestandsresultaat, Fout> {
    let naam = pad.display().to_string();
    let fout = |e: io::Error| Fout::Overig(format!("kan {naam} niet lezen: {}", io_reden(&e)));
    let mut bestand = File::open(pad).map_err(fout)?;
    let mut lezer = Bestandslezer::nieuw(&naam, opties);
    let mut blok = vec![0u8; BLOK];
    loop {
        match bestand.read(&mut blok) {
            Ok(0) => break,
            Ok(n) => lezer.voed(&blok[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(fout(e)),
        }
    }
    Ok(lezer.einde())
}

/// Refuses the whole run when any file holds a column the privacy guard
/// flags (spec section 2): no figure is computed from such a load.
pub fn privacytoets(resultaten: &[Bestandsresultaat]) -> Result<(), Fout> {
    let bevindingen: Vec<_> = resultaten
        .iter()
        .filter(|r| !r.privacy_in_orde())
        .map(|r| (r.bestandsnaam.clone(), r.privacy.clone()))
        .collect();
    if bevindingen.is_empty() {
        Ok(())
    } else {
        Err(Fout::Privacy(bevindingen))
    }
}

/// At least one file must have been read as an extract; otherwise there is
/// nothing to report on and the run fails (exit 1) with each file's reason.
pub fn minstens_een_extract(resultaten: &[Bestandsresultaat]) -> Result<(), Fout> {
    if resultaten.iter().any(|r| r.soort.is_some()) {
        return Ok(());
    }
    let redenen: Vec<String> = resultaten
        .iter()
        .map(|r| {
            format!(
                "  {}: {}",
                r.bestandsnaam,
                r.melding.as_deref().unwrap_or("niet gelezen")
            )
        })
        .collect();
    Err(Fout::Overig(format!(
        "geen enkel bestand kon worden gelezen als extract:\n{}",
        redenen.join("\n")
    )))
}

/// Load warnings per file: files that were not read, the core's message
/// about a file that was read (a header without rows, a quote never
/// closed), and rejected rows.
pub fn waarschuwingen(resultaten: &[Bestandsresultaat]) -> Vec<String> {
    let mut uit = Vec::new();
    for r in resultaten {
        if r.soort.is_none() {
            uit.push(format!(
                "{}: niet gebruikt: {}",
                r.bestandsnaam,
                r.melding.as_deref().unwrap_or("niet herkend")
            ));
            continue;
        }
        if let Some(melding) = &r.melding {
            uit.push(format!("{}: {melding}", r.bestandsnaam));
        }
        if !r.afgewezen.is_empty() {
            uit.push(format!(
                "{}: {} van de {} regels afgewezen (zie afgewezen)",
                r.bestandsnaam,
                r.afgewezen.len(),
                r.regels_gelezen
            ));
        }
    }
    uit
}

/// An I/O error in plain Dutch.
pub fn io_reden(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "bestand of map bestaat niet".to_string(),
        io::ErrorKind::PermissionDenied => "geen toestemming om te lezen".to_string(),
        io::ErrorKind::IsADirectory => "dit is een map, geen bestand".to_string(),
        io::ErrorKind::InvalidData => "geen geldige tekst (UTF-8)".to_string(),
        _ => e.to_string(),
    }
}
