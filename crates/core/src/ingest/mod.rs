//! Reading extracts (spec section 1): bytes in, validated records plus a load
//! report out.
//!
//! The caller feeds a file in chunks to a [`Bestandslezer`] and gets a
//! [`Bestandsresultaat`]; [`bouw_dataset`] joins the results of all files
//! into one [`DataSet`](crate::model::DataSet). The steps each live in their
//! own module: `splitser` (bytes → records), `codering` (bytes → text),
//! `kop` (header → file kind and columns), `waarden` (text → values), `rijen`
//! (row → record), `afgewezen` (rejected rows → CSV), `dataset` (files → set).
//! No input makes any of them panic: a broken row is an [`Afwijzing`], a
//! file that is no extract gets a [`Bestandsresultaat::melding`]. A file that
//! is no CSV text at all (UTF-16, Excel, ZIP, …) is recognised by its first
//! bytes in `geen_csv` and never reaches the tokenizer.

mod afgewezen;
pub mod codering;
mod dataset;
mod gedeeld;
mod geen_csv;
mod kop;
mod rijen;
pub(crate) mod snelhash;
pub(crate) mod splitser;
pub mod waarden;

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::Arc;

pub use afgewezen::{afgewezen_csv, schrijf_afgewezen};
pub use dataset::{bouw_dataset, traject_velden, voeg_samen, Samengevoegd, TRAJECT_KOLOMMEN};
pub use geen_csv::GeenCsv;
pub use kop::{
    bekende_velden, herkenningskolommen, normaliseer_kop, ontbrekende_velden, verplichte_velden, Kolomkoppeling,
};

use crate::content::{Gemeente, Productcatalogus};
use crate::date::Datum;
use crate::model::{
    Aanmelding, Begroting, Bestandssoort, Bevolking, ClientId, Declaratie, Maand, Tevredenheid, Traject, Wachttijd,
};
use crate::pauze::{Pauze, Ritme};
use crate::privacy::{Bevinding, Privacytoets};
use crate::problem::Probleem;

use kop::{Herkenning, Indeling};
use rijen::{Context, Fout, Rij, Teksten, Velden};
use snelhash::{SnelHasher, SnelleMap};

/// A map keyed by shared texts: the key is the record's own copy.
type GedeeldeMap<V> = HashMap<Arc<str>, V, BuildHasherDefault<SnelHasher>>;
use splitser::{OpenVeld, RuwRecord, Splitser};

/// Everything a read needs besides the bytes.
#[derive(Clone, Debug)]
pub struct Inleesopties {
    /// The region's municipalities, so names can stand for CBS codes.
    pub gemeenten: Vec<Gemeente>,
    /// Fills empty segments from productcodes.
    pub catalogus: Productcatalogus,
    /// Upper bound for `geboortejaar` (an option, so results never depend on the clock).
    pub huidig_jaar: i32,
    /// The user's column mapping.
    pub koppeling: Kolomkoppeling,
    /// Header names (compared normalised) dropped before anything is parsed
    /// or checked: how the user removes a column the privacy guard refused.
    pub weggelaten_kolommen: Vec<String>,
}

impl Default for Inleesopties {
    fn default() -> Self {
        Inleesopties {
            gemeenten: Vec::new(),
            catalogus: Productcatalogus::default(),
            huidig_jaar: 2026,
            koppeling: Kolomkoppeling::default(),
            weggelaten_kolommen: Vec::new(),
        }
    }
}

/// The text encoding found in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum Codering {
    Utf8,
    Utf8MetBom,
    Windows1252,
}

impl Codering {
    /// As shown to users: "UTF-8", "UTF-8 met BOM", "Windows-1252".
    pub fn naam(self) -> &'static str {
        match self {
            Codering::Utf8 => "UTF-8",
            Codering::Utf8MetBom => "UTF-8 met BOM",
            Codering::Windows1252 => "Windows-1252",
        }
    }
}

