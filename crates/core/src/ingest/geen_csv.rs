//! Files that are no CSV text at all, recognised by their first bytes (their
//! content, never their name): UTF-16 and UTF-32 text, Excel workbooks (xlsx
//! and the old xls), OpenDocument spreadsheets, other ZIP archives and PDF.
//!
//! Such a file is not fed to the tokenizer: its bytes would read as one
//! garbled header and thousands of rejected rows, which says nothing useful
//! and costs time on a large file. Instead the reader names what the file is
//! and what to do, in one message shared by the app and the CLI.

/// How many leading bytes [`herken`] looks at in a ZIP archive, to tell a
/// workbook from other archives by the names of its first entries.
const ZIP_LENGTE: usize = 512;

/// How many leading bytes [`herken`] looks at in any other file: enough for
/// every signature and for eight UTF-16 characters.
const KORT: usize = 16;

const ZIP: &[u8] = b"PK\x03\x04";

/// Whether `begin`, the first bytes of a file, is enough for [`herken`]:
/// the reader keeps a file's first bytes until it is (or the file ends), so
/// the answer never depends on where a chunk ends. Only a ZIP archive keeps
/// the reader waiting for more than a few bytes.
pub(crate) fn genoeg(begin: &[u8]) -> bool {
    begin.len() >= ZIP_LENGTE || (begin.len() >= KORT && !begin.starts_with(ZIP))
}

/// A file format that is not CSV text in UTF-8 or Windows-1252.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub enum GeenCsv {
    /// UTF-16, little endian (Excel's "Unicode-tekst"), with or without BOM.
    Utf16Le,
    /// UTF-16, big endian, with or without BOM.
    Utf16Be,
    /// UTF-32, little endian, with or without BOM.
    Utf32Le,
    /// UTF-32, big endian, with or without BOM.
    Utf32Be,
    /// An Excel workbook (Office Open XML, a ZIP archive).
    Xlsx,
    /// An Excel 97–2003 workbook (an OLE2 compound file).
    Xls,
    /// An OpenDocument spreadsheet from LibreOffice or OpenOffice (ZIP).
    Ods,
    /// Any other ZIP archive, for instance a zipped CSV.
    Zip,
    /// A PDF document.
    Pdf,
}

impl GeenCsv {
    /// What the file is and what to do, in plain Dutch (B1).
    pub fn melding(self) -> String {
        const OPSLAAN: &str = "Open het in Excel en kies Opslaan als → CSV UTF-8 (door komma's gescheiden). \
                               Laad daarna dat nieuwe bestand.";
        match self {
            GeenCsv::Utf16Le | GeenCsv::Utf16Be | GeenCsv::Utf32Le | GeenCsv::Utf32Be => format!(
                "dit bestand is opgeslagen als {} (Unicode-tekst). De jeugdmonitor leest alleen CSV in UTF-8 of \
                 Windows-1252. Open het in Excel en kies Opslaan als → CSV UTF-8 (door komma's gescheiden), of \
                 open het in Kladblok en kies Opslaan als met codering UTF-8. Laad daarna dat nieuwe bestand.",
                self.naam()
            ),
            GeenCsv::Xlsx => format!("dit is een Excel-bestand (xlsx), geen CSV. {OPSLAAN}"),
            GeenCsv::Xls => format!("dit is een oud Excel-bestand (xls), geen CSV. {OPSLAAN}"),
            GeenCsv::Ods => "dit is een rekenblad uit LibreOffice of OpenOffice (ods), geen CSV. Open het daar en \
                             kies Opslaan als → Tekst CSV, met tekenset UTF-8. Laad daarna dat nieuwe bestand."
                .to_string(),
            GeenCsv::Zip => "dit is een ingepakt bestand (zip), geen CSV. Pak het eerst uit en laad dan het \
                             CSV-bestand dat erin zit."
                .to_string(),
            GeenCsv::Pdf => "dit is een PDF-bestand, geen CSV. Vraag het extract aan als CSV-bestand, of sla het \
                             op als CSV UTF-8 in het programma waar het vandaan komt."
                .to_string(),
        }
    }

    /// Short name: "UTF-16 LE", "Excel (xlsx)", …
    pub fn naam(self) -> &'static str {
        match self {
            GeenCsv::Utf16Le => "UTF-16 LE",
            GeenCsv::Utf16Be => "UTF-16 BE",
            GeenCsv::Utf32Le => "UTF-32 LE",
            GeenCsv::Utf32Be => "UTF-32 BE",
            GeenCsv::Xlsx => "Excel (xlsx)",
            GeenCsv::Xls => "Excel (xls)",
            GeenCsv::Ods => "OpenDocument (ods)",
            GeenCsv::Zip => "ZIP",
            GeenCsv::Pdf => "PDF",
        }
    }
}

