//! The one CSV writer for every CSV file the app and the CLI hand out: KPI
//! tables, breakdowns, the CBS comparison, rejected rows and goals.
//!
//! Its job beyond RFC 4180 quoting is safety: a spreadsheet runs a cell that
//! starts with `=`, `+`, `-` or `@` as a formula, and such a formula can fetch
//! a web address carrying data from the sheet (OWASP "CSV injection"). Input
//! text reaches our exports (provider names, rejected values, region names),
//! so every text cell that could start a formula is neutralised the way OWASP
//! recommends: a leading `'` and the cell quoted. A number such as `-1234,50`
//! or `+5` stays as it is, so amounts remain numbers in Excel and LibreOffice.
//!
//! The `csv` crate's writer is not used here: it decides quoting per writer,
//! not per field (`QuoteStyle`), and OWASP's remedy needs the neutralised
//! fields quoted while numbers stay bare. The tests below read everything
//! written here back with the `csv` crate's reader, so the hand-written
//! quoting is held to an independent RFC 4180 implementation.

/// Characters that make a spreadsheet read a cell as a formula (OWASP's
/// list), plus a line feed for a cell that a lenient reader splits.
const FORMULE_BEGIN: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// A CSV text under construction: UTF-8 with a BOM (so Excel shows é and €),
/// CRLF line ends (RFC 4180) and the given delimiter.
pub struct CsvSchrijver {
    tekst: String,
    scheidingsteken: char,
}

impl CsvSchrijver {
    /// A new text with the BOM and nothing else.
    pub fn nieuw(scheidingsteken: char) -> Self {
        CsvSchrijver {
            tekst: String::from("\u{FEFF}"),
            scheidingsteken,
        }
    }

    /// Appends one row of fields.
    pub fn regel<'a>(&mut self, velden: impl IntoIterator<Item = &'a str>) {
        for (i, veld) in velden.into_iter().enumerate() {
            if i > 0 {
                self.tekst.push(self.scheidingsteken);
            }
            schrijf_veld(&mut self.tekst, veld, self.scheidingsteken);
        }
        self.tekst.push_str("\r\n");
    }

    /// The finished CSV text.
    pub fn klaar(self) -> String {
        self.tekst
    }
}

/// Writes one field: neutralised when it could start a formula, quoted when
/// it holds the delimiter, a quote or a line end, otherwise as it is.
pub fn schrijf_veld(uit: &mut String, veld: &str, scheidingsteken: char) {
    if kan_formule_zijn(veld) {
        uit.push_str("\"'");
        uit.push_str(&veld.replace('"', "\"\""));
        uit.push('"');
    } else if veld.contains([scheidingsteken, '"', '\r', '\n']) {
        uit.push('"');
        uit.push_str(&veld.replace('"', "\"\""));
        uit.push('"');
    } else {
        uit.push_str(veld);
    }
}

/// Whether a spreadsheet could read `veld` as a formula: its first character,
/// or the first after leading spaces (some spreadsheets trim them on import),
/// is one of [`FORMULE_BEGIN`], and it is not a plain number.
pub fn kan_formule_zijn(veld: &str) -> bool {
    let begint_met_formule = |t: &str| t.starts_with(FORMULE_BEGIN);
    let na_spaties = veld.trim_start_matches([' ', '\u{A0}']);
    (begint_met_formule(veld) || begint_met_formule(na_spaties)) && !is_getal(veld)
}

/// The value a neutralised cell stood for: `'=1+1` gives `=1+1`. The reader
/// calls this for every field, so a rejected-rows file that was mended and
/// loaded again gives back the values the user had (a client `+AbC` must not
/// come back as `'+AbC`, a different child). Any other value is returned as
/// it is, `'` and all.
pub fn zonder_neutralisatie(veld: &str) -> &str {
    match veld.strip_prefix('\'') {
        Some(rest) if kan_formule_zijn(rest) => rest,
        _ => veld,
    }
}

