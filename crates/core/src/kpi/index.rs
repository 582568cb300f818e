//! The index built once per data set, so that every window and scope after
//! that is one linear pass over plain integers.
//!
//! Layout, chosen for that pass: the trajectories are sorted by (client,
//! begin, toewijzing), so each client's trajectories are one contiguous run;
//! what the KPIs read of a trajectory is one 16-byte [`Kern`]; what only the
//! scope filters read is kept in separate columns ([`Kolommen`]), so a pass
//! without a scope never touches it; and each trajectory's declarations are
//! summarised ([`DeclaratieKop`]) so that a window that covers all or none
//! of them costs one comparison instead of a walk over its months.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasherDefault;
use std::sync::{Arc, OnceLock};

use crate::content::Productcatalogus;
use crate::date::Datum;
use crate::model::{Bestandssoort, DataSet, Maand};
use crate::pauze::{zonder_pauze, Afgebroken, GeenPauze, Pauze, Ritme};

use super::clientlijsten::ClientsPerWaarde;

/// A month as one integer (`jaar * 12 + maand − 1`), so "month in W" is a
/// range check.
pub(crate) type Maandnummer = i64;

pub(crate) fn maandnummer(m: Maand) -> Maandnummer {
    i64::from(m.jaar) * 12 + i64::from(m.maand) - 1
}

pub(crate) fn maandnummer_van(d: Datum) -> Maandnummer {
    maandnummer(Maand::van_datum(d))
}

/// Bits of [`Kern::vlaggen`].
pub(crate) mod vlag {
    /// The trajectory has an end date (else [`super::Kern::eind`] is "never").
    pub const EIND: u16 = 1 << 0;
    /// reden_beeindiging is given.
    pub const REDEN: u16 = 1 << 1;
    /// reden_beeindiging is 31 (volgens plan).
    pub const VOLGENS_PLAN: u16 = 1 << 2;
    /// The product is marked `jeugdzorgplus` in the catalogue.
    pub const JEUGDZORGPLUS: u16 = 1 << 3;
    /// [`super::Kern::achttien`] is not usable (no birth year, or one so far
    /// out of range that it is no date): read the birth year column.
    pub const ACHTTIEN_KOLOM: u16 = 1 << 4;
    /// Process flag `i` (order of [`crate::kpi::ProcesVlag::ALLE`]) is known
    /// (ja or nee): `BEKEND << 2i`; it is ja: `JA << 2i`.
    pub const BEKEND: u16 = 1 << 5;
    pub const JA: u16 = 1 << 6;

    pub const fn bekend(i: usize) -> u16 {
        BEKEND << (2 * i)
    }

    pub const fn ja(i: usize) -> u16 {
        JA << (2 * i)
    }
}

/// The part of a trajectory the KPIs read, 16 bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Kern {
    pub begin: Datum,
    /// The end date, or the last representable day when still running, so
    /// that "end empty or end ≥ d" is one comparison. "End ∈ W" must check
    /// [`vlag::EIND`].
    pub eind: Datum,
    /// 1 January of the year in which the youth turns 18: age(c, d) ≥ 18 ⇔
    /// d ≥ achttien. Only meaningful without [`vlag::ACHTTIEN_KOLOM`].
    pub achttien: Datum,
    /// `None` is "onbekend".
    pub segment: Option<u8>,
    /// See [`vlag`].
    pub vlaggen: u16,
}

/// "Never": the end of a running trajectory, the 18th birthday year of a
/// youth without birth year.
pub(crate) fn nooit() -> Datum {
    Datum::from_dagnummer(i32::MAX)
}

impl Kern {
    /// Active(t, d) ⇔ begin ≤ d and (end empty or end ≥ d).
    #[inline]
    pub fn actief_op(&self, d: Datum) -> bool {
        self.begin <= d && self.eind >= d
    }

    /// Overlaps(t, W) ⇔ begin ≤ W.tot and (end empty or end ≥ W.van).
    #[inline]
    pub fn overlapt(&self, van: Datum, tot: Datum) -> bool {
        self.begin <= tot && self.eind >= van
    }

    /// The end date when there is one.
    #[inline]
    pub fn einde(&self) -> Option<Datum> {
        (self.vlaggen & vlag::EIND != 0).then_some(self.eind)
    }

    #[inline]
    pub fn heeft(&self, bit: u16) -> bool {
        self.vlaggen & bit != 0
    }
}

/// What only the scope filters read, one entry per trajectory (sorted
/// order).
#[derive(Clone, Debug, Default)]
pub(crate) struct Kolommen {
    pub gemeente: Vec<u32>,
    pub aanbieder: Vec<u32>,
    /// [`GEEN_CODE`] when there is none.
    pub productcode: Vec<u32>,
    pub productcategorie: Vec<u8>,
    pub verwijzer: Vec<Option<u8>>,
    pub geboortejaar: Vec<Option<i32>>,
}

