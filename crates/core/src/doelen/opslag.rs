//! Reading and writing goal sets: TOML for region content, JSON for the
//! user's own set (localStorage, export, import), with a versioned schema.

use std::collections::BTreeSet;

use crate::problem::Probleem;

use super::model::{Doelenset, SCHEMA_VERSIE};

/// Path of the region's preset goals, relative to the site root.
pub const DOELEN_BESTAND: &str = "content/doelen.toml";
/// Path of the region's example measures, relative to the site root.
pub const MAATREGELEN_BESTAND: &str = "content/maatregelen.toml";

/// Parses a content file (`doelen.toml` or `maatregelen.toml`): `versie = 1`
/// followed by `[[doelen]]` and/or `[[maatregelen]]`. `bestand` is the name
/// used in problems. Refuses another schema version and duplicate ids or
/// codes.
pub fn lees_doelen(bestand: &str, tekst: &str) -> Result<Doelenset, Probleem> {
    let set =
        toml::from_str::<Doelenset>(tekst).map_err(|fout| crate::content::toml_probleem(bestand, tekst, &fout))?;
    let regel = |zoek: &str| tekst.lines().position(|r| r.contains(zoek)).map_or(0, |i| i as u64 + 1);
    if set.versie != SCHEMA_VERSIE {
        return Err(probleem(bestand, regel("versie"), versie_fout(set.versie)));
    }
    controleer_set(&set).map_err(|(zoek, reden)| probleem(bestand, regel(&zoek), reden))?;
    Ok(set)
}

/// The set as JSON for localStorage and export, always with the current
/// schema version.
pub fn naar_json(set: &Doelenset) -> Result<String, String> {
    let mut kopie = set.clone();
    kopie.versie = SCHEMA_VERSIE;
    serde_json::to_string_pretty(&kopie).map_err(|fout| format!("de doelen konden niet worden opgeslagen: {fout}"))
}

/// Reads a stored or imported JSON set of any known schema version and
/// brings it to the current one. Refuses a later version (written by a newer
/// app), a missing version and duplicate ids, with a message in Dutch.
///
/// Version history: 1 — the first schema (this one).
pub fn migreer(json: &str) -> Result<Doelenset, String> {
    let waarde: serde_json::Value =
        serde_json::from_str(json).map_err(|fout| format!("Dit is geen geldig doelenbestand (JSON): {fout}."))?;
    let versie = waarde
        .get("versie")
        .and_then(serde_json::Value::as_u64)
        .ok_or("Dit doelenbestand heeft geen schemaversie (\"versie\"). Het kan niet worden ingelezen.")?;
    let set: Doelenset = match versie {
        1 => serde_json::from_value(waarde).map_err(|fout| format!("Het doelenbestand klopt niet: {fout}."))?,
        _ => return Err(versie_fout(u32::try_from(versie).unwrap_or(u32::MAX))),
    };
    controleer_set(&set).map_err(|(_, reden)| reden)?;
    Ok(set)
}

fn versie_fout(versie: u32) -> String {
    if versie > SCHEMA_VERSIE {
        format!(
            "Dit doelenbestand heeft schemaversie {versie}. Deze jeugdmonitor kan versie {SCHEMA_VERSIE} lezen. \
             Het bestand is gemaakt met een nieuwere versie van de jeugdmonitor; werk de jeugdmonitor bij."
        )
    } else {
        format!("Schemaversie {versie} bestaat niet. Deze jeugdmonitor kan versie {SCHEMA_VERSIE} lezen.")
    }
}

/// Ids and codes must be unique and not empty. On error: the text to find
/// the line by, and the reason.
fn controleer_set(set: &Doelenset) -> Result<(), (String, String)> {
    let mut ids = BTreeSet::new();
    for d in &set.doelen {
        if d.id.trim().is_empty() {
            return Err(("id".into(), format!("Het doel {:?} heeft geen id.", d.titel)));
        }
        if !ids.insert(d.id.as_str()) {
            return Err((d.id.clone(), format!("Het id {:?} komt twee keer voor.", d.id)));
        }
    }
    let mut codes = BTreeSet::new();
    for m in &set.maatregelen {
        if m.code.trim().is_empty() {
            return Err(("code".into(), format!("De maatregel {:?} heeft geen code.", m.titel)));
        }
        if !codes.insert(m.code.as_str()) {
            return Err((
                m.code.clone(),
                format!("De maatregelcode {:?} komt twee keer voor.", m.code),
            ));
        }
    }
    Ok(())
}

fn probleem(bestand: &str, regel: u64, reden: String) -> Probleem {
    Probleem {
        bestand: bestand.to_string(),
        regel,
        kolom: String::new(),
        waarde: String::new(),
        reden,
    }
}
