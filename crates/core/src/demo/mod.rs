//! Deterministic, seeded demo data: valid extracts of all seven file kinds
//! (spec section 1) that exercise every KPI of section 4.
//!
//! [`genereer`] streams the CSV text of each file to a [`DemoUitvoer`] in
//! pieces, so even the national set never sits in memory as one string. The
//! same [`DemoOpties`] always give byte-identical output: the only source of
//! randomness is a seeded xoshiro256** generator, each municipality and each
//! file has its own stream, and nothing reads a clock. Data run up to a fixed
//! extraction date, 31 December of `laatste_jaar`.
//!
//! # Calibration and sources
//!
//! - **Youths and trajectories** (CBS StatLine, "jeugdzorg per gemeente
//!   2022", `/work/shared/reference/cbs/`): in the calibration year (2022
//!   when it is in range, else `eerste_jaar`) the number of distinct youths
//!   with a trajectory overlapping the year equals the CBS count per
//!   municipality exactly (Elburg 555, Ermelo 770, Harderwijk 1 630, Nunspeet
//!   780, Oldebroek 600, Putten 665, Zeewolde 835), and the number of
//!   overlapping trajectories matches the CBS trajectories (870, 1 150,
//!   2 605, 1 195, 910, 1 025, 1 245) by adding short ambulant or ggz
//!   trajectories while another one runs. Clients arrive month by month from
//!   five years before `eerste_jaar`; the arrival rate grows 2% a year, so
//!   other years trend upwards by about that much. A surplus is generated
//!   and thinned out to the exact count.
//! - **Referrers**: each first trajectory draws its COD327 verwijzer from
//!   the CBS 2022 national trajectory counts: gemeentelijke toegang 209 385
//!   (01), huisarts 227 295 (02), jeugdarts 19 555 (03), gecertificeerde
//!   instelling 56 135 (04), medisch specialist 29 330 (05), rechter/OvJ
//!   2 295 (08), geen verwijzer 96 890 (06), onbekend 2 825 (empty cell).
//!   Jeugdbescherming and jeugdreclassering are referred by the GI,
//!   JeugdzorgPlus by the GI or a judge.
//! - **Ages**: CBS 2022 national age mix of youths in care (0–3 31 040,
//!   4–11 221 980, 12–17 191 520, 18–22 17 440); only the birth year is
//!   written. Clients who start at 16 or 17 often turn 18 in care.
//! - **Products** (JZ020 categories): ambulant 45 is the largest group, then
//!   jeugd-ggz 54 (with basis-ggz `54001`), dagbehandeling 41, verblijf 43
//!   and 44, crisis 46, jeugdbescherming 48 and jeugdreclassering 47, plus
//!   persoonlijke verzorging 40 and vervoer 42. Product codes are
//!   `<category><letter><2 digits>`; JeugdzorgPlus products are `43Jnn`
//!   (here `43J01`). [`productcatalogus_toml`] lists every code with its
//!   segment. Segments follow the plan's glossary (seed 001, bijlage
//!   "Productenboek"): 4 (specialistisch, veel voorkomend: ambulant and
//!   ggz) is the largest, 1 (hoog specialistisch) and 2 (wonen) are smaller,
//!   3 is dagbesteding/dagbehandeling, 5 crisis is rare; jeugdbescherming
//!   and jeugdreclassering have no segment (bought outside the segments).
//! - **Histories**: about 18% of clients get a concurrent second trajectory
//!   (stapeling), 25% a follow-up within 150 days (same product or scaled up
//!   or down), 10% return 400–900 days after their last trajectory ended
//!   (herinstroom). Durations are right-skewed around a mean per product
//!   (crisis weeks, ambulant months, verblijf and pleegzorg more than a
//!   year). Reden beëindiging (JZ588) is 31 for 70% of ended trajectories,
//!   else 33, 34, 35 or 02, and empty for 7%.
//! - **Costs** (regional plan, seed 001, chapter 9 "Financiën": total
//!   jeugdhulp costs 59.5 million in 2018 and an expected 78.5 million in
//!   2022): monthly tariffs per product are scaled per municipality so that
//!   the declarations of 2022 add up to 78.5 million for the region, split by
//!   the municipalities' CBS trajectory counts. Tariffs rise 4% a year
//!   (indexation), which with 2% more youths gives about the 7% yearly cost
//!   growth of 2018–2022. Declarations are monthly and pro rata per active
//!   trajectory; 0.4% of months get a partial credit, a quarter of the last
//!   month is not yet declared, and three declarations per municipality
//!   point to a toewijzing that does not exist ("niet te koppelen").
//! - **Budget**: the plan's tables with the 2023 budget are images, so the
//!   budget is 97% of the cost trend (the plan says the budgets fall
//!   short), per year for the region, per municipality and per segment.
//! - **Population 0–17** (plan, table "Voor wie wij werken"): Elburg 5 199,
//!   Ermelo 5 179, Harderwijk 10 309, Nunspeet 6 237, Oldebroek 5 289, Putten
//!   5 166, Zeewolde 4 833, taken as 2022, changing 0.3% a year.
//! - **Process flags**: known for 85–90% of trajectories; the share `ja`
//!   rises each year towards the plan's goals (verklarende analyse,
//!   familiegroepsplan, perspectiefplan for 16+).
//! - **Waiting times**: monthly per provider and category, plus basis-ggz and
//!   JeugdzorgPlus per productcode; jeugd-ggz and pleegzorg often above the
//!   treeknorm of 14 weeks; nobody waits for jeugdbescherming from 2024.
//! - **Requests** (aanmeldingen): first contact mostly within 1–3 working
//!   days, some later (fewer each year), 2% without contact yet.
//! - **Satisfaction**: scores 1–10, mean about 7.5, from the nulmeting in
//!   2023.
//!
//! [`Schaal::Landelijk`] draws 342 synthetic municipalities (codes
//! `GM5001`…) with a skewed size distribution whose 2022 totals are the CBS
//! national figures (461 985 youths, 695 095 trajectories), the 0–17
//! population from CBS's 13.2% share of youths in care, and the region's
//! fictional providers per cluster of twelve municipalities.
//!
//! Privacy: clients are `C000123`, toewijzingen `TW0000001`, providers are
//! made-up names; no value is an 8–9 digit number, so nothing can pass the
//! elfproef.

