//! Demo data tests: determinism, read-back through the real reader with
//! zero rejections, CBS calibration and the features every KPI needs.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;

use super::*;
use crate::content::{CatalogusProduct, Productcatalogus};
use crate::ingest::{bouw_dataset, lees_bytes, Bestandsresultaat, Inleesopties};
use crate::model::{DataSet, Product};

/// Collects every file in memory and counts the pieces.
#[derive(Default)]
struct Verzamelaar {
    bestanden: BTreeMap<Bestandssoort, Vec<u8>>,
    stukken: usize,
}

impl DemoUitvoer for Verzamelaar {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        self.bestanden.entry(soort).or_default().extend_from_slice(bytes);
        self.stukken += 1;
        Ok(())
    }
}

fn maak(opties: &DemoOpties) -> (Verzamelaar, Samenvatting) {
    let mut v = Verzamelaar::default();
    let s = genereer(opties, &mut v).expect("genereer");
    (v, s)
}

#[derive(Deserialize)]
struct Catalogus {
    producten: Vec<CatalogusProduct>,
}

fn catalogus() -> Vec<CatalogusProduct> {
    toml::from_str::<Catalogus>(&productcatalogus_toml())
        .expect("catalogue parses")
        .producten
}

fn inleesopties() -> Inleesopties {
    Inleesopties {
        gemeenten: regio_gemeenten(),
        catalogus: Productcatalogus::nieuw(catalogus()),
        huidig_jaar: 2026,
        ..Inleesopties::default()
    }
}

/// Reads every file back and asserts it is clean.
fn lees_terug(v: &Verzamelaar, s: &Samenvatting) -> (Vec<Bestandsresultaat>, DataSet, Vec<String>) {
    let opties = inleesopties();
    let mut resultaten = Vec::new();
    for soort in Bestandssoort::ALLE {
        let bytes = v.bestanden.get(&soort).expect("every kind is written");
        let r = lees_bytes(bestandsnaam(soort), bytes, &opties);
        assert_eq!(r.soort, Some(soort), "{}: {:?}", bestandsnaam(soort), r.melding);
        assert_eq!(r.melding, None, "{}", bestandsnaam(soort));
        assert!(
            r.afgewezen.is_empty(),
            "{}: {} rejected, first {:?}",
            bestandsnaam(soort),
            r.afgewezen.len(),
            r.afgewezen.first()
        );
        assert!(r.privacy.is_empty(), "{}: {:?}", bestandsnaam(soort), r.privacy);
        assert!(r.genegeerde_kolommen.is_empty(), "{:?}", r.genegeerde_kolommen);
        assert_eq!(r.geaccepteerd, s.aantal(soort), "{}", bestandsnaam(soort));
        assert!(r.geaccepteerd > 0, "{}", bestandsnaam(soort));
        resultaten.push(r);
    }
    let samen = bouw_dataset(resultaten.clone());
    assert!(samen.afgewezen.is_empty());
    let mut waarschuwingen = samen.waarschuwingen;
    let index = crate::kpi::KpiIndex::bouw(&samen.dataset, &opties.catalogus);
    waarschuwingen.extend(index.waarschuwing_niet_te_koppelen(&samen.dataset));
    (resultaten, samen.dataset, waarschuwingen)
}

fn d(j: i32, m: u32, dag: u32) -> Datum {
    Datum::from_ymd(j, m, dag).expect("valid date")
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let (a, sa) = maak(&DemoOpties::default());
    let (b, sb) = maak(&DemoOpties::default());
    assert_eq!(sa, sb);
    assert_eq!(a.bestanden, b.bestanden);
    assert!(a.stukken > 7, "output comes in pieces ({})", a.stukken);
    let (c, _) = maak(&DemoOpties {
        zaad: 2024,
        ..DemoOpties::default()
    });
    for soort in [
        Bestandssoort::Trajecten,
        Bestandssoort::Declaraties,
        Bestandssoort::Wachttijden,
        Bestandssoort::Aanmeldingen,
        Bestandssoort::Tevredenheid,
    ] {
        assert_ne!(a.bestanden.get(&soort), c.bestanden.get(&soort), "{soort:?}");
    }
}

