//! Reader tests: every rule of spec sections 1–2 on whole files, both
//! dialects, chunking and round trips.

use proptest::prelude::*;

use super::*;
use crate::content::{CatalogusProduct, Gemeente, Productcatalogus};
use crate::model::Product;

const A_TRAJECTEN: &[u8] = include_bytes!("../../tests/data/a_trajecten.csv");
const A_DECLARATIES: &[u8] = include_bytes!("../../tests/data/a_declaraties.csv");
const A_WACHTTIJDEN: &[u8] = include_bytes!("../../tests/data/a_wachttijden.csv");
const B_TRAJECTEN: &[u8] = include_bytes!("../../tests/data/b_trajecten.csv");
const B_DECLARATIES: &[u8] = include_bytes!("../../tests/data/b_declaraties.csv");
const VOORBEELD: &[u8] = include_bytes!("../../tests/data/voorbeeld_trajecten.csv");
const PRIVACY: &[u8] = include_bytes!("../../tests/data/privacy_declaraties.csv");
const CBS_85098: &[u8] =
    include_bytes!("../../../../public/demo/cbs/85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv");
const CBS_PER_GEMEENTE: &[u8] = include_bytes!("../../../../public/demo/cbs/jeugdzorg_per_gemeente_2022.csv");

const ALLE_FIXTURES: [&[u8]; 9] = [
    A_TRAJECTEN,
    A_DECLARATIES,
    A_WACHTTIJDEN,
    B_TRAJECTEN,
    B_DECLARATIES,
    VOORBEELD,
    PRIVACY,
    CBS_85098,
    CBS_PER_GEMEENTE,
];

fn opties() -> Inleesopties {
    Inleesopties {
        gemeenten: vec![
            Gemeente {
                code: "GM0243".into(),
                naam: "Harderwijk".into(),
            },
            Gemeente {
                code: "GM0233".into(),
                naam: "Ermelo".into(),
            },
        ],
        catalogus: Productcatalogus::nieuw(vec![CatalogusProduct {
            code: "54001".into(),
            naam: "Jeugd-ggz".into(),
            productcategorie: 54,
            segment: Some(3),
            jeugdzorgplus: false,
        }]),
        ..Inleesopties::default()
    }
}

fn lees(bytes: &[u8]) -> Bestandsresultaat {
    lees_bytes("test.csv", bytes, &opties())
}

fn lees_tekst(tekst: &str) -> Bestandsresultaat {
    lees(tekst.as_bytes())
}

/// Client pseudonyms as plain text, to compare with a list.
fn namen(clients: &[Arc<str>]) -> Vec<&str> {
    clients.iter().map(|c| &**c).collect()
}

fn d(s: &str) -> Datum {
    Datum::parse_iso(s).unwrap()
}

/// (line, column, reason) of every rejection.
fn afwijzingen(r: &Bestandsresultaat) -> Vec<(u64, String, String)> {
    r.afgewezen
        .iter()
        .map(|a| (a.probleem.regel, a.probleem.kolom.clone(), a.probleem.reden.clone()))
        .collect()
}

/// The single rejection reason of a one-row trajecten file.
fn reden_traject(rij: &str) -> String {
    let kop = "client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;verwijzer;geboortejaar;begindatum;einddatum;reden_beeindiging;verklarende_analyse\n";
    let r = lees_tekst(&format!("{kop}{rij}\n"));
    assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
    assert_eq!(r.afgewezen.len(), 1, "{rij}: {:?}", r.afgewezen);
    let p = &r.afgewezen[0].probleem;
    format!("{}: {}", p.kolom, p.reden)
}

#[test]
fn voorbeeld_uit_de_spec_leest_zes_rijen() {
    let r = lees(VOORBEELD);
    assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
    assert_eq!(r.geaccepteerd, 6);
    assert!(r.afgewezen.is_empty());
    assert_eq!(namen(&r.clients), ["A", "B", "C"]);
    assert_eq!(r.scheidingsteken, ';');
    assert_eq!(r.codering, Codering::Utf8);
    // Trajecten: from the first begindatum to the latest begin- or einddatum.
    assert_eq!(r.periode, Some((d("2021-10-10"), d("2023-12-31"))));
    let t1 = &r.trajecten[0].traject;
    assert_eq!(
        (t1.begin, t1.eind, t1.reden_beeindiging),
        (d("2022-03-01"), Some(d("2023-01-31")), Some(31))
    );
    assert!(r.privacy.is_empty());
}

