//! Hostile files (issue 16): files that are no CSV, a header without rows,
//! empty files and a quote that is never closed. Each must give one precise
//! message in [`Bestandsresultaat::melding`], the same however the file is
//! cut into chunks.

use super::*;

const KOP: &str = "client,toewijzing,gemeente,aanbieder,productcategorie,begindatum\n";
const RIJ: &str = "C1,T1,0243,Aanbieder A,45,2024-01-05\n";

fn lees(bytes: &[u8]) -> Bestandsresultaat {
    lees_bytes("test.csv", bytes, &Inleesopties::default())
}

/// Reads `bytes` in chunks of `grootte` bytes.
fn in_stukken(bytes: &[u8], grootte: usize) -> Bestandsresultaat {
    let mut lezer = Bestandslezer::nieuw("test.csv", &Inleesopties::default());
    for stuk in bytes.chunks(grootte.max(1)) {
        lezer.voed(stuk);
    }
    lezer.einde()
}

/// Whole, in small chunks and in odd chunks: always the same result.
fn lees_overal_gelijk(bytes: &[u8]) -> Bestandsresultaat {
    let heel = lees(bytes);
    for grootte in [1, 2, 3, 7, 100, 4096] {
        assert_eq!(in_stukken(bytes, grootte), heel, "stukken van {grootte}");
    }
    heel
}

fn utf16le_met_bom(tekst: &str) -> Vec<u8> {
    let mut uit = vec![0xFF, 0xFE];
    uit.extend(tekst.encode_utf16().flat_map(u16::to_le_bytes));
    uit
}

/// A minimal ZIP local file header for an entry named `naam`, as Excel and
/// LibreOffice start their files.
fn zip_met(naam: &str, inhoud: &str) -> Vec<u8> {
    let mut uit = b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    uit.extend_from_slice(&[0; 12]);
    uit.extend_from_slice(&u16::try_from(naam.len()).unwrap().to_le_bytes());
    uit.extend_from_slice(&[0, 0]);
    uit.extend_from_slice(naam.as_bytes());
    uit.extend_from_slice(inhoud.as_bytes());
    uit
}

#[test]
fn geen_csv_wordt_benoemd_en_niet_gelezen() {
    let rijen = RIJ.repeat(300);
    let gevallen = [
        (utf16le_met_bom(&format!("{KOP}{rijen}")), GeenCsv::Utf16Le),
        (
            format!("{KOP}{rijen}")
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect(),
            GeenCsv::Utf16Be,
        ),
        (zip_met("[Content_Types].xml", &"<Types/>".repeat(200)), GeenCsv::Xlsx),
        (
            zip_met("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            GeenCsv::Ods,
        ),
        (zip_met("trajecten.csv", &rijen), GeenCsv::Zip),
        (
            [&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][..], rijen.as_bytes()].concat(),
            GeenCsv::Xls,
        ),
    ];
    for (bytes, soort) in gevallen {
        let r = lees_overal_gelijk(&bytes);
        assert_eq!(r.geen_csv, Some(soort));
        assert_eq!(r.melding, Some(soort.melding()));
        assert_eq!((r.soort, r.vermoedelijke_soort), (None, None));
        // Nothing was fed to the tokenizer: no header, no rows, no rejections.
        assert!(r.kolommen.is_empty() && r.afgewezen.is_empty());
        assert_eq!(r.regels_gelezen, 0);
        assert!(r.privacy_in_orde());
    }
    let r = lees(&zip_met("[Content_Types].xml", ""));
    assert_eq!(
        r.melding.as_deref(),
        Some(
            "dit is een Excel-bestand (xlsx), geen CSV. Open het in Excel en kies Opslaan als → CSV UTF-8 \
             (door komma's gescheiden). Laad daarna dat nieuwe bestand."
        )
    );
}

/// A short UTF-16 file (a header only) is still named, also when the file
/// ends before the reader had enough bytes to decide.
#[test]
fn kort_geen_csv() {
    for bytes in [vec![0xFF, 0xFE], utf16le_met_bom("jaar"), b"PK\x03\x04".to_vec()] {
        let r = lees_overal_gelijk(&bytes);
        assert!(r.geen_csv.is_some(), "{bytes:?}");
        assert!(r.melding.is_some_and(|m| m.starts_with("dit ")));
    }
}

/// A large file that is no CSV is only counted, never tokenized.
#[test]
fn groot_geen_csv_blijft_snel_en_leeg() {
    let bytes = utf16le_met_bom(&format!("{KOP}{}", RIJ.repeat(100_000)));
    let mut lezer = Bestandslezer::nieuw("groot.csv", &Inleesopties::default());
    for stuk in bytes.chunks(64 * 1024) {
        lezer.voed(stuk);
    }
    assert_eq!(lezer.voortgang().bytes, bytes.len() as u64);
    let r = lezer.einde();
    assert_eq!(r.geen_csv, Some(GeenCsv::Utf16Le));
    assert_eq!((r.regels_gelezen, r.afgewezen.len()), (0, 0));
}

