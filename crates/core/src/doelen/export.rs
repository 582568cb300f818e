//! The goals as a table that leaves the screen: what a goal card shows, one
//! row per goal, for a council report or a spreadsheet. Goal titles are
//! typed by users and imported from files, so the table goes through the
//! one CSV writer that neutralises spreadsheet formulas.

use super::evaluatie::{Evaluatie, Status};
use super::model::{Doel, Doelenset, Doelwaarde, Oordeel};
use crate::csvschrijver::CsvSchrijver;
use crate::weergave::periode_label;

/// What the screen and the exports show instead of a small number.
pub const VERBORGEN: &str = "verborgen (kleine aantallen)";

/// The figures of one evaluation that may be shown. A value over a small
/// group is hidden (spec section 3), and so is every figure worked out from
/// a hidden one: a relative target from a hidden baseline, the straight
/// line, the progress. The goal card and [`doelen_csv`] both read this, so
/// the screen and the file hide the same things.
#[derive(Clone, Debug, PartialEq)]
pub struct ToonbareCijfers {
    pub huidig: Toonbaar,
    pub basislijn: Toonbaar,
    pub doelwaarde: Toonbaar,
    pub lijnwaarde: Option<f64>,
    pub voortgang_pct: Option<f64>,
}

/// One figure: its value (`None` when there is none) or hidden.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Toonbaar {
    Waarde(Option<f64>),
    Verborgen,
}

impl ToonbareCijfers {
    pub fn van(doel: &Doel, evaluatie: &Evaluatie) -> ToonbareCijfers {
        let basis_verborgen = evaluatie.basislijn_verborgen.is_some();
        let huidig_verborgen = evaluatie.huidige_verborgen.is_some();
        let doel_afgeleid = !matches!(doel.doel, Doelwaarde::Waarde(_));
        let toonbaar = |waarde, verborgen: bool| {
            if verborgen {
                Toonbaar::Verborgen
            } else {
                Toonbaar::Waarde(waarde)
            }
        };
        ToonbareCijfers {
            huidig: toonbaar(evaluatie.huidige_waarde, huidig_verborgen),
            basislijn: toonbaar(evaluatie.basislijn_waarde, basis_verborgen),
            doelwaarde: toonbaar(evaluatie.doelwaarde, basis_verborgen && doel_afgeleid),
            lijnwaarde: evaluatie.lijnwaarde.filter(|_| !basis_verborgen),
            voortgang_pct: evaluatie
                .voortgang_pct
                .filter(|_| !basis_verborgen && !huidig_verborgen),
        }
    }
}

impl Status {
    /// The status in words, as the goal card's badge says it.
    pub fn tekst(&self) -> String {
        match self {
            Status::Behaald => "Behaald".into(),
            Status::OpKoers => "Op koers".into(),
            Status::Risico => "Risico".into(),
            Status::NietBehaald => "Niet behaald".into(),
            Status::GeenGegevens(_) => "Geen gegevens".into(),
            Status::Handmatig { oordeel: None } => "Handmatig, nog niet beoordeeld".into(),
            Status::Handmatig { oordeel: Some(o) } => format!(
                "Handmatig: {}",
                match o.status {
                    Oordeel::Behaald => "behaald",
                    Oordeel::OpKoers => "op koers",
                    Oordeel::Risico => "risico",
                    Oordeel::NietBehaald => "niet behaald",
                }
            ),
        }
    }
}

