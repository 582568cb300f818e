//! Lowering one decoded row into a validated record of its kind (spec 1.1–1.7).
//! The first rule a row breaks is its rejection reason.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use crate::content::{gemeentecode, Gemeente, Productcatalogus};
use crate::date::Datum;
use crate::model::{Aanmelding, Begroting, Bevolking, ClientId, Declaratie, Product, Tevredenheid, Traject, Wachttijd};

use super::gedeeld::GedeeldeTeksten;
use super::kop::{veld, Indeling, Veld};
use super::snelhash::SnelleMap;
use super::waarden;

/// Why a row was refused: column (as in the header), value and reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fout {
    pub kolom: String,
    pub waarde: String,
    pub reden: String,
}

/// What a row needs besides itself.
pub struct Context<'a> {
    pub gemeenten: &'a [Gemeente],
    pub catalogus: &'a Productcatalogus,
    pub huidig_jaar: i32,
    pub scheidingsteken: u8,
    /// Per file: municipality as written → its code. A file names few
    /// municipalities in many rows; this saves normalising (and formatting)
    /// the same value again.
    pub gemeentecache: &'a RefCell<SnelleMap<Option<Arc<str>>>>,
    /// Shared copies of the file's repeated texts.
    pub teksten: &'a RefCell<Teksten>,
}

/// The shared texts of one file, a table per column so that each table's
/// "same as the previous row" check has a chance.
#[derive(Debug, Default)]
pub struct Teksten {
    pub aanbieders: GedeeldeTeksten,
    pub productcodes: GedeeldeTeksten,
    /// Of declaraties: a trajectory's months share its toewijzing.
    pub toewijzingen: GedeeldeTeksten,
}

/// Entries kept in [`Context::gemeentecache`]: bounds memory for a file
/// full of different values.
const GEMEENTECACHE_MAX: usize = 4096;

impl Context<'_> {
    /// [`gemeentecode`], remembered per file; every row of a municipality
    /// gets the same shared copy of its code.
    fn gemeentecode(&self, invoer: &str) -> Option<Arc<str>> {
        let Ok(mut cache) = self.gemeentecache.try_borrow_mut() else {
            return gemeentecode(self.gemeenten, invoer).map(Arc::from);
        };
        if let Some(code) = cache.get(invoer) {
            return code.clone();
        }
        let code: Option<Arc<str>> = gemeentecode(self.gemeenten, invoer).map(Arc::from);
        if cache.len() < GEMEENTECACHE_MAX {
            cache.insert(invoer.to_string(), code.clone());
        }
        code
    }

    /// The shared copy of a text, through one of the file's tables.
    fn deel(&self, tabel: fn(&mut Teksten) -> &mut GedeeldeTeksten, tekst: &str) -> Arc<str> {
        match self.teksten.try_borrow_mut() {
            Ok(mut teksten) => tabel(&mut teksten).deel(tekst),
            Err(_) => Arc::from(tekst),
        }
    }
}

/// The decoded fields of one row, borrowed from the reader's reused buffers:
/// one text and the byte range of each field in it, so reading a row
/// allocates nothing until a value is kept.
#[derive(Clone, Copy, Debug)]
pub struct Velden<'a> {
    tekst: &'a str,
    grenzen: &'a [Range<usize>],
}

