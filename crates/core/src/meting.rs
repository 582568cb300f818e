//! Measuring the whole pipeline — read, join, index, recompute — on
//! generated data. The same code runs natively (`benches/pijplijn.rs`) and in
//! WebAssembly in headless Chromium (`tests/meting.rs` of the app), so the two
//! sets of numbers in `docs/prestaties.md` measure exactly the same work.
//!
//! The generator streams its CSV text straight into the streaming readers, in
//! 1 MiB pieces as the browser's `Blob.slice` would give them; only the time
//! spent inside the reader is counted, never the generator's.

use std::collections::HashMap;

use crate::content::lees_producten;
use crate::demo::{genereer, productcatalogus_toml, DemoOpties, DemoUitvoer};
use crate::ingest::{bouw_dataset, Bestandslezer, Inleesopties};
use crate::kpi::{bereken_alle, KpiIndex, KpiOpties, Leeftijd, Scope, Venster};
use crate::model::Bestandssoort;
use crate::suppression::{onderdruk, Onderdrukking};

/// Size of the pieces handed to the reader, as in the browser.
const PLAK: usize = 1 << 20;

/// One recompute case: every KPI for one window and scope, then suppression.
#[derive(Clone, Debug)]
pub struct Herberekening {
    pub omschrijving: String,
    /// Median over the repetitions, in milliseconds.
    pub mediaan_ms: f64,
    pub max_ms: f64,
}

/// What [`meet`] found.
#[derive(Clone, Debug)]
pub struct Meting {
    pub bytes: u64,
    pub regels: u64,
    pub trajecten: usize,
    pub declaraties: usize,
    /// Time inside the streaming readers, in seconds.
    pub inlezen_s: f64,
    pub samenvoegen_s: f64,
    pub index_s: f64,
    pub herberekeningen: Vec<Herberekening>,
}

impl Meting {
    pub fn regels_per_seconde(&self) -> f64 {
        self.regels as f64 / self.inlezen_s.max(f64::EPSILON)
    }

    pub fn megabytes_per_seconde(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.inlezen_s.max(f64::EPSILON)
    }

    /// A plain-text report, one line per figure.
    pub fn rapport(&self) -> String {
        let mut uit = format!(
            "gelezen: {} MB, {} regels ({} trajecten, {} declaraties)\n\
             inlezen: {:.2} s = {:.0} regels/s, {:.1} MB/s\n\
             samenvoegen: {:.0} ms\n\
             index bouwen: {:.0} ms\n",
            self.bytes / 1_000_000,
            self.regels,
            self.trajecten,
            self.declaraties,
            self.inlezen_s,
            self.regels_per_seconde(),
            self.megabytes_per_seconde(),
            self.samenvoegen_s * 1e3,
            self.index_s * 1e3,
        );
        for h in &self.herberekeningen {
            uit.push_str(&format!(
                "alle KPI's + onderdrukking, {}: mediaan {:.1} ms, max {:.1} ms\n",
                h.omschrijving, h.mediaan_ms, h.max_ms
            ));
        }
        uit
    }
}

