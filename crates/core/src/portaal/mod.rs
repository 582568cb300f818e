//! The public portal's content: where families go first (the access team per
//! municipality), emergency numbers, the five segments, plain texts per
//! product, the keuzehulp questions and the contracted providers. It lives
//! in `public/content/portaal.toml`, next to `regio.toml` and
//! `producten.toml`, and is checked against both ([`controleer`]): every
//! problem names the file, the line and the field.

mod begrippen;
mod voorbeelden;
mod wachten;
mod zoeken;

pub use begrippen::{anker as begrip_anker, markeer as markeer_begrippen, Stuk};
pub use voorbeelden::{voorbeeldwaarden, AANBIEDER_VELDEN, TOEGANG_VELDEN};
pub use wachten::{
    actuele_wachttijden, filter as filter_wachttijden, sorteer as sorteer_wachttijden, Wachtfilter, Wachtplek,
};
pub use zoeken::{vouw, zoek_gemeente, zoek_producten, Productfilter};

/// Path of the public waiting times (the spec's wachttijden format).
pub const WACHTTIJDEN_BESTAND: &str = "content/wachttijden.csv";

use serde::Deserialize;

use crate::content::{toml_probleem, Productcatalogus, RegioInhoud};
use crate::problem::Probleem;
pub use crate::voorbeeld::Voorbeeld;

/// Path of the portal file, relative to the site root.
pub const PORTAAL_BESTAND: &str = "content/portaal.toml";

/// Everything in `portaal.toml`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Portaal {
    pub eerste_stap: EersteStap,
    pub noodnummers: Vec<Noodnummer>,
    pub toegang: Vec<Toegang>,
    pub segmenten: Vec<Segment>,
    #[serde(default)]
    pub productteksten: Vec<Producttekst>,
    #[serde(default)]
    pub keuzehulp: Vec<Keuzevraag>,
    /// The keuzehulp's opening and closing words.
    #[serde(default)]
    pub keuzehulp_tekst: Option<KeuzehulpTekst>,
    #[serde(default)]
    pub aanbieders: Vec<Aanbieder>,
}

/// What happens when a family contacts the access team.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EersteStap {
    pub titel: String,
    /// The promise, e.g. contact within 3 working days.
    pub belofte: String,
    pub wat_gebeurt_er: Vec<String>,
    pub voorbereiden: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Noodnummer {
    pub naam: String,
    pub nummer: String,
    pub wanneer: String,
    /// A short name for the bar "Direct hulp nodig?" on every page, where a
    /// long name would wrap into several lines on a phone (the English
    /// "Veilig Thuis (Safe at Home)"). Without it the bar shows `naam`.
    #[serde(default)]
    pub kort: Option<String>,
}

/// The longest short name of an emergency number: with the number it must
/// fit on one line of half a phone screen.
pub const MAX_KORT: usize = 20;

impl Noodnummer {
    /// The link text in the bar on every page: the short name (or the name)
    /// with the number, unless the name already holds it ("Alarmnummer 112").
    pub fn balktekst(&self) -> String {
        let naam = self
            .kort
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
            .unwrap_or(&self.naam);
        if naam.contains(self.nummer.trim()) {
            naam.to_string()
        } else {
            format!("{naam} {}", self.nummer.trim())
        }
    }
}

/// A municipality's access point (CJG or toegangsteam).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Toegang {
    /// CBS code of a municipality in `regio.toml`.
    pub gemeente: String,
    /// `CJG` or `toegangsteam`.
    pub soort: String,
    pub naam: String,
    pub adres: String,
    pub postcode_plaats: String,
    pub telefoon: String,
    pub email: String,
    pub website: String,
    pub openingstijden: String,
    /// Villages and towns in the municipality, so a family can type theirs.
    #[serde(default)]
    pub kernen: Vec<String>,
    /// Which of these values are examples, not yet verified.
    #[serde(default)]
    pub voorbeeld: Voorbeeld,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub nummer: u8,
    pub naam: String,
    pub uitleg: String,
}

/// The plain text of a product in the catalogue.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Producttekst {
    pub code: String,
    pub omschrijving: String,
    #[serde(default)]
    pub wie_verwijst: Vec<String>,
}