/// Every goal of `set` with its evaluation (in the same order) as a CSV
/// table for Dutch Excel: `;`, decimal commas, one row per goal.
pub fn doelen_csv(set: &Doelenset, evaluaties: &[Evaluatie]) -> String {
    let mut csv = CsvSchrijver::nieuw(';');
    csv.regel([
        "strategisch_doel",
        "doel",
        "titel",
        "status",
        "periode",
        "huidige_waarde",
        "basislijn_periode",
        "basislijn",
        "doelwaarde",
        "deadline",
        "voortgang_pct",
        "toelichting",
    ]);
    for (doel, evaluatie) in set.doelen.iter().zip(evaluaties) {
        let cijfers = ToonbareCijfers::van(doel, evaluatie);
        let toelichting = match &evaluatie.status {
            Status::GeenGegevens(g) => g.reden.clone(),
            Status::Handmatig { oordeel: Some(o) } => format!("beoordeeld op {}: {}", o.datum.nl(), o.notitie),
            _ => String::new(),
        };
        csv.regel([
            doel.strategisch_doel.to_string().as_str(),
            &doel.id,
            &doel.titel,
            &evaluatie.status.tekst(),
            &evaluatie.venster.map(|v| periode_label(&v)).unwrap_or_default(),
            &cel(cijfers.huidig),
            &doel.basislijn.periode,
            &cel(cijfers.basislijn),
            &cel(cijfers.doelwaarde),
            &doel.deadline.iso(),
            &cijfers.voortgang_pct.map(decimaal).unwrap_or_default(),
            &toelichting,
        ]);
    }
    csv.klaar()
}

/// The same table as [`doelen_csv`] as JSON, for pipelines: `{peildatum,
/// doelen: [...]}` with per goal the fields of the CSV, numbers as numbers,
/// `status` as the spec names it (`behaald`, `op_koers`, `risico`,
/// `niet_behaald`, `geen_gegevens`, `handmatig`) and `status_tekst` as the
/// card says it. A hidden figure is the text [`VERBORGEN`], exactly where
/// the CSV and the card hide it (the exact evaluation is never written).
pub fn doelen_json(set: &Doelenset, evaluaties: &[Evaluatie], peildatum: crate::date::Datum) -> String {
    let getal = |t: Toonbaar| match t {
        Toonbaar::Waarde(w) => w.map_or(serde_json::Value::Null, |x| serde_json::json!(x)),
        Toonbaar::Verborgen => serde_json::json!(VERBORGEN),
    };
    let doelen: Vec<serde_json::Value> = set
        .doelen
        .iter()
        .zip(evaluaties)
        .map(|(doel, evaluatie)| {
            let cijfers = ToonbareCijfers::van(doel, evaluatie);
            let status = match &evaluatie.status {
                Status::Behaald => "behaald",
                Status::OpKoers => "op_koers",
                Status::Risico => "risico",
                Status::NietBehaald => "niet_behaald",
                Status::GeenGegevens(_) => "geen_gegevens",
                Status::Handmatig { .. } => "handmatig",
            };
            let toelichting = match &evaluatie.status {
                Status::GeenGegevens(g) => Some(g.reden.clone()),
                Status::Handmatig { oordeel: Some(o) } => {
                    Some(format!("beoordeeld op {}: {}", o.datum.nl(), o.notitie))
                }
                _ => None,
            };
            serde_json::json!({
                "strategisch_doel": doel.strategisch_doel,
                "doel": doel.id,
                "titel": doel.titel,
                "status": status,
                "status_tekst": evaluatie.status.tekst(),
                "periode": evaluatie.venster.map(|v| periode_label(&v)),
                "huidige_waarde": getal(cijfers.huidig),
                "basislijn_periode": doel.basislijn.periode,
                "basislijn": getal(cijfers.basislijn),
                "doelwaarde": getal(cijfers.doelwaarde),
                "deadline": doel.deadline.iso(),
                "voortgang_pct": cijfers.voortgang_pct,
                "toelichting": toelichting,
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "peildatum": peildatum.iso(), "doelen": doelen }))
        .unwrap_or_default()
}

fn cel(t: Toonbaar) -> String {
    match t {
        Toonbaar::Waarde(w) => w.map(decimaal).unwrap_or_default(),
        Toonbaar::Verborgen => VERBORGEN.to_string(),
    }
}

/// A figure with at most two decimals and a decimal comma, as Dutch Excel
/// reads numbers (`12,5`, `-3`, `1234,57`).
fn decimaal(x: f64) -> String {
    let tekst = format!("{x:.2}");
    let tekst = tekst.trim_end_matches('0').trim_end_matches('.');
    tekst.replace('.', ",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimalen_met_komma() {
        assert_eq!(decimaal(12.5), "12,5");
        assert_eq!(decimaal(-3.0), "-3");
        assert_eq!(decimaal(1234.567), "1234,57");
        assert_eq!(decimaal(0.0), "0");
    }
}
