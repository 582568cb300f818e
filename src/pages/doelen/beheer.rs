//! The goal set the user works with. Until they change something it is the
//! region's set from `public/content/`; after a change (edit, new, duplicate,
//! delete, import) their own set is kept in localStorage under a versioned
//! key, in the JSON of `jeugdmonitor_core::doelen::naar_json`, and read back
//! through `migreer`, which upgrades older versions and refuses newer ones.
//! Goals hold no personal data; loaded extracts are never stored. (Direct
//! `web_sys` storage instead of gloo-storage's `raw()`, which panics when
//! the browser blocks storage.)

use std::sync::Arc;

use jeugdmonitor_core::doelen::{migreer, naar_json, Doelenset};
use leptos::prelude::*;

/// The key in localStorage. The schema version lives inside the JSON, so a
/// later app can migrate what an earlier one wrote.
pub const SLEUTEL: &str = "jeugdmonitor.doelen";

#[derive(Clone, Copy)]
pub struct Doelenbeheer {
    /// The set on screen.
    pub set: RwSignal<Arc<Doelenset>>,
    /// True when the set is the user's own (stored), not the region's.
    pub eigen: RwSignal<bool>,
    /// A message about storing or reading (shown in an alert).
    pub melding: RwSignal<Option<String>>,
    regio: StoredValue<Arc<Doelenset>>,
}

impl Doelenbeheer {
    /// The stored set when there is a readable one, else the region's.
    pub fn nieuw(regio: Arc<Doelenset>) -> Doelenbeheer {
        let (set, eigen, melding) = match opslag().map(|o| o.get_item(SLEUTEL)) {
            Some(Ok(Some(json))) => match migreer(&json) {
                Ok(set) => (Arc::new(set), true, None),
                Err(fout) => (
                    regio.clone(),
                    false,
                    Some(format!(
                        "Je eigen doelen in deze browser konden niet worden gelezen ({fout}). Je ziet de doelen van de regio; \
                         je eigen versie wordt pas overschreven als je iets wijzigt."
                    )),
                ),
            },
            _ => (regio.clone(), false, None),
        };
        Doelenbeheer {
            set: RwSignal::new(set),
            eigen: RwSignal::new(eigen),
            melding: RwSignal::new(melding),
            regio: StoredValue::new(regio),
        }
    }

    /// Changes the set and stores it.
    pub fn wijzig(&self, wijziging: impl FnOnce(&mut Doelenset)) {
        let mut nieuw = (*self.set.get_untracked()).clone();
        wijziging(&mut nieuw);
        self.bewaar(nieuw);
    }

    /// Replaces the set by an imported JSON document.
    pub fn importeer(&self, json: &str) -> Result<usize, String> {
        let set = migreer(json)?;
        let aantal = set.doelen.len();
        self.bewaar(set);
        Ok(aantal)
    }

    /// The set as JSON for export.
    pub fn exporteer(&self) -> Result<String, String> {
        naar_json(&self.set.get_untracked())
    }

    /// Forgets the user's own set: back to the region's.
    pub fn herstel(&self) {
        if let Some(o) = opslag() {
            let _ = o.remove_item(SLEUTEL);
        }
        self.set.set(self.regio.get_value());
        self.eigen.set(false);
        self.melding.set(None);
    }

    fn bewaar(&self, set: Doelenset) {
        let opgeslagen = naar_json(&set).and_then(|json| {
            opslag().and_then(|o| o.set_item(SLEUTEL, &json).ok()).ok_or_else(|| {
                "de browser staat opslaan niet toe (privévenster, geblokkeerde opslag of opslag vol)".to_string()
            })
        });
        self.melding.set(opgeslagen.err().map(|fout| {
            format!(
                "Je wijziging staat op het scherm, maar is niet bewaard: {fout}. Exporteer je doelen om ze te houden."
            )
        }));
        self.set.set(Arc::new(set));
        self.eigen.set(true);
    }
}

/// The browser's localStorage, or `None` when the browser blocks it (then
/// nothing is stored and the page says so; it never crashes).
fn opslag() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
