//! Lowering one decoded row into a validated record of its kind (spec 1.1–1.7).
//! The first rule a row breaks is its rejection reason.

use crate::content::{gemeentecode, Gemeente, Productcatalogus};
use crate::date::Datum;
use crate::model::{Aanmelding, Begroting, Bevolking, ClientId, Declaratie, Product, Tevredenheid, Traject, Wachttijd};

use super::kop::Indeling;
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
}

/// One row with its header, for field lookups by spec name.
pub struct Rij<'a> {
    pub velden: &'a [String],
    pub koppen: &'a [String],
    pub indeling: &'a Indeling,
}

impl Rij<'_> {
    /// The trimmed value of a field; "" when absent or empty.
    fn waarde(&self, veld: &str) -> &str {
        self.indeling
            .kolom(veld)
            .and_then(|k| self.velden.get(k))
            .map_or("", |w| w.trim())
    }

    /// The header name (as written) of a field's column.
    pub fn kolomnaam(&self, veld: &str) -> String {
        self.indeling
            .kolom(veld)
            .and_then(|k| self.koppen.get(k))
            .map_or(veld, |k| k.trim())
            .to_string()
    }

    fn fout(&self, veld: &str, reden: impl Into<String>) -> Fout {
        Fout {
            kolom: self.kolomnaam(veld),
            waarde: self.waarde(veld).to_string(),
            reden: reden.into(),
        }
    }

    fn verplicht(&self, veld: &str) -> Result<&str, Fout> {
        let w = self.waarde(veld);
        if w.is_empty() {
            Err(self.fout(veld, "verplicht veld is leeg"))
        } else {
            Ok(w)
        }
    }

    fn optioneel(&self, veld: &str) -> Option<&str> {
        Some(self.waarde(veld)).filter(|w| !w.is_empty())
    }

    /// Parses a required field.
    fn lees<T>(&self, veld: &str, parse: impl Fn(&str) -> Result<T, &'static str>) -> Result<T, Fout> {
        let w = self.verplicht(veld)?;
        parse(w).map_err(|r| self.fout(veld, r))
    }

    /// Parses an optional field; empty is `None`.
    fn lees_optioneel<T>(
        &self,
        veld: &str,
        parse: impl Fn(&str) -> Result<T, &'static str>,
    ) -> Result<Option<T>, Fout> {
        self.optioneel(veld)
            .map(|w| parse(w).map_err(|r| self.fout(veld, r)))
            .transpose()
    }

    fn gemeente(&self, veld: &str, ctx: &Context) -> Result<Option<String>, Fout> {
        self.lees_optioneel(veld, |w| {
            gemeentecode(ctx.gemeenten, w).ok_or("onbekende gemeente (geen CBS-code en niet bekend in de regio)")
        })
    }

    fn bedrag(&self, ctx: &Context) -> Result<i64, Fout> {
        if self.indeling.bedrag_in_centen {
            self.lees("bedrag", |w| waarden::centen(w, ctx.scheidingsteken))
        } else {
            self.lees("bedrag", |w| waarden::bedrag_cent(w, ctx.scheidingsteken))
        }
    }
}

/// A trajecten row; the client pseudonym is returned beside the record
/// (whose `client` is a placeholder until interned).
pub fn traject(rij: &Rij, ctx: &Context) -> Result<(String, Traject), Fout> {
    let client = rij.verplicht("client")?;
    if client.chars().count() > 64 {
        return Err(rij.fout("client", "client is langer dan 64 tekens"));
    }
    let toewijzing = rij.verplicht("toewijzing")?;
    let gemeente = rij
        .gemeente("gemeente", ctx)?
        .ok_or_else(|| rij.fout("gemeente", "verplicht veld is leeg"))?;
    let aanbieder = rij.verplicht("aanbieder")?;
    let productcategorie = rij.lees("productcategorie", waarden::productcategorie)?;
    let productcode = rij.optioneel("productcode");
    if productcode.is_some_and(|c| c.chars().count() > 5) {
        return Err(rij.fout("productcode", "productcode is langer dan 5 tekens"));
    }
    // An empty segment comes from the catalogue; else it stays "onbekend".
    let segment = rij
        .lees_optioneel("segment", waarden::segment)?
        .or_else(|| productcode.and_then(|c| ctx.catalogus.segment(c)));
    let verwijzer = rij.lees_optioneel("verwijzer", waarden::tweecijfercode)?;
    let geboortejaar = rij.lees_optioneel("geboortejaar", waarden::jaar)?;
    if let Some(j) = geboortejaar {
        if !(1990..=ctx.huidig_jaar).contains(&j) {
            return Err(rij.fout(
                "geboortejaar",
                format!("geboortejaar ligt buiten 1990–{}", ctx.huidig_jaar),
            ));
        }
    }
    let begin = rij.lees("begindatum", waarden::datum)?;
    let eind = rij.lees_optioneel("einddatum", waarden::datum)?;
    if eind.is_some_and(|e| e < begin) {
        return Err(rij.fout("einddatum", "einddatum ligt voor begindatum"));
    }
    let traject = Traject {
        client: ClientId(0),
        toewijzing: toewijzing.to_string(),
        gemeente,
        aanbieder: aanbieder.to_string(),
        productcategorie,
        productcode: productcode.map(str::to_string),
        segment,
        verwijzer,
        geboortejaar,
        begin,
        eind,
        reden_beeindiging: rij.lees_optioneel("reden_beeindiging", waarden::tweecijfercode)?,
        verklarende_analyse: rij.lees_optioneel("verklarende_analyse", waarden::booleaan)?,
        familiegroepsplan: rij.lees_optioneel("familiegroepsplan", waarden::booleaan)?,
        perspectiefplan: rij.lees_optioneel("perspectiefplan", waarden::booleaan)?,
    };
    Ok((client.to_string(), traject))
}

