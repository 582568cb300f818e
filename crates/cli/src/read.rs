//! Reading the extracts: each file streams through the core's
//! [`Bestandslezer`] in 64 KiB chunks, so a large file is never held in
//! memory as bytes and as records at the same time. `-` is standard input
//! and a name ending in `.gz` is unpacked on the way (`trajecten.csv.gz`).

use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;

use flate2::read::MultiGzDecoder;
use jeugdmonitor_core::ingest::{Bestandslezer, Bestandsresultaat, Inleesopties};

use crate::fout::Fout;

/// Chunk size for reading; the core accepts chunks that end anywhere.
const BLOK: usize = 64 * 1024;

/// Files from this size on get a progress line on stderr.
pub const VOORTGANG_VANAF: u64 = 50 * 1024 * 1024;

/// How reading reports on itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Leesopties {
    /// `--stil`: never a progress line.
    pub stil: bool,
}

/// Reads every file in the order given (earlier files win duplicate
/// toewijzingen in `bouw_dataset`). An unreadable file stops everything: a
/// report that silently lacks a file would be wrong.
pub fn lees_alle(
    paden: &[impl AsRef<Path>],
    opties: &Inleesopties,
    lees: Leesopties,
) -> Result<Vec<Bestandsresultaat>, Fout> {
    if paden.iter().filter(|p| is_stdin(p.as_ref())).count() > 1 {
        return Err(Fout::Gebruik {
            melding: "- (standaardinvoer) mag maar één keer als bestand".into(),
            hulp: crate::fout::HULP_HOOFD,
        });
    }
    paden.iter().map(|p| lees_bestand(p.as_ref(), opties, lees)).collect()
}

fn is_stdin(pad: &Path) -> bool {
    pad.as_os_str() == "-"
}

/// The bytes of a file, standard input, or a gzip file unpacked, with the
/// size on disk (for the progress line; `None` for standard input).
pub fn open(pad: &Path) -> io::Result<(Box<dyn Read>, Option<u64>)> {
    if is_stdin(pad) {
        return Ok((Box::new(io::stdin().lock()), None));
    }
    let bestand = File::open(pad)?;
    let grootte = bestand.metadata().ok().map(|m| m.len());
    let gz = pad.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    if gz {
        Ok((Box::new(MultiGzDecoder::new(Telbaar::nieuw(bestand))), grootte))
    } else {
        Ok((Box::new(Telbaar::nieuw(bestand)), grootte))
    }
}

/// A reader that counts the bytes taken from the disk, so the progress of a
/// gzip file is measured in its own (packed) size.
struct Telbaar<R> {
    binnen: R,
}

impl<R> Telbaar<R> {
    fn nieuw(binnen: R) -> Telbaar<R> {
        Telbaar { binnen }
    }
}

thread_local! {
    static GELEZEN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl<R: Read> Read for Telbaar<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.binnen.read(buf)?;
        GELEZEN.with(|g| g.set(g.get() + n as u64));
        Ok(n)
    }
}

fn lees_bestand(pad: &Path, opties: &Inleesopties, lees: Leesopties) -> Result<Bestandsresultaat, Fout> {
    let naam = if is_stdin(pad) {
        "-".to_string()
    } else {
        pad.display().to_string()
    };
    let fout = |e: io::Error| Fout::Overig(format!("kan {naam} niet lezen: {}", io_reden(&e)));
    let (mut bron, grootte) = open(pad).map_err(fout)?;
    let mut voortgang = Voortgang::nieuw(&naam, grootte, lees);
    let mut lezer = Bestandslezer::nieuw(&naam, opties);
    let mut blok = vec![0u8; BLOK];
    loop {
        match bron.read(&mut blok) {
            Ok(0) => break,
            Ok(n) => lezer.voed(&blok[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(fout(e)),
        }
        voortgang.toon();
    }
    voortgang.klaar();
    Ok(lezer.einde())
}

/// The progress line on stderr: only for a file of 50 MB or more, only when
/// stderr is a terminal (a scheduled job's log stays clean) and not with
/// `--stil`. One line, rewritten in place with `\r`.
struct Voortgang<'a> {
    naam: &'a str,
    grootte: u64,
    begin: u64,
    aan: bool,
    getoond: u64,
}

impl<'a> Voortgang<'a> {
    fn nieuw(naam: &'a str, grootte: Option<u64>, lees: Leesopties) -> Voortgang<'a> {
        let grootte = grootte.unwrap_or(0);
        let aan = voortgang_aan(lees.stil, grootte, io::stderr().is_terminal());
        Voortgang {
            naam,
            grootte,
            begin: GELEZEN.with(std::cell::Cell::get),
            aan,
            getoond: u64::MAX,
        }
    }

    fn toon(&mut self) {
        if !self.aan {
            return;
        }
        let gelezen = GELEZEN.with(std::cell::Cell::get) - self.begin;
        let pct = (gelezen * 100 / self.grootte.max(1)).min(100);
        if pct != self.getoond {
            self.getoond = pct;
            let mb = |b: u64| b / (1024 * 1024);
            eprint!(
                "\rjeugdmonitor: {} lezen: {pct}% ({} van {} MB)",
                self.naam,
                mb(gelezen),
                mb(self.grootte)
            );
            let _ = io::stderr().flush();
        }
    }

    fn klaar(&self) {
        if self.aan {
            eprintln!();
        }
    }
}

/// Whether a file gets a progress line: 50 MB or more on disk, stderr a
/// terminal (a scheduled job's log stays clean), and no `--stil`.
fn voortgang_aan(stil: bool, grootte: u64, terminal: bool) -> bool {
    !stil && terminal && grootte >= VOORTGANG_VANAF
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_only_for_large_files_on_a_terminal_without_stil() {
        assert!(voortgang_aan(false, VOORTGANG_VANAF, true));
        assert!(!voortgang_aan(false, VOORTGANG_VANAF - 1, true));
        assert!(!voortgang_aan(true, VOORTGANG_VANAF, true));
        assert!(!voortgang_aan(false, VOORTGANG_VANAF, false));
        // Standard input has no size: never a progress line.
        assert!(!voortgang_aan(false, 0, true));
    }
}
