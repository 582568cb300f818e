//! Goal tests: every status and direction on small hand-made data sets, the
//! decisions of [`evalueer`], the SMART check, storage, and the shipped
//! presets on the demo data.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::*;
use crate::content::{lees_producten, lees_regio, Productcatalogus};
use crate::date::{Datum, Weekdag};
use crate::demo::{self, DemoOpties, DemoUitvoer};
use crate::ingest::{bouw_dataset, lees_bytes, Inleesopties};
use crate::kpi::{definitie, KpiIndex, KpiOpties, Leeftijd, Scope};
use crate::model::{Aanmelding, Bestandssoort, ClientId, DataSet, Tevredenheid, Traject};

const DOELEN_TOML: &str = include_str!("../../../../public/content/doelen.toml");
const MAATREGELEN_TOML: &str = include_str!("../../../../public/content/maatregelen.toml");
const REGIO_TOML: &str = include_str!("../../../../public/content/regio.toml");

fn d(t: &str) -> Datum {
    Datum::parse_iso(t).expect("test date")
}

fn evalueer_op(doel: &Doel, peildatum: &str, data: &DataSet) -> Evaluatie {
    let index = KpiIndex::bouw(data, &Productcatalogus::default());
    evalueer(doel, d(peildatum), data, &index, &KpiOpties::default())
}

fn metric(kpi: &str) -> Metric {
    Metric {
        kpi: kpi.into(),
        scope: Scope::default(),
        vlag: None,
    }
}

/// A goal on `tevredenheid_gemiddeld` (whose value is simply the mean score,
/// so a test can set it per year) with baseline period 2022.
fn doel(richting: Richting, doelwaarde: Doelwaarde, deadline: &str) -> Doel {
    Doel {
        id: "test".into(),
        titel: "Testdoel".into(),
        strategisch_doel: 1,
        metric: Some(metric("tevredenheid_gemiddeld")),
        richting,
        basislijn: Basislijn {
            periode: "2022".into(),
            waarde: None,
        },
        doel: doelwaarde,
        mijlpalen: Vec::new(),
        deadline: d(deadline),
        bron: "test".into(),
        toelichting: String::new(),
        handmatig: None,
    }
}

/// One score per year (mid-June), so the year's mean is that score.
fn scores(jaren: &[(i32, f64)]) -> DataSet {
    DataSet {
        tevredenheid: jaren
            .iter()
            .map(|&(jaar, score)| Tevredenheid {
                datum: Datum::from_ymd(jaar, 6, 15).expect("date"),
                score,
                aanbieder: None,
                gemeente: None,
            })
            .collect(),
        geladen: vec![Bestandssoort::Tevredenheid],
        ..DataSet::default()
    }
}

fn status(doel: &Doel, peildatum: &str, data: &DataSet) -> Status {
    evalueer_op(doel, peildatum, data).status
}

// ---------------------------------------------------------------------------
// Statuses and directions. Baseline 2022, deadline 31-12-2026: at the end of
// 2024 the straight line is just past halfway (731 of 1461 days).
// ---------------------------------------------------------------------------

#[test]
fn omhoog_every_status() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    // Line at 31-12-2024: 6 + 2 × 731/1461 = 7.0007.
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, 8.0)])),
        Status::Behaald
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, 7.5)])),
        Status::OpKoers
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, 7.0)])),
        Status::Risico
    );
    assert_eq!(
        status(&g, "2027-12-31", &scores(&[(2022, 6.0), (2027, 7.9)])),
        Status::NietBehaald
    );
    let e = evalueer_op(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, 7.5)]));
    assert_eq!(
        (e.basislijn_waarde, e.huidige_waarde, e.doelwaarde),
        (Some(6.0), Some(7.5), Some(8.0))
    );
    let lijn = e.lijnwaarde.expect("line");
    assert!((lijn - 7.0007).abs() < 1e-3, "{lijn}");
}

#[test]
fn omlaag_every_status() {
    let g = doel(Richting::Omlaag, Doelwaarde::Waarde(6.0), "2026-12-31");
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 6.0)])),
        Status::Behaald
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 6.5)])),
        Status::OpKoers
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 7.5)])),
        Status::Risico
    );
    assert_eq!(
        status(&g, "2027-12-31", &scores(&[(2022, 8.0), (2027, 6.5)])),
        Status::NietBehaald
    );
}

#[test]
fn maximaal_is_a_ceiling() {
    let g = doel(Richting::Maximaal, Doelwaarde::Waarde(7.0), "2026-12-31");
    // Baseline already under the ceiling: staying under it is behaald, going over it risico.
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 5.0), (2024, 7.0)])),
        Status::Behaald
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 5.0), (2024, 7.5)])),
        Status::Risico
    );
    // Baseline above the ceiling: the line from 9 to 7 asks 7.9993 at the end of 2024.
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 9.0), (2024, 7.5)])),
        Status::OpKoers
    );
    assert_eq!(
        status(&g, "2027-12-31", &scores(&[(2022, 5.0), (2027, 7.1)])),
        Status::NietBehaald
    );
}

#[test]
fn minimaal_is_a_floor() {
    let g = doel(Richting::Minimaal, Doelwaarde::Waarde(7.0), "2026-12-31");
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 7.0)])),
        Status::Behaald
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 6.5)])),
        Status::Risico
    );
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 5.0), (2024, 6.5)])),
        Status::OpKoers
    );
    assert_eq!(
        status(&g, "2027-12-31", &scores(&[(2022, 8.0), (2027, 6.9)])),
        Status::NietBehaald
    );
}

