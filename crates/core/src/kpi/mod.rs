//! The KPI engine: every definition of spec section 4, exactly.
//!
//! Flow: [`KpiIndex::bouw`] once per data set (sorting, interning, summing
//! declarations per trajectory and month), then per window and scope
//! [`Selectie::nieuw`] (resolves the scope to integer tests), then one
//! function per KPI. Each KPI function is that KPI's documented definition;
//! the trajectory and money figures behind them are computed together, on
//! first use, in one linear pass over the index (`rondje.rs`), because some
//! thirty separate passes over ~700 000 trajectories were the bulk of a
//! recompute. [`bereken_alle`] does all of it and returns a [`KpiResultaat`]
//! whose values are exact; hiding small numbers is a separate step
//! ([`crate::suppression`]).
//!
//! Scope rule (spec section 4): the scope restricts the set of trajectories
//! first and client-level KPIs look only at a client's in-scope
//! trajectories. The exceptions, each because the definition itself says so
//! and each pinned by a test in `tests.rs`:
//! - `nieuwe_jeugdigen`: the earliest begin in the whole data set
//!   (`nieuwe_jeugdigen_looks_at_whole_history`);
//! - `volgnummer`: the rank among *all* the client's trajectories
//!   (`volgnummer_ranks_among_all_trajectories`);
//! - `vervolg`: the follow-up u may lie outside the scope, otherwise
//!   `ander_segment` could never occur under a segment filter
//!   (`vervolg_follow_up_may_lie_outside_scope`).
//!
//! `herinstroom_jeugdigen`, `uitstroom_jeugdigen` and `stapeling` follow the
//! general rule (`herinstroom_is_scoped`).

mod afronding;
mod clientlijsten;
mod codelijst;
mod definitie;
mod index;
mod kenmerken;
mod kosten;
mod resultaat;
mod rondje;
mod scope;
mod selectie;
mod stroom;
mod toegang;
mod uitsplitsing;
mod venster;
mod verloop;
mod wachttijden;

#[cfg(test)]
pub(crate) mod testdata;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::Productcatalogus;
use crate::date::Datum;
use crate::model::{Bestandssoort, DataSet};

pub use afronding::{deel_afgerond, procent, tienden};
pub use codelijst::{productcategorie_naam, JZ020};
pub use definitie::{definitie, Eenheid, KpiDefinitie, DEFINITIES};
pub use index::KpiIndex;
pub use kenmerken::{jeugdigen_18plus, jeugdzorgplus_pct, proces_pct};
pub use kosten::{
    begroting, jeugdigen_boven_50k, kosten, kosten_per_jeugdige, per_1000_jongeren, prognose, realisatie_pct,
    top10_aandeel_pct,
};
pub use resultaat::{Cel, KpiResultaat};
pub use scope::{Leeftijd, Scope, FILTERNAMEN};
pub use selectie::Selectie;
pub use stroom::{
    herinstroom_jeugdigen, instroom_jeugdigen, instroom_trajecten, jeugdigen, jeugdigen_lopend, nieuwe_jeugdigen,
    stapeling, trajecten_lopend, uitstroom_jeugdigen, uitstroom_trajecten,
};
pub use toegang::{contact_binnen_3_werkdagen_pct, tevredenheid_gemiddeld};
pub use uitsplitsing::{bereken_per, bereken_per_met_pauzes, groepsnaam, Dimensie, Groep};
pub use venster::{Venster, Venstersoort};
pub use verloop::{duur_gemiddeld, duur_mediaan, vervolg, volgens_plan_pct, volgnummer};
pub use wachttijden::{boven_treeknorm, wacht_peildatum, wachtenden, wachtregels, wachttijd_gemiddeld, Wachtregel};

/// A KPI's outcome: a value, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum Uitkomst<T> {
    Waarde(T),
    /// Geen gegevens: dit bestand is niet geladen.
    GeenGegevens {
        nodig: Bestandssoort,
    },
    /// Geen productcatalogus (regio-inhoud) opgegeven.
    GeenCatalogus,
}

impl<T> Uitkomst<T> {
    pub fn waarde(&self) -> Option<&T> {
        match self {
            Uitkomst::Waarde(w) => Some(w),
            _ => None,
        }
    }
}

/// A count of trajectories, with the number of distinct youths behind it
/// (the group that small-cell suppression looks at).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Telling {
    pub aantal: u64,
    pub jeugdigen: u64,
}

/// A percentage, mean or rate rounded to 1 decimal (`None` when there is
/// nothing to divide by), with the number of youths (or requests, or
/// responses) in its group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Verhouding {
    pub waarde: Option<f64>,
    pub groep: u64,
}

/// An amount of money in euro cents, with the number of youths it was paid
/// for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Bedrag {
    pub cent: Option<i64>,
    pub groep: u64,
}

/// The four `vervolg` counts; they add up to `uitstroom_trajecten`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Vervolg {
    pub zelfde_segment: Telling,
    pub ander_segment: Telling,
    pub loopt_door: Telling,
    pub geen_vervolg: Telling,
}

/// Counts of starting trajectories by their rank within the client.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Volgnummer {
    pub een: Telling,
    pub twee: Telling,
    pub drie_plus: Telling,
}

/// The three process flags of a trajectory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcesVlag {
    VerklarendeAnalyse,
    Familiegroepsplan,
    Perspectiefplan,
}

impl ProcesVlag {
    pub const ALLE: [ProcesVlag; 3] = [
        ProcesVlag::VerklarendeAnalyse,
        ProcesVlag::Familiegroepsplan,
        ProcesVlag::Perspectiefplan,
    ];

