//! The one pass ("rondje") over the index that computes every trajectory
//! and money KPI of a selection at once.
//!
//! Each KPI is still defined, and documented, by its own public function
//! (`stroom.rs`, `verloop.rs`, `kenmerken.rs`, `kosten.rs`); those read
//! their figure from [`Totalen`]. Walking the ~700 000 trajectories once
//! instead of some thirty times is what makes a recompute fast. The pass
//! visits each client's run of trajectories, looks at the in-scope ones in
//! order of begin, and keeps per client only the few facts the definitions
//! need; every fact below names the KPI it serves.

use std::borrow::Cow;

use crate::date::Datum;
use crate::pauze::{Afgebroken, Ritme};

use super::afronding::tienden;
use super::index::{maandnummer_van, vlag, Kern, KpiIndex, Maandnummer};
use super::selectie::Selectie;
use super::{ProcesAandeel, ProcesVlag, Telling, Vervolg, Volgnummer};

/// Days after an end within which a new trajectory counts as a follow-up
/// (`vervolg`).
const VERVOLG_DAGEN: i32 = 180;

/// Look-back of `herinstroom_jeugdigen`: nothing Active in [s−365, s−1].
const HERINSTROOM_DAGEN: i32 = 365;

/// € 50 000 in cents (`jeugdigen_boven_50k`).
const GRENS_50K: i64 = 5_000_000;

/// Every figure the pass produces, exact.
#[derive(Clone, Debug, Default)]
pub(crate) struct Totalen {
    pub jeugdigen: u64,
    pub trajecten_lopend: Telling,
    pub instroom_trajecten: Telling,
    pub nieuwe_jeugdigen: u64,
    pub herinstroom_jeugdigen: u64,
    pub uitstroom_trajecten: Telling,
    pub uitstroom_jeugdigen: u64,
    pub stapeling: u64,
    /// Sum and number of the durations (end − begin + 1) of trajectories with
    /// end ∈ W, their median, and the clients behind them.
    pub duur_som: i128,
    pub duur_aantal: u64,
    pub duur_mediaan: Option<f64>,
    /// Trajectories with end ∈ W and a reden_beeindiging (with their
    /// clients), and how many of those have code 31.
    pub met_reden: Telling,
    pub volgens_plan: u64,
    pub vervolg: Vervolg,
    pub volgnummer: Volgnummer,
    pub jeugdigen_18plus: u64,
    pub jeugdzorgplus: u64,
    pub proces: [ProcesAandeel; 3],
    /// Money in the months of W, per client with in-scope declarations
    /// there: the sum over those clients, their number, the sum of the ten
    /// highest, and how many exceed € 50 000.
    pub kosten_clients: i128,
    pub kosten_groep: u64,
    pub kosten_top10: i128,
    pub kosten_boven_50k: u64,
    /// Money in the months of year(W.tot) (`prognose`): sum, last month with
    /// a declaration, and the clients with such declarations.
    pub prognose_som: i128,
    pub prognose_laatste: Option<Maandnummer>,
    pub prognose_groep: u64,
}

/// Runs the pass for `s`.
pub(crate) fn bereken(s: &Selectie) -> Totalen {
    match &s.filter {
        None => rondje(s, |_| true),
        Some(f) => rondje(s, |pos| f.bevat(s.index, pos)),
    }
}

/// The window and dates every trajectory is compared with, computed once.
struct Grenzen {
    van: Datum,
    tot: Datum,
    /// P.
    peil: Datum,
    /// W.tot + 1 day (`uitstroom_jeugdigen`).
    dag_na: Datum,
    /// Months of W (`kosten`), and of year(W.tot) (`prognose`).
    kosten: Maanden,
    prognose: Maanden,
}

#[derive(Clone, Copy)]
struct Maanden {
    lo: Maandnummer,
    hi: Maandnummer,
    /// The same, clamped to `i32` to compare with [`super::index::DeclaratieKop`].
    lo32: i32,
    hi32: i32,
}

impl Maanden {
    fn nieuw(lo: Maandnummer, hi: Maandnummer) -> Maanden {
        let klem = |m: Maandnummer| m.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        Maanden {
            lo,
            hi,
            lo32: klem(lo),
            hi32: klem(hi),
        }
    }
}

impl Grenzen {
    fn bevat(&self, d: Datum) -> bool {
        self.van <= d && d <= self.tot
    }
}

