//! The SMART check: what a goal still lacks, per letter, in plain Dutch.

use serde::Serialize;

use crate::date::Datum;
use crate::kpi::{definitie, Eenheid, Venster};
use crate::model::DataSet;
use crate::weergave::{lees_periode, periode_label};

use super::evaluatie::DOEL_KPIS;
use super::model::{Doel, Doelwaarde, Richting};

/// One remark: which SMART letter it is about and what is missing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SmartMelding {
    /// `S`, `M`, `A`, `R` or `T`.
    pub letter: char,
    pub tekst: String,
}

fn melding(letter: char, tekst: impl Into<String>) -> SmartMelding {
    SmartMelding {
        letter,
        tekst: tekst.into(),
    }
}

/// The scope filters a KPI looks at; the others are ignored by its
/// definition (waiting lists, requests and scores carry no youth).
fn werkzame_filters(kpi: &str) -> &'static [&'static str] {
    const ALLE: &[&str] = &crate::kpi::FILTERNAMEN;
    match kpi {
        "wachtenden" | "boven_treeknorm" => &["gemeente", "aanbieder", "productcategorie", "productcode"],
        "contact_binnen_3_werkdagen_pct" => &["gemeente"],
        "tevredenheid_gemiddeld" => &["gemeente", "aanbieder"],
        "begroting" => &["gemeente", "segment"],
        _ => ALLE,
    }
}

/// The range a value in this unit can take; `None` when unbounded above.
fn bereik(eenheid: Eenheid) -> (f64, Option<f64>) {
    match eenheid {
        Eenheid::Procent => (0.0, Some(100.0)),
        Eenheid::Score => (1.0, Some(10.0)),
        _ => (0.0, None),
    }
}

/// The first and last date in the data set: trajectory begins and ends,
/// declaration months and the dates of the other files. `None` when empty.
pub fn databereik(data: &DataSet) -> Option<(Datum, Datum)> {
    let datums = data
        .trajecten
        .iter()
        .flat_map(|t| [Some(t.begin), t.eind])
        .flatten()
        .chain(data.declaraties.iter().map(|d| d.maand.eerste_dag()))
        .chain(data.wachttijden.iter().map(|w| w.peildatum))
        .chain(data.aanmeldingen.iter().map(|a| a.aanmelddatum))
        .chain(data.tevredenheid.iter().map(|t| t.datum));
    datums.fold(None, |acc, d| match acc {
        None => Some((d, d)),
        Some((van, tot)) => Some((van.min(d), tot.max(d))),
    })
}

