//! `jeugdmonitor cbs`: our figures next to CBS StatLine's for one year, as
//! the dashboard's "Vergelijking met CBS" shows and exports them (core
//! `cbs::eigen_cijfers`, `vergelijk`, `vergelijking_csv`).

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use jeugdmonitor_core::cbs::{eigen_cijfers, lees_statline, vergelijk, vergelijking_csv, CbsTabel};

use crate::args::{self, Formaat, RuweKpiArgs};
use crate::fout::Fout;
use crate::kpi::{schrijf, schrijf_naar};
use crate::laad;
use crate::read::{io_reden, Leesopties};

pub const HULP_CBS: &str = "jeugdmonitor cbs --help";

pub const HULP: &str = "\
jeugdmonitor cbs — uw cijfers naast die van CBS StatLine

GEBRUIK
    jeugdmonitor cbs [--jaar JJJJ] [--inhoud MAP] [--k N] [--uit BESTAND]
                     STATLINE.csv... [BESTAND...]

Zet voor één jaar de cijfers uit uw extracten naast de gepubliceerde
cijfers van het CBS, per gemeente van de regio, voor de regio en voor
Nederland: de tabel van 'Vergelijking met CBS' op het dashboard, als
dezelfde CSV als de knop daar. Elk bestand dat als StatLine-export
herkend wordt (een kolom Perioden, een kolom met de regio's en minstens
één bekend cijfer) is een CBS-tabel; de andere bestanden zijn extracten.
Zonder extracten staan alleen de CBS-cijfers er.

OPTIES
    --jaar JJJJ      het jaar (standaard het laatste jaar in de CBS-tabellen)
    --inhoud MAP     de regio-inhoud: de naam van de regio en haar gemeenten
                     (zonder: elke gemeente uit de extracten)
    --k N            drempel voor kleine aantallen in uw cijfers (standaard 5);
                     de CBS-cijfers staan zoals het CBS ze publiceert
    --uit, --stil    zoals bij jeugdmonitor kpi

UITVOER
    CSV (zoals de knop op het dashboard): regels met # onderdrukking, # jaar
    en # bron, dan gebied;code;cijfer;uw_gegevens;cbs;toelichting.

EXITSTATUS
    0 gelukt, 1 een bestand is niet te lezen of geen enkel bestand is een
    StatLine-export, 2 verkeerd gebruik, 3 privacytoets

