//! Comparison with CBS StatLine: read an export exactly as StatLine gives it
//! ([`lees_statline`]) and set the region's own figures for the same year
//! next to it ([`vergelijk`]).
//!
//! Two StatLine styles are read, recognised by their header, not by name:
//! the "CSV met labels" download (`;`, quoted labels, decimal comma, an empty
//! cell for an unpublished figure) and the open-data "typed" export (`,`,
//! padded values, codes such as `GM0243` and `2022JJ00`, `.` for an
//! unpublished figure). Columns are found by the meaning of their header, so
//! a table with more, fewer or reordered columns still reads.

mod export;
mod lezen;
mod vergelijking;

pub use export::vergelijking_csv;

pub use lezen::{lees_statline, CbsRij, CbsTabel, CbsWaarde, Maat};
pub use vergelijking::{
    eigen_cijfers, eigen_cijfers_met_pauzes, eigen_waarde, eigen_waarden, vergelijk, CbsCel, EigenCijfers, EigenWaarde,
    Gebied, Gebiedsoort, Vergelijking, JEUGDBESCHERMING_CATEGORIE, JEUGDRECLASSERING_CATEGORIE, VERBLIJF_CATEGORIEEN,
};

/// The referrer groups CBS publishes, in its order, with the COD327 codes of
/// the data contract that fall in each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verwijsgroep {
    GemeentelijkeToegang,
    Huisarts,
    Jeugdarts,
    GecertificeerdeInstelling,
    MedischSpecialist,
    RechterOfOvj,
    GeenVerwijzer,
    Onbekend,
}

impl Verwijsgroep {
    pub const ALLE: [Verwijsgroep; 8] = [
        Verwijsgroep::GemeentelijkeToegang,
        Verwijsgroep::Huisarts,
        Verwijsgroep::Jeugdarts,
        Verwijsgroep::GecertificeerdeInstelling,
        Verwijsgroep::MedischSpecialist,
        Verwijsgroep::RechterOfOvj,
        Verwijsgroep::GeenVerwijzer,
        Verwijsgroep::Onbekend,
    ];

    /// The group of a trajectory's verwijzer (COD327): 01 gemeente, 02
    /// huisarts, 03 jeugdarts, 04 GI, 05 medisch specialist, 06
    /// zelfverwijzer/geen, 08 rechter/OvJ/JJI; empty or any other code is
    /// "onbekend", as CBS files it.
    pub fn van_code(code: Option<u8>) -> Verwijsgroep {
        match code {
            Some(1) => Verwijsgroep::GemeentelijkeToegang,
            Some(2) => Verwijsgroep::Huisarts,
            Some(3) => Verwijsgroep::Jeugdarts,
            Some(4) => Verwijsgroep::GecertificeerdeInstelling,
            Some(5) => Verwijsgroep::MedischSpecialist,
            Some(6) => Verwijsgroep::GeenVerwijzer,
            Some(8) => Verwijsgroep::RechterOfOvj,
            _ => Verwijsgroep::Onbekend,
        }
    }

    pub fn naam(self) -> &'static str {
        match self {
            Verwijsgroep::GemeentelijkeToegang => "Gemeentelijke toegang",
            Verwijsgroep::Huisarts => "Huisarts",
            Verwijsgroep::Jeugdarts => "Jeugdarts",
            Verwijsgroep::GecertificeerdeInstelling => "Gecertificeerde instelling",
            Verwijsgroep::MedischSpecialist => "Medisch specialist",
            Verwijsgroep::RechterOfOvj => "Rechter of officier van justitie",
            Verwijsgroep::GeenVerwijzer => "Geen verwijzer",
            Verwijsgroep::Onbekend => "Verwijzer onbekend",
        }
    }

    pub fn positie(self) -> usize {
        Verwijsgroep::ALLE.iter().position(|g| *g == self).unwrap_or(0)
    }
}
