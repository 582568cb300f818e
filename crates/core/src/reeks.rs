//! The trend of one KPI over consecutive windows of one kind (years,
//! half-years, quarters, months), as `jeugdmonitor verloop` prints it and
//! the dashboard's "Verloop" chart shows it: each window computed on its
//! own, with its last day as peildatum, and suppressed like every export.

use crate::csvschrijver::CsvSchrijver;
use crate::date::Datum;
use crate::export::{onderdrukking_tekst, plat};
use crate::kpi::{Venster, Venstersoort};
use crate::suppression::OnderdruktResultaat;
use crate::weergave::{periode_label, periode_tekst};

/// More windows than this is a typing error (a century of months).
pub const MAX_VENSTERS: usize = 1200;

/// The window of kind `soort` that holds `d`.
pub fn venster_met(soort: Venstersoort, d: Datum) -> Result<Venster, String> {
    let (j, m, _) = d.ymd();
    match soort {
        Venstersoort::Jaar => Venster::jaar(j),
        Venstersoort::Halfjaar => Venster::halfjaar(j, (m - 1) / 6 + 1),
        Venstersoort::Kwartaal => Venster::kwartaal(j, (m - 1) / 3 + 1),
        Venstersoort::Maand => Venster::maand(j, m),
        Venstersoort::Aangepast => Err("een verloop gaat per jaar, halfjaar, kwartaal of maand".to_string()),
    }
}

/// The windows of kind `soort` from the one that holds `van` to the one
/// that holds `tot`, oldest first: a range that starts or ends inside a
/// quarter takes the whole quarter.
pub fn vensters_tussen(soort: Venstersoort, van: Datum, tot: Datum) -> Result<Vec<Venster>, String> {
    if van > tot {
        return Err("het begin ligt na het einde".to_string());
    }
    let mut uit = vec![venster_met(soort, tot)?];
    while let Some(laatste) = uit.last().filter(|v| v.van > van) {
        if uit.len() >= MAX_VENSTERS {
            return Err(format!("meer dan {MAX_VENSTERS} perioden: kies een kortere reeks"));
        }
        let vorige = laatste.vorige()?;
        uit.push(vorige);
    }
    uit.reverse();
    Ok(uit)
}

/// One window of a trend: the window, its suppressed result, and why the
/// KPI has no value there (if it has none for want of a file or a row).
pub struct Reekspunt<'a> {
    pub venster: Venster,
    pub resultaat: &'a OnderdruktResultaat,
    pub geen_gegevens: Option<&'a str>,
}

/// The cells of `kpi` (one, or several for `vervolg`, `proces_pct`, …) by
/// dotted path, and the reason when hidden or missing.
fn cellen(kpi: &str, p: &Reekspunt) -> (Vec<(String, String)>, String) {
    let mut rijen = Vec::new();
    plat("", &p.resultaat.cellen, &mut rijen);
    let eigen: Vec<(String, String)> = rijen
        .into_iter()
        .filter(|(pad, _)| pad == kpi || pad.starts_with(&format!("{kpi}.")))
        .collect();
    let reden = eigen
        .iter()
        .find_map(|(pad, _)| p.resultaat.reden(pad))
        .or(p.geen_gegevens)
        .unwrap_or("")
        .to_string();
    (eigen, reden)
}