pub(crate) const GEEN_CODE: u32 = u32::MAX;

/// A month's summed declarations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MaandBedrag {
    pub maand: Maandnummer,
    pub cent: i64,
}

/// Summary of one trajectory's declarations: first and last month (as
/// `i32`, see [`KpiIndex::maanden_passen`]) and the total. No declarations:
/// `eerste > laatste`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DeclaratieKop {
    pub eerste: i32,
    pub laatste: i32,
    pub totaal: i64,
}

/// Alles wat per databestand één keer wordt voorbereid: trajecten per
/// jeugdige op volgorde van begindatum, hun volgnummer, en declaraties per
/// traject en maand.
#[derive(Clone, Debug, Default)]
pub struct KpiIndex {
    /// Sorted by (client, begin, toewijzing): each client's trajectories are
    /// one contiguous run, so a trajectory's rank among all the client's
    /// trajectories (`volgnummer`) is its offset in that run + 1.
    pub(crate) trajecten: Vec<Kern>,
    pub(crate) kolommen: Kolommen,
    /// Per client with trajectories: the run `start..eind` in `trajecten`.
    pub(crate) groepen: Vec<(u32, u32)>,
    /// Per municipality, provider and segment: the clients with a
    /// trajectory that has it, so a filtered pass visits only those
    /// ([`ClientsPerWaarde`]). Municipality is the filter users choose most
    /// and is made with the index; the other two on first use.
    pub(crate) per_gemeente: ClientsPerWaarde,
    pub(crate) per_aanbieder: OnceLock<ClientsPerWaarde>,
    pub(crate) per_segment: OnceLock<ClientsPerWaarde>,
    pub(crate) gemeenten: Vec<String>,
    pub(crate) aanbieders: Vec<String>,
    /// Upper case, as the catalogue and the scope compare them.
    pub(crate) productcodes: Vec<String>,
    /// Declarations of trajectory `i` are `declaraties[start[i]..start[i+1]]`,
    /// one entry per month, sorted by month.
    pub(crate) declaratie_start: Vec<u32>,
    pub(crate) declaraties: Vec<MaandBedrag>,
    /// Per trajectory: the summary of its declarations.
    pub(crate) declaratie_kop: Vec<DeclaratieKop>,
    /// Every declaration month fits in an `i32`, so [`DeclaratieKop`] is
    /// exact; otherwise the summaries are not used.
    pub(crate) maanden_passen: bool,
    /// Declarations whose toewijzing is not in trajecten, summed per month.
    pub(crate) niet_gekoppeld: Vec<MaandBedrag>,
    /// Those declarations counted and summed, with the first few
    /// toewijzingen, for the data-quality warning (see
    /// [`KpiIndex::waarschuwing_niet_te_koppelen`]).
    pub(crate) los: LosseDeclaraties,
    /// Whether a product catalogue was given (needed for jeugdzorgplus_pct).
    pub(crate) heeft_catalogus: bool,
    /// Earliest and latest begindatum.
    pub(crate) begin_bereik: Option<(Datum, Datum)>,
}

impl KpiIndex {
    /// Builds the index; O(n log n) once, so that every call after is O(n).
    pub fn bouw(data: &DataSet, catalogus: &Productcatalogus) -> KpiIndex {
        zonder_pauze(Self::bouw_met_pauzes(data, catalogus, &mut GeenPauze)).unwrap_or_default()
    }

