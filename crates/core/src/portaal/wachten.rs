//! The beschikbaarheidswijzer: per provider and product the waiting time on
//! the latest peildatum of the region's `wachttijden.csv` (the spec's
//! wachttijden format), with the treeknorm, and filters as a parent uses
//! them (municipality, segment, product).

use crate::content::Productcatalogus;
use crate::date::Datum;
use crate::kpi::Treeknorm;
use crate::model::{Product, Wachttijd};

/// One provider's waiting time for a product (or a whole category).
#[derive(Clone, Debug, PartialEq)]
pub struct Wachtplek {
    pub aanbieder: String,
    /// A product code (upper case), or `None` when the row is for a whole
    /// product category.
    pub productcode: Option<String>,
    pub productcategorie: Option<u8>,
    /// `None` is the whole region.
    pub gemeente: Option<String>,
    pub weken: f64,
    /// The treeknorm that applies (per category when the region sets one).
    pub norm: f64,
}

impl Wachtplek {
    pub fn boven_norm(&self) -> bool {
        self.weken > self.norm
    }
}

/// The rows on the latest peildatum, shortest wait first.
pub fn actuele_wachttijden(rijen: &[Wachttijd], norm: &Treeknorm) -> (Option<Datum>, Vec<Wachtplek>) {
    let peildatum = rijen.iter().map(|r| r.peildatum).max();
    let mut plekken: Vec<Wachtplek> = rijen
        .iter()
        .filter(|r| Some(r.peildatum) == peildatum)
        .map(|r| Wachtplek {
            aanbieder: r.aanbieder.trim().to_string(),
            productcode: match &r.product {
                Product::Code(c) => Some(c.trim().to_ascii_uppercase()),
                Product::Categorie(_) => None,
            },
            productcategorie: r.productcategorie,
            gemeente: r.gemeente.clone(),
            weken: r.wachttijd_weken,
            norm: norm.voor(r.productcategorie),
        })
        .collect();
    sorteer(&mut plekken, true);
    (peildatum, plekken)
}

/// Sorts by waiting time (shortest first when `oplopend`), then provider.
pub fn sorteer(plekken: &mut [Wachtplek], oplopend: bool) {
    plekken.sort_by(|a, b| {
        let v = a.weken.total_cmp(&b.weken);
        (if oplopend { v } else { v.reverse() }).then_with(|| a.aanbieder.cmp(&b.aanbieder))
    });
}

/// What a parent filters on; `None` is "all".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wachtfilter {
    /// A municipality code: rows for it and rows for the whole region.
    pub gemeente: Option<String>,
    /// Rows whose product (or, for a category row, some product of the
    /// category) is in this segment.
    pub segment: Option<u8>,
    /// A product code: rows for it and rows for its whole category.
    pub product: Option<String>,
}

pub fn filter<'p>(plekken: &'p [Wachtplek], f: &Wachtfilter, catalogus: &Productcatalogus) -> Vec<&'p Wachtplek> {
    plekken
        .iter()
        .filter(|p| {
            f.gemeente
                .as_ref()
                .is_none_or(|g| p.gemeente.as_ref().is_none_or(|pg| pg.eq_ignore_ascii_case(g)))
        })
        .filter(|p| {
            f.product.as_ref().is_none_or(|code| match &p.productcode {
                Some(c) => c.eq_ignore_ascii_case(code),
                None => catalogus.product(code).map(|x| x.productcategorie) == p.productcategorie,
            })
        })
        .filter(|p| {
            f.segment.is_none_or(|s| match &p.productcode {
                Some(c) => catalogus.segment(c) == Some(s),
                None => catalogus
                    .producten()
                    .iter()
                    .any(|x| Some(x.productcategorie) == p.productcategorie && x.segment == Some(s)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CatalogusProduct;

    fn rij(
        peil: (i32, u32, u32),
        aanbieder: &str,
        product: Product,
        cat: u8,
        weken: f64,
        gemeente: Option<&str>,
    ) -> Wachttijd {
        Wachttijd {
            peildatum: Datum::from_ymd(peil.0, peil.1, peil.2).unwrap(),
            aanbieder: aanbieder.into(),
            product,
            productcategorie: Some(cat),
            wachttijd_weken: weken,
            wachtenden: None,
            gemeente: gemeente.map(str::to_string),
        }
    }

    fn catalogus() -> Productcatalogus {
        let p = |code: &str, cat: u8, seg: u8| CatalogusProduct {
            code: code.into(),
            naam: code.into(),
            productcategorie: cat,
            segment: Some(seg),
            jeugdzorgplus: false,
        };
        Productcatalogus::nieuw(vec![p("45A01", 45, 4), p("44P01", 44, 2), p("54001", 54, 4)])
    }

    #[test]
    fn alleen_de_laatste_peildatum_met_norm_en_filters() {
        let mut norm = Treeknorm::default();
        norm.per_productcategorie.insert(44, 10.0);
        let rijen = vec![
            rij((2025, 9, 30), "Oud", Product::Categorie(45), 45, 30.0, None),
            rij((2025, 12, 31), "A", Product::Categorie(45), 45, 16.0, None),
            rij(
                (2025, 12, 31),
                "B",
                Product::Code("44p01".into()),
                44,
                12.0,
                Some("GM0243"),
            ),
            rij(
                (2025, 12, 31),
                "C",
                Product::Code("54001".into()),
                54,
                3.0,
                Some("GM0233"),
            ),
        ];
        let (peil, plekken) = actuele_wachttijden(&rijen, &norm);
        assert_eq!(peil, Datum::from_ymd(2025, 12, 31));
        let namen: Vec<&str> = plekken.iter().map(|p| p.aanbieder.as_str()).collect();
        assert_eq!(namen, ["C", "B", "A"]);
        // 12 weeks is above the region's 10 for category 44; 16 above the default 14.
        assert_eq!(
            plekken.iter().map(Wachtplek::boven_norm).collect::<Vec<_>>(),
            [false, true, true]
        );
        let cat = catalogus();
        let namen = |f: &Wachtfilter| {
            filter(&plekken, f, &cat)
                .iter()
                .map(|p| p.aanbieder.clone())
                .collect::<Vec<_>>()
        };
        // Harderwijk: its own row and the region-wide one.
        assert_eq!(
            namen(&Wachtfilter {
                gemeente: Some("GM0243".into()),
                ..Default::default()
            }),
            ["B", "A"]
        );
        // Product 45A01: the category row of 45.
        assert_eq!(
            namen(&Wachtfilter {
                product: Some("45A01".into()),
                ..Default::default()
            }),
            ["A"]
        );
        assert_eq!(
            namen(&Wachtfilter {
                product: Some("44P01".into()),
                ..Default::default()
            }),
            ["B"]
        );
        // Segment 4: 54001 and the category 45 row.
        assert_eq!(
            namen(&Wachtfilter {
                segment: Some(4),
                ..Default::default()
            }),
            ["C", "A"]
        );
        let mut lang = plekken.clone();
        sorteer(&mut lang, false);
        assert_eq!(lang[0].aanbieder, "A");
        assert_eq!(actuele_wachttijden(&[], &norm), (None, Vec::new()));
    }
}
