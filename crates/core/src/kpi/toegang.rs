//! The front door (toegang/CJG) and satisfaction.
//!
//! Requests and satisfaction scores carry no trajectory: of the scope only
//! the gemeente filter (and for satisfaction the aanbieder filter) applies.

use crate::date::{Datum, Weekdag};
use crate::model::Bestandssoort::{Aanmeldingen, Tevredenheid};

use super::afronding::{gemiddelde, procent};
use super::selectie::Selectie;
use super::{Uitkomst, Verhouding};

/// The promise: contact within this many working days.
const WERKDAGEN: u32 = 3;

/// Van de aanmeldingen met een aanmelddatum in de periode: het percentage
/// met een eerste contact binnen 3 werkdagen. Werkdagen zijn maandag tot en
/// met vrijdag, zonder de feestdagen uit de regio-inhoud; geteld worden de
/// dagen na de aanmelddatum tot en met de dag van het eerste contact. Een
/// aanmelding zonder eerste contact telt als "niet binnen 3 werkdagen" zodra
/// er op de peildatum meer dan 3 werkdagen zijn verstreken; daarvóór telt ze
/// nog niet mee.
pub fn contact_binnen_3_werkdagen_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Aanmeldingen], || {
        let mut feestdagen = s.opties.feestdagen.clone();
        feestdagen.sort_unstable();
        let mut termijn = Termijn::nieuw(s.venster, &feestdagen);
        let (mut binnen, mut totaal) = (0u64, 0u64);
        for a in s.data.aanmeldingen.iter().filter(|a| s.venster.bevat(a.aanmelddatum)) {
            if !s.gemeente_in_scope(a.gemeente.as_deref()) {
                continue;
            }
            // More than 3 working days after the request ⇔ on or after the
            // 4th working day after it.
            let te_laat = termijn.vierde_werkdag_na(a.aanmelddatum);
            match a.eerste_contact {
                Some(contact) => {
                    totaal += 1;
                    binnen += u64::from(contact < te_laat);
                }
                // Still open: late only once the promise can no longer be kept.
                None if s.peildatum >= te_laat => totaal += 1,
                None => {}
            }
        }
        Verhouding {
            waarde: procent(i128::from(binnen), i128::from(totaal)),
            groep: totaal,
        }
    })
}

/// The first day on which a request made on day d is late: the 4th working
/// day after d, so that `werkdagen_tot(d, x) ≤ 3` ⇔ x < that day. Remembered
/// per day of the window (many requests share a day).
struct Termijn<'f> {
    van: Datum,
    per_dag: Vec<Option<Datum>>,
    feestdagen: &'f [Datum],
}

impl<'f> Termijn<'f> {
    /// Windows longer than this are not remembered (they are typing errors;
    /// the answer is the same, only slower).
    const MAX_DAGEN: i32 = 1 << 20;

    fn nieuw(w: super::Venster, feestdagen: &'f [Datum]) -> Termijn<'f> {
        let dagen = w.van.dagen_tot(w.tot).saturating_add(1).clamp(0, Self::MAX_DAGEN);
        Termijn {
            van: w.van,
            per_dag: vec![None; dagen as usize],
            feestdagen,
        }
    }

    fn vierde_werkdag_na(&mut self, d: Datum) -> Datum {
        let plek = usize::try_from(self.van.dagen_tot(d)).ok();
        if let Some(Some(t)) = plek.and_then(|p| self.per_dag.get(p)) {
            return *t;
        }
        let mut n = 0;
        let mut dag = d;
        while n <= WERKDAGEN {
            dag = dag.plus_dagen(1);
            if is_werkdag(dag, self.feestdagen) {
                n += 1;
            }
        }
        if let Some(p) = plek.and_then(|p| self.per_dag.get_mut(p)) {
            *p = Some(dag);
        }
        dag
    }
}

fn is_werkdag(d: Datum, feestdagen: &[Datum]) -> bool {
    !matches!(d.weekdag(), Weekdag::Zaterdag | Weekdag::Zondag) && feestdagen.binary_search(&d).is_err()
}

/// Working days d with `van` < d ≤ `tot`, counted up to `WERKDAGEN + 1` (all
/// the caller needs to know), so a far-off date costs a few steps only. The
/// definition [`Termijn`] is checked against.
#[cfg(test)]
fn werkdagen_tot(van: Datum, tot: Datum, feestdagen: &[Datum]) -> u32 {
    let mut n = 0;
    let mut d = van.plus_dagen(1);
    while d <= tot && n <= WERKDAGEN {
        if is_werkdag(d, feestdagen) {
            n += 1;
        }
        d = d.plus_dagen(1);
    }
    n
}

/// Gemiddelde score (1–10) van de tevredenheidsmetingen met een datum in de
/// periode.
pub fn tevredenheid_gemiddeld(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Tevredenheid], || {
        let scores: Vec<f64> = s
            .data
            .tevredenheid
            .iter()
            .filter(|t| {
                s.venster.bevat(t.datum)
                    && s.gemeente_in_scope(t.gemeente.as_deref())
                    && s.aanbieder_in_scope(t.aanbieder.as_deref())
            })
            .map(|t| t.score)
            .collect();
        Verhouding {
            waarde: gemiddelde(scores.iter().copied()),
            groep: scores.len() as u64,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> Datum {
        Datum::from_ymd(j, m, dag).unwrap()
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Friday 2023-04-07 → Wednesday 2023-04-12: Mon 10 is Easter Monday.
        let feest = [d(2023, 4, 10)];
        assert_eq!(werkdagen_tot(d(2023, 4, 7), d(2023, 4, 12), &feest), 2);
        assert_eq!(werkdagen_tot(d(2023, 4, 7), d(2023, 4, 12), &[]), 3);
        // The day of the request itself does not count; same day is 0.
        assert_eq!(werkdagen_tot(d(2023, 4, 7), d(2023, 4, 7), &[]), 0);
        // Capped at 4: a year later still answers "more than 3".
        assert_eq!(werkdagen_tot(d(2023, 4, 7), d(2024, 4, 7), &[]), 4);
    }

    #[test]
    fn deadline_matches_counting_working_days() {
        let feest = [d(2023, 4, 7), d(2023, 4, 10), d(2023, 4, 27), d(2023, 5, 18)];
        let w = super::super::Venster::aangepast(d(2023, 3, 20), d(2023, 5, 31)).unwrap();
        let mut termijn = Termijn::nieuw(w, &feest);
        for dag in 0..w.aantal_dagen() + 10 {
            let aanmelding = d(2023, 3, 20).plus_dagen(dag);
            let te_laat = termijn.vierde_werkdag_na(aanmelding);
            for na in -3..20 {
                let contact = aanmelding.plus_dagen(na);
                assert_eq!(
                    werkdagen_tot(aanmelding, contact, &feest) <= WERKDAGEN,
                    contact < te_laat,
                    "{aanmelding} {contact}"
                );
            }
        }
    }
}
