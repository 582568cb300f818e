//! Test builders: data sets from rows written like the spec's CSV.

use crate::date::Datum;
use crate::model::{Bestandssoort, ClientId, DataSet, Traject};

use super::{bereken_alle, KpiIndex, KpiOpties, KpiResultaat, Scope, Venster};

/// client, toewijzing, gemeente, aanbieder, productcategorie, productcode,
/// segment, begindatum, einddatum, reden_beeindiging (dates `dd-mm-yyyy`,
/// "" = empty).
pub type Rij<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    u8,
    &'a str,
    Option<u8>,
    &'a str,
    &'a str,
    Option<u8>,
);

/// The trajecten file of spec section 6, verbatim.
pub const VOORBEELD: &[Rij] = &[
    (
        "A",
        "T1",
        "GM0243",
        "P1",
        45,
        "45A01",
        Some(4),
        "01-03-2022",
        "31-01-2023",
        Some(31),
    ),
    ("A", "T2", "GM0243", "P2", 54, "54001", Some(4), "15-06-2023", "", None),
    (
        "B",
        "T3",
        "GM0233",
        "P1",
        43,
        "43A10",
        Some(2),
        "01-01-2023",
        "30-06-2023",
        Some(33),
    ),
    ("B", "T4", "GM0233", "P1", 45, "45A01", Some(4), "01-05-2023", "", None),
    (
        "C",
        "T5",
        "GM0243",
        "P3",
        45,
        "45A01",
        Some(4),
        "10-10-2021",
        "10-11-2021",
        Some(31),
    ),
    (
        "C",
        "T6",
        "GM0243",
        "P3",
        45,
        "45A01",
        Some(4),
        "01-02-2023",
        "31-12-2023",
        Some(31),
    ),
];

/// `dd-mm-yyyy`.
pub fn d(tekst: &str) -> Datum {
    let delen: Vec<u32> = tekst.split('-').map(|x| x.parse().unwrap()).collect();
    Datum::from_ymd(delen[2] as i32, delen[1], delen[0]).unwrap()
}

pub fn dataset(rijen: &[Rij]) -> DataSet {
    let mut ds = DataSet {
        geladen: vec![Bestandssoort::Trajecten],
        ..DataSet::default()
    };
    for &(client, toewijzing, gemeente, aanbieder, cat, code, segment, begin, eind, reden) in rijen {
        let id = match ds.clients.iter().position(|c| **c == *client) {
            Some(i) => i,
            None => {
                ds.clients.push(client.into());
                ds.clients.len() - 1
            }
        };
        ds.trajecten.push(Traject {
            client: ClientId(id as u32),
            toewijzing: toewijzing.into(),
            gemeente: gemeente.into(),
            aanbieder: aanbieder.into(),
            productcategorie: cat,
            productcode: (!code.is_empty()).then(|| code.into()),
            segment,
            verwijzer: None,
            geboortejaar: None,
            begin: d(begin),
            eind: (!eind.is_empty()).then(|| d(eind)),
            reden_beeindiging: reden,
            verklarende_analyse: None,
            familiegroepsplan: None,
            perspectiefplan: None,
        });
    }
    ds
}

/// Simple trajectories: client, toewijzing, begin, end ("" = running);
/// everything else as the example's T1 (GM0243, P1, 45, segment 4).
pub fn kort(rijen: &[(&str, &str, &str, &str)]) -> DataSet {
    let volledig: Vec<Rij> = rijen
        .iter()
        .map(|&(c, t, b, e)| (c, t, "GM0243", "P1", 45, "45A01", Some(4), b, e, None))
        .collect();
    dataset(&volledig)
}

pub fn jaar(j: i32) -> Venster {
    Venster::jaar(j).unwrap()
}

pub fn bereken(ds: &DataSet, venster: Venster, scope: &Scope) -> KpiResultaat {
    bereken_met(ds, venster, scope, &KpiOpties::default())
}

pub fn bereken_met(ds: &DataSet, venster: Venster, scope: &Scope, opties: &KpiOpties) -> KpiResultaat {
    let index = KpiIndex::bouw(ds, &opties.catalogus);
    bereken_alle(&index, ds, venster, None, scope, opties)
}