/// Per client: the facts gathered over its in-scope trajectories.
#[derive(Default)]
struct Client {
    /// `jeugdigen`, `jeugdzorgplus_pct`, `proces_pct`: ≥1 trajectory
    /// Overlaps W.
    overlapt: bool,
    /// Trajectories Active at P (`trajecten_lopend`, `jeugdigen_lopend`,
    /// `stapeling`).
    lopend: u64,
    /// Trajectories with begin ∈ W (`instroom_*`, `nieuwe_jeugdigen`).
    instroom: u64,
    /// Trajectories with end ∈ W (`uitstroom_*`, `duur_*`).
    uitstroom: u64,
    /// ≥1 trajectory Active at W.tot + 1 (`uitstroom_jeugdigen`).
    actief_na: bool,
    /// `volgens_plan_pct`: trajectories with end ∈ W and a reden.
    met_reden: u64,
    herinstroom: Herinstroom,
    /// Which `vervolg` / `volgnummer` categories this client has.
    vervolg: [bool; 4],
    volgnummer: [bool; 3],
    achttien_plus: bool,
    jeugdzorgplus: bool,
    /// OR of the process-flag bits of the overlapping trajectories.
    proces: u16,
    kosten: Geld,
    prognose: Geld,
}

/// `herinstroom_jeugdigen` for one client, fed its in-scope trajectories in
/// order of begin: one starts at s ∈ W after an earlier one (begin < s) and
/// nothing was Active in [s−365, s−1].
#[derive(Default)]
struct Herinstroom {
    /// Latest end among trajectories that began strictly before the current
    /// begin ([`super::index::nooit`] when one is still running).
    eerder: Option<Datum>,
    /// The run of trajectories with the current begin: trajectories with
    /// the same begin are not "earlier" than each other, so the run is
    /// folded into `eerder` only when the begin changes.
    lopend_begin: Option<Datum>,
    lopend_eind: Option<Datum>,
    gevonden: bool,
}

impl Herinstroom {
    #[inline]
    fn stap(&mut self, k: &Kern, g: &Grenzen) {
        if self.lopend_begin != Some(k.begin) {
            self.eerder = self.eerder.max(self.lopend_eind.take());
            self.lopend_begin = Some(k.begin);
        }
        self.lopend_eind = self.lopend_eind.max(Some(k.eind));
        let s = k.begin;
        if !self.gevonden && g.bevat(s) {
            // Active on a day in [s−365, s−1] ⇔ begin ≤ s−1 (true for every
            // earlier one) and (no end or end ≥ s−365).
            if let Some(laatste) = self.eerder {
                self.gevonden = laatste < s.plus_dagen(-HERINSTROOM_DAGEN);
            }
        }
    }
}

/// Declarations of one client in a range of months.
#[derive(Default, Clone, Copy)]
struct Geld {
    som: i128,
    /// At least one declaration (even if the amounts cancel out).
    heeft: bool,
    laatste: Option<Maandnummer>,
}

impl Geld {
    /// Adds the declarations of the trajectory at `pos` in months `m`.
    #[inline]
    fn tel(&mut self, index: &KpiIndex, pos: usize, m: Maanden) {
        if index.maanden_passen {
            if let Some(kop) = index.declaratie_kop.get(pos) {
                if kop.laatste < m.lo32 || kop.eerste > m.hi32 {
                    // None of its months (or none at all) in range.
                    return;
                }
                if m.lo32 <= kop.eerste && kop.laatste <= m.hi32 {
                    // All of them in range.
                    self.som += i128::from(kop.totaal);
                    self.heeft = true;
                    self.laatste = self.laatste.max(Some(i64::from(kop.laatste)));
                    return;
                }
            }
        }
        for d in index
            .declaraties_van(pos)
            .iter()
            .filter(|d| d.maand >= m.lo && d.maand <= m.hi)
        {
            self.som += i128::from(d.cent);
            self.heeft = true;
            self.laatste = self.laatste.max(Some(d.maand));
        }
    }
}

/// The ten highest per-client amounts seen so far (`top10_aandeel_pct`).
#[derive(Default)]
struct Top10 {
    waarden: Vec<i64>,
}

impl Top10 {
    #[inline]
    fn voeg_toe(&mut self, x: i64) {
        if self.waarden.len() < 10 {
            self.waarden.push(x);
        } else if let Some((i, &min)) = self.waarden.iter().enumerate().min_by_key(|(_, &v)| v) {
            if x > min {
                if let Some(v) = self.waarden.get_mut(i) {
                    *v = x;
                }
            }
        }
    }