#[test]
fn kopregel_zonder_regels() {
    for tekst in [
        KOP.trim_end(),
        KOP,
        "client,toewijzing,gemeente,aanbieder,productcategorie,begindatum\r\n\r\n\n",
    ] {
        let r = lees_overal_gelijk(tekst.as_bytes());
        assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
        assert_eq!(
            r.melding.as_deref(),
            Some(
                "kopregel zonder regels: het bestand heeft wel kolomnamen (trajecten), maar geen gegevens eronder. \
                 Kijk of je bij het exporteren de goede periode en selectie hebt gekozen."
            )
        );
    }
    // One row, even a rejected one, is no header-only file.
    let r = lees(format!("{KOP}C1,T1\n").as_bytes());
    assert_eq!((r.regels_gelezen, r.melding), (1, None));
}

#[test]
fn leeg_bestand_ook_met_witruimte() {
    for bytes in [
        &b""[..],
        b"\xEF\xBB\xBF",
        b"\n\n",
        b"   \r\n\t\n",
        b"\xEF\xBB\xBF \n ",
        b";;;\n",
    ] {
        let r = lees_overal_gelijk(bytes);
        assert_eq!(r.soort, None);
        assert_eq!(
            r.melding.as_deref(),
            Some("het bestand is leeg: er is geen kopregel"),
            "{bytes:?}"
        );
    }
    // White space before the header is skipped like empty lines; line
    // numbers stay physical.
    let r = lees(format!("  \n\n{KOP}C1,T1,0243,A,45,31-02-2024\n").as_bytes());
    assert_eq!(r.soort, Some(Bestandssoort::Trajecten));
    assert_eq!(r.afgewezen.first().map(|a| a.probleem.regel), Some(4));
}

#[test]
fn open_aanhalingsteken_zegt_regel_en_kolom() {
    let mut tekst = format!("{KOP}{RIJ}C2,T2,0243,\"Aanbieder open,45,2024-01-05\n");
    for i in 3..1003 {
        tekst.push_str(&format!("C{i},T{i},0243,Aanbieder A,45,2024-01-05\n"));
    }
    let r = lees_overal_gelijk(tekst.as_bytes());
    let reden = "aanhalingsteken geopend op regel 3, kolom 12 wordt nooit gesloten: alles vanaf daar tot het einde \
                 van het bestand (regel 3 tot en met 1003, 1001 regels) is als één veld gelezen. Zet aan het eind van die waarde ook een \" of haal het weg.";
    assert_eq!((r.geaccepteerd, r.afgewezen.len()), (1, 1));
    let p = &r.afgewezen[0].probleem;
    assert_eq!((p.regel, p.kolom.as_str(), p.reden.as_str()), (3, "aanbieder", reden));
    // The value is cut for the report; the row itself keeps everything.
    assert_eq!(p.waarde, "Aanbieder open,45,2024-01-05\nC3,T3,0243,…");
    assert_eq!(r.afgewezen[0].velden[3].lines().count(), 1001);
    assert_eq!(r.melding.as_deref(), Some(reden));
}

#[test]
fn open_aanhalingsteken_op_de_laatste_regel() {
    let r = lees_overal_gelijk(format!("{KOP}{RIJ}C2,\"T2").as_bytes());
    assert_eq!(
        r.afgewezen[0].probleem.reden,
        "aanhalingsteken geopend op regel 3, kolom 4 wordt nooit gesloten: het bestand eindigt midden in dit \
         veld. Zet aan het eind van die waarde ook een \" of haal het weg."
    );
    assert_eq!(r.afgewezen[0].probleem.kolom, "toewijzing");
}

#[test]
fn open_aanhalingsteken_in_een_weggelaten_kolom_toont_geen_waarde() {
    let opties = Inleesopties {
        weggelaten_kolommen: vec!["notitie".into()],
        ..Inleesopties::default()
    };
    let kop = "client,toewijzing,gemeente,aanbieder,productcategorie,begindatum,notitie\n";
    let r = lees_bytes(
        "x.csv",
        format!("{kop}C2,T2,0243,A,45,2024-01-05,\"geheim\n").as_bytes(),
        &opties,
    );
    let p = &r.afgewezen[0].probleem;
    assert_eq!((p.kolom.as_str(), p.waarde.as_str()), ("", ""));
    assert!(p.reden.starts_with("aanhalingsteken geopend op regel 2, kolom 28 "));
    assert!(!r.afgewezen[0].velden.concat().contains("geheim"));
}

/// A quote opened in the header swallows the whole file: nothing can be
/// read, and the message says where, without pasting the file into it.
#[test]
fn open_aanhalingsteken_in_de_kopregel() {
    let tekst = format!("client,toewijzing,\"begindatum\n{}", RIJ.repeat(50));
    let r = lees_overal_gelijk(tekst.as_bytes());
    assert_eq!(r.soort, None);
    assert_eq!(
        r.melding.as_deref(),
        Some(
            "aanhalingsteken geopend op regel 1, kolom 19 wordt nooit gesloten: alles vanaf daar tot het einde van \
             het bestand (regel 1 tot en met 51, 51 regels) is als één veld gelezen. Zet aan het eind van die waarde ook een \" of haal het weg."
        )
    );
    // An unknown header never pastes megabytes into its message either.
    let r = lees(format!("{}\n1\n", "x".repeat(100_000)).as_bytes());
    assert!(r.melding.is_some_and(|m| m.len() < 1_000));
}