/// The format of a file from its first bytes; `None` for anything that may
/// be CSV. Looks at no more than [`KORT`] bytes, or [`ZIP_LENGTE`] for a ZIP
/// archive, so any longer prefix of the same file gives the same answer.
pub fn herken(begin: &[u8]) -> Option<GeenCsv> {
    let kort = begin.get(..KORT).unwrap_or(begin);
    // UTF-32 LE's BOM starts with UTF-16 LE's, so it is tried first.
    const MAGIE: [(&[u8], GeenCsv); 7] = [
        (&[0xFF, 0xFE, 0x00, 0x00], GeenCsv::Utf32Le),
        (&[0x00, 0x00, 0xFE, 0xFF], GeenCsv::Utf32Be),
        (&[0xFF, 0xFE], GeenCsv::Utf16Le),
        (&[0xFE, 0xFF], GeenCsv::Utf16Be),
        (&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], GeenCsv::Xls),
        (ZIP, GeenCsv::Zip),
        (b"%PDF-", GeenCsv::Pdf),
    ];
    let gevonden = MAGIE
        .iter()
        .find(|(magie, _)| kort.starts_with(magie))
        .map(|&(_, soort)| soort);
    match gevonden {
        Some(GeenCsv::Zip) => Some(zip_soort(begin.get(..ZIP_LENGTE).unwrap_or(begin))),
        Some(soort) => Some(soort),
        None => zonder_bom(kort),
    }
}

/// Which kind of ZIP: the first entry's name (and for OpenDocument the
/// `mimetype` entry stored uncompressed right after it) is in the first bytes.
fn zip_soort(begin: &[u8]) -> GeenCsv {
    let bevat = |naald: &[u8]| begin.windows(naald.len()).any(|w| w == naald);
    if bevat(b"opendocument.spreadsheet") {
        GeenCsv::Ods
    } else if bevat(b"[Content_Types].xml") || bevat(b"xl/") {
        GeenCsv::Xlsx
    } else {
        GeenCsv::Zip
    }
}