    /// The smallest of the ten once there are ten: anything not above it
    /// cannot enter.
    #[inline]
    fn drempel(&self) -> Option<i64> {
        (self.waarden.len() >= 10).then(|| self.waarden.iter().copied().min().unwrap_or(i64::MIN))
    }
}

fn grenzen(s: &Selectie) -> Grenzen {
    let w = s.venster;
    let jaar = i64::from(w.tot.jaar());
    Grenzen {
        van: w.van,
        tot: w.tot,
        peil: s.peildatum,
        dag_na: w.tot.plus_dagen(1),
        kosten: Maanden::nieuw(maandnummer_van(w.van), maandnummer_van(w.tot)),
        prognose: Maanden::nieuw(jaar * 12, jaar * 12 + 11),
    }
}

/// The clients a pass visits, as runs in the index: every client, or with
/// a municipality, provider or segment filter only those with a trajectory
/// that passes it (the others have nothing in scope and add nothing).
fn bezochte_groepen<'a>(s: &Selectie<'a>) -> Cow<'a, [(u32, u32)]> {
    let index: &'a KpiIndex = s.index;
    match s.filter.as_ref().and_then(|f| f.clients(index)) {
        None => Cow::Borrowed(&index.groepen),
        Some(clients) => Cow::Owned(
            clients
                .into_iter()
                .filter_map(|i| index.groepen.get(i as usize).copied())
                .collect(),
        ),
    }
}

/// [`bereken`] visiting every client, whatever the filter: the reference
/// that the municipality shortcut of [`bezochte_groepen`] is tested against.
#[cfg(test)]
pub(crate) fn bereken_over_alle_clients(s: &Selectie) -> Totalen {
    let g = grenzen(s);
    let in_scope = |pos: usize| s.filter.as_ref().is_none_or(|f| f.bevat(s.index, pos));
    let mut som = Optelling::default();
    for &(start, eind) in &s.index.groepen {
        som.client(s.index, start as usize, eind as usize, &in_scope, &g);
    }
    som.af()
}

fn rondje(s: &Selectie, in_scope: impl Fn(usize) -> bool) -> Totalen {
    let g = grenzen(s);
    let mut som = Optelling::default();
    for &(start, eind) in bezochte_groepen(s).iter() {
        som.client(s.index, start as usize, eind as usize, &in_scope, &g);
    }
    som.af()
}

/// [`bereken`] for the browser: a pause offered every few thousand
/// trajectories.
pub(crate) async fn bereken_met_pauzes(s: &Selectie<'_>, ritme: &mut Ritme<'_>) -> Result<Totalen, Afgebroken> {
    let g = grenzen(s);
    let in_scope = |pos: usize| s.filter.as_ref().is_none_or(|f| f.bevat(s.index, pos));
    let mut som = Optelling::default();
    for &(start, eind) in bezochte_groepen(s).iter() {
        let (start, eind) = (start as usize, eind as usize);
        ritme.tikken(eind - start).await?;
        som.client(s.index, start, eind, &in_scope, &g);
    }
    Ok(som.af())
}

/// The pass for every group of a breakdown at once: `groep_van(pos)` is
/// the group of the trajectory at `pos` (or `None`), and group `i` gets
/// exactly the [`Totalen`] that [`bereken`] gives for the selection
/// narrowed to that group. Each client is visited once, plus once more
/// per extra group among its trajectories.
pub(crate) async fn bereken_per_groep(
    s: &Selectie<'_>,
    groep_van: impl Fn(usize) -> Option<usize>,
    aantal_groepen: usize,
    ritme: &mut Ritme<'_>,
) -> Result<Vec<Totalen>, Afgebroken> {
    let g = grenzen(s);
    let basis = |pos: usize| s.filter.as_ref().is_none_or(|f| f.bevat(s.index, pos));
    let mut sommen: Vec<Optelling> = (0..aantal_groepen).map(|_| Optelling::default()).collect();
    let mut gezien: Vec<usize> = Vec::new();
    for &(start, eind) in bezochte_groepen(s).iter() {
        let (start, eind) = (start as usize, eind as usize);
        ritme.tikken(eind - start).await?;
        gezien.clear();
        for pos in start..eind {
            if let Some(groep) = groep_van(pos).filter(|_| basis(pos)) {
                if !gezien.contains(&groep) {
                    gezien.push(groep);
                }
            }
        }
        for &groep in &gezien {
            if let Some(som) = sommen.get_mut(groep) {
                let in_groep = |pos: usize| groep_van(pos) == Some(groep) && basis(pos);
                som.client(s.index, start, eind, &in_groep, &g);
            }
        }
    }
    Ok(sommen.into_iter().map(Optelling::af).collect())
}