#[test]
fn progress_runs_from_baseline_to_target_clamped_to_0_100() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    let v = |huidig: f64| evalueer_op(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, huidig)])).voortgang_pct;
    assert_eq!(v(7.5), Some(75.0));
    assert_eq!(v(6.0), Some(0.0));
    assert_eq!(v(5.0), Some(0.0), "worse than the baseline is 0, not negative");
    assert_eq!(v(9.0), Some(100.0), "beyond the target is 100");
    let g = doel(Richting::Omlaag, Doelwaarde::Waarde(6.0), "2026-12-31");
    let e = evalueer_op(&g, "2024-12-31", &scores(&[(2022, 8.0), (2024, 7.5)]));
    assert_eq!(e.voortgang_pct, Some(25.0));
    // A norm the baseline already met and the value now breaks: no progress.
    let g = doel(Richting::Maximaal, Doelwaarde::Waarde(7.0), "2026-12-31");
    let e = evalueer_op(&g, "2024-12-31", &scores(&[(2022, 5.0), (2024, 7.5)]));
    assert_eq!(e.voortgang_pct, Some(0.0));
}

#[test]
fn a_given_baseline_value_is_used_instead_of_the_data() {
    let mut g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    g.basislijn.waarde = Some(4.0);
    let e = evalueer_op(&g, "2024-12-31", &scores(&[(2024, 7.0)]));
    assert_eq!(e.basislijn_waarde, Some(4.0));
    assert_eq!(e.status, Status::OpKoers, "line 4 → 8 asks 6.0 at the end of 2024");
}

// ---------------------------------------------------------------------------
// Relative targets.
// ---------------------------------------------------------------------------

fn traject(nr: u32, begin: &str, productcode: &str, segment: Option<u8>) -> Traject {
    Traject {
        client: ClientId(nr),
        toewijzing: format!("T{nr}").into(),
        gemeente: "GM0243".into(),
        aanbieder: "P1".into(),
        productcategorie: 54,
        productcode: Some(productcode.into()),
        segment,
        verwijzer: None,
        geboortejaar: Some(2010),
        begin: d(begin),
        eind: None,
        reden_beeindiging: None,
        verklarende_analyse: None,
        familiegroepsplan: None,
        perspectiefplan: None,
    }
}

/// `per_jaar[i]` trajectories with productcode 54001 and segment 4 start in
/// year `jaar_i`.
fn instroom(per_jaar: &[(i32, u32)]) -> DataSet {
    let mut trajecten = Vec::new();
    for &(jaar, n) in per_jaar {
        for _ in 0..n {
            let nr = trajecten.len() as u32;
            trajecten.push(traject(nr, &format!("{jaar}-03-01"), "54001", Some(4)));
        }
    }
    DataSet {
        clients: (0..trajecten.len()).map(|i| format!("C{i}").into()).collect(),
        trajecten,
        geladen: vec![Bestandssoort::Trajecten],
        ..DataSet::default()
    }
}

fn basis_ggz_doel(doelwaarde: Doelwaarde) -> Doel {
    let mut g = doel(Richting::Omlaag, doelwaarde, "2026-12-31");
    g.metric = Some(Metric {
        kpi: "instroom_trajecten".into(),
        scope: Scope {
            productcodes: BTreeSet::from(["54001".to_string()]),
            ..Scope::default()
        },
        vlag: None,
    });
    g
}

#[test]
fn relative_minus_25_percent_applies_to_the_computed_baseline() {
    let g = basis_ggz_doel(Doelwaarde::RelatieveVerandering(-25.0));
    let e = evalueer_op(&g, "2025-12-31", &instroom(&[(2022, 8), (2025, 6)]));
    assert_eq!(e.basislijn_waarde, Some(8.0));
    assert_eq!(e.doelwaarde, Some(6.0));
    assert_eq!(e.status, Status::Behaald);
    let e = evalueer_op(&g, "2025-12-31", &instroom(&[(2022, 8), (2025, 7)]));
    assert_eq!(e.status, Status::Risico, "line 8 → 6 asks 6.5 at the end of 2025");
    let e = evalueer_op(&g, "2027-06-30", &instroom(&[(2022, 8), (2026, 7)]));
    assert_eq!(e.status, Status::NietBehaald);
}

#[test]
fn relative_minus_5_percent() {
    let g = doel(Richting::Omlaag, Doelwaarde::RelatieveVerandering(-5.0), "2025-12-31");
    let e = evalueer_op(&g, "2025-12-31", &scores(&[(2022, 8.0), (2025, 7.6)]));
    let t = e.doelwaarde.expect("target");
    assert!((t - 7.6).abs() < 1e-9, "{t}");
    assert_eq!(e.status, Status::Behaald, "7.6 meets 8 × 0.95 despite float rounding");
    let e = evalueer_op(&g, "2025-12-31", &scores(&[(2022, 8.0), (2025, 7.7)]));
    assert_eq!(e.status, Status::NietBehaald);
}

#[test]
fn improvement_needs_a_strictly_better_value() {
    let g = basis_ggz_doel(Doelwaarde::Verbetering);
    assert_eq!(
        status(&g, "2025-12-31", &instroom(&[(2022, 5), (2025, 4)])),
        Status::Behaald
    );
    assert_eq!(
        status(&g, "2025-12-31", &instroom(&[(2022, 5), (2025, 5)])),
        Status::Risico
    );
    assert_eq!(
        status(&g, "2027-12-31", &instroom(&[(2022, 5), (2027, 5)])),
        Status::NietBehaald
    );
}

// ---------------------------------------------------------------------------
// Windows and the deadline.
// ---------------------------------------------------------------------------