/// UTF-16 or UTF-32 without a BOM: a CSV header is mostly ASCII, so such a
/// file has a NUL byte in fixed places of every 2 or 4 bytes. A text file
/// with a few stray NUL bytes does not match: at least three in four of the
/// places must be NUL, and at most one in four of the others.
fn zonder_bom(begin: &[u8]) -> Option<GeenCsv> {
    // A file shorter than this is too little to tell; the tokenizer reads it.
    let lengte = begin.len() / 4 * 4;
    if lengte < KORT {
        return None;
    }
    // NUL bytes per position modulo four.
    let mut nul = [0usize; 4];
    for (i, &b) in begin.iter().take(lengte).enumerate() {
        if b == 0 {
            if let Some(n) = nul.get_mut(i % 4) {
                *n += 1;
            }
        }
    }
    let per_plek = lengte / 4;
    let veel = |n: usize| 4 * n >= 3 * per_plek;
    let weinig = |n: usize| 4 * n <= per_plek;
    match nul {
        [a, b, c, d] if weinig(a) && veel(b) && veel(c) && veel(d) => Some(GeenCsv::Utf32Le),
        [a, b, c, d] if veel(a) && veel(b) && veel(c) && weinig(d) => Some(GeenCsv::Utf32Be),
        [a, b, c, d] if weinig(a) && veel(b) && weinig(c) && veel(d) => Some(GeenCsv::Utf16Le),
        [a, b, c, d] if veel(a) && weinig(b) && veel(c) && weinig(d) => Some(GeenCsv::Utf16Be),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KOP: &str = "client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\r\n";

    fn utf16(tekst: &str, le: bool) -> Vec<u8> {
        tekst
            .encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    fn utf32(tekst: &str, le: bool) -> Vec<u8> {
        tekst
            .chars()
            .flat_map(|c| {
                let c = u32::from(c);
                if le {
                    c.to_le_bytes()
                } else {
                    c.to_be_bytes()
                }
            })
            .collect()
    }

    fn met(kop: &[u8], rest: &[u8]) -> Vec<u8> {
        [kop, rest].concat()
    }

    #[test]
    fn unicode_met_en_zonder_bom() {
        let gevallen = [
            (met(&[0xFF, 0xFE], &utf16(KOP, true)), GeenCsv::Utf16Le),
            (met(&[0xFE, 0xFF], &utf16(KOP, false)), GeenCsv::Utf16Be),
            (utf16(KOP, true), GeenCsv::Utf16Le),
            (utf16(KOP, false), GeenCsv::Utf16Be),
            (utf16("jaar;bedrag;gemeente;segment\nÖ€", true), GeenCsv::Utf16Le),
            (met(&[0xFF, 0xFE, 0, 0], &utf32(KOP, true)), GeenCsv::Utf32Le),
            (met(&[0, 0, 0xFE, 0xFF], &utf32(KOP, false)), GeenCsv::Utf32Be),
            (utf32(KOP, true), GeenCsv::Utf32Le),
            (utf32(KOP, false), GeenCsv::Utf32Be),
        ];
        for (bytes, verwacht) in gevallen {
            assert_eq!(herken(&bytes), Some(verwacht), "{bytes:?}");
        }
    }

    #[test]
    fn kantoorbestanden_en_archieven() {
        let mut xlsx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00".to_vec();
        xlsx.extend_from_slice(b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x13\x00\x00\x00");
        xlsx.extend_from_slice(b"[Content_Types].xml");
        assert_eq!(herken(&xlsx), Some(GeenCsv::Xlsx));
        assert_eq!(herken(b"PK\x03\x04....xl/workbook.xml"), Some(GeenCsv::Xlsx));
        let ods = b"PK\x03\x04........mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK";
        assert_eq!(herken(ods), Some(GeenCsv::Ods));
        assert_eq!(herken(b"PK\x03\x04........trajecten.csv"), Some(GeenCsv::Zip));
        assert_eq!(
            herken(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            Some(GeenCsv::Xls)
        );
        assert_eq!(herken(b"%PDF-1.7\n"), Some(GeenCsv::Pdf));
    }

    #[test]
    fn csv_blijft_csv() {
        let nul_in_veld = b"client,toewijzing\nC1,T1\x00\x00,0243\n\x00\x00\x00\n".to_vec();
        for bytes in [
            KOP.as_bytes(),
            b"\xEF\xBB\xBFjaar;bedrag\n",
            b"",
            b"\x00",
            b"PK;jaar\n",
            b"jaar;bedrag\n2023;\xFF\xFE\n",
            &nul_in_veld,
            &[0u8; 64],
            "Zoë;€;ü\n".as_bytes(),
        ] {
            assert_eq!(herken(bytes), None, "{bytes:?}");
        }
    }

    /// The reader decides as soon as [`genoeg`] says so: a longer prefix of
    /// the same file must give the same answer.
    #[test]
    fn langer_begin_zelfde_antwoord() {
        let mut xlsx = b"PK\x03\x04".to_vec();
        xlsx.resize(300, b'.');
        xlsx.extend_from_slice(b"xl/workbook.xml");
        xlsx.resize(700, b'.');
        let bestanden = [
            met(&[0xFF, 0xFE], &utf16(KOP, true)),
            utf16(KOP, false),
            KOP.as_bytes().repeat(20),
            b"client\x00\x00;toewijzing\x00;\x00\x00\x00\x00\x00".repeat(30),
            xlsx,
        ];
        for bestand in bestanden {
            let eerste = (1..=bestand.len())
                .find(|&n| genoeg(&bestand[..n]))
                .unwrap_or(bestand.len());
            for n in eerste..=bestand.len() {
                assert_eq!(herken(&bestand[..n]), herken(&bestand), "{n} {bestand:?}");
            }
        }
    }

    #[test]
    fn elke_melding_zegt_wat_te_doen() {
        for soort in [
            GeenCsv::Utf16Le,
            GeenCsv::Utf16Be,
            GeenCsv::Utf32Le,
            GeenCsv::Utf32Be,
            GeenCsv::Xlsx,
            GeenCsv::Xls,
            GeenCsv::Ods,
            GeenCsv::Zip,
            GeenCsv::Pdf,
        ] {
            let melding = soort.melding();
            assert!(melding.contains("CSV"), "{melding}");
            assert!(melding.starts_with("dit "), "{melding}");
        }
        assert_eq!(
            GeenCsv::Xlsx.melding(),
            "dit is een Excel-bestand (xlsx), geen CSV. Open het in Excel en kies Opslaan als → CSV UTF-8 \
             (door komma's gescheiden). Laad daarna dat nieuwe bestand."
        );
        assert!(GeenCsv::Utf16Le
            .melding()
            .starts_with("dit bestand is opgeslagen als UTF-16 LE (Unicode-tekst)."));
    }
}