/// A rejected row: why, and the row itself (as read, without dropped
/// columns) so it can be downloaded and fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Afwijzing {
    pub probleem: Probleem,
    pub velden: Vec<String>,
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_vijandig;

/// An accepted trajecten row with the line it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct GelezenTraject {
    pub regel: u64,
    /// `traject.client` indexes [`Bestandsresultaat::clients`] of this file.
    pub traject: Traject,
}

/// How far a read has come.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Voortgang {
    pub bytes: u64,
    /// The physical line being read.
    pub regels: u64,
}

/// The load report and records of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Bestandsresultaat {
    pub bestandsnaam: String,
    /// The kind the file was read as; `None` when it was not read.
    pub soort: Option<Bestandssoort>,
    /// The kind the file looks like when required columns are missing (see
    /// `ontbrekend`): the UI offers the mapping step for it.
    pub vermoedelijke_soort: Option<Bestandssoort>,
    pub codering: Codering,
    pub scheidingsteken: char,
    /// Header names as written (without dropped columns).
    pub kolommen: Vec<String>,
    /// Columns dropped through [`Inleesopties::weggelaten_kolommen`].
    pub weggelaten: Vec<String>,
    /// Columns that hold no field of the kind (ignored).
    pub genegeerde_kolommen: Vec<String>,
    /// Data rows read (header and empty lines not counted).
    pub regels_gelezen: u64,
    pub geaccepteerd: u64,
    pub afgewezen: Vec<Afwijzing>,
    /// First and last day covered by the file's main date column (trajecten:
    /// begindatum to the latest begin- or einddatum).
    pub periode: Option<(Datum, Datum)>,
    /// Columns the privacy guard refuses; empty means the file may be used.
    pub privacy: Vec<Bevinding>,
    /// A message about the file as a whole (not recognised, empty, no CSV,
    /// only a header, a quote never closed, …), the same in the app and the CLI.
    pub melding: Option<String>,
    /// Set when the file is no CSV text at all; its bytes were not read.
    pub geen_csv: Option<GeenCsv>,
    /// Required fields without a column.
    pub ontbrekend: Vec<&'static str>,
    /// Client pseudonyms of this file; trajecten refer to them by index.
    pub clients: Vec<Arc<str>>,
    pub trajecten: Vec<GelezenTraject>,
    pub declaraties: Vec<Declaratie>,
    pub wachttijden: Vec<Wachttijd>,
    pub begroting: Vec<Begroting>,
    pub bevolking: Vec<Bevolking>,
    pub aanmeldingen: Vec<Aanmelding>,
    pub tevredenheid: Vec<Tevredenheid>,
}

impl Bestandsresultaat {
    fn leeg(bestandsnaam: &str) -> Bestandsresultaat {
        Bestandsresultaat {
            bestandsnaam: bestandsnaam.to_string(),
            soort: None,
            vermoedelijke_soort: None,
            codering: Codering::Utf8,
            scheidingsteken: ',',
            kolommen: Vec::new(),
            weggelaten: Vec::new(),
            genegeerde_kolommen: Vec::new(),
            regels_gelezen: 0,
            geaccepteerd: 0,
            afgewezen: Vec::new(),
            periode: None,
            privacy: Vec::new(),
            melding: None,
            geen_csv: None,
            ontbrekend: Vec::new(),
            clients: Vec::new(),
            trajecten: Vec::new(),
            declaraties: Vec::new(),
            wachttijden: Vec::new(),
            begroting: Vec::new(),
            bevolking: Vec::new(),
            aanmeldingen: Vec::new(),
            tevredenheid: Vec::new(),
        }
    }

    /// Whether the privacy guard lets this file through.
    pub fn privacy_in_orde(&self) -> bool {
        self.privacy.is_empty()
    }
}

