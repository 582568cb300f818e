//! `jeugdmonitor exporteer --parquet MAP`: the validated data set as
//! Parquet files with typed columns, for DuckDB and Spark (docs/schaal.md).
//! Dates are DATE, money DECIMAL(18,2) in whole cents, codes text (`02`,
//! `GM0243`), so a SQL engine reads the same values the core computes with.
//!
//! Only the CLI links the `parquet` crate (its low-level writer, no arrow):
//! the core and the browser build never see it.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::model::{Bestandssoort, DataSet, Product};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

/// Rows per row group: large enough for fast scans, small enough that one
/// group's columns stay a few hundred MB at national scale.
const GROEP: usize = 1 << 20;

/// One column of one row group, in schema order; `None` is NULL.
enum Kolom {
    Tekst(Vec<Option<String>>),
    Int32(Vec<Option<i32>>),
    Int64(Vec<Option<i64>>),
    Bool(Vec<Option<bool>>),
    Double(Vec<Option<f64>>),
}

/// One table: its file name, its Parquet schema, and its columns for rows
/// `van..tot`.
struct Tabel<'d> {
    naam: &'static str,
    schema: &'static str,
    rijen: usize,
    kolommen: Box<dyn Fn(std::ops::Range<usize>) -> Vec<Kolom> + 'd>,
}

/// What was written: per file its name and number of rows.
pub type Verslag = Vec<(String, usize)>;

/// Writes one Parquet file per loaded kind of file into `map`.
pub fn schrijf(data: &DataSet, map: &Path) -> Result<Verslag, String> {
    std::fs::create_dir_all(map).map_err(|e| format!("map {} kon niet worden gemaakt: {e}", map.display()))?;
    let mut verslag = Vec::new();
    for tabel in tabellen(data) {
        let pad = map.join(format!("{}.parquet", tabel.naam));
        schrijf_tabel(&tabel, &pad).map_err(|e| format!("{} kon niet worden geschreven: {e}", pad.display()))?;
        verslag.push((pad.display().to_string(), tabel.rijen));
    }
    Ok(verslag)
}