#[test]
fn dialect_a_puntkomma_windows1252_crlf() {
    let r = lees(A_TRAJECTEN);
    assert_eq!(r.codering, Codering::Windows1252);
    assert_eq!(r.scheidingsteken, ';');
    assert_eq!(r.geaccepteerd, 3);
    assert_eq!(r.regels_gelezen, 12);
    assert_eq!(r.genegeerde_kolommen, ["opmerking"]);
    let t = &r.trajecten[0].traject;
    assert_eq!(&*t.aanbieder, "Café Zoë € Jeugdhulp B.V.");
    assert_eq!((t.verwijzer, t.geboortejaar), (Some(2), Some(2012)));
    assert_eq!(
        (t.verklarende_analyse, t.familiegroepsplan, t.perspectiefplan),
        (Some(true), Some(false), Some(true))
    );
    // A101: gemeente by name, d-m-yyyy, empty segment from the catalogue.
    let t = &r.trajecten[1].traject;
    assert_eq!((&*t.gemeente, t.begin, t.segment), ("GM0243", d("2023-06-15"), Some(3)));
    assert_eq!(r.trajecten[1].regel, 3);
    // A102: quoted delimiter and "" inside, dd.mm.yyyy and dd/mm/yyyy.
    let t = &r.trajecten[2].traject;
    assert_eq!(&*t.aanbieder, "De \"Brug\" ; Ermelo");
    assert_eq!((t.begin, t.eind), (d("2023-01-01"), Some(d("2023-06-30"))));
    assert_eq!(r.trajecten[2].regel, 6);
    // Line numbers count the physical lines of the quoted three-line field.
    assert_eq!(
        afwijzingen(&r),
        [
            (7, "begindatum".into(), "datum bestaat niet".into()),
            (8, "einddatum".into(), "einddatum ligt voor begindatum".into()),
            (
                9,
                "toewijzing".into(),
                "dubbele toewijzing: komt al voor op regel 2".into()
            ),
            (
                10,
                "productcategorie".into(),
                "onbekende productcategorie (JZ020 kent 31–38 en 40–55)".into()
            ),
            (
                11,
                "gemeente".into(),
                "onbekende gemeente (geen CBS-code en niet bekend in de regio)".into()
            ),
            (12, "client".into(), "verplicht veld is leeg".into()),
            (13, "segment".into(), "segment moet 1 t/m 5 zijn".into()),
            (14, "geboortejaar".into(), "geboortejaar ligt buiten 1990–2026".into()),
            (
                15,
                "verklarende_analyse".into(),
                "geen ja/nee-waarde (verwacht ja/nee, j/n, 1/0, true/false of yes/no)".into()
            ),
        ]
    );
    assert_eq!(r.afgewezen[0].velden[3], "Jeugdzorg Noord–Veluwe");
    assert_eq!(r.afgewezen[8].velden[3], "Ambulant ‘t Hof™");
    assert_eq!(r.afgewezen[0].probleem.waarde, "31-02-2023");
}

#[test]
fn dialect_a_declaraties_met_decimale_komma() {
    let r = lees(A_DECLARATIES);
    assert_eq!(r.soort, Some(Bestandssoort::Declaraties));
    let bedragen: Vec<i64> = r.declaraties.iter().map(|d| d.bedrag_cent).collect();
    assert_eq!(bedragen, [123_456, -1250, 123_450, 99]);
    assert_eq!(r.declaraties[2].maand, crate::model::Maand { jaar: 2023, maand: 6 });
    assert_eq!(
        afwijzingen(&r),
        [
            (6, "maand".into(), "maand bestaat niet".into()),
            (
                7,
                "bedrag".into(),
                "bedrag heeft meer dan 2 cijfers achter de komma".into()
            ),
        ]
    );
    assert_eq!(r.periode, Some((d("2022-03-01"), d("2023-06-30"))));
}

#[test]
fn dialect_a_wachttijden() {
    let r = lees(A_WACHTTIJDEN);
    assert_eq!(r.soort, Some(Bestandssoort::Wachttijden));
    assert_eq!(r.codering, Codering::Windows1252);
    let w = &r.wachttijden[0];
    assert_eq!(
        (w.wachttijd_weken, w.wachtenden, w.gemeente.as_deref()),
        (3.5, Some(12), Some("GM0243"))
    );
    assert_eq!(
        (w.product.clone(), w.productcategorie),
        (Product::Categorie(45), Some(45))
    );
    let w = &r.wachttijden[1];
    // Productcode only: the category comes from the catalogue; `1.234` groups thousands.
    assert_eq!(
        (w.product.clone(), w.productcategorie, w.wachtenden),
        (Product::Code("54001".into()), Some(54), Some(1234))
    );
    assert_eq!(w.gemeente, None);
    assert_eq!(
        afwijzingen(&r),
        [
            (
                4,
                "Productcategorie".into(),
                "productcategorie of productcode is verplicht".into()
            ),
            (5, "Wachttijd weken".into(), "wachttijd mag niet negatief zijn".into()),
        ]
    );
}

#[test]
fn dialect_b_komma_utf8_bom_iso() {
    let r = lees(B_TRAJECTEN);
    assert_eq!(r.codering, Codering::Utf8MetBom);
    assert_eq!(r.scheidingsteken, ',');
    assert_eq!(r.kolommen[0], "client");
    assert_eq!(r.geaccepteerd, 2);
    assert_eq!(r.trajecten[0].traject.aanbieder.as_ref(), "Zorg, Zoë & Co €");
    assert_eq!(r.trajecten[1].traject.aanbieder.as_ref(), "Ambulant ’t Hof");
    assert_eq!(afwijzingen(&r), [(4, "begindatum".into(), "datum bestaat niet".into())]);

    let r = lees(B_DECLARATIES);
    assert_eq!(r.soort, Some(Bestandssoort::Declaraties));
    assert_eq!(
        r.declaraties.iter().map(|d| d.bedrag_cent).collect::<Vec<_>>(),
        [123_456, -1250]
    );
    assert_eq!(
        afwijzingen(&r),
        [(
            4,
            "bedrag_cent".into(),
            "bedrag in centen moet een heel getal zijn".into()
        )]
    );
}

#[test]
fn stukken_van_elke_grootte_geven_hetzelfde() {
    for bytes in ALLE_FIXTURES {
        let heel = lees(bytes);
        for grootte in [1, 2, 3, 5, 64] {
            let mut lezer = Bestandslezer::nieuw("test.csv", &opties());
            for stuk in bytes.chunks(grootte) {
                lezer.voed(stuk);
            }
            assert_eq!(lezer.voortgang().bytes, bytes.len() as u64);
            assert_eq!(lezer.einde(), heel);
        }
    }
}