/// Checks one goal. `databereik` is the first and last date of the loaded
/// data (see [`databereik`]); without it the baseline is not compared with
/// the data. An empty list means the goal is SMART.
///
/// - S(pecifiek): a title, a known KPI that is one number, the flag for
///   `proces_pct` (and only there), scope filters the KPI looks at.
/// - M(eetbaar): the baseline period is readable, given numbers are numbers.
/// - A(anvaardbaar) and R(ealistisch): a target is there, lies within the
///   unit's range (a percentage 0–100, a score 1–10, a count ≥ 0), lies in
///   the goal's direction, and the baseline period lies within the data.
/// - T(ijdsgebonden): the deadline and every milestone lie after the baseline
///   period, milestones not after the deadline.
pub fn controleer(doel: &Doel, databereik: Option<(Datum, Datum)>) -> Vec<SmartMelding> {
    let mut uit = Vec::new();
    if doel.titel.trim().is_empty() {
        uit.push(melding(
            'S',
            "Het doel heeft geen titel. Schrijf in één zin wat je wilt bereiken.",
        ));
    }
    if doel.strategisch_doel == 0 {
        uit.push(melding(
            'S',
            "Kies bij welk strategisch doel dit doel hoort (1 of hoger).",
        ));
    }

    let handmatig = doel.is_handmatig();
    let mut eenheid = None;
    match &doel.metric {
        None if !handmatig => uit.push(melding(
            'S',
            "Er staat niet bij wat er gemeten wordt. Kies een KPI, of maak het een handmatig doel.",
        )),
        None => {}
        Some(m) => {
            let kpi = m.kpi.trim();
            match definitie(kpi) {
                None => uit.push(melding(
                    'S',
                    format!("De KPI {kpi:?} bestaat niet. Kies een KPI uit de lijst."),
                )),
                Some(_) if !DOEL_KPIS.contains(&kpi) => uit.push(melding(
                    'S',
                    format!("De KPI {kpi} bestaat uit meer dan één getal. Kies een KPI met één getal."),
                )),
                Some(def) => eenheid = Some(def.eenheid),
            }
            if kpi == "proces_pct" && m.vlag.is_none() {
                uit.push(melding(
                    'S',
                    "Kies bij proces_pct welke afspraak je meet: verklarende analyse, familiegroepsplan of perspectiefplan.",
                ));
            }
            if kpi != "proces_pct" && m.vlag.is_some() {
                uit.push(melding(
                    'S',
                    format!("Een vlag hoort alleen bij proces_pct, niet bij {kpi}."),
                ));
            }
            let werkzaam = werkzame_filters(kpi);
            for (naam, _) in m.scope.naar_query() {
                if !werkzaam.contains(&naam.as_str()) {
                    uit.push(melding(
                        'S',
                        format!("Het filter {naam} heeft geen invloed op {kpi}. Haal het weg."),
                    ));
                }
            }
            if m.scope.segmenten.iter().any(|s| !(1..=5).contains(s)) {
                uit.push(melding('S', "Een segment moet 1 tot en met 5 zijn."));
            }
            if m.scope.leeftijd.is_some_and(|l| l.min > l.max) {
                uit.push(melding(
                    'S',
                    "De leeftijdsgrens klopt niet: de laagste leeftijd is hoger dan de hoogste.",
                ));
            }
        }
    }

    let basis: Option<Venster> = match lees_periode(doel.basislijn.periode.trim()) {
        Ok(v) => Some(v),
        Err(fout) => {
            uit.push(melding('M', format!("De basislijnperiode klopt niet: {fout}.")));
            None
        }
    };
    if doel.basislijn.waarde.is_some_and(|w| !w.is_finite()) {
        uit.push(melding('M', "De basislijnwaarde is geen getal."));
    }

    let doelen = std::iter::once((None, &doel.doel)).chain(doel.mijlpalen.iter().map(|m| (Some(m.datum), &m.doel)));
    for (datum, d) in doelen {
        let wat = match datum {
            None => "Het doel".to_string(),
            Some(d) => format!("De mijlpaal van {}", d.nl()),
        };
        controleer_doelwaarde(&wat, d, doel, datum.is_some(), eenheid, &mut uit);
    }

    if let (Some(basis), Some((van, tot)), None, false) = (basis, databereik, doel.basislijn.waarde, handmatig) {
        if basis.van < van || basis.tot > tot {
            uit.push(melding(
                'R',
                format!(
                    "De basislijnperiode {} valt (deels) buiten de gegevens ({} tot en met {}). Kies een periode met gegevens of vul de basislijnwaarde zelf in.",
                    periode_label(&basis),
                    van.nl(),
                    tot.nl()
                ),
            ));
        }
    }

    if let Some(basis) = basis {
        if doel.deadline <= basis.tot {
            uit.push(melding(
                'T',
                format!(
                    "De deadline {} ligt niet na de basislijnperiode {}.",
                    doel.deadline.nl(),
                    periode_label(&basis)
                ),
            ));
        }
        for m in &doel.mijlpalen {
            if m.datum <= basis.tot {
                uit.push(melding(
                    'T',
                    format!("De mijlpaal van {} ligt niet na de basislijnperiode.", m.datum.nl()),
                ));
            }
        }
    }
    for m in &doel.mijlpalen {
        if m.datum > doel.deadline {
            uit.push(melding(
                'T',
                format!("De mijlpaal van {} ligt na de deadline.", m.datum.nl()),
            ));
        }
    }
    let mut datums: Vec<Datum> = doel.mijlpalen.iter().map(|m| m.datum).collect();
    datums.sort_unstable();
    if datums.windows(2).any(|w| matches!(w, [a, b] if a == b)) {
        uit.push(melding('T', "Twee mijlpalen hebben dezelfde datum."));
    }
    uit
}

