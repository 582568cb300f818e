//! Validated records: what the reader produces and the KPI engine consumes.
//!
//! Raw CSV rows are lowered into these types in one step (see `ingest`);
//! nothing here can hold an invalid value such as an impossible date or a
//! productcategorie outside JZ020.

use std::sync::Arc;

use crate::date::Datum;

/// Index of a client pseudonym in [`DataSet::clients`]. Interning keeps the
/// engine's per-client work on integers, which matters at 700 000 rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClientId(pub u32);

/// A calendar month, `yyyy-mm`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Maand {
    pub jaar: i32,
    /// 1–12.
    pub maand: u32,
}

impl Maand {
    pub fn eerste_dag(self) -> Datum {
        Datum::from_ymd(self.jaar, self.maand, 1).unwrap_or(Datum::from_dagnummer(0))
    }

    pub fn van_datum(d: Datum) -> Maand {
        Maand {
            jaar: d.jaar(),
            maand: d.maand(),
        }
    }
}

/// One toewijzing (trajectory), spec section 1.1.
///
/// The text fields are shared (`Arc<str>`): the reader hands every row of a
/// file the same copy of a municipality, provider or product code, so those
/// take a few hundred strings in a national file instead of millions (the
/// toewijzing, unique per row, has its own), and copying a record into the
/// joined set allocates nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Traject {
    pub client: ClientId,
    pub toewijzing: Arc<str>,
    /// Normalised CBS code, `GM0243`.
    pub gemeente: Arc<str>,
    pub aanbieder: Arc<str>,
    /// JZ020 code: 31–38 or 40–55.
    pub productcategorie: u8,
    pub productcode: Option<Arc<str>>,
    /// 1–5; `None` is "onbekend" (not given and not in the catalogue).
    pub segment: Option<u8>,
    /// COD327 code.
    pub verwijzer: Option<u8>,
    pub geboortejaar: Option<i32>,
    pub begin: Datum,
    /// `None` = still running.
    pub eind: Option<Datum>,
    /// JZ588 code; 31 = volgens plan.
    pub reden_beeindiging: Option<u8>,
    pub verklarende_analyse: Option<bool>,
    pub familiegroepsplan: Option<bool>,
    pub perspectiefplan: Option<bool>,
}

impl Traject {
    /// Active(t, d) ⇔ begin ≤ d and (end empty or end ≥ d).
    pub fn actief_op(&self, d: Datum) -> bool {
        self.begin <= d && self.eind.is_none_or(|e| e >= d)
    }

    /// Overlaps(t, W) ⇔ begin ≤ W.tot and (end empty or end ≥ W.van).
    pub fn overlapt(&self, van: Datum, tot: Datum) -> bool {
        self.begin <= tot && self.eind.is_none_or(|e| e >= van)
    }
}

/// One declaration line, spec section 1.2. Money is kept in whole cents so
/// sums are exact. A trajectory's declarations share one copy of its
/// toewijzing (see [`Traject`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Declaratie {
    pub toewijzing: Arc<str>,
    pub maand: Maand,
    /// Euro cents; negative is a credit.
    pub bedrag_cent: i64,
}

/// Product identification in a waiting-time row: one of the two is given.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Product {
    Code(String),
    Categorie(u8),
}

/// One waiting-time observation, spec section 1.3.
#[derive(Clone, Debug, PartialEq)]
pub struct Wachttijd {
    pub peildatum: Datum,
    pub aanbieder: String,
    pub product: Product,
    /// Productcategorie when known (given, or derivable from the code's catalogue).
    pub productcategorie: Option<u8>,
    pub wachttijd_weken: f64,
    pub wachtenden: Option<u64>,
    /// `None` = whole region.
    pub gemeente: Option<String>,
}

/// A budget row, spec section 1.4.
#[derive(Clone, Debug, PartialEq)]
pub struct Begroting {
    pub jaar: i32,
    pub bedrag_cent: i64,
    /// `None` = regional budget.
    pub gemeente: Option<String>,
    /// `None` = total over segments.
    pub segment: Option<u8>,
}

/// Population 0–17 per municipality and year, spec section 1.5.
#[derive(Clone, Debug, PartialEq)]
pub struct Bevolking {
    pub jaar: i32,
    pub gemeente: String,
    pub jongeren: u64,
}

/// A request at the toegang/CJG, spec section 1.6.
#[derive(Clone, Debug, PartialEq)]
pub struct Aanmelding {
    pub aanmelddatum: Datum,
    pub eerste_contact: Option<Datum>,
    pub gemeente: Option<String>,
}

/// A satisfaction score, spec section 1.7.
#[derive(Clone, Debug, PartialEq)]
pub struct Tevredenheid {
    pub datum: Datum,
    /// 1–10.
    pub score: f64,
    pub aanbieder: Option<String>,
    pub gemeente: Option<String>,
}

/// The seven file kinds of the spec, recognised by header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bestandssoort {
    Trajecten,
    Declaraties,
    Wachttijden,
    Begroting,
    Bevolking,
    Aanmeldingen,
    Tevredenheid,
}

impl Bestandssoort {
    pub const ALLE: [Bestandssoort; 7] = [
        Bestandssoort::Trajecten,
        Bestandssoort::Declaraties,
        Bestandssoort::Wachttijden,
        Bestandssoort::Begroting,
        Bestandssoort::Bevolking,
        Bestandssoort::Aanmeldingen,
        Bestandssoort::Tevredenheid,
    ];

    /// The name used in messages and JSON (`trajecten`, `declaraties`, …).
    pub fn naam(self) -> &'static str {
        match self {
            Bestandssoort::Trajecten => "trajecten",
            Bestandssoort::Declaraties => "declaraties",
            Bestandssoort::Wachttijden => "wachttijden",
            Bestandssoort::Begroting => "begroting",
            Bestandssoort::Bevolking => "bevolking",
            Bestandssoort::Aanmeldingen => "aanmeldingen",
            Bestandssoort::Tevredenheid => "tevredenheid",
        }
    }
}

/// Everything loaded, as one data set. All files given together form one set.
#[derive(Clone, Debug, Default)]
pub struct DataSet {
    /// Client pseudonyms; [`ClientId`] indexes this.
    pub clients: Vec<Arc<str>>,
    pub trajecten: Vec<Traject>,
    pub declaraties: Vec<Declaratie>,
    pub wachttijden: Vec<Wachttijd>,
    pub begroting: Vec<Begroting>,
    pub bevolking: Vec<Bevolking>,
    pub aanmeldingen: Vec<Aanmelding>,
    pub tevredenheid: Vec<Tevredenheid>,
    /// Which kinds were loaded (a kind may be loaded and still have no rows).
    pub geladen: Vec<Bestandssoort>,
}

impl DataSet {
    pub fn heeft(&self, soort: Bestandssoort) -> bool {
        self.geladen.contains(&soort)
    }

    /// The pseudonym behind a client id.
    pub fn client_naam(&self, id: ClientId) -> &str {
        self.clients.get(id.0 as usize).map_or("", |c| c)
    }
}
