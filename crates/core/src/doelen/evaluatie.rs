//! Evaluating a goal at a peildatum (spec section 5). Every value comes from
//! [`bereken_alle`]; nothing here computes a KPI itself.

use serde::Serialize;

use crate::date::Datum;
use crate::kpi::{
    bereken_alle_met_pauzes, definitie, KpiIndex, KpiOpties, KpiResultaat, Uitkomst, Venster, Venstersoort,
};
use crate::model::{Bestandssoort, DataSet};
use crate::pauze::{zonder_pauze, Afgebroken, GeenPauze, Pauze};
use crate::suppression::{onderdruk, Onderdrukking};
use crate::weergave::{lees_periode, periode_label, periode_tekst, reeks};

use super::model::{Doel, Doelwaarde, HandmatigeStatus, Metric, Richting};

/// How many windows [`Evaluatie::reeks`] holds at most.
pub const REEKS_LENGTE: usize = 6;

/// Values are rounded to 1 decimal by the engine; a computed target may not
/// be. Comparisons allow this much slack so that 7.6 meets 7.6000000001.
const MARGE: f64 = 1e-9;

/// The KPI ids that are one number and so can be a goal's metric.
pub const DOEL_KPIS: &[&str] = &[
    "jeugdigen",
    "trajecten_lopend",
    "jeugdigen_lopend",
    "instroom_trajecten",
    "instroom_jeugdigen",
    "nieuwe_jeugdigen",
    "herinstroom_jeugdigen",
    "uitstroom_trajecten",
    "uitstroom_jeugdigen",
    "duur_gemiddeld",
    "duur_mediaan",
    "volgens_plan_pct",
    "stapeling",
    "kosten",
    "kosten_per_jeugdige",
    "top10_aandeel_pct",
    "jeugdigen_boven_50k",
    "begroting",
    "realisatie_pct",
    "prognose",
    "per_1000_jongeren",
    "jeugdigen_18plus",
    "jeugdzorgplus_pct",
    "boven_treeknorm",
    "wachtenden",
    "contact_binnen_3_werkdagen_pct",
    "proces_pct",
    "tevredenheid_gemiddeld",
];

/// Why there is no value: the files that are missing (may be empty when the
/// cause is something else) and a plain-Dutch reason that names them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GeenGegevens {
    pub nodig: Vec<Bestandssoort>,
    pub reden: String,
}

impl GeenGegevens {
    fn bestanden(nodig: Vec<Bestandssoort>) -> GeenGegevens {
        let namen: Vec<&str> = nodig.iter().map(|s| s.naam()).collect();
        let reden = match namen.as_slice() {
            [een] => format!("Hiervoor is het bestand {een} nodig. Dat is niet geladen."),
            _ => format!(
                "Hiervoor zijn de bestanden {} nodig. Die zijn niet geladen.",
                namen.join(" en ")
            ),
        };
        GeenGegevens { nodig, reden }
    }

    fn reden(reden: impl Into<String>) -> GeenGegevens {
        GeenGegevens {
            nodig: Vec::new(),
            reden: reden.into(),
        }
    }
}

/// A goal's status at a peildatum (spec section 5).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    /// The target is met.
    Behaald,
    /// Not yet met, deadline not reached, and at least as far as the
    /// straight line from baseline to target asks at this moment.
    OpKoers,
    /// Not met, deadline not reached, behind that line.
    Risico,
    /// The deadline is reached and the target is not met.
    NietBehaald,
    /// A value is missing; says which file.
    GeenGegevens(GeenGegevens),
    /// A person judges this goal; `None` until someone has.
    Handmatig { oordeel: Option<HandmatigeStatus> },
}

impl Status {
    /// Where the goal stands in an overview sorted by status: what needs
    /// attention first (not met, at risk), then on course and met, then the
    /// goals a person judges and those without data.
    pub fn volgorde(&self) -> u8 {
        match self {
            Status::NietBehaald => 0,
            Status::Risico => 1,
            Status::OpKoers => 2,
            Status::Behaald => 3,
            Status::Handmatig { .. } => 4,
            Status::GeenGegevens(_) => 5,
        }
    }
}

