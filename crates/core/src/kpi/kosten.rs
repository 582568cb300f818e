//! Money: costs, their distribution, budget, forecast; and the rate per
//! 1000 residents.

use crate::model::Bestandssoort::{Begroting, Bevolking, Declaraties, Trajecten};

use super::afronding::{deel_afgerond, procent, tienden};
use super::index::{maandnummer_van, Maandnummer};
use super::selectie::Selectie;
use super::{Bedrag, Uitkomst, Verhouding};

/// € 50 000 in cents.
const GRENS_50K: i64 = 5_000_000;

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
        let (lo, hi) = maanden(s);
        let per_client = kosten_per_client(s, lo, hi);
        let mut som: i64 = per_client.iter().sum();
        if s.scope.is_leeg() {
            som += los_in(s, lo, hi);
        }
        Bedrag {
            cent: Some(som),
            groep: per_client.len() as u64,
        }
    })
}

/// Som van de declaraties in de periode die bij een traject in de selectie
/// horen, gedeeld door het aantal verschillende jeugdigen met zulke
/// declaraties. Declaraties zonder traject tellen niet mee.
pub fn kosten_per_jeugdige(s: &Selectie) -> Uitkomst<Bedrag> {
    s.met(&[Declaraties, Trajecten], || {
        let (lo, hi) = maanden(s);
        let per_client = kosten_per_client(s, lo, hi);
        let som: i128 = per_client.iter().map(|&c| i128::from(c)).sum();
        let n = per_client.len();
        Bedrag {
            cent: deel_afgerond(som, n as i128).map(|c| c as i64),
            groep: n as u64,
        }
    })
}

/// Aandeel (in %) van de kosten in de periode dat is betaald voor de 10
/// jeugdigen met de hoogste kosten in de periode.
pub fn top10_aandeel_pct(s: &Selectie) -> Uitkomst<Verhouding> {
    s.met(&[Declaraties, Trajecten], || {
        let (lo, hi) = maanden(s);
        let mut per_client = kosten_per_client(s, lo, hi);
        let groep = per_client.len() as u64;
        // The denominator is the `kosten` KPI itself, so without a scope it
        // includes declarations that match no trajectory
        // (`top10_denominator_is_kosten`).
        let mut totaal: i64 = per_client.iter().sum();
        if s.scope.is_leeg() {
            totaal += los_in(s, lo, hi);
        }
        let top = per_client.len().min(10);
        if per_client.len() > 10 {
            per_client.select_nth_unstable_by(9, |a, b| b.cmp(a));
        }
        let top10: i64 = per_client.iter().take(top).sum();
        let waarde = if totaal > 0 {
            procent(i128::from(top10), i128::from(totaal))
        } else {
            None
        };
        Verhouding { waarde, groep }
    })
}

/// Aantal jeugdigen van wie de kosten in de periode hoger zijn dan € 50 000
/// (vooral zinvol voor een heel jaar).
pub fn jeugdigen_boven_50k(s: &Selectie) -> Uitkomst<u64> {
    s.met(&[Declaraties, Trajecten], || {
        let (lo, hi) = maanden(s);
        kosten_per_client(s, lo, hi).iter().filter(|&&c| c > GRENS_50K).count() as u64
    })
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
        let jaar = i64::from(s.venster.tot.jaar());
        let (lo, hi) = (jaar * 12, jaar * 12 + 11);
        let mut som: i128 = 0;
        let mut laatste: Option<Maandnummer> = None;
        let mut groep = 0u64;
        let mut tel = |m: Maandnummer, cent: i64| {
            som += i128::from(cent);
            laatste = laatste.max(Some(m));
        };
        for c in s.clients() {
            let mut heeft = false;
            for (pos, _) in c.binnen() {
                for d in s
                    .index
                    .declaraties_van(pos)
                    .iter()
                    .filter(|d| d.maand >= lo && d.maand <= hi)
                {
                    tel(d.maand, d.cent);
                    heeft = true;
                }
            }
            groep += u64::from(heeft);
        }
        if s.scope.is_leeg() {
            for d in s.index.niet_gekoppeld.iter().filter(|d| d.maand >= lo && d.maand <= hi) {
                tel(d.maand, d.cent);
            }
        }
        let cent = laatste
            .and_then(|m| deel_afgerond(som * 12, i128::from(m - lo + 1)))
            .map(|c| c as i64);
        Bedrag { cent, groep }
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

/// The months of W: from W.van's month up to and including W.tot's month.
fn maanden(s: &Selectie) -> (Maandnummer, Maandnummer) {
    (maandnummer_van(s.venster.van), maandnummer_van(s.venster.tot))
}

/// For each client with in-scope declarations in months `lo..=hi` (always
/// the months of W): their sum. Computed once per selection.
fn kosten_per_client(s: &Selectie, lo: Maandnummer, hi: Maandnummer) -> Vec<i64> {
    s.kosten_cache
        .get_or_init(|| bereken_kosten_per_client(s, lo, hi))
        .clone()
}

fn bereken_kosten_per_client(s: &Selectie, lo: Maandnummer, hi: Maandnummer) -> Vec<i64> {
    let mut uit = Vec::new();
    for c in s.clients() {
        let mut som = 0i64;
        let mut heeft = false;
        for (pos, _) in c.binnen() {
            for d in s
                .index
                .declaraties_van(pos)
                .iter()
                .filter(|d| d.maand >= lo && d.maand <= hi)
            {
                som = som.saturating_add(d.cent);
                heeft = true;
            }
        }
        if heeft {
            uit.push(som);
        }
    }
    uit
}

/// Unmatched declarations in months `lo..=hi`.
fn los_in(s: &Selectie, lo: Maandnummer, hi: Maandnummer) -> i64 {
    s.index
        .niet_gekoppeld
        .iter()
        .filter(|d| d.maand >= lo && d.maand <= hi)
        .map(|d| d.cent)
        .sum()
}

/// Passes a missing input on to a KPI of another type.
fn geen<T, U>(u: Uitkomst<T>) -> Uitkomst<U> {
    match u {
        Uitkomst::GeenGegevens { nodig } => Uitkomst::GeenGegevens { nodig },
        _ => Uitkomst::GeenCatalogus,
    }
}
