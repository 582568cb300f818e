//! Problems found in input: precise, in plain Dutch, never a panic.

use std::fmt;

/// Where and why a value was refused. Every rejection in a load report is one
/// of these; the rejected row is kept alongside it so it can be downloaded.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Probleem {
    /// File name as the user gave it.
    pub bestand: String,
    /// 1-based line number where the record starts; the header is line 1.
    pub regel: u64,
    /// Column name as written in the file's header ("" when the whole row is meant).
    pub kolom: String,
    /// The offending value as read (after trimming).
    pub waarde: String,
    /// Plain-Dutch reason, e.g. "datum bestaat niet".
    pub reden: String,
}

impl fmt::Display for Probleem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, regel {}", self.bestand, self.regel)?;
        if !self.kolom.is_empty() {
            write!(f, ", kolom {}", self.kolom)?;
        }
        if !self.waarde.is_empty() {
            write!(f, " ({:?})", self.waarde)?;
        }
        write!(f, ": {}", self.reden)
    }
}
