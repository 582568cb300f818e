//! Joining the files of one load into a [`DataSet`]: client pseudonyms are
//! interned across files, and a toewijzing may occur once in the whole set.
//! Declarations without a known toewijzing are kept; the KPI index, which
//! looks every declaration up anyway, reports them
//! ([`KpiIndex::waarschuwing_niet_te_koppelen`](crate::kpi::KpiIndex::waarschuwing_niet_te_koppelen)).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use crate::model::{ClientId, DataSet, Traject};
use crate::pauze::{kopieer, zonder_pauze, Afgebroken, GeenPauze, Pauze, Ritme};
use crate::problem::Probleem;

type SnelHash = BuildHasherDefault<super::snelhash::SnelHasher>;

use super::{Afwijzing, Bestandsresultaat};

/// The spec's trajecten columns, in spec order; the header for
/// [`Samengevoegd::afgewezen`] rows.
pub const TRAJECT_KOLOMMEN: [&str; 15] = [
    "client",
    "toewijzing",
    "gemeente",
    "aanbieder",
    "productcategorie",
    "productcode",
    "segment",
    "verwijzer",
    "geboortejaar",
    "begindatum",
    "einddatum",
    "reden_beeindiging",
    "verklarende_analyse",
    "familiegroepsplan",
    "perspectiefplan",
];

/// The joined data set and what joining found.
#[derive(Clone, Debug, Default)]
pub struct Samengevoegd {
    pub dataset: DataSet,
    /// Plain-Dutch data-quality warnings of the join (duplicate
    /// toewijzingen across files). The warning about declarations without a
    /// trajectory comes from the KPI index
    /// ([`KpiIndex::waarschuwing_niet_te_koppelen`](crate::kpi::KpiIndex::waarschuwing_niet_te_koppelen)).
    pub waarschuwingen: Vec<String>,
    /// Trajecten rejected because an earlier file already had their
    /// toewijzing. Their `velden` follow [`TRAJECT_KOLOMMEN`] (the original
    /// row is not kept for accepted rows, to keep memory bounded).
    pub afgewezen: Vec<Afwijzing>,
}

/// Joins file results in the order given (earlier files win duplicates).
/// Files that were not read (`soort` is `None`) contribute nothing.
pub fn bouw_dataset(resultaten: Vec<Bestandsresultaat>) -> Samengevoegd {
    let bestanden: Vec<&Bestandsresultaat> = resultaten.iter().collect();
    zonder_pauze(voeg_samen(&bestanden, &mut GeenPauze)).unwrap_or_default()
}

