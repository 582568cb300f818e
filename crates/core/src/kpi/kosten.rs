//! Money: costs, their distribution, budget, forecast; and the rate per
//! 1000 residents.
//!
//! Each function is the definition the UI shows ("Hoe berekend?"); the
//! per-client sums come from the one pass in [`super::rondje`].

use crate::model::Bestandssoort::{Begroting, Bevolking, Declaraties, Trajecten};

use super::afronding::{deel_afgerond, procent, tienden};
use super::index::{maandnummer_van, Maandnummer};
use super::rondje::klem;
use super::selectie::Selectie;
use super::{Bedrag, Uitkomst, Verhouding};

/// Som van de declaraties over de maanden in de periode (een maand telt mee
/// als de eerste dag ervan niet vóór de eerste dag van de beginmaand ligt en
/// niet na het einde van de periode). Binnen een selectie via het traject
/// van de declaratie; declaraties die bij geen traject horen tellen alleen
/// mee in het totaal zonder selectie.
pub fn kosten(s: &Selectie) -> Uitkomst<Bedrag> {
    let nodig: &[_] = if s.scope.is_leeg() {
        &[Declaraties]
    } else {
        &[Declaraties, Trajecten]
    };
    s.met(nodig, || {
        let t = s.totalen();
        Bedrag {
            cent: Some(kosten_totaal(s)),
            groep: t.kosten_groep,
        }
    })
}

/// Som van de declaraties in de periode die bij een traject in de selectie
/// horen, gedeeld door het aantal verschillende jeugdigen met zulke
/// declaraties. Declaraties zonder traject tellen niet mee.
pub fn kosten_per_jeugdige(s: &Selectie) -> Uitkomst<Bedrag> {
    s.met(&[Declaraties, Trajecten], || {
        let t = s.totalen();
        Bedrag {
            cent: deel_afgerond(t.kosten_clients, i128::from(t.kosten_groep)).map(|c| c as i64),
            groep: t.kosten_groep,
        }
    })
}

/// Aandeel (in %) van de kosten in de periode dat is betaald voor de 10
/// jeugdigen met de hoogste kosten in de periode.
pub fn top10_aandeel_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Declaraties, Trajecten], || {
        let t = s.totalen();
        // The denominator is the `kosten` KPI itself, so without a scope it
        // includes declarations that match no trajectory
        // (`top10_denominator_is_kosten`).
        let totaal = kosten_totaal(s);
        let waarde = if totaal > 0 {
            procent(i128::from(klem(t.kosten_top10)), i128::from(totaal))
        } else {
            None
        };
        Verhouding {
            waarde,
            groep: t.kosten_groep,
        }
    })
}

/// Aantal jeugdigen van wie de kosten in de periode hoger zijn dan € 50 000
/// (vooral zinvol voor een heel jaar).
pub fn jeugdigen_boven_50k(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Declaraties, Trajecten], || s.totalen().kosten_boven_50k)
}

/// De begroting voor het jaar waarin de periode eindigt, voor de gekozen
/// gemeenten en segmenten. Zonder gemeentefilter de regionale begroting
/// (of, als die ontbreekt, de som van de gemeenten); zonder segmentfilter
/// het totaal (of, als dat ontbreekt, de som van de segmenten). Bij andere
/// filters (aanbieder, product, verwijzer, leeftijd) is er geen begroting.
pub fn begroting(s: &Selectie) -> Uitkomst<Bedrag> {
    s.met(&[Begroting], || Bedrag {
        cent: begroting_cent(s),
        groep: 0,
    })
}

fn begroting_cent(s: &Selectie) -> Option<i64> {
    if !s.scope.alleen_gemeente_en_segment() {
        return None;
    }
    let jaar = s.venster.tot.jaar();
    let rijen: Vec<_> = s.data.begroting.iter().filter(|b| b.jaar == jaar).collect();
    // Each dimension: the filter's values, else the total row, else the sum
    // of the parts; never a total and its parts together.
    let op_gemeente: Vec<_> = if s.scope.gemeenten.is_empty() {
        let regio: Vec<_> = rijen.iter().copied().filter(|b| b.gemeente.is_none()).collect();
        if regio.is_empty() {
            rijen
        } else {
            regio
        }
    } else {
        rijen
            .into_iter()
            .filter(|b| b.gemeente.as_ref().is_some_and(|g| s.scope.gemeenten.contains(g)))
            .collect()
    };
    let gekozen: Vec<_> = if s.scope.segmenten.is_empty() {
        let totaal: Vec<_> = op_gemeente.iter().copied().filter(|b| b.segment.is_none()).collect();
        if totaal.is_empty() {
            op_gemeente
        } else {
            totaal
        }
    } else {
        op_gemeente
            .into_iter()
            .filter(|b| b.segment.is_some_and(|g| s.scope.segmenten.contains(&g)))
            .collect()
    };
    (!gekozen.is_empty()).then(|| gekozen.iter().map(|b| b.bedrag_cent).sum())
}

