//! Characteristics of the youths in care: age, JeugdzorgPlus, process flags.
//!
//! Each function is the definition the UI shows ("Hoe berekend?"); the
//! figure itself comes from the one pass in [`super::rondje`].

use crate::model::Bestandssoort::Trajecten;

use super::afronding::procent;
use super::selectie::Selectie;
use super::{ProcesAandeel, ProcesVlag, Uitkomst, Verhouding};

/// Jeugdigen met een traject in de periode die op de laatste dag van dat
/// traject binnen de periode (het einde van de periode, of de einddatum als
/// die eerder valt) in dat kalenderjaar 18 jaar of ouder worden. Zonder
/// geboortejaar telt een traject niet mee.
pub fn jeugdigen_18plus(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().jeugdigen_18plus)
}

/// Percentage van de jeugdigen (met een traject in de periode) dat een
/// traject in de periode heeft met een product dat in de productcatalogus als
/// JeugdzorgPlus is gemarkeerd.
pub fn jeugdzorgplus_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    if s.data.heeft(Trajecten) && !s.index.heeft_catalogus {
        return Uitkomst::GeenCatalogus;
    }
    s.met(&[Trajecten], || {
        let t = s.totalen();
        Verhouding {
            waarde: procent(i128::from(t.jeugdzorgplus), i128::from(t.jeugdigen)),
            groep: t.jeugdigen,
        }
    })
}

/// Van de jeugdigen met een traject in de periode: het percentage met `ja`
/// bij deze vlag op minstens één van die trajecten, gerekend over de
/// jeugdigen bij wie de vlag bekend is (ja of nee). Jeugdigen met alleen lege
/// vlaggen staan apart als "onbekend".
pub fn proces_pct(s: &Selectie, vlag: ProcesVlag) -> Uitkomst<ProcesAandeel> {
    let i = ProcesVlag::ALLE.iter().position(|&v| v == vlag).unwrap_or(0);
    s.met(&[Trajecten], || s.totalen().proces.get(i).copied().unwrap_or_default())
}