#[test]
fn invalid_options_are_an_error_not_a_panic() {
    let mut v = Verzamelaar::default();
    let omgekeerd = DemoOpties {
        eerste_jaar: 2025,
        laatste_jaar: 2021,
        ..DemoOpties::default()
    };
    assert!(genereer(&omgekeerd, &mut v).is_err());
    let ver = DemoOpties {
        eerste_jaar: 1800,
        ..DemoOpties::default()
    };
    assert!(genereer(&ver, &mut v).is_err());
    struct Stuk;
    impl DemoUitvoer for Stuk {
        fn schrijf(&mut self, _: Bestandssoort, _: &[u8]) -> Result<(), String> {
            Err("schijf vol".into())
        }
    }
    assert_eq!(genereer(&DemoOpties::default(), &mut Stuk), Err("schijf vol".into()));
}

#[test]
fn every_file_reads_back_without_rejections() {
    let (v, s) = maak(&DemoOpties::default());
    let (_, data, waarschuwingen) = lees_terug(&v, &s);
    assert!(
        waarschuwingen.iter().any(|w| w.contains("koppel")),
        "unmatched declarations are reported: {waarschuwingen:?}"
    );
    assert_eq!(data.geladen.len(), 7);
    // Every productcode is in the catalogue, and every jeugdhulp trajectory
    // has a segment (given or from the catalogue).
    let codes: BTreeSet<String> = catalogus().into_iter().map(|p| p.code).collect();
    for t in &data.trajecten {
        let code = t.productcode.as_deref().unwrap_or("");
        assert!(codes.contains(code), "{code} not in catalogue");
        assert_eq!(t.segment.is_some(), !matches!(t.productcategorie, 47 | 48), "{t:?}");
    }
    // A catalogue product per generated productcode, and no two the same.
    assert_eq!(codes.len(), catalogus().len());
}

#[test]
fn ids_never_look_like_a_bsn_and_headers_match_the_spec() {
    let (v, _) = maak(&DemoOpties::default());
    let trajecten = String::from_utf8(v.bestanden[&Bestandssoort::Trajecten].clone()).expect("utf-8");
    let kop = trajecten.lines().next().unwrap_or_default();
    assert_eq!(kop.split(',').collect::<Vec<_>>(), crate::ingest::TRAJECT_KOLOMMEN);
    for tekst in v.bestanden.values() {
        let tekst = std::str::from_utf8(tekst).expect("utf-8");
        for veld in tekst.lines().flat_map(|r| r.split(',')) {
            assert!(!crate::privacy::is_bsn(veld), "{veld}");
            assert!(!veld.contains('"'), "{veld}");
        }
    }
}

/// Youths and trajectories overlapping a year, per municipality.
fn per_gemeente(data: &DataSet, jaar: i32) -> BTreeMap<String, (usize, usize)> {
    let (van, tot) = (d(jaar, 1, 1), d(jaar, 12, 31));
    let mut clients: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    let mut trajecten: BTreeMap<String, usize> = BTreeMap::new();
    for t in data.trajecten.iter().filter(|t| t.overlapt(van, tot)) {
        clients.entry(t.gemeente.to_string()).or_default().insert(t.client.0);
        *trajecten.entry(t.gemeente.to_string()).or_default() += 1;
    }
    clients
        .into_iter()
        .map(|(g, c)| {
            let n = trajecten.get(&g).copied().unwrap_or(0);
            (g, (c.len(), n))
        })
        .collect()
}

fn binnen(waarde: usize, doel: u32, marge: f64) -> bool {
    (waarde as f64 - f64::from(doel)).abs() <= f64::from(doel) * marge
}

