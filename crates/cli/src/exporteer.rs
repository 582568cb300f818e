//! `jeugdmonitor exporteer --parquet MAP`: reads, checks and joins the
//! extracts exactly as `kpi` does (privacy guard, rejected rows, the
//! catalogue's segments) and writes the result as Parquet (see
//! [`crate::parquet`]), for teams that outgrow one machine (docs/schaal.md).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use crate::args::{Aantal, RuweKpiArgs, SELECTIE_OPTIES, VENSTER_OPTIES};
use crate::fout::Fout;
use crate::kpi::schrijf;
use crate::laad;
use crate::read::Leesopties;

pub const HULP_EXPORTEER: &str = "jeugdmonitor exporteer --help";

pub const HULP: &str = "\
jeugdmonitor exporteer — de gecontroleerde gegevens als Parquet, voor DuckDB en Spark

GEBRUIK
    jeugdmonitor exporteer --parquet MAP [--inhoud MAP] [--stil] BESTAND...

Leest de extracten zoals jeugdmonitor kpi dat doet (herkenning aan de
kopregel, privacytoets, afgewezen regels, segmenten uit de productcatalogus)
en schrijft per soort bestand één Parquet-bestand in MAP: trajecten.parquet,
declaraties.parquet, wachttijden.parquet, begroting.parquet,
bevolking.parquet, aanmeldingen.parquet en tevredenheid.parquet (alleen de
soorten die gelezen zijn). De kolommen hebben een type: datums DATE, geld
DECIMAL(18,2), codes tekst ('02', '45', 'GM0243'), segment en jaartallen
INT32, ja/nee BOOLEAN, leeg is NULL. De cliënt is het pseudoniem uit het
extract; afgewezen regels staan er niet in. De SQL van de KPI's over deze
bestanden staat in docs/schaal.md.

OPTIES
    --parquet MAP    de map voor de bestanden (wordt gemaakt als hij niet bestaat)
    --inhoud MAP     de regio-inhoud, zoals bij kpi (gemeentenamen, catalogus)
    --stil           geen voortgangsregel op stderr bij grote bestanden
    -h, --help       deze tekst

EXITSTATUS
    0 gelukt, 1 een bestand is niet te lezen of te schrijven, 2 verkeerd
    gebruik, 3 de privacytoets weigert een kolom (er wordt niets geschreven)

VOORBEELDEN
    jeugdmonitor exporteer --parquet parquet/ --inhoud public/content trajecten.csv.gz declaraties.csv.gz
    duckdb -c \"SELECT count(DISTINCT client) FROM 'parquet/trajecten.parquet'\"
";

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees_met(args, &[("parquet", Aantal::Eens)], HULP_EXPORTEER)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(HULP.as_bytes()));
    }
    let gebruik = |melding: String| Fout::Gebruik {
        melding,
        hulp: HULP_EXPORTEER,
    };
    let andere = ["peildatum", "k", "format", "formaat", "uit", "treeknorm"];
    let niet_hier: Vec<&str> = VENSTER_OPTIES
        .iter()
        .chain(&SELECTIE_OPTIES)
        .chain(&andere)
        .copied()
        .collect();
    if let Some(optie) = ruw.eerste_van(&niet_hier) {
        return Err(gebruik(format!(
            "--{optie} past niet bij exporteer: de export bevat alle gelezen regels; kies periode en selectie in SQL"
        )));
    }
    let map = ruw
        .waarde("parquet")
        .map(PathBuf::from)
        .ok_or_else(|| gebruik("geef --parquet MAP".into()))?;
    if ruw.bestanden_leeg() {
        return Err(gebruik(
            "geen bestanden opgegeven: noem minstens één extract (CSV)".into(),
        ));
    }
    let inhoud = laad::inhoud(ruw.waarde("inhoud").map(std::path::Path::new))?;
    let geladen = laad::gegevens(inhoud, ruw.bestanden(), None, Leesopties { stil: ruw.stil })?;
    geladen.meld_waarschuwingen();
    geladen.meld_invoer();
    let verslag = crate::parquet::schrijf(&geladen.dataset, &map).map_err(Fout::Overig)?;
    for (pad, rijen) in verslag {
        eprintln!("{rijen:>10} rijen  {pad}");
    }
    Ok(())
}