impl<'a> Velden<'a> {
    pub fn nieuw(tekst: &'a str, grenzen: &'a [Range<usize>]) -> Velden<'a> {
        Velden { tekst, grenzen }
    }

    /// Field `i` as read (untrimmed).
    pub fn get(&self, i: usize) -> Option<&'a str> {
        self.grenzen.get(i).and_then(|g| self.tekst.get(g.clone()))
    }

    pub fn len(&self) -> usize {
        self.grenzen.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let tekst = self.tekst;
        self.grenzen.iter().map(move |g| tekst.get(g.clone()).unwrap_or(""))
    }

    /// Owned copies, for a rejected row.
    pub fn naar_strings(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

/// One row with its header, for field lookups by spec name. The values
/// (`'a`) may outlive the header borrow (`'k`), so a kept value can be used
/// while the reader changes its result.
pub struct Rij<'a, 'k> {
    pub velden: Velden<'a>,
    pub koppen: &'k [String],
    pub indeling: &'k Indeling,
}

impl<'a> Rij<'a, '_> {
    /// The trimmed value of a field; "" when absent or empty. A value our
    /// own CSV writer neutralised (`'=1+1`, in a mended rejected-rows file)
    /// is read as the value it stood for.
    fn waarde(&self, veld: Veld) -> &'a str {
        self.indeling
            .kolom_van(veld)
            .and_then(|k| self.velden.get(k))
            .map_or("", |v| {
                let v = waarden::trim(v);
                if v.starts_with('\'') {
                    waarden::trim(crate::csvschrijver::zonder_neutralisatie(v))
                } else {
                    v
                }
            })
    }

    /// The header name (as written) of a field's column.
    pub fn kolomnaam(&self, veld: Veld) -> String {
        self.indeling
            .kolom_van(veld)
            .and_then(|k| self.koppen.get(k))
            .map_or(veld.naam, |k| k.trim())
            .to_string()
    }

    fn fout(&self, veld: Veld, reden: impl Into<String>) -> Fout {
        Fout {
            kolom: self.kolomnaam(veld),
            waarde: self.waarde(veld).to_string(),
            reden: reden.into(),
        }
    }

    fn verplicht(&self, veld: Veld) -> Result<&'a str, Fout> {
        let w = self.waarde(veld);
        if w.is_empty() {
            Err(self.fout(veld, "verplicht veld is leeg"))
        } else {
            Ok(w)
        }
    }

    fn optioneel(&self, veld: Veld) -> Option<&'a str> {
        Some(self.waarde(veld)).filter(|w| !w.is_empty())
    }

    /// Parses a required field.
    fn lees<T>(&self, veld: Veld, parse: impl Fn(&str) -> Result<T, &'static str>) -> Result<T, Fout> {
        let w = self.verplicht(veld)?;
        parse(w).map_err(|r| self.fout(veld, r))
    }

    /// Parses an optional field; empty is `None`.
    fn lees_optioneel<T>(
        &self,
        veld: Veld,
        parse: impl Fn(&str) -> Result<T, &'static str>,
    ) -> Result<Option<T>, Fout> {
        self.optioneel(veld)
            .map(|w| parse(w).map_err(|r| self.fout(veld, r)))
            .transpose()
    }

    fn gemeente(&self, veld: Veld, ctx: &Context) -> Result<Option<Arc<str>>, Fout> {
        self.lees_optioneel(veld, |w| {
            ctx.gemeentecode(w)
                .ok_or("onbekende gemeente (geen CBS-code en niet bekend in de regio)")
        })
    }

    fn bedrag(&self, veld: Veld, ctx: &Context) -> Result<i64, Fout> {
        if self.indeling.bedrag_in_centen {
            self.lees(veld, |w| waarden::centen(w, ctx.scheidingsteken))
        } else {
            self.lees(veld, |w| waarden::bedrag_cent(w, ctx.scheidingsteken))
        }
    }
}