/// [`bouw_dataset`] for the browser: copies from borrowed results (the page
/// keeps every file's own result, to join again when a file is removed) and
/// offers `pauze` a pause every few thousand rows.
pub async fn voeg_samen(bestanden: &[&Bestandsresultaat], pauze: &mut dyn Pauze) -> Result<Samengevoegd, Afgebroken> {
    let mut ritme = Ritme::nieuw(pauze);
    let mut uit = Samengevoegd::default();
    // Keys borrow from the results, so no pseudonym or toewijzing is copied
    // just to be looked up.
    // Sized once: growing a table of half a million entries moves them all
    // in one step, which the browser would feel as a freeze.
    let aantal = |tel: fn(&Bestandsresultaat) -> usize| bestanden.iter().map(|b| tel(b)).sum::<usize>();
    // Pseudonyms and toewijzingen are unique within one file (the reader
    // interns the one and rejects a second of the other), so the tables
    // across files are only needed when two files hold trajecten; with one,
    // looking every row up again would only cost time.
    let meer_bestanden = bestanden.iter().filter(|b| !b.trajecten.is_empty()).count() > 1;
    let ruimte = |tel: fn(&Bestandsresultaat) -> usize| if meer_bestanden { aantal(tel) } else { 0 };
    let mut client_index: HashMap<&str, u32, SnelHash> =
        HashMap::with_capacity_and_hasher(ruimte(|b| b.clients.len()), SnelHash::default());
    // Toewijzing → file and line of its first occurrence.
    let mut eerste: HashMap<&str, (usize, u64), SnelHash> =
        HashMap::with_capacity_and_hasher(ruimte(|b| b.trajecten.len()), SnelHash::default());
    uit.dataset.trajecten.reserve(aantal(|b| b.trajecten.len()));
    uit.dataset.declaraties.reserve(aantal(|b| b.declaraties.len()));
    for (nummer, res) in bestanden.iter().enumerate() {
        let Some(soort) = res.soort else { continue };
        if !uit.dataset.geladen.contains(&soort) {
            uit.dataset.geladen.push(soort);
        }
        let ds = &mut uit.dataset;
        // This file's client numbers mapped to the joined ones, filled on first use.
        let mut eigen_client: Vec<Option<u32>> = vec![None; res.clients.len()];
        for g in &res.trajecten {
            ritme.tik().await?;
            let t = &g.traject;
            if let Some(&(eerder, regel)) = eerste.get(&*t.toewijzing) {
                let bestand = bestanden.get(eerder).map_or("", |b| b.bestandsnaam.as_str());
                let client = res.clients.get(t.client.0 as usize).map_or("", |c| c);
                let probleem = Probleem {
                    bestand: res.bestandsnaam.clone(),
                    regel: g.regel,
                    kolom: "toewijzing".to_string(),
                    waarde: t.toewijzing.to_string(),
                    reden: format!("dubbele toewijzing: komt al voor in {bestand}, regel {regel}"),
                };
                uit.afgewezen.push(Afwijzing {
                    velden: traject_velden(client, t),
                    probleem,
                });
                continue;
            }
            if meer_bestanden {
                eerste.insert(&t.toewijzing, (nummer, g.regel));
            }
            let id = match eigen_client.get(t.client.0 as usize).copied().flatten() {
                Some(id) => id,
                None => {
                    // A client number outside the file's list (only in a
                    // result not made by the reader) reads as the empty
                    // pseudonym, one client for all such rows.
                    let gedeeld = res.clients.get(t.client.0 as usize);
                    let naam: &str = gedeeld.map_or("", |c| c);
                    let volgende = u32::try_from(ds.clients.len()).unwrap_or(u32::MAX);
                    let id = if meer_bestanden || gedeeld.is_none() {
                        *client_index.entry(naam).or_insert_with(|| {
                            ds.clients.push(gedeeld.map_or_else(|| Arc::from(""), Arc::clone));
                            volgende
                        })
                    } else {
                        ds.clients.push(gedeeld.map_or_else(|| Arc::from(""), Arc::clone));
                        volgende
                    };
                    if let Some(plek) = eigen_client.get_mut(t.client.0 as usize) {
                        *plek = Some(id);
                    }
                    id
                }
            };
            // Shares the texts of the file's own result: no allocation.
            let mut kopie = t.clone();
            kopie.client = ClientId(id);
            ds.trajecten.push(kopie);
        }
        kopieer(&mut ds.declaraties, &res.declaraties, &mut ritme).await?;
        kopieer(&mut ds.wachttijden, &res.wachttijden, &mut ritme).await?;
        kopieer(&mut ds.begroting, &res.begroting, &mut ritme).await?;
        kopieer(&mut ds.bevolking, &res.bevolking, &mut ritme).await?;
        kopieer(&mut ds.aanmeldingen, &res.aanmeldingen, &mut ritme).await?;
        kopieer(&mut ds.tevredenheid, &res.tevredenheid, &mut ritme).await?;
    }
    if !uit.afgewezen.is_empty() {
        uit.waarschuwingen.push(format!(
            "{} trajecten zijn afgewezen omdat hun toewijzing al in een eerder bestand staat",
            uit.afgewezen.len()
        ));
    }
    Ok(uit)
}

/// A trajectory as text fields in [`TRAJECT_KOLOMMEN`] order (dates ISO).
pub fn traject_velden(client: &str, t: &Traject) -> Vec<String> {
    let getal = |n: Option<u8>| n.map(|n| format!("{n:02}")).unwrap_or_default();
    let ja_nee = |b: Option<bool>| b.map(|b| if b { "ja" } else { "nee" }.to_string()).unwrap_or_default();
    vec![
        client.to_string(),
        t.toewijzing.to_string(),
        t.gemeente.to_string(),
        t.aanbieder.to_string(),
        t.productcategorie.to_string(),
        t.productcode.as_deref().unwrap_or_default().to_string(),
        t.segment.map(|s| s.to_string()).unwrap_or_default(),
        getal(t.verwijzer),
        t.geboortejaar.map(|j| j.to_string()).unwrap_or_default(),
        t.begin.iso(),
        t.eind.map(|e| e.iso()).unwrap_or_default(),
        getal(t.reden_beeindiging),
        ja_nee(t.verklarende_analyse),
        ja_nee(t.familiegroepsplan),
        ja_nee(t.perspectiefplan),
    ]
}
