//! The Leptos shell around `jeugdmonitor-core`: routing, layout and pages.
//!
//! Only this crate touches the browser. Data work (parsing, KPIs, content
//! model) happens in the core; components here render what it returns.

pub mod app;
pub mod browser;
pub mod dienstwerker;
pub mod formaat;
pub mod gegevens;
pub mod inhoud;
pub mod kop;
pub mod layout;
pub mod pages;
pub mod site;
pub mod taal;
pub mod voorbeeld;