#[test]
fn cbs_bestanden_zijn_geen_extract() {
    for (naam, bytes) in [("85098NED.csv", CBS_85098), ("per_gemeente.csv", CBS_PER_GEMEENTE)] {
        let r = lees_bytes(naam, bytes, &opties());
        assert_eq!(r.soort, None, "{naam}");
        assert_eq!(r.vermoedelijke_soort, None, "{naam}");
        let melding = r.melding.clone().unwrap_or_default();
        assert!(melding.starts_with("niet herkend als extract: "), "{melding}");
        assert!(
            melding.contains("client + toewijzing + begindatum (trajecten)"),
            "{melding}"
        );
        assert!(r.geaccepteerd == 0 && r.afgewezen.is_empty());
        assert!(r.regels_gelezen > 300, "{naam}: {}", r.regels_gelezen);
        assert!(r.privacy.is_empty(), "{naam}: {:?}", r.privacy);
    }
    let r = lees(CBS_85098);
    assert_eq!((r.codering, r.scheidingsteken), (Codering::Utf8MetBom, ';'));
    assert_eq!(r.kolommen[0], "Regio's");
    let r = lees(CBS_PER_GEMEENTE);
    assert_eq!(r.scheidingsteken, ',');
}

#[test]
fn regels_van_trajecten() {
    let ok = "K1;T1;GM0243;P;45;45A01;4;02;2012;01-03-2022;31-01-2023;31;ja";
    let r = lees_tekst(&format!("client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;verwijzer;geboortejaar;begindatum;einddatum;reden_beeindiging;verklarende_analyse\n{ok}\n"));
    assert_eq!(r.geaccepteerd, 1);
    let lang = "x".repeat(65);
    assert_eq!(
        reden_traject(&format!("{lang};T1;GM0243;P;45;;;;;01-03-2022;;;")),
        "client: client is langer dan 64 tekens"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;123456;;;;01-03-2022;;;"),
        "productcode: productcode is langer dan 5 tekens"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;4;;;;;01-03-2022;;;"),
        "productcategorie: productcategorie moet 2 cijfers zijn (JZ020)"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;;;;;;01-03-2022;;;"),
        "productcategorie: verplicht veld is leeg"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;;45;;;;;01-03-2022;;;"),
        "aanbieder: verplicht veld is leeg"
    );
    assert_eq!(
        reden_traject("K;T1;;P;45;;;;;01-03-2022;;;"),
        "gemeente: verplicht veld is leeg"
    );
    assert_eq!(
        reden_traject("K;;GM0243;P;45;;;;;01-03-2022;;;"),
        "toewijzing: verplicht veld is leeg"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;;;;;;;;"),
        "begindatum: verplicht veld is leeg"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;;;2;;01-03-2022;;;"),
        "verwijzer: moet een code van 2 cijfers zijn"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;;;;2027;01-03-2022;;;"),
        "geboortejaar: geboortejaar ligt buiten 1990–2026"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;;;;;03/31/2022;;;"),
        "begindatum: datum bestaat niet"
    );
    assert_eq!(
        reden_traject("K;T1;GM0243;P;45;;;;;01-03-2022;;3;"),
        "reden_beeindiging: moet een code van 2 cijfers zijn"
    );
}

#[test]
fn geboortejaar_grens_is_een_optie() {
    let kop = "client;toewijzing;gemeente;aanbieder;productcategorie;geboortejaar;begindatum\n";
    let tekst = format!("{kop}K;T1;GM0243;P;45;2027;01-01-2027\nK;T2;GM0243;P;45;1990;01-01-2027\n");
    let opties = Inleesopties {
        huidig_jaar: 2027,
        ..Inleesopties::default()
    };
    assert_eq!(lees_bytes("x.csv", tekst.as_bytes(), &opties).geaccepteerd, 2);
    let r = lees_tekst(&tekst);
    assert_eq!(r.geaccepteerd, 1);
}

#[test]
fn segment_leeg_zonder_catalogus_is_onbekend() {
    let r = lees_tekst("client;toewijzing;gemeente;aanbieder;productcategorie;productcode;begindatum\nK;T1;GM0243;P;45;99999;01-01-2023\n");
    assert_eq!(r.trajecten[0].traject.segment, None);
    assert_eq!(r.trajecten[0].traject.productcode.as_deref(), Some("99999"));
}

