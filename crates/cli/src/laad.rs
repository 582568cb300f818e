//! The load that every data command shares (`kpi`, `verloop`, `doelen`,
//! `cbs`, `exporteer`): region content → files → privacy guard → data set →
//! KPI index and options. Only glue; every rule lives in the core.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use jeugdmonitor_core::content::{Productcatalogus, RegioInhoud};
use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::ingest::{bouw_dataset, Inleesopties};
use jeugdmonitor_core::kpi::{KpiIndex, KpiOpties, Treeknorm};
use jeugdmonitor_core::model::DataSet;
use jeugdmonitor_core::problem::Probleem;

use crate::fout::Fout;
use crate::inhoud::{self, Inhoud};
use crate::output::Invoer;
use crate::read::{self, Leesopties};

/// What was loaded, ready for the core's KPI functions.
pub struct Geladen {
    pub dataset: DataSet,
    pub index: KpiIndex,
    pub opties: KpiOpties,
    pub regio: Option<RegioInhoud>,
    pub invoer: Vec<Invoer>,
    pub afgewezen: Vec<Probleem>,
    pub waarschuwingen: Vec<String>,
}

/// The region content of `--inhoud`, if given.
pub fn inhoud(map: Option<&Path>) -> Result<Option<Inhoud>, Fout> {
    map.map(inhoud::lees).transpose()
}

/// Reads, checks and joins the files. `treeknorm` (`--treeknorm`) wins over
/// the region's norm, which wins over 14 weeks.
pub fn gegevens(
    inhoud: Option<Inhoud>,
    bestanden: &[PathBuf],
    treeknorm: Option<Treeknorm>,
    lees: Leesopties,
) -> Result<Geladen, Fout> {
    let (regio, catalogus) = match inhoud {
        Some(i) => (Some(i.regio), i.catalogus),
        None => (None, Productcatalogus::default()),
    };
    let leesopties = Inleesopties {
        gemeenten: regio.as_ref().map(|r| r.gemeenten.clone()).unwrap_or_default(),
        catalogus: catalogus.clone(),
        huidig_jaar: huidig_jaar(),
        ..Inleesopties::default()
    };
    let resultaten = read::lees_alle(bestanden, &leesopties, lees)?;
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
    let opties = KpiOpties {
        catalogus,
        feestdagen: regio.as_ref().map(|r| r.feestdagen.clone()).unwrap_or_default(),
        treeknorm: treeknorm
            .or_else(|| regio.as_ref().map(|r| r.treeknorm.clone()))
            .unwrap_or_default(),
    };
    Ok(Geladen {
        dataset: samen.dataset,
        index,
        opties,
        regio,
        invoer,
        afgewezen,
        waarschuwingen,
    })
}

impl Geladen {
    /// Warnings also go to stderr, so a scheduled job's log shows them.
    pub fn meld_waarschuwingen(&self) {
        for w in &self.waarschuwingen {
            eprintln!("jeugdmonitor: waarschuwing: {w}");
        }
    }

    /// The load report on stderr, for formats that have no place for it.
    pub fn meld_invoer(&self) {
        for i in &self.invoer {
            eprintln!("jeugdmonitor: {}", i.samenvatting());
        }
        if !self.afgewezen.is_empty() {
            eprintln!("jeugdmonitor: {} regels afgewezen:", self.afgewezen.len());
            for p in &self.afgewezen {
                eprintln!("  {p}");
            }
        }
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
