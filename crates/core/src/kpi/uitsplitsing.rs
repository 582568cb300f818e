//! Breakdowns: every KPI per municipality, segment, provider, referrer or
//! product category. A group's result is exactly [`super::bereken_alle`]
//! with the scope narrowed to that group (a property test holds this), but
//! the trajectory pass runs once for all groups instead of once per group:
//! per municipality at national scale that is one pass instead of 342.

use std::collections::BTreeMap;

use crate::content::{Productcatalogus, RegioInhoud};
use crate::date::Datum;
use crate::model::DataSet;
use crate::pauze::{zonder_pauze, Afgebroken, GeenPauze, Pauze, Ritme};

use super::index::KpiIndex;
use super::rondje::bereken_per_groep;
use super::selectie::Selectie;
use super::{resultaat, KpiOpties, KpiResultaat, Scope, Venster};

/// What a breakdown splits by; each is a scope filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dimensie {
    #[default]
    Gemeente,
    Segment,
    Aanbieder,
    Verwijzer,
    Productcategorie,
    /// Trajectories without a productcode belong to no group (as the
    /// productcode filter leaves them out).
    Productcode,
}

impl Dimensie {
    pub const ALLE: [Dimensie; 6] = [
        Dimensie::Gemeente,
        Dimensie::Segment,
        Dimensie::Aanbieder,
        Dimensie::Verwijzer,
        Dimensie::Productcategorie,
        Dimensie::Productcode,
    ];

    /// The dimension with this filter name.
    pub fn uit_naam(naam: &str) -> Option<Dimensie> {
        Dimensie::ALLE.into_iter().find(|d| d.naam() == naam)
    }

    /// The filter's name, as in URLs and CLI options.
    pub fn naam(self) -> &'static str {
        match self {
            Dimensie::Gemeente => "gemeente",
            Dimensie::Segment => "segment",
            Dimensie::Aanbieder => "aanbieder",
            Dimensie::Verwijzer => "verwijzer",
            Dimensie::Productcategorie => "productcategorie",
            Dimensie::Productcode => "productcode",
        }
    }
}

/// A group's name, the same in the app's table and exports and in
/// `jeugdmonitor kpi --per`: municipalities by the region's name (else
/// their code), products with the catalogue's name, referrers by their iJw
/// name (COD327, as in the data contract), product categories by their
/// JZ020 name after the code ([`super::productcategorie_naam`]), segments
/// with their number.
pub fn groepsnaam(d: Dimensie, waarde: &str, regio: Option<&RegioInhoud>, catalogus: &Productcatalogus) -> String {
    match d {
        Dimensie::Gemeente => regio.map_or_else(|| waarde.to_string(), |r| r.gemeentenaam(waarde).to_string()),
        Dimensie::Productcode => match catalogus.product(waarde) {
            Some(p) => format!("{waarde} {}", p.naam),
            None => waarde.to_string(),
        },
        Dimensie::Segment => format!("Segment {waarde}"),
        Dimensie::Productcategorie => match waarde.parse::<u8>().ok().and_then(super::productcategorie_naam) {
            Some(naam) => format!("{waarde} {naam}"),
            None => format!("{waarde} onbekende productcategorie"),
        },
        Dimensie::Verwijzer => {
            let naam = match waarde.parse::<u8>().unwrap_or(0) {
                1 => "gemeentelijke toegang",
                2 => "huisarts",
                3 => "jeugdarts",
                4 => "gecertificeerde instelling",
                5 => "medisch specialist",
                6 => "zelfverwijzer of geen verwijzer",
                8 => "rechter, officier van justitie of JJI",
                _ => "andere code",
            };
            format!("{waarde:0>2} {naam}")
        }
        Dimensie::Aanbieder => waarde.to_string(),
    }
}

/// One row of a breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Groep {
    /// The value that defines the group: a municipality code, a provider
    /// name, or a number (segment, referrer, product category).
    pub waarde: String,
    /// The scope that selects exactly this group (the given scope with this
    /// dimension's filter set to the group's value).
    pub scope: Scope,
    pub resultaat: KpiResultaat,
}