#[test]
fn calibration_year_matches_cbs_per_municipality() {
    for zaad in [2023, 7, 99] {
        let opties = DemoOpties {
            zaad,
            ..DemoOpties::default()
        };
        let (v, s) = maak(&opties);
        let (_, data, _) = lees_terug(&v, &s);
        let telling = per_gemeente(&data, 2022);
        for g in &bronnen::NOORD_VELUWE {
            let (j, t) = telling.get(g.code).copied().unwrap_or((0, 0));
            assert!(
                binnen(j, g.jeugdigen_2022, 0.05),
                "{} youths {j} vs {}",
                g.naam,
                g.jeugdigen_2022
            );
            assert!(
                binnen(t, g.trajecten_2022, 0.05),
                "{} trajectories {t} vs {}",
                g.naam,
                g.trajecten_2022
            );
        }
        // Other years trend by a few percent a year.
        let totaal = |jaar| per_gemeente(&data, jaar).values().map(|(j, _)| *j).sum::<usize>() as f64;
        let basis = totaal(2022);
        for jaar in [2021, 2023, 2024, 2025] {
            let verhouding = totaal(jaar) / basis;
            let verwacht = groei(bronnen::GROEI_JEUGDIGEN, jaar - 2022);
            assert!(
                (verhouding - verwacht).abs() < 0.06,
                "seed {zaad} year {jaar}: {verhouding:.3} vs {verwacht:.3}"
            );
        }
    }
}

#[test]
fn referrers_follow_cbs_national_shares() {
    let (v, s) = maak(&DemoOpties::default());
    let (_, data, _) = lees_terug(&v, &s);
    let mut tel: HashMap<Option<u8>, f64> = HashMap::new();
    for t in &data.trajecten {
        *tel.entry(t.verwijzer).or_default() += 1.0;
    }
    let n = data.trajecten.len() as f64;
    let cbs_totaal: f64 = bronnen::VERWIJZERS.iter().map(|(_, c)| c).sum();
    for (code, cbs) in bronnen::VERWIJZERS {
        let aandeel = tel.get(&code).copied().unwrap_or(0.0) / n * 100.0;
        let verwacht = cbs / cbs_totaal * 100.0;
        assert!(
            (aandeel - verwacht).abs() < 3.0,
            "verwijzer {code:?}: {aandeel:.1}% vs CBS {verwacht:.1}%"
        );
    }
}

#[test]
fn costs_land_near_the_plan_figures() {
    let (v, s) = maak(&DemoOpties::default());
    let (_, data, _) = lees_terug(&v, &s);
    let kosten = |jaar: i32| -> f64 {
        data.declaraties
            .iter()
            .filter(|d| d.maand.jaar == jaar)
            .map(|d| d.bedrag_cent as f64 / 100.0)
            .sum()
    };
    let k2022 = kosten(2022);
    assert!((k2022 / 78_500_000.0 - 1.0).abs() < 0.03, "2022: {k2022:.0}");
    assert!(kosten(2024) > k2022 * 1.05, "costs grow");
    let begroting_2022: i64 = data
        .begroting
        .iter()
        .filter(|b| b.jaar == 2022 && b.gemeente.is_none() && b.segment.is_none())
        .map(|b| b.bedrag_cent)
        .sum();
    let per_gemeente: i64 = data
        .begroting
        .iter()
        .filter(|b| b.jaar == 2022 && b.gemeente.is_some())
        .map(|b| b.bedrag_cent)
        .sum();
    let per_segment: i64 = data
        .begroting
        .iter()
        .filter(|b| b.jaar == 2022 && b.segment.is_some())
        .map(|b| b.bedrag_cent)
        .sum();
    assert_eq!(begroting_2022, per_gemeente);
    assert!(
        (per_segment - begroting_2022).abs() < 1_000_000,
        "{per_segment} vs {begroting_2022}"
    );
    let verhouding = begroting_2022 as f64 / 100.0 / k2022;
    assert!((0.9..1.0).contains(&verhouding), "budget / costs {verhouding:.3}");
    // Some expensive clients (above € 50 000 a year) and some credits.
    let mut per_client: HashMap<u32, f64> = HashMap::new();
    let client_van: HashMap<&str, u32> = data.trajecten.iter().map(|t| (&*t.toewijzing, t.client.0)).collect();
    for dcl in data.declaraties.iter().filter(|d| d.maand.jaar == 2023) {
        if let Some(c) = client_van.get(&*dcl.toewijzing) {
            *per_client.entry(*c).or_default() += dcl.bedrag_cent as f64 / 100.0;
        }
    }
    assert!(per_client.values().filter(|&&k| k > 50_000.0).count() >= 10);
    assert!(data.declaraties.iter().any(|d| d.bedrag_cent < 0));
}

