//! The region content model: what communication advisors edit in `public/content/`.
//!
//! Content is TOML so that advisors can edit it in any text editor. Parsing
//! never panics: a broken file yields a [`Probleem`] that names the file, the
//! line and what is wrong, in Dutch.

use std::collections::HashMap;

use serde::Deserialize;

use crate::date::Datum;
use crate::problem::Probleem;

/// Path of the main region file, relative to the site root.
pub const REGIO_BESTAND: &str = "content/regio.toml";
/// Path of the product catalogue (productenboek), relative to the site root.
pub const PRODUCTEN_BESTAND: &str = "content/producten.toml";

/// Everything in `regio.toml`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct RegioInhoud {
    pub regio: Regio,
    pub gemeenten: Vec<Gemeente>,
    pub visie: Visie,
    pub strategische_doelen: Vec<StrategischDoel>,
    #[serde(default)]
    pub begrippen: Vec<Begrip>,
    pub privacy: Alineas,
    pub toegankelijkheid: Toegankelijkheid,
    /// Public holidays that are not working days for
    /// `contact_binnen_3_werkdagen_pct`.
    #[serde(default, deserialize_with = "feestdagen")]
    pub feestdagen: Vec<Datum>,
    /// The region's Treeknorm (maximum acceptable waiting time): 14 weeks
    /// unless the region sets it, per product category if it wants.
    #[serde(default, deserialize_with = "treeknorm")]
    pub treeknorm: crate::kpi::Treeknorm,
    /// A short description per public page for search results and shared
    /// links, keyed by the page (`home`, `producten`, …; see
    /// [`crate::paginas`]). A page without one gets a standard text.
    #[serde(default)]
    pub beschrijvingen: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Regio {
    pub naam: String,
    pub korte_naam: String,
    pub welkom: String,
    /// The plan the texts are based on.
    pub bron: String,
    /// The site's public address (`https://www.gemeente.nl/jeugdhulp/`),
    /// for the sitemap and the canonical links; optional.
    #[serde(default)]
    pub website: Option<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Gemeente {
    /// CBS code, `GM0243`.
    pub code: String,
    pub naam: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Visie {
    pub titel: String,
    pub samenvatting: String,
    pub alineas: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct StrategischDoel {
    pub nummer: u32,
    pub titel: String,
    pub uitleg: String,
    #[serde(default)]
    pub smart_doelen: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Begrip {
    pub term: String,
    pub uitleg: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Alineas {
    pub alineas: Vec<String>,
}

/// The accessibility statement: the region's own words plus the parts of
/// the government's model statement (toegankelijkheidsverklaring) that the
/// region fills in. A part left out is shown as "nog in te vullen".
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Toegankelijkheid {
    pub alineas: Vec<String>,
    /// A (voldoet volledig), B (voldoet gedeeltelijk), C (eerste maatregelen
    /// genomen), D (voldoet niet) or E (geen inzicht), as in the model.
    #[serde(default)]
    pub status: Option<String>,
    /// The date of the statement, as written.
    #[serde(default)]
    pub datum: Option<String>,
    /// The last audit (who, when), if any.
    #[serde(default)]
    pub onderzoek: Option<String>,
    /// Known problems that are not yet solved.
    #[serde(default)]
    pub bekende_problemen: Vec<String>,
    /// Where to report a problem (e-mail or web address).
    #[serde(default)]
    pub contact: Option<String>,
}

impl RegioInhoud {
    /// The municipality's code for a code or a name known to the region
    /// (`GM0243`, `0243`, `243`, `Harderwijk`, any case). `None` if unknown.
    pub fn gemeentecode(&self, invoer: &str) -> Option<String> {
        gemeentecode(&self.gemeenten, invoer)
    }

    /// The municipality's display name for a code; the code itself if unknown.
    pub fn gemeentenaam<'a>(&'a self, code: &'a str) -> &'a str {
        self.gemeenten
            .iter()
            .find(|g| g.code == code)
            .map(|g| g.naam.as_str())
            .unwrap_or(code)
    }
}

/// Normalises a municipality given as CBS code (`GM0243`, `0243`) or as a
/// name from `gemeenten`. A well-formed code is accepted even when the region
/// does not list it (extracts may hold neighbouring municipalities).
pub fn gemeentecode(gemeenten: &[Gemeente], invoer: &str) -> Option<String> {
    let t = invoer.trim();
    let cijfers = t
        .strip_prefix("GM")
        .or_else(|| t.strip_prefix("gm"))
        .or_else(|| t.strip_prefix("Gm"))
        .unwrap_or(t);
    if !cijfers.is_empty() && cijfers.len() <= 4 && cijfers.bytes().all(|b| b.is_ascii_digit()) {
        return Some(format!("GM{:0>4}", cijfers));
    }
    gemeenten
        .iter()
        .find(|g| g.naam.eq_ignore_ascii_case(t))
        .map(|g| g.code.clone())
}

/// Holidays may be written as TOML dates (`2025-12-25`, the natural way) or
/// as strings (`"2025-12-25"`); both mean the same day.
fn feestdagen<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Datum>, D::Error> {
    let waarden = Vec::<toml::Value>::deserialize(d)?;
    waarden
        .iter()
        .map(|w| {
            let tekst = match w {
                toml::Value::String(s) => s.clone(),
                toml::Value::Datetime(dt) => dt.to_string(),
                ander => {
                    return Err(serde::de::Error::custom(format!(
                        "feestdag is geen datum: {}",
                        ander.type_str()
                    )))
                }
            };
            Datum::parse_iso(&tekst)
                .ok_or_else(|| serde::de::Error::custom(format!("feestdag is geen datum (jjjj-mm-dd): {tekst}")))
        })
        .collect()
}

/// Parses `regio.toml`. `bestand` is the name used in problems.
/// `[treeknorm]` with `standaard_weken = 14` and optionally
/// `per_productcategorie = { "45" = 10 }`; every number of weeks above 0.
fn treeknorm<'de, D: serde::Deserializer<'de>>(d: D) -> Result<crate::kpi::Treeknorm, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Ruw {
        #[serde(default = "veertien")]
        standaard_weken: f64,
        #[serde(default)]
        per_productcategorie: std::collections::BTreeMap<String, f64>,
    }
    fn veertien() -> f64 {
        14.0
    }
    let ruw = Ruw::deserialize(d)?;
    let weken = |w: f64, waar: &str| {
        if w.is_finite() && w > 0.0 {
            Ok(w)
        } else {
            Err(serde::de::Error::custom(format!(
                "de treeknorm {waar} moet een aantal weken groter dan 0 zijn, niet {w}"
            )))
        }
    };
    let mut norm = crate::kpi::Treeknorm {
        standaard_weken: weken(ruw.standaard_weken, "(standaard_weken)")?,
        ..crate::kpi::Treeknorm::default()
    };
    for (categorie, w) in ruw.per_productcategorie {
        let code = categorie
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|c| (10..=99).contains(c))
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "\"{categorie}\" is geen productcategorie van twee cijfers (bijvoorbeeld \"45\")"
                ))
            })?;
        norm.per_productcategorie
            .insert(code, weken(w, &format!("voor productcategorie {categorie}"))?);
    }
    Ok(norm)
}