/// The groups of a dimension that occur in the index and that the scope
/// allows: (value, scope of the group), and for each position its group.
struct Indeling {
    groepen: Vec<(String, Scope)>,
    groep_van_pos: Vec<Option<u32>>,
}

/// Every KPI per group of `dimensie`, within `scope`. Groups that occur in
/// the data but have nothing in scope are listed too (with zeros), so a
/// table per municipality always shows every municipality.
pub fn bereken_per(
    index: &KpiIndex,
    data: &DataSet,
    venster: Venster,
    peildatum: Option<Datum>,
    scope: &Scope,
    opties: &KpiOpties,
    dimensie: Dimensie,
) -> Vec<Groep> {
    zonder_pauze(bereken_per_met_pauzes(
        index,
        data,
        venster,
        peildatum,
        scope,
        opties,
        dimensie,
        &mut GeenPauze,
    ))
    .unwrap_or_default()
}

/// [`bereken_per`] for the browser, offering `pauze` a pause every few
/// thousand trajectories and after every group.
#[allow(clippy::too_many_arguments)]
pub async fn bereken_per_met_pauzes(
    index: &KpiIndex,
    data: &DataSet,
    venster: Venster,
    peildatum: Option<Datum>,
    scope: &Scope,
    opties: &KpiOpties,
    dimensie: Dimensie,
    pauze: &mut dyn Pauze,
) -> Result<Vec<Groep>, Afgebroken> {
    let mut ritme = Ritme::nieuw(pauze);
    let indeling = deel_in(index, scope, dimensie);
    ritme.tikken(index.aantal_trajecten()).await?;
    let basis = Selectie::nieuw(index, data, venster, peildatum, scope, opties);
    let groep_van = |pos: usize| indeling.groep_van_pos.get(pos).copied().flatten().map(|g| g as usize);
    let totalen = bereken_per_groep(&basis, groep_van, indeling.groepen.len(), &mut ritme).await?;
    let mut per_gemeente = match dimensie {
        Dimensie::Gemeente => Some(overige_per_gemeente(data, &mut ritme).await?),
        _ => None,
    };
    let mut uit = Vec::with_capacity(totalen.len());
    for ((waarde, groepscope), totalen) in indeling.groepen.into_iter().zip(totalen) {
        // Per municipality only its own rows of the other files: under a
        // municipality filter no KPI reads any other row. Without this,
        // every group walked every access request (minutes at national scale).
        let eigen = per_gemeente
            .as_mut()
            .map(|p| p.remove(&waarde).unwrap_or_else(|| leeg_met_soorten(data)));
        let groepsdata = eigen.as_ref().unwrap_or(data);
        let overige = groepsdata.aanmeldingen.len()
            + groepsdata.wachttijden.len()
            + groepsdata.tevredenheid.len()
            + groepsdata.begroting.len();
        let s = Selectie::nieuw(index, groepsdata, venster, peildatum, &groepscope, opties).met_totalen(totalen);
        let resultaat = resultaat(&s);
        uit.push(Groep {
            waarde,
            scope: groepscope,
            resultaat,
        });
        ritme.tikken(overige + 1).await?;
    }
    Ok(uit)
}

/// A data set with the same kinds loaded but no rows.
fn leeg_met_soorten(data: &DataSet) -> DataSet {
    DataSet {
        geladen: data.geladen.clone(),
        ..DataSet::default()
    }
}

