//! Rejected rows as a CSV file the user can download, fix and load again:
//! the file's own header and delimiter plus a `fout` column with the reason.

use super::{Afwijzing, Bestandsresultaat};
use crate::csvschrijver::CsvSchrijver;

/// The rejected rows of one file as CSV text (UTF-8 with BOM, so that Excel
/// shows é and € correctly; CRLF line ends as RFC 4180 says).
pub fn afgewezen_csv(resultaat: &Bestandsresultaat) -> String {
    schrijf_afgewezen(&resultaat.kolommen, resultaat.scheidingsteken, &resultaat.afgewezen)
}

/// Writes `afwijzingen` under `kolommen` + `fout`, separated by
/// `scheidingsteken`. A value that could start a spreadsheet formula comes
/// back with a leading `'` (see [`crate::csvschrijver`]): the file is meant
/// to be opened, mended and loaded again, and opening must be safe.
pub fn schrijf_afgewezen(kolommen: &[String], scheidingsteken: char, afwijzingen: &[Afwijzing]) -> String {
    let mut csv = CsvSchrijver::nieuw(scheidingsteken);
    csv.regel(kolommen.iter().map(String::as_str).chain(std::iter::once("fout")));
    for a in afwijzingen {
        let reden = a.probleem.to_string();
        csv.regel(
            a.velden
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(reden.as_str())),
        );
    }
    csv.klaar()
}