#[test]
fn overige_soorten() {
    let r = lees_tekst("jaar;bedrag;gemeente;segment\n2023;1.500.000;;\n2023;250.000,50;Ermelo;2\n2023;10;;7\n");
    assert_eq!(r.soort, Some(Bestandssoort::Begroting));
    assert_eq!(
        r.begroting.iter().map(|b| b.bedrag_cent).collect::<Vec<_>>(),
        [150_000_000, 25_000_050]
    );
    assert_eq!(
        (r.begroting[1].gemeente.as_deref(), r.begroting[1].segment),
        (Some("GM0233"), Some(2))
    );
    assert_eq!(
        afwijzingen(&r),
        [(4, "segment".into(), "segment moet 1 t/m 5 zijn".into())]
    );
    assert_eq!(r.periode, Some((d("2023-01-01"), d("2023-12-31"))));

    let r = lees_tekst("jaar,gemeente,jongeren\n2023,GM0243,9123\n2023,,5\n2023,GM0233,-1\n");
    assert_eq!(r.soort, Some(Bestandssoort::Bevolking));
    assert_eq!(r.bevolking[0].jongeren, 9123);
    assert_eq!(
        afwijzingen(&r),
        [
            (3, "gemeente".into(), "verplicht veld is leeg".into()),
            (4, "jongeren".into(), "mag niet negatief zijn".into())
        ]
    );

    let r = lees_tekst("aanmelddatum;eerste_contact;gemeente\n02-01-2023;04-01-2023;Harderwijk\n03-01-2023;;\n05-01-2023;04-01-2023;\n");
    assert_eq!(r.soort, Some(Bestandssoort::Aanmeldingen));
    assert_eq!(r.aanmeldingen[1].eerste_contact, None);
    assert_eq!(
        afwijzingen(&r),
        [(
            4,
            "eerste_contact".into(),
            "eerste contact ligt voor aanmelddatum".into()
        )]
    );
    assert_eq!(r.periode, Some((d("2023-01-02"), d("2023-01-03"))));

    let r = lees_tekst(
        "datum;score;aanbieder\n01-01-2023;7,5;P\n01-01-2023;10;\n01-02-2023;0,5;\n01-02-2023;11;\n01-02-2023;goed;\n",
    );
    assert_eq!(r.soort, Some(Bestandssoort::Tevredenheid));
    assert_eq!(r.tevredenheid.iter().map(|t| t.score).collect::<Vec<_>>(), [7.5, 10.0]);
    let redenen: Vec<String> = r.afgewezen.iter().map(|a| a.probleem.reden.clone()).collect();
    assert_eq!(
        redenen,
        [
            "score moet tussen 1 en 10 liggen",
            "score moet tussen 1 en 10 liggen",
            "geen geldig getal"
        ]
    );
}

#[test]
fn ontbrekende_kolommen_en_koppeling() {
    let tekst = "Clientnummer;toewijzing;gemeente;aanbieder;productcategorie;begindatum\nK;T1;GM0243;P;45;01-01-2023\n";
    let r = lees_tekst(tekst);
    assert_eq!((r.soort, r.vermoedelijke_soort), (None, Some(Bestandssoort::Trajecten)));
    assert_eq!(r.ontbrekend, ["client"]);
    assert_eq!(r.genegeerde_kolommen, ["Clientnummer"]);
    assert!(r.melding.as_deref().unwrap_or("").contains("ontbreken: client"));
    assert_eq!(r.geaccepteerd, 0);
    assert_eq!(
        ontbrekende_velden(Bestandssoort::Trajecten, &r.kolommen, &Kolomkoppeling::default()),
        ["client"]
    );

    let mut opties = opties();
    opties
        .koppeling
        .koppel(Bestandssoort::Trajecten, "client", "Clientnummer");
    let r = lees_bytes("x.csv", tekst.as_bytes(), &opties);
    assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
    assert_eq!(r.geaccepteerd, 1);
    assert_eq!(namen(&r.clients), ["K"]);
}

#[test]
fn koppen_zonder_hoofdletters_en_met_spaties() {
    let r = lees_tekst("Peildatum ; AANBIEDER ;ProductCode; wachttijd weken \n01-01-2023;P;54001;2\n");
    assert_eq!(r.soort, Some(Bestandssoort::Wachttijden));
    assert_eq!(r.geaccepteerd, 1);
}

#[test]
fn privacy_toets_en_kolommen_weglaten() {
    let r = lees(PRIVACY);
    assert_eq!(r.soort, Some(Bestandssoort::Declaraties));
    let kolommen: Vec<&str> = r.privacy.iter().map(|b| b.kolom.as_str()).collect();
    assert_eq!(kolommen, ["bsn", "geboortedatum", "client_naam", "postcode"]);
    assert_eq!(r.privacy[0].reden, "100% van de waarden lijkt een BSN (elfproef)");
    assert!(!r.privacy_in_orde());

    let opties = Inleesopties {
        weggelaten_kolommen: vec![
            "BSN".into(),
            "geboortedatum".into(),
            "Client naam".into(),
            "postcode".into(),
        ],
        ..opties()
    };
    let r = lees_bytes("x.csv", PRIVACY, &opties);
    assert!(r.privacy_in_orde(), "{:?}", r.privacy);
    assert_eq!(r.weggelaten, ["bsn", "geboortedatum", "client_naam", "postcode"]);
    assert_eq!(r.kolommen, ["client", "geboortejaar", "toewijzing", "maand", "bedrag"]);
    assert_eq!(r.geaccepteerd, 3);
}

#[test]
fn weggelaten_kolommen_staan_niet_in_afgewezen_rijen() {
    let tekst = "toewijzing;maand;bedrag;bsn\nT1;13-2023;1;111222333\n";
    let opties = Inleesopties {
        weggelaten_kolommen: vec!["bsn".into()],
        ..opties()
    };
    let r = lees_bytes("x.csv", tekst.as_bytes(), &opties);
    assert_eq!(r.afgewezen[0].velden, ["T1", "13-2023", "1"]);
    assert!(!afgewezen_csv(&r).contains("111222333"));
}

