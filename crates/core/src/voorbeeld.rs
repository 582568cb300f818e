//! Example values: content that nobody has verified yet, such as the demo
//! region's invented addresses. A content table says which of its values
//! are examples with `voorbeeld = true` (all of them) or a list of field
//! names (`voorbeeld = ["telefoon", "email"]`). The content check lists
//! every example value, the build for publication refuses them, and the
//! site marks them, so an invented phone number never looks like a fact.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

use crate::problem::Probleem;

/// The reason given for every example value in the content check.
pub const REDEN: &str = "voorbeeldwaarde, controleer en vervang vóór publicatie";

/// Which values of one content table are examples.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Voorbeeld {
    /// Every value is verified (the table has no `voorbeeld`).
    #[default]
    Geen,
    /// `voorbeeld = true`: every field of the table is an example.
    Alles,
    /// `voorbeeld = ["naam", …]`: these fields are examples, as written.
    Velden(Vec<String>),
}

impl Voorbeeld {
    /// Is the value of `veld` an example?
    pub fn geldt_voor(&self, veld: &str) -> bool {
        match self {
            Voorbeeld::Geen => false,
            Voorbeeld::Alles => true,
            Voorbeeld::Velden(velden) => velden.iter().any(|v| v == veld),
        }
    }

    /// Does the table hold any example value?
    pub fn is_geen(&self) -> bool {
        match self {
            Voorbeeld::Geen => true,
            Voorbeeld::Alles => false,
            Voorbeeld::Velden(velden) => velden.is_empty(),
        }
    }

    /// The listed field names that are not in `bekend` (a typing error
    /// would otherwise leave a value unmarked without anyone noticing).
    pub fn onbekende_velden<'a>(&'a self, bekend: &[&str]) -> Vec<&'a str> {
        match self {
            Voorbeeld::Velden(velden) => velden
                .iter()
                .map(String::as_str)
                .filter(|v| !bekend.contains(v))
                .collect(),
            Voorbeeld::Geen | Voorbeeld::Alles => Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Voorbeeld {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(VoorbeeldVisitor)
    }
}

struct VoorbeeldVisitor;

impl<'de> Visitor<'de> for VoorbeeldVisitor {
    type Value = Voorbeeld;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("true, false of een lijst met veldnamen, zoals [\"telefoon\", \"email\"]")
    }

    fn visit_bool<E: de::Error>(self, waarde: bool) -> Result<Voorbeeld, E> {
        Ok(if waarde { Voorbeeld::Alles } else { Voorbeeld::Geen })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut lijst: A) -> Result<Voorbeeld, A::Error> {
        let mut velden = Vec::new();
        while let Some(veld) = lijst.next_element::<String>()? {
            velden.push(veld.trim().to_string());
        }
        Ok(Voorbeeld::Velden(velden))
    }
}

/// Where a table's values are found for the content check: the file, its
/// text (for line numbers) and the table, as `[[tabel]]` number `index`
/// (0-based), or the top of the file when `tabel` is `None`.
#[derive(Clone, Copy, Debug)]
pub struct Plek<'a> {
    pub bestand: &'a str,
    pub tekst: &'a str,
    pub tabel: Option<&'a str>,
    pub index: usize,
}