pub fn lees_regio(bestand: &str, tekst: &str) -> Result<RegioInhoud, Probleem> {
    toml::from_str::<RegioInhoud>(tekst).map_err(|fout| toml_probleem(bestand, tekst, &fout))
}

/// A product of the region's catalogue (productenboek): fills empty segments
/// and marks JeugdzorgPlus products.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct CatalogusProduct {
    pub code: String,
    pub naam: String,
    pub productcategorie: u8,
    #[serde(default)]
    pub segment: Option<u8>,
    #[serde(default)]
    pub jeugdzorgplus: bool,
}

/// Lookup from productcode to catalogue entry.
#[derive(Clone, Debug, Default)]
pub struct Productcatalogus {
    per_code: HashMap<String, CatalogusProduct>,
    /// `voorbeeld = true` at the top of the file: the whole product book is
    /// an example (the demo's), not the region's own.
    voorbeeld: bool,
}

impl Productcatalogus {
    pub fn nieuw(producten: Vec<CatalogusProduct>) -> Productcatalogus {
        let per_code = producten
            .into_iter()
            .map(|p| (p.code.to_ascii_uppercase(), p))
            .collect();
        Productcatalogus {
            per_code,
            voorbeeld: false,
        }
    }

    /// Is the whole product book an example (`voorbeeld = true`)?
    pub fn is_voorbeeld(&self) -> bool {
        self.voorbeeld
    }