#[test]
fn afgewezen_rijen_als_csv() {
    let r = lees(A_TRAJECTEN);
    let csv = afgewezen_csv(&r);
    assert!(csv.starts_with("\u{FEFF}client;toewijzing;"));
    let eerste_regel = csv.lines().next().unwrap();
    assert!(eerste_regel.ends_with(";opmerking;fout"));
    assert!(csv.contains("\r\n"));
    // Read back: same columns plus `fout`, one row per rejection.
    let terug = lees_bytes("afgewezen.csv", csv.as_bytes(), &opties());
    assert_eq!(terug.scheidingsteken, ';');
    assert_eq!(terug.kolommen.last().map(String::as_str), Some("fout"));
    assert_eq!(terug.regels_gelezen, r.afgewezen.len() as u64);
    let fout_kolom = terug.genegeerde_kolommen.iter().any(|k| k == "fout");
    assert!(fout_kolom);

    let a = Afwijzing {
        probleem: Probleem {
            bestand: "b.csv".into(),
            regel: 3,
            kolom: "x".into(),
            waarde: "1,5".into(),
            reden: "geen \"getal\"".into(),
        },
        velden: vec!["a,b".into(), "regel\neen".into(), "gewoon".into()],
    };
    let csv = schrijf_afgewezen(&["p".into(), "q".into(), "r".into()], ',', &[a]);
    assert_eq!(
        csv,
        "\u{FEFF}p,q,r,fout\r\n\"a,b\",\"regel\neen\",gewoon,\"b.csv, regel 3, kolom x (\"\"1,5\"\"): geen \"\"getal\"\"\"\r\n"
    );
}

#[test]
fn aantal_velden_moet_kloppen() {
    let r = lees_tekst("toewijzing;maand;bedrag\nT1;2023-01\nT2;2023-01;5;;\nT3;2023-01;5;x\n");
    assert_eq!(r.geaccepteerd, 1);
    assert_eq!(
        afwijzingen(&r),
        [
            (2, "".into(), "regel heeft 2 velden, de kopregel 3".into()),
            (4, "".into(), "regel heeft 4 velden, de kopregel 3".into())
        ]
    );
}

#[test]
fn open_aanhalingsteken_aan_het_einde_is_een_afwijzing() {
    let r = lees_tekst("toewijzing;maand;bedrag\nT1;2023-01;5\nT2;\"2023-01;5\nT3;2023-01;5\n");
    assert_eq!(r.geaccepteerd, 1);
    assert_eq!(
        afwijzingen(&r),
        [(
            3,
            "maand".into(),
            "aanhalingsteken geopend op regel 3, kolom 4 wordt nooit gesloten: alles vanaf daar tot het einde \
             van het bestand (regel 3 tot en met 4, 2 regels) is als één veld gelezen. Zet aan het eind van die waarde ook een \" of haal het weg."
                .into()
        )]
    );
}

#[test]
fn lege_regels_worden_overgeslagen_maar_rij_met_alleen_scheidingstekens_niet() {
    let r = lees_tekst("toewijzing;maand;bedrag\n\nT1;2023-01;5\r\n\r\n;;\n");
    assert_eq!(r.regels_gelezen, 2);
    assert_eq!(
        afwijzingen(&r),
        [(5, "toewijzing".into(), "verplicht veld is leeg".into())]
    );
}

#[test]
fn leeg_bestand() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b"\n\n"] {
        let r = lees(bytes);
        assert_eq!(r.soort, None);
        assert_eq!(r.melding.as_deref(), Some("het bestand is leeg: er is geen kopregel"));
    }
    let r = lees_tekst("toewijzing;maand;bedrag");
    assert_eq!(r.soort, Some(Bestandssoort::Declaraties));
    assert_eq!((r.regels_gelezen, r.periode), (0, None));
}

#[test]
fn tab_als_scheidingsteken() {
    let r = lees_tekst("jaar\tbedrag\n2023\t1.234\n");
    assert_eq!(r.scheidingsteken, '\t');
    // In a tab file a lone dot with three digits groups thousands.
    assert_eq!(r.begroting[0].bedrag_cent, 123_400);
}

#[test]
fn punt_in_kommabestand_is_decimaal() {
    let r = lees_tekst("jaar,bedrag\n2023,1.234\n2023,\"1.234,50\"\n");
    assert_eq!(
        afwijzingen(&r),
        [(
            2,
            "bedrag".into(),
            "bedrag heeft meer dan 2 cijfers achter de komma".into()
        )]
    );
    assert_eq!(r.begroting[0].bedrag_cent, 123_450);
}

#[test]
fn cp1252_dat_toevallig_geldig_utf8_is() {
    // Known limit of per-field detection: "é€€" in Windows-1252 is the bytes
    // E9 80 80, which are valid UTF-8 (U+9000). Such fields read as UTF-8.
    let (tekst, cp) = codering::decodeer(vec![0xE9, 0x80, 0x80]);
    assert_eq!((tekst.as_str(), cp), ("\u{9000}", false));
}

