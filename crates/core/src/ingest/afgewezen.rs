//! Rejected rows as a CSV file the user can download, fix and load again:
//! the file's own header and delimiter plus a `fout` column with the reason.

use super::{Afwijzing, Bestandsresultaat};

/// The rejected rows of one file as CSV text (UTF-8 with BOM, so that Excel
/// shows é and € correctly; CRLF line ends as RFC 4180 says).
pub fn afgewezen_csv(resultaat: &Bestandsresultaat) -> String {
    schrijf_afgewezen(&resultaat.kolommen, resultaat.scheidingsteken, &resultaat.afgewezen)
}

/// Writes `afwijzingen` under `kolommen` + `fout`, separated by `scheidingsteken`.
pub fn schrijf_afgewezen(kolommen: &[String], scheidingsteken: char, afwijzingen: &[Afwijzing]) -> String {
    let mut uit = String::from("\u{FEFF}");
    let kop = kolommen.iter().map(String::as_str).chain(std::iter::once("fout"));
    schrijf_regel(&mut uit, kop, scheidingsteken);
    for a in afwijzingen {
        let reden = a.probleem.to_string();
        let velden = a
            .velden
            .iter()
            .map(String::as_str)
            .chain(std::iter::once(reden.as_str()));
        schrijf_regel(&mut uit, velden, scheidingsteken);
    }
    uit
}

fn schrijf_regel<'a>(uit: &mut String, velden: impl Iterator<Item = &'a str>, scheidingsteken: char) {
    for (i, veld) in velden.enumerate() {
        if i > 0 {
            uit.push(scheidingsteken);
        }
        schrijf_veld(uit, veld, scheidingsteken);
    }
    uit.push_str("\r\n");
}

/// Quotes a field only when it must: it holds the delimiter, a quote or a
/// line end.
pub(crate) fn schrijf_veld(uit: &mut String, veld: &str, scheidingsteken: char) {
    if veld.contains([scheidingsteken, '"', '\r', '\n']) {
        uit.push('"');
        uit.push_str(&veld.replace('"', "\"\""));
        uit.push('"');
    } else {
        uit.push_str(veld);
    }
}
