//! The spec's worked example and hand-checked cases for every KPI.

use super::testdata::*;
use super::*;
use crate::model;

#[test]
fn worked_example_section_6() {
    let r = bereken(&dataset(VOORBEELD), jaar(2023), &Scope::default());
    let w = Uitkomst::Waarde;
    assert_eq!(r.jeugdigen, w(3));
    assert_eq!(r.trajecten_lopend.waarde().unwrap().aantal, 3);
    assert_eq!(r.instroom_trajecten.waarde().unwrap().aantal, 4);
    assert_eq!(r.instroom_jeugdigen, w(3));
    assert_eq!(r.nieuwe_jeugdigen, w(1));
    assert_eq!(r.herinstroom_jeugdigen, w(1));
    assert_eq!(r.uitstroom_trajecten.waarde().unwrap().aantal, 3);
    assert_eq!(r.uitstroom_jeugdigen, w(1));
    assert_eq!(r.duur_gemiddeld.waarde().unwrap().waarde, Some(284.0));
    assert_eq!(r.duur_mediaan.waarde().unwrap().waarde, Some(334.0));
    assert_eq!(r.volgens_plan_pct.waarde().unwrap().waarde, Some(66.7));
    assert_eq!(r.stapeling, w(0));
    let v = r.vervolg.waarde().unwrap();
    let aantallen = [
        v.zelfde_segment.aantal,
        v.ander_segment.aantal,
        v.loopt_door.aantal,
        v.geen_vervolg.aantal,
    ];
    assert_eq!(aantallen, [1, 0, 1, 1]);
    let n = r.volgnummer.waarde().unwrap();
    assert_eq!([n.een.aantal, n.twee.aantal, n.drie_plus.aantal], [1, 3, 0]);
}

fn geen_scope() -> Scope {
    Scope::default()
}

fn aantal(t: &Uitkomst<Telling>) -> u64 {
    t.waarde().unwrap().aantal
}

fn getal(u: &Uitkomst<Verhouding>) -> Option<f64> {
    u.waarde().unwrap().waarde
}

fn segment(s: u8) -> Scope {
    Scope {
        segmenten: [s].into(),
        ..Scope::default()
    }
}

