//! The index built once per data set, so that every window and scope after
//! that is a few linear passes over plain integers.

use std::collections::{BTreeMap, HashMap};

use crate::content::Productcatalogus;
use crate::date::Datum;
use crate::model::{ClientId, DataSet, Maand};

/// A month as one integer (`jaar * 12 + maand − 1`), so "month in W" is a
/// range check.
pub(crate) type Maandnummer = i64;

pub(crate) fn maandnummer(m: Maand) -> Maandnummer {
    i64::from(m.jaar) * 12 + i64::from(m.maand) - 1
}

pub(crate) fn maandnummer_van(d: Datum) -> Maandnummer {
    maandnummer(Maand::van_datum(d))
}

/// The part of a trajectory the KPIs read, with strings replaced by ids.
#[derive(Clone, Debug)]
pub(crate) struct Kern {
    pub client: ClientId,
    pub begin: Datum,
    pub eind: Option<Datum>,
    pub gemeente: u32,
    pub aanbieder: u32,
    pub productcode: Option<u32>,
    pub productcategorie: u8,
    pub segment: Option<u8>,
    pub verwijzer: Option<u8>,
    pub geboortejaar: Option<i32>,
    pub reden_beeindiging: Option<u8>,
    pub verklarende_analyse: Option<bool>,
    pub familiegroepsplan: Option<bool>,
    pub perspectiefplan: Option<bool>,
    /// The product is marked `jeugdzorgplus` in the catalogue.
    pub jeugdzorgplus: bool,
    /// Rank among all the client's trajectories in the whole data set,
    /// ordered by (begin, toewijzing); 1-based.
    pub volgnummer: u32,
}

impl Kern {
    pub fn actief_op(&self, d: Datum) -> bool {
        self.begin <= d && self.eind.is_none_or(|e| e >= d)
    }

    pub fn overlapt(&self, van: Datum, tot: Datum) -> bool {
        self.begin <= tot && self.eind.is_none_or(|e| e >= van)
    }
}

/// A month's summed declarations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MaandBedrag {
    pub maand: Maandnummer,
    pub cent: i64,
}

/// Alles wat per databestand één keer wordt voorbereid: trajecten per
/// jeugdige op volgorde van begindatum, hun volgnummer, en declaraties per
/// traject en maand.
#[derive(Clone, Debug, Default)]
pub struct KpiIndex {
    /// Sorted by (client, begin, toewijzing): each client's trajectories are
    /// one contiguous run.
    pub(crate) trajecten: Vec<Kern>,
    /// Per client with trajectories: the run `start..eind` in `trajecten`.
    pub(crate) groepen: Vec<(u32, u32)>,
    pub(crate) gemeenten: Vec<String>,
    pub(crate) aanbieders: Vec<String>,
    /// Upper case, as the catalogue and the scope compare them.
    pub(crate) productcodes: Vec<String>,
    /// Declarations of trajectory `i` are `declaraties[start[i]..start[i+1]]`,
    /// one entry per month, sorted by month.
    pub(crate) declaratie_start: Vec<u32>,
    pub(crate) declaraties: Vec<MaandBedrag>,
    /// Declarations whose toewijzing is not in trajecten, summed per month.
    pub(crate) niet_gekoppeld: Vec<MaandBedrag>,
    /// Whether a product catalogue was given (needed for jeugdzorgplus_pct).
    pub(crate) heeft_catalogus: bool,
}

