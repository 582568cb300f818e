//! The privacy guard (spec section 2): finds columns that hold directly
//! identifying data, so the app can refuse to continue until they are gone.
//!
//! It keeps one set of counters per column and looks at each cell once, so a
//! file is checked while it streams; no rows are kept.

use crate::ingest::waarden;

/// Share of non-empty cells (in percent) from which a content pattern flags
/// a column.
pub const DREMPEL_PROCENT: u64 = 20;

/// A column that must go before any figure is shown.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Bevinding {
    /// Column name as written in the file's header.
    pub kolom: String,
    /// Plain-Dutch reason, e.g. "83% van de waarden lijkt een BSN (elfproef)".
    pub reden: String,
}

#[derive(Clone, Debug, Default)]
struct Telling {
    niet_leeg: u64,
    bsn: u64,
    postcode: u64,
    email: u64,
    telefoon: u64,
    volledige_datum: u64,
}

/// Per-column counters for one file.
#[derive(Clone, Debug)]
pub struct Privacytoets {
    koppen: Vec<String>,
    tellingen: Vec<Telling>,
    /// Per column: does its header name a birth date? Only then do full
    /// dates count (see `bevindingen`), so only then are cells parsed as
    /// dates: a profile of the reference job showed date parsing of every
    /// date cell (begindatum, einddatum) as a visible share of reading.
    geboortedatum: Vec<bool>,
}

impl Privacytoets {
    /// A guard for a file with these header names (as written).
    pub fn nieuw(koppen: &[String]) -> Privacytoets {
        Privacytoets {
            koppen: koppen.to_vec(),
            tellingen: vec![Telling::default(); koppen.len()],
            geboortedatum: koppen.iter().map(|k| kop_noemt_geboortedatum(k)).collect(),
        }
    }

    /// Looks at one cell of column `kolom`.
    pub fn bekijk(&mut self, kolom: usize, waarde: &str) {
        let waarde = waarden::trim(waarde);
        let Some(t) = self.tellingen.get_mut(kolom) else { return };
        if waarde.is_empty() {
            return;
        }
        t.niet_leeg += 1;
        t.bsn += u64::from(is_bsn(waarde));
        t.postcode += u64::from(is_postcode(waarde));
        t.email += u64::from(is_email(waarde));
        t.telefoon += u64::from(is_telefoonnummer(waarde));
        // Every accepted date form has 8 to 10 characters (`1-3-2023` to
        // `01-03-2023`): skip parsing the many cells that cannot be one.
        let geboortedatum = self.geboortedatum.get(kolom).copied().unwrap_or(false);
        t.volledige_datum +=
            u64::from(geboortedatum && (8..=10).contains(&waarde.len()) && waarden::datum(waarde).is_ok());
    }

    /// What was found, in column order.
    pub fn bevindingen(&self) -> Vec<Bevinding> {
        let mut uit = Vec::new();
        for (kop, t) in self.koppen.iter().zip(&self.tellingen) {
            let mut meld = |reden: String| {
                uit.push(Bevinding {
                    kolom: kop.clone(),
                    reden,
                })
            };
            if kop_noemt_persoon_of_adres(kop) {
                meld("de kolomnaam wijst op een naam of adres van een persoon".to_string());
            }
            if kop_noemt_geboortedatum(kop) && t.volledige_datum > 0 {
                meld(format!(
                    "de kolomnaam wijst op een geboortedatum en {} waarden zijn volledige datums (alleen een geboortejaar is toegestaan)",
                    t.volledige_datum
                ));
            }
            let patronen = [
                (t.bsn, "een BSN (elfproef)"),
                (t.postcode, "een volledige postcode"),
                (t.email, "een e-mailadres"),
                (t.telefoon, "een telefoonnummer"),
            ];
            for (aantal, wat) in patronen {
                if boven_drempel(aantal, t.niet_leeg) {
                    meld(format!("{}% van de waarden lijkt {wat}", procent(aantal, t.niet_leeg)));
                }
            }
        }
        uit
    }
}

fn boven_drempel(aantal: u64, niet_leeg: u64) -> bool {
    aantal > 0 && aantal * 100 >= DREMPEL_PROCENT * niet_leeg
}

