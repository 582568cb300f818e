//! One computation's inputs: index, window, peildatum, scope and options,
//! with the scope already turned into integer tests on the index.

use crate::date::Datum;
use crate::model::{Bestandssoort, DataSet};

use std::collections::BTreeSet;

use super::clientlijsten::ClientsPerWaarde;
use super::index::KpiIndex;
use super::rondje::Totalen;
use super::{KpiOpties, Scope, Uitkomst, Venster};

/// Alles wat één berekening nodig heeft. [`Selectie::nieuw`] only resolves
/// the scope; the first KPI that needs the trajectories or declarations
/// triggers one pass over the index that computes all of them at once
/// ([`Totalen`]), and every KPI function after that reads its figure.
pub struct Selectie<'a> {
    pub(crate) index: &'a KpiIndex,
    pub(crate) data: &'a DataSet,
    pub venster: Venster,
    /// P: W.tot unless the user picked another date.
    pub peildatum: Datum,
    pub scope: &'a Scope,
    pub(crate) opties: &'a KpiOpties,
    /// The scope as integer tests on the index's columns; `None` when the
    /// scope is empty (every trajectory is in).
    pub(crate) filter: Option<Filter>,
    totalen: std::cell::OnceCell<Totalen>,
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
        let filter = (!scope.is_leeg()).then(|| Filter::nieuw(index, scope, venster));
        let peildatum = peildatum.unwrap_or(venster.tot);
        Selectie {
            index,
            data,
            venster,
            peildatum,
            scope,
            opties,
            filter,
            totalen: Default::default(),
        }
    }

    /// This selection with its trajectory and money figures already
    /// computed (by the grouped pass of a breakdown).
    pub(crate) fn met_totalen(self, totalen: Totalen) -> Selectie<'a> {
        // A fresh selection has no totals yet, so this cannot fail.
        let _ = self.totalen.set(totalen);
        self
    }

    /// Every trajectory and money KPI of this selection, computed on first
    /// use in one pass ([`super::rondje`]).
    pub(crate) fn totalen(&self) -> &Totalen {
        self.totalen.get_or_init(|| super::rondje::bereken(self))
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

/// The scope turned into tests on the index's integer columns. String
/// filters are resolved against the interned tables once, so the
/// per-trajectory test is integer lookups only, and only for the filters
/// that are set.
pub(crate) struct Filter {
    gemeenten: Option<Vec<bool>>,
    aanbieders: Option<Vec<bool>>,
    productcodes: Option<Vec<bool>>,
    segmenten: Option<[bool; 256]>,
    productcategorieen: Option<[bool; 256]>,
    verwijzers: Option<[bool; 256]>,
    /// age(c, W.tot) ∈ [min, max] ⇔ geboortejaar ∈ [year(W.tot) − max,
    /// year(W.tot) − min].
    geboortejaren: Option<(i64, i64)>,
}

impl Filter {
    fn nieuw(index: &KpiIndex, scope: &Scope, venster: Venster) -> Filter {
        let tabel = |namen: &[String], gezocht: &BTreeSet<String>, exact: bool| -> Option<Vec<bool>> {
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
        let set = |s: &BTreeSet<u8>| -> Option<[bool; 256]> {
            (!s.is_empty()).then(|| {
                let mut t = [false; 256];
                for &v in s {
                    t[usize::from(v)] = true;
                }
                t
            })
        };
        let peiljaar = i64::from(venster.tot.jaar());
        Filter {
            gemeenten: tabel(&index.gemeenten, &scope.gemeenten, true),
            aanbieders: tabel(&index.aanbieders, &scope.aanbieders, false),
            productcodes: tabel(&index.productcodes, &scope.productcodes, false),
            segmenten: set(&scope.segmenten),
            productcategorieen: set(&scope.productcategorieen),
            verwijzers: set(&scope.verwijzers),
            geboortejaren: scope
                .leeftijd
                .map(|l| (peiljaar - i64::from(l.max), peiljaar - i64::from(l.min))),
        }
    }

    /// The clients a pass needs to visit: those with a trajectory that
    /// passes the most selective of the municipality, provider and segment
    /// filters (ascending); `None` when none of the three is set or the
    /// list would hold half of all clients or more (then walking everyone
    /// is cheaper). A client outside that list has no trajectory in scope.
    pub fn clients(&self, index: &KpiIndex) -> Option<Vec<u32>> {
        let toegelaten = |t: &[bool]| -> Vec<u32> {
            t.iter()
                .enumerate()
                .filter(|(_, &ja)| ja)
                .map(|(id, _)| id as u32)
                .collect()
        };
        let mut keuzes: Vec<(&ClientsPerWaarde, Vec<u32>)> = Vec::new();
        if let Some(t) = &self.gemeenten {
            keuzes.push((&index.per_gemeente, toegelaten(t)));
        }
        if let Some(t) = &self.aanbieders {
            keuzes.push((index.clients_per_aanbieder(), toegelaten(t)));
        }
        if let Some(t) = &self.segmenten {
            keuzes.push((index.clients_per_segment(), toegelaten(t)));
        }
        let (lijsten, waarden) = keuzes
            .into_iter()
            .min_by_key(|(lijsten, waarden)| lijsten.omvang(waarden.iter().copied()))?;
        lijsten
            .loont(lijsten.omvang(waarden.iter().copied()))
            .then(|| lijsten.clients(waarden.into_iter()))
    }

    /// Whether the trajectory at sorted position `pos` is in scope.
    #[inline]
    pub fn bevat(&self, index: &KpiIndex, pos: usize) -> bool {
        let k = &index.kolommen;
        let in_tabel = |t: &Option<Vec<bool>>, kolom: &[u32]| match t {
            None => true,
            Some(t) => kolom
                .get(pos)
                .and_then(|&id| t.get(id as usize).copied())
                .unwrap_or(false),
        };
        let in_set = |t: &Option<[bool; 256]>, v: Option<u8>| match t {
            None => true,
            Some(t) => v.is_some_and(|v| t[usize::from(v)]),
        };
        in_tabel(&self.gemeenten, &k.gemeente)
            && in_tabel(&self.aanbieders, &k.aanbieder)
            && in_tabel(&self.productcodes, &k.productcode)
            && in_set(&self.segmenten, index.trajecten.get(pos).and_then(|t| t.segment))
            && in_set(&self.productcategorieen, k.productcategorie.get(pos).copied())
            && in_set(&self.verwijzers, k.verwijzer.get(pos).copied().flatten())
            && self.geboortejaren.is_none_or(|(laag, hoog)| {
                k.geboortejaar
                    .get(pos)
                    .copied()
                    .flatten()
                    .is_some_and(|g| (laag..=hoog).contains(&i64::from(g)))
            })
    }
}