    /// [`KpiIndex::bouw`] for the browser: offers `pauze` a pause every few
    /// thousand rows in each pass.
    pub async fn bouw_met_pauzes(
        data: &DataSet,
        catalogus: &Productcatalogus,
        pauze: &mut dyn Pauze,
    ) -> Result<KpiIndex, Afgebroken> {
        let mut ritme = Ritme::nieuw(pauze);
        let n = data.trajecten.len();
        let volgorde = sorteer(data, &mut ritme).await?;
        // rang[i]: sorted position of data.trajecten[i].
        let mut rang = vec![0u32; n];
        for (pos, &i) in volgorde.iter().enumerate() {
            if let Some(r) = rang.get_mut(i as usize) {
                *r = pos as u32;
            }
        }

        // One pass in file order (the rows and their strings lie in memory
        // in that order), writing each trajectory to its sorted position.
        let mut gemeenten = Intern::default();
        let mut aanbieders = Intern::default();
        let mut productcodes = Intern::default();
        // The reader shares one copy per distinct text, so most rows are
        // recognised by the copy's address before any text is hashed.
        let (mut gemeente_per_adres, mut aanbieder_per_adres, mut code_per_adres) =
            (PerAdres::default(), PerAdres::default(), PerAdres::default());
        // What the index keeps of each row, in file order; gathered into
        // sorted order below.
        #[derive(Clone, Copy)]
        struct Rij {
            kern: Kern,
            client: u32,
            gemeente: u32,
            aanbieder: u32,
            productcode: u32,
            geboortejaar: Option<i32>,
            productcategorie: u8,
            verwijzer: Option<u8>,
        }
        let mut rijen: Vec<Rij> = Vec::with_capacity(n);
        let mut positie: HashMap<&str, u32, SnelHash> = HashMap::with_capacity_and_hasher(n, SnelHash::default());
        // Rows whose toewijzing occurs more than once (the reader rejects
        // that, but the index must not depend on it).
        let mut dubbel = vec![false; n];
        let mut code = String::new();
        let mut jeugdzorgplus_per_code: Vec<bool> = Vec::new();
        let mut begin_bereik: Option<(Datum, Datum)> = None;
        for (i, t) in data.trajecten.iter().enumerate() {
            ritme.tik().await?;
            begin_bereik = Some(begin_bereik.map_or((t.begin, t.begin), |(a, b)| (a.min(t.begin), b.max(t.begin))));
            let pos = rang.get(i).copied().unwrap_or(0);
            // Should a toewijzing occur twice, its declarations go to the
            // first in sorted order.
            match positie.entry(&t.toewijzing) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    // Mark this row and the one stored before it.
                    let eerder = volgorde.get(*e.get() as usize).copied().unwrap_or(0) as usize;
                    for r in [i, eerder] {
                        if let Some(d) = dubbel.get_mut(r) {
                            *d = true;
                        }
                    }
                    if pos < *e.get() {
                        e.insert(pos);
                    }
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(pos);
                }
            }
            let code_id = match &t.productcode {
                Some(c) => code_per_adres.id(c, || {
                    code.clear();
                    code.push_str(c.trim());
                    code.make_ascii_uppercase();
                    productcodes.id(&code)
                }),
                None => GEEN_CODE,
            };
            // The catalogue is asked once per distinct code (a code seen
            // before through its address was asked when its id was made).
            if code_id != GEEN_CODE && code_id as usize >= jeugdzorgplus_per_code.len() {
                jeugdzorgplus_per_code.push(catalogus.is_jeugdzorgplus(&code));
            }
            let jeugdzorgplus = jeugdzorgplus_per_code.get(code_id as usize).copied().unwrap_or(false);
            let (achttien, kolom) = achttien(t.geboortejaar);
            let mut vlaggen = 0u16;
            let mut zet = |bit: u16, aan: bool| {
                if aan {
                    vlaggen |= bit;
                }
            };
            zet(vlag::EIND, t.eind.is_some());
            zet(vlag::REDEN, t.reden_beeindiging.is_some());
            zet(vlag::VOLGENS_PLAN, t.reden_beeindiging == Some(31));
            zet(vlag::JEUGDZORGPLUS, jeugdzorgplus);
            zet(vlag::ACHTTIEN_KOLOM, kolom);
            for (v, waarde) in [t.verklarende_analyse, t.familiegroepsplan, t.perspectiefplan]
                .into_iter()
                .enumerate()
            {
                zet(vlag::bekend(v), waarde.is_some());
                zet(vlag::ja(v), waarde == Some(true));
            }
            let kern = Kern {
                begin: t.begin,
                eind: t.eind.unwrap_or_else(nooit),
                achttien,
                segment: t.segment,
                vlaggen,
            };
            let gemeente = gemeente_per_adres.id(&t.gemeente, || gemeenten.id(&t.gemeente));
            let aanbieder = aanbieder_per_adres.id(&t.aanbieder, || aanbieders.id(&t.aanbieder));
            rijen.push(Rij {
                kern,
                client: t.client.0,
                gemeente,
                aanbieder,
                productcode: code_id,
                geboortejaar: t.geboortejaar,
                productcategorie: t.productcategorie,
                verwijzer: t.verwijzer,
            });
        }
        let mut trajecten = Vec::with_capacity(n);
        let mut kolommen = Kolommen {
            gemeente: Vec::with_capacity(n),
            aanbieder: Vec::with_capacity(n),
            productcode: Vec::with_capacity(n),
            productcategorie: Vec::with_capacity(n),
            verwijzer: Vec::with_capacity(n),
            geboortejaar: Vec::with_capacity(n),
        };
        let mut groepen: Vec<(u32, u32)> = Vec::new();
        let mut vorige_client = None;
        for (pos, r) in volgorde.iter().filter_map(|&i| rijen.get(i as usize)).enumerate() {
            ritme.tik().await?;
            if vorige_client != Some(r.client) {
                groepen.push((pos as u32, pos as u32));
                vorige_client = Some(r.client);
            }
            if let Some(g) = groepen.last_mut() {
                g.1 += 1;
            }
            trajecten.push(r.kern);
            let k = &mut kolommen;
            k.gemeente.push(r.gemeente);
            k.aanbieder.push(r.aanbieder);
            k.productcode.push(r.productcode);
            k.productcategorie.push(r.productcategorie);
            k.verwijzer.push(r.verwijzer);
            k.geboortejaar.push(r.geboortejaar);
        }
        drop(rijen);
        let per_gemeente = {
            let kolom = &kolommen.gemeente;
            ClientsPerWaarde::bouw(
                &groepen,
                |pos| kolom.get(pos).copied(),
                gemeenten.namen.len(),
                &mut ritme,
            )
            .await?
        };

        // Declarations: look each up, then bucket them per trajectory
        // (counting sort) and order each trajectory's few by month. The file
        // mostly lists a trajectory's declarations together and in the order
        // of the trajecten file, so the previous and the next trajectory are
        // tried before the hash table.
        let mut pos_van: Vec<u32> = Vec::with_capacity(data.declaraties.len());
        let mut los: BTreeMap<Maandnummer, i64> = BTreeMap::new();
        let mut losse = LosseDeclaraties::default();
        let mut aantal = vec![0u32; n + 1];
        let mut vorige: Option<(usize, &str, Option<u32>)> = None;
        for d in &data.declaraties {
            ritme.tik().await?;
            let sleutel = d.toewijzing.trim();
            let pos = match vorige {
                Some((_, s, p)) if s == sleutel => p,
                _ => {
                    let volgende = vorige.map_or(0, |(i, _, _)| i + 1);
                    let (i, p) = match data.trajecten.get(volgende) {
                        Some(t) if *t.toewijzing == *sleutel && !dubbel.get(volgende).copied().unwrap_or(true) => {
                            (volgende, rang.get(volgende).copied())
                        }
                        _ => {
                            let p = positie.get(sleutel).copied();
                            // Unmatched: keep guessing from the same row.
                            let i = p.and_then(|p| volgorde.get(p as usize).copied());
                            (i.map_or(volgende.saturating_sub(1), |i| i as usize), p)
                        }
                    };
                    vorige = Some((i, sleutel, p));
                    p
                }
            };
            match pos {
                Some(p) => {
                    pos_van.push(p);
                    if let Some(a) = aantal.get_mut(p as usize + 1) {
                        *a += 1;
                    }
                }
                None => {
                    pos_van.push(u32::MAX);
                    let m = los.entry(maandnummer(d.maand)).or_default();
                    *m = m.saturating_add(d.bedrag_cent);
                    losse.tel(&d.toewijzing, d.bedrag_cent);
                }
            }
        }
        for i in 1..aantal.len() {
            aantal[i] += aantal[i - 1];
        }
        let mut emmers = vec![MaandBedrag { maand: 0, cent: 0 }; aantal.last().copied().unwrap_or(0) as usize];
        let mut vul = aantal.clone();
        for (d, &p) in data.declaraties.iter().zip(&pos_van) {
            ritme.tik().await?;
            if let Some(plek) = vul.get_mut(p as usize) {
                if let Some(e) = emmers.get_mut(*plek as usize) {
                    *e = MaandBedrag {
                        maand: maandnummer(d.maand),
                        cent: d.bedrag_cent,
                    };
                }
                *plek += 1;
            }
        }
        drop(pos_van);
        let mut declaratie_start = vec![0u32; n + 1];
        let mut declaraties: Vec<MaandBedrag> = Vec::with_capacity(emmers.len());
        let mut declaratie_kop = Vec::with_capacity(n);
        let mut maanden_passen = true;
        for pos in 0..n {
            ritme.tik().await?;
            let van = aantal.get(pos).copied().unwrap_or(0) as usize;
            let tot = aantal.get(pos + 1).copied().unwrap_or(0) as usize;
            let eigen = emmers.get_mut(van..tot).unwrap_or(&mut []);
            // Stable, so equal months are summed in file order.
            eigen.sort_by_key(|mb| mb.maand);
            let begin = declaraties.len();
            for mb in eigen.iter() {
                let eigen_gezien = declaraties.len() > begin;
                match declaraties.last_mut() {
                    Some(laatste) if eigen_gezien && laatste.maand == mb.maand => {
                        laatste.cent = laatste.cent.saturating_add(mb.cent)
                    }
                    _ => declaraties.push(*mb),
                }
            }
            declaratie_start[pos + 1] = declaraties.len() as u32;
            let eigen = declaraties.get(begin..).unwrap_or(&[]);
            let kop = match (eigen.first(), eigen.last()) {
                (Some(e), Some(l)) => {
                    let (eerste, laatste) = (i32::try_from(e.maand), i32::try_from(l.maand));
                    maanden_passen &= eerste.is_ok() && laatste.is_ok();
                    DeclaratieKop {
                        eerste: eerste.unwrap_or(i32::MAX),
                        laatste: laatste.unwrap_or(i32::MIN),
                        totaal: eigen.iter().fold(0i64, |s, mb| s.saturating_add(mb.cent)),
                    }
                }
                _ => DeclaratieKop {
                    eerste: i32::MAX,
                    laatste: i32::MIN,
                    totaal: 0,
                },
            };
            declaratie_kop.push(kop);
        }

        Ok(KpiIndex {
            trajecten,
            kolommen,
            groepen,
            per_gemeente,
            per_aanbieder: OnceLock::new(),
            per_segment: OnceLock::new(),
            gemeenten: gemeenten.namen,
            aanbieders: aanbieders.namen,
            productcodes: productcodes.namen,
            declaratie_start,
            declaraties,
            declaratie_kop,
            maanden_passen,
            niet_gekoppeld: los
                .into_iter()
                .map(|(maand, cent)| MaandBedrag { maand, cent })
                .collect(),
            los: losse,
            heeft_catalogus: !catalogus.is_leeg(),
            begin_bereik,
        })
    }

    /// The warning about declarations whose toewijzing is not in trajecten
    /// (spec 1.2: they are kept, under "niet te koppelen"). Only meaningful
    /// when both kinds were loaded. It is made here because the index looks
    /// every declaration up anyway: a set of its own cost the join a lookup
    /// per declaration and a table of every toewijzing.
    pub fn waarschuwing_niet_te_koppelen(&self, data: &DataSet) -> Option<String> {
        if !data.heeft(Bestandssoort::Trajecten) || !data.heeft(Bestandssoort::Declaraties) || self.los.aantal == 0 {
            return None;
        }
        let woord = if self.los.aantal == 1 {
            "declaratie hoort"
        } else {
            "declaraties horen"
        };
        Some(format!(
            "{} {woord} bij een toewijzing die niet in trajecten staat (samen {}); ze tellen mee onder \"niet te koppelen\". Bijvoorbeeld: {}",
            self.los.aantal,
            euro(self.los.bedrag),
            self.los.voorbeelden.join(", ")
        ))
    }

    /// The clients per provider, made on first use (a provider filter).
    pub(crate) fn clients_per_aanbieder(&self) -> &ClientsPerWaarde {
        self.per_aanbieder.get_or_init(|| {
            let kolom = &self.kolommen.aanbieder;
            ClientsPerWaarde::bouw_direct(&self.groepen, |pos| kolom.get(pos).copied(), self.aanbieders.len())
        })
    }

    /// The clients per segment, made on first use (a segment filter).
    pub(crate) fn clients_per_segment(&self) -> &ClientsPerWaarde {
        self.per_segment.get_or_init(|| {
            let trajecten = &self.trajecten;
            ClientsPerWaarde::bouw_direct(
                &self.groepen,
                |pos| trajecten.get(pos).and_then(|k| k.segment).map(u32::from),
                256,
            )
        })
    }

    /// Number of trajectories indexed.
    pub fn aantal_trajecten(&self) -> usize {
        self.trajecten.len()
    }

    /// The municipality codes of the trajectories, each once, in order of
    /// first appearance (the dashboard's choice lists read them here instead
    /// of walking every trajectory).
    pub fn gemeenten(&self) -> &[String] {
        &self.gemeenten
    }

    /// The providers of the trajectories as written, each once.
    pub fn aanbieders(&self) -> &[String] {
        &self.aanbieders
    }

    /// The product codes of the trajectories (upper case), each once.
    pub fn productcodes(&self) -> &[String] {
        &self.productcodes
    }

    /// The referrer codes that occur, ascending.
    pub fn verwijzers(&self) -> Vec<u8> {
        aanwezig(self.kolommen.verwijzer.iter().flatten().copied())
    }

    /// The product categories that occur, ascending.
    pub fn productcategorieen(&self) -> Vec<u8> {
        aanwezig(self.kolommen.productcategorie.iter().copied())
    }

    /// Every year from the earliest to the latest begindatum, newest first.
    pub fn jaren(&self) -> Vec<i32> {
        self.begin_bereik
            .map(|(van, tot)| (van.jaar()..=tot.jaar()).rev().collect())
            .unwrap_or_default()
    }

    /// Summed declarations of the trajectory at sorted position `pos`.
    pub(crate) fn declaraties_van(&self, pos: usize) -> &[MaandBedrag] {
        let van = self.declaratie_start.get(pos).copied().unwrap_or(0) as usize;
        let tot = self.declaratie_start.get(pos + 1).copied().unwrap_or(0) as usize;
        self.declaraties.get(van..tot).unwrap_or(&[])
    }
}