/// A trajecten row; the client pseudonym is returned beside the record
/// (whose `client` is a placeholder until interned).
pub fn traject<'a>(rij: &Rij<'a, '_>, ctx: &Context) -> Result<(&'a str, Traject), Fout> {
    let client = rij.verplicht(veld!(Trajecten, "client"))?;
    if client.chars().count() > 64 {
        return Err(rij.fout(veld!(Trajecten, "client"), "client is langer dan 64 tekens"));
    }
    let toewijzing = rij.verplicht(veld!(Trajecten, "toewijzing"))?;
    let gemeente = rij
        .gemeente(veld!(Trajecten, "gemeente"), ctx)?
        .ok_or_else(|| rij.fout(veld!(Trajecten, "gemeente"), "verplicht veld is leeg"))?;
    let aanbieder = rij.verplicht(veld!(Trajecten, "aanbieder"))?;
    let productcategorie = rij.lees(veld!(Trajecten, "productcategorie"), waarden::productcategorie)?;
    let productcode = rij.optioneel(veld!(Trajecten, "productcode"));
    if productcode.is_some_and(|c| c.chars().count() > 5) {
        return Err(rij.fout(veld!(Trajecten, "productcode"), "productcode is langer dan 5 tekens"));
    }
    // An empty segment comes from the catalogue; else it stays "onbekend".
    let segment = rij
        .lees_optioneel(veld!(Trajecten, "segment"), waarden::segment)?
        .or_else(|| productcode.and_then(|c| ctx.catalogus.segment(c)));
    let verwijzer = rij.lees_optioneel(veld!(Trajecten, "verwijzer"), waarden::tweecijfercode)?;
    let geboortejaar = rij.lees_optioneel(veld!(Trajecten, "geboortejaar"), waarden::jaar)?;
    if let Some(j) = geboortejaar {
        if !(1990..=ctx.huidig_jaar).contains(&j) {
            return Err(rij.fout(
                veld!(Trajecten, "geboortejaar"),
                format!("geboortejaar ligt buiten 1990–{}", ctx.huidig_jaar),
            ));
        }
    }
    let begin = rij.lees(veld!(Trajecten, "begindatum"), waarden::datum)?;
    let eind = rij.lees_optioneel(veld!(Trajecten, "einddatum"), waarden::datum)?;
    if eind.is_some_and(|e| e < begin) {
        return Err(rij.fout(veld!(Trajecten, "einddatum"), "einddatum ligt voor begindatum"));
    }
    let traject = Traject {
        client: ClientId(0),
        // Unique per row (the reader rejects a second one): nothing to share.
        toewijzing: Arc::from(toewijzing),
        gemeente,
        aanbieder: ctx.deel(|t| &mut t.aanbieders, aanbieder),
        productcategorie,
        productcode: productcode.map(|c| ctx.deel(|t| &mut t.productcodes, c)),
        segment,
        verwijzer,
        geboortejaar,
        begin,
        eind,
        reden_beeindiging: rij.lees_optioneel(veld!(Trajecten, "reden_beeindiging"), waarden::tweecijfercode)?,
        verklarende_analyse: rij.lees_optioneel(veld!(Trajecten, "verklarende_analyse"), waarden::booleaan)?,
        familiegroepsplan: rij.lees_optioneel(veld!(Trajecten, "familiegroepsplan"), waarden::booleaan)?,
        perspectiefplan: rij.lees_optioneel(veld!(Trajecten, "perspectiefplan"), waarden::booleaan)?,
    };
    Ok((client, traject))
}

pub fn declaratie(rij: &Rij, ctx: &Context) -> Result<Declaratie, Fout> {
    Ok(Declaratie {
        toewijzing: ctx.deel(
            |t| &mut t.toewijzingen,
            rij.verplicht(veld!(Declaraties, "toewijzing"))?,
        ),
        maand: rij.lees(veld!(Declaraties, "maand"), waarden::maand)?,
        bedrag_cent: rij.bedrag(veld!(Declaraties, "bedrag"), ctx)?,
    })
}

pub fn wachttijd(rij: &Rij, ctx: &Context) -> Result<Wachttijd, Fout> {
    let peildatum = rij.lees(veld!(Wachttijden, "peildatum"), waarden::datum)?;
    let aanbieder = rij.verplicht(veld!(Wachttijden, "aanbieder"))?.to_string();
    let categorie = rij.lees_optioneel(veld!(Wachttijden, "productcategorie"), waarden::productcategorie)?;
    let code = rij.optioneel(veld!(Wachttijden, "productcode"));
    if code.is_some_and(|c| c.chars().count() > 5) {
        return Err(rij.fout(veld!(Wachttijden, "productcode"), "productcode is langer dan 5 tekens"));
    }
    let (product, productcategorie) = match (code, categorie) {
        (Some(c), cat) => (
            Product::Code(c.to_string()),
            cat.or_else(|| ctx.catalogus.product(c).map(|p| p.productcategorie)),
        ),
        (None, Some(cat)) => (Product::Categorie(cat), Some(cat)),
        (None, None) => {
            let veld = if rij.indeling.kolom_van(veld!(Wachttijden, "productcategorie")).is_some() {
                veld!(Wachttijden, "productcategorie")
            } else {
                veld!(Wachttijden, "productcode")
            };
            return Err(rij.fout(veld, "productcategorie of productcode is verplicht"));
        }
    };
    let wachttijd_weken = rij.lees(veld!(Wachttijden, "wachttijd_weken"), |w| {
        waarden::decimaal(w, ctx.scheidingsteken)
    })?;
    if wachttijd_weken < 0.0 {
        return Err(rij.fout(
            veld!(Wachttijden, "wachttijd_weken"),
            "wachttijd mag niet negatief zijn",
        ));
    }
    Ok(Wachttijd {
        peildatum,
        aanbieder,
        product,
        productcategorie,
        wachttijd_weken,
        wachtenden: rij.lees_optioneel(veld!(Wachttijden, "wachtenden"), |w| {
            waarden::aantal(w, ctx.scheidingsteken)
        })?,
        gemeente: rij
            .gemeente(veld!(Wachttijden, "gemeente"), ctx)?
            .map(|g| g.to_string()),
    })
}

