//! The goal model: what a SMART goal and a measure are, as plain data that
//! round-trips through TOML (region content) and JSON (the user's own set in
//! localStorage, export and import).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::Datum;
use crate::kpi::{ProcesVlag, Scope};

/// The schema version written by this code. [`super::migreer`] reads this
/// version and refuses later ones.
pub const SCHEMA_VERSIE: u32 = 1;

/// All goals and measures of one region or one user, with the schema version
/// they were written in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doelenset {
    pub versie: u32,
    #[serde(default)]
    pub doelen: Vec<Doel>,
    #[serde(default)]
    pub maatregelen: Vec<Maatregel>,
}

impl Default for Doelenset {
    fn default() -> Doelenset {
        Doelenset {
            versie: SCHEMA_VERSIE,
            doelen: Vec::new(),
            maatregelen: Vec::new(),
        }
    }
}

impl Doelenset {
    /// This set with the goals and measures of `ander` appended (for the two
    /// content files `doelen.toml` and `maatregelen.toml`).
    pub fn met(mut self, ander: Doelenset) -> Doelenset {
        self.doelen.extend(ander.doelen);
        self.maatregelen.extend(ander.maatregelen);
        self
    }

    /// The goal with this id.
    pub fn doel(&self, id: &str) -> Option<&Doel> {
        self.doelen.iter().find(|d| d.id == id)
    }

    /// A new id for a goal titled `titel`: lower-case letters and digits
    /// joined by hyphens (accents dropped), unique in this set.
    pub fn vrij_id(&self, titel: &str) -> String {
        let mut basis = String::new();
        for c in titel.chars().flat_map(char::to_lowercase) {
            let c = match c {
                'á' | 'à' | 'ä' | 'â' => 'a',
                'é' | 'è' | 'ë' | 'ê' => 'e',
                'í' | 'ì' | 'ï' | 'î' => 'i',
                'ó' | 'ò' | 'ö' | 'ô' => 'o',
                'ú' | 'ù' | 'ü' | 'û' => 'u',
                c => c,
            };
            if c.is_ascii_alphanumeric() {
                basis.push(c);
            } else if !basis.is_empty() && !basis.ends_with('-') {
                basis.push('-');
            }
        }
        // At most 40 characters, cut between words.
        const LENGTE: usize = 40;
        if basis.len() > LENGTE {
            let knip = basis.get(..=LENGTE).and_then(|b| b.rfind('-')).unwrap_or(LENGTE);
            basis.truncate(knip);
        }
        let basis = match basis.trim_end_matches('-') {
            "" => "doel".to_string(),
            b => b.to_string(),
        };
        let mut id = basis.clone();
        let mut n = 2;
        while self.doel(&id).is_some() {
            id = format!("{basis}-{n}");
            n += 1;
        }
        id
    }
}

/// One SMART goal.
///
/// A goal is *berekend* (computed from the extracts) when [`Doel::doel`] is a
/// number, a relative change or [`Doelwaarde::Verbetering`]; it is
/// *handmatig* (judged by a person) when it is [`Doelwaarde::Handmatig`].
/// A handmatig goal may still name a `metric`: its figures are then shown
/// alongside, but the status is the person's ([`Doel::handmatig`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Doel {
    /// Stable identifier (lower case, hyphens), used by measures and storage.
    pub id: String,
    /// Plain-Dutch title (B1).
    pub titel: String,
    /// Number of the strategic goal this goal belongs to (1–4 in Noord-Veluwe).
    pub strategisch_doel: u32,
    /// What is measured; `None` for a goal no extract can measure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    pub richting: Richting,
    pub basislijn: Basislijn,
    pub doel: Doelwaarde,
    /// Interim targets, each with its date (any order; evaluation sorts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mijlpalen: Vec<Mijlpaal>,
    /// The day by which the target must be met.
    #[serde(deserialize_with = "datum")]
    pub deadline: Datum,
    /// The document the goal comes from.
    pub bron: String,
    /// How the plan's words were turned into this metric, in plain Dutch.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub toelichting: String,
    /// The status a person gave; used only for handmatig goals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handmatig: Option<HandmatigeStatus>,
}

impl Doel {
    /// True when a person, not the data, decides the status.
    pub fn is_handmatig(&self) -> bool {
        matches!(self.doel, Doelwaarde::Handmatig(_))
    }
}

/// What a goal measures: a KPI id of spec section 4, the scope it is
/// computed over and, for `proces_pct`, the flag.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metric {
    pub kpi: String,
    #[serde(default, skip_serializing_if = "Scope::is_leeg")]
    pub scope: Scope,
    /// Only for `proces_pct`: `verklarende_analyse`, `familiegroepsplan` or
    /// `perspectiefplan`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "vlag")]
    pub vlag: Option<ProcesVlag>,
}