#[test]
fn dataset_samenvoegen() {
    let traj2 = "client,toewijzing,gemeente,aanbieder,productcategorie,begindatum\nB,T3,GM0243,P,45,2023-01-01\nZ,T9,GM0243,P,45,2023-01-01\n";
    let decl = "toewijzing;maand;bedrag\nT1;2023-01;100\nX1;2023-01;10,5\nX2;2023-02;1\nX1;2023-03;1\nX3;2023-03;1\nX4;2023-03;1\n";
    let resultaten = vec![
        lees_bytes("voorbeeld.csv", VOORBEELD, &opties()),
        lees_bytes("tweede.csv", traj2.as_bytes(), &opties()),
        lees_bytes("decl.csv", decl.as_bytes(), &opties()),
        lees(CBS_85098),
    ];
    let s = bouw_dataset(resultaten);
    let ds = &s.dataset;
    assert_eq!(ds.geladen, [Bestandssoort::Trajecten, Bestandssoort::Declaraties]);
    assert_eq!(namen(&ds.clients), ["A", "B", "C", "Z"]);
    assert_eq!(ds.trajecten.len(), 7);
    assert_eq!(ds.client_naam(ds.trajecten[6].client), "Z");
    assert_eq!(ds.client_naam(ds.trajecten[3].client), "B");
    // Declarations without a known toewijzing are kept.
    assert_eq!(ds.declaraties.len(), 6);
    assert_eq!(s.afgewezen.len(), 1);
    let p = &s.afgewezen[0].probleem;
    assert_eq!((p.bestand.as_str(), p.regel), ("tweede.csv", 2));
    assert_eq!(p.reden, "dubbele toewijzing: komt al voor in voorbeeld.csv, regel 4");
    assert_eq!(s.afgewezen[0].velden.len(), TRAJECT_KOLOMMEN.len());
    assert_eq!(
        s.waarschuwingen.len(),
        1,
        "alleen de dubbele toewijzing: {:?}",
        s.waarschuwingen
    );
    // The index looks every declaration up, so it reports the unmatched ones.
    let index = crate::kpi::KpiIndex::bouw(ds, &Productcatalogus::default());
    assert_eq!(
        index.waarschuwing_niet_te_koppelen(ds).as_deref(),
        Some("5 declaraties horen bij een toewijzing die niet in trajecten staat (samen € 14,50); ze tellen mee onder \"niet te koppelen\". Bijvoorbeeld: X1, X2, X3")
    );

    // Without trajecten there is nothing to link to, so no warning.
    let s = bouw_dataset(vec![lees_bytes("decl.csv", decl.as_bytes(), &opties())]);
    assert!(s.waarschuwingen.is_empty());
    assert_eq!(s.dataset.declaraties.len(), 6);
    let index = crate::kpi::KpiIndex::bouw(&s.dataset, &Productcatalogus::default());
    assert_eq!(index.waarschuwing_niet_te_koppelen(&s.dataset), None);
}

/// Trajecten and declaraties of `n` clients, with a duplicate toewijzing
/// in a second file, large enough for many pauses.
fn groot_bestand(n: usize) -> Vec<Bestandsresultaat> {
    let mut traj = String::from("client;toewijzing;gemeente;aanbieder;productcategorie;begindatum;einddatum\n");
    let mut decl = String::from("toewijzing;maand;bedrag\n");
    for i in 0..n {
        let eind = if i % 3 == 0 { "" } else { "2023-06-30" };
        traj.push_str(&format!(
            "C{};T{i};GM0243;P{};45;2022-0{}-01;{eind}\n",
            i / 2,
            i % 7,
            1 + i % 9
        ));
        decl.push_str(&format!("T{i};2023-0{};{}\n", 1 + i % 6, 100 + i));
        if i % 500 == 0 {
            decl.push_str(&format!("X{i};2023-01;1\n"));
        }
    }
    let tweede = "client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\nC1;T5;GM0243;P;45;2022-01-01\n";
    vec![
        lees_bytes("trajecten.csv", traj.as_bytes(), &opties()),
        lees_bytes("declaraties.csv", decl.as_bytes(), &opties()),
        lees_bytes("tweede.csv", tweede.as_bytes(), &opties()),
    ]
}

#[test]
fn samenvoegen_met_pauzes_geeft_hetzelfde_als_zonder() {
    use crate::kpi::KpiIndex;
    use crate::pauze::{zonder_pauze, Telpauze, STAP};
    let resultaten = groot_bestand(30_000);
    let bestanden: Vec<&Bestandsresultaat> = resultaten.iter().collect();
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: None,
    };
    let met = zonder_pauze(voeg_samen(&bestanden, &mut pauze)).expect("not stopped");
    // Every trajectory and declaration is copied: at least one pause per
    // STAP rows.
    let rijen = 30_000 + 30_000 + 60;
    assert!(pauze.aantal >= rijen / STAP as usize, "{} pauses", pauze.aantal);
    let zonder = bouw_dataset(resultaten.clone());
    assert_eq!(format!("{:?}", met), format!("{:?}", zonder));
    assert_eq!(met.afgewezen.len(), 1);
    assert_eq!(met.dataset.clients.len(), 15_000);

    let catalogus = Productcatalogus::default();
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: None,
    };
    let index = zonder_pauze(KpiIndex::bouw_met_pauzes(&met.dataset, &catalogus, &mut pauze)).expect("not stopped");
    assert!(pauze.aantal >= 5 * 30_000 / STAP as usize, "{} pauses", pauze.aantal);
    assert_eq!(
        format!("{:?}", index),
        format!("{:?}", KpiIndex::bouw(&zonder.dataset, &catalogus))
    );
}