fn controleer_doelwaarde(
    wat: &str,
    d: &Doelwaarde,
    doel: &Doel,
    is_mijlpaal: bool,
    eenheid: Option<Eenheid>,
    uit: &mut Vec<SmartMelding>,
) {
    let richting = doel.richting;
    match d {
        Doelwaarde::Handmatig(_) if is_mijlpaal => {
            uit.push(melding(
                'A',
                format!("{wat} heeft geen getal. Geef een mijlpaal een getal."),
            ));
        }
        Doelwaarde::Handmatig(tekst) if tekst.trim().is_empty() => uit.push(melding(
            'A',
            "Beschrijf wanneer het doel gehaald is, zodat iemand het kan beoordelen.",
        )),
        Doelwaarde::Handmatig(_) => {}
        Doelwaarde::Verbetering if richting.is_norm() => uit.push(melding(
            'A',
            format!("{wat} heeft geen getal. Bij 'maximaal' of 'minimaal' hoort een grens."),
        )),
        Doelwaarde::Verbetering if is_mijlpaal => uit.push(melding(
            'A',
            format!("{wat} heeft geen getal. Geef een mijlpaal een getal."),
        )),
        Doelwaarde::Verbetering => {}
        Doelwaarde::RelatieveVerandering(p) if !p.is_finite() => {
            uit.push(melding('M', format!("{wat}: de verandering is geen getal.")))
        }
        Doelwaarde::RelatieveVerandering(p) => {
            if *p <= -100.0 {
                uit.push(melding(
                    'R',
                    format!("{wat}: een daling van {} % of meer kan niet.", -p),
                ));
            }
            let verkeerd = match richting {
                Richting::Omhoog => *p <= 0.0,
                Richting::Omlaag => *p >= 0.0,
                _ => false,
            };
            if verkeerd {
                uit.push(melding(
                    'A',
                    format!(
                        "{wat}: een verandering van {p} % past niet bij de richting {}.",
                        richting_tekst(richting)
                    ),
                ));
            }
        }
        Doelwaarde::Waarde(w) if !w.is_finite() => {
            uit.push(melding('M', format!("{wat}: de doelwaarde is geen getal.")))
        }
        Doelwaarde::Waarde(w) => {
            if let Some(e) = eenheid {
                let (min, max) = bereik(e);
                if *w < min || max.is_some_and(|m| *w > m) {
                    let grens = match max {
                        Some(m) => format!("{min} tot en met {m}"),
                        None => format!("{min} of meer"),
                    };
                    uit.push(melding(
                        'R',
                        format!("{wat}: {w} kan niet; de waarde ligt altijd tussen {grens}."),
                    ));
                }
            }
            if let Some(b) = doel.basislijn.waarde.filter(|b| b.is_finite()) {
                let verkeerd = match richting {
                    Richting::Omhoog => *w <= b,
                    Richting::Omlaag => *w >= b,
                    _ => false,
                };
                if verkeerd {
                    uit.push(melding(
                        'A',
                        format!(
                            "{wat}: {w} ligt niet in de richting {} vanaf de basislijn {b}.",
                            richting_tekst(richting)
                        ),
                    ));
                }
            }
        }
    }
}

fn richting_tekst(r: Richting) -> &'static str {
    match r {
        Richting::Omhoog => "omhoog",
        Richting::Omlaag => "omlaag",
        Richting::Maximaal => "maximaal",
        Richting::Minimaal => "minimaal",
    }
}
