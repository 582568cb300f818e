//! The two output formats of `kpi` (spec section 7): one JSON object, or a
//! flat `;`-separated table that Excel opens as is.

use std::io::{self, Write};

use jeugdmonitor_core::export;
use jeugdmonitor_core::ingest::Bestandsresultaat;
use jeugdmonitor_core::kpi::Cel;
use jeugdmonitor_core::problem::Probleem;
use jeugdmonitor_core::suppression::OnderdruktResultaat;
use serde::Serialize;

/// The load report of one file, as in `invoer`.
#[derive(Serialize)]
pub struct Invoer {
    bestand: String,
    /// `null` when the file was not read as an extract.
    soort: Option<&'static str>,
    codering: &'static str,
    scheidingsteken: char,
    regels_gelezen: u64,
    geaccepteerd: u64,
    afgewezen: usize,
    genegeerde_kolommen: Vec<String>,
    periode: Option<Periode>,
    /// Why the file was not read, if it was not.
    melding: Option<String>,
}

#[derive(Serialize)]
struct Periode {
    van: String,
    tot: String,
}

impl Invoer {
    pub fn van(r: &Bestandsresultaat) -> Invoer {
        Invoer {
            bestand: r.bestandsnaam.clone(),
            soort: r.soort.map(|s| s.naam()),
            codering: r.codering.naam(),
            scheidingsteken: r.scheidingsteken,
            regels_gelezen: r.regels_gelezen,
            geaccepteerd: r.geaccepteerd,
            afgewezen: r.afgewezen.len(),
            genegeerde_kolommen: r.genegeerde_kolommen.clone(),
            periode: r.periode.map(|(van, tot)| Periode {
                van: van.iso(),
                tot: tot.iso(),
            }),
            melding: r.melding.clone(),
        }
    }

    /// One line for stderr (the CSV format has no place for the load report).
    pub fn samenvatting(&self) -> String {
        match self.soort {
            Some(soort) => format!(
                "{}: {soort}, {} regels, {} geaccepteerd, {} afgewezen",
                self.bestand, self.regels_gelezen, self.geaccepteerd, self.afgewezen
            ),
            None => format!("{}: niet gebruikt", self.bestand),
        }
    }
}

/// Everything printed by `kpi`.
pub struct Rapport {
    pub kpi: OnderdruktResultaat,
    /// KPI id → why it is `null` ("geen gegevens: …").
    pub geen_gegevens: Vec<(String, String)>,
    pub invoer: Vec<Invoer>,
    pub afgewezen: Vec<Probleem>,
    pub waarschuwingen: Vec<String>,
}

/// The JSON object: the core's suppressed result (every KPI id, `venster`,
/// `peildatum`, `onderdrukking`) with the load report after it.
#[derive(Serialize)]
struct Json<'a> {
    // Flattened so the KPI ids are top-level keys; the core's own
    // serialisation keeps money as exact two-decimal numbers.
    #[serde(flatten)]
    kpi: &'a OnderdruktResultaat,
    geen_gegevens: Cel,
    invoer: &'a [Invoer],
    afgewezen: &'a [Probleem],
    waarschuwingen: &'a [String],
}

pub fn schrijf_json(r: &Rapport, uit: &mut impl Write) -> io::Result<()> {
    let geen = r
        .geen_gegevens
        .iter()
        .map(|(id, reden)| (id.clone(), Cel::Tekst(reden.clone())))
        .collect();
    let json = Json {
        kpi: &r.kpi,
        geen_gegevens: Cel::Object(geen),
        invoer: &r.invoer,
        afgewezen: &r.afgewezen,
        waarschuwingen: &r.waarschuwingen,
    };
    serde_json::to_writer_pretty(&mut *uit, &json).map_err(io::Error::other)?;
    writeln!(uit)
}

/// The CSV table of `jeugdmonitor_core::export::kpi_csv`: the same bytes as
/// the app's CSV export.
pub fn schrijf_csv(r: &Rapport, uit: &mut impl Write) -> io::Result<()> {
    uit.write_all(export::kpi_csv(&r.kpi, &r.geen_gegevens).as_bytes())
}