/// One point of the small chart.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reekspunt {
    /// As in the URL: `2024`, `2024-Q2`.
    pub periode: String,
    /// In words: `2e kwartaal 2024`.
    pub label: String,
    pub waarde: Option<f64>,
    /// Why the value may not be shown (small numbers, spec section 3), when
    /// the [`Meter`] was given a threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verborgen: Option<String>,
}

/// How an interim target turned out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MijlpaalUitkomst {
    pub datum: Datum,
    /// The interim target resolved against the baseline.
    pub doelwaarde: Option<f64>,
    /// The value of the last complete window on that date; `None` for a
    /// milestone after the peildatum or without data.
    pub waarde: Option<f64>,
    /// `None` while the milestone lies ahead or has no value.
    pub gehaald: Option<bool>,
    /// As [`Reekspunt::verborgen`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verborgen: Option<String>,
}

/// Everything the goal page shows for one goal.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluatie {
    pub doel: String,
    pub peildatum: Datum,
    /// The baseline period.
    pub basisvenster: Option<Venster>,
    /// The window the current value is computed over: the last complete
    /// window of the baseline's kind on the peildatum.
    pub venster: Option<Venster>,
    pub huidige_waarde: Option<f64>,
    pub basislijn_waarde: Option<f64>,
    /// Why the current or the computed baseline value may not be shown, as
    /// [`Reekspunt::verborgen`]. The status is still computed on the exact
    /// values; only what is shown or printed is hidden.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub huidige_verborgen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basislijn_verborgen: Option<String>,
    /// The final target, a relative change applied to the baseline.
    pub doelwaarde: Option<f64>,
    /// What the straight line from baseline (through the milestones) to the
    /// target asks at the end of `venster`.
    pub lijnwaarde: Option<f64>,
    /// Progress from baseline to target in percent, 0–100, 1 decimal.
    pub voortgang_pct: Option<f64>,
    pub status: Status,
    pub mijlpalen: Vec<MijlpaalUitkomst>,
    /// Up to [`REEKS_LENGTE`] windows of the baseline's kind, oldest first,
    /// ending with `venster`.
    pub reeks: Vec<Reekspunt>,
}

