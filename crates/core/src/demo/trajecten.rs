//! Writing trajecten and their monthly declaraties for one municipality.

use crate::date::Datum;
use crate::model::Bestandssoort;

use super::bronnen::{aanbieders_voor, Product, GROEI_TARIEVEN, PRODUCTEN, VERWIJZERS};
use super::clienten::{Client, Traj};
use super::prng::Rng;
use super::schrijver::{vlag, Euro, Of, Schrijver};
use super::{groei, GemeenteDoel, Kader, Tellers};

/// Share of the last extract month not yet declared (declarations lag).
const NOG_NIET_GEDECLAREERD: f64 = 0.25;
/// Chance that a declared month is partly credited later.
const CREDIT_KANS: f64 = 0.004;
/// Declarations per municipality whose toewijzing does not exist.
const NIET_TE_KOPPELEN: u32 = 3;

/// Writes the clients of one municipality.
pub fn schrijf(
    s: &mut Schrijver,
    g: &GemeenteDoel,
    clients: &[Client],
    kader: &Kader,
    rng: &mut Rng,
    tellers: &mut Tellers,
) -> Result<(), String> {
    let schaal = kostenschaal(g, clients, kader);
    for c in clients {
        let trajecten: Vec<&Traj> = c
            .trajecten
            .iter()
            .filter(|t| t.begin <= kader.extract_tot && t.eind >= kader.extract_van)
            .collect();
        if trajecten.is_empty() {
            continue;
        }
        tellers.client += 1;
        let client = tellers.client;
        let geboortejaar = (!rng.kans(0.005)).then_some(c.geboortejaar);
        for t in trajecten {
            tellers.toewijzing += 1;
            let toewijzing = tellers.toewijzing;
            let product = &PRODUCTEN[t.product.min(PRODUCTEN.len() - 1)];
            let keuze = aanbieders_voor(product);
            let aanbieder = keuze
                .get(rng.onder(keuze.len() as u64) as usize)
                .and_then(|&a| g.aanbieders.get(a))
                .map_or("Onbekende aanbieder", String::as_str);
            // The catalogue fills an empty segment; leave some empty.
            let segment = product.segment.filter(|_| !rng.kans(0.08));
            let verwijzer = VERWIJZERS.get(usize::from(t.verwijzer)).and_then(|(v, _)| *v);
            let eind = (t.eind <= kader.extract_tot).then_some(t.eind);
            let reden = eind.and_then(|_| reden_beeindiging(rng));
            let jaar = t.begin.jaar();
            let leeftijd = jaar - c.geboortejaar;
            let basis = product.segment.is_some_and(|s| s <= 2);
            let analyse = proces(
                rng,
                0.9,
                stijgend(jaar, 0.35, 0.2, 0.95) + if basis { 0.05 } else { 0.0 },
            );
            let fgp = proces(rng, 0.85, stijgend(jaar, 0.25, 0.15, 0.85));
            let pp = if leeftijd >= 16 {
                proces(rng, 0.85, stijgend(jaar, 0.4, 0.15, 0.95))
            } else {
                proces(rng, 0.85, 0.15)
            };
            s.rij(
                Bestandssoort::Trajecten,
                format_args!(
                    "C{client:06},TW{toewijzing:07},{},{aanbieder},{},{},{},{},{},{},{},{},{},{},{}",
                    g.code,
                    product.categorie,
                    product.code,
                    Of(segment),
                    Of(verwijzer.map(|v| format!("{v:02}"))),
                    Of(geboortejaar),
                    t.begin,
                    Of(eind),
                    Of(reden.map(|r| format!("{r:02}"))),
                    vlag(analyse),
                    vlag(fgp),
                    vlag(pp),
                ),
            )?;
            declaraties(s, toewijzing, t, product, schaal, kader, rng)?;
        }
    }
    for _ in 0..NIET_TE_KOPPELEN {
        tellers.los += 1;
        let maanden = maanden_tussen(kader.declaraties_van, kader.extract_tot);
        let maand = kader
            .declaraties_van
            .plus_dagen(rng.tussen(0, maanden.max(1) - 1) * 30 + 5);
        let cent = i64::from(rng.tussen(20_000, 250_000));
        s.rij(
            Bestandssoort::Declaraties,
            format_args!(
                "TX{:07},{:04}-{:02},{}",
                tellers.los,
                maand.jaar(),
                maand.maand(),
                Euro(cent)
            ),
        )?;
    }
    Ok(())
}