#[test]
fn worked_example_json_shape() {
    let mut ds = dataset(VOORBEELD);
    ds.geladen.push(model::Bestandssoort::Declaraties);
    ds.declaraties.push(model::Declaratie {
        toewijzing: "T2".into(),
        maand: model::Maand { jaar: 2023, maand: 7 },
        bedrag_cent: 123_450,
    });
    let r = bereken(&ds, jaar(2023), &geen_scope());
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains(r#""kosten":1234.50"#), "{json}");
    assert!(
        json.contains(r#""vervolg":{"zelfde_segment":1,"ander_segment":0,"loopt_door":1,"geen_vervolg":1}"#),
        "{json}"
    );
    assert!(json.contains(r#""volgnummer":{"1":1,"2":3,"3+":0}"#), "{json}");
    assert!(json.contains(r#""duur_gemiddeld":284.0"#), "{json}");
    assert!(json.contains(r#""begroting":null"#), "{json}");
    assert!(
        json.contains(r#""proces_pct":{"verklarende_analyse":{"pct":null,"ja":0,"nee":0,"onbekend":3}"#),
        "{json}"
    );
    let waarde: serde_json::Value = serde_json::from_str(&json).unwrap();
    for d in DEFINITIES {
        assert!(waarde.get(d.id).is_some(), "ontbreekt in JSON: {}", d.id);
    }
    assert_eq!(resultaat::euro_tekst(-5), "-0.05");
}

#[test]
fn every_kpi_has_a_definition() {
    let r = bereken(&dataset(VOORBEELD), jaar(2023), &geen_scope());
    let ids: Vec<String> = r
        .cellen()
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| k != "venster" && k != "peildatum")
        .collect();
    let defs: Vec<String> = DEFINITIES.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(ids, defs);
    assert_eq!(definitie("kosten").unwrap().eenheid, Eenheid::Euro);
    assert!(definitie("bestaat_niet").is_none());
}

#[test]
fn missing_files_say_which_is_needed() {
    let r = bereken(&DataSet::default(), jaar(2023), &geen_scope());
    fn nodig<T>(b: model::Bestandssoort) -> Uitkomst<T> {
        Uitkomst::GeenGegevens { nodig: b }
    }
    use model::Bestandssoort::*;
    assert_eq!(r.jeugdigen, nodig(Trajecten));
    assert_eq!(r.kosten, nodig(Declaraties));
    assert_eq!(r.begroting, nodig(Begroting));
    assert_eq!(r.per_1000_jongeren, nodig(Trajecten));
    assert_eq!(r.wachtenden, nodig(Wachttijden));
    assert_eq!(r.contact_binnen_3_werkdagen_pct, nodig(Aanmeldingen));
    assert_eq!(r.tevredenheid_gemiddeld, nodig(Tevredenheid));
    // A loaded but empty trajecten file gives zeros, not "geen gegevens".
    let leeg = DataSet {
        geladen: vec![Trajecten],
        ..DataSet::default()
    };
    let r = bereken(&leeg, jaar(2023), &geen_scope());
    assert_eq!(r.jeugdigen, Uitkomst::Waarde(0));
    assert_eq!(getal(&r.duur_gemiddeld), None);
}

#[test]
fn window_edges() {
    // W = 2023. X ends on W.van, Y starts on W.tot, Z ends on W.tot,
    // V ended the day before W.van.
    let ds = kort(&[
        ("X", "1", "01-06-2022", "01-01-2023"),
        ("Y", "2", "31-12-2023", ""),
        ("Z", "3", "01-06-2023", "31-12-2023"),
        ("V", "4", "01-06-2022", "31-12-2022"),
    ]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    // X overlaps (end ≥ W.van), Y overlaps (begin ≤ W.tot), Z overlaps; V not.
    assert_eq!(r.jeugdigen, Uitkomst::Waarde(3));
    // Active at P = 31-12-2023: Y (starts on P) and Z (ends on P).
    assert_eq!(aantal(&r.trajecten_lopend), 2);
    assert_eq!(r.jeugdigen_lopend, Uitkomst::Waarde(2));
    // Begin in W: Y and Z.
    assert_eq!(aantal(&r.instroom_trajecten), 2);
    // End in W: X (on W.van) and Z (on W.tot).
    assert_eq!(aantal(&r.uitstroom_trajecten), 2);
    // Neither X nor Z has anything Active on 01-01-2024.
    assert_eq!(r.uitstroom_jeugdigen, Uitkomst::Waarde(2));
    // Durations: X 215 days (01-06-2022..01-01-2023), Z 214 days.
    assert_eq!(getal(&r.duur_gemiddeld), Some(214.5));
    assert_eq!(getal(&r.duur_mediaan), Some(214.5));
}

#[test]
fn leap_year_durations_and_months() {
    // 01-02-2024 .. 01-03-2024 is 30 days in a leap year (29 in 2023).
    let ds = kort(&[
        ("A", "1", "01-02-2024", "01-03-2024"),
        ("B", "2", "01-02-2023", "01-03-2023"),
    ]);
    assert_eq!(
        getal(&bereken(&ds, jaar(2024), &geen_scope()).duur_gemiddeld),
        Some(30.0)
    );
    assert_eq!(
        getal(&bereken(&ds, jaar(2023), &geen_scope()).duur_gemiddeld),
        Some(29.0)
    );
    // Window February 2024 ends on the 29th: a start on 29-02 is instroom.
    let ds = kort(&[("A", "1", "29-02-2024", "")]);
    let r = bereken(&ds, Venster::maand(2024, 2).unwrap(), &geen_scope());
    assert_eq!(aantal(&r.instroom_trajecten), 1);
}

/// s − end = 365, 366, 367: with 364, 365, 366 free days in between.
#[test]
fn herinstroom_gap_of_exactly_365_days() {
    // s = 01-03-2023; [s−365, s−1] = [01-03-2022, 28-02-2023].
    let geval = |eind: &str| {
        let ds = kort(&[("A", "1", "01-01-2021", eind), ("A", "2", "01-03-2023", "")]);
        bereken(&ds, jaar(2023), &geen_scope()).herinstroom_jeugdigen
    };
    assert_eq!(
        geval("01-03-2022"),
        Uitkomst::Waarde(0),
        "364 free days: Active on s−365"
    );
    assert_eq!(geval("28-02-2022"), Uitkomst::Waarde(1), "365 free days");
    assert_eq!(geval("27-02-2022"), Uitkomst::Waarde(1), "366 free days");
    // Across a leap day: s = 01-03-2024, s−365 = 02-03-2023.
    let ds = kort(&[("A", "1", "01-01-2021", "02-03-2023"), ("A", "2", "01-03-2024", "")]);
    assert_eq!(
        bereken(&ds, jaar(2024), &geen_scope()).herinstroom_jeugdigen,
        Uitkomst::Waarde(0)
    );
    let ds = kort(&[("A", "1", "01-01-2021", "01-03-2023"), ("A", "2", "01-03-2024", "")]);
    assert_eq!(
        bereken(&ds, jaar(2024), &geen_scope()).herinstroom_jeugdigen,
        Uitkomst::Waarde(1)
    );
}

#[test]
fn herinstroom_needs_strictly_earlier_trajectory() {
    // Two trajectories on the same day: neither is "earlier" (begin < s).
    let ds = kort(&[("A", "1", "01-03-2023", ""), ("A", "2", "01-03-2023", "")]);
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).herinstroom_jeugdigen,
        Uitkomst::Waarde(0)
    );
    // A still-running earlier trajectory blocks herinstroom.
    let ds = kort(&[("A", "1", "01-01-2020", ""), ("A", "2", "01-03-2023", "")]);
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).herinstroom_jeugdigen,
        Uitkomst::Waarde(0)
    );
}

/// Pinned decision: herinstroom follows the general scope rule, so the
/// history it looks at is the client's in-scope trajectories only.
#[test]
fn herinstroom_is_scoped() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2020", "31-12-2020"), // segment 4
        ("A", "2", "01-06-2022", "31-12-2022"), // segment 2, made below
        ("A", "3", "01-03-2023", ""),           // segment 4
    ]);
    ds.trajecten[1].segment = Some(2);
    // Unscoped: T2 was Active in the year before 01-03-2023.
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).herinstroom_jeugdigen,
        Uitkomst::Waarde(0)
    );
    // Within segment 4 the client returns after more than a year.
    assert_eq!(
        bereken(&ds, jaar(2023), &segment(4)).herinstroom_jeugdigen,
        Uitkomst::Waarde(1)
    );
}

/// Pinned: nieuwe_jeugdigen uses the earliest begin in the whole data set,
/// and needs an in-scope trajectory starting in W.
#[test]
fn nieuwe_jeugdigen_looks_at_whole_history() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2022", "31-12-2022"),
        ("A", "2", "01-03-2023", ""),
        ("B", "3", "01-03-2023", ""),
    ]);
    ds.trajecten[0].segment = Some(2);
    // In segment 4, A's first trajectory starts in 2023, but A's first ever
    // (segment 2) was in 2022: only B is new.
    assert_eq!(
        bereken(&ds, jaar(2023), &segment(4)).nieuwe_jeugdigen,
        Uitkomst::Waarde(1)
    );
    assert_eq!(
        bereken(&ds, jaar(2023), &segment(4)).instroom_jeugdigen,
        Uitkomst::Waarde(2)
    );
    // In segment 2 nobody starts in 2023, so nobody is new there.
    assert_eq!(
        bereken(&ds, jaar(2023), &segment(2)).nieuwe_jeugdigen,
        Uitkomst::Waarde(0)
    );
}