#[test]
fn data_exercise_every_kpi() {
    let (v, s) = maak(&DemoOpties::default());
    let (_, data, _) = lees_terug(&v, &s);
    let cat = Productcatalogus::nieuw(catalogus());
    let p = d(2023, 12, 31);
    let mut per_client: HashMap<u32, Vec<&crate::model::Traject>> = HashMap::new();
    for t in &data.trajecten {
        per_client.entry(t.client.0).or_default().push(t);
    }
    // Stapeling: two or more active at P.
    let stapeling = per_client
        .values()
        .filter(|ts| ts.iter().filter(|t| t.actief_op(p)).count() >= 2)
        .count();
    assert!(stapeling > 50, "stapeling {stapeling}");
    // Herinstroom in 2023.
    let herinstroom = per_client
        .values()
        .filter(|ts| {
            ts.iter().any(|t| {
                let s = t.begin;
                s.jaar() == 2023
                    && ts.iter().any(|u| u.begin < s)
                    && !ts
                        .iter()
                        .any(|u| u.begin <= s.plus_dagen(-1) && u.eind.is_none_or(|e| e >= s.plus_dagen(-365)))
            })
        })
        .count();
    assert!(herinstroom > 20, "herinstroom {herinstroom}");
    // Nobody starts jeugdhulp at 23 or older.
    assert!(data
        .trajecten
        .iter()
        .all(|t| t.geboortejaar.is_none_or(|g| t.begin.jaar() - g <= 22)));
    // Running trajectories at the extraction date, reasons mostly 31.
    assert!(data.trajecten.iter().filter(|t| t.eind.is_none()).count() > 1000);
    let redenen: Vec<u8> = data.trajecten.iter().filter_map(|t| t.reden_beeindiging).collect();
    let volgens_plan = redenen.iter().filter(|&&r| r == 31).count() as f64 / redenen.len() as f64;
    assert!((0.6..0.8).contains(&volgens_plan), "{volgens_plan}");
    assert!(redenen.iter().any(|&r| r != 31));
    // 18+ at the end of 2025, and JeugdzorgPlus below the plan's 4.13%.
    let achttien = per_client
        .values()
        .filter(|ts| {
            ts.iter()
                .any(|t| t.overlapt(d(2025, 1, 1), d(2025, 12, 31)) && t.geboortejaar.is_some_and(|g| 2025 - g >= 18))
        })
        .count();
    assert!(achttien > 50, "18+ {achttien}");
    let (van, tot) = (d(2023, 1, 1), d(2023, 12, 31));
    let jeugdigen: BTreeSet<u32> = data
        .trajecten
        .iter()
        .filter(|t| t.overlapt(van, tot))
        .map(|t| t.client.0)
        .collect();
    let jzp: BTreeSet<u32> = data
        .trajecten
        .iter()
        .filter(|t| t.overlapt(van, tot) && t.productcode.as_deref().is_some_and(|c| cat.is_jeugdzorgplus(c)))
        .map(|t| t.client.0)
        .collect();
    let pct = jzp.len() as f64 / jeugdigen.len() as f64 * 100.0;
    assert!(pct > 0.2 && pct < 4.13, "jeugdzorgplus {pct:.2}%");
    // Segments: 4 largest, 5 smallest, every segment present.
    let mut segmenten = [0usize; 6];
    for t in &data.trajecten {
        if let Some(s) = t.segment {
            segmenten[usize::from(s)] += 1;
        }
    }
    assert!(segmenten[1..].iter().all(|&n| n > 0), "{segmenten:?}");
    assert!(
        segmenten[4] > segmenten[1] && segmenten[5] < segmenten[2],
        "{segmenten:?}"
    );
    // Basis-ggz, ambulant the largest category, all process flags mixed.
    assert!(data.trajecten.iter().any(|t| t.productcode.as_deref() == Some("54001")));
    let ambulant = data.trajecten.iter().filter(|t| t.productcategorie == 45).count();
    assert!(ambulant * 3 > data.trajecten.len(), "ambulant {ambulant}");
    for vlag in [
        |t: &crate::model::Traject| t.verklarende_analyse,
        |t: &crate::model::Traject| t.familiegroepsplan,
        |t: &crate::model::Traject| t.perspectiefplan,
    ] {
        let waarden: BTreeSet<Option<bool>> = data.trajecten.iter().map(vlag).collect();
        assert_eq!(waarden.len(), 3, "ja, nee and empty all occur");
    }
    // Waiting times: above the treeknorm somewhere, nobody waiting for
    // jeugdbescherming at the end, productcode rows present.
    let laatste = data.wachttijden.iter().map(|w| w.peildatum).max().expect("wachttijden");
    assert_eq!(laatste, d(2025, 12, 31));
    assert!(data
        .wachttijden
        .iter()
        .any(|w| w.peildatum == laatste && w.wachttijd_weken > 14.0));
    assert!(data
        .wachttijden
        .iter()
        .filter(|w| w.peildatum == laatste && w.productcategorie == Some(48))
        .all(|w| w.wachtenden == Some(0)));
    assert!(data.wachttijden.iter().any(|w| matches!(w.product, Product::Code(_))));
    // Requests: most within 3 working days, some later, a few empty.
    let leeg = data.aanmeldingen.iter().filter(|a| a.eerste_contact.is_none()).count();
    let laat = data
        .aanmeldingen
        .iter()
        .filter(|a| a.eerste_contact.is_some_and(|c| a.aanmelddatum.dagen_tot(c) > 5))
        .count();
    assert!(leeg > 0 && laat > 0);
    assert!(laat * 5 < data.aanmeldingen.len());
    // Satisfaction 1–10 with a plausible mean, population per year.
    let gemiddeld = data.tevredenheid.iter().map(|t| t.score).sum::<f64>() / data.tevredenheid.len() as f64;
    assert!((6.5..8.5).contains(&gemiddeld), "{gemiddeld}");
    assert_eq!(data.bevolking.len(), 7 * 5);
    let jongeren_2022: u64 = data
        .bevolking
        .iter()
        .filter(|b| b.jaar == 2022)
        .map(|b| b.jongeren)
        .sum();
    // The plan's table total says 42 211; its rows add up to 42 212.
    let plan: u32 = bronnen::NOORD_VELUWE.iter().map(|g| g.jongeren).sum();
    assert_eq!(jongeren_2022, u64::from(plan));
}