/// One question of the keuzehulp.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Keuzevraag {
    pub vraag: String,
    pub antwoorden: Vec<Keuzeantwoord>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Keuzeantwoord {
    pub tekst: String,
    /// The segments this answer points to.
    #[serde(default)]
    pub segmenten: Vec<u8>,
    /// The answer means danger now: show the emergency numbers first.
    #[serde(default)]
    pub nood: bool,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KeuzehulpTekst {
    pub intro: String,
    /// Said at the end: the keuzehulp decides nothing, the access team helps.
    pub slot: String,
}

/// A contracted provider.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Aanbieder {
    pub naam: String,
    #[serde(default)]
    pub website: Option<String>,
    /// Product codes it is contracted for.
    #[serde(default)]
    pub producten: Vec<String>,
    /// Which of these values are examples (the demo's invented providers).
    #[serde(default)]
    pub voorbeeld: Voorbeeld,
}

impl Portaal {
    pub fn toegang_van(&self, gemeente: &str) -> Option<&Toegang> {
        self.toegang.iter().find(|t| t.gemeente.eq_ignore_ascii_case(gemeente))
    }

    pub fn producttekst(&self, code: &str) -> Option<&Producttekst> {
        self.productteksten
            .iter()
            .find(|p| p.code.eq_ignore_ascii_case(code.trim()))
    }

    pub fn segment(&self, nummer: u8) -> Option<&Segment> {
        self.segmenten.iter().find(|s| s.nummer == nummer)
    }
}

/// Where the keuzehulp points after some answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keuzeuitkomst {
    /// An answer said there is danger now: show the emergency numbers.
    pub nood: bool,
    /// The segments most answers point to (ties are all kept), ascending.
    pub segmenten: Vec<u8>,
}

impl Portaal {
    /// The outcome of the answers given so far: `gekozen[i]` is the index of
    /// the answer to question `i`. Each answer counts as one vote for each of
    /// its segments; the segments with the most votes remain, so the result
    /// is never empty once a question has segments, and a later answer
    /// narrows without contradicting an earlier one away.
    pub fn keuzehulp_uitkomst(&self, gekozen: &[usize]) -> Keuzeuitkomst {
        let antwoorden: Vec<&Keuzeantwoord> = gekozen
            .iter()
            .zip(&self.keuzehulp)
            .filter_map(|(&a, v)| v.antwoorden.get(a))
            .collect();
        let mut stemmen = [0u32; 6];
        for a in &antwoorden {
            for &s in &a.segmenten {
                if let Some(n) = stemmen.get_mut(usize::from(s)) {
                    *n += 1;
                }
            }
        }
        let meeste = stemmen.iter().skip(1).copied().max().unwrap_or(0);
        Keuzeuitkomst {
            nood: antwoorden.iter().any(|a| a.nood),
            segmenten: if meeste == 0 {
                Vec::new()
            } else {
                (1..=5u8).filter(|&s| stemmen[usize::from(s)] == meeste).collect()
            },
        }
    }
}

/// Parses `portaal.toml`; `bestand` is the name used in problems.
pub fn lees_portaal(bestand: &str, tekst: &str) -> Result<Portaal, Probleem> {
    toml::from_str::<Portaal>(tekst).map_err(|fout| toml_probleem(bestand, tekst, &fout))
}

