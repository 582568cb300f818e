//! The `kpi` subcommand: command line → content → files → privacy guard →
//! data set → KPIs → output. Only glue; every rule lives in the core.

use std::ffi::OsString;
use std::io::{self, Write};
use std::time::{SystemTime, UNIX_EPOCH};

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::ingest::{bouw_dataset, Inleesopties};
use jeugdmonitor_core::kpi::{bereken_alle, KpiIndex, KpiOpties};
use jeugdmonitor_core::suppression::onderdruk;

use crate::args::{Formaat, KpiOpdracht, RuweKpiArgs};
use crate::fout::Fout;
use crate::output::{self, Invoer, Rapport};
use crate::{help, inhoud, read};

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees(args)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(help::KPI.as_bytes()));
    }
    let opdracht = KpiOpdracht::uit(ruw)?;
    let inhoud = opdracht.inhoud.as_deref().map(inhoud::lees).transpose()?;
    let scope = opdracht.scope(inhoud.as_ref().map(|i| &i.regio))?;
    let (gemeenten, catalogus, feestdagen, regio_treeknorm) = match inhoud {
        Some(i) => (
            i.regio.gemeenten,
            i.catalogus,
            i.regio.feestdagen,
            Some(i.regio.treeknorm),
        ),
        None => Default::default(),
    };

    let leesopties = Inleesopties {
        gemeenten,
        catalogus: catalogus.clone(),
        huidig_jaar: huidig_jaar(),
        ..Inleesopties::default()
    };
    let resultaten = read::lees_alle(&opdracht.bestanden, &leesopties)?;
    read::privacytoets(&resultaten)?;
    read::minstens_een_extract(&resultaten)?;

    let invoer: Vec<Invoer> = resultaten.iter().map(Invoer::van).collect();
    let mut afgewezen: Vec<_> = resultaten
        .iter()
        .flat_map(|r| r.afgewezen.iter().map(|a| a.probleem.clone()))
        .collect();
    let mut waarschuwingen = read::waarschuwingen(&resultaten);
    let samen = bouw_dataset(resultaten);
    afgewezen.extend(samen.afgewezen.iter().map(|a| a.probleem.clone()));
    let plek_samenvoegen = waarschuwingen.len();
    waarschuwingen.extend(samen.waarschuwingen.iter().cloned());

    let index = KpiIndex::bouw(&samen.dataset, &catalogus);
    // Before the join's own warnings, as the data-quality order has it.
    if let Some(w) = index.waarschuwing_niet_te_koppelen(&samen.dataset) {
        waarschuwingen.insert(plek_samenvoegen, w);
    }
    let kpi_opties = KpiOpties {
        catalogus,
        feestdagen,
        // --treeknorm wins over the region's norm, which wins over 14 weeks.
        treeknorm: opdracht.treeknorm.clone().or(regio_treeknorm).unwrap_or_default(),
    };
    let exact = bereken_alle(
        &index,
        &samen.dataset,
        opdracht.venster,
        opdracht.peildatum,
        &scope,
        &kpi_opties,
    );
    let rapport = Rapport {
        kpi: onderdruk(&exact, opdracht.onderdrukking),
        geen_gegevens: met_cli_hint(jeugdmonitor_core::export::geen_gegevens(&exact)),
        invoer,
        afgewezen,
        waarschuwingen,
    };

    // Warnings also go to stderr, so a scheduled job's log shows them.
    for w in &rapport.waarschuwingen {
        eprintln!("jeugdmonitor: waarschuwing: {w}");
    }
    match opdracht.formaat {
        Formaat::Json => schrijf(|uit| output::schrijf_json(&rapport, uit)),
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
            schrijf(|uit| output::schrijf_csv(&rapport, uit))
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

/// The current calendar year, the upper bound for `geboortejaar`. The core
/// takes it as an option so that it never reads the clock itself.
fn huidig_jaar() -> i32 {
    let standaard = Inleesopties::default().huidig_jaar;
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|d| i32::try_from(d.as_secs() / 86_400).ok())
        .map_or(standaard, |dagen| Datum::from_dagnummer(dagen).jaar())
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