/// The distinct values of a small-number column, ascending.
fn aanwezig(waarden: impl Iterator<Item = u8>) -> Vec<u8> {
    let mut komt_voor = [false; 256];
    for w in waarden {
        komt_voor[usize::from(w)] = true;
    }
    (0..=u8::MAX).filter(|w| komt_voor[usize::from(*w)]).collect()
}

/// The order of the index: positions in `data.trajecten` sorted by
/// (client, begin, toewijzing), ties in file order. Sorts compact keys and
/// compares toewijzingen only within runs of equal client and begin.
async fn sorteer(data: &DataSet, ritme: &mut Ritme<'_>) -> Result<Vec<u32>, Afgebroken> {
    // Client ids from the reader are dense (0, 1, 2, … in order of first
    // appearance), so the rows can be bucketed per client in two linear
    // passes; only a hand-made data set with sparse ids takes the general
    // sort below.
    let aantal_clients = data
        .trajecten
        .iter()
        .map(|t| (t.client.0 as usize).saturating_add(1))
        .max()
        .unwrap_or(0);
    if aantal_clients <= data.trajecten.len().max(data.clients.len()) {
        return sorteer_per_client(data, aantal_clients, ritme).await;
    }
    sorteer_algemeen(data, ritme).await
}

/// [`sorteer`] for any client ids: the keys sorted with pauses, then runs
/// of equal (client, begin) ordered by toewijzing.
async fn sorteer_algemeen(data: &DataSet, ritme: &mut Ritme<'_>) -> Result<Vec<u32>, Afgebroken> {
    let sleutels: Vec<(u32, i32, u32)> = data
        .trajecten
        .iter()
        .enumerate()
        .map(|(i, t)| (t.client.0, t.begin.dagnummer(), i as u32))
        .collect();
    let sleutels = sorteer_met_pauzes(sleutels, ritme).await?;
    let mut volgorde: Vec<u32> = sleutels.iter().map(|s| s.2).collect();
    let mut start = 0;
    while start < sleutels.len() {
        let kop = sleutels.get(start).map(|s| (s.0, s.1));
        let mut eind = start + 1;
        while eind < sleutels.len() && sleutels.get(eind).map(|s| (s.0, s.1)) == kop {
            eind += 1;
        }
        if eind - start > 1 {
            if let Some(run) = volgorde.get_mut(start..eind) {
                // Already in file order; a stable sort keeps it for equal
                // toewijzingen.
                run.sort_by(|&a, &b| {
                    let naam = |i: u32| data.trajecten.get(i as usize).map(|t| &*t.toewijzing);
                    naam(a).cmp(&naam(b))
                });
            }
        }
        start = eind;
    }
    Ok(volgorde)
}