#[test]
fn current_window_is_the_last_complete_one() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(9.0), "2026-12-31");
    let data = scores(&[(2022, 6.0), (2023, 7.0), (2024, 8.0)]);
    let e = evalueer_op(&g, "2024-06-30", &data);
    assert_eq!(e.venster.map(|v| v.tot), Some(d("2023-12-31")));
    assert_eq!(e.huidige_waarde, Some(7.0));
    let e = evalueer_op(&g, "2024-12-31", &data);
    assert_eq!(
        e.venster.map(|v| v.tot),
        Some(d("2024-12-31")),
        "the peildatum closes 2024"
    );
    assert_eq!(e.huidige_waarde, Some(8.0));
    // Just after the baseline year, the baseline year is the last complete one.
    let e = evalueer_op(&g, "2023-03-01", &data);
    assert_eq!(e.venster.map(|v| v.tot), Some(d("2022-12-31")));
    // Before the baseline period has ended there is nothing to compare.
    let e = evalueer_op(&g, "2022-06-30", &data);
    assert!(
        matches!(e.status, Status::GeenGegevens(ref g) if g.reden.contains("basislijnperiode")),
        "{e:?}"
    );
}

#[test]
fn the_deadline_day_counts_as_reached() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2024-12-31");
    let data = scores(&[(2022, 6.0), (2024, 7.9)]);
    assert_eq!(status(&g, "2024-12-31", &data), Status::NietBehaald);
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2025-01-01");
    assert_eq!(
        status(&g, "2024-12-31", &data),
        Status::Risico,
        "one day before the deadline"
    );
}

#[test]
fn the_series_ends_with_the_current_window() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(9.0), "2026-12-31");
    let e = evalueer_op(&g, "2025-12-31", &scores(&[(2022, 6.0), (2024, 8.0), (2025, 8.5)]));
    let perioden: Vec<&str> = e.reeks.iter().map(|p| p.periode.as_str()).collect();
    assert_eq!(perioden, ["2020", "2021", "2022", "2023", "2024", "2025"]);
    let waarden: Vec<Option<f64>> = e.reeks.iter().map(|p| p.waarde).collect();
    assert_eq!(waarden, [None, None, Some(6.0), None, Some(8.0), Some(8.5)]);
}

// ---------------------------------------------------------------------------
// Milestones: the spec's example (75% on 1-1-2023, 100% on 1-1-2024) with
// quarters, so "between" has its own measurement. Baseline 2022-Q3 = 50%.
// ---------------------------------------------------------------------------

/// 100 requests on the first Monday of the quarter; `pct` of them get
/// contact the next day, the rest after two weeks.
fn contact(kwartalen: &[(i32, u32, u32)]) -> DataSet {
    let mut aanmeldingen = Vec::new();
    for &(jaar, kwartaal, pct) in kwartalen {
        let mut dag = Datum::from_ymd(jaar, kwartaal * 3 - 2, 1).expect("date");
        while dag.weekdag() != Weekdag::Maandag {
            dag = dag.plus_dagen(1);
        }
        for i in 0..100 {
            let wacht = if i < pct { 1 } else { 14 };
            aanmeldingen.push(Aanmelding {
                aanmelddatum: dag,
                eerste_contact: Some(dag.plus_dagen(wacht)),
                gemeente: None,
            });
        }
    }
    DataSet {
        aanmeldingen,
        geladen: vec![Bestandssoort::Aanmeldingen],
        ..DataSet::default()
    }
}

fn mijlpaaldoel() -> Doel {
    let mut g = doel(Richting::Omhoog, Doelwaarde::Waarde(100.0), "2024-01-01");
    g.metric = Some(metric("contact_binnen_3_werkdagen_pct"));
    g.basislijn.periode = "2022-Q3".into();
    g.mijlpalen = vec![
        Mijlpaal {
            datum: d("2024-01-01"),
            doel: Doelwaarde::Waarde(100.0),
        },
        Mijlpaal {
            datum: d("2023-01-01"),
            doel: Doelwaarde::Waarde(75.0),
        },
    ];
    g
}

#[test]
fn milestones_before_between_and_after() {
    let g = mijlpaaldoel();
    // Before the first milestone: line 50 → 75 asks 74.7 at 31-12-2022.
    let e = evalueer_op(&g, "2022-12-31", &contact(&[(2022, 3, 50), (2022, 4, 80)]));
    assert_eq!(e.status, Status::OpKoers);
    assert!((e.lijnwaarde.expect("line") - 74.73).abs() < 0.01, "{:?}", e.lijnwaarde);
    assert_eq!(e.mijlpalen.iter().map(|m| m.gehaald).collect::<Vec<_>>(), [None, None]);
    assert_eq!(
        status(&g, "2022-12-31", &contact(&[(2022, 3, 50), (2022, 4, 70)])),
        Status::Risico
    );

    // Between: line 75 → 100 asks 87.3 at 30-06-2023; the first milestone
    // is measured over the last complete quarter on 1-1-2023 (Q4 2022).
    let data = contact(&[(2022, 3, 50), (2022, 4, 80), (2023, 2, 90)]);
    let e = evalueer_op(&g, "2023-06-30", &data);
    assert_eq!(e.status, Status::OpKoers);
    assert!((e.lijnwaarde.expect("line") - 87.33).abs() < 0.01, "{:?}", e.lijnwaarde);
    let eerste = &e.mijlpalen[0];
    assert_eq!(
        (eerste.datum, eerste.doelwaarde, eerste.waarde, eerste.gehaald),
        (d("2023-01-01"), Some(75.0), Some(80.0), Some(true))
    );
    assert_eq!(e.mijlpalen[1].gehaald, None, "still ahead");
    let data = contact(&[(2022, 3, 50), (2022, 4, 80), (2023, 2, 85)]);
    assert_eq!(status(&g, "2023-06-30", &data), Status::Risico);

    // The last day before the deadline, the line asks 99.9.
    let data = contact(&[(2022, 3, 50), (2023, 4, 95)]);
    assert_eq!(status(&g, "2023-12-31", &data), Status::Risico);
    // After: the deadline decides.
    assert_eq!(status(&g, "2024-01-01", &data), Status::NietBehaald);
    let data = contact(&[(2022, 3, 50), (2024, 1, 100)]);
    assert_eq!(status(&g, "2024-03-31", &data), Status::Behaald);
    let data = contact(&[(2022, 3, 50), (2024, 1, 95)]);
    assert_eq!(status(&g, "2024-03-31", &data), Status::NietBehaald);
}