/// The rows of the files other than trajecten and declaraties, per
/// municipality. Rows without a municipality belong to none: a
/// municipality filter leaves them out. The trajectory figures come from
/// the index, so the returned sets hold no trajectories.
async fn overige_per_gemeente(data: &DataSet, ritme: &mut Ritme<'_>) -> Result<BTreeMap<String, DataSet>, Afgebroken> {
    let mut per: BTreeMap<String, DataSet> = BTreeMap::new();
    fn plek<'m>(per: &'m mut BTreeMap<String, DataSet>, g: &str, data: &DataSet) -> Option<&'m mut DataSet> {
        if !per.contains_key(g) {
            per.insert(g.to_string(), leeg_met_soorten(data));
        }
        per.get_mut(g)
    }
    for r in &data.begroting {
        if let Some(g) = &r.gemeente {
            if let Some(d) = plek(&mut per, g, data) {
                d.begroting.push(r.clone());
            }
        }
    }
    for r in &data.bevolking {
        if let Some(d) = plek(&mut per, &r.gemeente, data) {
            d.bevolking.push(r.clone());
        }
    }
    for r in &data.wachttijden {
        ritme.tik().await?;
        if let Some(g) = &r.gemeente {
            if let Some(d) = plek(&mut per, g, data) {
                d.wachttijden.push(r.clone());
            }
        }
    }
    for r in &data.aanmeldingen {
        ritme.tik().await?;
        if let Some(g) = &r.gemeente {
            if let Some(d) = plek(&mut per, g, data) {
                d.aanmeldingen.push(r.clone());
            }
        }
    }
    for r in &data.tevredenheid {
        ritme.tik().await?;
        if let Some(g) = &r.gemeente {
            if let Some(d) = plek(&mut per, g, data) {
                d.tevredenheid.push(r.clone());
            }
        }
    }
    Ok(per)
}

fn deel_in(index: &KpiIndex, scope: &Scope, dimensie: Dimensie) -> Indeling {
    let n = index.aantal_trajecten();
    match dimensie {
        Dimensie::Gemeente => {
            let namen = &index.gemeenten;
            let sleutel = |i: usize| namen.get(i).map(|n| (n.clone(), n.clone()));
            let toegestaan = |naam: &str| scope.gemeenten.is_empty() || scope.gemeenten.contains(naam);
            let per_id = namen_groepen(namen.len(), sleutel, toegestaan, |naam| Scope {
                gemeenten: [naam.to_string()].into(),
                ..scope.clone()
            });
            per_naam_id(&index.kolommen.gemeente, per_id)
        }
        Dimensie::Aanbieder => {
            let namen = &index.aanbieders;
            // The aanbieder filter ignores case and surrounding spaces, so
            // names that differ only in those are one group.
            let sleutel = |i: usize| {
                namen
                    .get(i)
                    .map(|n| (n.trim().to_ascii_lowercase(), n.trim().to_string()))
            };
            let toegestaan = |naam: &str| {
                scope.aanbieders.is_empty() || scope.aanbieders.iter().any(|a| a.trim().eq_ignore_ascii_case(naam))
            };
            let per_id = namen_groepen(namen.len(), sleutel, toegestaan, |naam| Scope {
                aanbieders: [naam.to_string()].into(),
                ..scope.clone()
            });
            per_naam_id(&index.kolommen.aanbieder, per_id)
        }
        Dimensie::Segment => {
            let waarden: Vec<Option<u8>> = index.trajecten.iter().map(|k| k.segment).collect();
            per_getal(&waarden, &scope.segmenten, |v| Scope {
                segmenten: [v].into(),
                ..scope.clone()
            })
        }
        Dimensie::Verwijzer => per_getal(&index.kolommen.verwijzer, &scope.verwijzers, |v| Scope {
            verwijzers: [v].into(),
            ..scope.clone()
        }),
        Dimensie::Productcategorie => {
            let waarden: Vec<Option<u8>> = index.kolommen.productcategorie.iter().map(|&c| Some(c)).collect();
            per_getal(&waarden, &scope.productcategorieen, |v| Scope {
                productcategorieen: [v].into(),
                ..scope.clone()
            })
        }
        Dimensie::Productcode => {
            // Codes are interned upper case, as the filter compares them.
            let namen = &index.productcodes;
            let sleutel = |i: usize| namen.get(i).map(|n| (n.clone(), n.clone()));
            let toegestaan = |code: &str| {
                scope.productcodes.is_empty() || scope.productcodes.iter().any(|c| c.eq_ignore_ascii_case(code))
            };
            let per_id = namen_groepen(namen.len(), sleutel, toegestaan, |code| Scope {
                productcodes: [code.to_string()].into(),
                ..scope.clone()
            });
            per_naam_id(&index.kolommen.productcode, per_id)
        }
    }
    .met_lengte(n)
}