/// The factor that makes the declared costs of the calibration year equal
/// the municipality's target.
fn kostenschaal(g: &GemeenteDoel, clients: &[Client], kader: &Kader) -> f64 {
    let (van, tot) = kader.jaar(kader.ijkjaar);
    let mut basis = 0.0;
    for t in clients.iter().flat_map(|c| &c.trajecten) {
        if t.begin > tot || t.eind < van {
            continue;
        }
        let product = &PRODUCTEN[t.product.min(PRODUCTEN.len() - 1)];
        let mut maand = t.begin.max(van).begin_van_maand();
        while maand <= t.eind.min(tot) {
            basis += maandbedrag(t, product, maand, kader);
            maand = maand.eind_van_maand().plus_dagen(1);
        }
    }
    if basis > 0.0 {
        g.kosten / basis
    } else {
        1.0
    }
}

/// The uncalibrated amount for one month of a trajectory: the tariff at the
/// year's price level, pro rata for the days active in the month.
fn maandbedrag(t: &Traj, product: &Product, maand: Datum, kader: &Kader) -> f64 {
    let laatste = maand.eind_van_maand();
    let van = t.begin.max(maand);
    let tot = t.eind.min(laatste).min(kader.extract_tot);
    if tot < van {
        return 0.0;
    }
    let dagen = f64::from(van.dagen_tot(tot) + 1);
    let in_maand = f64::from(maand.dagen_tot(laatste) + 1);
    product.tarief * groei(GROEI_TARIEVEN, maand.jaar() - 2022) * dagen / in_maand
}

fn declaraties(
    s: &mut Schrijver,
    toewijzing: u64,
    t: &Traj,
    product: &Product,
    schaal: f64,
    kader: &Kader,
    rng: &mut Rng,
) -> Result<(), String> {
    let laatste_maand = kader.extract_tot.begin_van_maand();
    let mut maand = t.begin.max(kader.declaraties_van).begin_van_maand();
    let tot = t.eind.min(kader.extract_tot);
    while maand <= tot {
        let bedrag = maandbedrag(t, product, maand, kader) * schaal * (0.92 + 0.16 * rng.fractie());
        let cent = (bedrag * 100.0).round() as i64;
        let nog_niet = maand == laatste_maand && rng.kans(NOG_NIET_GEDECLAREERD);
        if cent > 0 && !nog_niet {
            let (j, m, _) = maand.ymd();
            s.rij(
                Bestandssoort::Declaraties,
                format_args!("TW{toewijzing:07},{j:04}-{m:02},{}", Euro(cent)),
            )?;
            if rng.kans(CREDIT_KANS) {
                let credit = -((cent as f64) * (0.3 + 0.7 * rng.fractie())).round() as i64;
                s.rij(
                    Bestandssoort::Declaraties,
                    format_args!("TW{toewijzing:07},{j:04}-{m:02},{}", Euro(credit)),
                )?;
            }
        }
        maand = maand.eind_van_maand().plus_dagen(1);
    }
    Ok(())
}

/// JZ588: mostly 31 (volgens plan); some ended early or after a move; a few
/// without a reason.
fn reden_beeindiging(rng: &mut Rng) -> Option<u8> {
    if rng.kans(0.07) {
        return None;
    }
    const REDENEN: [(u8, f64); 5] = [(31, 70.0), (33, 10.0), (34, 6.0), (35, 6.0), (2, 8.0)];
    let i = rng.gewogen(&REDENEN.map(|(_, g)| g));
    REDENEN.get(i).map(|(r, _)| *r)
}

/// A process flag: known with chance `bekend`, then `ja` with chance `ja`.
fn proces(rng: &mut Rng, bekend: f64, ja: f64) -> Option<bool> {
    rng.kans(bekend).then(|| rng.kans(ja))
}

/// A share that rises by `stap` a year from `start` in 2021, up to `max`.
fn stijgend(jaar: i32, start: f64, stap: f64, max: f64) -> f64 {
    (start + stap * f64::from(jaar - 2021)).clamp(0.05, max)
}

fn maanden_tussen(van: Datum, tot: Datum) -> i32 {
    (tot.jaar() - van.jaar()) * 12 + tot.maand() as i32 - van.maand() as i32 + 1
}
