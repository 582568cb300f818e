//! `--inhoud MAP`: the region content folder (as in `public/content/`).
//!
//! `MAP/regio.toml` is required (municipality names and public holidays);
//! `MAP/producten.toml` is optional (the product catalogue). The catalogue
//! format has no reader in the core yet, so the small wrapper below lives
//! here until `core::content` gets one.

use std::io;
use std::path::Path;

use jeugdmonitor_core::content::{lees_regio, CatalogusProduct, Productcatalogus, RegioInhoud};
use serde::Deserialize;

use crate::fout::Fout;
use crate::read::io_reden;

/// What the CLI uses of a region's content.
pub struct Inhoud {
    pub regio: RegioInhoud,
    /// Empty when the folder has no `producten.toml`.
    pub catalogus: Productcatalogus,
}

/// `producten.toml`: a list of `[[producten]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Productenboek {
    /// Whether the book is an example; `valideer-inhoud` reports it, the
    /// KPIs do not depend on it.
    #[serde(default, rename = "voorbeeld")]
    _voorbeeld: bool,
    #[serde(default)]
    producten: Vec<CatalogusProduct>,
}

pub fn lees(map: &Path) -> Result<Inhoud, Fout> {
    let regio_pad = map.join("regio.toml");
    let naam = regio_pad.display().to_string();
    let tekst = std::fs::read_to_string(&regio_pad)
        .map_err(|e| Fout::Overig(format!("kan de regio-inhoud {naam} niet lezen: {}", io_reden(&e))))?;
    let regio = lees_regio(&naam, &tekst).map_err(|p| Fout::Overig(p.to_string()))?;

    let producten_pad = map.join("producten.toml");
    let catalogus = match std::fs::read_to_string(&producten_pad) {
        Ok(tekst) => Productcatalogus::nieuw(lees_producten(&producten_pad.display().to_string(), &tekst)?),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Productcatalogus::default(),
        Err(e) => {
            return Err(Fout::Overig(format!(
                "kan de productcatalogus {} niet lezen: {}",
                producten_pad.display(),
                io_reden(&e)
            )))
        }
    };
    Ok(Inhoud { regio, catalogus })
}

/// Parses `producten.toml` and checks what the core relies on: codes are
/// unique and non-empty, segments 1–5, productcategorie a JZ020 code.
fn lees_producten(bestand: &str, tekst: &str) -> Result<Vec<CatalogusProduct>, Fout> {
    let boek: Productenboek = toml::from_str(tekst).map_err(|fout| {
        let regel = fout
            .span()
            .map(|s| tekst[..s.start.min(tekst.len())].matches('\n').count() + 1);
        let waar = regel.map(|r| format!(", regel {r}")).unwrap_or_default();
        Fout::Overig(format!(
            "{bestand}{waar}: productcatalogus klopt niet: {}",
            fout.message()
        ))
    })?;
    let mut gezien = std::collections::HashSet::new();
    for p in &boek.producten {
        let fout = |reden: String| Fout::Overig(format!("{bestand}: product {:?}: {reden}", p.code));
        if p.code.trim().is_empty() {
            return Err(fout("code is leeg".into()));
        }
        if !gezien.insert(p.code.trim().to_ascii_uppercase()) {
            return Err(fout("code komt meer dan één keer voor".into()));
        }
        if p.segment.is_some_and(|s| !(1..=5).contains(&s)) {
            return Err(fout("segment moet 1 tot en met 5 zijn".into()));
        }
        if !matches!(p.productcategorie, 31..=38 | 40..=55) {
            return Err(fout(format!(
                "productcategorie {} bestaat niet (JZ020)",
                p.productcategorie
            )));
        }
    }
    Ok(boek.producten)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_parses_and_is_checked() {
        let tekst = "[[producten]]\ncode = \"43A10\"\nnaam = \"Verblijf\"\nproductcategorie = 43\nsegment = 5\njeugdzorgplus = true\n\n[[producten]]\ncode = \"54001\"\nnaam = \"Basis-ggz\"\nproductcategorie = 54\n";
        let p = lees_producten("producten.toml", tekst).unwrap();
        assert_eq!(p.len(), 2);
        assert!(p[0].jeugdzorgplus && p[1].segment.is_none());

        let fout = lees_producten("producten.toml", "[[producten]]\ncode = \"x\"\nnaam = 3\n").unwrap_err();
        assert!(fout.to_string().contains("regel 3"), "{fout}");
        let dubbel = format!("{tekst}\n[[producten]]\ncode = \"54001\"\nnaam = \"x\"\nproductcategorie = 54\n");
        assert!(lees_producten("p", &dubbel)
            .unwrap_err()
            .to_string()
            .contains("meer dan één keer"));
        let seg = "[[producten]]\ncode = \"x\"\nnaam = \"x\"\nproductcategorie = 45\nsegment = 6\n";
        assert!(lees_producten("p", seg).unwrap_err().to_string().contains("segment"));
        let cat = "[[producten]]\ncode = \"x\"\nnaam = \"x\"\nproductcategorie = 39\n";
        assert!(lees_producten("p", cat).unwrap_err().to_string().contains("JZ020"));
    }
}