impl Indeling {
    fn met_lengte(mut self, n: usize) -> Indeling {
        self.groep_van_pos.resize(n, None);
        self
    }
}

/// Groups of interned names: for each name id its group, and the groups
/// (value, scope) sorted by key. `sleutel(i)` gives the grouping key and
/// the shown value of name `i`.
struct PerNaam {
    groep_van_id: Vec<Option<u32>>,
    groepen: Vec<(String, Scope)>,
}

fn namen_groepen(
    aantal: usize,
    sleutel: impl Fn(usize) -> Option<(String, String)>,
    toegestaan: impl Fn(&str) -> bool,
    scope_van: impl Fn(&str) -> Scope,
) -> PerNaam {
    // key → (shown value, ids)
    let mut per_sleutel: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for i in 0..aantal {
        if let Some((k, getoond)) = sleutel(i) {
            per_sleutel.entry(k).or_insert_with(|| (getoond, Vec::new())).1.push(i);
        }
    }
    let mut groep_van_id = vec![None; aantal];
    let mut groepen = Vec::new();
    for (getoond, ids) in per_sleutel.into_values() {
        if !toegestaan(&getoond) {
            continue;
        }
        let groep = groepen.len() as u32;
        for i in ids {
            if let Some(plek) = groep_van_id.get_mut(i) {
                *plek = Some(groep);
            }
        }
        let scope = scope_van(&getoond);
        groepen.push((getoond, scope));
    }
    PerNaam { groep_van_id, groepen }
}

fn per_naam_id(kolom: &[u32], per_naam: PerNaam) -> Indeling {
    Indeling {
        groep_van_pos: kolom
            .iter()
            .map(|&id| per_naam.groep_van_id.get(id as usize).copied().flatten())
            .collect(),
        groepen: per_naam.groepen,
    }
}