fn schrijf_tabel(tabel: &Tabel, pad: &Path) -> Result<(), parquet::errors::ParquetError> {
    let schema = Arc::new(parse_message_type(tabel.schema)?);
    let eigenschappen = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("jeugdmonitor {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let bestand = File::create(pad)?;
    let mut schrijver = SerializedFileWriter::new(bestand, schema, eigenschappen)?;
    let mut begin = 0;
    // An empty table still gets a file with its schema (and no row group).
    while begin < tabel.rijen {
        let eind = (begin + GROEP).min(tabel.rijen);
        let mut kolommen = (tabel.kolommen)(begin..eind).into_iter();
        let mut groep = schrijver.next_row_group()?;
        while let Some(mut kolom) = groep.next_column()? {
            let waarden = kolommen
                .next()
                .ok_or_else(|| parquet::errors::ParquetError::General("te weinig kolommen".into()))?;
            let nullbaar = kolom_nullbaar(&mut kolom);
            match waarden {
                Kolom::Tekst(v) => {
                    let (w, d) = splits(v, |s| ByteArray::from(s.into_bytes()));
                    kolom
                        .typed::<ByteArrayType>()
                        .write_batch(&w, nullbaar.then_some(&d[..]), None)?;
                }
                Kolom::Int32(v) => {
                    let (w, d) = splits(v, |x| x);
                    kolom
                        .typed::<Int32Type>()
                        .write_batch(&w, nullbaar.then_some(&d[..]), None)?;
                }
                Kolom::Int64(v) => {
                    let (w, d) = splits(v, |x| x);
                    kolom
                        .typed::<Int64Type>()
                        .write_batch(&w, nullbaar.then_some(&d[..]), None)?;
                }
                Kolom::Bool(v) => {
                    let (w, d) = splits(v, |x| x);
                    kolom
                        .typed::<BoolType>()
                        .write_batch(&w, nullbaar.then_some(&d[..]), None)?;
                }
                Kolom::Double(v) => {
                    let (w, d) = splits(v, |x| x);
                    kolom
                        .typed::<DoubleType>()
                        .write_batch(&w, nullbaar.then_some(&d[..]), None)?;
                }
            }
            kolom.close()?;
        }
        groep.close()?;
        begin = eind;
    }
    schrijver.close()?;
    Ok(())
}

fn kolom_nullbaar(kolom: &mut parquet::file::writer::SerializedColumnWriter<'_>) -> bool {
    use parquet::column::writer::ColumnWriter;
    let beschrijving = match kolom.untyped() {
        ColumnWriter::BoolColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::Int32ColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::Int64ColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::DoubleColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::ByteArrayColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::Int96ColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::FloatColumnWriter(w) => w.get_descriptor().clone(),
        ColumnWriter::FixedLenByteArrayColumnWriter(w) => w.get_descriptor().clone(),
    };
    beschrijving.max_def_level() > 0
}

/// The present values and the definition levels (1 present, 0 NULL).
fn splits<T, U>(v: Vec<Option<T>>, f: impl Fn(T) -> U) -> (Vec<U>, Vec<i16>) {
    let mut waarden = Vec::with_capacity(v.len());
    let mut niveaus = Vec::with_capacity(v.len());
    for x in v {
        match x {
            Some(x) => {
                waarden.push(f(x));
                niveaus.push(1);
            }
            None => niveaus.push(0),
        }
    }
    (waarden, niveaus)
}

/// Days since 1970-01-01, Parquet's DATE.
fn dag(d: Datum) -> i32 {
    d.dagnummer()
}

/// A two-digit code as the data contract writes it (`02`, `45`).
fn code(c: u8) -> String {
    format!("{c:02}")
}

fn tabellen(data: &DataSet) -> Vec<Tabel<'_>> {
    let geladen = |s: Bestandssoort| data.geladen.contains(&s);
    let mut uit = Vec::new();
    if geladen(Bestandssoort::Trajecten) {
        uit.push(Tabel {
            naam: "trajecten",
            schema: "message trajecten {
                REQUIRED BYTE_ARRAY client (STRING);
                REQUIRED BYTE_ARRAY toewijzing (STRING);
                REQUIRED BYTE_ARRAY gemeente (STRING);
                REQUIRED BYTE_ARRAY aanbieder (STRING);
                REQUIRED BYTE_ARRAY productcategorie (STRING);
                OPTIONAL BYTE_ARRAY productcode (STRING);
                OPTIONAL INT32 segment;
                OPTIONAL BYTE_ARRAY verwijzer (STRING);
                OPTIONAL INT32 geboortejaar;
                REQUIRED INT32 begindatum (DATE);
                OPTIONAL INT32 einddatum (DATE);
                OPTIONAL BYTE_ARRAY reden_beeindiging (STRING);
                OPTIONAL BOOLEAN verklarende_analyse;
                OPTIONAL BOOLEAN familiegroepsplan;
                OPTIONAL BOOLEAN perspectiefplan;
            }",
            rijen: data.trajecten.len(),
            kolommen: Box::new(move |r| {
                let t = &data.trajecten[r];
                let tekst = |f: &dyn Fn(&jeugdmonitor_core::model::Traject) -> Option<String>| {
                    Kolom::Tekst(t.iter().map(f).collect())
                };
                vec![
                    tekst(&|t| data.clients.get(t.client.0 as usize).map(|c| c.to_string())),
                    tekst(&|t| Some(t.toewijzing.to_string())),
                    tekst(&|t| Some(t.gemeente.to_string())),
                    tekst(&|t| Some(t.aanbieder.to_string())),
                    tekst(&|t| Some(code(t.productcategorie))),
                    tekst(&|t| t.productcode.as_ref().map(|c| c.to_string())),
                    Kolom::Int32(t.iter().map(|t| t.segment.map(i32::from)).collect()),
                    tekst(&|t| t.verwijzer.map(code)),
                    Kolom::Int32(t.iter().map(|t| t.geboortejaar).collect()),
                    Kolom::Int32(t.iter().map(|t| Some(dag(t.begin))).collect()),
                    Kolom::Int32(t.iter().map(|t| t.eind.map(dag)).collect()),
                    tekst(&|t| t.reden_beeindiging.map(code)),
                    Kolom::Bool(t.iter().map(|t| t.verklarende_analyse).collect()),
                    Kolom::Bool(t.iter().map(|t| t.familiegroepsplan).collect()),
                    Kolom::Bool(t.iter().map(|t| t.perspectiefplan).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Declaraties) {
        uit.push(Tabel {
            naam: "declaraties",
            schema: "message declaraties {
                REQUIRED BYTE_ARRAY toewijzing (STRING);
                REQUIRED INT32 maand (DATE);
                REQUIRED INT64 bedrag (DECIMAL(18,2));
            }",
            rijen: data.declaraties.len(),
            kolommen: Box::new(move |r| {
                let d = &data.declaraties[r];
                vec![
                    Kolom::Tekst(d.iter().map(|d| Some(d.toewijzing.to_string())).collect()),
                    Kolom::Int32(d.iter().map(|d| Some(dag(d.maand.eerste_dag()))).collect()),
                    Kolom::Int64(d.iter().map(|d| Some(d.bedrag_cent)).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Wachttijden) {
        uit.push(Tabel {
            naam: "wachttijden",
            schema: "message wachttijden {
                REQUIRED INT32 peildatum (DATE);
                REQUIRED BYTE_ARRAY aanbieder (STRING);
                OPTIONAL BYTE_ARRAY productcode (STRING);
                OPTIONAL BYTE_ARRAY productcategorie (STRING);
                REQUIRED DOUBLE wachttijd_weken;
                OPTIONAL INT64 wachtenden;
                OPTIONAL BYTE_ARRAY gemeente (STRING);
            }",
            rijen: data.wachttijden.len(),
            kolommen: Box::new(move |r| {
                let w = &data.wachttijden[r];
                vec![
                    Kolom::Int32(w.iter().map(|w| Some(dag(w.peildatum))).collect()),
                    Kolom::Tekst(w.iter().map(|w| Some(w.aanbieder.clone())).collect()),
                    Kolom::Tekst(
                        w.iter()
                            .map(|w| match &w.product {
                                Product::Code(c) => Some(c.clone()),
                                Product::Categorie(_) => None,
                            })
                            .collect(),
                    ),
                    Kolom::Tekst(w.iter().map(|w| w.productcategorie.map(code)).collect()),
                    Kolom::Double(w.iter().map(|w| Some(w.wachttijd_weken)).collect()),
                    Kolom::Int64(
                        w.iter()
                            .map(|w| w.wachtenden.and_then(|n| i64::try_from(n).ok()))
                            .collect(),
                    ),
                    Kolom::Tekst(w.iter().map(|w| w.gemeente.clone()).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Begroting) {
        uit.push(Tabel {
            naam: "begroting",
            schema: "message begroting {
                REQUIRED INT32 jaar;
                REQUIRED INT64 bedrag (DECIMAL(18,2));
                OPTIONAL BYTE_ARRAY gemeente (STRING);
                OPTIONAL INT32 segment;
            }",
            rijen: data.begroting.len(),
            kolommen: Box::new(move |r| {
                let b = &data.begroting[r];
                vec![
                    Kolom::Int32(b.iter().map(|b| Some(b.jaar)).collect()),
                    Kolom::Int64(b.iter().map(|b| Some(b.bedrag_cent)).collect()),
                    Kolom::Tekst(b.iter().map(|b| b.gemeente.clone()).collect()),
                    Kolom::Int32(b.iter().map(|b| b.segment.map(i32::from)).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Bevolking) {
        uit.push(Tabel {
            naam: "bevolking",
            schema: "message bevolking {
                REQUIRED INT32 jaar;
                REQUIRED BYTE_ARRAY gemeente (STRING);
                REQUIRED INT64 jongeren;
            }",
            rijen: data.bevolking.len(),
            kolommen: Box::new(move |r| {
                let b = &data.bevolking[r];
                vec![
                    Kolom::Int32(b.iter().map(|b| Some(b.jaar)).collect()),
                    Kolom::Tekst(b.iter().map(|b| Some(b.gemeente.clone())).collect()),
                    Kolom::Int64(b.iter().map(|b| i64::try_from(b.jongeren).ok()).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Aanmeldingen) {
        uit.push(Tabel {
            naam: "aanmeldingen",
            schema: "message aanmeldingen {
                REQUIRED INT32 aanmelddatum (DATE);
                OPTIONAL INT32 eerste_contact (DATE);
                OPTIONAL BYTE_ARRAY gemeente (STRING);
            }",
            rijen: data.aanmeldingen.len(),
            kolommen: Box::new(move |r| {
                let a = &data.aanmeldingen[r];
                vec![
                    Kolom::Int32(a.iter().map(|a| Some(dag(a.aanmelddatum))).collect()),
                    Kolom::Int32(a.iter().map(|a| a.eerste_contact.map(dag)).collect()),
                    Kolom::Tekst(a.iter().map(|a| a.gemeente.clone()).collect()),
                ]
            }),
        });
    }
    if geladen(Bestandssoort::Tevredenheid) {
        uit.push(Tabel {
            naam: "tevredenheid",
            schema: "message tevredenheid {
                REQUIRED INT32 datum (DATE);
                REQUIRED DOUBLE score;
                OPTIONAL BYTE_ARRAY aanbieder (STRING);
                OPTIONAL BYTE_ARRAY gemeente (STRING);
            }",
            rijen: data.tevredenheid.len(),
            kolommen: Box::new(move |r| {
                let t = &data.tevredenheid[r];
                vec![
                    Kolom::Int32(t.iter().map(|t| Some(dag(t.datum))).collect()),
                    Kolom::Double(t.iter().map(|t| Some(t.score)).collect()),
                    Kolom::Tekst(t.iter().map(|t| t.aanbieder.clone()).collect()),
                    Kolom::Tekst(t.iter().map(|t| t.gemeente.clone()).collect()),
                ]
            }),
        });
    }
    uit
}