/// Same-day starts are ranked by toewijzing (text order).
#[test]
fn volgnummer_ties_broken_by_toewijzing() {
    let ds = kort(&[
        ("A", "T9", "01-03-2023", ""),
        ("A", "T10", "01-03-2023", ""),
        ("A", "T2", "01-03-2023", ""),
    ]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    let v = r.volgnummer.waarde().unwrap();
    assert_eq!([v.een.aantal, v.twee.aantal, v.drie_plus.aantal], [1, 1, 1]);
    // "T10" < "T2" < "T9" as text: T10 is first, so a scope holding only
    // T9 sees rank 3.
    let mut ds = ds;
    ds.trajecten[0].aanbieder = "Q".into();
    let scope = Scope {
        aanbieders: ["Q".to_string()].into(),
        ..Scope::default()
    };
    let v = *bereken(&ds, jaar(2023), &scope).volgnummer.waarde().unwrap();
    assert_eq!([v.een.aantal, v.twee.aantal, v.drie_plus.aantal], [0, 0, 1]);
}

/// Pinned: volgnummer is the rank among ALL the client's trajectories.
#[test]
fn volgnummer_ranks_among_all_trajectories() {
    let mut ds = kort(&[("A", "1", "01-01-2022", "31-12-2022"), ("A", "2", "01-03-2023", "")]);
    ds.trajecten[0].segment = Some(2);
    let v = *bereken(&ds, jaar(2023), &segment(4)).volgnummer.waarde().unwrap();
    assert_eq!([v.een.aantal, v.twee.aantal], [0, 1]);
}

/// Pinned: the follow-up u may lie outside the scope.
#[test]
fn vervolg_follow_up_may_lie_outside_scope() {
    let mut ds = kort(&[("A", "1", "01-01-2023", "30-04-2023"), ("A", "2", "01-06-2023", "")]);
    ds.trajecten[1].segment = Some(2);
    let v = *bereken(&ds, jaar(2023), &segment(4)).vervolg.waarde().unwrap();
    assert_eq!((v.ander_segment.aantal, v.geen_vervolg.aantal), (1, 0));
}

#[test]
fn vervolg_categories_and_180_day_bound() {
    // T1 ends 31-01-2023; +180 days = 30-07-2023.
    let geval = |begin: &str| {
        let ds = kort(&[("A", "1", "01-01-2022", "31-01-2023"), ("A", "2", begin, "")]);
        let v = *bereken(&ds, jaar(2023), &geen_scope()).vervolg.waarde().unwrap();
        [
            v.zelfde_segment.aantal,
            v.ander_segment.aantal,
            v.loopt_door.aantal,
            v.geen_vervolg.aantal,
        ]
    };
    assert_eq!(geval("30-07-2023"), [1, 0, 0, 0]);
    assert_eq!(geval("31-07-2023"), [0, 0, 0, 1]);
    // Starting on the end day itself is not "after" the end, but it is
    // Active the day after: loopt_door.
    assert_eq!(geval("31-01-2023"), [0, 0, 1, 0]);
    // A same-segment candidate wins over an other-segment one.
    let mut ds = kort(&[
        ("A", "1", "01-01-2022", "31-01-2023"),
        ("A", "2", "01-02-2023", ""),
        ("A", "3", "01-03-2023", ""),
    ]);
    ds.trajecten[1].segment = Some(2);
    let v = *bereken(&ds, jaar(2023), &geen_scope()).vervolg.waarde().unwrap();
    assert_eq!(v.zelfde_segment.aantal, 1);
}

/// Pinned: two unknown segments count as the same segment.
#[test]
fn vervolg_unknown_segments_count_as_same() {
    let mut ds = kort(&[("A", "1", "01-01-2022", "31-01-2023"), ("A", "2", "01-02-2023", "")]);
    ds.trajecten[0].segment = None;
    ds.trajecten[1].segment = None;
    let v = *bereken(&ds, jaar(2023), &geen_scope()).vervolg.waarde().unwrap();
    assert_eq!(v.zelfde_segment.aantal, 1);
    ds.trajecten[1].segment = Some(3);
    let v = *bereken(&ds, jaar(2023), &geen_scope()).vervolg.waarde().unwrap();
    assert_eq!(v.ander_segment.aantal, 1);
}

#[test]
fn stapeling_counts_two_or_more_active_at_p() {
    let ds = kort(&[
        ("A", "1", "01-01-2023", ""),
        ("A", "2", "01-06-2023", "31-12-2023"), // A: two Active at 31-12
        ("B", "3", "01-01-2023", ""),
        ("B", "4", "01-01-2023", "30-12-2023"), // B: one Active at 31-12
    ]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    assert_eq!(r.stapeling, Uitkomst::Waarde(1));
    // With P = 30-06-2023 both A (T1, T2) and B (T3, T4) stack.
    let index = KpiIndex::bouw(&ds, &Default::default());
    let r = bereken_alle(
        &index,
        &ds,
        jaar(2023),
        Some(d("30-06-2023")),
        &geen_scope(),
        &KpiOpties::default(),
    );
    assert_eq!(r.stapeling, Uitkomst::Waarde(2));
    assert_eq!(r.peildatum, d("30-06-2023"));
}

#[test]
fn uitstroom_jeugdigen_needs_nothing_active_after_w() {
    // A ends one and still has one running; B ends the only one.
    let ds = kort(&[
        ("A", "1", "01-01-2023", "31-03-2023"),
        ("A", "2", "01-01-2023", ""),
        ("B", "3", "01-01-2023", "31-03-2023"),
    ]);
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).uitstroom_jeugdigen,
        Uitkomst::Waarde(1)
    );
}

