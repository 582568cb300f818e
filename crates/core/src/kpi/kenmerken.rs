//! Characteristics of the youths in care: age, JeugdzorgPlus, process flags.

use crate::model::Bestandssoort::Trajecten;

use super::afronding::procent;
use super::index::Kern;
use super::selectie::Selectie;
use super::stroom::tel_clients;
use super::{ProcesAandeel, ProcesVlag, Uitkomst, Verhouding};

/// Jeugdigen met een traject in de periode die op de laatste dag van dat
/// traject binnen de periode (het einde van de periode, of de einddatum als
/// die eerder valt) in dat kalenderjaar 18 jaar of ouder worden. Zonder
/// geboortejaar telt een traject niet mee.
pub fn jeugdigen_18plus(s: &Selectie) -> Uitkomst<u64> {
    let w = s.venster;
    s.met(&[Trajecten], || {
        tel_clients(s, |c| {
            c.kernen().any(|k| {
                let peil = k.eind.map_or(w.tot, |e| e.min(w.tot));
                k.overlapt(w.van, w.tot)
                    && k.geboortejaar
                        .is_some_and(|g| i64::from(peil.jaar()) - i64::from(g) >= 18)
            })
        })
    })
}

/// Percentage van de jeugdigen (met een traject in de periode) dat een
/// traject in de periode heeft met een product dat in de productcatalogus als
/// JeugdzorgPlus is gemarkeerd.
pub fn jeugdzorgplus_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    let w = s.venster;
    if s.data.heeft(Trajecten) && !s.index.heeft_catalogus {
        return Uitkomst::GeenCatalogus;
    }
    s.met(&[Trajecten], || {
        let alle = tel_clients(s, |c| c.kernen().any(|k| k.overlapt(w.van, w.tot)));
        let plus = tel_clients(s, |c| c.kernen().any(|k| k.jeugdzorgplus && k.overlapt(w.van, w.tot)));
        Verhouding {
            waarde: procent(i128::from(plus), i128::from(alle)),
            groep: alle,
        }
    })
}

/// Van de jeugdigen met een traject in de periode: het percentage met `ja`
/// bij deze vlag op minstens één van die trajecten, gerekend over de
/// jeugdigen bij wie de vlag bekend is (ja of nee). Jeugdigen met alleen lege
/// vlaggen staan apart als "onbekend".
pub fn proces_pct(s: &Selectie, vlag: ProcesVlag) -> Uitkomst<ProcesAandeel> {
    let w = s.venster;
    let lees = |k: &Kern| match vlag {
        ProcesVlag::VerklarendeAnalyse => k.verklarende_analyse,
        ProcesVlag::Familiegroepsplan => k.familiegroepsplan,
        ProcesVlag::Perspectiefplan => k.perspectiefplan,
    };
    s.met(&[Trajecten], || {
        let mut a = ProcesAandeel::default();
        for c in s.clients() {
            let mut overlapt = false;
            let mut beste: Option<bool> = None;
            for k in c.kernen().filter(|k| k.overlapt(w.van, w.tot)) {
                overlapt = true;
                beste = match (beste, lees(k)) {
                    (Some(true), _) | (_, Some(true)) => Some(true),
                    (x, None) | (None, x) => x,
                    (Some(false), Some(false)) => Some(false),
                };
            }
            match (overlapt, beste) {
                (false, _) => {}
                (true, Some(true)) => a.ja += 1,
                (true, Some(false)) => a.nee += 1,
                (true, None) => a.onbekend += 1,
            }
        }
        a.pct = procent(i128::from(a.ja), i128::from(a.ja + a.nee));
        a
    })
}