/// [`sorteer`] for dense client ids: a counting sort on the client (stable,
/// so each client's rows stay in file order), then each client's few rows
/// sorted by (begin, toewijzing), stable as well. The same order as the
/// general sort, in O(n) instead of O(n log n).
async fn sorteer_per_client(
    data: &DataSet,
    aantal_clients: usize,
    ritme: &mut Ritme<'_>,
) -> Result<Vec<u32>, Afgebroken> {
    let mut start = vec![0u32; aantal_clients.saturating_add(1)];
    for t in &data.trajecten {
        if let Some(a) = start.get_mut((t.client.0 as usize).saturating_add(1)) {
            *a += 1;
        }
    }
    for i in 1..start.len() {
        start[i] += start[i - 1];
    }
    let mut volgorde = vec![0u32; data.trajecten.len()];
    let mut vul = start.clone();
    for (i, t) in data.trajecten.iter().enumerate() {
        ritme.tik().await?;
        if let Some(plek) = vul.get_mut(t.client.0 as usize) {
            if let Some(v) = volgorde.get_mut(*plek as usize) {
                *v = i as u32;
            }
            *plek += 1;
        }
    }
    let sleutel = |i: u32| data.trajecten.get(i as usize).map(|t| (t.begin, &*t.toewijzing));
    for paar in start.windows(2) {
        ritme.tik().await?;
        if let Some(run) = volgorde.get_mut(paar[0] as usize..paar[1] as usize) {
            if run.len() > 1 {
                run.sort_by(|&a, &b| sleutel(a).cmp(&sleutel(b)));
            }
        }
    }
    Ok(volgorde)
}

