//! SMART goals and measures (spec section 5): the model, its evaluation at a
//! peildatum, the SMART check, and reading and writing goal sets.
//!
//! A goal is data, not code ([`Doel`]): a KPI id of spec section 4 with a
//! scope (and for `proces_pct` a flag), a direction, a baseline period with
//! an optional known value, a target (a value, a relative change, any
//! improvement, or a description for a person to judge), milestones, a
//! deadline and the document it comes from. The region ships its goals in
//! `public/content/doelen.toml` and example measures in
//! `public/content/maatregelen.toml` ([`lees_doelen`]); users keep their own
//! set as JSON under a versioned schema ([`naar_json`], [`migreer`]).
//!
//! [`evalueer`] reads every value from [`crate::kpi::bereken_alle`] through
//! one function, [`waarde_van`]; its doc comment lists the decisions about
//! windows, the straight line, the deadline and milestones, each pinned by a
//! test in `tests.rs`. [`controleer`] says per SMART letter what a goal
//! lacks.
//!
//! Like the rest of the core: no IO, no clock, no panics on data.

mod evaluatie;
mod export;
mod model;
mod opslag;
mod smart;

#[cfg(test)]
mod tests;

pub use evaluatie::{
    evalueer, evalueer_alle_met_pauzes, huidig_venster, waarde_van, Evaluatie, GeenGegevens, Meter, MijlpaalUitkomst,
    Reekspunt, Status, DOEL_KPIS, REEKS_LENGTE,
};
pub use export::{doelen_csv, doelen_json, Toonbaar, ToonbareCijfers, VERBORGEN};
pub use model::{
    Basislijn, Doel, Doelenset, Doelwaarde, HandmatigeStatus, Maatregel, MaatregelStatus, Metric, Mijlpaal, Oordeel,
    Richting, SCHEMA_VERSIE,
};
pub use opslag::{lees_doelen, migreer, naar_json, DOELEN_BESTAND, MAATREGELEN_BESTAND};
pub use smart::{controleer, databereik, SmartMelding};