/// Groups of a small number (segment, referrer, category): the values that
/// occur, in ascending order, limited to the scope's own filter.
fn per_getal(
    waarden: &[Option<u8>],
    filter: &std::collections::BTreeSet<u8>,
    scope_van: impl Fn(u8) -> Scope,
) -> Indeling {
    let mut komt_voor = [false; 256];
    for v in waarden.iter().flatten() {
        komt_voor[usize::from(*v)] = true;
    }
    let mut groep_van_waarde = [None; 256];
    let mut groepen = Vec::new();
    for v in 0..=u8::MAX {
        if komt_voor[usize::from(v)] && (filter.is_empty() || filter.contains(&v)) {
            groep_van_waarde[usize::from(v)] = Some(groepen.len() as u32);
            groepen.push((v.to_string(), scope_van(v)));
        }
    }
    Indeling {
        groep_van_pos: waarden
            .iter()
            .map(|v| v.and_then(|v| groep_van_waarde[usize::from(v)]))
            .collect(),
        groepen,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::kpi::bereken_alle;
    use crate::model::{
        Aanmelding, Begroting, Bestandssoort, Bevolking, ClientId, Declaratie, Maand, Product, Tevredenheid, Traject,
        Wachttijd,
    };

    const GEMEENTEN: [&str; 3] = ["GM0243", "GM0233", "GM0302"];
    const AANBIEDERS: [&str; 4] = ["Kindkracht", "kindkracht ", "De Brug", "Zon"];

    /// Trajectories of up to 10 clients with every dimension varied (also
    /// missing segments and referrers, and provider names differing only in
    /// case), declarations, and access requests per municipality.
    fn gegevens() -> impl Strategy<Value = DataSet> {
        let traject = (
            0u32..10,
            0usize..3,
            0usize..4,
            prop::option::of(1u8..=5),
            prop::option::of(1u8..=3),
            prop_oneof![Just(43u8), Just(45u8), Just(54u8)],
            0i32..1200,
            prop::option::of(0i32..400),
            0i64..200_000,
        );
        (
            prop::collection::vec(traject, 0..30),
            prop::collection::vec((0i32..1200, 0usize..4), 0..10),
            // Other files: (day, municipality or none, provider, number).
            prop::collection::vec((0i32..1200, 0usize..4, 0usize..4, 1u64..40), 0..12),
        )
            .prop_map(|(rijen, aanmeldingen, overig)| {
                let basis = Datum::from_ymd(2021, 1, 1).unwrap();
                let mut ds = DataSet {
                    geladen: vec![
                        Bestandssoort::Trajecten,
                        Bestandssoort::Declaraties,
                        Bestandssoort::Aanmeldingen,
                    ],
                    clients: (0..10).map(|i| format!("C{i}").into()).collect(),
                    ..DataSet::default()
                };
                for (i, (c, g, a, seg, verw, cat, begin, duur, cent)) in rijen.into_iter().enumerate() {
                    let begin = basis.plus_dagen(begin);
                    let toewijzing = format!("T{i:03}");
                    ds.declaraties.push(Declaratie {
                        toewijzing: toewijzing.as_str().into(),
                        maand: Maand {
                            jaar: begin.jaar(),
                            maand: begin.maand(),
                        },
                        bedrag_cent: cent,
                    });
                    ds.trajecten.push(Traject {
                        client: ClientId(c),
                        toewijzing: toewijzing.into(),
                        gemeente: GEMEENTEN[g].into(),
                        aanbieder: AANBIEDERS[a].into(),
                        productcategorie: cat,
                        // Some without a code, some written in lower case.
                        productcode: match (i + a) % 3 {
                            0 => None,
                            1 => Some(format!("{cat}A01").into()),
                            _ => Some(format!("{cat}a02").into()),
                        },
                        segment: seg,
                        verwijzer: verw,
                        geboortejaar: Some(2010),
                        begin,
                        eind: duur.map(|d| begin.plus_dagen(d)),
                        reden_beeindiging: None,
                        verklarende_analyse: None,
                        familiegroepsplan: None,
                        perspectiefplan: None,
                    });
                }
                ds.geladen.extend([
                    Bestandssoort::Wachttijden,
                    Bestandssoort::Begroting,
                    Bestandssoort::Bevolking,
                    Bestandssoort::Tevredenheid,
                ]);
                for (dag, g, a, n) in overig {
                    let datum = basis.plus_dagen(dag);
                    let gemeente = GEMEENTEN.get(g).map(|g| g.to_string());
                    ds.wachttijden.push(Wachttijd {
                        peildatum: datum,
                        aanbieder: AANBIEDERS[a].into(),
                        product: Product::Code("45A01".into()),
                        productcategorie: Some(45),
                        wachttijd_weken: n as f64 / 4.0,
                        wachtenden: Some(n),
                        gemeente: gemeente.clone(),
                    });
                    ds.begroting.push(Begroting {
                        jaar: datum.jaar(),
                        bedrag_cent: n as i64 * 100_000,
                        gemeente: gemeente.clone(),
                        segment: (n % 3 == 0).then_some(4),
                    });
                    if let Some(g) = &gemeente {
                        ds.bevolking.push(Bevolking {
                            jaar: datum.jaar(),
                            gemeente: g.clone(),
                            jongeren: n * 100,
                        });
                    }
                    ds.tevredenheid.push(Tevredenheid {
                        datum,
                        score: (n % 10 + 1) as f64,
                        aanbieder: Some(AANBIEDERS[a].into()),
                        gemeente,
                    });
                }
                for (dag, g) in aanmeldingen {
                    ds.aanmeldingen.push(Aanmelding {
                        aanmelddatum: basis.plus_dagen(dag),
                        eerste_contact: Some(basis.plus_dagen(dag + 2)),
                        gemeente: GEMEENTEN.get(g).map(|g| g.to_string()),
                    });
                }
                ds
            })
    }

    fn scopes() -> impl Strategy<Value = Scope> {
        prop_oneof![
            Just(Scope::default()),
            Just(Scope {
                segmenten: [2, 4].into(),
                ..Scope::default()
            }),
            Just(Scope {
                gemeenten: ["GM0243".to_string()].into(),
                ..Scope::default()
            }),
            Just(Scope {
                aanbieders: ["KINDKRACHT".to_string()].into(),
                ..Scope::default()
            }),
            Just(Scope {
                productcodes: ["45A01".to_string(), "54A02".to_string()].into(),
                ..Scope::default()
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn elke_groep_is_bereken_alle_met_die_groep_als_scope(
            ds in gegevens(),
            jaar in 2021i32..=2024,
            scope in scopes(),
            dimensie in prop::sample::select(Dimensie::ALLE.to_vec()),
        ) {
            let index = KpiIndex::bouw(&ds, &Default::default());
            let opties = KpiOpties::default();
            let venster = Venster::jaar(jaar).unwrap();
            let groepen = bereken_per(&index, &ds, venster, None, &scope, &opties, dimensie);
            for groep in &groepen {
                let los = bereken_alle(&index, &ds, venster, None, &groep.scope, &opties);
                prop_assert_eq!(&groep.resultaat, &los, "group {}", groep.waarde);
            }
            // The browser's path with pauses gives the same as bereken_alle.
            let mut pauze = crate::pauze::Telpauze { aantal: 0, stop_na: None };
            let met = crate::pauze::zonder_pauze(crate::kpi::bereken_alle_met_pauzes(
                &index, &ds, venster, None, &scope, &opties, &mut pauze,
            ));
            prop_assert_eq!(met, Ok(bereken_alle(&index, &ds, venster, None, &scope, &opties)));
            // Every value in the data that the scope allows is a group, once.
            let mut waarden: Vec<&str> = groepen.iter().map(|g| g.waarde.as_str()).collect();
            waarden.dedup();
            prop_assert_eq!(waarden.len(), groepen.len());
        }
    }

    #[test]
    fn groepen_per_dimensie() {
        let mut ds = DataSet {
            geladen: vec![Bestandssoort::Trajecten],
            clients: vec!["A".into(), "B".into()],
            ..DataSet::default()
        };
        let basis = Datum::from_ymd(2023, 2, 1).unwrap();
        for (i, (c, g, a, seg)) in [(0, 0, 0, Some(3)), (0, 1, 1, Some(3)), (1, 1, 2, None)]
            .into_iter()
            .enumerate()
        {
            ds.trajecten.push(Traject {
                client: ClientId(c),
                toewijzing: format!("T{i}").into(),
                gemeente: GEMEENTEN[g].into(),
                aanbieder: AANBIEDERS[a].into(),
                productcategorie: 45,
                productcode: None,
                segment: seg,
                verwijzer: None,
                geboortejaar: None,
                begin: basis,
                eind: None,
                reden_beeindiging: None,
                verklarende_analyse: None,
                familiegroepsplan: None,
                perspectiefplan: None,
            });
        }
        let index = KpiIndex::bouw(&ds, &Default::default());
        let venster = Venster::jaar(2023).unwrap();
        let per = |d, scope: &Scope| -> Vec<(String, Option<u64>)> {
            bereken_per(&index, &ds, venster, None, scope, &KpiOpties::default(), d)
                .into_iter()
                .map(|g| (g.waarde, g.resultaat.jeugdigen.waarde().copied()))
                .collect()
        };
        let alles = Scope::default();
        assert_eq!(
            per(Dimensie::Gemeente, &alles),
            [("GM0233".into(), Some(2)), ("GM0243".into(), Some(1))]
        );
        // "Kindkracht" and "kindkracht " are one provider.
        assert_eq!(
            per(Dimensie::Aanbieder, &alles),
            [("De Brug".into(), Some(1)), ("Kindkracht".into(), Some(1))]
        );
        // No segment is not a group; client A has two trajectories in segment 3.
        assert_eq!(per(Dimensie::Segment, &alles), [("3".into(), Some(1))]);
        assert!(per(Dimensie::Verwijzer, &alles).is_empty());
        // A municipality outside the scope's own filter is no group; one
        // without anything in scope is listed with zero.
        let seg = Scope {
            segmenten: [3].into(),
            ..Scope::default()
        };
        assert_eq!(
            per(Dimensie::Gemeente, &seg),
            [("GM0233".into(), Some(1)), ("GM0243".into(), Some(1))]
        );
        let gm = Scope {
            gemeenten: ["GM0243".into()].into(),
            ..Scope::default()
        };
        assert_eq!(per(Dimensie::Gemeente, &gm), [("GM0243".into(), Some(1))]);
    }
}