pub fn begroting(rij: &Rij, ctx: &Context) -> Result<Begroting, Fout> {
    Ok(Begroting {
        jaar: rij.lees(veld!(Begroting, "jaar"), waarden::jaar)?,
        bedrag_cent: rij.bedrag(veld!(Begroting, "bedrag"), ctx)?,
        gemeente: rij.gemeente(veld!(Begroting, "gemeente"), ctx)?.map(|g| g.to_string()),
        segment: rij.lees_optioneel(veld!(Begroting, "segment"), waarden::segment)?,
    })
}

pub fn bevolking(rij: &Rij, ctx: &Context) -> Result<Bevolking, Fout> {
    Ok(Bevolking {
        jaar: rij.lees(veld!(Bevolking, "jaar"), waarden::jaar)?,
        gemeente: rij
            .gemeente(veld!(Bevolking, "gemeente"), ctx)?
            .ok_or_else(|| rij.fout(veld!(Bevolking, "gemeente"), "verplicht veld is leeg"))?
            .to_string(),
        jongeren: rij.lees(veld!(Bevolking, "jongeren"), |w| {
            waarden::aantal(w, ctx.scheidingsteken)
        })?,
    })
}

pub fn aanmelding(rij: &Rij, ctx: &Context) -> Result<Aanmelding, Fout> {
    let aanmelddatum = rij.lees(veld!(Aanmeldingen, "aanmelddatum"), waarden::datum)?;
    let eerste_contact = rij.lees_optioneel(veld!(Aanmeldingen, "eerste_contact"), waarden::datum)?;
    if eerste_contact.is_some_and(|c| c < aanmelddatum) {
        return Err(rij.fout(
            veld!(Aanmeldingen, "eerste_contact"),
            "eerste contact ligt voor aanmelddatum",
        ));
    }
    Ok(Aanmelding {
        aanmelddatum,
        eerste_contact,
        gemeente: rij
            .gemeente(veld!(Aanmeldingen, "gemeente"), ctx)?
            .map(|g| g.to_string()),
    })
}

pub fn tevredenheid(rij: &Rij, ctx: &Context) -> Result<Tevredenheid, Fout> {
    let datum = rij.lees(veld!(Tevredenheid, "datum"), waarden::datum)?;
    let score = rij.lees(veld!(Tevredenheid, "score"), |w| {
        waarden::decimaal(w, ctx.scheidingsteken)
    })?;
    if !(1.0..=10.0).contains(&score) {
        return Err(rij.fout(veld!(Tevredenheid, "score"), "score moet tussen 1 en 10 liggen"));
    }
    Ok(Tevredenheid {
        datum,
        score,
        aanbieder: rij.optioneel(veld!(Tevredenheid, "aanbieder")).map(str::to_string),
        gemeente: rij
            .gemeente(veld!(Tevredenheid, "gemeente"), ctx)?
            .map(|g| g.to_string()),
    })
}

/// First and last day of a year (for the period of year-based files).
pub fn jaargrenzen(jaar: i32) -> Option<(Datum, Datum)> {
    Some((Datum::from_ymd(jaar, 1, 1)?, Datum::from_ymd(jaar, 12, 31)?))
}