/// The running sums of one pass.
#[derive(Default)]
struct Optelling {
    t: Totalen,
    duren: Vec<i64>,
    top10: Top10,
    top10_drempel: Option<i64>,
    met_reden_clients: u64,
}

impl Optelling {
    /// Adds the client whose run is `start..eind` in the index.
    #[inline]
    fn client(&mut self, index: &KpiIndex, start: usize, eind: usize, in_scope: &impl Fn(usize) -> bool, g: &Grenzen) {
        let t = &mut self.t;
        let alle = index.trajecten.get(start..eind).unwrap_or(&[]);
        let mut c = Client::default();
        let mut binnen = false;
        for (i, k) in alle.iter().enumerate() {
            let pos = start + i;
            if !in_scope(pos) {
                continue;
            }
            binnen = true;
            if k.overlapt(g.van, g.tot) {
                c.overlapt = true;
                // jeugdigen_18plus: age on the trajectory's last day within W.
                if !c.achttien_plus {
                    let peil = k.eind.min(g.tot);
                    c.achttien_plus = if k.heeft(vlag::ACHTTIEN_KOLOM) {
                        index
                            .kolommen
                            .geboortejaar
                            .get(pos)
                            .copied()
                            .flatten()
                            .is_some_and(|gj| i64::from(peil.jaar()) - i64::from(gj) >= 18)
                    } else {
                        peil >= k.achttien
                    };
                }
                c.jeugdzorgplus |= k.heeft(vlag::JEUGDZORGPLUS);
                c.proces |= k.vlaggen;
            }
            if k.actief_op(g.peil) {
                c.lopend += 1;
            }
            c.actief_na |= k.actief_op(g.dag_na);
            if g.bevat(k.begin) {
                c.instroom += 1;
                // volgnummer: rank among all the client's trajectories.
                let rang = i.min(2);
                let telling = match rang {
                    0 => &mut t.volgnummer.een,
                    1 => &mut t.volgnummer.twee,
                    _ => &mut t.volgnummer.drie_plus,
                };
                telling.aantal += 1;
                c.volgnummer[rang] = true;
            }
            c.herinstroom.stap(k, g);
            if let Some(e) = k.einde().filter(|&e| g.bevat(e)) {
                c.uitstroom += 1;
                self.duren
                    .push(i64::from(e.dagnummer()) - i64::from(k.begin.dagnummer()) + 1);
                if k.heeft(vlag::REDEN) {
                    c.met_reden += 1;
                    t.volgens_plan += u64::from(k.heeft(vlag::VOLGENS_PLAN));
                }
                let soort = vervolgsoort(alle, i, e, k);
                let telling = match soort {
                    0 => &mut t.vervolg.zelfde_segment,
                    1 => &mut t.vervolg.ander_segment,
                    2 => &mut t.vervolg.loopt_door,
                    _ => &mut t.vervolg.geen_vervolg,
                };
                telling.aantal += 1;
                c.vervolg[soort] = true;
            }
            c.kosten.tel(index, pos, g.kosten);
            c.prognose.tel(index, pos, g.prognose);
        }
        if !binnen {
            return;
        }

        t.jeugdigen += u64::from(c.overlapt);
        tel(&mut t.trajecten_lopend, c.lopend);
        t.stapeling += u64::from(c.lopend >= 2);
        tel(&mut t.instroom_trajecten, c.instroom);
        // `alle` is sorted by begin, so its first element is the earliest
        // begin in the whole data set.
        t.nieuwe_jeugdigen += u64::from(c.instroom > 0 && alle.first().is_some_and(|k| g.bevat(k.begin)));
        t.herinstroom_jeugdigen += u64::from(c.herinstroom.gevonden);
        tel(&mut t.uitstroom_trajecten, c.uitstroom);
        t.uitstroom_jeugdigen += u64::from(c.uitstroom > 0 && !c.actief_na);
        t.met_reden.aantal += c.met_reden;
        self.met_reden_clients += u64::from(c.met_reden > 0);
        for (telling, gezien) in [
            &mut t.vervolg.zelfde_segment,
            &mut t.vervolg.ander_segment,
            &mut t.vervolg.loopt_door,
            &mut t.vervolg.geen_vervolg,
        ]
        .into_iter()
        .zip(c.vervolg)
        {
            telling.jeugdigen += u64::from(gezien);
        }
        for (telling, gezien) in [
            &mut t.volgnummer.een,
            &mut t.volgnummer.twee,
            &mut t.volgnummer.drie_plus,
        ]
        .into_iter()
        .zip(c.volgnummer)
        {
            telling.jeugdigen += u64::from(gezien);
        }
        if c.overlapt {
            t.jeugdigen_18plus += u64::from(c.achttien_plus);
            t.jeugdzorgplus += u64::from(c.jeugdzorgplus);
            for (i, a) in t.proces.iter_mut().enumerate() {
                if c.proces & vlag::ja(i) != 0 {
                    a.ja += 1;
                } else if c.proces & vlag::bekend(i) != 0 {
                    a.nee += 1;
                } else {
                    a.onbekend += 1;
                }
            }
        }
        if c.kosten.heeft {
            let k = klem(c.kosten.som);
            t.kosten_clients += i128::from(k);
            t.kosten_groep += 1;
            t.kosten_boven_50k += u64::from(k > GRENS_50K);
            if self.top10_drempel.is_none_or(|d| k > d) {
                self.top10.voeg_toe(k);
                self.top10_drempel = self.top10.drempel();
            }
        }
        if c.prognose.heeft {
            t.prognose_som += c.prognose.som;
            t.prognose_laatste = t.prognose_laatste.max(c.prognose.laatste);
            t.prognose_groep += 1;
        }
    }

