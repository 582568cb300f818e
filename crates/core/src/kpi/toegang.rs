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
        let (mut binnen, mut totaal) = (0u64, 0u64);
        for a in s.data.aanmeldingen.iter().filter(|a| s.venster.bevat(a.aanmelddatum)) {
            if !s.gemeente_in_scope(a.gemeente.as_deref()) {
                continue;
            }
            match a.eerste_contact {
                Some(contact) => {
                    totaal += 1;
                    binnen += u64::from(werkdagen_tot(a.aanmelddatum, contact, &feestdagen) <= WERKDAGEN);
                }
                // Still open: late only once the promise can no longer be kept.
                None if werkdagen_tot(a.aanmelddatum, s.peildatum, &feestdagen) > WERKDAGEN => totaal += 1,
                None => {}
            }
        }
        Verhouding {
            waarde: procent(i128::from(binnen), i128::from(totaal)),
            groep: totaal,
        }
    })
}

/// Working days d with `van` < d ≤ `tot`, counted up to `WERKDAGEN + 1` (all
/// the caller needs to know), so a far-off date costs a few steps only.
fn werkdagen_tot(van: Datum, tot: Datum, feestdagen: &[Datum]) -> u32 {
    let mut n = 0;
    let mut d = van.plus_dagen(1);
    while d <= tot && n <= WERKDAGEN {
        let weekend = matches!(d.weekdag(), Weekdag::Zaterdag | Weekdag::Zondag);
        if !weekend && feestdagen.binary_search(&d).is_err() {
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
}
