//! Waiting times at the latest reporting date in the window.
//!
//! Waiting lists are per provider and product, not per youth: the scope's
//! gemeente, aanbieder, productcategorie and productcode filters apply; its
//! segment, verwijzer and leeftijd filters have no meaning here and are
//! ignored (`wachttijden_ignore_youth_filters`).

use std::collections::{BTreeMap, BTreeSet};

use crate::date::Datum;
use crate::model::Bestandssoort::Wachttijden;
use crate::model::{Product, Wachttijd};

use super::afronding::gemiddelde;
use super::selectie::Selectie;
use super::{Uitkomst, WachtGemiddelde};

/// De peildatum van de wachttijden: de laatste peildatum op of vóór het einde
/// van de periode (binnen de selectie).
pub fn wacht_peildatum(s: &Selectie) -> Uitkomst<Option<Datum>> {
    s.met(&[Wachttijden], || peildatum(s))
}

/// Gemiddelde wachttijd in weken per product (productcode, of anders
/// productcategorie) op de peildatum van de wachttijden: over alle
/// aanbieders, en apart over de aanbieders met een wachttijd boven 0.
pub fn wachttijd_gemiddeld(s: &Selectie) -> Uitkomst<BTreeMap<String, WachtGemiddelde>> {
    s.met(&[Wachttijden], || {
        let mut per: BTreeMap<String, Vec<f64>> = BTreeMap::new();
        for r in rijen_op_peildatum(s) {
            per.entry(productsleutel(&r.product))
                .or_default()
                .push(r.wachttijd_weken);
        }
        per.into_iter()
            .map(|(sleutel, weken)| {
                let g = WachtGemiddelde {
                    alle: gemiddelde(weken.iter().copied()),
                    met_wachttijd: gemiddelde(weken.iter().copied().filter(|&w| w > 0.0)),
                };
                (sleutel, g)
            })
            .collect()
    })
}

/// Aantal aanbieders met op de peildatum van de wachttijden een wachttijd
/// boven de Treeknorm (standaard 14 weken; per productcategorie in te
/// stellen).
pub fn boven_treeknorm(s: &Selectie) -> Uitkomst<Option<u64>> {
    s.met(&[Wachttijden], || {
        peildatum(s)?;
        let norm = &s.opties.treeknorm;
        let boven: BTreeSet<&str> = rijen_op_peildatum(s)
            .filter(|r| r.wachttijd_weken > norm.voor(r.productcategorie))
            .map(|r| r.aanbieder.trim())
            .collect();
        Some(boven.len() as u64)
    })
}

/// Som van het aantal wachtenden op de peildatum van de wachttijden. Leeg
/// als geen enkele rij op die datum het aantal wachtenden noemt (dan is "0"
/// niet bekend).
pub fn wachtenden(s: &Selectie) -> Uitkomst<Option<u64>> {
    s.met(&[Wachttijden], || {
        rijen_op_peildatum(s)
            .filter_map(|r| r.wachtenden)
            .fold(None, |som, w| Some(som.unwrap_or(0u64).saturating_add(w)))
    })
}

/// One provider's waiting time for one product on the waiting-time
/// peildatum: a row of the wachttijden file as the KPIs above read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Wachtregel {
    pub aanbieder: String,
    /// The product key as in `wachttijd_gemiddeld` (code, or category as two digits).
    pub product: String,
    pub productcategorie: Option<u8>,
    pub gemeente: Option<String>,
    pub weken: f64,
    pub wachtenden: Option<u64>,
}

/// The rows behind `wachttijd_gemiddeld`, `boven_treeknorm` and
/// `wachtenden`: the in-scope rows on the waiting-time peildatum, longest
/// waiting time first (then by provider and product).
pub fn wachtregels(s: &Selectie) -> (Option<Datum>, Vec<Wachtregel>) {
    let mut regels: Vec<Wachtregel> = rijen_op_peildatum(s)
        .map(|r| Wachtregel {
            aanbieder: r.aanbieder.trim().to_string(),
            product: productsleutel(&r.product),
            productcategorie: r.productcategorie,
            gemeente: r.gemeente.clone(),
            weken: r.wachttijd_weken,
            wachtenden: r.wachtenden,
        })
        .collect();
    regels.sort_by(|a, b| {
        b.weken
            .total_cmp(&a.weken)
            .then_with(|| a.aanbieder.cmp(&b.aanbieder))
            .then_with(|| a.product.cmp(&b.product))
    });
    (peildatum(s), regels)
}

/// The output key of a product: its code in upper case, or the category as two
/// digits.
fn productsleutel(p: &Product) -> String {
    match p {
        Product::Code(c) => c.trim().to_ascii_uppercase(),
        Product::Categorie(c) => format!("{c:02}"),
    }
}

fn in_scope(s: &Selectie, r: &Wachttijd) -> bool {
    let sc = s.scope;
    s.gemeente_in_scope(r.gemeente.as_deref())
        && s.aanbieder_in_scope(Some(&r.aanbieder))
        && (sc.productcategorieen.is_empty() || r.productcategorie.is_some_and(|c| sc.productcategorieen.contains(&c)))
        && (sc.productcodes.is_empty()
            || matches!(&r.product, Product::Code(c) if sc.productcodes.iter().any(|g| g.eq_ignore_ascii_case(c.trim()))))
}

/// The latest in-scope peildatum ≤ W.tot (`wacht_peildatum_is_latest_in_scope`).
fn peildatum(s: &Selectie) -> Option<Datum> {
    s.data
        .wachttijden
        .iter()
        .filter(|r| r.peildatum <= s.venster.tot && in_scope(s, r))
        .map(|r| r.peildatum)
        .max()
}

fn rijen_op_peildatum<'s>(s: &'s Selectie) -> impl Iterator<Item = &'s Wachttijd> + 's {
    let p = peildatum(s);
    s.data
        .wachttijden
        .iter()
        .filter(move |r| Some(r.peildatum) == p && in_scope(s, r))
}
