//! The five smaller files: wachttijden, begroting, bevolking, aanmeldingen
//! and tevredenheid.

use crate::date::{Datum, Weekdag};
use crate::model::Bestandssoort;

use super::bronnen::{
    AANBIEDERS, BEGROTING_AANDEEL, BEGROTING_PER_SEGMENT, GROEI_JEUGDIGEN, GROEI_JONGEREN, GROEI_TARIEVEN,
};
use super::prng::Rng;
use super::schrijver::{Euro, Of, Schrijver};
use super::{groei, GemeenteDoel, Kader};

/// Typical waiting time in weeks and waiting youths per week of waiting,
/// per JZ020 category.
fn wachtniveau(categorie: u8) -> (f64, f64) {
    match categorie {
        54 => (12.5, 2.0),
        44 => (15.0, 0.6),
        43 => (9.0, 0.5),
        41 => (8.0, 0.8),
        45 => (6.5, 2.5),
        40 => (3.0, 0.5),
        48 => (3.0, 1.0),
        47 => (1.0, 0.3),
        _ => (0.0, 0.0),
    }
}

/// Monthly waiting times per provider and category (and for basis-ggz and
/// JeugdzorgPlus also per productcode), peildatum the last day of the month.
/// Waiting for jeugdbescherming (48) falls to zero from 2024, as the plan
/// aims for.
pub fn wachttijden(s: &mut Schrijver, aanbieders: &[String], kader: &Kader, rng: &mut Rng) -> Result<(), String> {
    // (provider, category, productcode)
    let mut reeksen: Vec<(usize, u8, Option<&str>)> = Vec::new();
    for (a, (_, cats)) in AANBIEDERS.iter().enumerate() {
        for &c in cats.iter() {
            reeksen.push((a, c, None));
        }
    }
    reeksen.push((3, 54, Some("54001")));
    reeksen.push((4, 54, Some("54001")));
    reeksen.push((8, 43, Some("43J01")));
    let mut stand: Vec<f64> = reeksen
        .iter()
        .map(|&(_, c, _)| wachtniveau(c).0 * (0.6 + 0.8 * rng.fractie()))
        .collect();
    let mut maand = kader.extract_van.begin_van_maand();
    while maand <= kader.extract_tot {
        let peildatum = maand.eind_van_maand();
        for (i, &(a, c, code)) in reeksen.iter().enumerate() {
            let (niveau, per_week) = wachtniveau(c);
            let niveau = if code == Some("54001") { niveau * 0.6 } else { niveau };
            let Some(w) = stand.get_mut(i) else { continue };
            *w = (niveau + 0.75 * (*w - niveau) + (rng.fractie() - 0.5) * niveau * 0.5).max(0.0);
            let (weken, wachtenden) = if c == 48 && peildatum.jaar() >= 2024 {
                (0.0, 0)
            } else {
                let weken = (*w * 10.0).round() / 10.0;
                (weken, (weken * per_week * (0.7 + 0.6 * rng.fractie())).round() as u64)
            };
            let naam = aanbieders.get(a).map_or("Onbekende aanbieder", String::as_str);
            let (cat, code) = match code {
                Some(code) => (None, Some(code)),
                None => (Some(c), None),
            };
            // Counting in whole people is not always known.
            let wachtenden = (!rng.kans(0.03)).then_some(wachtenden);
            s.rij(
                Bestandssoort::Wachttijden,
                format_args!(
                    "{peildatum},{naam},{},{},{weken:.1},{},",
                    Of(cat),
                    Of(code),
                    Of(wachtenden)
                ),
            )?;
        }
        maand = peildatum.plus_dagen(1);
    }
    Ok(())
}

/// Budget per year: the regional total, per municipality and per segment.
/// Costs are the budget's scale: the plan says the budgets fall short, so
/// the budget is [`BEGROTING_AANDEEL`] of the expected costs.
pub fn begroting(s: &mut Schrijver, gemeenten: &[GemeenteDoel], kader: &Kader, regionaal: bool) -> Result<(), String> {
    for jaar in kader.eerste_jaar..=kader.laatste_jaar {
        let trend = groei(GROEI_JEUGDIGEN, jaar - kader.ijkjaar) * groei(GROEI_TARIEVEN, jaar - kader.ijkjaar);
        let per_gemeente: Vec<i64> = gemeenten
            .iter()
            .map(|g| (g.kosten * trend * BEGROTING_AANDEEL / 1000.0).round() as i64 * 100_000)
            .collect();
        let totaal: i64 = per_gemeente.iter().sum();
        if regionaal {
            s.rij(Bestandssoort::Begroting, format_args!("{jaar},,,{}", Euro(totaal)))?;
            for (i, aandeel) in BEGROTING_PER_SEGMENT.iter().enumerate() {
                let bedrag = ((totaal as f64 * aandeel) / 100_000.0).round() as i64 * 100_000;
                s.rij(
                    Bestandssoort::Begroting,
                    format_args!("{jaar},,{},{}", i + 1, Euro(bedrag)),
                )?;
            }
        }
        for (g, bedrag) in gemeenten.iter().zip(per_gemeente) {
            s.rij(
                Bestandssoort::Begroting,
                format_args!("{jaar},{},,{}", g.code, Euro(bedrag)),
            )?;
        }
    }
    Ok(())
}

