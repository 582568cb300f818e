//! Stock and flow: who is in care, who comes in, who leaves.

use crate::model::Bestandssoort::Trajecten;

use super::index::Kern;
use super::selectie::{Client, Selectie};
use super::{Telling, Uitkomst};

/// Aantal verschillende jeugdigen met minstens één traject dat (deels) in de
/// periode valt: begin op of vóór het einde van de periode, en geen einde of
/// een einde op of na het begin van de periode.
pub fn jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| c.kernen().any(|k| k.overlapt(w.van, w.tot)))
    })
}

/// Aantal trajecten dat loopt op de peildatum (begonnen op of vóór de
/// peildatum, en niet geëindigd vóór de peildatum).
pub fn trajecten_lopend(s: &Selectie) -> Uitkomst<Telling> {
    let p = s.peildatum;
    s.met(&[Trajecten], || tel_trajecten(s, |k| k.actief_op(p)))
}

/// Aantal verschillende jeugdigen met minstens één traject dat loopt op de
/// peildatum.
pub fn jeugdigen_lopend(s: &Selectie) -> Uitkomst<u64> {
    let p = s.peildatum;
    s.met(&[Trajecten], || tel_clients(s, |c| c.kernen().any(|k| k.actief_op(p))))
}

/// Aantal trajecten met een begindatum in de periode.
pub fn instroom_trajecten(s: &Selectie) -> Uitkomst<Telling> {
    let w = s.venster;
    s.met(&[Trajecten], || tel_trajecten(s, |k| w.bevat(k.begin)))
}

/// Aantal verschillende jeugdigen met minstens één traject dat begint in de
/// periode.
pub fn instroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| c.kernen().any(|k| w.bevat(k.begin)))
    })
}

/// Jeugdigen van wie het allereerste traject in het hele bestand (dus ook
/// buiten de selectie) begint in de periode. Binnen een selectie tellen
/// alleen jeugdigen met een traject in de selectie dat in de periode begint.
pub fn nieuwe_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| {
            // `alle` is sorted by begin, so its first element is the
            // earliest begin in the whole data set.
            c.alle.first().is_some_and(|eerste| w.bevat(eerste.begin)) && c.kernen().any(|k| w.bevat(k.begin))
        })
    })
}

/// Jeugdigen met een traject dat begint op een dag s in de periode, die al
/// een eerder traject hadden (begin vóór s) en van wie in de 365 dagen vóór s
/// (s−365 tot en met s−1) geen enkel traject liep. Binnen een selectie kijkt
/// dit alleen naar trajecten in de selectie.
pub fn herinstroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| heeft_herinstroom(c.kernen(), w.van, w.tot))
    })
}

/// Whether, among `kernen` (sorted by begin), one starts at s ∈ [van, tot]
/// after an earlier trajectory and with nothing Active in [s−365, s−1].
fn heeft_herinstroom<'k>(
    kernen: impl Iterator<Item = &'k Kern>,
    van: crate::date::Datum,
    tot: crate::date::Datum,
) -> bool {
    // Latest end among trajectories that began strictly before the current
    // begin; `Some(None)` means one of them is still running. Trajectories
    // with the same begin are not "earlier" than each other, so the run
    // of equal begins is folded in only when the begin changes.
    let mut eerder: Option<Option<crate::date::Datum>> = None;
    let mut lopend_begin = None;
    let mut lopend_eind: Option<Option<crate::date::Datum>> = None;
    for k in kernen {
        if lopend_begin != Some(k.begin) {
            eerder = samen(eerder, lopend_eind.take());
            lopend_begin = Some(k.begin);
        }
        lopend_eind = samen(lopend_eind, Some(k.eind));
        let s = k.begin;
        if s >= van && s <= tot {
            // Active on a day in [s−365, s−1] ⇔ begin ≤ s−1 (true for every
            // earlier one) and (no end or end ≥ s−365).
            if let Some(laatste) = eerder {
                if laatste.is_some_and(|e| e < s.plus_dagen(-365)) {
                    return true;
                }
            }
        }
    }
    false
}

/// Latest of two ends, where `None` inside means "still running".
fn samen(
    a: Option<Option<crate::date::Datum>>,
    b: Option<Option<crate::date::Datum>>,
) -> Option<Option<crate::date::Datum>> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(None), _) | (_, Some(None)) => Some(None),
        (Some(Some(x)), Some(Some(y))) => Some(Some(x.max(y))),
    }
}

/// Aantal trajecten met een einddatum in de periode.
pub fn uitstroom_trajecten(s: &Selectie) -> Uitkomst<Telling> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_trajecten(s, |k| k.eind.is_some_and(|e| w.bevat(e)))
    })
}

/// Jeugdigen met minstens één traject dat eindigt in de periode en zonder
/// traject dat loopt op de dag na de periode.
pub fn uitstroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    let dag_na = w.tot.plus_dagen(1);
    s.met(&[Trajecten], || {
        tel_clients(s, |c| {
            c.kernen().any(|k| k.eind.is_some_and(|e| w.bevat(e))) && !c.kernen().any(|k| k.actief_op(dag_na))
        })
    })
}

/// Jeugdigen met twee of meer trajecten die tegelijk lopen op de peildatum.
pub fn stapeling(s: &Selectie) -> Uitkomst<u64> {
    let p = s.peildatum;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| c.kernen().filter(|k| k.actief_op(p)).take(2).count() >= 2)
    })
}

/// Number of clients for which `wel` holds. Clients without any in-scope
/// trajectory are never counted ([`Selectie::clients`] skips them).
pub(crate) fn tel_clients(s: &Selectie, wel: impl Fn(&Client) -> bool) -> u64 {
    s.clients().filter(|c| wel(c)).count() as u64
}

/// In-scope trajectories for which `wel` holds, and their distinct clients.
pub(crate) fn tel_trajecten(s: &Selectie, wel: impl Fn(&Kern) -> bool) -> Telling {
    let mut t = Telling::default();
    for c in s.clients() {
        let n = c.kernen().filter(|k| wel(k)).count() as u64;
        t.aantal += n;
        t.jeugdigen += u64::from(n > 0);
    }
    t
}
