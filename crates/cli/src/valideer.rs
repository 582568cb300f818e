//! `jeugdmonitor valideer-inhoud MAP`: checks a region's content folder
//! before it is published. Prints `bestand:regel: reden` per problem and
//! exits 1 when there is any, so a build script stops on it.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jeugdmonitor_core::inhoudscontrole::{valideer, Inhoudsmap};

use crate::fout::{Fout, HULP_HOOFD};
use crate::read::io_reden;

pub const HULP: &str = "\
jeugdmonitor valideer-inhoud — controleer de inhoud van een regio

GEBRUIK
    jeugdmonitor valideer-inhoud MAP

Leest regio.toml en portaal.toml (verplicht) en producten.toml, doelen.toml,
maatregelen.toml en wachttijden.csv (als ze er zijn) uit MAP, en controleert
of ze kloppen en bij elkaar passen. Elke fout staat op een eigen regel:
bestand:regel: veld: reden.

EXITSTATUS
    0  alles in orde
    1  er is minstens één fout
    2  verkeerd gebruik
";

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let map = match args {
        [a] if a == "-h" || a == "--help" => {
            return crate::kpi::schrijf(|uit| uit.write_all(HULP.as_bytes()));
        }
        [map] if !map.to_string_lossy().starts_with('-') => PathBuf::from(map),
        _ => {
            return Err(Fout::Gebruik {
                melding: "geef precies één map op, bijvoorbeeld: jeugdmonitor valideer-inhoud public/content".into(),
                hulp: HULP_HOOFD,
            })
        }
    };
    if !map.is_dir() {
        return Err(Fout::Overig(format!("{} is geen map", map.display())));
    }
    // The English content (`en/`) is checked like the Dutch, when present.
    let mut mappen = vec![map.clone()];
    if map.join("en").is_dir() {
        mappen.push(map.join("en"));
    }
    let mut regels = String::new();
    let mut aantal = 0;
    for m in &mappen {
        // A file missing from `en/` is shown in Dutch, so it is checked
        // together with the Dutch files, as the site uses it.
        let terugval = (m != &map).then_some(map.as_path());
        let problemen = controleer_map(m, terugval)?;
        aantal += problemen.len();
        for p in &problemen {
            let plek = if p.regel > 0 {
                format!(":{}", p.regel)
            } else {
                String::new()
            };
            let veld = if p.kolom.is_empty() {
                String::new()
            } else {
                format!(" {}:", p.kolom)
            };
            regels.push_str(&format!("{}{plek}:{veld} {}\n", m.join(&p.bestand).display(), p.reden));
        }
    }
    if aantal == 0 {
        return crate::kpi::schrijf(|uit| writeln!(uit, "{}: de inhoud is in orde.", map.display()));
    }
    regels.push_str(&format!("{aantal} fout(en) in {}", map.display()));
    Err(Fout::Overig(regels))
}

/// The problems of one folder.
fn controleer_map(map: &Path, terugval: Option<&Path>) -> Result<Vec<jeugdmonitor_core::problem::Probleem>, Fout> {
    let lees = |naam: &str| -> Result<Option<String>, Fout> {
        match (tekst(map, naam)?, terugval) {
            (None, Some(t)) => tekst(t, naam),
            (gevonden, _) => Ok(gevonden),
        }
    };
    let inhoud = Inhoudsmap {
        regio: lees("regio.toml")?,
        producten: lees("producten.toml")?,
        portaal: lees("portaal.toml")?,
        doelen: lees("doelen.toml")?,
        maatregelen: lees("maatregelen.toml")?,
        wachttijden: match (bytes(map, "wachttijden.csv")?, terugval) {
            (None, Some(t)) => bytes(t, "wachttijden.csv")?,
            (gevonden, _) => gevonden,
        },
    };
    Ok(valideer(&inhoud))
}

fn bytes(map: &Path, naam: &str) -> Result<Option<Vec<u8>>, Fout> {
    match std::fs::read(map.join(naam)) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Fout::Overig(format!(
            "kan {} niet lezen: {}",
            map.join(naam).display(),
            io_reden(&e)
        ))),
    }
}

fn tekst(map: &Path, naam: &str) -> Result<Option<String>, Fout> {
    bytes(map, naam)?
        .map(|b| {
            String::from_utf8(b).map_err(|_| Fout::Overig(format!("{} is geen UTF-8-tekst", map.join(naam).display())))
        })
        .transpose()
}