fn procent(aantal: u64, totaal: u64) -> u64 {
    (aantal * 100 + totaal / 2) / totaal.max(1)
}

/// 8 or 9 digits that pass the elfproef (an 8-digit number is read with a
/// leading 0). All zeros is not a BSN.
pub fn is_bsn(waarde: &str) -> bool {
    let b = waarde.as_bytes();
    if !(8..=9).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|&c| c == b'0') {
        return false;
    }
    // 9a + 8b + … + 2h − 1i ≡ 0 (mod 11); a leading 0 adds nothing, so an
    // 8-digit number starts at weight 8. The last digit weighs −1.
    let mut som: i64 = 0;
    let mut gewicht = b.len() as i64;
    for &c in b {
        let cijfer = i64::from(c - b'0');
        som += if gewicht == 1 { -cijfer } else { cijfer * gewicht };
        gewicht -= 1;
    }
    som.rem_euclid(11) == 0
}

/// A full Dutch postcode: `1234 AB` or `1234AB` (first digit not 0).
pub fn is_postcode(waarde: &str) -> bool {
    // Six characters plus at most one space: anything else is rejected
    // before looking at the characters.
    let bytes = waarde.as_bytes();
    if !(6..=7).contains(&bytes.len()) || !bytes.last().is_some_and(|&b| b.is_ascii_alphabetic() || b == b' ') {
        return false;
    }
    let mut b = [0u8; 6];
    let mut n = 0;
    for &c in bytes {
        if c == b' ' {
            continue;
        }
        let Some(plek) = b.get_mut(n) else { return false };
        *plek = c;
        n += 1;
    }
    let spaties = bytes.len() - n;
    spaties <= 1
        && n == 6
        && b.iter().take(4).all(u8::is_ascii_digit)
        && b.first().is_some_and(|&c| c != b'0')
        && b.iter().skip(4).all(u8::is_ascii_alphabetic)
}

/// Something that looks like an e-mail address.
pub fn is_email(waarde: &str) -> bool {
    // A plain byte loop first: most cells have no `@`, and for short values
    // it is cheaper than setting up a string search.
    let Some(at) = waarde.bytes().position(|b| b == b'@') else {
        return false;
    };
    let (Some(lokaal), Some(domein)) = (waarde.get(..at), waarde.get(at + 1..)) else {
        return false;
    };
    !lokaal.is_empty()
        && !waarde.contains(char::is_whitespace)
        && !domein.contains('@')
        && domein.split('.').count() >= 2
        && domein.split('.').all(|d| !d.is_empty())
}

/// A Dutch phone number: `06…`, `0xx…` (10 digits), `+31…` or `0031…`
/// (9 digits after the country code). Spaces, `-`, `(` and `)` are ignored.
pub fn is_telefoonnummer(waarde: &str) -> bool {
    // The cleaned text may hold at most 13 characters (`0031` + 9 digits);
    // it is gathered on the stack, and a value that starts with a letter —
    // most cells — is rejected at its first byte.
    // Ten digits at least.
    if waarde.len() < 10 {
        return false;
    }
    let mut schoon = [0u8; 13];
    let mut n = 0;
    for &c in waarde.as_bytes() {
        if matches!(c, b' ' | b'-' | b'(' | b')') {
            continue;
        }
        if !(c.is_ascii_digit() || (c == b'+' && n == 0)) {
            return false;
        }
        let Some(plek) = schoon.get_mut(n) else { return false };
        *plek = c;
        n += 1;
    }
    let schoon = schoon.get(..n).unwrap_or(&[]);
    let (nul_erbij, rest) = if let Some(rest) = schoon.strip_prefix(b"+31").or_else(|| schoon.strip_prefix(b"0031")) {
        (true, rest)
    } else {
        (false, schoon)
    };
    // The national form is `0` + rest when a country code was stripped.
    let lengte = rest.len() + usize::from(nul_erbij);
    let eerste = if nul_erbij { Some(b'0') } else { rest.first().copied() };
    let tweede = if nul_erbij { rest.first() } else { rest.get(1) };
    // After the trunk prefix 0 comes an area code or 6, never another 0.
    lengte == 10 && rest.iter().all(u8::is_ascii_digit) && eerste == Some(b'0') && tweede != Some(&b'0')
}