mod bronnen;
mod clienten;
mod overig;
mod prng;
mod schrijver;
mod trajecten;

#[cfg(test)]
mod tests;

use crate::date::Datum;
use crate::model::Bestandssoort;

use bronnen::{
    AANBIEDERS, KOSTEN_REGIO_2022, LANDELIJK_GEMEENTEN, NL_AANDEEL_JEUGDHULP, NL_JEUGDIGEN_2022, NL_TRAJECTEN_2022,
    NOORD_VELUWE, PRODUCTEN,
};
use clienten::Doel;
use prng::Rng;
use schrijver::Schrijver;

/// How much data to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schaal {
    /// The seven municipalities of Noord-Veluwe, calibrated on CBS 2022.
    Regio,
    /// About 700 000 trajectories a year across 342 synthetic
    /// municipalities, for benchmarks.
    Landelijk,
    /// The benchmark's reference job (docs/benchmarks.md): the national
    /// distribution scaled to about this many trajecten rows over all
    /// years, with declarations only for the months of the last year.
    Referentie { trajecten: u32 },
}

/// Options of [`genereer`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DemoOpties {
    pub zaad: u64,
    pub eerste_jaar: i32,
    pub laatste_jaar: i32,
    pub schaal: Schaal,
}

impl Default for DemoOpties {
    fn default() -> Self {
        DemoOpties {
            zaad: 2023,
            eerste_jaar: 2021,
            laatste_jaar: 2025,
            schaal: Schaal::Regio,
        }
    }
}

/// Where the files go. Each call hands over the next piece of one file's
/// CSV text (UTF-8, `,`-delimited, LF line ends); the first piece of each
/// file starts with its header row.
pub trait DemoUitvoer {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String>;
}

/// What was generated: data rows per file kind (header not counted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Samenvatting {
    pub rijen: [(Bestandssoort, u64); 7],
}

