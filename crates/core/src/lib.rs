//! The pure core of the jeugdmonitor: ingestion, the privacy guard, KPIs,
//! goals, small-cell suppression and the region content model.
//!
//! Nothing here touches a browser, a file system or a network. Callers (the
//! Leptos app, the `jeugdmonitor` CLI) hand in bytes and get back values plus
//! a list of [`problem::Probleem`]s; no input makes this crate panic.

pub mod cbs;
pub mod content;
pub mod csvschrijver;
pub mod date;
pub mod demo;
pub mod doelen;
pub mod export;
pub mod geheugen;
pub mod ingest;
pub mod inhoudscontrole;
pub mod kpi;
pub mod meting;
pub mod model;
pub mod paginas;
pub mod pauze;
pub mod portaal;
pub mod privacy;
pub mod problem;
pub mod reeks;
pub mod suppression;
pub mod voorbeeld;
pub mod weergave;