#[test]
fn a_missed_milestone_is_reported_but_can_be_recovered() {
    let g = mijlpaaldoel();
    let data = contact(&[(2022, 3, 50), (2022, 4, 60), (2023, 2, 90)]);
    let e = evalueer_op(&g, "2023-06-30", &data);
    assert_eq!(e.mijlpalen[0].gehaald, Some(false));
    assert_eq!(
        e.status,
        Status::OpKoers,
        "caught up with the line: not niet_behaald before the deadline"
    );
    let data = contact(&[(2022, 3, 50), (2022, 4, 60), (2023, 2, 70)]);
    assert_eq!(
        status(&g, "2023-06-30", &data),
        Status::Risico,
        "still below the missed milestone"
    );
}

// ---------------------------------------------------------------------------
// geen_gegevens and handmatig.
// ---------------------------------------------------------------------------

#[test]
fn missing_file_is_named() {
    let mut g = doel(Richting::Maximaal, Doelwaarde::Waarde(0.0), "2025-12-31");
    g.metric = Some(Metric {
        kpi: "wachtenden".into(),
        scope: Scope {
            productcategorieen: BTreeSet::from([48]),
            ..Scope::default()
        },
        vlag: None,
    });
    let e = evalueer_op(&g, "2025-12-31", &instroom(&[(2022, 3)]));
    let json = serde_json::to_value(&e.status).expect("json");
    assert_eq!(json["status"], "geen_gegevens");
    assert_eq!(json["nodig"], serde_json::json!(["wachttijden"]));
    match e.status {
        Status::GeenGegevens(g) => {
            assert_eq!(g.nodig, [Bestandssoort::Wachttijden]);
            assert!(g.reden.contains("wachttijden"), "{}", g.reden);
        }
        ander => panic!("{ander:?}"),
    }
    let json = serde_json::to_value(&e.reeks).expect("json");
    assert!(json.as_array().is_some_and(|a| a.len() == REEKS_LENGTE));
}

#[test]
fn missing_catalogue_and_empty_values_are_geen_gegevens() {
    let mut g = doel(Richting::Maximaal, Doelwaarde::Waarde(4.13), "2025-12-31");
    g.metric = Some(metric("jeugdzorgplus_pct"));
    let e = evalueer_op(&g, "2025-12-31", &instroom(&[(2022, 3), (2025, 3)]));
    assert!(
        matches!(e.status, Status::GeenGegevens(ref g) if g.reden.contains("producten.toml")),
        "{e:?}"
    );

    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    let e = evalueer_op(&g, "2024-12-31", &scores(&[(2022, 6.0)]));
    match e.status {
        Status::GeenGegevens(g) => {
            assert!(g.nodig.is_empty());
            assert!(g.reden.contains("2024"), "{}", g.reden);
        }
        ander => panic!("{ander:?}"),
    }
}

#[test]
fn manual_status_applies_only_to_manual_goals() {
    let oordeel = HandmatigeStatus {
        status: Oordeel::OpKoers,
        notitie: "Eerste gesprekken gevoerd.".into(),
        datum: d("2024-05-01"),
    };
    let mut g = doel(
        Richting::Omhoog,
        Doelwaarde::Handmatig("Er is een partnerschap.".into()),
        "2024-12-31",
    );
    g.metric = None;
    assert_eq!(
        status(&g, "2025-12-31", &DataSet::default()),
        Status::Handmatig { oordeel: None }
    );
    g.handmatig = Some(oordeel.clone());
    assert_eq!(
        status(&g, "2025-12-31", &DataSet::default()),
        Status::Handmatig {
            oordeel: Some(oordeel.clone())
        }
    );
    // A handmatig goal with a metric still shows its figures.
    g.metric = Some(metric("tevredenheid_gemiddeld"));
    let e = evalueer_op(&g, "2023-12-31", &scores(&[(2022, 7.0), (2023, 7.4)]));
    assert_eq!((e.basislijn_waarde, e.huidige_waarde), (Some(7.0), Some(7.4)));
    assert!(matches!(e.status, Status::Handmatig { .. }));
    // A computed goal ignores a stored manual status.
    let mut g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    g.handmatig = Some(oordeel);
    assert_eq!(
        status(&g, "2024-12-31", &scores(&[(2022, 6.0), (2024, 8.0)])),
        Status::Behaald
    );
}

