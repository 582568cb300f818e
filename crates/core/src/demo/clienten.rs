//! Client histories: arrivals over time, trajectories per client (first
//! trajectory, stapeling, vervolg, herinstroom) and the calibration that
//! makes the calibration year match the CBS counts exactly.

use crate::date::Datum;

use super::bronnen::{
    mix_per_verwijzer, product_index, stapel_mix, vervolg_mix, AANVUL_MIX, GROEI_JEUGDIGEN, LEEFTIJDEN, PRODUCTEN,
    VERWIJZERS,
};
use super::prng::Rng;
use super::{groei, Kader};

/// Index of the gecertificeerde instelling and of the rechter in
/// [`VERWIJZERS`].
const GI: u8 = 3;
const RECHTER: u8 = 5;

/// One trajectory before it is written.
#[derive(Clone, Debug)]
pub struct Traj {
    pub begin: Datum,
    /// May lie after the extraction date: then it is written as running.
    pub eind: Datum,
    /// Index into [`PRODUCTEN`].
    pub product: usize,
    /// Index into [`VERWIJZERS`].
    pub verwijzer: u8,
}

impl Traj {
    fn overlapt(&self, van: Datum, tot: Datum) -> bool {
        self.begin <= tot && self.eind >= van
    }
}

/// One youth and their trajectories (sorted by begin once finished).
#[derive(Clone, Debug)]
pub struct Client {
    pub geboortejaar: i32,
    pub trajecten: Vec<Traj>,
}

impl Client {
    fn overlapt(&self, van: Datum, tot: Datum) -> bool {
        self.trajecten.iter().any(|t| t.overlapt(van, tot))
    }
}

/// What one municipality must look like in the calibration year.
#[derive(Clone, Debug)]
pub struct Doel {
    /// Distinct youths with a trajectory overlapping the calibration year.
    pub jeugdigen: u32,
    /// Trajectories overlapping the calibration year.
    pub trajecten: u32,
}

/// Generates the clients of one municipality.
pub fn genereer(doel: &Doel, kader: &Kader, rng: &mut Rng) -> Vec<Client> {
    let (ijk_van, ijk_tot) = kader.jaar(kader.ijkjaar);
    // About 1.9 years of care per client on average, plus a margin: the
    // surplus is thinned out below.
    let mut per_jaar = f64::from(doel.jeugdigen) / 1.9 * 1.15;
    let mut clients = Vec::new();
    for _ in 0..6 {
        clients = aankomsten(per_jaar, kader, rng);
        let gevonden = clients.iter().filter(|c| c.overlapt(ijk_van, ijk_tot)).count();
        if gevonden >= doel.jeugdigen as usize {
            break;
        }
        per_jaar *= f64::from(doel.jeugdigen) / (gevonden.max(1) as f64) * 1.15;
    }
    let mut clients = dun_uit(clients, doel.jeugdigen as usize, kader, rng);
    vul_aan(&mut clients, doel, kader, rng);
    for c in &mut clients {
        c.trajecten.sort_by_key(|t| (t.begin, t.eind));
    }
    clients
}

/// Arrivals month by month from five years before the first year up to the
/// extraction date; the yearly rate grows by [`GROEI_JEUGDIGEN`].
fn aankomsten(per_jaar: f64, kader: &Kader, rng: &mut Rng) -> Vec<Client> {
    let mut clients = Vec::new();
    let mut rest = 0.0;
    for jaar in (kader.eerste_jaar - 5)..=kader.laatste_jaar {
        for maand in 1..=12u32 {
            let Some(eerste) = Datum::from_ymd(jaar, maand, 1) else {
                continue;
            };
            let factor =
                groei(GROEI_JEUGDIGEN, jaar - kader.ijkjaar) * (1.0 + GROEI_JEUGDIGEN * f64::from(maand) / 12.0);
            rest += per_jaar * factor / 12.0;
            let dagen = eerste.dagen_tot(eerste.eind_van_maand()) + 1;
            while rest >= 1.0 {
                rest -= 1.0;
                let aankomst = eerste.plus_dagen(rng.tussen(0, dagen - 1));
                clients.push(nieuwe_client(aankomst, rng));
            }
        }
    }
    clients
}