/// Reads one file from chunks of bytes.
pub struct Bestandslezer {
    /// The file's first bytes, kept until they are enough to tell whether
    /// the file is CSV at all ([`geen_csv::genoeg`]) or the file ends; `None`
    /// once that is decided.
    begin: Option<Vec<u8>>,
    splitser: Splitser,
    verwerker: Verwerker,
}

impl Bestandslezer {
    pub fn nieuw(bestandsnaam: &str, opties: &Inleesopties) -> Self {
        Bestandslezer {
            begin: Some(Vec::new()),
            splitser: Splitser::default(),
            verwerker: Verwerker {
                opties: opties.clone(),
                res: Bestandsresultaat::leeg(bestandsnaam),
                bytes: 0,
                kop: None,
                cp1252: false,
                client_index: GedeeldeMap::default(),
                toewijzingen: GedeeldeMap::default(),
                gemeentecache: RefCell::default(),
                teksten: RefCell::default(),
                maanden: None,
                tekst: String::new(),
                grenzen: Vec::new(),
                verwachte_bytes: None,
            },
        }
    }

    /// Tells the reader how large the file is, so it can size its lookup
    /// tables once instead of growing them: growing a table of half a million
    /// toewijzingen moves every entry in one step (about 90 ms in wasm).
    pub fn met_verwachte_grootte(mut self, bytes: u64) -> Self {
        self.verwerker.verwachte_bytes = Some(bytes);
        self
    }

    /// Feeds the next chunk; chunks may end anywhere.
    pub fn voed(&mut self, chunk: &[u8]) {
        self.verwerker.bytes += chunk.len() as u64;
        let mut rest = chunk;
        if let Some(begin) = self.begin.as_mut() {
            // Byte by byte only until the question is answered (a few bytes,
            // or the start of a ZIP archive).
            while !geen_csv::genoeg(begin) {
                let Some((&b, na)) = rest.split_first() else { return };
                begin.push(b);
                rest = na;
            }
            self.beslis();
        }
        if self.verwerker.res.geen_csv.is_some() {
            // Not CSV: the rest is only counted (for the progress bar).
            return;
        }
        let verwerker = &mut self.verwerker;
        self.splitser.voed(rest, &mut |r, sch| verwerker.record(r, sch));
    }

    /// Decides from the kept first bytes whether the file is CSV at all; if
    /// it is, they go to the tokenizer.
    fn beslis(&mut self) {
        let Some(begin) = self.begin.take() else { return };
        match geen_csv::herken(&begin) {
            Some(soort) => {
                self.verwerker.res.geen_csv = Some(soort);
                self.verwerker.res.melding = Some(soort.melding());
            }
            None => {
                let verwerker = &mut self.verwerker;
                self.splitser.voed(&begin, &mut |r, sch| verwerker.record(r, sch));
            }
        }
    }

    /// Flushes the tokenizer's last record, unless the file is no CSV.
    fn sluit_af(&mut self) {
        self.beslis();
        if self.verwerker.res.geen_csv.is_none() {
            let verwerker = &mut self.verwerker;
            self.splitser.einde(&mut |r, sch| verwerker.record(r, sch));
        }
    }

    pub fn voortgang(&self) -> Voortgang {
        Voortgang {
            bytes: self.verwerker.bytes,
            regels: self.splitser.regels(),
        }
    }

    /// Ends the file and returns its result.
    pub fn einde(mut self) -> Bestandsresultaat {
        self.sluit_af();
        self.verwerker.afronden(self.splitser.bom())
    }

    /// [`Bestandslezer::einde`] for the browser. The reader's lookup tables
    /// hold an entry per client and per toewijzing; emptying them at once
    /// (each entry gives back its share of a text) blocks the page on a
    /// national file, so they are emptied with pauses first. The tables of
    /// shared texts are small and go at once. Never stops early: the result is
    /// returned whatever `pauze` answers.
    pub async fn einde_met_pauzes(mut self, pauze: &mut dyn Pauze) -> Bestandsresultaat {
        // The last row (without a line end) still needs the tables.
        self.sluit_af();
        let mut ritme = Ritme::nieuw(pauze);
        leeg_met_pauzes(&mut self.verwerker.client_index, &mut ritme).await;
        leeg_met_pauzes(&mut self.verwerker.toewijzingen, &mut ritme).await;
        self.verwerker.afronden(self.splitser.bom())
    }
}

