//! One dashboard computation: the exact and the suppressed result for the
//! chosen view and the previous window for comparison, and then the
//! breakdown ([`bereken_uitsplitsing`]). Both run in steps
//! with pauses, so a national data set never freezes the page. All numbers come from
//! `jeugdmonitor_core` — the same functions the CLI prints.

use std::sync::Arc;

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::export::geen_gegevens;
use jeugdmonitor_core::kpi::{bereken_alle_met_pauzes, bereken_per_met_pauzes, Cel, KpiOpties, Treeknorm};
use jeugdmonitor_core::pauze::{Afgebroken, Pauze};
use jeugdmonitor_core::suppression::{onderdruk, Onderdrukking, OnderdruktResultaat};
use jeugdmonitor_core::weergave::{periode_label, reeks, Weergave};

use jeugdmonitor_core::content::RegioInhoud;

use crate::gegevens::Samenvoeging;

pub struct Berekening {
    pub weergave: Weergave,
    pub getoond: OnderdruktResultaat,
    /// The previous window of the same kind (label and result), suppressed
    /// like the current one.
    pub vorige: Option<(String, OnderdruktResultaat)>,
    /// KPI id → why it has no value.
    pub geen: Vec<(String, String)>,
}

/// The breakdown of the view: per group (municipality code, segment, …) its
/// value and suppressed result.
pub type Uitsplitsing = Vec<(String, OnderdruktResultaat)>;

// Every computation is new; comparing by identity lets a memo pass it on.
impl PartialEq for Berekening {
    fn eq(&self, ander: &Self) -> bool {
        std::ptr::eq(self, ander)
    }
}

impl Berekening {
    /// Computes the view in steps: `pauze` is offered a pause every few
    /// thousand trajectories and may stop the work (`Err`) when the view
    /// has changed meanwhile.
    pub async fn maak(
        samen: &Samenvoeging,
        weergave: &Weergave,
        regio: &RegioOpties,
        pauze: &mut dyn Pauze,
    ) -> Result<Arc<Berekening>, Afgebroken> {
        let opties = kpi_opties(samen, regio);
        let k = onderdrukking(weergave);
        let (index, data) = (&samen.index, &samen.dataset);
        let (venster, scope) = (weergave.venster, &weergave.scope);
        let exact = bereken_alle_met_pauzes(index, data, venster, weergave.peildatum, scope, &opties, pauze).await?;
        let vorige = match venster.vorige() {
            Ok(v) => {
                let r = bereken_alle_met_pauzes(index, data, v, None, scope, &opties, pauze).await?;
                Some((periode_label(&v), onderdruk(&r, k)))
            }
            Err(_) => None,
        };
        Ok(Arc::new(Berekening {
            geen: geen_gegevens(&exact),
            getoond: onderdruk(&exact, k),
            weergave: weergave.clone(),
            vorige,
        }))
    }

    /// "2024, peildatum 31-12-2024, alle gemeenten" style heading line.
    pub fn omschrijving(&self) -> String {
        let w = &self.weergave;
        let peildatum = w.peildatum.unwrap_or(w.venster.tot).nl();
        let k = if w.k <= 1 {
            "kleine aantallen zichtbaar (k = 1)".to_string()
        } else {
            format!("aantallen onder {} verborgen", w.k)
        };
        format!("Periode {}, peildatum {peildatum}; {k}.", periode_label(&w.venster))
    }

    /// The heading of the printed report: region, window, selection, print
    /// date and the suppression setting.
    pub fn afdrukkop(&self, regio: Option<&RegioInhoud>, vandaag: &str) -> String {
        let regionaam = regio.map_or("Jeugdhulpregio", |r| r.regio.naam.as_str());
        format!(
            "{regionaam} — dashboard jeugdhulp. {} Selectie: {}. Afgedrukt op {vandaag}.",
            self.omschrijving(),
            scope_tekst(&self.weergave.scope, regio)
        )
    }

    /// The shown cell of a KPI id (top level).
    pub fn cel(&self, id: &str) -> Option<&Cel> {
        self.getoond.cel(id)
    }

    /// Why a KPI has no value or is hidden, if it has such a reason.
    pub fn reden(&self, pad: &str) -> Option<String> {
        self.getoond
            .reden(pad)
            .map(str::to_string)
            .or_else(|| self.geen.iter().find(|(id, _)| id == pad).map(|(_, r)| r.clone()))
    }

    /// The JSON of the CLI's `kpi` for this view: the same keys and values.
    pub fn json(&self) -> String {
        let geen: Vec<(String, Cel)> = self
            .geen
            .iter()
            .map(|(id, r)| (id.clone(), Cel::Tekst(r.clone())))
            .collect();
        let mut waarde = serde_json::to_value(&self.getoond).unwrap_or_default();
        if let Some(object) = waarde.as_object_mut() {
            object.insert(
                "geen_gegevens".into(),
                serde_json::to_value(Cel::Object(geen)).unwrap_or_default(),
            );
        }
        serde_json::to_string_pretty(&waarde).unwrap_or_default()
    }

