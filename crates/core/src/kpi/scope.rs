//! Scope: the filters that restrict which trajectories a KPI looks at.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::content::gemeentecode;

/// Een leeftijdsgrens: van `min` tot en met `max` jaar, gerekend als
/// jaar(W.tot) − geboortejaar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leeftijd {
    pub min: u32,
    pub max: u32,
}

/// The names of the scope filters, as in URL queries and CLI options.
pub const FILTERNAMEN: [&str; 7] = [
    "gemeente",
    "segment",
    "aanbieder",
    "productcategorie",
    "productcode",
    "verwijzer",
    "leeftijd",
];

/// De selectie. Een lege verzameling betekent "geen filter" (alles telt mee);
/// filters samen betekenen "en", waarden binnen één filter "of".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// CBS codes, `GM0243`.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub gemeenten: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub segmenten: BTreeSet<u8>,
    /// Compared without regard to ASCII case.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub aanbieders: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub productcategorieen: BTreeSet<u8>,
    /// Compared without regard to ASCII case.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub productcodes: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub verwijzers: BTreeSet<u8>,
    /// A trajectory without geboortejaar is outside every age range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leeftijd: Option<Leeftijd>,
}

impl Scope {
    /// True when nothing is filtered: the whole data set.
    pub fn is_leeg(&self) -> bool {
        self.gemeenten.is_empty()
            && self.segmenten.is_empty()
            && self.aanbieders.is_empty()
            && self.productcategorieen.is_empty()
            && self.productcodes.is_empty()
            && self.verwijzers.is_empty()
            && self.leeftijd.is_none()
    }

    /// True when only gemeente and segment filter: the dimensions a budget
    /// (begroting) and the population (bevolking) can be split by.
    pub fn alleen_gemeente_en_segment(&self) -> bool {
        self.aanbieders.is_empty()
            && self.productcategorieen.is_empty()
            && self.productcodes.is_empty()
            && self.verwijzers.is_empty()
            && self.leeftijd.is_none()
    }

    /// The scope as URL query pairs, with the same names as the CLI flags
    /// (`gemeente`, `segment`, …, `leeftijd=MIN-MAX`); a set gives one pair
    /// per value.
    pub fn naar_query(&self) -> Vec<(String, String)> {
        let mut paren = Vec::new();
        let mut voeg = |naam: &str, waarde: String| paren.push((naam.to_string(), waarde));
        self.gemeenten.iter().for_each(|g| voeg("gemeente", g.clone()));
        self.segmenten.iter().for_each(|s| voeg("segment", s.to_string()));
        self.aanbieders.iter().for_each(|a| voeg("aanbieder", a.clone()));
        self.productcategorieen
            .iter()
            .for_each(|c| voeg("productcategorie", format!("{c:02}")));
        self.productcodes.iter().for_each(|c| voeg("productcode", c.clone()));
        self.verwijzers
            .iter()
            .for_each(|v| voeg("verwijzer", format!("{v:02}")));
        if let Some(l) = self.leeftijd {
            voeg("leeftijd", format!("{}-{}", l.min, l.max));
        }
        paren
    }

    /// Reads [`Scope::naar_query`]'s pairs back. Unknown names and bad values
    /// are an error in Dutch (a URL is user input). Municipality codes are
    /// normalised (`0243` → `GM0243`); other municipality text is refused
    /// because names need the region content (resolve them before).
    pub fn uit_query<I, K, V>(paren: I) -> Result<Scope, String>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut scope = Scope::default();
        for (naam, waarde) in paren {
            let (naam, waarde) = (naam.as_ref().trim(), waarde.as_ref().trim());
            match naam {
                "gemeente" => {
                    let code =
                        gemeentecode(&[], waarde).ok_or_else(|| format!("onbekende gemeentecode: {waarde:?}"))?;
                    scope.gemeenten.insert(code);
                }
                "segment" => {
                    scope.segmenten.insert(getal(naam, waarde, 1..=5)?);
                }
                "aanbieder" if !waarde.is_empty() => {
                    scope.aanbieders.insert(waarde.to_string());
                }
                "productcategorie" => {
                    // The same rule as ingestion, so a filter can never name a code no row can have.
                    let code = crate::ingest::waarden::productcategorie(waarde)
                        .map_err(|reden| format!("productcategorie {waarde:?}: {reden}"))?;
                    scope.productcategorieen.insert(code);
                }
                "productcode" if !waarde.is_empty() => {
                    scope.productcodes.insert(waarde.to_ascii_uppercase());
                }
                "verwijzer" => {
                    scope.verwijzers.insert(getal(naam, waarde, 1..=99)?);
                }
                "leeftijd" => scope.leeftijd = Some(leeftijd(waarde)?),
                _ => return Err(format!("onbekend of leeg filter: {naam}={waarde:?}")),
            }
        }
        Ok(scope)
    }
}

fn getal(naam: &str, waarde: &str, bereik: std::ops::RangeInclusive<u8>) -> Result<u8, String> {
    waarde.parse::<u8>().ok().filter(|g| bereik.contains(g)).ok_or_else(|| {
        format!(
            "{naam} moet een getal van {} tot en met {} zijn, niet {waarde:?}",
            bereik.start(),
            bereik.end()
        )
    })
}

fn leeftijd(waarde: &str) -> Result<Leeftijd, String> {
    let fout = || format!("leeftijd moet MIN-MAX zijn (bijvoorbeeld 12-17), niet {waarde:?}");
    let (min, max) = waarde.split_once('-').ok_or_else(fout)?;
    let min: u32 = min.trim().parse().map_err(|_| fout())?;
    let max: u32 = max.trim().parse().map_err(|_| fout())?;
    if min > max || max > 150 {
        return Err(fout());
    }
    Ok(Leeftijd { min, max })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip() {
        let mut s = Scope::default();
        s.gemeenten.insert("GM0243".into());
        s.segmenten.extend([1, 2]);
        s.aanbieders.insert("P 1".into());
        s.productcategorieen.insert(45);
        s.productcodes.insert("54001".into());
        s.verwijzers.insert(2);
        s.leeftijd = Some(Leeftijd { min: 12, max: 17 });
        let q = s.naar_query();
        assert!(q.contains(&("verwijzer".into(), "02".into())));
        assert!(q.contains(&("leeftijd".into(), "12-17".into())));
        assert_eq!(Scope::uit_query(q).unwrap(), s);
        assert!(Scope::uit_query(Vec::<(String, String)>::new()).unwrap().is_leeg());
    }

    #[test]
    fn query_normalises_and_refuses() {
        let s = Scope::uit_query([("gemeente", "0243"), ("productcode", "54a01")]).unwrap();
        assert!(s.gemeenten.contains("GM0243"));
        assert!(s.productcodes.contains("54A01"));
        assert!(Scope::uit_query([("segment", "6")]).is_err());
        assert!(Scope::uit_query([("leeftijd", "18-12")]).is_err());
        assert!(Scope::uit_query([("leeftijd", "x")]).is_err());
        assert!(Scope::uit_query([("kleur", "rood")]).is_err());
        assert!(Scope::uit_query([("gemeente", "Atlantis")]).is_err());
    }

    #[test]
    fn serde_round_trip() {
        let s = Scope::uit_query([("segment", "4"), ("leeftijd", "0-17")]).unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, r#"{"segmenten":[4],"leeftijd":{"min":0,"max":17}}"#);
        assert_eq!(serde_json::from_str::<Scope>(&json).unwrap(), s);
    }
}