async fn leeg_met_pauzes<V>(tabel: &mut GedeeldeMap<V>, ritme: &mut Ritme<'_>) {
    let mut leegmaker = tabel.drain();
    while leegmaker.next().is_some() {
        // A stop only means the caller is in a hurry; emptying goes on.
        let _ = ritme.tik().await;
    }
}

/// Reads a file given whole.
pub fn lees_bytes(bestandsnaam: &str, bytes: &[u8], opties: &Inleesopties) -> Bestandsresultaat {
    let mut lezer = Bestandslezer::nieuw(bestandsnaam, opties);
    lezer.voed(bytes);
    lezer.einde()
}

/// What is known once the header has been read.
struct Kop {
    /// Indices of the file's columns that are kept.
    behouden: Vec<usize>,
    aantal_kolommen: usize,
    /// Set when the file can be read as a kind.
    indeling: Option<Indeling>,
    privacy: Privacytoets,
    scheidingsteken: u8,
    /// Byte ranges of the kept columns of the current row (reused).
    kolommen: Vec<Range<usize>>,
}

struct Verwerker {
    opties: Inleesopties,
    res: Bestandsresultaat,
    bytes: u64,
    /// Boxed: it is taken out and put back for every row.
    kop: Option<Box<Kop>>,
    cp1252: bool,
    /// Keys share the pseudonyms of `res.clients`.
    client_index: GedeeldeMap<u32>,
    /// Toewijzing → line of its first occurrence; keys share the records' copies.
    toewijzingen: GedeeldeMap<u64>,
    /// See [`Bestandslezer::met_verwachte_grootte`].
    verwachte_bytes: Option<u64>,
    /// See `rijen::Context::gemeentecache`.
    gemeentecache: RefCell<SnelleMap<Option<Arc<str>>>>,
    /// See `rijen::Context::teksten`.
    teksten: RefCell<Teksten>,
    /// First and last month of the accepted declaraties.
    maanden: Option<(Maand, Maand)>,
    /// Decoded text of a record that is not plain UTF-8 (reused).
    tekst: String,
    /// Byte range of each field in `tekst` (reused).
    grenzen: Vec<Range<usize>>,
}