/// The number a goal's metric reads from one [`KpiResultaat`]: `Ok(None)`
/// when the KPI is computed but empty (nothing to count or divide by),
/// `Err` when an input is missing or the metric names no single number.
/// Money is returned in euros.
pub fn waarde_van(r: &KpiResultaat, metric: &Metric) -> Result<Option<f64>, GeenGegevens> {
    fn lees<T>(u: &Uitkomst<T>, f: impl FnOnce(&T) -> Option<f64>) -> Result<Option<f64>, GeenGegevens> {
        match u {
            Uitkomst::Waarde(w) => Ok(f(w)),
            Uitkomst::GeenGegevens { nodig } => Err(GeenGegevens::bestanden(vec![*nodig])),
            Uitkomst::GeenCatalogus => Err(GeenGegevens::reden(
                "Hiervoor is de productcatalogus van de regio nodig (producten.toml). Die is niet geladen.",
            )),
        }
    }
    let aantal = |n: &u64| Some(*n as f64);
    let telling = |t: &crate::kpi::Telling| Some(t.aantal as f64);
    let verhouding = |v: &crate::kpi::Verhouding| v.waarde;
    let euro = |b: &crate::kpi::Bedrag| b.cent.map(|c| c as f64 / 100.0);
    let optie = |n: &Option<u64>| n.map(|n| n as f64);
    match metric.kpi.trim() {
        "jeugdigen" => lees(&r.jeugdigen, aantal),
        "trajecten_lopend" => lees(&r.trajecten_lopend, telling),
        "jeugdigen_lopend" => lees(&r.jeugdigen_lopend, aantal),
        "instroom_trajecten" => lees(&r.instroom_trajecten, telling),
        "instroom_jeugdigen" => lees(&r.instroom_jeugdigen, aantal),
        "nieuwe_jeugdigen" => lees(&r.nieuwe_jeugdigen, aantal),
        "herinstroom_jeugdigen" => lees(&r.herinstroom_jeugdigen, aantal),
        "uitstroom_trajecten" => lees(&r.uitstroom_trajecten, telling),
        "uitstroom_jeugdigen" => lees(&r.uitstroom_jeugdigen, aantal),
        "duur_gemiddeld" => lees(&r.duur_gemiddeld, verhouding),
        "duur_mediaan" => lees(&r.duur_mediaan, verhouding),
        "volgens_plan_pct" => lees(&r.volgens_plan_pct, verhouding),
        "stapeling" => lees(&r.stapeling, aantal),
        "kosten" => lees(&r.kosten, euro),
        "kosten_per_jeugdige" => lees(&r.kosten_per_jeugdige, euro),
        "top10_aandeel_pct" => lees(&r.top10_aandeel_pct, verhouding),
        "jeugdigen_boven_50k" => lees(&r.jeugdigen_boven_50k, aantal),
        "begroting" => lees(&r.begroting, euro),
        "realisatie_pct" => lees(&r.realisatie_pct, verhouding),
        "prognose" => lees(&r.prognose, euro),
        "per_1000_jongeren" => lees(&r.per_1000_jongeren, verhouding),
        "jeugdigen_18plus" => lees(&r.jeugdigen_18plus, aantal),
        "jeugdzorgplus_pct" => lees(&r.jeugdzorgplus_pct, verhouding),
        "boven_treeknorm" => lees(&r.boven_treeknorm, optie),
        "wachtenden" => lees(&r.wachtenden, optie),
        "contact_binnen_3_werkdagen_pct" => lees(&r.contact_binnen_3_werkdagen_pct, verhouding),
        "tevredenheid_gemiddeld" => lees(&r.tevredenheid_gemiddeld, verhouding),
        "proces_pct" => {
            let Some(vlag) = metric.vlag else {
                return Err(GeenGegevens::reden(
                    "Bij proces_pct hoort een vlag: verklarende_analyse, familiegroepsplan of perspectiefplan.",
                ));
            };
            match r.proces_pct.iter().find(|(v, _)| *v == vlag) {
                Some((_, u)) => lees(u, |a| a.pct),
                None => Err(GeenGegevens::reden(format!(
                    "Geen uitkomst voor de vlag {}.",
                    vlag.naam()
                ))),
            }
        }
        id if definitie(id).is_some() => Err(GeenGegevens::reden(format!(
            "De KPI {id} is geen enkel getal en kan daarom geen doel meten."
        ))),
        id => Err(GeenGegevens::reden(format!("De KPI {id:?} bestaat niet."))),
    }
}

/// The window of `basis`'s kind that contains `d`. Custom windows repeat
/// with the baseline's length, counted from the baseline.
fn venster_met(basis: Venster, d: Datum) -> Option<Venster> {
    let (j, m, _) = d.ymd();
    match basis.soort {
        Venstersoort::Jaar => Venster::jaar(j).ok(),
        Venstersoort::Halfjaar => Venster::halfjaar(j, if m <= 6 { 1 } else { 2 }).ok(),
        Venstersoort::Kwartaal => Venster::kwartaal(j, (m - 1) / 3 + 1).ok(),
        Venstersoort::Maand => Venster::maand(j, m).ok(),
        Venstersoort::Aangepast => {
            let n = basis.aantal_dagen();
            let k = basis.van.dagen_tot(d).div_euclid(n);
            let van = basis.van.plus_dagen(k.checked_mul(n)?);
            Venster::aangepast(van, van.plus_dagen(n - 1)).ok()
        }
    }
}

/// The last complete window of `basis`'s kind on `peildatum` (its last day
/// is on or before the peildatum), or `None` when that would lie before the
/// baseline.
pub fn huidig_venster(basis: Venster, peildatum: Datum) -> Option<Venster> {
    if !redelijke_datum(peildatum) {
        return None;
    }
    let w = venster_met(basis, peildatum)?;
    let w = if w.tot <= peildatum { w } else { w.vorige().ok()? };
    (w.tot >= basis.tot).then_some(w)
}

