//! How trajectories run: duration, ending as planned, what follows, rank.
//!
//! Each function is the definition the UI shows ("Hoe berekend?"); the
//! figure itself comes from the one pass in [`super::rondje`].

use crate::model::Bestandssoort::Trajecten;

use super::afronding::{procent, tienden};
use super::selectie::Selectie;
use super::{Uitkomst, Verhouding, Vervolg, Volgnummer};

/// Gemiddelde duur in dagen van de trajecten die eindigen in de periode:
/// einddatum − begindatum + 1 (begin- en einddag tellen allebei mee).
pub fn duur_gemiddeld(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Trajecten], || {
        let t = s.totalen();
        Verhouding {
            waarde: tienden(t.duur_som, i128::from(t.duur_aantal)),
            groep: t.uitstroom_trajecten.jeugdigen,
        }
    })
}

/// Mediaan van de duur in dagen (einddatum − begindatum + 1) van de
/// trajecten die eindigen in de periode; bij een even aantal het gemiddelde
/// van de twee middelste.
pub fn duur_mediaan(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Trajecten], || {
        let t = s.totalen();
        Verhouding {
            waarde: t.duur_mediaan,
            groep: t.uitstroom_trajecten.jeugdigen,
        }
    })
}

/// Van de trajecten die eindigen in de periode en waarvan de reden van
/// beëindiging bekend is: het percentage met reden 31 (volgens plan).
pub fn volgens_plan_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Trajecten], || {
        let t = s.totalen();
        Verhouding {
            waarde: procent(i128::from(t.volgens_plan), i128::from(t.met_reden.aantal)),
            groep: t.met_reden.jeugdigen,
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
    s.met(&[Trajecten], || s.totalen().vervolg)
}

/// Voor de trajecten die beginnen in de periode: het hoeveelste traject van
/// de jeugdige het is, geteld over álle trajecten van die jeugdige in het
/// bestand op volgorde van begindatum (bij gelijke begindatum op
/// toewijzingsnummer). Telt hoe vaak dat 1, 2 en 3 of meer is.
pub fn volgnummer(s: &Selectie) -> Uitkomst<Volgnummer> {
    s.met(&[Trajecten], || s.totalen().volgnummer)
}