/// The trend as CSV: the suppression setting, then `periode;label;van;tot`,
/// the KPI's cell(s) and `toelichting`, one row per window.
pub fn verloop_csv(kpi: &str, punten: &[Reekspunt]) -> String {
    let k = punten.first().map_or(5, |p| p.resultaat.k);
    let per_punt: Vec<(Vec<(String, String)>, String)> = punten.iter().map(|p| cellen(kpi, p)).collect();
    let mut paden: Vec<String> = Vec::new();
    for (rijen, _) in &per_punt {
        for (pad, _) in rijen {
            if !paden.contains(pad) {
                paden.push(pad.clone());
            }
        }
    }
    if paden.is_empty() {
        paden.push(kpi.to_string());
    }
    let mut csv = CsvSchrijver::nieuw(';');
    csv.regel(["# onderdrukking", &onderdrukking_tekst(k)]);
    let kop: Vec<&str> = ["periode", "label", "van", "tot"]
        .into_iter()
        .chain(paden.iter().map(String::as_str))
        .chain(["toelichting"])
        .collect();
    csv.regel(kop);
    for (p, (rijen, reden)) in punten.iter().zip(&per_punt) {
        let mut regel = vec![
            periode_tekst(&p.venster),
            periode_label(&p.venster),
            p.venster.van.iso(),
            p.venster.tot.iso(),
        ];
        regel.extend(paden.iter().map(|pad| {
            rijen
                .iter()
                .find(|(q, _)| q == pad)
                .map_or(String::new(), |(_, w)| w.clone())
        }));
        regel.push(reden.clone());
        csv.regel(regel.iter().map(String::as_str));
    }
    csv.klaar()
}

/// The trend as JSON: `{kpi, per, onderdrukking, reeks: [{periode, label,
/// van, tot, waarde, toelichting}]}`, `waarde` as in `kpi`'s JSON.
pub fn verloop_json(kpi: &str, punten: &[Reekspunt]) -> String {
    let soort = punten.first().map(|p| p.venster.soort);
    let reeks: Vec<serde_json::Value> = punten
        .iter()
        .map(|p| {
            let waarde = p
                .resultaat
                .cellen
                .iter()
                .find(|(id, _)| id == kpi)
                .and_then(|(_, c)| serde_json::to_value(c).ok())
                .unwrap_or(serde_json::Value::Null);
            let (_, reden) = cellen(kpi, p);
            serde_json::json!({
                "periode": periode_tekst(&p.venster),
                "label": periode_label(&p.venster),
                "van": p.venster.van.iso(),
                "tot": p.venster.tot.iso(),
                "waarde": waarde,
                "toelichting": if reden.is_empty() { serde_json::Value::Null } else { reden.into() },
            })
        })
        .collect();
    let k = punten.first().map_or(5, |p| p.resultaat.k);
    serde_json::to_string_pretty(&serde_json::json!({
        "kpi": kpi,
        "per": soort,
        "onderdrukking": { "k": k },
        "reeks": reeks,
    }))
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str) -> Datum {
        Datum::parse_iso(t).unwrap()
    }

    #[test]
    fn windows_cover_the_range_whole() {
        let v = vensters_tussen(Venstersoort::Kwartaal, d("2023-02-15"), d("2023-08-01")).unwrap();
        let tekst: Vec<String> = v.iter().map(periode_tekst).collect();
        assert_eq!(tekst, ["2023-Q1", "2023-Q2", "2023-Q3"]);
        let v = vensters_tussen(Venstersoort::Jaar, d("2021-01-01"), d("2023-12-31")).unwrap();
        assert_eq!(v.len(), 3);
        let v = vensters_tussen(Venstersoort::Maand, d("2023-12-31"), d("2024-01-01")).unwrap();
        assert_eq!(v.iter().map(periode_tekst).collect::<Vec<_>>(), ["2023-12", "2024-01"]);
        let v = vensters_tussen(Venstersoort::Halfjaar, d("2024-07-01"), d("2024-07-01")).unwrap();
        assert_eq!(v.iter().map(periode_tekst).collect::<Vec<_>>(), ["2024-H2"]);
        assert!(vensters_tussen(Venstersoort::Jaar, d("2024-01-02"), d("2024-01-01")).is_err());
        assert!(vensters_tussen(Venstersoort::Aangepast, d("2024-01-01"), d("2024-01-02")).is_err());
        assert!(vensters_tussen(Venstersoort::Maand, d("1900-01-01"), d("2200-01-01")).is_err());
    }
}
