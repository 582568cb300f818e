//! `jeugdmonitor doelen`: every SMART goal with its current value,
//! baseline, target, progress and status at a peildatum — the Doelen page's
//! "Exporteer overzicht (CSV)", from the same core functions
//! (`doelen::evalueer` through a suppressing `Meter`, `doelen_csv`).

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use jeugdmonitor_core::doelen::{
    doelen_csv, doelen_json, evalueer_alle_met_pauzes, lees_doelen, migreer, Doelenset, Meter, DOELEN_BESTAND,
    MAATREGELEN_BESTAND,
};
use jeugdmonitor_core::pauze::{zonder_pauze, GeenPauze};

use crate::args::{self, Aantal, Formaat, RuweKpiArgs, SELECTIE_OPTIES, VENSTER_OPTIES};
use crate::fout::Fout;
use crate::kpi::{schrijf, schrijf_naar};
use crate::laad;
use crate::read::{io_reden, Leesopties};

pub const HULP_DOELEN: &str = "jeugdmonitor doelen --help";

pub const HULP: &str = "\
jeugdmonitor doelen — de SMART-doelen met hun stand op een peildatum

GEBRUIK
    jeugdmonitor doelen --peildatum JJJJ-MM-DD (--inhoud MAP | --doelen BESTAND)
                        [--k N] [--format json|csv] [--uit BESTAND] BESTAND...

Geeft elk doel met de huidige waarde, de basislijn, de doelwaarde, de
voortgang en de status (behaald, op koers, risico, niet behaald, geen
gegevens, handmatig): hetzelfde overzicht als 'Exporteer overzicht (CSV)' op
de pagina Doelen, met dezelfde verborgen kleine aantallen.

OPTIES
    --peildatum D    de dag waarop de doelen beoordeeld worden (verplicht)
    --inhoud MAP     de regio-inhoud: de doelen uit MAP/doelen.toml en
                     MAP/maatregelen.toml, en verder zoals bij kpi
    --doelen BESTAND een eigen doelenbestand in plaats van die van de regio:
                     de export van 'Doelen beheren' (JSON) of een doelen.toml
    --k, --treeknorm, --format, --uit, --stil   zoals bij jeugdmonitor kpi

UITVOER
    CSV: strategisch_doel;doel;titel;status;periode;huidige_waarde;
    basislijn_periode;basislijn;doelwaarde;deadline;voortgang_pct;toelichting
    JSON: {peildatum, doelen: [...]} met dezelfde velden, getallen als getal,
    status als behaald, op_koers, risico, niet_behaald, geen_gegevens of
    handmatig (en status_tekst zoals op de doelkaart). Een verborgen cijfer
    is de tekst \"verborgen (kleine aantallen)\".

EXITSTATUS
    zoals jeugdmonitor kpi; een doelenbestand dat niet te lezen is geeft 1

VOORBEELDEN
    jeugdmonitor doelen --peildatum 2024-12-31 --inhoud public/content --format csv *.csv
    jeugdmonitor doelen --peildatum 2024-06-30 --doelen mijn-doelen.json --inhoud public/content *.csv
";

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees_met(args, &[("doelen", Aantal::Eens)], HULP_DOELEN)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(HULP.as_bytes()));
    }
    let gebruik = |melding: &str| Fout::Gebruik {
        melding: melding.to_string(),
        hulp: HULP_DOELEN,
    };
    let met_hulp = |f: Fout| f.met_hulp(HULP_DOELEN);
    // Goals have their own windows (baseline, deadline); a window or a
    // selection here would mean nothing.
    let niet_hier: Vec<&str> = VENSTER_OPTIES.iter().chain(&SELECTIE_OPTIES).copied().collect();
    if let Some(optie) = ruw.eerste_van(&niet_hier) {
        return Err(gebruik(&format!(
            "--{optie} past niet bij doelen: elk doel heeft zijn eigen periode en selectie"
        )));
    }
    let peildatum = args::datumoptie(&ruw, "peildatum")
        .map_err(met_hulp)?
        .ok_or_else(|| gebruik("geef --peildatum JJJJ-MM-DD"))?;
    let onderdrukking = args::onderdrukking(&ruw).map_err(met_hulp)?;
    let treeknorm = args::treeknorm(&ruw).map_err(met_hulp)?;
    let formaat = args::formaat(&ruw).map_err(met_hulp)?;
    let inhoudmap = ruw.waarde("inhoud").map(std::path::PathBuf::from);
    let doelenbestand = ruw.waarde("doelen").map(std::path::PathBuf::from);
    let uit = ruw.waarde("uit").map(std::path::PathBuf::from);
    if ruw.bestanden_leeg() {
        return Err(gebruik("geen bestanden opgegeven: noem minstens één extract (CSV)"));
    }
    let set = match (&doelenbestand, &inhoudmap) {
        (Some(b), _) => lees_doelenbestand(b)?,
        (None, Some(m)) => regiodoelen(m)?,
        (None, None) => {
            return Err(gebruik(
                "geef --inhoud MAP (de doelen van de regio) of --doelen BESTAND",
            ))
        }
    };
    let inhoud = laad::inhoud(inhoudmap.as_deref())?;
    let geladen = laad::gegevens(inhoud, ruw.bestanden(), treeknorm, Leesopties { stil: ruw.stil })?;
    geladen.meld_waarschuwingen();
    geladen.meld_invoer();

    let mut meter = Meter::nieuw(&geladen.dataset, &geladen.index, &geladen.opties).met_onderdrukking(onderdrukking);
    let evaluaties = zonder_pauze(evalueer_alle_met_pauzes(
        &set.doelen,
        peildatum,
        &mut meter,
        &mut GeenPauze,
    ))
    .unwrap_or_default();
    let tekst = match formaat {
        Formaat::Csv => doelen_csv(&set, &evaluaties),
        Formaat::Json => doelen_json(&set, &evaluaties, peildatum) + "\n",
    };
    schrijf_naar(uit.as_deref(), |w| w.write_all(tekst.as_bytes()))
}

fn lees_tekst(pad: &Path) -> Result<String, Fout> {
    std::fs::read_to_string(pad)
        .map_err(|e| Fout::Overig(format!("kan {} niet lezen: {}", pad.display(), io_reden(&e))))
}

/// The region's goals and measures, as the app loads them.
fn regiodoelen(map: &Path) -> Result<Doelenset, Fout> {
    let mut set = Doelenset::default();
    for bestand in [DOELEN_BESTAND, MAATREGELEN_BESTAND] {
        // The constants are paths under the site root (`content/…`).
        let naam = bestand.rsplit('/').next().unwrap_or(bestand);
        let pad = map.join(naam);
        if !pad.exists() {
            continue;
        }
        let tekst = lees_tekst(&pad)?;
        let deel = lees_doelen(&pad.display().to_string(), &tekst).map_err(|p| Fout::Overig(p.to_string()))?;
        set = set.met(deel);
    }
    Ok(set)
}

/// A goals file: the app's export (JSON, any schema version `migreer`
/// knows) or a `doelen.toml`.
fn lees_doelenbestand(pad: &Path) -> Result<Doelenset, Fout> {
    let tekst = lees_tekst(pad)?;
    let naam = pad.display().to_string();
    if pad.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
        lees_doelen(&naam, &tekst).map_err(|p| Fout::Overig(p.to_string()))
    } else {
        migreer(&tekst).map_err(|m| Fout::Overig(format!("{naam}: {m}")))
    }
}
