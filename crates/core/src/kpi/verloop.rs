//! How trajectories run: duration, ending as planned, what follows, rank.

use crate::model::Bestandssoort::Trajecten;

use super::afronding::{procent, tienden};
use super::index::Kern;
use super::selectie::Selectie;
use super::stroom::tel_trajecten;
use super::{Uitkomst, Verhouding, Vervolg, Volgnummer};

/// The code of reden_beeindiging (JZ588) that means "volgens plan".
const VOLGENS_PLAN: u8 = 31;

/// Days after an end within which a new trajectory counts as a follow-up.
const VERVOLG_DAGEN: i32 = 180;

/// Gemiddelde duur in dagen van de trajecten die eindigen in de periode:
/// einddatum − begindatum + 1 (begin- en einddag tellen allebei mee).
pub fn duur_gemiddeld(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Trajecten], || {
        let (duren, groep) = duren(s);
        let som: i128 = duren.iter().map(|&d| i128::from(d)).sum();
        Verhouding {
            waarde: tienden(som, duren.len() as i128),
            groep,
        }
    })
}

/// Mediaan van de duur in dagen (einddatum − begindatum + 1) van de
/// trajecten die eindigen in de periode; bij een even aantal het gemiddelde
/// van de twee middelste.
pub fn duur_mediaan(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Trajecten], || {
        let (mut duren, groep) = duren(s);
        let n = duren.len();
        let waarde = if n == 0 {
            None
        } else {
            // Selection instead of a full sort keeps this O(n).
            let (links, &mut hoog, _) = duren.select_nth_unstable(n / 2);
            if n % 2 == 1 {
                Some(hoog as f64)
            } else {
                let laag = links.iter().copied().max().unwrap_or(hoog);
                tienden(i128::from(laag) + i128::from(hoog), 2)
            }
        };
        Verhouding { waarde, groep }
    })
}

/// Durations of in-scope trajectories with end ∈ W, and their distinct clients.
fn duren(s: &Selectie) -> (Vec<i64>, u64) {
    let w = s.venster;
    let mut duren = Vec::new();
    let mut groep = 0;
    for c in s.clients() {
        let voor = duren.len();
        for k in c.kernen() {
            if let Some(e) = k.eind.filter(|&e| w.bevat(e)) {
                duren.push(i64::from(k.begin.dagen_tot(e)) + 1);
            }
        }
        groep += u64::from(duren.len() > voor);
    }
    (duren, groep)
}

/// Van de trajecten die eindigen in de periode en waarvan de reden van
/// beëindiging bekend is: het percentage met reden 31 (volgens plan).
pub fn volgens_plan_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        let met_reden = |k: &Kern| k.eind.is_some_and(|e| w.bevat(e)) && k.reden_beeindiging.is_some();
        let noemer = tel_trajecten(s, met_reden);
        let teller = tel_trajecten(s, |k| met_reden(k) && k.reden_beeindiging == Some(VOLGENS_PLAN));
        Verhouding {
            waarde: procent(i128::from(teller.aantal), i128::from(noemer.aantal)),
            groep: noemer.jeugdigen,
        }
    })
}

/// Voor elk traject dat eindigt in de periode het eerste dat geldt:
/// zelfde segment (een ander traject van dezelfde jeugdige begint binnen 180
/// dagen na het einde, in hetzelfde segment), ander segment (zo'n traject in
/// een ander segment), loopt door (een ander traject loopt op de dag na het
/// einde), of geen vervolg. Het vervolgtraject mag buiten de selectie
/// liggen: het gaat om wat er met de jeugdige gebeurt.
pub fn vervolg(s: &Selectie) -> Uitkomst<Vervolg> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        let mut v = Vervolg::default();
        for c in s.clients() {
            let mut gezien = [false; 4];
            for (pos, t) in c.binnen() {
                let Some(eind) = t.eind.filter(|&e| w.bevat(e)) else {
                    continue;
                };
                let i = pos - c.start;
                let soort = vervolgsoort(c.alle, i, eind, t);
                let telling = match soort {
                    0 => &mut v.zelfde_segment,
                    1 => &mut v.ander_segment,
                    2 => &mut v.loopt_door,
                    _ => &mut v.geen_vervolg,
                };
                telling.aantal += 1;
                if let Some(g) = gezien.get_mut(soort) {
                    telling.jeugdigen += u64::from(!*g);
                    *g = true;
                }
            }
        }
        v
    })
}

/// 0 zelfde_segment, 1 ander_segment, 2 loopt_door, 3 geen_vervolg for the
/// trajectory `alle[i]` ending on `eind`. `alle` is sorted by begin, so the
/// candidates are found by binary search instead of a scan.
fn vervolgsoort(alle: &[Kern], i: usize, eind: crate::date::Datum, t: &Kern) -> usize {
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

/// Voor de trajecten die beginnen in de periode: het hoeveelste traject van
/// de jeugdige het is, geteld over álle trajecten van die jeugdige in het
/// bestand op volgorde van begindatum (bij gelijke begindatum op
/// toewijzingsnummer). Telt hoe vaak dat 1, 2 en 3 of meer is.
pub fn volgnummer(s: &Selectie) -> Uitkomst<Volgnummer> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        // One pass for the three counts.
        let mut v = Volgnummer::default();
        for c in s.clients() {
            let mut gezien = [false; 3];
            for k in c.kernen().filter(|k| w.bevat(k.begin)) {
                let i = (k.volgnummer.clamp(1, 3) - 1) as usize;
                let t = match i {
                    0 => &mut v.een,
                    1 => &mut v.twee,
                    _ => &mut v.drie_plus,
                };
                t.aantal += 1;
                if let Some(g) = gezien.get_mut(i) {
                    t.jeugdigen += u64::from(!*g);
                    *g = true;
                }
            }
        }
        v
    })
}