/// Keeps exactly `aantal` of the clients active in the calibration year and
/// the same share of the others.
fn dun_uit(clients: Vec<Client>, aantal: usize, kader: &Kader, rng: &mut Rng) -> Vec<Client> {
    let (van, tot) = kader.jaar(kader.ijkjaar);
    let mut actief: Vec<usize> = (0..clients.len()).filter(|&i| clients[i].overlapt(van, tot)).collect();
    let aandeel = aantal as f64 / actief.len().max(1) as f64;
    rng.schud(&mut actief);
    let mut houden = vec![false; clients.len()];
    for &i in actief.iter().take(aantal) {
        houden[i] = true;
    }
    let actief_set: std::collections::HashSet<usize> = actief.into_iter().collect();
    for (i, h) in houden.iter_mut().enumerate() {
        if !actief_set.contains(&i) {
            *h = rng.kans(aandeel);
        }
    }
    clients
        .into_iter()
        .zip(houden)
        .filter_map(|(c, h)| h.then_some(c))
        .collect()
}

/// Adds short ambulant or ggz trajectories inside each year so that the
/// number of trajectories per youth matches the CBS ratio of the
/// municipality. An added trajectory lies inside one year and starts while
/// another trajectory of the client runs, so no youth is counted in a year
/// they were not already in.
fn vul_aan(clients: &mut [Client], doel: &Doel, kader: &Kader, rng: &mut Rng) {
    let verhouding = f64::from(doel.trajecten) / f64::from(doel.jeugdigen.max(1));
    let gewichten: Vec<f64> = AANVUL_MIX.iter().map(|(_, g)| *g).collect();
    for jaar in kader.eerste_jaar..=kader.laatste_jaar {
        let (van, tot) = kader.jaar(jaar);
        let actief: Vec<usize> = (0..clients.len()).filter(|&i| clients[i].overlapt(van, tot)).collect();
        let trajecten: usize = clients
            .iter()
            .map(|c| c.trajecten.iter().filter(|t| t.overlapt(van, tot)).count())
            .sum();
        let doel_trajecten = (actief.len() as f64 * verhouding).round() as usize;
        // Only youths who may still start jeugdhulp this year.
        let kandidaten: Vec<usize> = actief
            .iter()
            .copied()
            .filter(|&i| jaar - clients[i].geboortejaar <= 22)
            .collect();
        for _ in trajecten..doel_trajecten {
            let Some(&ci) = kandidaten.get(rng.onder(kandidaten.len() as u64) as usize) else {
                break;
            };
            let Some(client) = clients.get_mut(ci) else { break };
            let lopend: Vec<(Datum, Datum)> = client
                .trajecten
                .iter()
                .filter(|t| t.overlapt(van, tot))
                .map(|t| (t.begin.max(van), t.eind.min(tot)))
                .collect();
            let Some(&(a, b)) = lopend.get(rng.onder(lopend.len() as u64) as usize) else {
                continue;
            };
            let begin = a.plus_dagen(rng.tussen(0, a.dagen_tot(b)));
            let product = product_index(AANVUL_MIX[rng.gewogen(&gewichten)].0);
            let duur = duur(product, rng) * 6 / 10;
            let eind = begin.plus_dagen(duur.max(14)).min(tot);
            let verwijzer = verwijzer_voor(product, rng);
            client.trajecten.push(Traj {
                begin,
                eind,
                product,
                verwijzer,
            });
        }
    }
}