/// Rows per run sorted in one go: a few milliseconds in wasm.
const RUN: usize = 1 << 14;

/// Sorts keys that are all distinct (each ends in its row number): runs of
/// [`RUN`] with the standard sort, then merged pairwise, a pause offered
/// every few thousand keys. One `sort_unstable` of 700 000 keys would block
/// the browser for about 80 ms.
async fn sorteer_met_pauzes<T: Ord + Copy>(mut sleutels: Vec<T>, ritme: &mut Ritme<'_>) -> Result<Vec<T>, Afgebroken> {
    for run in sleutels.chunks_mut(RUN) {
        run.sort_unstable();
        ritme.tikken(run.len()).await?;
    }
    let mut breedte = RUN;
    let mut doel: Vec<T> = Vec::with_capacity(sleutels.len());
    while breedte < sleutels.len() {
        doel.clear();
        for paar in sleutels.chunks(2 * breedte) {
            let (links, rechts) = paar.split_at(breedte.min(paar.len()));
            let (mut l, mut r) = (links.iter().peekable(), rechts.iter().peekable());
            loop {
                let volgende = match (l.peek(), r.peek()) {
                    (Some(a), Some(b)) if b < a => r.next(),
                    (Some(_), _) => l.next(),
                    (None, _) => r.next(),
                };
                let Some(&sleutel) = volgende else { break };
                doel.push(sleutel);
                ritme.tik().await?;
            }
        }
        std::mem::swap(&mut sleutels, &mut doel);
        breedte *= 2;
    }
    Ok(sleutels)
}