#[test]
fn einde_met_pauzes_geeft_hetzelfde_als_einde() {
    use crate::pauze::{zonder_pauze, Telpauze};
    let mut tekst = String::from("client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\n");
    for i in 0..10_000 {
        tekst.push_str(&format!("C{i};T{i};GM0243;P;45;2022-01-01\n"));
    }
    // The last row, without a line end, repeats a toewijzing: it still needs the tables.
    tekst.push_str("C1;T7;GM0243;P;45;2022-01-01");
    let lezer = |b: &[u8]| {
        let mut l = Bestandslezer::nieuw("t.csv", &opties());
        l.voed(b);
        l
    };
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: Some(0),
    };
    let met = zonder_pauze(lezer(tekst.as_bytes()).einde_met_pauzes(&mut pauze));
    let zonder = lezer(tekst.as_bytes()).einde();
    assert_eq!(format!("{met:?}"), format!("{zonder:?}"));
    assert_eq!(afwijzingen(&met).len(), 1);
    // 10 000 clients and 10 000 toewijzingen emptied, a pause every STAP.
    assert!(pauze.aantal >= 4, "{} pauses", pauze.aantal);
}

#[test]
fn verwachte_grootte_verandert_niets_aan_de_uitkomst() {
    for bestand in ALLE_FIXTURES {
        for hint in [0, 10, bestand.len() as u64, 10_000_000] {
            let mut met = Bestandslezer::nieuw("test.csv", &opties()).met_verwachte_grootte(hint);
            met.voed(bestand);
            assert_eq!(
                format!("{:?}", met.einde()),
                format!("{:?}", lees(bestand)),
                "hint {hint}"
            );
        }
    }
}

#[test]
fn samenvoegen_en_index_stoppen_wanneer_gevraagd() {
    use crate::kpi::KpiIndex;
    use crate::pauze::{zonder_pauze, Afgebroken, Telpauze};
    let resultaten = groot_bestand(20_000);
    let bestanden: Vec<&Bestandsresultaat> = resultaten.iter().collect();
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: Some(2),
    };
    let uit = zonder_pauze(voeg_samen(&bestanden, &mut pauze));
    assert!(matches!(uit, Err(Afgebroken)));
    assert_eq!(pauze.aantal, 3);

    let data = bouw_dataset(resultaten).dataset;
    let mut pauze = Telpauze {
        aantal: 0,
        stop_na: Some(4),
    };
    let uit = zonder_pauze(KpiIndex::bouw_met_pauzes(
        &data,
        &Productcatalogus::default(),
        &mut pauze,
    ));
    assert!(uit.is_err());
    assert_eq!(pauze.aantal, 5);
}

#[test]
fn voortgang_telt_bytes_en_regels() {
    let mut lezer = Bestandslezer::nieuw("x.csv", &opties());
    lezer.voed(b"toewijzing;maand;bedrag\nT1;2023-01;5\nT2");
    assert_eq!(lezer.voortgang(), Voortgang { bytes: 39, regels: 3 });
}

// ---- property tests ----

/// Writes one field list as a CSV line.
fn csv_regel(velden: &[String], scheidingsteken: char, regeleinde: &str) -> String {
    let mut uit = String::new();
    for (i, v) in velden.iter().enumerate() {
        if i > 0 {
            uit.push(scheidingsteken);
        }
        crate::csvschrijver::schrijf_veld(&mut uit, v, scheidingsteken);
    }
    uit.push_str(regeleinde);
    uit
}

/// Text that survives trimming and is never valid UTF-8 by accident when
/// written as Windows-1252 (see `cp1252_dat_toevallig_geldig_utf8_is`).
fn tekst() -> impl Strategy<Value = String> {
    "[A-Za-z0-9éë€’;,\"][A-Za-z0-9éë€’;,\" \n]{0,10}[A-Za-z0-9éë€]".prop_filter("geen toevallige UTF-8", |s| {
        let bytes = codering::naar_cp1252(s).unwrap_or_default();
        s.is_ascii() || std::str::from_utf8(&bytes).is_err()
    })
}

fn datum_strategie() -> impl Strategy<Value = Datum> {
    (15_000i32..21_000).prop_map(Datum::from_dagnummer)
}

prop_compose! {
    fn traject_strategie()(
        client in tekst(),
        gemeente in prop::sample::select(vec!["GM0243", "GM0233", "GM0302"]),
        aanbieder in tekst(),
        productcategorie in prop::sample::select(vec![31u8, 38, 40, 43, 45, 54, 55]),
        productcode in prop::option::of("[0-9A-Z]{1,5}"),
        segment in prop::option::of(1u8..=5),
        verwijzer in prop::option::of(0u8..=99),
        geboortejaar in prop::option::of(1990i32..=2026),
        begin in datum_strategie(),
        duur in prop::option::of(0i32..2000),
        reden in prop::option::of(0u8..=99),
        vlaggen in prop::array::uniform3(prop::option::of(any::<bool>())),
    ) -> (String, Traject) {
        let t = Traject {
            client: ClientId(0),
            toewijzing: "".into(),
            gemeente: gemeente.into(),
            aanbieder: aanbieder.into(),
            productcategorie,
            productcode: productcode.map(Into::into),
            segment,
            verwijzer,
            geboortejaar,
            begin,
            eind: duur.map(|n| begin.plus_dagen(n)),
            reden_beeindiging: reden,
            verklarende_analyse: vlaggen[0],
            familiegroepsplan: vlaggen[1],
            perspectiefplan: vlaggen[2],
        };
        (client, t)
    }
}