VOORBEELD
    jeugdmonitor cbs --inhoud public/content public/demo/cbs/*.csv trajecten.csv bevolking.csv
";

/// StatLine exports are small; a file larger than this is an extract.
const STATLINE_MAX: u64 = 64 * 1024 * 1024;

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees_met(args, &[], HULP_CBS)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(HULP.as_bytes()));
    }
    let gebruik = |melding: String| Fout::Gebruik {
        melding,
        hulp: HULP_CBS,
    };
    let met_hulp = |f: Fout| f.met_hulp(HULP_CBS);
    let niet_hier = [
        "halfjaar",
        "kwartaal",
        "maand",
        "van",
        "tot",
        "peildatum",
        "segment",
        "aanbieder",
        "gemeente",
    ];
    if let Some(optie) = ruw.eerste_van(&niet_hier) {
        return Err(gebruik(format!(
            "--{optie} past niet bij cbs: de vergelijking gaat over een heel kalenderjaar en de hele regio"
        )));
    }
    let gevraagd = ruw.waarde("format").is_some() || ruw.waarde("formaat").is_some();
    if gevraagd && args::formaat(&ruw).map_err(met_hulp)? == Formaat::Json {
        return Err(gebruik(
            "cbs schrijft alleen CSV (zoals de knop op het dashboard)".into(),
        ));
    }
    let jaar = match ruw.tekst("jaar")? {
        None => None,
        Some(t) => Some(
            t.trim()
                .parse::<i32>()
                .ok()
                .filter(|j| (1900..=2200).contains(j))
                .ok_or_else(|| gebruik(format!("--jaar: {t:?} is geen jaartal")))?,
        ),
    };
    let k = args::onderdrukking(&ruw).map_err(met_hulp)?;
    if ruw.bestanden_leeg() {
        return Err(gebruik(
            "geen bestanden opgegeven: noem minstens één StatLine-export (CSV)".into(),
        ));
    }
    let mut tabellen: Vec<CbsTabel> = Vec::new();
    let mut extracten: Vec<PathBuf> = Vec::new();
    for pad in ruw.bestanden() {
        match statline(pad)? {
            Some((tabel, problemen)) => {
                for p in problemen {
                    eprintln!("jeugdmonitor: waarschuwing: {p}");
                }
                tabellen.push(tabel);
            }
            None => extracten.push(pad.clone()),
        }
    }
    if tabellen.is_empty() {
        return Err(Fout::Overig(
            "geen enkel bestand is een StatLine-export van het CBS (een kolom Perioden, een kolom met de regio's en een bekend cijfer)".into(),
        ));
    }
    let mut jaren: Vec<i32> = tabellen.iter().flat_map(CbsTabel::jaren).collect();
    jaren.sort_unstable_by(|a, b| b.cmp(a));
    jaren.dedup();
    let jaar = match jaar {
        Some(j) if !jaren.contains(&j) => {
            return Err(Fout::Overig(format!(
                "de CBS-tabellen hebben geen cijfers over {j} (wel over {})",
                jaren.iter().map(i32::to_string).collect::<Vec<_>>().join(", ")
            )))
        }
        Some(j) => j,
        None => jaren.first().copied().unwrap_or_default(),
    };

    let inhoud = laad::inhoud(ruw.waarde("inhoud").map(Path::new))?;
    let regio = inhoud.as_ref().map(|i| i.regio.clone());
    let geladen = if extracten.is_empty() {
        None
    } else {
        let g = laad::gegevens(inhoud, &extracten, None, Leesopties { stil: ruw.stil })?;
        g.meld_waarschuwingen();
        g.meld_invoer();
        Some(g)
    };
    // As the dashboard: the region's municipalities, or without region
    // content every municipality in the data, by code.
    let gemeenten: Vec<(String, String)> = match &regio {
        Some(r) if !r.gemeenten.is_empty() => r.gemeenten.iter().map(|g| (g.code.clone(), g.naam.clone())).collect(),
        _ => geladen
            .as_ref()
            .map(|g| g.index.gemeenten().iter().map(|c| (c.clone(), c.clone())).collect())
            .unwrap_or_default(),
    };
    let regionaam = regio
        .as_ref()
        .map_or_else(|| "Regio".to_string(), |r| r.regio.naam.clone());
    let codes: Vec<String> = gemeenten.iter().map(|(c, _)| c.clone()).collect();
    let eigen = geladen
        .as_ref()
        .map(|g| eigen_cijfers(&g.index, &g.dataset, jaar, &codes));
    let v = vergelijk(&tabellen, jaar, &regionaam, &gemeenten, eigen.as_ref());
    let tekst = vergelijking_csv(&v, k.k());
    let uit = ruw.waarde("uit").map(PathBuf::from);
    schrijf_naar(uit.as_deref(), |w| w.write_all(tekst.as_bytes()))
}

/// The file as a StatLine table, or `None` when it is not one (then it is
/// an extract). Standard input, gzip and large files are always extracts.
fn statline(pad: &Path) -> Result<Option<(CbsTabel, Vec<jeugdmonitor_core::problem::Probleem>)>, Fout> {
    if pad.as_os_str() == "-" || pad.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        return Ok(None);
    }
    let fout = |e: std::io::Error| Fout::Overig(format!("kan {} niet lezen: {}", pad.display(), io_reden(&e)));
    let bestand = std::fs::File::open(pad).map_err(fout)?;
    if bestand.metadata().map_err(fout)?.len() > STATLINE_MAX {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    bestand.take(STATLINE_MAX).read_to_end(&mut bytes).map_err(fout)?;
    let naam = pad
        .file_name()
        .map_or_else(|| pad.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok(lees_statline(&naam, &bytes).ok())
}