#[test]
fn catalogue_toml_covers_products_and_marks_jeugdzorgplus() {
    let producten = catalogus();
    assert_eq!(producten.len(), bronnen::PRODUCTEN.len());
    assert!(producten.iter().any(|p| p.code == "43J01" && p.jeugdzorgplus));
    assert!(producten
        .iter()
        .any(|p| p.code == "54001" && p.productcategorie == 54 && p.segment == Some(4)));
    assert!(producten.iter().all(|p| p.code.len() <= 5));
}

#[test]
fn file_names() {
    let namen: BTreeSet<&str> = Bestandssoort::ALLE.iter().map(|&s| bestandsnaam(s)).collect();
    assert_eq!(namen.len(), 7);
    assert_eq!(bestandsnaam(Bestandssoort::Trajecten), "trajecten.csv");
}

/// Counts rows of the trajecten file without keeping any output.
#[derive(Default)]
struct Teller {
    regels: [u64; 7],
    bytes: [u64; 7],
}

impl DemoUitvoer for Teller {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        let i = Bestandssoort::ALLE.iter().position(|&s| s == soort).unwrap_or(0);
        self.regels[i] += bytes.iter().filter(|&&b| b == b'\n').count() as u64;
        self.bytes[i] += bytes.len() as u64;
        Ok(())
    }
}