    pub fn product(&self, code: &str) -> Option<&CatalogusProduct> {
        self.per_code.get(&code.trim().to_ascii_uppercase())
    }

    pub fn segment(&self, code: &str) -> Option<u8> {
        self.product(code).and_then(|p| p.segment)
    }

    pub fn is_jeugdzorgplus(&self, code: &str) -> bool {
        self.product(code).is_some_and(|p| p.jeugdzorgplus)
    }

    pub fn is_leeg(&self) -> bool {
        self.per_code.is_empty()
    }

    /// Every product, by code.
    pub fn producten(&self) -> Vec<&CatalogusProduct> {
        let mut lijst: Vec<&CatalogusProduct> = self.per_code.values().collect();
        lijst.sort_by(|a, b| a.code.cmp(&b.code));
        lijst
    }
}

/// The file shape of `producten.toml`: a list of `[[producten]]`, and
/// `voorbeeld = true` above it when the whole book is an example.
#[derive(Deserialize)]
struct ProductenBestand {
    #[serde(default)]
    voorbeeld: bool,
    #[serde(default)]
    producten: Vec<CatalogusProduct>,
}

/// Parses `producten.toml` into a catalogue. `bestand` is the name used in problems.
pub fn lees_producten(bestand: &str, tekst: &str) -> Result<Productcatalogus, Probleem> {
    toml::from_str::<ProductenBestand>(tekst)
        .map(|b| Productcatalogus {
            voorbeeld: b.voorbeeld,
            ..Productcatalogus::nieuw(b.producten)
        })
        .map_err(|fout| toml_probleem(bestand, tekst, &fout))
}