impl Samenvatting {
    pub fn aantal(&self, soort: Bestandssoort) -> u64 {
        self.rijen.iter().find(|(s, _)| *s == soort).map_or(0, |(_, n)| *n)
    }
}

/// The file name for a kind, e.g. `trajecten.csv`.
pub fn bestandsnaam(soort: Bestandssoort) -> &'static str {
    match soort {
        Bestandssoort::Trajecten => "trajecten.csv",
        Bestandssoort::Declaraties => "declaraties.csv",
        Bestandssoort::Wachttijden => "wachttijden.csv",
        Bestandssoort::Begroting => "begroting.csv",
        Bestandssoort::Bevolking => "bevolking.csv",
        Bestandssoort::Aanmeldingen => "aanmeldingen.csv",
        Bestandssoort::Tevredenheid => "tevredenheid.csv",
    }
}

/// The seven Noord-Veluwe municipalities of [`Schaal::Regio`] (code and
/// name), e.g. for the reader's `Inleesopties`.
pub fn regio_gemeenten() -> Vec<crate::content::Gemeente> {
    NOORD_VELUWE
        .iter()
        .map(|g| crate::content::Gemeente {
            code: g.code.to_string(),
            naam: g.naam.to_string(),
        })
        .collect()
}

/// The product catalogue of every productcode the generator writes, as the
/// TOML of `public/content/producten.toml` (`[[producten]]` entries with
/// `code`, `naam`, `productcategorie`, `segment` when it has one, and
/// `jeugdzorgplus`), marked `voorbeeld = true` as a whole: it is invented.
pub fn productcatalogus_toml() -> String {
    let mut uit = String::from(
        "# Productenboek (fictief) bij de demodata: elke productcode met productcategorie (JZ020),\n\
         # segment 1-5 en of het JeugdzorgPlus is. Jeugdbescherming en jeugdreclassering hebben geen segment.\n\
         \n\
         # Het hele productenboek is een voorbeeld (voorbeeld = true): verzonnen bij\n\
         # de demodata. Zet de producten van de regio erin en haal deze regel weg.\n\
         voorbeeld = true\n",
    );
    for p in &PRODUCTEN {
        uit.push_str("\n[[producten]]\n");
        uit.push_str(&format!("code = \"{}\"\n", p.code));
        uit.push_str(&format!("naam = \"{}\"\n", p.naam));
        uit.push_str(&format!("productcategorie = {}\n", p.categorie));
        if let Some(s) = p.segment {
            uit.push_str(&format!("segment = {s}\n"));
        }
        uit.push_str(&format!("jeugdzorgplus = {}\n", p.jeugdzorgplus));
    }
    uit
}

/// Generates all seven files. Fails only on invalid options or when `uit`
/// fails.
pub fn genereer(opties: &DemoOpties, uit: &mut dyn DemoUitvoer) -> Result<Samenvatting, String> {
    let kader = Kader::nieuw(opties)?;
    let (gemeenten, clusters) = match opties.schaal {
        Schaal::Regio => (regio(&kader), 1),
        Schaal::Landelijk => landelijk(&kader, opties.zaad, 1.0),
        Schaal::Referentie { trajecten } => {
            let factor = f64::from(trajecten) / (RIJEN_PER_IJKTRAJECT * f64::from(NL_TRAJECTEN_2022));
            landelijk(&kader, opties.zaad, factor)
        }
    };
    let mut s = Schrijver::nieuw(uit);
    let mut tellers = Tellers::default();
    for (i, g) in gemeenten.iter().enumerate() {
        let i = i as u64;
        let clients = clienten::genereer(&g.doel, &kader, &mut Rng::nieuw(opties.zaad, stroom(1, i)));
        trajecten::schrijf(
            &mut s,
            g,
            &clients,
            &kader,
            &mut Rng::nieuw(opties.zaad, stroom(2, i)),
            &mut tellers,
        )?;
    }
    for cluster in 0..clusters {
        let namen = aanbiedernamen(opties.schaal, cluster);
        let mut rng = Rng::nieuw(opties.zaad, stroom(3, cluster as u64));
        overig::wachttijden(&mut s, &namen, &kader, &mut rng)?;
    }
    overig::begroting(&mut s, &gemeenten, &kader, true)?;
    overig::bevolking(&mut s, &gemeenten, &kader)?;
    for (i, g) in gemeenten.iter().enumerate() {
        overig::aanmeldingen(&mut s, g, &kader, &mut Rng::nieuw(opties.zaad, stroom(4, i as u64)))?;
    }
    for (i, g) in gemeenten.iter().enumerate() {
        overig::tevredenheid(&mut s, g, &kader, &mut Rng::nieuw(opties.zaad, stroom(5, i as u64)))?;
    }
    s.einde()
}