#[test]
fn value_reading_covers_flags_money_and_non_numbers() {
    let data = instroom(&[(2022, 2)]);
    let index = KpiIndex::bouw(&data, &Productcatalogus::default());
    let venster = crate::kpi::Venster::jaar(2022).expect("year");
    let r = crate::kpi::bereken_alle(&index, &data, venster, None, &Scope::default(), &KpiOpties::default());
    assert_eq!(waarde_van(&r, &metric("instroom_trajecten")), Ok(Some(2.0)));
    assert!(
        waarde_van(&r, &metric("proces_pct")).is_err(),
        "proces_pct needs a flag"
    );
    let mut m = metric("proces_pct");
    m.vlag = Some(crate::kpi::ProcesVlag::Familiegroepsplan);
    assert_eq!(waarde_van(&r, &m), Ok(None), "no flag known: empty, not missing");
    assert!(waarde_van(&r, &metric("vervolg")).is_err_and(|g| g.reden.contains("geen enkel getal")));
    assert!(waarde_van(&r, &metric("bestaat_niet")).is_err_and(|g| g.reden.contains("bestaat niet")));
    assert!(waarde_van(&r, &metric("kosten")).is_err_and(|g| g.nodig == [Bestandssoort::Declaraties]));
    for id in DOEL_KPIS {
        assert!(definitie(id).is_some(), "{id}");
    }
}

#[test]
fn absurd_dates_do_not_panic() {
    let g = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2026-12-31");
    let data = scores(&[(2022, 6.0)]);
    let index = KpiIndex::bouw(&data, &Productcatalogus::default());
    for p in [Datum::from_dagnummer(i32::MAX), Datum::from_dagnummer(i32::MIN)] {
        let e = evalueer(&g, p, &data, &index, &KpiOpties::default());
        assert!(matches!(e.status, Status::GeenGegevens(_)));
    }
    let mut g = g;
    g.basislijn.periode = "2022_2022-12-31".into();
    assert!(matches!(status(&g, "2025-12-31", &data), Status::GeenGegevens(_)));
}

#[test]
fn custom_baseline_windows_repeat_with_their_length() {
    let mut g = doel(Richting::Omhoog, Doelwaarde::Waarde(9.0), "2026-12-31");
    g.basislijn.periode = "2022-01-01_2022-01-10".into();
    let e = evalueer_op(&g, "2022-01-25", &scores(&[]));
    let v = e.venster.expect("window");
    assert_eq!((v.van, v.tot), (d("2022-01-11"), d("2022-01-20")));
}

// ---------------------------------------------------------------------------
// SMART check.
// ---------------------------------------------------------------------------

fn letters(meldingen: &[SmartMelding]) -> String {
    meldingen.iter().map(|m| m.letter).collect()
}

#[test]
fn smart_check_names_what_is_missing() {
    let bereik = Some((d("2021-01-01"), d("2025-12-31")));
    let goed = doel(Richting::Omhoog, Doelwaarde::Waarde(8.0), "2025-12-31");
    assert_eq!(controleer(&goed, bereik), []);

    let mut g = goed.clone();
    g.metric = Some(metric("bestaat_niet"));
    assert_eq!(letters(&controleer(&g, bereik)), "S");
    g.metric = Some(metric("proces_pct"));
    let m = controleer(&g, bereik);
    assert_eq!(letters(&m), "S", "{m:?}");
    assert!(m[0].tekst.contains("verklarende analyse"), "{m:?}");
    g.metric = Some(Metric {
        kpi: "wachtenden".into(),
        scope: Scope {
            segmenten: BTreeSet::from([4]),
            ..Scope::default()
        },
        vlag: None,
    });
    let m = controleer(&g, bereik);
    assert!(
        m.iter().any(|m| m.letter == 'S' && m.tekst.contains("segment")),
        "{m:?}"
    );
    g.metric = Some(metric("vervolg"));
    assert_eq!(letters(&controleer(&g, bereik)), "S");
    g.metric = None;
    assert_eq!(letters(&controleer(&g, bereik)), "S");

    let mut g = goed.clone();
    g.basislijn.periode = "2022-Q5".into();
    assert_eq!(letters(&controleer(&g, bereik)), "M");

    let mut g = goed.clone();
    g.metric = Some(metric("contact_binnen_3_werkdagen_pct"));
    g.doel = Doelwaarde::Waarde(120.0);
    let m = controleer(&g, bereik);
    assert_eq!(letters(&m), "R");
    assert!(m[0].tekst.contains("0 tot en met 100"), "{m:?}");

    let mut g = goed.clone();
    g.doel = Doelwaarde::RelatieveVerandering(-5.0);
    assert_eq!(letters(&controleer(&g, bereik)), "A", "omhoog with a decrease");
    g.richting = Richting::Maximaal;
    g.doel = Doelwaarde::Verbetering;
    assert_eq!(letters(&controleer(&g, bereik)), "A", "a norm needs a number");

    let mut g = goed.clone();
    g.basislijn.periode = "2019".into();
    let m = controleer(&g, bereik);
    assert_eq!(letters(&m), "R");
    assert!(m[0].tekst.contains("01-01-2021"), "{m:?}");
    g.basislijn.waarde = Some(6.0);
    assert_eq!(controleer(&g, bereik), [], "a given baseline needs no data");

    let mut g = goed.clone();
    g.deadline = d("2022-06-30");
    assert_eq!(letters(&controleer(&g, bereik)), "T");
    let mut g = goed;
    g.mijlpalen = vec![Mijlpaal {
        datum: d("2026-06-30"),
        doel: Doelwaarde::Waarde(7.0),
    }];
    assert_eq!(letters(&controleer(&g, bereik)), "T");
}

// ---------------------------------------------------------------------------
// Storage.
// ---------------------------------------------------------------------------

fn presets() -> Doelenset {
    let doelen = lees_doelen("doelen.toml", DOELEN_TOML).expect("public/content/doelen.toml parses");
    let maatregelen = lees_doelen("maatregelen.toml", MAATREGELEN_TOML).expect("maatregelen.toml parses");
    doelen.met(maatregelen)
}