/// Checks the portal against the region and the catalogue: every
/// municipality has exactly one access point and no other is listed, the
/// segments are 1–5 once each, product texts and providers name products of
/// the catalogue, keuzehulp answers point to segments 1–5, the contact
/// fields are filled in, and `voorbeeld` names only fields that exist.
/// `tekst` is the file's text, for line numbers.
pub fn controleer(
    portaal: &Portaal,
    regio: &RegioInhoud,
    catalogus: &Productcatalogus,
    bestand: &str,
    tekst: &str,
) -> Vec<Probleem> {
    let mut problemen = Vec::new();
    let mut meld = |zoek: &str, veld: &str, waarde: &str, reden: String| {
        problemen.push(Probleem {
            bestand: bestand.to_string(),
            regel: regel_van(tekst, zoek),
            kolom: veld.to_string(),
            waarde: waarde.to_string(),
            reden,
        });
    };
    for t in &portaal.toegang {
        let zoek = format!("\"{}\"", t.gemeente);
        if !regio.gemeenten.iter().any(|g| g.code.eq_ignore_ascii_case(&t.gemeente)) {
            meld(
                &zoek,
                "gemeente",
                &t.gemeente,
                "deze gemeente staat niet in regio.toml".into(),
            );
        }
        if portaal
            .toegang
            .iter()
            .filter(|a| a.gemeente.eq_ignore_ascii_case(&t.gemeente))
            .count()
            > 1
        {
            meld(
                &zoek,
                "gemeente",
                &t.gemeente,
                "deze gemeente heeft meer dan één toegang".into(),
            );
        }
        if !matches!(t.soort.as_str(), "CJG" | "toegangsteam") {
            meld(
                &format!("\"{}\"", t.soort),
                "soort",
                &t.soort,
                "kies CJG of toegangsteam".into(),
            );
        }
        for (veld, waarde) in [
            ("naam", &t.naam),
            ("telefoon", &t.telefoon),
            ("email", &t.email),
            ("website", &t.website),
            ("openingstijden", &t.openingstijden),
        ] {
            if waarde.trim().is_empty() {
                meld(&zoek, veld, "", format!("{veld} ontbreekt bij {}", t.gemeente));
            }
        }
        if !t.website.is_empty() && !t.website.starts_with("https://") {
            meld(
                &format!("\"{}\"", t.website),
                "website",
                &t.website,
                "een website begint met https://".into(),
            );
        }
        if !t.email.is_empty() && !t.email.contains('@') {
            meld(
                &format!("\"{}\"", t.email),
                "email",
                &t.email,
                "dit is geen e-mailadres".into(),
            );
        }
    }
    if !portaal.noodnummers.iter().any(|n| !n.nummer.trim().is_empty()) {
        meld(
            "[[noodnummers]]",
            "noodnummers",
            "",
            "er is geen noodnummer; de website toont ze op elke pagina en in de keuzehulp".into(),
        );
    }
    for n in portaal.noodnummers.iter().filter(|n| n.nummer.trim().is_empty()) {
        meld(&n.naam, "nummer", "", format!("{} heeft geen nummer", n.naam));
    }
    for n in &portaal.noodnummers {
        if let Some(kort) = n.kort.as_deref().filter(|k| k.trim().chars().count() > MAX_KORT) {
            meld(
                &format!("kort = \"{kort}\""),
                "kort",
                kort,
                format!(
                    "de korte naam is {} tekens; hoogstens {MAX_KORT}, zodat hij met het nummer op een telefoon op één regel past",
                    kort.trim().chars().count()
                ),
            );
        }
    }
    for g in &regio.gemeenten {
        if portaal.toegang_van(&g.code).is_none() {
            meld(
                "[[toegang]]",
                "toegang",
                &g.code,
                format!("{} ({}) heeft geen toegang", g.naam, g.code),
            );
        }
    }
    for n in 1..=5u8 {
        match portaal.segmenten.iter().filter(|s| s.nummer == n).count() {
            1 => {}
            0 => meld(
                "[[segmenten]]",
                "segmenten",
                &n.to_string(),
                format!("segment {n} ontbreekt"),
            ),
            _ => meld(
                &format!("nummer = {n}"),
                "nummer",
                &n.to_string(),
                format!("segment {n} staat er meer dan één keer"),
            ),
        }
    }
    for s in portaal.segmenten.iter().filter(|s| !(1..=5).contains(&s.nummer)) {
        meld(
            &format!("nummer = {}", s.nummer),
            "nummer",
            &s.nummer.to_string(),
            "een segment is 1 tot en met 5".into(),
        );
    }
    for p in &portaal.productteksten {
        if catalogus.product(&p.code).is_none() {
            meld(
                &format!("\"{}\"", p.code),
                "code",
                &p.code,
                "deze productcode staat niet in producten.toml".into(),
            );
        }
    }
    for a in &portaal.aanbieders {
        for code in a.producten.iter().filter(|c| catalogus.product(c).is_none()) {
            meld(
                &format!("\"{code}\""),
                "producten",
                code,
                format!("{} noemt een product dat niet in producten.toml staat", a.naam),
            );
        }
    }
    for v in &portaal.keuzehulp {
        if v.antwoorden.is_empty() {
            meld(
                &v.vraag,
                "antwoorden",
                "",
                "een vraag van de keuzehulp heeft geen antwoorden".into(),
            );
        }
        for a in &v.antwoorden {
            for s in a.segmenten.iter().filter(|s| !(1..=5).contains(*s)) {
                meld(
                    &a.tekst,
                    "segmenten",
                    &s.to_string(),
                    "een antwoord wijst naar een segment dat niet bestaat".into(),
                );
            }
        }
    }
    problemen.extend(voorbeelden::onbekende_velden(portaal, bestand, tekst));
    problemen
}

/// The 1-based line where `zoek` first occurs (0 when it does not).
fn regel_van(tekst: &str, zoek: &str) -> u64 {
    tekst
        .find(zoek)
        .map_or(0, |i| tekst[..i].matches('\n').count() as u64 + 1)
}

#[cfg(test)]
mod tests;