    /// The figures once every client is added.
    fn af(self) -> Totalen {
        let mut t = self.t;
        let mut duren = self.duren;
        t.met_reden.jeugdigen = self.met_reden_clients;
        t.kosten_top10 = self.top10.waarden.iter().map(|&k| i128::from(k)).sum();
        t.duur_aantal = duren.len() as u64;
        t.duur_som = duren.iter().map(|&d| i128::from(d)).sum();
        t.duur_mediaan = mediaan(&mut duren);
        for a in &mut t.proces {
            a.pct = super::afronding::procent(i128::from(a.ja), i128::from(a.ja + a.nee));
        }
        debug_assert_eq!(t.proces.len(), ProcesVlag::ALLE.len());
        t
    }
}

/// An amount in `i64` cents, saturating.
pub(crate) fn klem(x: i128) -> i64 {
    x.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
}

/// Adds one client's count to a [`Telling`].
#[inline]
fn tel(t: &mut Telling, n: u64) {
    t.aantal += n;
    t.jeugdigen += u64::from(n > 0);
}

/// Median; of an even count the mean of the two middle values. Selection
/// instead of a full sort keeps this O(n).
fn mediaan(duren: &mut [i64]) -> Option<f64> {
    let n = duren.len();
    if n == 0 {
        return None;
    }
    let (links, &mut hoog, _) = duren.select_nth_unstable(n / 2);
    if n % 2 == 1 {
        Some(hoog as f64)
    } else {
        let laag = links.iter().copied().max().unwrap_or(hoog);
        tienden(i128::from(laag) + i128::from(hoog), 2)
    }
}

/// `vervolg` of the trajectory `alle[i]` ending on `eind`: 0 zelfde_segment,
/// 1 ander_segment, 2 loopt_door, 3 geen_vervolg. `alle` is all the client's
/// trajectories (the follow-up may lie outside the scope), sorted by begin,
/// so the candidates are found by binary search instead of a scan.
fn vervolgsoort(alle: &[Kern], i: usize, eind: Datum, t: &Kern) -> usize {
    let grens = eind.plus_dagen(VERVOLG_DAGEN);
    let eerste = alle.partition_point(|u| u.begin <= eind);
    let kandidaten = alle
        .get(eerste..)
        .unwrap_or(&[])
        .iter()
        .take_while(|u| u.begin <= grens);
    // Segments are compared as given: two "onbekend" segments count as the
    // same segment (`vervolg_unknown_segments_count_as_same`).
    let mut ander = false;
    for u in kandidaten {
        if u.segment == t.segment {
            return 0;
        }
        ander = true;
    }
    if ander {
        return 1;
    }
    let dag_na = eind.plus_dagen(1);
    let tot = alle.partition_point(|u| u.begin <= dag_na);
    let loopt_door = alle
        .get(..tot)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .any(|(j, u)| j != i && u.actief_op(dag_na));
    if loopt_door {
        2
    } else {
        3
    }
}