impl Verwerker {
    fn record(&mut self, r: &RuwRecord, scheidingsteken: u8) {
        // Taken out for the call so the row can borrow them while `self`
        // is changed; put back after, so their capacity is reused.
        let mut eigen = std::mem::take(&mut self.tekst);
        let mut eigen_grenzen = std::mem::take(&mut self.grenzen);
        // A record that is valid UTF-8 as a whole, with every field boundary
        // on a character boundary, has only valid UTF-8 fields: it is used
        // as it is, without a copy. Otherwise each field is decoded on its
        // own (spec: UTF-8 when valid, else Windows-1252).
        let geheel = std::str::from_utf8(r.bytes()).ok().filter(|t| {
            r.grenzen()
                .iter()
                .all(|g| t.is_char_boundary(g.start) && t.is_char_boundary(g.end))
        });
        let (tekst, grenzen): (&str, &[Range<usize>]) = match geheel {
            Some(tekst) => (tekst, r.grenzen()),
            None => {
                eigen.clear();
                eigen_grenzen.clear();
                for veld in r.velden() {
                    let begin = eigen.len();
                    self.cp1252 |= codering::decodeer_in(veld, &mut eigen);
                    eigen_grenzen.push(begin..eigen.len());
                }
                (&eigen, &eigen_grenzen)
            }
        };
        match self.kop.take() {
            // Lines of only spaces or delimiters before the header are
            // skipped like empty lines, so a file of nothing but white space
            // is reported as empty rather than as an unknown header.
            None if Velden::nieuw(tekst, grenzen).iter().all(|v| v.trim().is_empty()) => {}
            None => {
                let koppen = Velden::nieuw(tekst, grenzen).naar_strings();
                let mut kop = self.lees_kop(koppen, scheidingsteken);
                if let Some(open) = r.open_aanhalingsteken {
                    // The whole file went into the header: nothing can be read.
                    kop.indeling = None;
                    self.res.soort = None;
                    self.res.vermoedelijke_soort = None;
                    self.res.ontbrekend.clear();
                    self.res.melding = Some(open_veld_reden(&open));
                }
                match kop.indeling.as_ref().map(|i| i.soort) {
                    Some(Bestandssoort::Trajecten) => self.reserveer_voor_trajecten(),
                    Some(Bestandssoort::Declaraties) => self.reserveer_voor_declaraties(),
                    _ => {}
                }
                self.kop = Some(Box::new(kop));
            }
            Some(mut kop) => {
                self.rij(&mut kop, r.regel, tekst, grenzen, r.open_aanhalingsteken.as_ref());
                self.kop = Some(kop);
            }
        }
        self.tekst = eigen;
        self.grenzen = eigen_grenzen;
    }

    fn lees_kop(&mut self, koppen: Vec<String>, scheidingsteken: u8) -> Kop {
        let weg: Vec<String> = self
            .opties
            .weggelaten_kolommen
            .iter()
            .map(|k| normaliseer_kop(k))
            .collect();
        let aantal_kolommen = koppen.len();
        let mut behouden = Vec::new();
        for (i, k) in koppen.into_iter().enumerate() {
            if weg.contains(&normaliseer_kop(&k)) {
                self.res.weggelaten.push(k);
            } else {
                behouden.push(i);
                self.res.kolommen.push(k);
            }
        }
        self.res.scheidingsteken = char::from(scheidingsteken);
        let genormaliseerd: Vec<String> = self.res.kolommen.iter().map(|k| normaliseer_kop(k)).collect();
        let naam_van = |indeling: &Indeling, kolommen: &[String]| -> Vec<String> {
            indeling
                .ongebruikt(kolommen.len())
                .into_iter()
                .filter_map(|k| kolommen.get(k).cloned())
                .collect()
        };
        let indeling = match kop::herken(&genormaliseerd, &self.opties.koppeling) {
            Herkenning::Herkend(indeling) => {
                self.res.soort = Some(indeling.soort);
                self.res.vermoedelijke_soort = Some(indeling.soort);
                self.res.genegeerde_kolommen = naam_van(&indeling, &self.res.kolommen);
                Some(indeling)
            }
            Herkenning::Onvolledig(indeling, ontbrekend) => {
                self.res.vermoedelijke_soort = Some(indeling.soort);
                self.res.genegeerde_kolommen = naam_van(&indeling, &self.res.kolommen);
                self.res.melding = Some(format!(
                    "lijkt op {}, maar deze verplichte kolommen ontbreken: {}. Koppel ze aan kolommen uit het bestand.",
                    indeling.soort.naam(),
                    ontbrekend.join(", ")
                ));
                self.res.ontbrekend = ontbrekend;
                None
            }
            Herkenning::Onbekend => {
                let gevonden: Vec<String> = self.res.kolommen.iter().take(8).map(|k| ingekort(k.trim())).collect();
                let meer = if self.res.kolommen.len() > 8 { ", …" } else { "" };
                self.res.melding = Some(format!(
                    "niet herkend als extract: de kopregel hoort bij geen van de bestandssoorten. Verwacht wordt {}. Gevonden: {}{meer}.",
                    kop::verwachte_koppen(),
                    gevonden.join(", ")
                ));
                None
            }
        };
        let privacy = Privacytoets::nieuw(&self.res.kolommen);
        Kop {
            behouden,
            aantal_kolommen,
            indeling,
            privacy,
            scheidingsteken,
            kolommen: Vec::new(),
        }
    }