/// Kosten in de periode als percentage van de begroting.
pub fn realisatie_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    match (kosten(s), begroting(s)) {
        (Uitkomst::Waarde(k), Uitkomst::Waarde(b)) => {
            let waarde = match (k.cent, b.cent) {
                (Some(k), Some(b)) if b > 0 => procent(i128::from(k), i128::from(b)),
                _ => None,
            };
            Uitkomst::Waarde(Verhouding { waarde, groep: k.groep })
        }
        (Uitkomst::Waarde(_), andere) => geen(andere),
        (andere, _) => geen(andere),
    }
}

/// Prognose voor het hele jaar waarin de periode eindigt: de declaraties
/// (binnen de selectie; zonder selectie ook die zonder traject) over de
/// maanden van dat jaar, gedeeld door het nummer van de laatste maand met
/// zo'n declaratie (1–12), maal 12.
pub fn prognose(s: &Selectie) -> Uitkomst<Bedrag> {
    let nodig: &[_] = if s.scope.is_leeg() {
        &[Declaraties]
    } else {
        &[Declaraties, Trajecten]
    };
    s.met(nodig, || {
        let t = s.totalen();
        let jaar = i64::from(s.venster.tot.jaar());
        let (lo, hi) = (jaar * 12, jaar * 12 + 11);
        let mut som = t.prognose_som;
        let mut laatste = t.prognose_laatste;
        if s.scope.is_leeg() {
            for d in s.index.niet_gekoppeld.iter().filter(|d| d.maand >= lo && d.maand <= hi) {
                som += i128::from(d.cent);
                laatste = laatste.max(Some(d.maand));
            }
        }
        let cent = laatste
            .and_then(|m| deel_afgerond(som * 12, i128::from(m - lo + 1)))
            .map(|c| c as i64);
        Bedrag {
            cent,
            groep: t.prognose_groep,
        }
    })
}

/// Jeugdigen (met een traject in de periode) per 1000 inwoners van 0–17 jaar
/// in de gekozen gemeenten, volgens de bevolking van het jaar waarin de
/// periode eindigt.
pub fn per_1000_jongeren(s: &Selectie) -> Uitkomst<Verhouding> {
    let jeugdigen = super::stroom::jeugdigen(s);
    let Uitkomst::Waarde(j) = jeugdigen else {
        return geen(jeugdigen);
    };
    s.met(&[Bevolking], || {
        let jaar = s.venster.tot.jaar();
        let jongeren: u64 = s
            .data
            .bevolking
            .iter()
            .filter(|b| b.jaar == jaar && s.gemeente_in_scope(Some(&b.gemeente)))
            .map(|b| b.jongeren)
            .sum();
        Verhouding {
            waarde: tienden(i128::from(j) * 1000, i128::from(jongeren)),
            groep: j,
        }
    })
}

/// `kosten`: the in-scope declarations in the months of W, and without a
/// scope also those that match no trajectory.
fn kosten_totaal(s: &Selectie) -> i64 {
    let mut som = s.totalen().kosten_clients;
    if s.scope.is_leeg() {
        let (lo, hi) = maanden(s);
        som += los_in(s, lo, hi);
    }
    klem(som)
}

/// The months of W: from W.van's month up to and including W.tot's month.
fn maanden(s: &Selectie) -> (Maandnummer, Maandnummer) {
    (maandnummer_van(s.venster.van), maandnummer_van(s.venster.tot))
}

/// Unmatched declarations in months `lo..=hi`.
fn los_in(s: &Selectie, lo: Maandnummer, hi: Maandnummer) -> i128 {
    s.index
        .niet_gekoppeld
        .iter()
        .filter(|d| d.maand >= lo && d.maand <= hi)
        .map(|d| i128::from(d.cent))
        .sum()
}

/// Passes a missing input on to a KPI of another type.
fn geen<T, U>(u: Uitkomst<T>) -> Uitkomst<U> {
    match u {
        Uitkomst::GeenGegevens { nodig } => Uitkomst::GeenGegevens { nodig },
        _ => Uitkomst::GeenCatalogus,
    }
}
