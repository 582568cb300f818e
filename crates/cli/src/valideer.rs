//! `jeugdmonitor valideer-inhoud MAP`: checks a region's content folder
//! before it is published. Prints `bestand:regel: veld: reden` per problem
//! and exits 1 when there is any, so a build script stops on it. Example
//! values (`voorbeeld` in the content) are listed as warnings; with
//! `--geen-voorbeelden` they stop the build for publication (exit 4), with
//! `--demo` they are only counted.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jeugdmonitor_core::inhoudscontrole::{valideer, Controle, Inhoudsmap};
use jeugdmonitor_core::problem::Probleem;

use crate::fout::{Fout, HULP_HOOFD};
use crate::read::io_reden;

pub const HULP: &str = "\
jeugdmonitor valideer-inhoud — controleer de inhoud van een regio

GEBRUIK
    jeugdmonitor valideer-inhoud [--geen-voorbeelden | --demo] MAP

Leest regio.toml en portaal.toml (verplicht) en producten.toml, doelen.toml,
maatregelen.toml en wachttijden.csv (als ze er zijn) uit MAP, en controleert
of ze kloppen en bij elkaar passen. De Engelse inhoud in MAP/en wordt ook
gecontroleerd. Elke fout staat op een eigen regel:
bestand:regel: veld: reden.

Gegevens met `voorbeeld` in de inhoud (zoals verzonnen adressen en
telefoonnummers) staan er ook, elk op een eigen regel met
\"voorbeeldwaarde\". Zonder optie zijn dat waarschuwingen.

OPTIES
    --geen-voorbeelden  een voorbeeldwaarde is een fout (exitstatus 4): voor
                        de bouw van een website die live gaat
    --demo              voorbeeldwaarden mogen blijven staan (een demo); ze
                        worden alleen geteld
    -h, --help          deze tekst

EXITSTATUS
    0  geen fouten (voorbeeldwaarden zijn dan waarschuwingen)
    1  er is minstens één fout
    2  verkeerd gebruik
    4  geen fouten, maar wel voorbeeldwaarden, en --geen-voorbeelden is gegeven
";

/// What to do with example values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Voorbeelden {
    /// List them as warnings (the default).
    Waarschuwen,
    /// They are errors: the build for publication.
    Weigeren,
    /// A demo build keeps them; only their number is said.
    Tellen,
}

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let mut omgang = Voorbeelden::Waarschuwen;
    let mut map = None;
    for a in args {
        match a.to_string_lossy().as_ref() {
            "-h" | "--help" => return crate::kpi::schrijf(|uit| uit.write_all(HULP.as_bytes())),
            "--geen-voorbeelden" => omgang = Voorbeelden::Weigeren,
            "--demo" => omgang = Voorbeelden::Tellen,
            optie if optie.starts_with('-') => return Err(gebruik(&format!("onbekende optie: {optie}"))),
            _ if map.is_none() => map = Some(PathBuf::from(a)),
            _ => return Err(gebruik("geef precies één map op")),
        }
    }
    let Some(map) = map else {
        return Err(gebruik("geef precies één map op"));
    };
    if !map.is_dir() {
        return Err(Fout::Overig(format!("{} is geen map", map.display())));
    }
    // The English content (`en/`) is checked like the Dutch, when present.
    let mut mappen = vec![map.clone()];
    if map.join("en").is_dir() {
        mappen.push(map.join("en"));
    }
    let mut fouten = String::new();
    let mut voorbeelden = String::new();
    let (mut aantal_fouten, mut aantal_voorbeelden) = (0, 0);
    for m in &mappen {
        // A file missing from `en/` is shown in Dutch, so it is checked
        // together with the Dutch files, as the site uses it; its example
        // values are listed once, under the Dutch folder.
        let terugval = (m != &map).then_some(map.as_path());
        let (controle, geleend) = controleer_map(m, terugval)?;
        aantal_fouten += controle.fouten.len();
        for p in &controle.fouten {
            fouten.push_str(&regel(m, p));
        }
        for p in controle
            .voorbeelden
            .iter()
            .filter(|p| !geleend.contains(&p.bestand.as_str()))
        {
            aantal_voorbeelden += 1;
            voorbeelden.push_str(&regel(m, p));
        }
    }
    let samenvatting = format!(
        "{}: {aantal_voorbeelden} voorbeeldwaarde(n) die nog gecontroleerd en vervangen moeten worden \
         (zie docs/publiceren.md)",
        map.display()
    );
    if aantal_fouten > 0 {
        if omgang == Voorbeelden::Waarschuwen && aantal_voorbeelden > 0 {
            crate::kpi::schrijf(|uit| writeln!(uit, "{voorbeelden}{samenvatting}"))?;
        }
        fouten.push_str(&format!("{aantal_fouten} fout(en) in {}", map.display()));
        return Err(Fout::Overig(fouten));
    }
    match (omgang, aantal_voorbeelden) {
        (_, 0) => crate::kpi::schrijf(|uit| writeln!(uit, "{}: de inhoud is in orde.", map.display())),
        (Voorbeelden::Weigeren, _) => Err(Fout::Voorbeelden(format!("{voorbeelden}{samenvatting}"))),
        (Voorbeelden::Waarschuwen, _) => crate::kpi::schrijf(|uit| {
            writeln!(uit, "{voorbeelden}{samenvatting}")?;
            writeln!(uit, "{}: verder is de inhoud in orde.", map.display())
        }),
        (Voorbeelden::Tellen, n) => crate::kpi::schrijf(|uit| {
            writeln!(
                uit,
                "{}: de inhoud is in orde; demo met {n} voorbeeldwaarde(n).",
                map.display()
            )
        }),
    }
}

fn gebruik(melding: &str) -> Fout {
    Fout::Gebruik {
        melding: format!("{melding}, bijvoorbeeld: jeugdmonitor valideer-inhoud public/content"),
        hulp: HULP_HOOFD,
    }
}

/// One problem as a line: `bestand:regel: veld: reden`.
fn regel(map: &Path, p: &Probleem) -> String {
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
    format!("{}{plek}:{veld} {}\n", map.join(&p.bestand).display(), p.reden)
}

/// The check of one folder, and the names of the files read from the
/// fallback folder instead.
fn controleer_map(map: &Path, terugval: Option<&Path>) -> Result<(Controle, Vec<&'static str>), Fout> {
    let geleend = std::cell::RefCell::new(Vec::new());
    let lees = |naam: &'static str| -> Result<Option<String>, Fout> {
        match (tekst(map, naam)?, terugval) {
            (None, Some(t)) => {
                geleend.borrow_mut().push(naam);
                tekst(t, naam)
            }
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
            (None, Some(t)) => {
                geleend.borrow_mut().push("wachttijden.csv");
                bytes(t, "wachttijden.csv")?
            }
            (gevonden, _) => gevonden,
        },
    };
    Ok((valideer(&inhoud), geleend.into_inner()))
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