    fn rij(&mut self, kop: &mut Kop, regel: u64, tekst: &str, grenzen: &[Range<usize>], open: Option<&OpenVeld>) {
        self.res.regels_gelezen += 1;
        let ruw = Velden::nieuw(tekst, grenzen);
        let aantal_ruw = ruw.len();
        let te_veel = ruw.iter().skip(kop.aantal_kolommen).any(|v| !v.trim().is_empty());
        // The kept columns; a missing trailing field reads as empty.
        kop.kolommen.clear();
        kop.kolommen
            .extend(kop.behouden.iter().map(|&i| grenzen.get(i).cloned().unwrap_or(0..0)));
        let velden = Velden::nieuw(tekst, &kop.kolommen);
        for (i, v) in velden.iter().enumerate() {
            kop.privacy.bekijk(i, v);
        }
        let Some(indeling) = kop.indeling.as_ref() else { return };
        let regelfout = |reden: String| Fout {
            kolom: String::new(),
            waarde: String::new(),
            reden,
        };
        if let Some(open) = open {
            // The field's column, unless it was dropped (its value is then
            // not shown either) or lies past the header.
            let plek = kop.behouden.iter().position(|&i| i == open.veld);
            let kolom = plek.and_then(|p| self.res.kolommen.get(p)).cloned().unwrap_or_default();
            let waarde = plek
                .and_then(|_| ruw.get(open.veld))
                .map(|v| ingekort(v.trim()))
                .unwrap_or_default();
            let reden = open_veld_reden(open);
            // Said for the whole file too: the rest of the file is in this row.
            self.res.melding.get_or_insert_with(|| reden.clone());
            let fout = Fout { kolom, waarde, reden };
            return self.wijs_af(regel, fout, velden);
        }
        if aantal_ruw < kop.aantal_kolommen {
            let fout = regelfout(format!(
                "regel heeft {aantal_ruw} velden, de kopregel {}",
                kop.aantal_kolommen
            ));
            return self.wijs_af(regel, fout, velden);
        }
        if te_veel {
            let fout = regelfout(format!(
                "regel heeft {aantal_ruw} velden, de kopregel {}",
                kop.aantal_kolommen
            ));
            return self.wijs_af(regel, fout, velden);
        }
        let ctx = Context {
            gemeenten: &self.opties.gemeenten,
            catalogus: &self.opties.catalogus,
            huidig_jaar: self.opties.huidig_jaar,
            scheidingsteken: kop.scheidingsteken,
            gemeentecache: &self.gemeentecache,
            teksten: &self.teksten,
        };
        let rij = Rij {
            velden,
            koppen: &self.res.kolommen,
            indeling,
        };
        let uitkomst = match indeling.soort {
            Bestandssoort::Trajecten => {
                rijen::traject(&rij, &ctx).and_then(|(client, t)| match self.toewijzingen.get(&t.toewijzing) {
                    Some(eerder) => Err(Fout {
                        kolom: rij.kolomnaam(kop::veld!(Trajecten, "toewijzing")),
                        waarde: t.toewijzing.to_string(),
                        reden: format!("dubbele toewijzing: komt al voor op regel {eerder}"),
                    }),
                    None => Ok(Record::Traject(client, t)),
                })
            }
            Bestandssoort::Declaraties => rijen::declaratie(&rij, &ctx).map(Record::Declaratie),
            Bestandssoort::Wachttijden => rijen::wachttijd(&rij, &ctx).map(Record::Wachttijd),
            Bestandssoort::Begroting => rijen::begroting(&rij, &ctx).map(Record::Begroting),
            Bestandssoort::Bevolking => rijen::bevolking(&rij, &ctx).map(Record::Bevolking),
            Bestandssoort::Aanmeldingen => rijen::aanmelding(&rij, &ctx).map(Record::Aanmelding),
            Bestandssoort::Tevredenheid => rijen::tevredenheid(&rij, &ctx).map(Record::Tevredenheid),
        };
        match uitkomst {
            Ok(record) => {
                self.res.geaccepteerd += 1;
                self.neem(regel, record);
            }
            Err(fout) => self.wijs_af(regel, fout, velden),
        }
    }

