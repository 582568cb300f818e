//! The `kpi` subcommand: command line → content → files → privacy guard →
//! data set → KPIs → output, and with `--per` the breakdown per group as
//! the dashboard's "Per gemeente" table exports it. Only glue; every rule
//! lives in the core.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

use jeugdmonitor_core::export;
use jeugdmonitor_core::kpi::{bereken_alle, bereken_per, groepsnaam, Dimensie};
use jeugdmonitor_core::suppression::{onderdruk, OnderdruktResultaat};

use crate::args::{Aantal, Formaat, KpiOpdracht, RuweKpiArgs};
use crate::fout::{Fout, HULP_KPI};
use crate::output::{self, Rapport};
use crate::read::Leesopties;
use crate::{help, laad};

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees_met(args, &[("per", Aantal::Eens)], HULP_KPI)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(help::KPI.as_bytes()));
    }
    let per = match ruw.tekst("per")? {
        None => None,
        Some(t) => Some(Dimensie::uit_naam(t.trim()).ok_or_else(|| {
            let namen: Vec<&str> = Dimensie::ALLE.iter().map(|d| d.naam()).collect();
            Fout::kpi(format!("--per moet een van {} zijn, niet {t:?}", namen.join(", ")))
        })?),
    };
    let opdracht = KpiOpdracht::uit(ruw)?;
    let inhoud = laad::inhoud(opdracht.inhoud.as_deref())?;
    let scope = opdracht.scope(inhoud.as_ref().map(|i| &i.regio))?;
    let geladen = laad::gegevens(
        inhoud,
        &opdracht.bestanden,
        opdracht.treeknorm.clone(),
        Leesopties { stil: opdracht.stil },
    )?;
    geladen.meld_waarschuwingen();
    let uit = opdracht.uit.as_deref();

    if let Some(dimensie) = per {
        let groepen = bereken_per(
            &geladen.index,
            &geladen.dataset,
            opdracht.venster,
            opdracht.peildatum,
            &scope,
            &geladen.opties,
            dimensie,
        );
        let getoond: Vec<(String, String, OnderdruktResultaat)> = groepen
            .into_iter()
            .map(|g| {
                let naam = groepsnaam(dimensie, &g.waarde, geladen.regio.as_ref(), &geladen.opties.catalogus);
                (g.waarde, naam, onderdruk(&g.resultaat, opdracht.onderdrukking))
            })
            .collect();
        let lijst: Vec<(String, String, &OnderdruktResultaat)> =
            getoond.iter().map(|(w, n, r)| (w.clone(), n.clone(), r)).collect();
        geladen.meld_invoer();
        let tekst = match opdracht.formaat {
            Formaat::Json => {
                let mut t = export::uitsplitsing_json(dimensie.naam(), &lijst);
                t.push('\n');
                t
            }
            Formaat::Csv => export::uitsplitsing_csv(dimensie.naam(), &lijst),
        };
        return schrijf_naar(uit, |w| w.write_all(tekst.as_bytes()));
    }

    let exact = bereken_alle(
        &geladen.index,
        &geladen.dataset,
        opdracht.venster,
        opdracht.peildatum,
        &scope,
        &geladen.opties,
    );
    let rapport = Rapport {
        kpi: onderdruk(&exact, opdracht.onderdrukking),
        geen_gegevens: met_cli_hint(export::geen_gegevens(&exact)),
        invoer: geladen.invoer,
        afgewezen: geladen.afgewezen,
        waarschuwingen: geladen.waarschuwingen,
    };
    match opdracht.formaat {
        Formaat::Json => schrijf_naar(uit, |mut w| output::schrijf_json(&rapport, &mut w)),
        Formaat::Csv => {
            for i in &rapport.invoer {
                eprintln!("jeugdmonitor: {}", i.samenvatting());
            }
            if !rapport.afgewezen.is_empty() {
                eprintln!("jeugdmonitor: {} regels afgewezen:", rapport.afgewezen.len());
                for p in &rapport.afgewezen {
                    eprintln!("  {p}");
                }
            }
            schrijf_naar(uit, |mut w| output::schrijf_csv(&rapport, &mut w))
        }
    }
}

/// Writes to stdout. A closed pipe (`| head`) is not an error: the reader
/// has what it wanted.
pub fn schrijf(f: impl FnOnce(&mut io::BufWriter<io::StdoutLock<'static>>) -> io::Result<()>) -> Result<(), Fout> {
    let mut uit = io::BufWriter::new(io::stdout().lock());
    match f(&mut uit).and_then(|()| uit.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fout::Overig(format!("kan de uitvoer niet schrijven: {e}"))),
    }
}

/// Writes to `--uit BESTAND`, or to stdout without it. The file is written
/// next to its place and renamed at the end, so a scheduled job never
/// leaves half a report where the last full one was.
pub fn schrijf_naar(uit: Option<&Path>, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Fout> {
    let Some(pad) = uit else {
        return schrijf(|w| f(w));
    };
    let fout = |e: io::Error| Fout::Overig(format!("kan {} niet schrijven: {}", pad.display(), e));
    let mut tijdelijk = pad.as_os_str().to_owned();
    tijdelijk.push(".deel");
    let tijdelijk = std::path::PathBuf::from(tijdelijk);
    let bestand = File::create(&tijdelijk).map_err(fout)?;
    let mut w = io::BufWriter::new(bestand);
    let geschreven = f(&mut w).and_then(|()| w.flush());
    if let Err(e) = geschreven {
        let _ = std::fs::remove_file(&tijdelijk);
        return Err(fout(e));
    }
    drop(w);
    std::fs::rename(&tijdelijk, pad).map_err(fout)
}

/// On the command line the catalogue comes from `--inhoud`; say so where the
/// core reports it missing.
fn met_cli_hint(redenen: Vec<(String, String)>) -> Vec<(String, String)> {
    redenen
        .into_iter()
        .map(|(id, reden)| {
            if reden.starts_with("geen productcatalogus") {
                (
                    id,
                    format!("{reden} (geef --inhoud met een map die producten.toml bevat)"),
                )
            } else {
                (id, reden)
            }
        })
        .collect()
}