/// A TOML error as a problem with file, line and character position.
pub(crate) fn toml_probleem(bestand: &str, tekst: &str, fout: &toml::de::Error) -> Probleem {
    let (regel, plek) = match fout.span() {
        Some(span) => {
            // `get` and not slicing: a span need not fall on a character boundary.
            let voor = tekst.get(..span.start.min(tekst.len())).unwrap_or("");
            let regel = voor.matches('\n').count() as u64 + 1;
            let teken = voor.rsplit('\n').next().map_or(0, |r| r.chars().count()) + 1;
            (regel, format!(" (teken {teken})"))
        }
        None => (0, String::new()),
    };
    Probleem {
        bestand: bestand.to_string(),
        regel,
        kolom: String::new(),
        waarde: String::new(),
        reden: format!("inhoudsbestand klopt niet{plek}: {}", fout.message()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gemeenten() -> Vec<Gemeente> {
        vec![Gemeente {
            code: "GM0243".into(),
            naam: "Harderwijk".into(),
        }]
    }

    #[test]
    fn normalises_municipality_codes_and_names() {
        let g = gemeenten();
        assert_eq!(gemeentecode(&g, "GM0243").as_deref(), Some("GM0243"));
        assert_eq!(gemeentecode(&g, "0243").as_deref(), Some("GM0243"));
        assert_eq!(gemeentecode(&g, "243").as_deref(), Some("GM0243"));
        assert_eq!(gemeentecode(&g, " harderwijk ").as_deref(), Some("GM0243"));
        assert_eq!(gemeentecode(&g, "Atlantis"), None);
        assert_eq!(gemeentecode(&g, "GM12345"), None);
    }

    #[test]
    fn holidays_may_be_toml_dates_or_strings() {
        let basis = include_str!("../../../public/content/regio.toml");
        let tekst = format!("feestdagen = [2025-12-25, \"2025-12-26\"]\n{basis}");
        let regio = lees_regio("regio.toml", &tekst).unwrap();
        assert_eq!(
            regio.feestdagen.iter().map(|d| d.iso()).collect::<Vec<_>>(),
            ["2025-12-25", "2025-12-26"]
        );
        let fout = lees_regio("regio.toml", &format!("feestdagen = [2025-02-30]\n{basis}"));
        assert!(fout.is_err());
    }

    #[test]
    fn treeknorm_is_14_weeks_unless_the_region_sets_it() {
        let basis = include_str!("../../../public/content/regio.toml");
        let zonder: String = basis.split("\n[treeknorm]").next().unwrap_or(basis).to_string();
        let regio = lees_regio("regio.toml", &zonder).expect("without [treeknorm]");
        assert_eq!(regio.treeknorm, crate::kpi::Treeknorm::default());
        let eigen = format!("{zonder}\n[treeknorm]\nstandaard_weken = 10\nper_productcategorie = {{ \"45\" = 6.5 }}\n");
        let regio = lees_regio("regio.toml", &eigen).expect("own norm");
        assert_eq!(regio.treeknorm.standaard_weken, 10.0);
        assert_eq!(regio.treeknorm.voor(Some(45)), 6.5);
        assert_eq!(regio.treeknorm.voor(Some(43)), 10.0);
        for fout in [
            "standaard_weken = 0",
            "per_productcategorie = { \"ambulant\" = 6 }",
            "weken = 3",
        ] {
            let p = lees_regio("regio.toml", &format!("{zonder}\n[treeknorm]\n{fout}\n")).expect_err(fout);
            assert!(p.regel > 0, "{fout}: {p}");
        }
    }

    #[test]
    fn broken_content_names_the_line() {
        let fout = lees_regio("regio.toml", "[regio]\nnaam = \"x\"\nkorte_naam = 3\n").unwrap_err();
        assert_eq!(fout.bestand, "regio.toml");
        assert_eq!(fout.regel, 3);
        assert!(fout.reden.starts_with("inhoudsbestand klopt niet"), "{}", fout.reden);
    }

    #[test]
    fn product_catalogue_fills_segments_and_marks_jeugdzorgplus() {
        let tekst = "[[producten]]\ncode = \"43J01\"\nnaam = \"JeugdzorgPlus\"\nproductcategorie = 43\nsegment = 5\njeugdzorgplus = true\n\n[[producten]]\ncode = \"45a01\"\nnaam = \"Ambulant\"\nproductcategorie = 45\n";
        let catalogus = lees_producten("producten.toml", tekst).unwrap();
        assert_eq!(catalogus.segment("43J01"), Some(5));
        assert!(catalogus.is_jeugdzorgplus("43j01"));
        assert_eq!(
            catalogus.segment("45A01"),
            None,
            "a product without segment leaves it open"
        );
        assert!(!catalogus.is_jeugdzorgplus("45A01"));
        let fout = lees_producten("producten.toml", "[[producten]]\ncode = 1\n").unwrap_err();
        assert_eq!(fout.regel, 2);
    }

    #[test]
    fn shipped_region_content_parses() {
        let tekst = include_str!("../../../public/content/regio.toml");
        let regio = lees_regio("regio.toml", tekst).expect("public/content/regio.toml must parse");
        assert_eq!(regio.gemeenten.len(), 7);
        assert_eq!(regio.strategische_doelen.len(), 4);
        assert!(regio.regio.naam.contains("Noord-Veluwe"));
        assert!(!regio.visie.alineas.is_empty());
    }
}