/// Dates the evaluation accepts: far enough from the ends of `i32` that no
/// date arithmetic can overflow.
fn redelijke_datum(d: Datum) -> bool {
    let (Some(van), Some(tot)) = (Datum::from_ymd(1900, 1, 1), Datum::from_ymd(2200, 12, 31)) else {
        return false;
    };
    van <= d && d <= tot
}

/// The value of `metric` over `venster`; a missing file is reported with
/// every file the KPI needs that is not loaded, an empty value as the
/// reason.
/// Computes KPI results per window and scope, and remembers them: the goals
/// of a set share windows and scopes, so a whole set costs a handful of
/// passes instead of one per goal and point. Each pass offers pauses, so in
/// the browser the page stays responsive.
pub struct Meter<'a> {
    data: &'a DataSet,
    index: &'a KpiIndex,
    opties: &'a KpiOpties,
    onthouden: Vec<(Venster, crate::kpi::Scope, KpiResultaat)>,
    onderdrukking: Option<Onderdrukking>,
}

impl<'a> Meter<'a> {
    pub fn nieuw(data: &'a DataSet, index: &'a KpiIndex, opties: &'a KpiOpties) -> Meter<'a> {
        Meter {
            data,
            index,
            opties,
            onthouden: Vec::new(),
            onderdrukking: None,
        }
    }

    /// Marks values that small-cell suppression with threshold `k` would
    /// hide (spec section 3), for display and print.
    pub fn met_onderdrukking(mut self, k: Onderdrukking) -> Meter<'a> {
        self.onderdrukking = Some(k);
        self
    }

    /// Why the metric's value over `venster` may not be shown; `None` when
    /// it may, when no threshold was given, or when it was never measured.
    fn verborgen(&self, metric: &Metric, venster: Venster) -> Option<String> {
        let k = self.onderdrukking?;
        let (_, _, r) = self
            .onthouden
            .iter()
            .find(|(v, s, _)| *v == venster && *s == metric.scope)?;
        let pad = match (metric.kpi.trim(), metric.vlag) {
            ("proces_pct", Some(vlag)) => format!("proces_pct.{}.pct", vlag.naam()),
            (kpi, _) => kpi.to_string(),
        };
        onderdruk(r, k).reden(&pad).map(str::to_string)
    }

    /// How many KPI passes were made (each window and scope once).
    pub fn aantal_berekeningen(&self) -> usize {
        self.onthouden.len()
    }

    async fn resultaat(
        &mut self,
        venster: Venster,
        scope: &crate::kpi::Scope,
        pauze: &mut dyn Pauze,
    ) -> Result<&KpiResultaat, Afgebroken> {
        let plek = match self.onthouden.iter().position(|(v, s, _)| *v == venster && s == scope) {
            Some(plek) => plek,
            None => {
                let r =
                    bereken_alle_met_pauzes(self.index, self.data, venster, None, scope, self.opties, pauze).await?;
                self.onthouden.push((venster, scope.clone(), r));
                self.onthouden.len() - 1
            }
        };
        match self.onthouden.get(plek) {
            Some((_, _, r)) => Ok(r),
            None => Err(Afgebroken),
        }
    }

    /// The metric's value over `venster`, or why there is none.
    async fn meet(
        &mut self,
        metric: &Metric,
        venster: Venster,
        pauze: &mut dyn Pauze,
    ) -> Result<Result<f64, GeenGegevens>, Afgebroken> {
        let data = self.data;
        let r = self.resultaat(venster, &metric.scope, pauze).await?;
        Ok(match waarde_van(r, metric) {
            Ok(Some(w)) if w.is_finite() => Ok(w),
            Ok(_) => Err(GeenGegevens::reden(leeg_reden(metric, venster))),
            Err(mut g) if !g.nodig.is_empty() => {
                if let Some(def) = definitie(metric.kpi.trim()) {
                    let alle: Vec<Bestandssoort> = def.nodig.iter().copied().filter(|s| !data.heeft(*s)).collect();
                    if !alle.is_empty() {
                        g = GeenGegevens::bestanden(alle);
                    }
                }
                Err(g)
            }
            Err(g) => Err(g),
        })
    }
}