    /// Keeps an accepted record and widens the file's period.
    fn neem(&mut self, regel: u64, record: Record<'_>) {
        let periode = &mut self.res.periode;
        match record {
            Record::Traject(client, t) => self.neem_traject(regel, client, t),
            Record::Declaratie(d) => {
                // The period is widened once at the end, from the first and
                // last month: month → day range is monotone, so the result
                // is the same and no dates are computed per row.
                self.maanden = Some(match self.maanden {
                    Some((van, tot)) => (van.min(d.maand), tot.max(d.maand)),
                    None => (d.maand, d.maand),
                });
                self.res.declaraties.push(d);
            }
            Record::Wachttijd(w) => {
                verleng(periode, w.peildatum, w.peildatum);
                self.res.wachttijden.push(w);
            }
            Record::Begroting(b) => {
                if let Some((van, tot)) = rijen::jaargrenzen(b.jaar) {
                    verleng(periode, van, tot);
                }
                self.res.begroting.push(b);
            }
            Record::Bevolking(b) => {
                if let Some((van, tot)) = rijen::jaargrenzen(b.jaar) {
                    verleng(periode, van, tot);
                }
                self.res.bevolking.push(b);
            }
            Record::Aanmelding(a) => {
                verleng(periode, a.aanmelddatum, a.aanmelddatum);
                self.res.aanmeldingen.push(a);
            }
            Record::Tevredenheid(t) => {
                verleng(periode, t.datum, t.datum);
                self.res.tevredenheid.push(t);
            }
        }
    }

    fn neem_traject(&mut self, regel: u64, client: &str, mut traject: Traject) {
        // Look up before allocating: most clients have several trajectories.
        let id = match self.client_index.get(client) {
            Some(&id) => id,
            None => {
                let id = u32::try_from(self.res.clients.len()).unwrap_or(u32::MAX);
                let gedeeld: Arc<str> = Arc::from(client);
                self.res.clients.push(Arc::clone(&gedeeld));
                self.client_index.insert(gedeeld, id);
                id
            }
        };
        traject.client = ClientId(id);
        verleng(
            &mut self.res.periode,
            traject.begin,
            traject.eind.unwrap_or(traject.begin).max(traject.begin),
        );
        self.toewijzingen.insert(Arc::clone(&traject.toewijzing), regel);
        self.res.trajecten.push(GelezenTraject { regel, traject });
    }

    fn wijs_af(&mut self, regel: u64, fout: Fout, velden: Velden) {
        let probleem = Probleem {
            bestand: self.res.bestandsnaam.clone(),
            regel,
            kolom: fout.kolom,
            waarde: fout.waarde,
            reden: fout.reden,
        };
        self.res.afgewezen.push(Afwijzing {
            probleem,
            velden: velden.naar_strings(),
        });
    }

    /// Sizes the tables for the expected number of trajectories. A
    /// trajecten row with the usual columns is about a hundred bytes; a
    /// youth has about 1.5 trajectories a year (CBS 2022: 695 095 trajectories
    /// for 461 985 youths), so there is room for two clients per three rows.
    /// A wrong guess only costs one growth step later, or some unused room.
    fn reserveer_voor_trajecten(&mut self) {
        const BYTES_PER_RIJ: u64 = 96;
        let Some(bytes) = self.verwachte_bytes else { return };
        let rijen = usize::try_from(bytes / BYTES_PER_RIJ).unwrap_or(0).min(1 << 22);
        self.toewijzingen.reserve(rijen);
        self.client_index.reserve(rijen / 3 * 2);
        self.res.trajecten.reserve(rijen);
    }