/// [`Kern::achttien`] for a birth year, and whether it is unusable (no
/// birth year, or one no date can express).
fn achttien(geboortejaar: Option<i32>) -> (Datum, bool) {
    match geboortejaar.map(|g| i64::from(g) + 18) {
        None => (nooit(), true),
        Some(j) if (-5_000_000..=5_000_000).contains(&j) => match Datum::from_ymd(j as i32, 1, 1) {
            Some(d) => (d, false),
            None => (nooit(), true),
        },
        Some(_) => (nooit(), true),
    }
}

/// Ids remembered per shared copy (its address), for one pass over a data
/// set that is borrowed throughout, so no address is reused meanwhile.
#[derive(Default)]
struct PerAdres {
    ids: HashMap<usize, u32, SnelHash>,
    vorige: Option<(usize, u32)>,
}

impl PerAdres {
    fn id(&mut self, tekst: &Arc<str>, nieuw: impl FnOnce() -> u32) -> u32 {
        let adres = Arc::as_ptr(tekst) as *const u8 as usize;
        if let Some((a, id)) = self.vorige {
            if a == adres {
                return id;
            }
        }
        let id = *self.ids.entry(adres).or_insert_with(nieuw);
        self.vorige = Some((adres, id));
        id
    }
}

/// Turns strings into dense ids while the index is built.
/// Rows come in runs (one municipality, one provider), so the last name
/// is checked before the table.
#[derive(Default)]
struct Intern {
    ids: HashMap<String, u32, SnelHash>,
    namen: Vec<String>,
    vorige: Option<u32>,
}

impl Intern {
    fn id(&mut self, naam: &str) -> u32 {
        if let Some(id) = self.vorige {
            if self.namen.get(id as usize).is_some_and(|n| n == naam) {
                return id;
            }
        }
        let id = match self.ids.get(naam) {
            Some(&id) => id,
            None => {
                let id = self.namen.len() as u32;
                self.ids.insert(naam.to_string(), id);
                self.namen.push(naam.to_string());
                id
            }
        };
        self.vorige = Some(id);
        id
    }
}

/// Declarations without a trajectory: count, sum and examples.
#[derive(Clone, Debug, Default)]
pub(crate) struct LosseDeclaraties {
    pub aantal: u64,
    pub bedrag: i64,
    pub voorbeelden: Vec<String>,
}

/// How many examples the warning lists.
const VOORBEELDEN: usize = 3;

impl LosseDeclaraties {
    fn tel(&mut self, toewijzing: &str, cent: i64) {
        self.aantal += 1;
        self.bedrag = self.bedrag.saturating_add(cent);
        if self.voorbeelden.len() < VOORBEELDEN && !self.voorbeelden.iter().any(|v| v == toewijzing) {
            self.voorbeelden.push(toewijzing.to_string());
        }
    }
}

/// Cents as Dutch euro text, `€ 1234,56`.
fn euro(cent: i64) -> String {
    let teken = if cent < 0 { "-" } else { "" };
    let c = cent.unsigned_abs();
    format!("{teken}€ {},{:02}", c / 100, c % 100)
}