    /// The CSV export: exactly `jeugdmonitor kpi --format csv`.
    pub fn csv(&self) -> String {
        jeugdmonitor_core::export::kpi_csv(&self.getoond, &self.geen)
    }
}

/// What the region's content adds to a computation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegioOpties {
    pub feestdagen: Vec<Datum>,
    pub treeknorm: Treeknorm,
}

impl RegioOpties {
    pub fn van(regio: Option<&RegioInhoud>) -> RegioOpties {
        regio.map_or_else(RegioOpties::default, |r| RegioOpties {
            feestdagen: r.feestdagen.clone(),
            treeknorm: r.treeknorm.clone(),
        })
    }
}

fn kpi_opties(samen: &Samenvoeging, regio: &RegioOpties) -> KpiOpties {
    KpiOpties {
        catalogus: (*samen.catalogus).clone(),
        feestdagen: regio.feestdagen.clone(),
        treeknorm: regio.treeknorm.clone(),
    }
}

fn onderdrukking(weergave: &Weergave) -> Onderdrukking {
    Onderdrukking::nieuw(u32::from(weergave.k)).unwrap_or_default()
}

/// Every KPI per group of the view's breakdown dimension, suppressed like
/// the rest: one pass for all groups, with pauses. `Err` when `pauze` says
/// the view has changed meanwhile.
pub async fn bereken_uitsplitsing(
    samen: &Samenvoeging,
    weergave: &Weergave,
    regio: &RegioOpties,
    pauze: &mut dyn Pauze,
) -> Result<Uitsplitsing, Afgebroken> {
    let opties = kpi_opties(samen, regio);
    let k = onderdrukking(weergave);
    let groepen = bereken_per_met_pauzes(
        &samen.index,
        &samen.dataset,
        weergave.venster,
        weergave.peildatum,
        &weergave.scope,
        &opties,
        weergave.uitsplitsing,
        pauze,
    )
    .await?;
    Ok(groepen
        .into_iter()
        .map(|g| (g.waarde, onderdruk(&g.resultaat, k)))
        .collect())
}

/// The view's KPIs over the last windows of its kind (oldest first), each
/// suppressed like the rest, for the trend chart.
pub async fn bereken_trend(
    samen: &Samenvoeging,
    berekening: &Berekening,
    regio: &RegioOpties,
    pauze: &mut dyn Pauze,
) -> Result<super::trend::Trendreeks, Afgebroken> {
    let weergave = &berekening.weergave;
    let opties = kpi_opties(samen, regio);
    let k = onderdrukking(weergave);
    let vensters = reeks(weergave.venster, super::trend::aantal_vensters(weergave.venster.soort));
    let vorige = weergave.venster.vorige().ok();
    let mut uit = Vec::with_capacity(vensters.len());
    for v in vensters {
        let label = periode_label(&v);
        // The view's own window and the one before it are already computed
        // (with the view's peildatum, as the tiles show them).
        if v == weergave.venster {
            uit.push((label, berekening.getoond.clone()));
            continue;
        }
        if let (Some(w), Some((_, r))) = (vorige, &berekening.vorige) {
            if v == w {
                uit.push((label, r.clone()));
                continue;
            }
        }
        let r = bereken_alle_met_pauzes(&samen.index, &samen.dataset, v, None, &weergave.scope, &opties, pauze).await?;
        uit.push((label, onderdruk(&r, k)));
    }
    Ok(uit)
}

/// The selection in words: "hele regio" or the filters, e.g. "gemeente
/// Ermelo; segment 3 of 4".
pub fn scope_tekst(scope: &jeugdmonitor_core::kpi::Scope, regio: Option<&RegioInhoud>) -> String {
    let mut delen = Vec::new();
    let lijst = |waarden: Vec<String>| waarden.join(" of ");
    if !scope.gemeenten.is_empty() {
        let namen = scope
            .gemeenten
            .iter()
            .map(|g| regio.map_or(g.clone(), |r| r.gemeentenaam(g).to_string()))
            .collect();
        delen.push(format!("gemeente {}", lijst(namen)));
    }
    let getallen = |naam: &str, set: &std::collections::BTreeSet<u8>| {
        (!set.is_empty()).then(|| format!("{naam} {}", lijst(set.iter().map(|v| v.to_string()).collect())))
    };
    delen.extend(getallen("segment", &scope.segmenten));
    delen.extend(getallen("productcategorie", &scope.productcategorieen));
    delen.extend(getallen("verwijzer", &scope.verwijzers));
    if !scope.aanbieders.is_empty() {
        delen.push(format!(
            "aanbieder {}",
            lijst(scope.aanbieders.iter().cloned().collect())
        ));
    }
    if !scope.productcodes.is_empty() {
        delen.push(format!(
            "productcode {}",
            lijst(scope.productcodes.iter().cloned().collect())
        ));
    }
    if let Some(l) = scope.leeftijd {
        delen.push(format!("leeftijd {} tot en met {} jaar", l.min, l.max));
    }
    if delen.is_empty() {
        "hele regio".to_string()
    } else {
        delen.join("; ")
    }
}