/// Writes trajecten in dialect a (`;`, Windows-1252, dd-mm-yyyy, CRLF) or
/// b (`,`, UTF-8 with BOM, ISO, LF).
fn schrijf_trajecten(rijen: &[(String, Traject)], dialect_a: bool) -> Vec<u8> {
    let (sch, einde) = if dialect_a { (';', "\r\n") } else { (',', "\n") };
    let kop: Vec<String> = TRAJECT_KOLOMMEN.iter().map(|k| k.to_string()).collect();
    let mut tekst = csv_regel(&kop, sch, einde);
    for (client, t) in rijen {
        let mut velden = traject_velden(client, t);
        if dialect_a {
            velden[9] = t.begin.nl();
            velden[10] = t.eind.map(|e| e.nl()).unwrap_or_default();
        }
        tekst.push_str(&csv_regel(&velden, sch, einde));
    }
    if dialect_a {
        codering::naar_cp1252(&tekst).unwrap_or_default()
    } else {
        [&b"\xEF\xBB\xBF"[..], tekst.as_bytes()].concat()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn trajecten_heen_en_terug(rijen in prop::collection::vec(traject_strategie(), 0..12), dialect_a in any::<bool>()) {
        let rijen: Vec<(String, Traject)> = rijen
            .into_iter()
            .enumerate()
            .map(|(i, (c, mut t))| { t.toewijzing = format!("T{i}").into(); (c, t) })
            .collect();
        let bytes = schrijf_trajecten(&rijen, dialect_a);
        let r = lees_bytes("rt.csv", &bytes, &Inleesopties::default());
        prop_assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
        prop_assert!(r.afgewezen.is_empty(), "{:?}", r.afgewezen);
        prop_assert_eq!(r.trajecten.len(), rijen.len());
        for (g, (client, verwacht)) in r.trajecten.iter().zip(&rijen) {
            prop_assert_eq!(r.clients.get(g.traject.client.0 as usize).map(|c| &**c), Some(client.as_str()));
            let mut t = g.traject.clone();
            t.client = ClientId(0);
            prop_assert_eq!(&t, verwacht);
        }
    }

    #[test]
    fn declaraties_heen_en_terug(
        rijen in prop::collection::vec((tekst(), -1_000_000_000i64..1_000_000_000, 2000i32..2030, 1u32..=12), 0..12),
        dialect_a in any::<bool>(),
    ) {
        let (sch, einde) = if dialect_a { (';', "\r\n") } else { (',', "\n") };
        let mut tekst = format!("toewijzing{sch}maand{sch}bedrag{einde}");
        for (toewijzing, cent, jaar, maand) in &rijen {
            let teken = if *cent < 0 { "-" } else { "" };
            let (euro, rest) = (cent.unsigned_abs() / 100, cent.unsigned_abs() % 100);
            let bedrag = if dialect_a {
                // Thousands grouped with dots, decimal comma.
                let cijfers = euro.to_string();
                let mut gegroepeerd = String::new();
                for (i, c) in cijfers.chars().enumerate() {
                    if i > 0 && (cijfers.len() - i) % 3 == 0 { gegroepeerd.push('.'); }
                    gegroepeerd.push(c);
                }
                format!("{teken}{gegroepeerd},{rest:02}")
            } else {
                format!("{teken}{euro}.{rest:02}")
            };
            let m = if dialect_a { format!("{maand:02}-{jaar}") } else { format!("{jaar}-{maand:02}") };
            tekst.push_str(&csv_regel(&[toewijzing.clone(), m, bedrag], sch, einde));
        }
        let bytes = if dialect_a { codering::naar_cp1252(&tekst).unwrap_or_default() } else { tekst.into_bytes() };
        let r = lees_bytes("d.csv", &bytes, &Inleesopties::default());
        prop_assert!(r.afgewezen.is_empty(), "{:?}", r.afgewezen);
        let gelezen: Vec<(String, i64, i32, u32)> =
            r.declaraties.iter().map(|d| (d.toewijzing.to_string(), d.bedrag_cent, d.maand.jaar, d.maand.maand)).collect();
        prop_assert_eq!(gelezen, rijen);
    }

    #[test]
    fn stukgrenzen_overal_geven_hetzelfde(
        basis in prop::sample::select(ALLE_FIXTURES.to_vec()),
        invoeg in prop::collection::vec(prop::sample::select(vec![b'"', b';', b',', b'\r', b'\n', b'\t', 0xEF, 0xBB, 0xBF, 0xE9, 0x80, b'a', b'1']), 0..20),
        plek in any::<prop::sample::Index>(),
        sneden in prop::collection::vec(any::<prop::sample::Index>(), 0..12),
    ) {
        let mut bytes = basis.to_vec();
        let p = plek.index(bytes.len() + 1);
        bytes.splice(p..p, invoeg);
        let heel = lees(&bytes);
        let mut grenzen: Vec<usize> = sneden.iter().map(|i| i.index(bytes.len() + 1)).collect();
        grenzen.push(0);
        grenzen.push(bytes.len());
        grenzen.sort_unstable();
        let mut lezer = Bestandslezer::nieuw("test.csv", &opties());
        for w in grenzen.windows(2) {
            lezer.voed(&bytes[w[0]..w[1]]);
        }
        prop_assert_eq!(lezer.einde(), heel);
    }

    #[test]
    fn willekeurige_bytes_geven_geen_paniek(bytes in prop::collection::vec(any::<u8>(), 0..400), knip in any::<prop::sample::Index>()) {
        let heel = lees(&bytes);
        let k = knip.index(bytes.len() + 1);
        let mut lezer = Bestandslezer::nieuw("test.csv", &opties());
        lezer.voed(&bytes[..k]);
        lezer.voed(&bytes[k..]);
        prop_assert_eq!(lezer.einde(), heel);
        prop_assert!(!afgewezen_csv(&lees(&bytes)).is_empty());
    }
}