fn leeg_reden(metric: &Metric, venster: Venster) -> String {
    let periode = periode_label(&venster);
    match metric.kpi.trim() {
        "wachtenden" => format!(
            "Over {periode} noemt geen enkele rij in het bestand wachttijden het aantal wachtenden (binnen de selectie)."
        ),
        _ => format!("Over {periode} is er geen waarde: er is niets om te tellen of te delen (binnen de selectie)."),
    }
}

/// The target value of `doel` given the baseline value `b`; `None` for a
/// handmatig target or a relative change without a baseline.
fn los_op(doel: &Doelwaarde, b: f64) -> Option<f64> {
    match doel {
        Doelwaarde::Waarde(w) => Some(*w),
        Doelwaarde::RelatieveVerandering(p) => Some(b * (1.0 + p / 100.0)),
        Doelwaarde::Verbetering => Some(b),
        Doelwaarde::Handmatig(_) => None,
    }
    .filter(|w| w.is_finite())
}

/// Whether `waarde` meets `doel` (resolved to `doelwaarde`) in `richting`.
/// [`Doelwaarde::Verbetering`] needs a value strictly better than the
/// baseline; the others allow equality.
fn gehaald(richting: Richting, doel: &Doelwaarde, doelwaarde: f64, waarde: f64) -> bool {
    let streng = matches!(doel, Doelwaarde::Verbetering);
    match (richting.hoger_is_beter(), streng) {
        (true, false) => waarde >= doelwaarde - MARGE,
        (true, true) => waarde > doelwaarde + MARGE,
        (false, false) => waarde <= doelwaarde + MARGE,
        (false, true) => waarde < doelwaarde - MARGE,
    }
}

