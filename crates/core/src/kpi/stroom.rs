//! Stock and flow: who is in care, who comes in, who leaves.
//!
//! Each function is the definition the UI shows ("Hoe berekend?"); the
//! figure itself comes from the one pass in [`super::rondje`].

use crate::model::Bestandssoort::Trajecten;

use super::selectie::Selectie;
use super::{Telling, Uitkomst};

/// Aantal verschillende jeugdigen met minstens één traject dat (deels) in de
/// periode valt: begin op of vóór het einde van de periode, en geen einde of
/// een einde op of na het begin van de periode.
pub fn jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().jeugdigen)
}

/// Aantal trajecten dat loopt op de peildatum (begonnen op of vóór de
/// peildatum, en niet geëindigd vóór de peildatum).
pub fn trajecten_lopend(s: &Selectie) -> Uitkomst<Telling> {
    s.met(&[Trajecten], || s.totalen().trajecten_lopend)
}

/// Aantal verschillende jeugdigen met minstens één traject dat loopt op de
/// peildatum.
pub fn jeugdigen_lopend(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().trajecten_lopend.jeugdigen)
}

/// Aantal trajecten met een begindatum in de periode.
pub fn instroom_trajecten(s: &Selectie) -> Uitkomst<Telling> {
    s.met(&[Trajecten], || s.totalen().instroom_trajecten)
}

/// Aantal verschillende jeugdigen met minstens één traject dat begint in de
/// periode.
pub fn instroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().instroom_trajecten.jeugdigen)
}

/// Jeugdigen van wie het allereerste traject in het hele bestand (dus ook
/// buiten de selectie) begint in de periode. Binnen een selectie tellen
/// alleen jeugdigen met een traject in de selectie dat in de periode begint.
pub fn nieuwe_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().nieuwe_jeugdigen)
}

/// Jeugdigen met een traject dat begint op een dag s in de periode, die al
/// een eerder traject hadden (begin vóór s) en van wie in de 365 dagen vóór s
/// (s−365 tot en met s−1) geen enkel traject liep. Binnen een selectie kijkt
/// dit alleen naar trajecten in de selectie.
pub fn herinstroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().herinstroom_jeugdigen)
}

/// Aantal trajecten met een einddatum in de periode.
pub fn uitstroom_trajecten(s: &Selectie) -> Uitkomst<Telling> {
    s.met(&[Trajecten], || s.totalen().uitstroom_trajecten)
}

/// Jeugdigen met minstens één traject dat eindigt in de periode en zonder
/// traject dat loopt op de dag na de periode.
pub fn uitstroom_jeugdigen(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().uitstroom_jeugdigen)
}

/// Jeugdigen met twee of meer trajecten die tegelijk lopen op de peildatum.
pub fn stapeling(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Trajecten], || s.totalen().stapeling)
}