/// Stream number for a purpose and an index.
fn stroom(doel: u64, index: u64) -> u64 {
    (doel << 40) | index
}

/// The period of the extract and the calibration year.
#[derive(Clone, Debug)]
pub(crate) struct Kader {
    pub eerste_jaar: i32,
    pub laatste_jaar: i32,
    /// 2022 when in range (the CBS figures' year), else `eerste_jaar`.
    pub ijkjaar: i32,
    pub extract_van: Datum,
    /// The extraction date.
    pub extract_tot: Datum,
    /// The first month with declarations: `extract_van`, or for the
    /// reference job the first month of the last year.
    pub declaraties_van: Datum,
}

impl Kader {
    fn nieuw(opties: &DemoOpties) -> Result<Kader, String> {
        if let Schaal::Referentie { trajecten } = opties.schaal {
            if !(1_000..=10_000_000).contains(&trajecten) {
                return Err(format!(
                    "het aantal trajecten moet tussen 1 000 en 10 000 000 liggen (gekregen: {trajecten})"
                ));
            }
        }
        let (eerste, laatste) = (opties.eerste_jaar, opties.laatste_jaar);
        if !(2015..=2099).contains(&eerste) || !(2015..=2099).contains(&laatste) {
            return Err(format!(
                "de jaren moeten tussen 2015 en 2099 liggen (gekregen: {eerste}–{laatste})"
            ));
        }
        if eerste > laatste {
            return Err(format!(
                "het eerste jaar ({eerste}) ligt na het laatste jaar ({laatste})"
            ));
        }
        let van = Datum::from_ymd(eerste, 1, 1).ok_or("ongeldig eerste jaar")?;
        let tot = Datum::from_ymd(laatste, 12, 31).ok_or("ongeldig laatste jaar")?;
        Ok(Kader {
            eerste_jaar: eerste,
            laatste_jaar: laatste,
            ijkjaar: if (eerste..=laatste).contains(&2022) {
                2022
            } else {
                eerste
            },
            extract_van: van,
            extract_tot: tot,
            declaraties_van: match opties.schaal {
                Schaal::Referentie { .. } => Datum::from_ymd(laatste, 1, 1).ok_or("ongeldig laatste jaar")?,
                _ => van,
            },
        })
    }

    /// First and last day of a year.
    pub fn jaar(&self, jaar: i32) -> (Datum, Datum) {
        let van = Datum::from_ymd(jaar, 1, 1).unwrap_or(self.extract_van);
        let tot = Datum::from_ymd(jaar, 12, 31).unwrap_or(self.extract_tot);
        (van, tot)
    }
}

/// Running numbers for pseudonyms and ids, shared by all municipalities.
#[derive(Clone, Debug, Default)]
pub(crate) struct Tellers {
    pub client: u64,
    pub toewijzing: u64,
    /// Declarations without a toewijzing.
    pub los: u64,
}

/// One municipality to generate.
#[derive(Clone, Debug)]
pub(crate) struct GemeenteDoel {
    pub code: String,
    /// Counts in the calibration year.
    pub doel: Doel,
    /// Declared costs in the calibration year, euros.
    pub kosten: f64,
    /// Residents 0–17 in the calibration year.
    pub jongeren: u32,
    /// Provider names, parallel to [`AANBIEDERS`].
    pub aanbieders: Vec<String>,
}

/// `(1 + tempo)^jaren` by repeated multiplication (no `powf`, so the same
/// on every platform).
pub(crate) fn groei(tempo: f64, jaren: i32) -> f64 {
    let mut f = 1.0;
    for _ in 0..jaren.unsigned_abs() {
        f *= 1.0 + tempo;
    }
    if jaren < 0 {
        1.0 / f
    } else {
        f
    }
}