#[test]
fn a_v1_document_round_trips_through_json() {
    let set = presets();
    let json = naar_json(&set).expect("json");
    assert!(json.contains("\"versie\": 1"));
    assert_eq!(migreer(&json), Ok(set));
}

#[test]
fn an_unknown_future_version_is_refused_in_dutch() {
    let fout = migreer(r#"{"versie": 2, "doelen": []}"#).expect_err("refused");
    assert!(fout.contains("nieuwere versie van de jeugdmonitor"), "{fout}");
    assert!(migreer(r#"{"doelen": []}"#).is_err_and(|f| f.contains("schemaversie")));
    assert!(migreer(r#"{"versie": 0}"#).is_err());
    assert!(migreer("geen json").is_err_and(|f| f.contains("geen geldig doelenbestand")));
    let dubbel = r#"{"versie": 1, "maatregelen": [
        {"code": "A1", "titel": "x", "eigenaar": "y", "status": "gepland"},
        {"code": "A1", "titel": "z", "eigenaar": "y", "status": "afgerond"}]}"#;
    assert!(migreer(dubbel).is_err_and(|f| f.contains("twee keer")));
}

#[test]
fn content_problems_name_the_line() {
    let fout = lees_doelen("doelen.toml", "versie = 2\n").expect_err("refused");
    assert_eq!((fout.regel, fout.bestand.as_str()), (1, "doelen.toml"));
    let fout = lees_doelen("doelen.toml", "versie = 1\n[[doelen]]\nid = 3\n").expect_err("refused");
    assert_eq!(fout.regel, 3);
    let tekst = "versie = 1\n[[maatregelen]]\ncode = \"A1\"\ntitel = \"x\"\neigenaar = \"y\"\nstatus = \"klaar\"\n";
    assert!(lees_doelen("maatregelen.toml", tekst).is_err());
}

#[test]
fn json_and_toml_describe_the_same_goal() {
    let json = r#"{"versie": 1, "doelen": [{
        "id": "x", "titel": "X", "strategisch_doel": 2,
        "metric": {"kpi": "proces_pct", "vlag": "perspectiefplan", "scope": {"leeftijd": {"min": 16, "max": 99}}},
        "richting": "omhoog", "basislijn": {"periode": "2022"}, "doel": {"waarde": 100},
        "deadline": "2023-12-31", "bron": "plan"}]}"#;
    let toml = "versie = 1\n[[doelen]]\nid = \"x\"\ntitel = \"X\"\nstrategisch_doel = 2\nrichting = \"omhoog\"\n\
        basislijn = { periode = \"2022\" }\ndoel = { waarde = 100 }\ndeadline = 2023-12-31\nbron = \"plan\"\n\
        metric = { kpi = \"proces_pct\", vlag = \"perspectiefplan\", scope = { leeftijd = { min = 16, max = 99 } } }\n";
    assert_eq!(migreer(json), lees_doelen("t.toml", toml).map_err(|p| p.to_string()));
    let fout = migreer(&json.replace("perspectiefplan", "plan")).expect_err("unknown flag");
    assert!(fout.contains("onbekende vlag"), "{fout}");
}

// ---------------------------------------------------------------------------
// The shipped presets.
// ---------------------------------------------------------------------------