#[test]
fn volgens_plan_ignores_missing_reason() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2023", "31-03-2023"),
        ("B", "2", "01-01-2023", "31-03-2023"),
        ("C", "3", "01-01-2023", "31-03-2023"),
    ]);
    ds.trajecten[0].reden_beeindiging = Some(31);
    ds.trajecten[1].reden_beeindiging = Some(33);
    // C has no reason: 1 of 2 = 50.0, group of 2 youths.
    let r = bereken(&ds, jaar(2023), &geen_scope());
    assert_eq!(
        *r.volgens_plan_pct.waarde().unwrap(),
        Verhouding {
            waarde: Some(50.0),
            groep: 2
        }
    );
}

#[test]
fn jeugdigen_18plus_uses_last_day_in_window() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2022", "30-06-2022"),
        ("B", "2", "01-01-2023", ""),
        ("C", "3", "01-01-2023", ""),
        ("D", "4", "01-01-2023", ""),
    ]);
    // A: born 2005, its trajectory ends 2022 → age 17 in 2022; window 2022..2023
    // uses min(W.tot, end) = 30-06-2022 → 17: not counted.
    ds.trajecten[0].geboortejaar = Some(2005);
    ds.trajecten[1].geboortejaar = Some(2005); // 2023 − 2005 = 18: counted
    ds.trajecten[2].geboortejaar = Some(2006); // 17: not counted
                                               // D has no birth year: never counted.
    let w = Venster::aangepast(d("01-01-2022"), d("31-12-2023")).unwrap();
    assert_eq!(bereken(&ds, w, &geen_scope()).jeugdigen_18plus, Uitkomst::Waarde(1));
}

#[test]
fn age_scope_excludes_unknown_birth_year() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2023", ""),
        ("B", "2", "01-01-2023", ""),
        ("C", "3", "01-01-2023", ""),
    ]);
    ds.trajecten[0].geboortejaar = Some(2011); // 12 in 2023
    ds.trajecten[1].geboortejaar = Some(2000); // 23
    let scope = Scope {
        leeftijd: Some(Leeftijd { min: 0, max: 17 }),
        ..Scope::default()
    };
    assert_eq!(bereken(&ds, jaar(2023), &scope).jeugdigen, Uitkomst::Waarde(1));
}

#[test]
fn jeugdzorgplus_needs_catalogue() {
    let ds = dataset(VOORBEELD);
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).jeugdzorgplus_pct,
        Uitkomst::GeenCatalogus
    );
    let opties = KpiOpties {
        catalogus: crate::content::Productcatalogus::nieuw(vec![crate::content::CatalogusProduct {
            code: "43a10".into(),
            naam: "JeugdzorgPlus".into(),
            productcategorie: 43,
            segment: Some(5),
            jeugdzorgplus: true,
        }]),
        ..KpiOpties::default()
    };
    // B's T3 (43A10, case-insensitive) overlaps 2023: 1 of 3 youths.
    let r = bereken_met(&ds, jaar(2023), &geen_scope(), &opties);
    assert_eq!(
        *r.jeugdzorgplus_pct.waarde().unwrap(),
        Verhouding {
            waarde: Some(33.3),
            groep: 3
        }
    );
}

#[test]
fn proces_pct_per_client_any_ja() {
    let mut ds = kort(&[
        ("A", "1", "01-01-2023", ""),
        ("A", "2", "01-01-2023", ""),
        ("B", "3", "01-01-2023", ""),
        ("C", "4", "01-01-2023", ""),
        ("D", "5", "01-01-2020", "31-12-2020"),
    ]);
    ds.trajecten[0].familiegroepsplan = Some(false);
    ds.trajecten[1].familiegroepsplan = Some(true); // A: ja (one ja suffices)
    ds.trajecten[2].familiegroepsplan = Some(false); // B: nee
                                                     // C: only empty → onbekend. D does not overlap 2023: not counted.
    ds.trajecten[4].familiegroepsplan = Some(true);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    let (_, fgp) = &r.proces_pct[1];
    assert_eq!(
        *fgp.waarde().unwrap(),
        ProcesAandeel {
            pct: Some(50.0),
            ja: 1,
            nee: 1,
            onbekend: 1
        }
    );
}

fn met_declaraties(rijen: &[(&str, i32, u32, i64)]) -> DataSet {
    // A (T1, segment 4) and B (T3, segment 2) from the example plus C.
    let mut ds = kort(&[
        ("A", "T1", "01-01-2023", ""),
        ("B", "T3", "01-01-2023", ""),
        ("C", "T5", "01-01-2023", ""),
    ]);
    ds.trajecten[1].segment = Some(2);
    ds.geladen.push(model::Bestandssoort::Declaraties);
    for &(t, jaar, maand, cent) in rijen {
        ds.declaraties.push(model::Declaratie {
            toewijzing: t.into(),
            maand: model::Maand { jaar, maand },
            bedrag_cent: cent,
        });
    }
    ds
}

fn cent(u: &Uitkomst<Bedrag>) -> Option<i64> {
    u.waarde().unwrap().cent
}

