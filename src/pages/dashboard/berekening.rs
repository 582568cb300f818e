//! One dashboard computation: the exact and the suppressed result for the
//! chosen view, the previous window for comparison, and one result per
//! municipality. All numbers come from `jeugdmonitor_core` — the same
//! functions the CLI prints.

use std::sync::Arc;

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::export::geen_gegevens;
use jeugdmonitor_core::kpi::{bereken_alle, Cel, KpiOpties, Scope};
use jeugdmonitor_core::suppression::{onderdruk, Onderdrukking, OnderdruktResultaat};
use jeugdmonitor_core::weergave::{periode_label, Weergave};

use crate::gegevens::Samenvoeging;

pub struct Berekening {
    pub weergave: Weergave,
    pub getoond: OnderdruktResultaat,
    /// The previous window of the same kind (label and result), suppressed
    /// like the current one.
    pub vorige: Option<(String, OnderdruktResultaat)>,
    /// KPI id → why it has no value.
    pub geen: Vec<(String, String)>,
    /// Per municipality in the data: code and suppressed result.
    pub per_gemeente: Vec<(String, OnderdruktResultaat)>,
}

// Every computation is new; comparing by identity lets a memo pass it on.
impl PartialEq for Berekening {
    fn eq(&self, ander: &Self) -> bool {
        std::ptr::eq(self, ander)
    }
}

impl Berekening {
    pub fn maak(samen: &Samenvoeging, weergave: &Weergave, feestdagen: &[Datum]) -> Arc<Berekening> {
        let opties = KpiOpties {
            catalogus: (*samen.catalogus).clone(),
            feestdagen: feestdagen.to_vec(),
            ..KpiOpties::default()
        };
        let k = Onderdrukking::nieuw(u32::from(weergave.k)).unwrap_or_default();
        let reken = |venster, peildatum, scope: &Scope| {
            let exact = bereken_alle(&samen.index, &samen.dataset, venster, peildatum, scope, &opties);
            let getoond = onderdruk(&exact, k);
            (exact, getoond)
        };
        let (exact, getoond) = reken(weergave.venster, weergave.peildatum, &weergave.scope);
        let vorige = weergave.venster.vorige().ok().map(|v| {
            let (_, getoond) = reken(v, None, &weergave.scope);
            (periode_label(&v), getoond)
        });
        let gemeenten: std::collections::BTreeSet<&str> =
            samen.dataset.trajecten.iter().map(|t| t.gemeente.as_str()).collect();
        let per_gemeente = gemeenten
            .into_iter()
            .map(|code| {
                let scope = Scope {
                    gemeenten: [code.to_string()].into(),
                    ..weergave.scope.clone()
                };
                (code.to_string(), reken(weergave.venster, weergave.peildatum, &scope).1)
            })
            .collect();
        Arc::new(Berekening {
            geen: geen_gegevens(&exact),
            weergave: weergave.clone(),
            getoond,
            vorige,
            per_gemeente,
        })
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