#[test]
fn presets_follow_the_plan_and_the_spec_table() {
    let set = presets();
    let regio = lees_regio("regio.toml", REGIO_TOML).expect("regio.toml");
    let mut ids = BTreeSet::new();
    for g in &set.doelen {
        assert!(ids.insert(g.id.as_str()), "{}", g.id);
        assert_eq!(g.bron, regio.regio.bron, "{}", g.id);
        assert!((1..=4).contains(&g.strategisch_doel), "{}", g.id);
        assert!(!g.toelichting.is_empty(), "{}", g.id);
        assert_eq!(controleer(g, Some((d("2016-01-01"), d("2025-12-31")))), [], "{}", g.id);
    }
    // Every SMART goal of the plan's chapter 5 and appendix 1, per strategic
    // goal. (regio.toml joins "partnerschap" and "instroom 3 en 4 neemt af"
    // in one sentence; here they are two goals, one computed, one handmatig.)
    let per_doel = |n: u32| -> Vec<&str> {
        set.doelen
            .iter()
            .filter(|g| g.strategisch_doel == n)
            .map(|g| g.id.as_str())
            .collect()
    };
    assert_eq!(
        per_doel(1),
        [
            "verklarende-analyse-segment-1-2",
            "verklarende-analyse-complexe-hulpvragen",
            "nul-wachtenden-jeugdbescherming",
            "contact-binnen-3-werkdagen"
        ]
    );
    assert_eq!(
        per_doel(2),
        [
            "jeugdzorgplus-onder-landelijk-gemiddelde",
            "familiegroepsplan",
            "perspectiefplan-16-plus",
            "gesloten-plaatsing-reden"
        ]
    );
    assert_eq!(per_doel(3), ["clienttevredenheid-nulmeting", "jeugdhulp-op-school"]);
    assert_eq!(
        per_doel(4),
        [
            "duur-segment-4",
            "basis-ggz-verwijzingen",
            "ambulant-vanuit-de-voorkant",
            "instroom-segment-3-4",
            "partnerschap-segment-3-4",
            "ontwikkelagenda-2025-2027"
        ]
    );

    let metric_van = |id: &str| set.doel(id).and_then(|g| g.metric.clone()).expect(id);
    let m = metric_van("verklarende-analyse-segment-1-2");
    assert_eq!(
        (m.kpi.as_str(), m.vlag),
        ("proces_pct", Some(crate::kpi::ProcesVlag::VerklarendeAnalyse))
    );
    assert_eq!(m.scope.segmenten, BTreeSet::from([1, 2]));
    let g = set.doel("verklarende-analyse-segment-1-2").expect("goal");
    let mijlpalen: Vec<(Datum, Doelwaarde)> = g.mijlpalen.iter().map(|m| (m.datum, m.doel.clone())).collect();
    assert_eq!(
        mijlpalen,
        [
            (d("2023-01-01"), Doelwaarde::Waarde(75.0)),
            (d("2024-01-01"), Doelwaarde::Waarde(100.0))
        ]
    );
    let m = metric_van("nul-wachtenden-jeugdbescherming");
    assert_eq!(
        (m.kpi.as_str(), m.scope.productcategorieen.clone()),
        ("wachtenden", BTreeSet::from([48]))
    );
    let g = set.doel("nul-wachtenden-jeugdbescherming").expect("goal");
    assert_eq!((g.richting, &g.doel), (Richting::Maximaal, &Doelwaarde::Waarde(0.0)));
    let g = set.doel("jeugdzorgplus-onder-landelijk-gemiddelde").expect("goal");
    assert_eq!((g.richting, &g.doel), (Richting::Maximaal, &Doelwaarde::Waarde(4.13)));
    assert_eq!(
        metric_van("contact-binnen-3-werkdagen").kpi,
        "contact_binnen_3_werkdagen_pct"
    );
    for (id, vlag) in [
        ("familiegroepsplan", crate::kpi::ProcesVlag::Familiegroepsplan),
        ("perspectiefplan-16-plus", crate::kpi::ProcesVlag::Perspectiefplan),
    ] {
        let g = set.doel(id).expect(id);
        assert_eq!(
            (g.deadline, &g.doel),
            (d("2023-12-31"), &Doelwaarde::Waarde(100.0)),
            "{id}"
        );
        assert_eq!(g.metric.as_ref().and_then(|m| m.vlag), Some(vlag));
    }
    assert_eq!(
        metric_van("perspectiefplan-16-plus").scope.leeftijd,
        Some(Leeftijd { min: 16, max: 99 })
    );
    let g = set.doel("duur-segment-4").expect("goal");
    assert_eq!(
        (&g.doel, g.deadline),
        (&Doelwaarde::RelatieveVerandering(-5.0), d("2025-12-31"))
    );
    assert_eq!(metric_van("duur-segment-4").scope.segmenten, BTreeSet::from([4]));
    let g = set.doel("basis-ggz-verwijzingen").expect("goal");
    assert_eq!(g.doel, Doelwaarde::RelatieveVerandering(-25.0));
    assert!(metric_van("basis-ggz-verwijzingen")
        .scope
        .productcodes
        .contains("54001"));
    let g = set.doel("instroom-segment-3-4").expect("goal");
    assert_eq!((g.richting, &g.doel), (Richting::Omlaag, &Doelwaarde::Verbetering));
    let g = set.doel("clienttevredenheid-nulmeting").expect("goal");
    assert!(g.is_handmatig());
    assert_eq!(metric_van("clienttevredenheid-nulmeting").kpi, "tevredenheid_gemiddeld");
}

#[test]
fn measures_are_harderwijks_a1_to_d3_and_link_to_known_goals() {
    let set = presets();
    let codes: Vec<&str> = set.maatregelen.iter().map(|m| m.code.as_str()).collect();
    let mut verwacht = Vec::new();
    for (letter, n) in [('A', 9), ('B', 3), ('C', 9), ('D', 3)] {
        verwacht.extend((1..=n).map(|i| format!("{letter}{i}")));
    }
    assert_eq!(codes, verwacht);
    for m in &set.maatregelen {
        for id in &m.doelen {
            assert!(set.doel(id).is_some(), "{}: unknown goal {id}", m.code);
        }
        for kpi in &m.kpis {
            assert!(definitie(kpi).is_some(), "{}: unknown KPI {kpi}", m.code);
        }
    }
}

/// Collects the demo files in memory.
#[derive(Default)]
struct Verzamelaar(std::collections::BTreeMap<Bestandssoort, Vec<u8>>);

impl DemoUitvoer for Verzamelaar {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        self.0.entry(soort).or_default().extend_from_slice(bytes);
        Ok(())
    }
}

struct Demo {
    data: DataSet,
    index: KpiIndex,
    opties: KpiOpties,
}

fn demo_data() -> &'static Demo {
    static DEMO: OnceLock<Demo> = OnceLock::new();
    DEMO.get_or_init(|| {
        let mut v = Verzamelaar::default();
        demo::genereer(&DemoOpties::default(), &mut v).expect("demo");
        let catalogus = lees_producten("producten.toml", &demo::productcatalogus_toml()).expect("catalogue");
        let inlees = Inleesopties {
            gemeenten: demo::regio_gemeenten(),
            catalogus: catalogus.clone(),
            ..Inleesopties::default()
        };
        let resultaten =
            v.0.iter()
                .map(|(soort, bytes)| lees_bytes(demo::bestandsnaam(*soort), bytes, &inlees))
                .collect();
        let data = bouw_dataset(resultaten).dataset;
        let index = KpiIndex::bouw(&data, &catalogus);
        let regio = lees_regio("regio.toml", REGIO_TOML).expect("regio.toml");
        let opties = KpiOpties {
            catalogus,
            feestdagen: regio.feestdagen,
            ..KpiOpties::default()
        };
        Demo { data, index, opties }
    })
}