/// Rounded to 1 decimal for display.
fn tiende(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The straight line through `ankers` (dates ascending) read at `moment`:
/// the first anchor's value before it, the last one's after it.
fn lijn(ankers: &[(Datum, f64)], moment: Datum) -> Option<f64> {
    let na = ankers.iter().position(|(d, _)| *d >= moment);
    match na {
        None => ankers.last().map(|a| a.1),
        Some(0) => ankers.first().map(|a| a.1),
        Some(i) => {
            let (d0, w0) = *ankers.get(i - 1)?;
            let (d1, w1) = *ankers.get(i)?;
            let lengte = d0.dagen_tot(d1);
            if lengte <= 0 {
                return Some(w1);
            }
            let deel = f64::from(d0.dagen_tot(moment)) / f64::from(lengte);
            Some(w0 + (w1 - w0) * deel)
        }
    }
}

/// Progress from `b` to `t` in percent, clamped to 0–100: a value worse
/// than the baseline is 0, a met target 100 (also for a norm the baseline
/// already met).
fn voortgang(richting: Richting, doel: &Doelwaarde, b: f64, t: f64, v: f64) -> f64 {
    if gehaald(richting, doel, t, v) {
        return 100.0;
    }
    let afstand = t - b;
    let al_goed = if richting.hoger_is_beter() {
        afstand <= 0.0
    } else {
        afstand >= 0.0
    };
    if afstand.abs() < MARGE || al_goed {
        return 0.0;
    }
    tiende(((v - b) / afstand * 100.0).clamp(0.0, 100.0))
}

/// Evaluates `doel` at `peildatum` (spec section 5).
///
/// Decisions, each pinned by a test in `tests.rs`:
/// - The current value is computed over the **last complete window** of the
///   baseline's kind on the peildatum (`current_window_is_the_last_complete_one`):
///   a partial year would make every count look low, so "instroom omlaag"
///   would look met in spring. When the peildatum closes a window (31-12 for
///   a year) that window is used. A peildatum before the end of the
///   baseline period gives `geen_gegevens`.
/// - The straight line runs from the baseline value at the last day of the
///   baseline period, through each milestone's target at its date, to the
///   target at the deadline, and is read at the last day of the current
///   window: the moment the value describes (`milestones_before_between_and_after`).
/// - The deadline is reached on the deadline day itself: from then on a
///   goal not met is `niet_behaald` (`the_deadline_day_counts_as_reached`).
/// - A passed milestone that was missed does not by itself make the goal
///   `niet_behaald`; only the deadline does (the spec's rule). It shows in
///   [`Evaluatie::mijlpalen`], and a value still below it is behind the line,
///   so `risico` (`a_missed_milestone_is_reported_but_can_be_recovered`).
/// - `behaald` is always about the final target, also before the deadline.
/// - [`Doelwaarde::Verbetering`] has no number to draw a line to: not
///   better than the baseline before the deadline is `risico`
///   (`improvement_needs_a_strictly_better_value`).
/// - A handmatig goal takes the person's status; its metric, if any, is
///   still computed for the figures. A person's status on a computed goal
///   is ignored (`manual_status_applies_only_to_manual_goals`).
pub fn evalueer(doel: &Doel, peildatum: Datum, data: &DataSet, index: &KpiIndex, opties: &KpiOpties) -> Evaluatie {
    let mut meter = Meter::nieuw(data, index, opties);
    zonder_pauze(evalueer_met(doel, peildatum, &mut meter, &mut GeenPauze))
        .unwrap_or_else(|Afgebroken| begin_evaluatie(doel, peildatum))
}

/// [`evalueer`] for every goal of a set, sharing one [`Meter`]; for the
/// browser, with a pause before every KPI pass.
pub async fn evalueer_alle_met_pauzes(
    doelen: &[Doel],
    peildatum: Datum,
    meter: &mut Meter<'_>,
    pauze: &mut dyn Pauze,
) -> Result<Vec<Evaluatie>, Afgebroken> {
    let mut uit = Vec::with_capacity(doelen.len());
    for doel in doelen {
        uit.push(evalueer_met(doel, peildatum, meter, pauze).await?);
    }
    Ok(uit)
}

/// An evaluation before anything is measured: handmatig with the goal's
/// own judgement, no values.
fn begin_evaluatie(doel: &Doel, peildatum: Datum) -> Evaluatie {
    Evaluatie {
        doel: doel.id.clone(),
        peildatum,
        basisvenster: None,
        venster: None,
        huidige_waarde: None,
        basislijn_waarde: doel.basislijn.waarde,
        huidige_verborgen: None,
        basislijn_verborgen: None,
        doelwaarde: None,
        lijnwaarde: None,
        voortgang_pct: None,
        status: Status::Handmatig {
            oordeel: doel.handmatig.clone(),
        },
        mijlpalen: Vec::new(),
        reeks: Vec::new(),
    }
}

async fn evalueer_met(
    doel: &Doel,
    peildatum: Datum,
    meter: &mut Meter<'_>,
    pauze: &mut dyn Pauze,
) -> Result<Evaluatie, Afgebroken> {
    let mut e = begin_evaluatie(doel, peildatum);
    let handmatig = doel.is_handmatig();
    let geen = |e: &mut Evaluatie, g: GeenGegevens| {
        if !handmatig {
            e.status = Status::GeenGegevens(g);
        }
    };
    if !redelijke_datum(peildatum) {
        geen(&mut e, GeenGegevens::reden("De peildatum ligt buiten 1900–2200."));
        return Ok(e);
    }
    let basis = match lees_periode(doel.basislijn.periode.trim()) {
        Ok(v) => v,
        Err(fout) => {
            geen(&mut e, GeenGegevens::reden(format!("De basislijn klopt niet: {fout}.")));
            return Ok(e);
        }
    };
    e.basisvenster = Some(basis);
    let Some(metric) = &doel.metric else {
        geen(
            &mut e,
            GeenGegevens::reden("Bij dit doel staat niet welke KPI het meet. Kies een KPI."),
        );
        return Ok(e);
    };
    let Some(huidig) = huidig_venster(basis, peildatum) else {
        geen(
            &mut e,
            GeenGegevens::reden(format!(
                "De peildatum {} ligt vóór het einde van de basislijnperiode {}.",
                peildatum.nl(),
                periode_label(&basis)
            )),
        );
        return Ok(e);
    };
    e.venster = Some(huidig);
    for w in reeks(huidig, REEKS_LENGTE) {
        let waarde = meter.meet(metric, w, pauze).await?.ok();
        e.reeks.push(Reekspunt {
            periode: periode_tekst(&w),
            label: periode_label(&w),
            waarde,
            verborgen: meter.verborgen(metric, w),
        });
    }

    let huidige = meter.meet(metric, huidig, pauze).await?;
    e.huidige_waarde = huidige.as_ref().ok().copied();
    e.huidige_verborgen = meter.verborgen(metric, huidig);
    let b = match doel.basislijn.waarde {
        Some(b) if b.is_finite() => Ok(b),
        Some(_) => Err(GeenGegevens::reden("De basislijnwaarde is geen getal.")),
        None => {
            let b = meter.meet(metric, basis, pauze).await?;
            e.basislijn_verborgen = meter.verborgen(metric, basis);
            b
        }
    };
    e.basislijn_waarde = b.as_ref().ok().copied();
    if handmatig {
        return Ok(e);
    }
    let (b, v) = match (b, huidige) {
        (Ok(b), Ok(v)) => (b, v),
        (Err(g), _) | (_, Err(g)) => {
            e.status = Status::GeenGegevens(g);
            return Ok(e);
        }
    };
    let Some(t) = los_op(&doel.doel, b) else {
        e.status = Status::GeenGegevens(GeenGegevens::reden("Het doel heeft geen bruikbare doelwaarde."));
        return Ok(e);
    };
    e.doelwaarde = Some(t);

    let mut mijlpalen: Vec<_> = doel.mijlpalen.iter().collect();
    mijlpalen.sort_by_key(|m| m.datum);
    let mut ankers = vec![(basis.tot, b)];
    for m in &mijlpalen {
        let doelwaarde = los_op(&m.doel, b);
        let mut uitkomst = MijlpaalUitkomst {
            datum: m.datum,
            doelwaarde,
            waarde: None,
            gehaald: None,
            verborgen: None,
        };
        if m.datum <= peildatum {
            if let Some(w) = huidig_venster(basis, m.datum) {
                uitkomst.waarde = meter.meet(metric, w, pauze).await?.ok();
                uitkomst.verborgen = meter.verborgen(metric, w);
            }
            uitkomst.gehaald = uitkomst
                .waarde
                .zip(doelwaarde)
                .map(|(w, d)| gehaald(doel.richting, &m.doel, d, w));
        }
        if let Some(d) = doelwaarde {
            let na_vorige = ankers.last().is_some_and(|(vorige, _)| m.datum > *vorige);
            if na_vorige && m.datum < doel.deadline {
                ankers.push((m.datum, d));
            }
        }
        e.mijlpalen.push(uitkomst);
    }
    if ankers.last().is_some_and(|(vorige, _)| doel.deadline > *vorige) {
        ankers.push((doel.deadline, t));
    }
    let lijnwaarde = lijn(&ankers, huidig.tot);
    e.lijnwaarde = lijnwaarde;
    e.voortgang_pct = Some(voortgang(doel.richting, &doel.doel, b, t, v));

    e.status = if gehaald(doel.richting, &doel.doel, t, v) {
        Status::Behaald
    } else if peildatum >= doel.deadline {
        Status::NietBehaald
    } else if matches!(doel.doel, Doelwaarde::Verbetering) {
        Status::Risico
    } else {
        match lijnwaarde {
            Some(l) if gehaald(doel.richting, &Doelwaarde::Waarde(l), l, v) => Status::OpKoers,
            _ => Status::Risico,
        }
    };
    Ok(e)
}
