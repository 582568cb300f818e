//! Searching as a parent types: without regard to case or accents
//! ("creche" finds "crèche"), on parts of words ("pleeg" finds
//! "Pleegzorg"), every typed word must occur somewhere.

use crate::content::{CatalogusProduct, Productcatalogus, RegioInhoud};

use super::Portaal;

/// Lower case without accents; anything that is not a letter or digit
/// becomes a space, so "Zorg-op-maat" and "zorg op maat" are the same.
pub fn vouw(tekst: &str) -> String {
    let mut uit = String::with_capacity(tekst.len());
    for c in tekst.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => uit.push('a'),
            'è' | 'é' | 'ê' | 'ë' => uit.push('e'),
            'ì' | 'í' | 'î' | 'ï' => uit.push('i'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => uit.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => uit.push('u'),
            'ý' | 'ÿ' => uit.push('y'),
            'ç' => uit.push('c'),
            'ñ' => uit.push('n'),
            'ĳ' => uit.push_str("ij"),
            c if c.is_alphanumeric() => uit.push(c),
            _ => uit.push(' '),
        }
    }
    uit
}

/// True when every word of `zoekvraag` occurs in `tekst` (both folded).
fn past(gevouwen_tekst: &str, zoekvraag: &str) -> bool {
    vouw(zoekvraag).split_whitespace().all(|w| gevouwen_tekst.contains(w))
}

/// Municipalities whose name or one of whose villages matches what was
/// typed: (code, name, the village that matched when it was not the name).
/// Names that start with the text come first.
pub fn zoek_gemeente(regio: &RegioInhoud, portaal: &Portaal, invoer: &str) -> Vec<(String, String, Option<String>)> {
    let gezocht = vouw(invoer).split_whitespace().collect::<Vec<_>>().join(" ");
    if gezocht.is_empty() {
        return Vec::new();
    }
    let mut gevonden: Vec<(bool, String, String, Option<String>)> = Vec::new();
    for g in &regio.gemeenten {
        let naam = vouw(&g.naam);
        if naam.contains(&gezocht) {
            gevonden.push((naam.starts_with(&gezocht), g.code.clone(), g.naam.clone(), None));
            continue;
        }
        let kernen = portaal.toegang_van(&g.code).map(|t| t.kernen.as_slice()).unwrap_or(&[]);
        if let Some(kern) = kernen.iter().find(|k| vouw(k).contains(&gezocht)) {
            gevonden.push((
                vouw(kern).starts_with(&gezocht),
                g.code.clone(),
                g.naam.clone(),
                Some(kern.clone()),
            ));
        }
    }
    gevonden.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
    gevonden
        .into_iter()
        .map(|(_, code, naam, kern)| (code, naam, kern))
        .collect()
}

/// The product book's filters; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Productfilter {
    pub segment: Option<u8>,
    /// Who can refer, as written in the portal's `wie_verwijst`.
    pub verwijzer: Option<String>,
    /// Only JeugdzorgPlus (closed youth care) products, or only others.
    pub jeugdzorgplus: Option<bool>,
}

/// The catalogue's products that match the search text and the filters,
/// by segment and then name. Searched are the name, the code, the plain
/// description and the segment's name.
pub fn zoek_producten<'c>(
    catalogus: &'c Productcatalogus,
    portaal: &Portaal,
    zoekvraag: &str,
    filter: &Productfilter,
) -> Vec<&'c CatalogusProduct> {
    let mut uit: Vec<&CatalogusProduct> = catalogus
        .producten()
        .into_iter()
        .filter(|p| filter.segment.is_none_or(|s| p.segment == Some(s)))
        .filter(|p| filter.jeugdzorgplus.is_none_or(|j| p.jeugdzorgplus == j))
        .filter(|p| {
            filter.verwijzer.as_ref().is_none_or(|v| {
                portaal
                    .producttekst(&p.code)
                    .is_some_and(|t| t.wie_verwijst.iter().any(|w| w.eq_ignore_ascii_case(v)))
            })
        })
        .filter(|p| {
            let tekst = portaal.producttekst(&p.code).map_or("", |t| t.omschrijving.as_str());
            let segment = p
                .segment
                .and_then(|s| portaal.segment(s))
                .map_or("", |s| s.naam.as_str());
            past(
                &vouw(&format!("{} {} {} {}", p.naam, p.code, tekst, segment)),
                zoekvraag,
            )
        })
        .collect();
    uit.sort_by(|a, b| {
        a.segment
            .unwrap_or(9)
            .cmp(&b.segment.unwrap_or(9))
            .then_with(|| a.naam.cmp(&b.naam))
    });
    uit
}