#[test]
fn every_computable_preset_has_a_status_on_the_demo_data() {
    let demo = demo_data();
    let set = presets();
    let bereik = databereik(&demo.data);
    for g in &set.doelen {
        assert_eq!(controleer(g, bereik), [], "{}", g.id);
        let e = evalueer(g, d("2025-12-31"), &demo.data, &demo.index, &demo.opties);
        eprintln!(
            "{:<42} basis {:>8?} nu {:>8?} doel {:>8?} lijn {:>8?} voortgang {:>6?} → {}",
            g.id,
            e.basislijn_waarde,
            e.huidige_waarde,
            e.doelwaarde.map(|t| (t * 100.0).round() / 100.0),
            e.lijnwaarde.map(|t| (t * 100.0).round() / 100.0),
            e.voortgang_pct,
            serde_json::to_string(&e.status).unwrap_or_default()
        );
        if g.is_handmatig() {
            assert_eq!(e.status, Status::Handmatig { oordeel: None }, "{}", g.id);
            if g.metric.is_some() {
                assert!(e.huidige_waarde.is_some(), "{}: figures shown alongside", g.id);
            }
        } else {
            assert!(!matches!(e.status, Status::GeenGegevens(_)), "{}: {:?}", g.id, e.status);
            assert_eq!(e.reeks.len(), REEKS_LENGTE, "{}", g.id);
            assert!(e.voortgang_pct.is_some_and(|p| (0.0..=100.0).contains(&p)), "{}", g.id);
        }
    }
}

#[test]
fn a_whole_set_with_pauses_equals_goal_by_goal_and_shares_passes() {
    use crate::pauze::{zonder_pauze, Telpauze};
    let demo = demo_data();
    let set = presets();
    let peildatum = d("2025-12-31");
    let mut meter = Meter::nieuw(&demo.data, &demo.index, &demo.opties);
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: None,
    };
    let samen =
        zonder_pauze(evalueer_alle_met_pauzes(&set.doelen, peildatum, &mut meter, &mut pauze)).expect("not stopped");
    let los: Vec<Evaluatie> = set
        .doelen
        .iter()
        .map(|g| evalueer(g, peildatum, &demo.data, &demo.index, &demo.opties))
        .collect();
    assert_eq!(samen, los);
    // Goals share their passes: on the presets 48 passes for 84 measured
    // points (windows and scopes differ a lot); and every pass offers pauses.
    let punten: usize = los.iter().map(|e| e.reeks.len() + 1 + e.mijlpalen.len()).sum();
    let passen = meter.aantal_berekeningen();
    assert!(passen * 3 < punten * 2, "{passen} passes for {punten} points");
    assert!(pauze.aantal >= passen, "{} pauses for {passen} passes", pauze.aantal);

    let mut meter = Meter::nieuw(&demo.data, &demo.index, &demo.opties);
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: Some(3),
    };
    let gestopt = zonder_pauze(evalueer_alle_met_pauzes(&set.doelen, peildatum, &mut meter, &mut pauze));
    assert!(gestopt.is_err());
}

#[test]
fn a_new_id_is_a_readable_unique_slug() {
    let set = presets();
    assert_eq!(set.vrij_id("Minder jeugdigen in de GGZ!"), "minder-jeugdigen-in-de-ggz");
    assert_eq!(set.vrij_id("Één  cliënt — één plan"), "een-client-een-plan");
    assert_eq!(set.vrij_id("  !! "), "doel");
    assert_eq!(
        set.vrij_id("Meer jeugdigen krijgen binnen drie werkdagen contact"),
        "meer-jeugdigen-krijgen-binnen-drie"
    );
    assert_eq!(set.vrij_id(&"x".repeat(60)), "x".repeat(40));
    let bestaand = set.doelen[0].id.clone();
    assert_eq!(set.vrij_id(&bestaand), format!("{bestaand}-2"));
}

#[test]
fn small_values_are_marked_hidden_but_the_status_uses_the_exact_values() {
    use crate::pauze::{zonder_pauze, GeenPauze};
    use crate::suppression::Onderdrukking;
    let g = basis_ggz_doel(Doelwaarde::RelatieveVerandering(-25.0));
    // 8 in the baseline year (shown), 3 in the current one (hidden at k = 5).
    let data = instroom(&[(2022, 8), (2025, 3)]);
    let index = KpiIndex::bouw(&data, &Productcatalogus::default());
    let opties = KpiOpties::default();
    let peildatum = d("2025-12-31");
    let k = Onderdrukking::nieuw(5).expect("k");
    let mut meter = Meter::nieuw(&data, &index, &opties).met_onderdrukking(k);
    let e = zonder_pauze(evalueer_alle_met_pauzes(
        std::slice::from_ref(&g),
        peildatum,
        &mut meter,
        &mut GeenPauze,
    ))
    .expect("not stopped")
    .remove(0);
    assert_eq!(e.basislijn_verborgen, None);
    assert!(
        e.huidige_verborgen.as_deref().is_some_and(|r| r.contains('5')),
        "{:?}",
        e.huidige_verborgen
    );
    assert_eq!(e.huidige_waarde, Some(3.0));
    assert_eq!(e.status, Status::Behaald);
    let laatste = e.reeks.last().expect("series");
    assert!(laatste.verborgen.is_some());
    // A year with no trajectories at all is zero, which is never hidden.
    assert!(e
        .reeks
        .iter()
        .filter(|p| p.waarde == Some(0.0))
        .all(|p| p.verborgen.is_none()));
    // Without a threshold nothing is marked.
    let zonder = evalueer(&g, peildatum, &data, &index, &opties);
    assert_eq!(zonder.huidige_verborgen, None);
    assert_eq!(zonder.status, e.status);
}