pub fn declaratie(rij: &Rij, ctx: &Context) -> Result<Declaratie, Fout> {
    Ok(Declaratie {
        toewijzing: rij.verplicht("toewijzing")?.to_string(),
        maand: rij.lees("maand", waarden::maand)?,
        bedrag_cent: rij.bedrag(ctx)?,
    })
}

pub fn wachttijd(rij: &Rij, ctx: &Context) -> Result<Wachttijd, Fout> {
    let peildatum = rij.lees("peildatum", waarden::datum)?;
    let aanbieder = rij.verplicht("aanbieder")?.to_string();
    let categorie = rij.lees_optioneel("productcategorie", waarden::productcategorie)?;
    let code = rij.optioneel("productcode");
    if code.is_some_and(|c| c.chars().count() > 5) {
        return Err(rij.fout("productcode", "productcode is langer dan 5 tekens"));
    }
    let (product, productcategorie) = match (code, categorie) {
        (Some(c), cat) => (
            Product::Code(c.to_string()),
            cat.or_else(|| ctx.catalogus.product(c).map(|p| p.productcategorie)),
        ),
        (None, Some(cat)) => (Product::Categorie(cat), Some(cat)),
        (None, None) => {
            let veld = if rij.indeling.kolom("productcategorie").is_some() {
                "productcategorie"
            } else {
                "productcode"
            };
            return Err(rij.fout(veld, "productcategorie of productcode is verplicht"));
        }
    };
    let wachttijd_weken = rij.lees("wachttijd_weken", |w| waarden::decimaal(w, ctx.scheidingsteken))?;
    if wachttijd_weken < 0.0 {
        return Err(rij.fout("wachttijd_weken", "wachttijd mag niet negatief zijn"));
    }
    Ok(Wachttijd {
        peildatum,
        aanbieder,
        product,
        productcategorie,
        wachttijd_weken,
        wachtenden: rij.lees_optioneel("wachtenden", |w| waarden::aantal(w, ctx.scheidingsteken))?,
        gemeente: rij.gemeente("gemeente", ctx)?,
    })
}

pub fn begroting(rij: &Rij, ctx: &Context) -> Result<Begroting, Fout> {
    Ok(Begroting {
        jaar: rij.lees("jaar", waarden::jaar)?,
        bedrag_cent: rij.bedrag(ctx)?,
        gemeente: rij.gemeente("gemeente", ctx)?,
        segment: rij.lees_optioneel("segment", waarden::segment)?,
    })
}

pub fn bevolking(rij: &Rij, ctx: &Context) -> Result<Bevolking, Fout> {
    Ok(Bevolking {
        jaar: rij.lees("jaar", waarden::jaar)?,
        gemeente: rij
            .gemeente("gemeente", ctx)?
            .ok_or_else(|| rij.fout("gemeente", "verplicht veld is leeg"))?,
        jongeren: rij.lees("jongeren", |w| waarden::aantal(w, ctx.scheidingsteken))?,
    })
}

pub fn aanmelding(rij: &Rij, ctx: &Context) -> Result<Aanmelding, Fout> {
    let aanmelddatum = rij.lees("aanmelddatum", waarden::datum)?;
    let eerste_contact = rij.lees_optioneel("eerste_contact", waarden::datum)?;
    if eerste_contact.is_some_and(|c| c < aanmelddatum) {
        return Err(rij.fout("eerste_contact", "eerste contact ligt voor aanmelddatum"));
    }
    Ok(Aanmelding {
        aanmelddatum,
        eerste_contact,
        gemeente: rij.gemeente("gemeente", ctx)?,
    })
}

pub fn tevredenheid(rij: &Rij, ctx: &Context) -> Result<Tevredenheid, Fout> {
    let datum = rij.lees("datum", waarden::datum)?;
    let score = rij.lees("score", |w| waarden::decimaal(w, ctx.scheidingsteken))?;
    if !(1.0..=10.0).contains(&score) {
        return Err(rij.fout("score", "score moet tussen 1 en 10 liggen"));
    }
    Ok(Tevredenheid {
        datum,
        score,
        aanbieder: rij.optioneel("aanbieder").map(str::to_string),
        gemeente: rij.gemeente("gemeente", ctx)?,
    })
}

/// First and last day of a year (for the period of year-based files).
pub fn jaargrenzen(jaar: i32) -> Option<(Datum, Datum)> {
    Some((Datum::from_ymd(jaar, 1, 1)?, Datum::from_ymd(jaar, 12, 31)?))
}