#[test]
fn kosten_months_scope_and_unmatched() {
    let ds = met_declaraties(&[
        ("T1", 2023, 1, 10_000),
        ("T1", 2023, 1, 5_000), // summed per month
        ("T3", 2023, 3, 20_000),
        ("T3", 2022, 12, 99_999), // outside 2023
        ("XX", 2023, 2, 1_000),   // unmatched
    ]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    assert_eq!(cent(&r.kosten), Some(36_000));
    // (15 000 + 20 000) / 2 youths; unmatched left out.
    assert_eq!(cent(&r.kosten_per_jeugdige), Some(17_500));
    let r = bereken(&ds, jaar(2023), &segment(2));
    assert_eq!(cent(&r.kosten), Some(20_000));
    assert_eq!(r.kosten.waarde().unwrap().groep, 1);
    // A window 15-03-2023..20-04-2023 holds the months March and April.
    let w = Venster::aangepast(d("15-03-2023"), d("20-04-2023")).unwrap();
    assert_eq!(cent(&bereken(&ds, w, &geen_scope()).kosten), Some(20_000));
    // Window 01-01-2023..31-01-2023 holds January only.
    assert_eq!(
        cent(&bereken(&ds, Venster::maand(2023, 1).unwrap(), &geen_scope()).kosten),
        Some(15_000)
    );
}

/// Pinned: top10's denominator is the kosten KPI (unscoped: with unmatched).
#[test]
fn top10_denominator_is_kosten() {
    let ds = met_declaraties(&[("T1", 2023, 1, 30_000), ("XX", 2023, 2, 10_000)]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    assert_eq!(getal(&r.top10_aandeel_pct), Some(75.0));
    // With 12 clients paying 1..12 euros, the top 10 pay 3..12 = 75 of 78.
    let mut rijen = Vec::new();
    let namen: Vec<String> = (1..=12).map(|i| format!("K{i}")).collect();
    for n in &namen {
        rijen.push((n.as_str(), n.as_str(), "01-01-2023", ""));
    }
    let mut ds = kort(&rijen);
    ds.geladen.push(model::Bestandssoort::Declaraties);
    for (i, n) in namen.iter().enumerate() {
        ds.declaraties.push(model::Declaratie {
            toewijzing: n.as_str().into(),
            maand: model::Maand { jaar: 2023, maand: 5 },
            bedrag_cent: (i as i64 + 1) * 100,
        });
    }
    assert_eq!(
        getal(&bereken(&ds, jaar(2023), &geen_scope()).top10_aandeel_pct),
        Some(96.2)
    );
}

#[test]
fn boven_50k_is_strictly_more() {
    let ds = met_declaraties(&[
        ("T1", 2023, 1, 5_000_000),
        ("T3", 2023, 1, 4_000_000),
        ("T3", 2023, 6, 1_000_001),
    ]);
    assert_eq!(
        bereken(&ds, jaar(2023), &geen_scope()).jeugdigen_boven_50k,
        Uitkomst::Waarde(1)
    );
}

#[test]
fn prognose_extrapolates_to_last_declared_month() {
    // Jan 300, Mar 600 (unmatched): 900 / 3 × 12 = 3600 euro.
    let ds = met_declaraties(&[("T1", 2023, 1, 30_000), ("XX", 2023, 3, 60_000), ("T1", 2022, 12, 1)]);
    // Window Q1 2023: year 2023 is what counts.
    let r = bereken(&ds, Venster::kwartaal(2023, 1).unwrap(), &geen_scope());
    assert_eq!(cent(&r.prognose), Some(360_000));
    // Within a scope the unmatched March is left out: 300 / 1 × 12.
    assert_eq!(cent(&bereken(&ds, jaar(2023), &segment(4)).prognose), Some(360_000));
    assert_eq!(cent(&bereken(&ds, jaar(2024), &geen_scope()).prognose), None);
}

#[test]
fn begroting_realisatie_and_per_1000() {
    let mut ds = met_declaraties(&[("T1", 2023, 1, 250_000), ("T3", 2023, 1, 250_000)]);
    ds.geladen
        .extend([model::Bestandssoort::Begroting, model::Bestandssoort::Bevolking]);
    let b = |gemeente: Option<&str>, segment, euro: i64| model::Begroting {
        jaar: 2023,
        bedrag_cent: euro * 100,
        gemeente: gemeente.map(String::from),
        segment,
    };
    ds.begroting = vec![
        b(None, None, 20_000),
        b(None, Some(2), 8_000),
        b(Some("GM0243"), None, 12_000),
        b(Some("GM0233"), None, 7_000),
    ];
    ds.bevolking = vec![
        model::Bevolking {
            jaar: 2023,
            gemeente: "GM0243".into(),
            jongeren: 2_000,
        },
        model::Bevolking {
            jaar: 2023,
            gemeente: "GM0233".into(),
            jongeren: 1_000,
        },
        model::Bevolking {
            jaar: 2022,
            gemeente: "GM0243".into(),
            jongeren: 9,
        },
    ];
    let r = bereken(&ds, jaar(2023), &geen_scope());
    // The regional total row, not the total plus its parts.
    assert_eq!(cent(&r.begroting), Some(2_000_000));
    assert_eq!(getal(&r.realisatie_pct), Some(25.0));
    // 3 youths / 3000 × 1000 = 1.0.
    assert_eq!(getal(&r.per_1000_jongeren), Some(1.0));
    let r = bereken(&ds, jaar(2023), &segment(2));
    assert_eq!(cent(&r.begroting), Some(800_000));
    assert_eq!(getal(&r.realisatie_pct), Some(31.3)); // 2500 / 8000 = 31.25 → 31.3
    let gm = Scope {
        gemeenten: ["GM0243".to_string()].into(),
        ..Scope::default()
    };
    let r = bereken(&ds, jaar(2023), &gm);
    assert_eq!(cent(&r.begroting), Some(1_200_000));
    assert_eq!(getal(&r.per_1000_jongeren), Some(1.5)); // 3 / 2000 × 1000
                                                        // A provider filter cannot split a budget.
    let p = Scope {
        aanbieders: ["P1".to_string()].into(),
        ..Scope::default()
    };
    assert_eq!(cent(&bereken(&ds, jaar(2023), &p).begroting), None);
}

fn wacht(
    peil: &str,
    aanbieder: &str,
    product: model::Product,
    cat: Option<u8>,
    weken: f64,
    wachtenden: Option<u64>,
) -> model::Wachttijd {
    model::Wachttijd {
        peildatum: d(peil),
        aanbieder: aanbieder.into(),
        product,
        productcategorie: cat,
        wachttijd_weken: weken,
        wachtenden,
        gemeente: None,
    }
}

fn wachtdata() -> DataSet {
    use model::Product::*;
    DataSet {
        geladen: vec![model::Bestandssoort::Wachttijden],
        wachttijden: vec![
            wacht("30-09-2023", "P1", Categorie(45), Some(45), 20.0, Some(9)),
            wacht("31-12-2023", "P1", Categorie(45), Some(45), 0.0, Some(0)),
            wacht("31-12-2023", "P2", Categorie(45), Some(45), 15.0, Some(4)),
            wacht("31-12-2023", "P3", Code("54001".into()), Some(54), 10.0, None),
            wacht("31-12-2023", "P3", Categorie(48), Some(48), 6.5, Some(2)),
            wacht("31-01-2024", "P1", Categorie(45), Some(45), 99.0, Some(99)),
        ],
        ..DataSet::default()
    }
}

#[test]
fn wachttijden_at_latest_peildatum() {
    let r = bereken(&wachtdata(), jaar(2023), &geen_scope());
    assert_eq!(r.wacht_peildatum, Uitkomst::Waarde(Some(d("31-12-2023"))));
    let m = r.wachttijd_gemiddeld.waarde().unwrap();
    assert_eq!(
        m["45"],
        WachtGemiddelde {
            alle: Some(7.5),
            met_wachttijd: Some(15.0)
        }
    );
    assert_eq!(
        m["54001"],
        WachtGemiddelde {
            alle: Some(10.0),
            met_wachttijd: Some(10.0)
        }
    );
    // Only P2 (15 > 14).
    assert_eq!(r.boven_treeknorm, Uitkomst::Waarde(Some(1)));
    assert_eq!(r.wachtenden, Uitkomst::Waarde(Some(6)));
    // A norm of 5 weeks for category 48 adds P3.
    let mut opties = KpiOpties::default();
    opties.treeknorm.per_productcategorie.insert(48, 5.0);
    assert_eq!(
        bereken_met(&wachtdata(), jaar(2023), &geen_scope(), &opties).boven_treeknorm,
        Uitkomst::Waarde(Some(2))
    );
    // Before any peildatum: nothing known.
    let r = bereken(&wachtdata(), jaar(2022), &geen_scope());
    assert_eq!(
        (r.wacht_peildatum, r.wachtenden),
        (Uitkomst::Waarde(None), Uitkomst::Waarde(None))
    );
}

/// The rows per provider are exactly what the waiting-time KPIs read.
#[test]
fn wachtregels_are_the_rows_behind_the_kpis() {
    let ds = wachtdata();
    let index = KpiIndex::bouw(&ds, &Default::default());
    let opties = KpiOpties::default();
    let scope = geen_scope();
    let s = Selectie::nieuw(&index, &ds, jaar(2023), None, &scope, &opties);
    let (peil, regels) = wachtregels(&s);
    assert_eq!(peil, Some(d("31-12-2023")));
    let gezien: Vec<(&str, &str, f64)> = regels
        .iter()
        .map(|r| (r.aanbieder.as_str(), r.product.as_str(), r.weken))
        .collect();
    assert_eq!(
        gezien,
        [
            ("P2", "45", 15.0),
            ("P3", "54001", 10.0),
            ("P3", "48", 6.5),
            ("P1", "45", 0.0)
        ]
    );
    let r = bereken(&ds, jaar(2023), &scope);
    let som: u64 = regels.iter().filter_map(|r| r.wachtenden).sum();
    assert_eq!(r.wachtenden, Uitkomst::Waarde(Some(som)));
    let boven = regels.iter().filter(|r| r.weken > 14.0).count() as u64;
    assert_eq!(r.boven_treeknorm, Uitkomst::Waarde(Some(boven)));
    // A scope on provider P3 keeps only its rows.
    let p3 = Scope {
        aanbieders: ["p3".to_string()].into(),
        ..Scope::default()
    };
    let s = Selectie::nieuw(&index, &ds, jaar(2023), None, &p3, &opties);
    assert_eq!(wachtregels(&s).1.len(), 2);
}

/// Pinned: the peildatum is the latest among in-scope rows.
#[test]
fn wacht_peildatum_is_latest_in_scope() {
    let scope = Scope {
        productcategorieen: [45].into(),
        aanbieders: ["p1".to_string()].into(),
        ..Scope::default()
    };
    let mut ds = wachtdata();
    ds.wachttijden.remove(1); // P1 has no row on 31-12-2023 any more
    let r = bereken(&ds, jaar(2023), &scope);
    assert_eq!(r.wacht_peildatum, Uitkomst::Waarde(Some(d("30-09-2023"))));
    assert_eq!(r.wachtenden, Uitkomst::Waarde(Some(9)));
}

/// Pinned: segment, verwijzer and leeftijd filters do not apply to waiting lists.
#[test]
fn wachttijden_ignore_youth_filters() {
    let r = bereken(&wachtdata(), jaar(2023), &segment(4));
    assert_eq!(r.wachtenden, Uitkomst::Waarde(Some(6)));
}

fn aanmeldingen(rijen: &[(&str, &str)]) -> DataSet {
    DataSet {
        geladen: vec![model::Bestandssoort::Aanmeldingen],
        aanmeldingen: rijen
            .iter()
            .map(|&(a, c)| model::Aanmelding {
                aanmelddatum: d(a),
                eerste_contact: (!c.is_empty()).then(|| d(c)),
                gemeente: None,
            })
            .collect(),
        ..DataSet::default()
    }
}

/// Pinned: an empty eerste_contact is "not within 3 working days" once more
/// than 3 working days have passed at P, and not yet counted before that.
#[test]
fn contact_without_first_contact_pending_then_late() {
    let ds = aanmeldingen(&[
        ("06-03-2023", "09-03-2023"), // Mon → Thu: 3 working days, within
        ("10-03-2023", "15-03-2023"), // Fri → Wed: Mon, Tue, Wed = 3, within
        ("10-03-2023", "16-03-2023"), // Fri → Thu: 4, late
        ("01-06-2023", ""),           // no contact, long ago at P: late
        ("28-12-2023", ""),           // no contact; at P 31-12 only Fri 29: pending
        ("31-12-2022", "02-01-2023"), // outside W
    ]);
    let r = bereken(&ds, jaar(2023), &geen_scope());
    assert_eq!(
        *r.contact_binnen_3_werkdagen_pct.waarde().unwrap(),
        Verhouding {
            waarde: Some(50.0),
            groep: 4
        }
    );
    // A holiday on Monday 13-03 makes the Friday→Thursday case within.
    let opties = KpiOpties {
        feestdagen: vec![d("13-03-2023")],
        ..KpiOpties::default()
    };
    let r = bereken_met(&ds, jaar(2023), &geen_scope(), &opties);
    assert_eq!(getal(&r.contact_binnen_3_werkdagen_pct), Some(75.0));
}

#[test]
fn tevredenheid_mean_in_window_and_scope() {
    let t = |datum: &str, score: f64, gemeente: Option<&str>| model::Tevredenheid {
        datum: d(datum),
        score,
        aanbieder: None,
        gemeente: gemeente.map(String::from),
    };
    let ds = DataSet {
        geladen: vec![model::Bestandssoort::Tevredenheid],
        tevredenheid: vec![
            t("01-02-2023", 7.0, Some("GM0243")),
            t("01-03-2023", 8.5, None),
            t("01-03-2022", 1.0, None),
        ],
        ..DataSet::default()
    };
    assert_eq!(
        getal(&bereken(&ds, jaar(2023), &geen_scope()).tevredenheid_gemiddeld),
        Some(7.8)
    ); // 7.75
    let gm = Scope {
        gemeenten: ["GM0243".to_string()].into(),
        ..Scope::default()
    };
    assert_eq!(getal(&bereken(&ds, jaar(2023), &gm).tevredenheid_gemiddeld), Some(7.0));
}

mod eigenschappen {
    use super::*;
    use crate::date::Datum;
    use crate::suppression::{onderdruk, Onderdrukking};
    use proptest::prelude::*;

    /// Random trajectories of up to 8 clients over 2021–2024: (client,
    /// begin day offset, duration or running, segment).
    fn trajecten() -> impl Strategy<Value = DataSet> {
        prop::collection::vec((0u32..8, 0i32..1400, prop::option::of(0i32..500), 1u8..=3), 0..40).prop_map(|rijen| {
            let basis = Datum::from_ymd(2021, 1, 1).unwrap();
            let mut ds = kort(&[]);
            ds.clients = (0..8).map(|i| format!("C{i}").into()).collect();
            for (i, (c, begin, duur, seg)) in rijen.into_iter().enumerate() {
                let mut t = kort(&[("X", "T", "01-01-2021", "")]).trajecten.remove(0);
                t.client = model::ClientId(c);
                t.toewijzing = format!("T{i:03}").into();
                t.begin = basis.plus_dagen(begin);
                t.eind = duur.map(|d| t.begin.plus_dagen(d));
                t.segment = Some(seg);
                ds.trajecten.push(t);
            }
            ds
        })
    }

    /// Trajectories of up to 30 clients in six municipalities with five
    /// providers and three segments (or none), a client possibly in more
    /// than one of each, with declarations for some. Enough clients that a
    /// filter's lists hold under half of them, so the shortcut is taken.
    fn trajecten_in_gemeenten() -> impl Strategy<Value = DataSet> {
        prop::collection::vec(
            (
                0u32..30,
                0i32..1400,
                prop::option::of(0i32..500),
                0usize..6,
                0i64..5,
                0usize..5,
                0u8..4,
            ),
            0..60,
        )
        .prop_map(|rijen| {
            let basis = Datum::from_ymd(2021, 1, 1).unwrap();
            let mut ds = kort(&[]);
            ds.clients = (0..30).map(|i| format!("C{i}").into()).collect();
            ds.geladen.push(model::Bestandssoort::Declaraties);
            for (i, (c, begin, duur, gemeente, euro, aanbieder, segment)) in rijen.into_iter().enumerate() {
                let mut t = kort(&[("X", "T", "01-01-2021", "")]).trajecten.remove(0);
                t.client = model::ClientId(c);
                t.toewijzing = format!("T{i:03}").into();
                t.gemeente = ["GM0001", "GM0002", "GM0003", "GM0004", "GM0005", "GM0006"][gemeente].into();
                t.aanbieder = ["Horizon", "Lindenhout", "Pluryn", "Karakter", "Timon"][aanbieder].into();
                t.segment = (segment > 0).then_some(segment);
                t.begin = basis.plus_dagen(begin);
                t.eind = duur.map(|d| t.begin.plus_dagen(d));
                if euro > 0 {
                    ds.declaraties.push(model::Declaratie {
                        toewijzing: t.toewijzing.clone(),
                        maand: model::Maand::van_datum(t.begin),
                        bedrag_cent: euro * 10_000,
                    });
                }
                ds.trajecten.push(t);
            }
            ds
        })
    }

    fn n(u: &Uitkomst<u64>) -> u64 {
        *u.waarde().unwrap()
    }

    proptest! {
        /// With a municipality, provider or segment filter the pass visits
        /// only the clients with a trajectory that passes the most
        /// selective of them; every figure equals the pass over all clients.
        #[test]
        fn filter_shortcut_equals_visiting_every_client(
            ds in trajecten_in_gemeenten(),
            j in 2021i32..=2024,
            gemeenten in prop::sample::subsequence(vec!["GM0001", "GM0002", "GM0003", "GM0999"], 0..=3),
            aanbieders in prop::sample::subsequence(vec!["horizon", "Lindenhout", "Pluryn", "Onbekend"], 0..=2),
            segmenten in prop::sample::subsequence(vec![1u8, 2, 3, 5], 0..=2),
        ) {
            let index = KpiIndex::bouw(&ds, &Default::default());
            let opties = KpiOpties::default();
            let scope = Scope {
                gemeenten: gemeenten.iter().map(|g| g.to_string()).collect(),
                aanbieders: aanbieders.iter().map(|a| a.to_string()).collect(),
                segmenten: segmenten.into_iter().collect(),
                ..Scope::default()
            };
            let s = super::super::Selectie::nieuw(&index, &ds, jaar(j), None, &scope, &opties);
            let kort_door = format!("{:?}", super::super::rondje::bereken(&s));
            let overal = format!("{:?}", super::super::rondje::bereken_over_alle_clients(&s));
            prop_assert_eq!(&kort_door, &overal);
            // The browser's version of the pass takes the same shortcut.
            let mut pauze = crate::pauze::GeenPauze;
            let met_pauzes = crate::pauze::zonder_pauze(super::super::rondje::bereken_met_pauzes(
                &s,
                &mut crate::pauze::Ritme::nieuw(&mut pauze),
            ));
            prop_assert_eq!(format!("{:?}", met_pauzes.ok()), format!("Some({overal})"));
            // And so does the grouped pass of a breakdown: one group holding
            // every trajectory gives the same figures.
            let mut pauze = crate::pauze::GeenPauze;
            let gegroepeerd = crate::pauze::zonder_pauze(super::super::rondje::bereken_per_groep(
                &s,
                |_| Some(0),
                1,
                &mut crate::pauze::Ritme::nieuw(&mut pauze),
            ));
            prop_assert_eq!(format!("{:?}", gegroepeerd.ok()), format!("Some([{overal}])"));
        }

        #[test]
        fn jeugdigen_at_least_jeugdigen_lopend(ds in trajecten(), j in 2021i32..=2024) {
            let r = bereken(&ds, jaar(j), &Scope::default());
            prop_assert!(n(&r.jeugdigen) >= n(&r.jeugdigen_lopend));
        }

        #[test]
        fn scope_never_exceeds_unscoped(ds in trajecten(), j in 2021i32..=2024, seg in 1u8..=3) {
            let alle = bereken(&ds, jaar(j), &Scope::default());
            let deel = bereken(&ds, jaar(j), &segment(seg));
            for (a, b) in [
                (&alle.jeugdigen, &deel.jeugdigen),
                (&alle.jeugdigen_lopend, &deel.jeugdigen_lopend),
                (&alle.instroom_jeugdigen, &deel.instroom_jeugdigen),
                (&alle.nieuwe_jeugdigen, &deel.nieuwe_jeugdigen),
                (&alle.stapeling, &deel.stapeling),
            ] {
                prop_assert!(n(b) <= n(a));
            }
            for (a, b) in [
                (&alle.trajecten_lopend, &deel.trajecten_lopend),
                (&alle.instroom_trajecten, &deel.instroom_trajecten),
                (&alle.uitstroom_trajecten, &deel.uitstroom_trajecten),
            ] {
                prop_assert!(aantal(b) <= aantal(a));
            }
        }

        #[test]
        fn vervolg_adds_up_to_uitstroom(ds in trajecten(), j in 2021i32..=2024, seg in 0u8..=3) {
            let scope = if seg == 0 { Scope::default() } else { segment(seg) };
            let r = bereken(&ds, jaar(j), &scope);
            let v = r.vervolg.waarde().unwrap();
            let som = v.zelfde_segment.aantal + v.ander_segment.aantal + v.loopt_door.aantal + v.geen_vervolg.aantal;
            prop_assert_eq!(som, aantal(&r.uitstroom_trajecten));
            let g = r.volgnummer.waarde().unwrap();
            prop_assert_eq!(g.een.aantal + g.twee.aantal + g.drie_plus.aantal, aantal(&r.instroom_trajecten));
        }

        #[test]
        fn months_add_up_to_the_year(ds in trajecten(), j in 2021i32..=2024) {
            let index = KpiIndex::bouw(&ds, &Default::default());
            let opties = KpiOpties::default();
            let scope = Scope::default();
            let jaartotaal = aantal(&bereken_alle(&index, &ds, jaar(j), None, &scope, &opties).instroom_trajecten);
            let som: u64 = (1..=12)
                .map(|m| aantal(&bereken_alle(&index, &ds, Venster::maand(j, m).unwrap(), None, &scope, &opties).instroom_trajecten))
                .sum();
            prop_assert_eq!(som, jaartotaal);
        }

        #[test]
        fn suppression_keeps_values_of_at_least_k(ds in trajecten(), j in 2021i32..=2024, k in 1u32..=20) {
            let r = bereken(&ds, jaar(j), &Scope::default());
            let o = onderdruk(&r, Onderdrukking::nieuw(k).unwrap());
            let k = u64::from(k);
            for (id, u) in [("jeugdigen", &r.jeugdigen), ("jeugdigen_lopend", &r.jeugdigen_lopend), ("instroom_jeugdigen", &r.instroom_jeugdigen), ("stapeling", &r.stapeling)] {
                if n(u) >= k || n(u) == 0 {
                    prop_assert_eq!(o.cel(id), Some(&Cel::Geheel(n(u))));
                } else {
                    prop_assert_eq!(o.cel(id), Some(&Cel::Tekst(format!("<{k}"))));
                }
            }
            for (id, t) in [("instroom_trajecten", &r.instroom_trajecten), ("uitstroom_trajecten", &r.uitstroom_trajecten)] {
                let t = t.waarde().unwrap();
                if t.jeugdigen >= k || t.jeugdigen == 0 {
                    prop_assert_eq!(o.cel(id), Some(&Cel::Geheel(t.aantal)));
                }
            }
        }
    }
}