impl KpiIndex {
    /// Builds the index; O(n log n) once, so that every call after is O(n).
    pub fn bouw(data: &DataSet, catalogus: &Productcatalogus) -> KpiIndex {
        let mut volgorde: Vec<usize> = (0..data.trajecten.len()).collect();
        volgorde.sort_by(|&a, &b| {
            let (ta, tb) = (&data.trajecten[a], &data.trajecten[b]);
            (ta.client, ta.begin, &ta.toewijzing).cmp(&(tb.client, tb.begin, &tb.toewijzing))
        });

        let mut gemeenten = Intern::default();
        let mut aanbieders = Intern::default();
        let mut productcodes = Intern::default();
        let mut trajecten = Vec::with_capacity(volgorde.len());
        let mut groepen = Vec::new();
        let mut positie: HashMap<&str, u32> = HashMap::with_capacity(volgorde.len());
        for (pos, &i) in volgorde.iter().enumerate() {
            let t = &data.trajecten[i];
            let nieuw_client = trajecten.last().is_none_or(|k: &Kern| k.client != t.client);
            if nieuw_client {
                groepen.push((pos as u32, pos as u32));
            }
            let groep = groepen.last_mut().map(|g| {
                g.1 += 1;
                g.1 - g.0
            });
            // The reader rejects duplicate toewijzingen; should one slip
            // through, its declarations go to the first.
            positie.entry(t.toewijzing.as_str()).or_insert(pos as u32);
            let code = t.productcode.as_deref().map(|c| c.trim().to_ascii_uppercase());
            trajecten.push(Kern {
                client: t.client,
                begin: t.begin,
                eind: t.eind,
                gemeente: gemeenten.id(&t.gemeente),
                aanbieder: aanbieders.id(&t.aanbieder),
                jeugdzorgplus: code.as_deref().is_some_and(|c| catalogus.is_jeugdzorgplus(c)),
                productcode: code.as_deref().map(|c| productcodes.id(c)),
                productcategorie: t.productcategorie,
                segment: t.segment,
                verwijzer: t.verwijzer,
                geboortejaar: t.geboortejaar,
                reden_beeindiging: t.reden_beeindiging,
                verklarende_analyse: t.verklarende_analyse,
                familiegroepsplan: t.familiegroepsplan,
                perspectiefplan: t.perspectiefplan,
                volgnummer: groep.unwrap_or(1),
            });
        }

        let mut gekoppeld: Vec<(u32, MaandBedrag)> = Vec::new();
        let mut los: BTreeMap<Maandnummer, i64> = BTreeMap::new();
        for d in &data.declaraties {
            let mb = MaandBedrag {
                maand: maandnummer(d.maand),
                cent: d.bedrag_cent,
            };
            match positie.get(d.toewijzing.trim()) {
                Some(&pos) => gekoppeld.push((pos, mb)),
                None => *los.entry(mb.maand).or_default() += mb.cent,
            }
        }
        gekoppeld.sort_unstable_by_key(|(pos, mb)| (*pos, mb.maand));
        let mut declaratie_start = vec![0u32; trajecten.len() + 1];
        let mut declaraties: Vec<MaandBedrag> = Vec::with_capacity(gekoppeld.len());
        let mut vorige: Option<(u32, Maandnummer)> = None;
        for (pos, mb) in gekoppeld {
            match declaraties.last_mut() {
                Some(laatste) if vorige == Some((pos, mb.maand)) => laatste.cent += mb.cent,
                _ => {
                    declaraties.push(mb);
                    declaratie_start[pos as usize + 1] += 1;
                }
            }
            vorige = Some((pos, mb.maand));
        }
        for i in 1..declaratie_start.len() {
            declaratie_start[i] += declaratie_start[i - 1];
        }

        KpiIndex {
            trajecten,
            groepen,
            gemeenten: gemeenten.namen,
            aanbieders: aanbieders.namen,
            productcodes: productcodes.namen,
            declaratie_start,
            declaraties,
            niet_gekoppeld: los
                .into_iter()
                .map(|(maand, cent)| MaandBedrag { maand, cent })
                .collect(),
            heeft_catalogus: !catalogus.is_leeg(),
        }
    }

    /// Number of trajectories indexed.
    pub fn aantal_trajecten(&self) -> usize {
        self.trajecten.len()
    }

    /// Summed declarations of the trajectory at sorted position `pos`.
    pub(crate) fn declaraties_van(&self, pos: usize) -> &[MaandBedrag] {
        let van = self.declaratie_start.get(pos).copied().unwrap_or(0) as usize;
        let tot = self.declaratie_start.get(pos + 1).copied().unwrap_or(0) as usize;
        self.declaraties.get(van..tot).unwrap_or(&[])
    }
}

/// Turns strings into dense ids while the index is built.
#[derive(Default)]
struct Intern {
    ids: HashMap<String, u32>,
    namen: Vec<String>,
}

impl Intern {
    fn id(&mut self, naam: &str) -> u32 {
        if let Some(&id) = self.ids.get(naam) {
            return id;
        }
        let id = self.namen.len() as u32;
        self.ids.insert(naam.to_string(), id);
        self.namen.push(naam.to_string());
        id
    }
}
