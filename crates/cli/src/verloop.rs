//! `jeugdmonitor verloop`: one KPI over consecutive years, half-years,
//! quarters or months, as the dashboard's "Verloop" shows it. Each window is
//! computed on its own with its last day as peildatum and suppressed like
//! every export (core `reeks`).

use std::ffi::OsString;
use std::io::Write;

use jeugdmonitor_core::export::geen_gegevens;
use jeugdmonitor_core::kpi::{bereken_alle, definitie, Venstersoort, DEFINITIES};
use jeugdmonitor_core::reeks::{vensters_tussen, verloop_csv, verloop_json, Reekspunt};
use jeugdmonitor_core::suppression::onderdruk;

use crate::args::{Aantal, Formaat, KpiOpdracht, RuweKpiArgs};
use crate::fout::Fout;
use crate::kpi::{schrijf, schrijf_naar};
use crate::laad;
use crate::read::Leesopties;

pub const HULP_VERLOOP: &str = "jeugdmonitor verloop --help";

pub const HULP: &str = "\
jeugdmonitor verloop — één KPI per jaar, halfjaar, kwartaal of maand

GEBRUIK
    jeugdmonitor verloop --kpi ID --per jaar|halfjaar|kwartaal|maand
                         (--van JJJJ-MM-DD --tot JJJJ-MM-DD | --jaar JJJJ | …)
                         [SELECTIE] [INSTELLINGEN] BESTAND...

Rekent de KPI uit voor elke periode van de gekozen soort, van de periode
waarin --van valt tot en met die waarin --tot valt (een reeks die midden in
een kwartaal begint, neemt dat hele kwartaal mee). Elke periode heeft haar
laatste dag als peildatum, zoals de grafiek 'Verloop' op het dashboard.

OPTIES
    --kpi ID         de KPI, bijv. jeugdigen, instroom_trajecten, kosten,
                     duur_gemiddeld (alle id's: jeugdmonitor kpi --help);
                     bij vervolg, volgnummer en proces_pct komt elke deelwaarde
                     in een eigen kolom
    --per SOORT      jaar, halfjaar, kwartaal of maand
    --van, --tot, --jaar, --halfjaar, --kwartaal, --maand
                     de reeks als geheel (zoals bij kpi); --per 'maand' met
                     --jaar 2023 geeft de twaalf maanden van 2023
    SELECTIE en --k, --treeknorm, --inhoud, --format, --uit, --stil
                     zoals bij jeugdmonitor kpi

UITVOER
    JSON: {kpi, per, onderdrukking: {k}, reeks: [{periode, label, van, tot,
    waarde, toelichting}]}; waarde zoals in de JSON van kpi (null als hij niet
    te berekenen is, \"<5\" of \"–\" als hij verborgen is), toelichting de
    reden daarvan of null.
    CSV: de onderdrukking, dan periode;label;van;tot;<KPI>;toelichting.

EXITSTATUS
    zoals jeugdmonitor kpi (0 gelukt, 1 bestand onleesbaar, 2 verkeerd gebruik,
    3 privacytoets)

VOORBEELDEN
    jeugdmonitor verloop --kpi jeugdigen --per jaar --van 2019-01-01 --tot 2023-12-31 trajecten.csv
    jeugdmonitor verloop --kpi kosten --per maand --jaar 2023 --format csv trajecten.csv declaraties.csv
";

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let ruw = RuweKpiArgs::lees_met(args, &[("kpi", Aantal::Eens), ("per", Aantal::Eens)], HULP_VERLOOP)?;
    if ruw.hulp {
        return schrijf(|uit| uit.write_all(HULP.as_bytes()));
    }
    let gebruik = |melding: String| Fout::Gebruik {
        melding,
        hulp: HULP_VERLOOP,
    };
    let id = ruw
        .tekst("kpi")?
        .map(|t| t.trim().to_string())
        .ok_or_else(|| gebruik("geef --kpi, bijvoorbeeld --kpi jeugdigen".into()))?;
    if definitie(&id).is_none() {
        let ids: Vec<&str> = DEFINITIES.iter().map(|d| d.id).collect();
        return Err(gebruik(format!(
            "--kpi {id:?} bestaat niet (bekend: {})",
            ids.join(", ")
        )));
    }
    let soort = match ruw.tekst("per")?.map(|t| t.trim().to_ascii_lowercase()) {
        Some(t) if t == "jaar" => Venstersoort::Jaar,
        Some(t) if t == "halfjaar" => Venstersoort::Halfjaar,
        Some(t) if t == "kwartaal" => Venstersoort::Kwartaal,
        Some(t) if t == "maand" => Venstersoort::Maand,
        Some(t) => {
            return Err(gebruik(format!(
                "--per moet jaar, halfjaar, kwartaal of maand zijn, niet {t:?}"
            )))
        }
        None => return Err(gebruik("geef --per jaar, halfjaar, kwartaal of maand".into())),
    };
    if ruw.waarde("peildatum").is_some() {
        return Err(gebruik(
            "--peildatum past niet bij verloop: elke periode heeft haar laatste dag als peildatum".into(),
        ));
    }
    let opdracht = KpiOpdracht::uit(ruw)?;
    let vensters = vensters_tussen(soort, opdracht.venster.van, opdracht.venster.tot)
        .map_err(|m| gebruik(format!("--van/--tot: {m}")))?;
    let inhoud = laad::inhoud(opdracht.inhoud.as_deref())?;
    let scope = opdracht.scope(inhoud.as_ref().map(|i| &i.regio))?;
    let geladen = laad::gegevens(
        inhoud,
        &opdracht.bestanden,
        opdracht.treeknorm.clone(),
        Leesopties { stil: opdracht.stil },
    )?;
    geladen.meld_waarschuwingen();
    geladen.meld_invoer();

    let berekend: Vec<_> = vensters
        .iter()
        .map(|&v| {
            let exact = bereken_alle(&geladen.index, &geladen.dataset, v, None, &scope, &geladen.opties);
            let reden = geen_gegevens(&exact)
                .into_iter()
                .find(|(k, _)| *k == id)
                .map(|(_, r)| r);
            (v, onderdruk(&exact, opdracht.onderdrukking), reden)
        })
        .collect();
    let punten: Vec<Reekspunt> = berekend
        .iter()
        .map(|(v, r, reden)| Reekspunt {
            venster: *v,
            resultaat: r,
            geen_gegevens: reden.as_deref(),
        })
        .collect();
    let tekst = match opdracht.formaat {
        Formaat::Json => verloop_json(&id, &punten) + "\n",
        Formaat::Csv => verloop_csv(&id, &punten),
    };
    schrijf_naar(opdracht.uit.as_deref(), |w| w.write_all(tekst.as_bytes()))
}