    pub fn naam(self) -> &'static str {
        match self {
            ProcesVlag::VerklarendeAnalyse => "verklarende_analyse",
            ProcesVlag::Familiegroepsplan => "familiegroepsplan",
            ProcesVlag::Perspectiefplan => "perspectiefplan",
        }
    }
}

/// `proces_pct` for one flag: clients with `ja`, with only `nee`, and with
/// only empty flags; `pct` = ja / (ja + nee) × 100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ProcesAandeel {
    pub pct: Option<f64>,
    pub ja: u64,
    pub nee: u64,
    pub onbekend: u64,
}

/// Mean waiting time of one product: over all rows, and over rows with a
/// waiting time above zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct WachtGemiddelde {
    pub alle: Option<f64>,
    pub met_wachttijd: Option<f64>,
}

/// The Treeknorm (maximum acceptable waiting time) in weeks.
#[derive(Clone, Debug, PartialEq)]
pub struct Treeknorm {
    pub standaard_weken: f64,
    pub per_productcategorie: BTreeMap<u8, f64>,
}

impl Default for Treeknorm {
    fn default() -> Treeknorm {
        Treeknorm {
            standaard_weken: 14.0,
            per_productcategorie: BTreeMap::new(),
        }
    }
}

impl Treeknorm {
    pub fn voor(&self, productcategorie: Option<u8>) -> f64 {
        productcategorie
            .and_then(|c| self.per_productcategorie.get(&c).copied())
            .unwrap_or(self.standaard_weken)
    }
}

/// Settings that come from the region content or the user, not the data.
#[derive(Clone, Debug, Default)]
pub struct KpiOpties {
    /// Empty when no region content was given.
    pub catalogus: Productcatalogus,
    /// Public holidays: not working days for `contact_binnen_3_werkdagen_pct`.
    pub feestdagen: Vec<Datum>,
    pub treeknorm: Treeknorm,
}

/// Computes every KPI for one window, peildatum (default W.tot) and scope.
/// O(n) in the number of trajectories and declarations; build `index` once
/// with [`KpiIndex::bouw`] from the same `data`.
pub fn bereken_alle(
    index: &KpiIndex,
    data: &DataSet,
    venster: Venster,
    peildatum: Option<Datum>,
    scope: &Scope,
    opties: &KpiOpties,
) -> KpiResultaat {
    resultaat(&Selectie::nieuw(index, data, venster, peildatum, scope, opties))
}

/// [`bereken_alle`] for the browser: the trajectory pass offers `pauze` a
/// pause every few thousand trajectories, so a national data set never
/// blocks the page for a whole pass.
pub async fn bereken_alle_met_pauzes(
    index: &KpiIndex,
    data: &DataSet,
    venster: Venster,
    peildatum: Option<Datum>,
    scope: &Scope,
    opties: &KpiOpties,
    pauze: &mut dyn crate::pauze::Pauze,
) -> Result<KpiResultaat, crate::pauze::Afgebroken> {
    let s = Selectie::nieuw(index, data, venster, peildatum, scope, opties);
    let mut ritme = crate::pauze::Ritme::nieuw(pauze);
    let totalen = rondje::bereken_met_pauzes(&s, &mut ritme).await?;
    Ok(resultaat(&s.met_totalen(totalen)))
}

/// Every KPI of a selection.
fn resultaat(s: &Selectie) -> KpiResultaat {
    KpiResultaat {
        venster: s.venster,
        peildatum: s.peildatum,
        scope: s.scope.clone(),
        jeugdigen: jeugdigen(s),
        trajecten_lopend: trajecten_lopend(s),
        jeugdigen_lopend: jeugdigen_lopend(s),
        instroom_trajecten: instroom_trajecten(s),
        instroom_jeugdigen: instroom_jeugdigen(s),
        nieuwe_jeugdigen: nieuwe_jeugdigen(s),
        herinstroom_jeugdigen: herinstroom_jeugdigen(s),
        uitstroom_trajecten: uitstroom_trajecten(s),
        uitstroom_jeugdigen: uitstroom_jeugdigen(s),
        duur_gemiddeld: duur_gemiddeld(s),
        duur_mediaan: duur_mediaan(s),
        volgens_plan_pct: volgens_plan_pct(s),
        stapeling: stapeling(s),
        vervolg: vervolg(s),
        volgnummer: volgnummer(s),
        kosten: kosten(s),
        kosten_per_jeugdige: kosten_per_jeugdige(s),
        top10_aandeel_pct: top10_aandeel_pct(s),
        jeugdigen_boven_50k: jeugdigen_boven_50k(s),
        begroting: begroting(s),
        realisatie_pct: realisatie_pct(s),
        prognose: prognose(s),
        per_1000_jongeren: per_1000_jongeren(s),
        jeugdigen_18plus: jeugdigen_18plus(s),
        jeugdzorgplus_pct: jeugdzorgplus_pct(s),
        wachttijd_gemiddeld: wachttijd_gemiddeld(s),
        wacht_peildatum: wacht_peildatum(s),
        boven_treeknorm: boven_treeknorm(s),
        wachtenden: wachtenden(s),
        contact_binnen_3_werkdagen_pct: contact_binnen_3_werkdagen_pct(s),
        proces_pct: ProcesVlag::ALLE.map(|v| (v, proces_pct(s, v))),
        tevredenheid_gemiddeld: tevredenheid_gemiddeld(s),
    }
}