impl Plek<'_> {
    /// The 1-based line of `veld = …` in the table; the table's own line
    /// when the field is written otherwise, 0 when the table is not found.
    pub fn regel(&self, veld: &str) -> u64 {
        let regels: Vec<&str> = self.tekst.lines().collect();
        let begin = match self.tabel {
            None => Some(0),
            Some(tabel) => {
                let kop = format!("[[{tabel}]]");
                regels
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.trim() == kop)
                    .nth(self.index)
                    .map(|(i, _)| i)
            }
        };
        let Some(begin) = begin else { return 0 };
        // The table ends at the next header line; the top of the file at the first.
        let eerste = if self.tabel.is_some() { begin + 1 } else { begin };
        regels
            .iter()
            .enumerate()
            .skip(eerste)
            .take_while(|(_, r)| !r.trim_start().starts_with('['))
            .find(|(_, r)| r.split_once('=').is_some_and(|(sleutel, _)| sleutel.trim() == veld))
            .map_or(begin as u64 + u64::from(self.tabel.is_some()), |(i, _)| i as u64 + 1)
    }

    /// The warning for an example value of `veld`.
    pub fn voorbeeldwaarde(&self, veld: &str, waarde: &str) -> Probleem {
        self.probleem(veld, waarde, REDEN.to_string())
    }

    /// A listed field name that the table does not have: an error.
    pub fn onbekend_veld(&self, veld: &str, bekend: &[&str]) -> Probleem {
        self.probleem(
            "voorbeeld",
            veld,
            format!(
                "\"{veld}\" is geen veld van deze tabel; kies uit: {}",
                bekend.join(", ")
            ),
        )
    }

    fn probleem(&self, veld: &str, waarde: &str, reden: String) -> Probleem {
        Probleem {
            bestand: self.bestand.to_string(),
            regel: self.regel(veld),
            kolom: veld.to_string(),
            waarde: waarde.to_string(),
            reden,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Tabel {
        #[serde(default)]
        voorbeeld: Voorbeeld,
    }

    fn lees(tekst: &str) -> Result<Voorbeeld, String> {
        toml::from_str::<Tabel>(tekst)
            .map(|t| t.voorbeeld)
            .map_err(|f| f.message().to_string())
    }

    #[test]
    fn waar_onwaar_een_lijst_of_niets() {
        assert_eq!(lees(""), Ok(Voorbeeld::Geen));
        assert_eq!(lees("voorbeeld = false"), Ok(Voorbeeld::Geen));
        assert_eq!(lees("voorbeeld = true"), Ok(Voorbeeld::Alles));
        assert_eq!(
            lees("voorbeeld = [\"telefoon\", \" email \"]"),
            Ok(Voorbeeld::Velden(vec!["telefoon".into(), "email".into()]))
        );
        let fout = lees("voorbeeld = \"ja\"").unwrap_err();
        assert!(fout.contains("true, false of een lijst met veldnamen"), "{fout}");
    }

    #[test]
    fn geldt_voor_de_genoemde_velden() {
        let v = Voorbeeld::Velden(vec!["telefoon".into(), "emial".into()]);
        assert!(v.geldt_voor("telefoon") && !v.geldt_voor("naam"));
        assert!(Voorbeeld::Alles.geldt_voor("naam") && !Voorbeeld::Geen.geldt_voor("naam"));
        assert_eq!(v.onbekende_velden(&["telefoon", "email"]), ["emial"]);
        assert!(Voorbeeld::Velden(Vec::new()).is_geen() && !v.is_geen());
    }

    #[test]
    fn de_regel_van_een_veld_in_de_juiste_tabel() {
        let tekst =
            "voorbeeld = true\n\n[[t]]\nnaam = \"a\"\n\n[[t]]\n# uitleg\nnaam = \"b\"\nvoorbeeld = [\"naam\"]\n";
        let plek = |tabel, index| Plek {
            bestand: "x.toml",
            tekst,
            tabel,
            index,
        };
        assert_eq!(plek(None, 0).regel("voorbeeld"), 1);
        assert_eq!(plek(Some("t"), 0).regel("naam"), 4);
        assert_eq!(plek(Some("t"), 1).regel("naam"), 8);
        assert_eq!(plek(Some("t"), 1).regel("voorbeeld"), 9);
        // Not written as `veld = …`: the table's header line.
        assert_eq!(plek(Some("t"), 0).regel("adres"), 3);
        assert_eq!(plek(Some("t"), 5).regel("naam"), 0);
        let p = plek(Some("t"), 1).onbekend_veld("emial", &["naam", "email"]);
        assert_eq!((p.regel, p.kolom.as_str()), (9, "voorbeeld"));
        assert!(p.reden.contains("kies uit: naam, email"), "{}", p.reden);
    }
}
