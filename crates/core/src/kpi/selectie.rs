//! One computation's inputs: index, window, peildatum, scope and options,
//! with the scope already turned into one flag per trajectory.

use crate::date::Datum;
use crate::model::{Bestandssoort, DataSet};

use super::index::{Kern, KpiIndex};
use super::{KpiOpties, Scope, Uitkomst, Venster};

/// Alles wat één berekening nodig heeft. Built by [`Selectie::nieuw`] in one
/// O(n) pass; every KPI function then reads it.
pub struct Selectie<'a> {
    pub(crate) index: &'a KpiIndex,
    pub(crate) data: &'a DataSet,
    pub venster: Venster,
    /// P: W.tot unless the user picked another date.
    pub peildatum: Datum,
    pub scope: &'a Scope,
    pub(crate) opties: &'a KpiOpties,
    /// Sorted positions of the in-scope trajectories.
    pub(crate) binnen: Vec<u32>,
    /// Per client with at least one in-scope trajectory: its run in
    /// `index.groepen` and its run in `binnen`. Passes walk these dense lists
    /// instead of testing a flag per trajectory.
    pub(crate) binnen_groepen: Vec<(u32, u32, u32)>,
    /// Per-client costs in W, computed once for the five money KPIs.
    pub(crate) kosten_cache: std::cell::OnceCell<Vec<i64>>,
}

/// One client's trajectories: all of them (for definitions that look at the
/// whole data set) and which of them are in scope.
pub(crate) struct Client<'s> {
    pub alle: &'s [Kern],
    /// Sorted position of `alle[0]`.
    pub start: usize,
    /// Sorted positions of the in-scope ones (never empty).
    pub binnen: &'s [u32],
    trajecten: &'s [Kern],
}

impl<'s> Client<'s> {
    /// The client's in-scope trajectories with their sorted positions.
    pub fn binnen(&self) -> impl Iterator<Item = (usize, &'s Kern)> + '_ {
        let trajecten = self.trajecten;
        self.binnen
            .iter()
            .filter_map(move |&p| trajecten.get(p as usize).map(|k| (p as usize, k)))
    }

    pub fn kernen(&self) -> impl Iterator<Item = &'s Kern> + '_ {
        self.binnen().map(|(_, k)| k)
    }
}

impl<'a> Selectie<'a> {
    pub fn nieuw(
        index: &'a KpiIndex,
        data: &'a DataSet,
        venster: Venster,
        peildatum: Option<Datum>,
        scope: &'a Scope,
        opties: &'a KpiOpties,
    ) -> Selectie<'a> {
        let in_scope = scope_vlaggen(index, scope, venster);
        let mut binnen = Vec::new();
        let mut binnen_groepen = Vec::new();
        for (g, &(van, tot)) in index.groepen.iter().enumerate() {
            let voor = binnen.len() as u32;
            binnen.extend((van..tot).filter(|&p| in_scope.get(p as usize).copied().unwrap_or(false)));
            if binnen.len() as u32 > voor {
                binnen_groepen.push((g as u32, voor, binnen.len() as u32));
            }
        }
        let peildatum = peildatum.unwrap_or(venster.tot);
        Selectie {
            index,
            data,
            venster,
            peildatum,
            scope,
            opties,
            binnen,
            binnen_groepen,
            kosten_cache: Default::default(),
        }
    }

    /// Every client with at least one in-scope trajectory, in index order.
    pub(crate) fn clients(&self) -> impl Iterator<Item = Client<'_>> + '_ {
        self.binnen_groepen.iter().map(move |&(g, b_van, b_tot)| {
            let (van, tot) = self.index.groepen.get(g as usize).copied().unwrap_or((0, 0));
            let (van, tot) = (van as usize, tot as usize);
            Client {
                alle: self.index.trajecten.get(van..tot).unwrap_or(&[]),
                start: van,
                binnen: self.binnen.get(b_van as usize..b_tot as usize).unwrap_or(&[]),
                trajecten: &self.index.trajecten,
            }
        })
    }

    /// `Waarde(f())` when every kind in `nodig` is loaded, else the first
    /// missing kind.
    pub(crate) fn met<T>(&self, nodig: &[Bestandssoort], f: impl FnOnce() -> T) -> Uitkomst<T> {
        match nodig.iter().find(|s| !self.data.heeft(**s)) {
            Some(&soort) => Uitkomst::GeenGegevens { nodig: soort },
            None => Uitkomst::Waarde(f()),
        }
    }

    /// Whether a municipality code (from a non-trajectory file) is in scope.
    /// Rows without municipality are region-wide and cannot be attributed to
    /// one municipality, so a municipality filter leaves them out.
    pub(crate) fn gemeente_in_scope(&self, gemeente: Option<&str>) -> bool {
        self.scope.gemeenten.is_empty() || gemeente.is_some_and(|g| self.scope.gemeenten.contains(g))
    }

    /// Whether a provider (from a non-trajectory file) is in scope.
    pub(crate) fn aanbieder_in_scope(&self, aanbieder: Option<&str>) -> bool {
        self.scope.aanbieders.is_empty()
            || aanbieder.is_some_and(|a| {
                self.scope
                    .aanbieders
                    .iter()
                    .any(|s| s.trim().eq_ignore_ascii_case(a.trim()))
            })
    }
}

/// The scope turned into one flag per trajectory. String filters are
/// resolved against the interned tables once, so the per-trajectory test is
/// integer lookups only.
fn scope_vlaggen(index: &KpiIndex, scope: &Scope, venster: Venster) -> Vec<bool> {
    if scope.is_leeg() {
        return vec![true; index.trajecten.len()];
    }
    let tabel = |namen: &[String], gezocht: &std::collections::BTreeSet<String>, exact: bool| -> Option<Vec<bool>> {
        (!gezocht.is_empty()).then(|| {
            namen
                .iter()
                .map(|n| {
                    gezocht.iter().any(|g| {
                        if exact {
                            g == n
                        } else {
                            g.trim().eq_ignore_ascii_case(n.trim())
                        }
                    })
                })
                .collect()
        })
    };
    let gemeenten = tabel(&index.gemeenten, &scope.gemeenten, true);
    let aanbieders = tabel(&index.aanbieders, &scope.aanbieders, false);
    let productcodes = tabel(&index.productcodes, &scope.productcodes, false);
    let in_tabel = |t: &Option<Vec<bool>>, id: Option<u32>| match t {
        None => true,
        Some(t) => id.and_then(|i| t.get(i as usize).copied()).unwrap_or(false),
    };
    let in_set = |s: &std::collections::BTreeSet<u8>, v: Option<u8>| s.is_empty() || v.is_some_and(|v| s.contains(&v));
    let peiljaar = venster.tot.jaar();
    index
        .trajecten
        .iter()
        .map(|k| {
            in_tabel(&gemeenten, Some(k.gemeente))
                && in_tabel(&aanbieders, Some(k.aanbieder))
                && in_tabel(&productcodes, k.productcode)
                && in_set(&scope.segmenten, k.segment)
                && in_set(&scope.productcategorieen, Some(k.productcategorie))
                && in_set(&scope.verwijzers, k.verwijzer)
                && scope.leeftijd.is_none_or(|l| {
                    k.geboortejaar.is_some_and(|g| {
                        let leeftijd = i64::from(peiljaar) - i64::from(g);
                        leeftijd >= i64::from(l.min) && leeftijd <= i64::from(l.max)
                    })
                })
        })
        .collect()
}