/// Which way the value should go.
///
/// `omhoog`/`omlaag` are changes: the value must rise to (fall to) the
/// target. `minimaal`/`maximaal` are norms: the value must stay at or above
/// (at or below) the target, wherever the baseline was. For the status both
/// pairs compare the same way (omhoog and minimaal: value ≥ target; omlaag
/// and maximaal: value ≤ target); the difference is in the SMART check (a
/// change whose target lies on the wrong side of the baseline is not
/// achievable) and in [`Doelwaarde::Verbetering`], which only a change can
/// have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Richting {
    Omhoog,
    Omlaag,
    Maximaal,
    Minimaal,
}

impl Richting {
    /// True when a higher value is better.
    pub fn hoger_is_beter(self) -> bool {
        matches!(self, Richting::Omhoog | Richting::Minimaal)
    }

    /// True for the norms `maximaal` and `minimaal`.
    pub fn is_norm(self) -> bool {
        matches!(self, Richting::Maximaal | Richting::Minimaal)
    }
}

/// The starting point: a period (as in the URL, `2022`, `2022-H2`,
/// `2023-Q1`, `2023-05`) and optionally a known value. Without a value it is
/// computed from the data over that period. The period's kind (year,
/// quarter, …) is also the kind of every later measurement of the goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Basislijn {
    pub periode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waarde: Option<f64>,
}

/// The target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Doelwaarde {
    /// An absolute value in the KPI's unit (100 for 100%).
    Waarde(f64),
    /// A change relative to the baseline value in percent: −5 means "5%
    /// lower than the baseline".
    RelatieveVerandering(f64),
    /// Any change in the goal's direction ("de instroom neemt af"): met when
    /// the value is strictly better than the baseline.
    Verbetering,
    /// Judged by a person; the text says when the goal is met.
    Handmatig(String),
}

/// An interim target: `doel` must be met on `datum`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mijlpaal {
    #[serde(deserialize_with = "datum")]
    pub datum: Datum,
    pub doel: Doelwaarde,
}

/// A person's judgement of a handmatig goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandmatigeStatus {
    pub status: Oordeel,
    #[serde(default)]
    pub notitie: String,
    /// When the judgement was made.
    #[serde(deserialize_with = "datum")]
    pub datum: Datum,
}

/// The statuses a person can give (the computed ones, without
/// `geen_gegevens`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Oordeel {
    Behaald,
    OpKoers,
    Risico,
    NietBehaald,
}

/// A measure (maatregel, interventie, inspanning) that works towards goals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Maatregel {
    /// Short code, `A1`.
    pub code: String,
    pub titel: String,
    /// Who carries it out.
    pub eigenaar: String,
    pub status: MaatregelStatus,
    /// When: a year, a date or words ("2022-2023", "inkoop 2022").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning: Option<String>,
    /// Progress in words, as in a council report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voortgang: Option<String>,
    /// Ids of the goals it contributes to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub doelen: Vec<String>,
    /// KPI ids that show its effect.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<String>,
}

/// Where a measure stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaatregelStatus {
    /// Running, without an end.
    Doorlopend,
    /// Not started yet.
    Gepland,
    Afgerond,
}

/// A date written as a string (`"2024-01-01"`, JSON and TOML) or as a TOML
/// date (`2024-01-01`); both mean the same day.
fn datum<'de, D: Deserializer<'de>>(d: D) -> Result<Datum, D::Error> {
    let tekst = match toml::Value::deserialize(d)? {
        toml::Value::String(s) => s,
        toml::Value::Datetime(dt) => dt.to_string(),
        ander => {
            return Err(serde::de::Error::custom(format!(
                "datum verwacht (jjjj-mm-dd), niet een {}",
                ander.type_str()
            )))
        }
    };
    Datum::parse_iso(tekst.trim())
        .ok_or_else(|| serde::de::Error::custom(format!("geen geldige datum (jjjj-mm-dd): {tekst}")))
}

/// [`ProcesVlag`] by its name (the KPI module only serialises it).
mod vlag {
    use super::*;

    pub fn serialize<S: Serializer>(v: &Option<ProcesVlag>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(v.naam()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<ProcesVlag>, D::Error> {
        let Some(naam) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        ProcesVlag::ALLE
            .iter()
            .copied()
            .find(|v| v.naam() == naam.trim())
            .map(Some)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "onbekende vlag {naam:?}: kies verklarende_analyse, familiegroepsplan of perspectiefplan"
                ))
            })
    }
}