/// A plain number as our exports and Dutch extracts write it: an optional
/// sign, then digits with decimal or grouping commas and points between them
/// (`-1234,50`, `-1.000,00`, `+5`, `-0.5`). Such a cell cannot do harm as a
/// formula: without letters, brackets or operators it names nothing and
/// calls nothing. Anything else, `-1+2` or `-A1`, is not a number here.
fn is_getal(veld: &str) -> bool {
    let zonder_teken = veld.strip_prefix(['-', '+']).unwrap_or(veld);
    let begint_en_eindigt_met_cijfer =
        zonder_teken.starts_with(|c: char| c.is_ascii_digit()) && zonder_teken.ends_with(|c: char| c.is_ascii_digit());
    begint_en_eindigt_met_cijfer
        && zonder_teken
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn veld(v: &str) -> String {
        let mut uit = String::new();
        schrijf_veld(&mut uit, v, ';');
        uit
    }

    #[test]
    fn formules_krijgen_een_apostrof_en_aanhalingstekens() {
        assert_eq!(veld("=SUM(1+1)"), "\"'=SUM(1+1)\"");
        assert_eq!(veld("+SUM(1+1)"), "\"'+SUM(1+1)\"");
        assert_eq!(veld("-2+3"), "\"'-2+3\"");
        assert_eq!(veld("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(veld("\tx"), "\"'\tx\"");
        assert_eq!(veld("\rx"), "\"'\rx\"");
        assert_eq!(veld("  =1+1"), "\"'  =1+1\"");
        assert_eq!(
            veld("=HYPERLINK(\"http://x\";\"klik\")"),
            "\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""
        );
        assert_eq!(veld("-"), "\"'-\"");
    }

    #[test]
    fn getallen_blijven_getallen() {
        for getal in ["-1234,50", "-0,05", "+5", "-7", "3", "12.5", "-0.5", "0", "-1.000,00"] {
            assert_eq!(veld(getal), getal, "{getal}");
        }
        for geen_getal in ["-1,", "-,5", "--1", "+", "-1e5", "- 5", "-A1", "+1+1"] {
            assert!(kan_formule_zijn(geen_getal), "{geen_getal}");
        }
    }

    #[test]
    fn gewone_tekst_blijft_gewoon() {
        assert_eq!(veld("Zorg & Co"), "Zorg & Co");
        assert_eq!(veld("a;b"), "\"a;b\"");
        assert_eq!(veld("x\"y"), "\"x\"\"y\"");
        assert_eq!(veld("<5"), "<5");
        assert_eq!(veld("–"), "–");
        assert_eq!(veld("2023-01-01"), "2023-01-01");
        assert_eq!(veld(""), "");
    }

    #[test]
    fn neutralisatie_gaat_er_bij_het_lezen_weer_af() {
        assert_eq!(zonder_neutralisatie("'=1+1"), "=1+1");
        assert_eq!(zonder_neutralisatie("'+AbC"), "+AbC");
        assert_eq!(zonder_neutralisatie("'  =1"), "  =1");
        // Only what the writer adds is taken off.
        assert_eq!(zonder_neutralisatie("'s-Hertogenbosch"), "'s-Hertogenbosch");
        assert_eq!(zonder_neutralisatie("'-5"), "'-5");
        assert_eq!(zonder_neutralisatie("=1+1"), "=1+1");
        assert_eq!(zonder_neutralisatie(""), "");
    }

    #[test]
    fn tekst_begint_met_bom_en_eindigt_regels_met_crlf() {
        let mut s = CsvSchrijver::nieuw(',');
        s.regel(["a", "b,c"]);
        s.regel(["=1", "-1"]);
        assert_eq!(s.klaar(), "\u{FEFF}a,\"b,c\"\r\n\"'=1\",-1\r\n");
    }

    /// Reads `tekst` (after its BOM) with the `csv` crate: rows of fields.
    fn lees_terug(tekst: &str, scheidingsteken: u8) -> Result<Vec<Vec<String>>, csv::Error> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(scheidingsteken)
            .from_reader(tekst.trim_start_matches('\u{FEFF}').as_bytes())
            .records()
            .map(|r| r.map(|r| r.iter().map(str::to_string).collect()))
            .collect()
    }

    proptest! {
        /// Any text, written and read back by an RFC 4180 reader, is the
        /// same text, except that a neutralised cell gains its leading `'`;
        /// and no written cell starts a formula.
        #[test]
        fn schrijven_en_terug_lezen(
            rijen in prop::collection::vec(
                prop::collection::vec("[=+@\\-\t\r\n a-zA-Z0-9;,\"é€]{1,12}", 1..6),
                1..5,
            ),
            komma in any::<bool>(),
        ) {
            let scheidingsteken = if komma { ',' } else { ';' };
            let mut s = CsvSchrijver::nieuw(scheidingsteken);
            for rij in &rijen {
                s.regel(rij.iter().map(String::as_str));
            }
            let gelezen = lees_terug(&s.klaar(), scheidingsteken as u8);
            prop_assert!(gelezen.is_ok(), "{:?}", gelezen);
            let gelezen = gelezen.unwrap_or_default();
            prop_assert_eq!(gelezen.len(), rijen.len());
            for (geschreven, terug) in rijen.iter().zip(&gelezen) {
                prop_assert_eq!(geschreven.len(), terug.len());
                for (g, t) in geschreven.iter().zip(terug) {
                    let verwacht = if kan_formule_zijn(g) { format!("'{g}") } else { g.clone() };
                    prop_assert_eq!(t, &verwacht);
                    prop_assert!(!kan_formule_zijn(t));
                }
            }
        }
    }
}