/// The two data sets every benchmark measures: the demo region and the
/// national-scale year.
pub fn standaardsets() -> [(&'static str, DemoOpties); 2] {
    [
        ("regio Noord-Veluwe, 2021-2025", DemoOpties::default()),
        (
            "landelijk, 2025 (~700 000 trajecten)",
            DemoOpties {
                schaal: crate::demo::Schaal::Landelijk,
                eerste_jaar: 2025,
                laatste_jaar: 2025,
                ..DemoOpties::default()
            },
        ),
    ]
}

/// Generates the data of `opties`, reads it as the app does, builds the index
/// and recomputes all KPIs for several windows and scopes `herhalingen`
/// times each. `klok` returns seconds (any origin), so the caller chooses a
/// native or a browser clock.
pub fn meet(opties: &DemoOpties, klok: &dyn Fn() -> f64, herhalingen: usize) -> Result<Meting, String> {
    let catalogus = lees_producten("producten.toml", &productcatalogus_toml()).map_err(|p| p.to_string())?;
    let inlees = Inleesopties {
        gemeenten: crate::demo::regio_gemeenten(),
        catalogus: catalogus.clone(),
        ..Inleesopties::default()
    };
    let mut voeding = Voeding {
        opties: inlees,
        lezers: HashMap::new(),
        klok,
        tijd: 0.0,
        bytes: 0,
    };
    genereer(opties, &mut voeding)?;
    let Voeding {
        mut lezers,
        tijd,
        bytes,
        ..
    } = voeding;

    let begin = klok();
    let mut resultaten = Vec::new();
    for soort in Bestandssoort::ALLE {
        if let Some((mut lezer, rest)) = lezers.remove(&soort) {
            lezer.voed(&rest);
            resultaten.push(lezer.einde());
        }
    }
    let inlezen_s = tijd + (klok() - begin);
    let regels = resultaten.iter().map(|r| r.regels_gelezen).sum();

    let begin = klok();
    let samen = bouw_dataset(resultaten);
    let samenvoegen_s = klok() - begin;
    let data = samen.dataset;

    let begin = klok();
    let index = KpiIndex::bouw(&data, &catalogus);
    let index_s = klok() - begin;

    let kpi_opties = KpiOpties {
        catalogus,
        ..KpiOpties::default()
    };
    let jaar = opties.laatste_jaar;
    let eerste_gemeente = data.trajecten.first().map(|t| t.gemeente.clone()).unwrap_or_default();
    let gevallen: Vec<(String, Venster, Scope)> = vec![
        (
            format!("jaar {jaar}, hele data"),
            Venster::jaar(jaar)?,
            Scope::default(),
        ),
        (
            format!("kwartaal {jaar}-Q4"),
            Venster::kwartaal(jaar, 4)?,
            Scope::default(),
        ),
        (format!("maand {jaar}-12"), Venster::maand(jaar, 12)?, Scope::default()),
        (
            format!("jaar {jaar}, gemeente {eerste_gemeente}"),
            Venster::jaar(jaar)?,
            Scope {
                gemeenten: [eerste_gemeente.to_string()].into(),
                ..Scope::default()
            },
        ),
        (
            format!("jaar {jaar}, segment 4"),
            Venster::jaar(jaar)?,
            Scope {
                segmenten: [4].into(),
                ..Scope::default()
            },
        ),
        (
            format!("jaar {jaar}, leeftijd 12-17"),
            Venster::jaar(jaar)?,
            Scope {
                leeftijd: Some(Leeftijd { min: 12, max: 17 }),
                ..Scope::default()
            },
        ),
    ];
    let k = Onderdrukking::nieuw(5)?;
    let mut herberekeningen = Vec::new();
    for (omschrijving, venster, scope) in gevallen {
        let mut tijden = Vec::with_capacity(herhalingen);
        for _ in 0..herhalingen.max(1) {
            let begin = klok();
            let resultaat = bereken_alle(&index, &data, venster, None, &scope, &kpi_opties);
            let onderdrukt = onderdruk(&resultaat, k);
            std::hint::black_box(&onderdrukt);
            tijden.push((klok() - begin) * 1e3);
        }
        tijden.sort_by(f64::total_cmp);
        herberekeningen.push(Herberekening {
            omschrijving,
            mediaan_ms: tijden[tijden.len() / 2],
            max_ms: tijden.last().copied().unwrap_or(0.0),
        });
    }

    Ok(Meting {
        bytes,
        regels,
        trajecten: data.trajecten.len(),
        declaraties: data.declaraties.len(),
        inlezen_s,
        samenvoegen_s,
        index_s,
        herberekeningen,
    })
}

/// Feeds generated CSV text to one streaming reader per file kind, in
/// [`PLAK`]-sized pieces, timing only the reader.
struct Voeding<'k> {
    opties: Inleesopties,
    lezers: HashMap<Bestandssoort, (Bestandslezer, Vec<u8>)>,
    klok: &'k dyn Fn() -> f64,
    tijd: f64,
    bytes: u64,
}

impl DemoUitvoer for Voeding<'_> {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        self.bytes += bytes.len() as u64;
        let opties = &self.opties;
        let (lezer, buffer) = self.lezers.entry(soort).or_insert_with(|| {
            (
                Bestandslezer::nieuw(crate::demo::bestandsnaam(soort), opties),
                Vec::new(),
            )
        });
        buffer.extend_from_slice(bytes);
        if buffer.len() >= PLAK {
            let begin = (self.klok)();
            lezer.voed(buffer);
            self.tijd += (self.klok)() - begin;
            buffer.clear();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::Schaal;

    /// The measurement itself works on a small set; the figures are not checked
    /// (timings are not test material), only that every stage ran on real data.
    #[test]
    fn measures_every_stage() {
        let opties = DemoOpties {
            eerste_jaar: 2025,
            laatste_jaar: 2025,
            schaal: Schaal::Regio,
            ..DemoOpties::default()
        };
        let start = std::time::Instant::now();
        let klok = move || start.elapsed().as_secs_f64();
        let meting = meet(&opties, &klok, 1).unwrap();
        assert!(meting.trajecten > 5_000, "{}", meting.trajecten);
        assert!(meting.declaraties > meting.trajecten);
        assert_eq!(meting.herberekeningen.len(), 6);
        assert!(meting.rapport().contains("regels/s"));
    }
}