    /// Sizes the list of declarations: a row (`TW0012345,2023-01,1234.56`)
    /// is some 25 bytes. Growing a list of two million moves it in one step.
    fn reserveer_voor_declaraties(&mut self) {
        const BYTES_PER_RIJ: u64 = 24;
        let Some(bytes) = self.verwachte_bytes else { return };
        let rijen = usize::try_from(bytes / BYTES_PER_RIJ).unwrap_or(0).min(1 << 25);
        self.res.declaraties.reserve(rijen);
        // A trajectory is declared for some months of the year; one in eight
        // rows names a toewijzing not seen before is a generous guess.
        if let Ok(mut teksten) = self.teksten.try_borrow_mut() {
            teksten.toewijzingen.reserveer(rijen / 8);
        }
    }

    fn afronden(mut self, bom: bool) -> Bestandsresultaat {
        if let Some((van, tot)) = self.maanden {
            let tot = tot.eerste_dag();
            verleng(&mut self.res.periode, van.eerste_dag(), tot.eind_van_maand());
        }
        self.res.codering = if self.cp1252 {
            Codering::Windows1252
        } else if bom {
            Codering::Utf8MetBom
        } else {
            Codering::Utf8
        };
        match self.kop.as_ref() {
            Some(kop) => self.res.privacy = kop.privacy.bevindingen(),
            None if self.res.geen_csv.is_some() => {}
            None => self.res.melding = Some("het bestand is leeg: er is geen kopregel".to_string()),
        }
        if let (Some(soort), 0, None) = (self.res.soort, self.res.regels_gelezen, &self.res.melding) {
            self.res.melding = Some(format!(
                "kopregel zonder regels: het bestand heeft wel kolomnamen ({}), maar geen gegevens eronder. \
                 Kijk of je bij het exporteren de goede periode en selectie hebt gekozen.",
                soort.naam()
            ));
        }
        self.res
    }
}

/// The reason for a quoted field that is never closed: where its quote was
/// opened and which lines it swallowed, so the user can find and fix it.
fn open_veld_reden(open: &OpenVeld) -> String {
    let plek = format!("aanhalingsteken geopend op regel {}, kolom {}", open.regel, open.kolom);
    let gevolg = if open.tot_regel > open.regel {
        format!(
            "alles vanaf daar tot het einde van het bestand (regel {} tot en met {}, {} regels) is als één veld gelezen",
            open.regel,
            open.tot_regel,
            open.tot_regel - open.regel + 1
        )
    } else {
        "het bestand eindigt midden in dit veld".to_string()
    };
    format!("{plek} wordt nooit gesloten: {gevolg}. Zet aan het eind van die waarde ook een \" of haal het weg.")
}

/// A value cut to 40 characters for a message (a header or a field that
/// swallowed a whole file can be megabytes long).
fn ingekort(tekst: &str) -> String {
    const MAX: usize = 40;
    match tekst.char_indices().nth(MAX) {
        Some((einde, _)) => format!("{}…", tekst.get(..einde).unwrap_or_default()),
        None => tekst.to_string(),
    }
}

/// One accepted row of any kind.
enum Record<'a> {
    Traject(&'a str, Traject),
    Declaratie(Declaratie),
    Wachttijd(Wachttijd),
    Begroting(Begroting),
    Bevolking(Bevolking),
    Aanmelding(Aanmelding),
    Tevredenheid(Tevredenheid),
}

/// Widens a period to include [van, tot].
fn verleng(periode: &mut Option<(Datum, Datum)>, van: Datum, tot: Datum) {
    *periode = Some(match *periode {
        Some((a, b)) => (a.min(van), b.max(tot)),
        None => (van, tot),
    });
}