/// A client arriving on `aankomst`, with their whole history of trajectories.
fn nieuwe_client(aankomst: Datum, rng: &mut Rng) -> Client {
    let band = rng.gewogen(&LEEFTIJDEN.map(|(_, _, n)| n));
    let (van, tot, _) = LEEFTIJDEN[band.min(LEEFTIJDEN.len() - 1)];
    let leeftijd = rng.tussen(van, tot);
    let geboortejaar = (aankomst.jaar() - leeftijd).max(1990);
    let verwijzers = VERWIJZERS.map(|(_, n)| n);
    let v = rng.gewogen(&verwijzers);
    let mix = mix_per_verwijzer(v);
    let code = mix[rng.gewogen(&mix.iter().map(|(_, g)| *g).collect::<Vec<_>>())].0;
    let product = passend(product_index(code), leeftijd);
    let mut trajecten = Vec::with_capacity(3);
    let eerste = traj(aankomst, product, v as u8, rng);
    let lengte = eerste.begin.dagen_tot(eerste.eind);
    if rng.kans(0.18) {
        let cat = PRODUCTEN[product].categorie;
        let p = passend(kies(stapel_mix(cat), rng), leeftijd);
        let begin = eerste.begin.plus_dagen(rng.tussen(0, lengte * 6 / 10));
        trajecten.push(traj(begin, p, verwijzer_voor(p, rng), rng));
    }
    let mut laatste_eind = eerste.eind;
    if rng.kans(0.25) {
        let cat = PRODUCTEN[product].categorie;
        let p = if rng.kans(0.55) {
            product
        } else {
            kies(vervolg_mix(cat), rng)
        };
        let p = passend(p, leeftijd + 1);
        let begin = eerste.eind.plus_dagen(rng.tussen(1, 150));
        let t = traj(begin, p, verwijzer_voor(p, rng), rng);
        laatste_eind = t.eind;
        trajecten.push(t);
    }
    trajecten.push(eerste);
    laatste_eind = trajecten.iter().map(|t| t.eind).max().unwrap_or(laatste_eind);
    if rng.kans(0.10) {
        let begin = laatste_eind.plus_dagen(rng.tussen(400, 900));
        let v = rng.gewogen(&verwijzers);
        let mix = mix_per_verwijzer(v);
        let jaren_later = aankomst.dagen_tot(begin) / 365;
        let p = passend(kies(mix, rng), leeftijd + jaren_later);
        trajecten.push(traj(begin, p, v as u8, rng));
    }
    // Jeugdhulp ends at 23 at the latest (verlengde jeugdhulp).
    trajecten.retain(|t| t.begin.jaar() - geboortejaar <= 22);
    Client {
        geboortejaar,
        trajecten,
    }
}

/// Replaces products that do not fit the age: no jeugdbescherming from 18,
/// no jeugdreclassering before 12, no dyslexiezorg before 6 or from 13.
fn passend(product: usize, leeftijd: i32) -> usize {
    let p = &PRODUCTEN[product.min(PRODUCTEN.len() - 1)];
    let ander = match p.categorie {
        48 if leeftijd >= 18 => Some("45A01"),
        47 if leeftijd < 12 => Some("48A01"),
        _ if p.code == "45D01" && !(6..=12).contains(&leeftijd) => Some("45A02"),
        _ => None,
    };
    ander.map_or(product, product_index)
}

fn kies(mix: &[(&str, f64)], rng: &mut Rng) -> usize {
    let gewichten: Vec<f64> = mix.iter().map(|(_, g)| *g).collect();
    mix.get(rng.gewogen(&gewichten))
        .map_or(0, |(code, _)| product_index(code))
}

/// The referrer of a later trajectory: the GI for jeugdbescherming and
/// jeugdreclassering, GI or rechter for JeugdzorgPlus, else the CBS mix.
fn verwijzer_voor(product: usize, rng: &mut Rng) -> u8 {
    let p = &PRODUCTEN[product.min(PRODUCTEN.len() - 1)];
    if p.jeugdzorgplus {
        return if rng.kans(0.8) { GI } else { RECHTER };
    }
    match p.categorie {
        47 | 48 => GI,
        _ => rng.gewogen(&VERWIJZERS.map(|(_, n)| n)) as u8,
    }
}

fn duur(product: usize, rng: &mut Rng) -> i32 {
    let gemiddeld = PRODUCTEN.get(product).map_or(180.0, |p| p.duur);
    ((gemiddeld * rng.scheef()).round() as i32).max(14)
}

fn traj(begin: Datum, product: usize, verwijzer: u8, rng: &mut Rng) -> Traj {
    let eind = begin.plus_dagen(duur(product, rng) - 1);
    Traj {
        begin,
        eind,
        product,
        verwijzer,
    }
}
