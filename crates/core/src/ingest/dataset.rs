//! Joining the files of one load into a [`DataSet`]: client pseudonyms are
//! interned across files, a toewijzing may occur once in the whole set, and
//! declarations without a known toewijzing are kept but reported.

use std::collections::{HashMap, HashSet};

use crate::model::{Bestandssoort, ClientId, DataSet, Traject};
use crate::problem::Probleem;

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
    /// Plain-Dutch data-quality warnings.
    pub waarschuwingen: Vec<String>,
    /// Trajecten rejected because an earlier file already had their
    /// toewijzing. Their `velden` follow [`TRAJECT_KOLOMMEN`] (the original
    /// row is not kept for accepted rows, to keep memory bounded).
    pub afgewezen: Vec<Afwijzing>,
}

/// How many examples a warning lists.
const VOORBEELDEN: usize = 3;

/// Joins file results in the order given (earlier files win duplicates).
/// Files that were not read (`soort` is `None`) contribute nothing.
pub fn bouw_dataset(resultaten: Vec<Bestandsresultaat>) -> Samengevoegd {
    let mut uit = Samengevoegd::default();
    let mut client_index: HashMap<String, u32> = HashMap::new();
    let mut eerste: HashMap<String, (String, u64)> = HashMap::new();
    for res in resultaten {
        let Some(soort) = res.soort else { continue };
        if !uit.dataset.geladen.contains(&soort) {
            uit.dataset.geladen.push(soort);
        }
        let ds = &mut uit.dataset;
        for g in res.trajecten {
            let mut t = g.traject;
            let client = res.clients.get(t.client.0 as usize).cloned().unwrap_or_default();
            if let Some((bestand, regel)) = eerste.get(&t.toewijzing) {
                let probleem = Probleem {
                    bestand: res.bestandsnaam.clone(),
                    regel: g.regel,
                    kolom: "toewijzing".to_string(),
                    waarde: t.toewijzing.clone(),
                    reden: format!("dubbele toewijzing: komt al voor in {bestand}, regel {regel}"),
                };
                uit.afgewezen.push(Afwijzing {
                    velden: traject_velden(&client, &t),
                    probleem,
                });
                continue;
            }
            eerste.insert(t.toewijzing.clone(), (res.bestandsnaam.clone(), g.regel));
            let volgende = u32::try_from(ds.clients.len()).unwrap_or(u32::MAX);
            let id = *client_index.entry(client).or_insert_with_key(|c| {
                ds.clients.push(c.clone());
                volgende
            });
            t.client = ClientId(id);
            ds.trajecten.push(t);
        }
        ds.declaraties.extend(res.declaraties);
        ds.wachttijden.extend(res.wachttijden);
        ds.begroting.extend(res.begroting);
        ds.bevolking.extend(res.bevolking);
        ds.aanmeldingen.extend(res.aanmeldingen);
        ds.tevredenheid.extend(res.tevredenheid);
    }
    if let Some(w) = niet_te_koppelen(&uit.dataset) {
        uit.waarschuwingen.push(w);
    }
    if !uit.afgewezen.is_empty() {
        uit.waarschuwingen.push(format!(
            "{} trajecten zijn afgewezen omdat hun toewijzing al in een eerder bestand staat",
            uit.afgewezen.len()
        ));
    }
    uit
}

/// The warning about declarations whose toewijzing is not in trajecten
/// (spec 1.2: they are kept). Only meaningful when trajecten were loaded.
fn niet_te_koppelen(ds: &DataSet) -> Option<String> {
    if !ds.heeft(Bestandssoort::Trajecten) || !ds.heeft(Bestandssoort::Declaraties) {
        return None;
    }
    let bekend: HashSet<&str> = ds.trajecten.iter().map(|t| t.toewijzing.as_str()).collect();
    let mut aantal = 0u64;
    let mut bedrag: i64 = 0;
    let mut voorbeelden: Vec<&str> = Vec::new();
    for d in ds
        .declaraties
        .iter()
        .filter(|d| !bekend.contains(d.toewijzing.as_str()))
    {
        aantal += 1;
        bedrag = bedrag.saturating_add(d.bedrag_cent);
        if voorbeelden.len() < VOORBEELDEN && !voorbeelden.contains(&d.toewijzing.as_str()) {
            voorbeelden.push(&d.toewijzing);
        }
    }
    if aantal == 0 {
        return None;
    }
    let woord = if aantal == 1 {
        "declaratie hoort"
    } else {
        "declaraties horen"
    };
    Some(format!(
        "{aantal} {woord} bij een toewijzing die niet in trajecten staat (samen {}); ze tellen mee onder \"niet te koppelen\". Bijvoorbeeld: {}",
        euro(bedrag),
        voorbeelden.join(", ")
    ))
}

/// Cents as Dutch euro text, `€ 1234,56`.
fn euro(cent: i64) -> String {
    let teken = if cent < 0 { "-" } else { "" };
    let c = cent.unsigned_abs();
    format!("{teken}€ {},{:02}", c / 100, c % 100)
}

/// A trajectory as text fields in [`TRAJECT_KOLOMMEN`] order (dates ISO).
pub fn traject_velden(client: &str, t: &Traject) -> Vec<String> {
    let getal = |n: Option<u8>| n.map(|n| format!("{n:02}")).unwrap_or_default();
    let ja_nee = |b: Option<bool>| b.map(|b| if b { "ja" } else { "nee" }.to_string()).unwrap_or_default();
    vec![
        client.to_string(),
        t.toewijzing.clone(),
        t.gemeente.clone(),
        t.aanbieder.clone(),
        t.productcategorie.to_string(),
        t.productcode.clone().unwrap_or_default(),
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