/// Residents aged 0–17 per municipality and year.
pub fn bevolking(s: &mut Schrijver, gemeenten: &[GemeenteDoel], kader: &Kader) -> Result<(), String> {
    for jaar in kader.eerste_jaar..=kader.laatste_jaar {
        for g in gemeenten {
            let n = (f64::from(g.jongeren) * groei(GROEI_JONGEREN, jaar - kader.ijkjaar)).round() as u64;
            s.rij(Bestandssoort::Bevolking, format_args!("{jaar},{},{n}", g.code))?;
        }
    }
    Ok(())
}

fn werkdag(d: Datum) -> bool {
    !matches!(d.weekdag(), Weekdag::Zaterdag | Weekdag::Zondag)
}

/// `n` working days (Mon–Fri) after `d`.
fn werkdagen_later(d: Datum, n: u32) -> Datum {
    let mut uit = d;
    let mut geteld = 0;
    while geteld < n {
        uit = uit.plus_dagen(1);
        if werkdag(uit) {
            geteld += 1;
        }
    }
    uit
}

/// Requests at the toegang: about 0.6 per youth in care per year, on working
/// days. First contact mostly after 1–3 working days, some later (fewer each
/// year), a few without contact yet.
pub fn aanmeldingen(s: &mut Schrijver, g: &GemeenteDoel, kader: &Kader, rng: &mut Rng) -> Result<(), String> {
    for jaar in kader.eerste_jaar..=kader.laatste_jaar {
        let (van, tot) = kader.jaar(jaar);
        let n = (f64::from(g.doel.jeugdigen) * 0.6 * groei(GROEI_JEUGDIGEN, jaar - kader.ijkjaar)).round() as usize;
        let mut dagen: Vec<Datum> = (0..n)
            .map(|_| {
                let mut d = van.plus_dagen(rng.tussen(0, van.dagen_tot(tot)));
                for _ in 0..20 {
                    if werkdag(d) {
                        break;
                    }
                    d = van.plus_dagen(rng.tussen(0, van.dagen_tot(tot)));
                }
                d
            })
            .collect();
        dagen.sort();
        let laat = (0.17 - 0.02 * f64::from(jaar - 2021)).clamp(0.05, 0.2);
        for d in dagen {
            let contact = if rng.kans(0.02) {
                None
            } else if rng.kans(laat) {
                Some(werkdagen_later(d, rng.tussen(4, 10) as u32))
            } else {
                let k = [1, 1, 1, 2, 2, 3][rng.onder(6) as usize % 6];
                Some(werkdagen_later(d, k))
            };
            let contact = contact.filter(|c| *c <= kader.extract_tot);
            s.rij(
                Bestandssoort::Aanmeldingen,
                format_args!("{d},{},{}", Of(contact), g.code),
            )?;
        }
    }
    Ok(())
}

/// Satisfaction scores 1–10 from the nulmeting year 2023 on (all years when
/// the extract ends before 2023); about one per eight youths a year.
pub fn tevredenheid(s: &mut Schrijver, g: &GemeenteDoel, kader: &Kader, rng: &mut Rng) -> Result<(), String> {
    const SCORES: [f64; 10] = [1.0, 1.0, 2.0, 3.0, 5.0, 9.0, 18.0, 25.0, 22.0, 14.0];
    let start = if kader.laatste_jaar >= 2023 {
        kader.eerste_jaar.max(2023)
    } else {
        kader.eerste_jaar
    };
    for jaar in start..=kader.laatste_jaar {
        let (van, tot) = kader.jaar(jaar);
        let n = (f64::from(g.doel.jeugdigen) / 8.0).round() as usize;
        let mut dagen: Vec<Datum> = (0..n)
            .map(|_| van.plus_dagen(rng.tussen(0, van.dagen_tot(tot))))
            .collect();
        dagen.sort();
        for d in dagen {
            let score = rng.gewogen(&SCORES) + 1;
            let a = rng.onder(AANBIEDERS.len() as u64) as usize;
            let naam = g.aanbieders.get(a).map_or("", String::as_str);
            s.rij(
                Bestandssoort::Tevredenheid,
                format_args!("{d},{score},{naam},{}", g.code),
            )?;
        }
    }
    Ok(())
}