/// The reader's fast hash (with a finaliser: plain FxHash collides badly on
/// ids such as `TW0012345`, which made the index build 15 times slower in wasm).
type SnelHash = BuildHasherDefault<crate::ingest::snelhash::SnelHasher>;

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::pauze::{zonder_pauze, Telpauze};

    fn sorteer_zo(sleutels: Vec<u64>) -> (Vec<u64>, usize) {
        let mut pauze = Telpauze {
            aantal: 0,
            stop_na: None,
        };
        let uit = zonder_pauze(async {
            let mut ritme = Ritme::nieuw(&mut pauze);
            sorteer_met_pauzes(sleutels, &mut ritme).await
        });
        (uit.unwrap_or_default(), pauze.aantal)
    }

    #[test]
    fn sorteren_in_runs_over_elke_grens() {
        for lengte in [0, 1, RUN - 1, RUN, RUN + 1, 2 * RUN, 3 * RUN + 17] {
            // A fixed pseudo-random sequence with many equal keys.
            let sleutels: Vec<u64> = (0..lengte as u64).map(|i| (i * 2_654_435_761) % 1000).collect();
            let mut verwacht = sleutels.clone();
            verwacht.sort();
            let (uit, pauzes) = sorteer_zo(sleutels);
            assert_eq!(uit, verwacht, "length {lengte}");
            if lengte > 2 * RUN {
                assert!(
                    pauzes > lengte / crate::pauze::STAP as usize,
                    "{pauzes} pauses for {lengte}"
                );
            }
        }
    }

    #[test]
    fn grootste_clientnummer_geeft_geen_overloop() {
        // A hand-made set may use any client number; u32::MAX + 1 does not
        // fit in wasm32's usize. The general sort takes such a set.
        let mut ds = crate::kpi::testdata::dataset(crate::kpi::testdata::VOORBEELD);
        let n = ds.trajecten.len();
        if let Some(t) = ds.trajecten.first_mut() {
            t.client = crate::model::ClientId(u32::MAX);
        }
        let index = KpiIndex::bouw(&ds, &Productcatalogus::default());
        assert_eq!(index.aantal_trajecten(), n);
        let volgorde = zonder_pauze(sorteer(&ds, &mut Ritme::nieuw(&mut GeenPauze))).unwrap_or_default();
        let mut gezien = volgorde.clone();
        gezien.sort_unstable();
        assert_eq!(gezien, (0..n as u32).collect::<Vec<_>>(), "every row once");
        assert_eq!(volgorde.last(), Some(&0), "the largest client number sorts last");
    }

    #[test]
    fn keuzelijsten_uit_de_index() {
        let ds = crate::kpi::testdata::dataset(crate::kpi::testdata::VOORBEELD);
        let index = KpiIndex::bouw(&ds, &Productcatalogus::default());
        assert_eq!(index.jaren(), [2023, 2022, 2021]);
        let mut gemeenten = index.gemeenten().to_vec();
        gemeenten.sort();
        assert_eq!(gemeenten, ["GM0233", "GM0243"]);
        assert_eq!(index.aanbieders().len(), 3);
        assert!(KpiIndex::default().jaren().is_empty());
        assert_eq!(index.productcategorieen(), [43, 45, 54]);
        assert!(index.verwijzers().is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        #[test]
        fn sorteren_met_pauzes_is_sorteren(sleutels in prop::collection::vec(any::<u64>(), 0..(3 * RUN))) {
            let mut verwacht = sleutels.clone();
            verwacht.sort();
            prop_assert_eq!(sorteer_zo(sleutels).0, verwacht);
        }

        /// The counting sort for dense client ids orders exactly as the
        /// general sort: client, begin, toewijzing, then file order.
        #[test]
        fn per_client_sorteren_is_algemeen_sorteren(
            rijen in prop::collection::vec((0u32..40, 0i32..30, 0u8..6), 0..400)
        ) {
            let mut ds = DataSet {
                clients: (0..40).map(|c| format!("C{c}").into()).collect(),
                ..DataSet::default()
            };
            for (client, dag, naam) in rijen {
                ds.trajecten.push(crate::model::Traject {
                    client: crate::model::ClientId(client),
                    toewijzing: format!("T{naam}").into(),
                    gemeente: "GM0243".into(),
                    aanbieder: "P".into(),
                    productcategorie: 45,
                    productcode: None,
                    segment: None,
                    verwijzer: None,
                    geboortejaar: None,
                    begin: Datum::from_dagnummer(19_000 + dag),
                    eind: None,
                    reden_beeindiging: None,
                    verklarende_analyse: None,
                    familiegroepsplan: None,
                    perspectiefplan: None,
                });
            }
            let aantal = ds.trajecten.iter().map(|t| (t.client.0 as usize).saturating_add(1)).max().unwrap_or(0);
            let per_client = zonder_pauze(sorteer_per_client(&ds, aantal, &mut Ritme::nieuw(&mut GeenPauze)));
            let algemeen = zonder_pauze(sorteer_algemeen(&ds, &mut Ritme::nieuw(&mut GeenPauze)));
            prop_assert_eq!(per_client, algemeen);
        }
    }
}