/// Costs per trajectory in 2022: the plan's regional costs over the CBS
/// trajectories of the region.
fn kosten_per_traject_2022() -> f64 {
    let trajecten: u32 = NOORD_VELUWE.iter().map(|g| g.trajecten_2022).sum();
    KOSTEN_REGIO_2022 / f64::from(trajecten)
}

/// A calibration-year target from a 2022 figure.
fn doel(kader: &Kader, jeugdigen_2022: f64, trajecten_2022: f64) -> (Doel, f64) {
    let trend = groei(bronnen::GROEI_JEUGDIGEN, kader.ijkjaar - 2022);
    let trajecten = (trajecten_2022 * trend).round();
    let doel = Doel {
        jeugdigen: (jeugdigen_2022 * trend).round().max(1.0) as u32,
        trajecten: trajecten.max(1.0) as u32,
    };
    let kosten = trajecten * kosten_per_traject_2022() * groei(bronnen::GROEI_TARIEVEN, kader.ijkjaar - 2022);
    (doel, kosten)
}

fn aanbiedernamen(schaal: Schaal, cluster: usize) -> Vec<String> {
    AANBIEDERS
        .iter()
        .map(|(naam, _)| match schaal {
            Schaal::Regio => (*naam).to_string(),
            Schaal::Landelijk | Schaal::Referentie { .. } => format!("{naam} (regio {:02})", cluster + 1),
        })
        .collect()
}

fn regio(kader: &Kader) -> Vec<GemeenteDoel> {
    NOORD_VELUWE
        .iter()
        .map(|g| {
            let (doel, kosten) = doel(kader, f64::from(g.jeugdigen_2022), f64::from(g.trajecten_2022));
            let jongeren = (f64::from(g.jongeren) * groei(bronnen::GROEI_JONGEREN, kader.ijkjaar - 2022)).round();
            GemeenteDoel {
                code: g.code.to_string(),
                doel,
                kosten,
                jongeren: jongeren as u32,
                aanbieders: aanbiedernamen(Schaal::Regio, 0),
            }
        })
        .collect()
}

/// Municipalities per provider cluster at national scale.
const PER_CLUSTER: usize = 12;

/// Trajecten rows written over 2021–2023 per trajectory of the national
/// 2022 target, measured on the generator itself, so the reference job's
/// `trajecten` is met within a few per cent (a test holds this; other
/// spans give proportionally more or fewer rows).
const RIJEN_PER_IJKTRAJECT: f64 = 2.287;

/// Synthetic municipalities whose sizes follow a skewed distribution
/// (weight `1 / (u + 0.02)`, largest about 45 times the smallest) and add
/// up to the CBS national totals times `factor`.
fn landelijk(kader: &Kader, zaad: u64, factor: f64) -> (Vec<GemeenteDoel>, usize) {
    let mut rng = Rng::nieuw(zaad, stroom(6, 0));
    let gewichten: Vec<f64> = (0..LANDELIJK_GEMEENTEN).map(|_| 1.0 / (rng.fractie() + 0.02)).collect();
    let som: f64 = gewichten.iter().sum();
    let verhouding = f64::from(NL_TRAJECTEN_2022) / f64::from(NL_JEUGDIGEN_2022);
    let gemeenten = gewichten
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let jeugdigen = ((f64::from(NL_JEUGDIGEN_2022) * w / som).max(30.0) * factor).max(1.0);
            let trajecten = jeugdigen * verhouding * (0.92 + 0.16 * rng.fractie());
            let (doel, kosten) = doel(kader, jeugdigen, trajecten);
            GemeenteDoel {
                code: format!("GM{}", 5001 + i),
                doel,
                kosten,
                jongeren: (jeugdigen / NL_AANDEEL_JEUGDHULP).round() as u32,
                aanbieders: aanbiedernamen(Schaal::Landelijk, i / PER_CLUSTER),
            }
        })
        .collect();
    (gemeenten, LANDELIJK_GEMEENTEN.div_ceil(PER_CLUSTER))
}