#[test]
fn regional_sizes() {
    let mut t = Teller::default();
    let s = genereer(&DemoOpties::default(), &mut t).expect("genereer");
    for (i, soort) in Bestandssoort::ALLE.iter().enumerate() {
        assert_eq!(t.regels[i], s.aantal(*soort) + 1);
        println!(
            "{:<18} {:>9} rows {:>11} bytes",
            bestandsnaam(*soort),
            s.aantal(*soort),
            t.bytes[i]
        );
    }
}

/// About 700 000 trajectories for one national year. Slow in a debug build
/// (run with `--ignored`, ideally `--release`).
#[test]
#[ignore]
fn national_scale_one_year() {
    let opties = DemoOpties {
        eerste_jaar: 2022,
        laatste_jaar: 2022,
        schaal: Schaal::Landelijk,
        ..DemoOpties::default()
    };
    let begin = std::time::Instant::now();
    let mut t = Teller::default();
    let s = genereer(&opties, &mut t).expect("genereer");
    let trajecten = t.regels[0] - 1;
    assert_eq!(trajecten, s.aantal(Bestandssoort::Trajecten));
    println!("landelijk 2022: {trajecten} trajecten, {:?}", begin.elapsed());
    for (i, soort) in Bestandssoort::ALLE.iter().enumerate() {
        println!(
            "{:<18} {:>9} rows {:>12} bytes",
            bestandsnaam(*soort),
            s.aantal(*soort),
            t.bytes[i]
        );
    }
    let doel = f64::from(bronnen::NL_TRAJECTEN_2022);
    assert!((trajecten as f64 / doel - 1.0).abs() < 0.05, "{trajecten}");
}

/// Keeps the declaraties text, counts the rest.
#[derive(Default)]
struct Declaratiebewaarder {
    teller: Teller,
    declaraties: Vec<u8>,
}

impl DemoUitvoer for Declaratiebewaarder {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        if soort == Bestandssoort::Declaraties {
            self.declaraties.extend_from_slice(bytes);
        }
        self.teller.schrijf(soort, bytes)
    }
}

/// The benchmark's reference job: the asked number of trajecten rows
/// within 5 %, over 2021–2023, across the national municipalities, with
/// declarations only for the months of 2023.
#[test]
fn reference_job_has_the_asked_size_and_declarations_only_in_its_last_year() {
    let opties = DemoOpties {
        eerste_jaar: 2021,
        laatste_jaar: 2023,
        schaal: Schaal::Referentie { trajecten: 20_000 },
        ..DemoOpties::default()
    };
    let mut uit = Declaratiebewaarder::default();
    let s = genereer(&opties, &mut uit).expect("genereer");
    let trajecten = s.aantal(Bestandssoort::Trajecten);
    assert!(
        (trajecten as f64 / 20_000.0 - 1.0).abs() < 0.05,
        "{trajecten} trajecten rows"
    );
    let tekst = String::from_utf8(uit.declaraties).expect("UTF-8");
    let mut regels = tekst.lines();
    assert_eq!(regels.next(), Some("toewijzing,maand,bedrag"));
    let mut aantal = 0;
    for regel in regels {
        let maand = regel.split(',').nth(1).unwrap_or_default();
        assert!(maand.starts_with("2023-"), "a declaration outside 2023: {regel}");
        aantal += 1;
    }
    assert_eq!(aantal, s.aantal(Bestandssoort::Declaraties));
    assert!(
        aantal > trajecten,
        "about two declarations per trajectory or more: {aantal}"
    );
    let invalid = DemoOpties {
        schaal: Schaal::Referentie { trajecten: 10 },
        ..opties
    };
    assert!(genereer(&invalid, &mut Teller::default()).is_err());
}