/// Header words that name a person or an address.
const PERSOONSWOORDEN: [&str; 14] = [
    "naam",
    "voornaam",
    "achternaam",
    "roepnaam",
    "tussenvoegsel",
    "geslachtsnaam",
    "adres",
    "straat",
    "huisnummer",
    "name",
    "firstname",
    "lastname",
    "address",
    "street",
];

/// Words that make a name column about an organisation or place instead.
const GEEN_PERSOON: [&str; 9] = [
    "gemeente",
    "aanbieder",
    "product",
    "regio",
    "organisatie",
    "instelling",
    "wijk",
    "bestand",
    "school",
];

/// Whether a header names a person or an address (`naam`, `client_naam`,
/// `Achternaam`, `straatnaam`), but not `gemeentenaam` or `aanbieder_naam`.
pub fn kop_noemt_persoon_of_adres(kop: &str) -> bool {
    let kop = crate::ingest::normaliseer_kop(kop);
    if GEEN_PERSOON.iter().any(|w| kop.contains(w)) {
        return false;
    }
    kop.split('_').any(|woord| {
        PERSOONSWOORDEN.contains(&woord)
            || woord.ends_with("naam")
            || woord.ends_with("adres")
            || woord.starts_with("straat")
    })
}

/// Whether a header names a birth date (not just a birth year).
pub fn kop_noemt_geboortedatum(kop: &str) -> bool {
    let kop = crate::ingest::normaliseer_kop(kop);
    let samen: String = kop.chars().filter(|&c| c != '_').collect();
    samen.contains("geboortedatum")
        || samen.contains("gebdatum")
        || samen.contains("gebdat")
        || kop.contains("birth")
        || kop == "dob"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toets(kop: &str, waarden: &[&str]) -> Vec<Bevinding> {
        let mut t = Privacytoets::nieuw(&[kop.to_string()]);
        for w in waarden {
            t.bekijk(0, w);
        }
        t.bevindingen()
    }

    #[test]
    fn elfproef() {
        assert!(is_bsn("111222333"));
        assert!(is_bsn("123456782"));
        assert!(!is_bsn("123456781"));
        // 8 digits: read with a leading zero (0 + 12345672 → 012345672).
        assert!(is_bsn("12345672"));
        assert!(!is_bsn("000000000"));
        assert!(!is_bsn("1234567"));
        assert!(!is_bsn("12345678a"));
    }

    #[test]
    fn bsn_kolom_vanaf_twintig_procent() {
        let b = toets("id", &["111222333", "x", "y", "z", ""]);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].reden, "25% van de waarden lijkt een BSN (elfproef)");
        assert!(toets("id", &["111222333", "a", "b", "c", "d", "e"]).is_empty());
        let b = toets("nummer", &["123456782"; 5]);
        assert_eq!(b[0].reden, "100% van de waarden lijkt een BSN (elfproef)");
    }

    #[test]
    fn postcode_email_telefoon() {
        assert!(is_postcode("1234 AB") && is_postcode("1234ab") && !is_postcode("0234AB") && !is_postcode("1234"));
        assert!(is_email("j.jansen@example.nl") && !is_email("@x.nl") && !is_email("a@b") && !is_email("a b@c.nl"));
        for t in [
            "0612345678",
            "06-12345678",
            "+31612345678",
            "0031 6 1234 5678",
            "0341-123456",
            "(0341) 123 456",
        ] {
            assert!(is_telefoonnummer(t), "{t}");
        }
        for t in ["612345678", "0012345678", "06123456789", "T1"] {
            assert!(!is_telefoonnummer(t), "{t}");
        }
        assert_eq!(
            toets("pc", &["1234 AB", "3841XZ"])[0].reden,
            "100% van de waarden lijkt een volledige postcode"
        );
        assert_eq!(
            toets("contact", &["a@b.nl", "-", "-", "-"])[0].reden,
            "25% van de waarden lijkt een e-mailadres"
        );
        assert_eq!(
            toets("tel", &["06 12345678"])[0].reden,
            "100% van de waarden lijkt een telefoonnummer"
        );
    }

    #[test]
    fn geboortedatum_maar_niet_geboortejaar() {
        for kop in [
            "geboortedatum",
            "Geb_datum",
            "geboorte-datum",
            "birth_date",
            "Birthdate",
        ] {
            assert_eq!(toets(kop, &["01-02-2012"]).len(), 1, "{kop}");
        }
        assert!(toets("geboortejaar", &["2012"]).is_empty());
        // A birth-date header with only years holds no full dates.
        assert!(toets("geboortedatum", &["2012"]).is_empty());
    }

    #[test]
    fn namen_en_adressen() {
        for kop in [
            "naam",
            "Voornaam",
            "achternaam",
            "adres",
            "straat",
            "client_naam",
            "Client naam",
            "straatnaam",
            "emailadres",
        ] {
            assert!(kop_noemt_persoon_of_adres(kop), "{kop}");
        }
        for kop in [
            "client",
            "gemeentenaam",
            "aanbieder_naam",
            "productnaam",
            "toewijzing",
            "Gemeentenaam_18",
        ] {
            assert!(!kop_noemt_persoon_of_adres(kop), "{kop}");
        }
        let b = toets("client_naam", &["Piet"]);
        assert_eq!(b[0].reden, "de kolomnaam wijst op een naam of adres van een persoon");
    }

    /// The checks as they were before the allocation-free ones: the oracle.
    mod referentie {
        pub fn bsn(waarde: &str) -> bool {
            let b = waarde.as_bytes();
            if !(8..=9).contains(&b.len()) || !b.iter().all(u8::is_ascii_digit) || b.iter().all(|&c| c == b'0') {
                return false;
            }
            let cijfers: Vec<i64> = std::iter::repeat_n(0, 9 - b.len())
                .chain(b.iter().map(|&c| i64::from(c - b'0')))
                .collect();
            let som: i64 = cijfers
                .iter()
                .enumerate()
                .map(|(i, &c)| if i == 8 { -c } else { c * (9 - i as i64) })
                .sum();
            som.rem_euclid(11) == 0
        }

        pub fn postcode(waarde: &str) -> bool {
            let b: Vec<u8> = waarde.bytes().filter(|&c| c != b' ').collect();
            let spaties = waarde.bytes().filter(|&c| c == b' ').count();
            spaties <= 1
                && b.len() == 6
                && b.iter().take(4).all(u8::is_ascii_digit)
                && b.first().is_some_and(|&c| c != b'0')
                && b.iter().skip(4).all(u8::is_ascii_alphabetic)
        }

        pub fn email(waarde: &str) -> bool {
            let Some((lokaal, domein)) = waarde.split_once('@') else {
                return false;
            };
            !lokaal.is_empty()
                && !waarde.contains(char::is_whitespace)
                && !domein.contains('@')
                && domein.split('.').count() >= 2
                && domein.split('.').all(|d| !d.is_empty())
        }

        pub fn telefoonnummer(waarde: &str) -> bool {
            let schoon: String = waarde.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
            let nationaal = if let Some(rest) = schoon.strip_prefix("+31").or_else(|| schoon.strip_prefix("0031")) {
                format!("0{rest}")
            } else {
                schoon
            };
            let b = nationaal.as_bytes();
            b.len() == 10 && b.iter().all(u8::is_ascii_digit) && b.first() == Some(&b'0') && b.get(1) != Some(&b'0')
        }
    }

    proptest::proptest! {
        #[test]
        fn gelijk_aan_de_referentie(waarde in "[0-9 ()+@.ABab-]{0,16}|[0-9]{8,9}|(\\+31|0031|0)[ -]?[1-9][0-9 -]{7,10}|[1-9][0-9]{3} ?[A-Za-z]{2} ?") {
            proptest::prop_assert_eq!(is_bsn(&waarde), referentie::bsn(&waarde));
            proptest::prop_assert_eq!(is_postcode(&waarde), referentie::postcode(&waarde));
            proptest::prop_assert_eq!(is_email(&waarde), referentie::email(&waarde));
            proptest::prop_assert_eq!(is_telefoonnummer(&waarde), referentie::telefoonnummer(&waarde));
        }
    }

    #[test]
    fn pseudoniemen_worden_niet_gemarkeerd() {
        assert!(toets("client", &["A", "B", "p-8f3a9c", "C0042"]).is_empty());
    }
}
