//! All KPIs of one window and scope, and their JSON shape (spec section 7).

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::date::Datum;

use super::{
    Bedrag, ProcesAandeel, ProcesVlag, Scope, Telling, Uitkomst, Venster, Verhouding, Vervolg, Volgnummer,
    WachtGemiddelde,
};

/// Exact engine values; [`crate::suppression`] hides small ones afterwards.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiResultaat {
    pub venster: Venster,
    pub peildatum: Datum,
    pub scope: Scope,
    pub jeugdigen: Uitkomst<u64>,
    pub trajecten_lopend: Uitkomst<Telling>,
    pub jeugdigen_lopend: Uitkomst<u64>,
    pub instroom_trajecten: Uitkomst<Telling>,
    pub instroom_jeugdigen: Uitkomst<u64>,
    pub nieuwe_jeugdigen: Uitkomst<u64>,
    pub herinstroom_jeugdigen: Uitkomst<u64>,
    pub uitstroom_trajecten: Uitkomst<Telling>,
    pub uitstroom_jeugdigen: Uitkomst<u64>,
    pub duur_gemiddeld: Uitkomst<Verhouding>,
    pub duur_mediaan: Uitkomst<Verhouding>,
    pub volgens_plan_pct: Uitkomst<Verhouding>,
    pub stapeling: Uitkomst<u64>,
    pub vervolg: Uitkomst<Vervolg>,
    pub volgnummer: Uitkomst<Volgnummer>,
    pub kosten: Uitkomst<Bedrag>,
    pub kosten_per_jeugdige: Uitkomst<Bedrag>,
    pub top10_aandeel_pct: Uitkomst<Verhouding>,
    pub jeugdigen_boven_50k: Uitkomst<u64>,
    pub begroting: Uitkomst<Bedrag>,
    pub realisatie_pct: Uitkomst<Verhouding>,
    pub prognose: Uitkomst<Bedrag>,
    pub per_1000_jongeren: Uitkomst<Verhouding>,
    pub jeugdigen_18plus: Uitkomst<u64>,
    pub jeugdzorgplus_pct: Uitkomst<Verhouding>,
    pub wachttijd_gemiddeld: Uitkomst<BTreeMap<String, WachtGemiddelde>>,
    pub wacht_peildatum: Uitkomst<Option<Datum>>,
    pub boven_treeknorm: Uitkomst<Option<u64>>,
    pub wachtenden: Uitkomst<Option<u64>>,
    pub contact_binnen_3_werkdagen_pct: Uitkomst<Verhouding>,
    pub proces_pct: [(ProcesVlag, Uitkomst<ProcesAandeel>); 3],
    pub tevredenheid_gemiddeld: Uitkomst<Verhouding>,
}

/// One output value, as printed: the common shape of exact and suppressed
/// results.
#[derive(Clone, Debug, PartialEq)]
pub enum Cel {
    /// JSON `null`: cannot be computed (missing file, nothing to divide by).
    Leeg,
    Geheel(u64),
    /// Already rounded to 1 decimal.
    Decimaal(f64),
    /// Euro cents, printed as euros with exactly two decimals.
    Euro(i64),
    /// A date, or a suppressed value such as `<5` or `–`.
    Tekst(String),
    Object(Vec<(String, Cel)>),
}

impl Cel {
    /// The cell at `pad` inside nested objects, for replacing.
    pub fn zoek<'c>(cellen: &'c mut [(String, Cel)], pad: &[&str]) -> Option<&'c mut Cel> {
        let (eerste, rest) = pad.split_first()?;
        let cel = cellen.iter_mut().find(|(k, _)| k == eerste).map(|(_, c)| c)?;
        match (rest.is_empty(), cel) {
            (true, cel) => Some(cel),
            (false, Cel::Object(binnen)) => Cel::zoek(binnen, rest),
            _ => None,
        }
    }
}

/// Euros with two decimals from cents, `-0.05` for −5 cents.
pub(crate) fn euro_tekst(cent: i64) -> String {
    let teken = if cent < 0 { "-" } else { "" };
    let a = cent.unsigned_abs();
    format!("{teken}{}.{:02}", a / 100, a % 100)
}

impl Serialize for Cel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cel::Leeg => s.serialize_none(),
            Cel::Geheel(n) => s.serialize_u64(*n),
            Cel::Decimaal(x) => s.serialize_f64(*x),
            Cel::Euro(c) => match serde_json::value::RawValue::from_string(euro_tekst(*c)) {
                Ok(raw) => raw.serialize(s),
                // Cannot happen (the text is always a valid number); a float
                // is the honest fallback.
                Err(_) => s.serialize_f64(*c as f64 / 100.0),
            },
            Cel::Tekst(t) => s.serialize_str(t),
            Cel::Object(velden) => {
                let mut m = s.serialize_map(Some(velden.len()))?;
                for (k, v) in velden {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
    }
}

fn cel<T>(u: &Uitkomst<T>, f: impl FnOnce(&T) -> Cel) -> Cel {
    u.waarde().map_or(Cel::Leeg, f)
}

fn getal(n: &u64) -> Cel {
    Cel::Geheel(*n)
}

fn optie<T>(w: Option<T>, f: impl FnOnce(T) -> Cel) -> Cel {
    w.map_or(Cel::Leeg, f)
}

fn verhouding(v: &Verhouding) -> Cel {
    optie(v.waarde, Cel::Decimaal)
}

fn bedrag(b: &Bedrag) -> Cel {
    optie(b.cent, Cel::Euro)
}

fn telling(t: &Telling) -> Cel {
    Cel::Geheel(t.aantal)
}

fn object(velden: Vec<(&str, Cel)>) -> Cel {
    Cel::Object(velden.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

impl KpiResultaat {
    /// Every KPI id with its printed value, in the order of spec section 4,
    /// preceded by `venster` and `peildatum`.
    pub fn cellen(&self) -> Vec<(String, Cel)> {
        let r = self;
        let v: Vec<(&str, Cel)> = vec![
            (
                "venster",
                object(vec![
                    ("van", Cel::Tekst(r.venster.van.iso())),
                    ("tot", Cel::Tekst(r.venster.tot.iso())),
                ]),
            ),
            ("peildatum", Cel::Tekst(r.peildatum.iso())),
            ("jeugdigen", cel(&r.jeugdigen, getal)),
            ("trajecten_lopend", cel(&r.trajecten_lopend, telling)),
            ("jeugdigen_lopend", cel(&r.jeugdigen_lopend, getal)),
            ("instroom_trajecten", cel(&r.instroom_trajecten, telling)),
            ("instroom_jeugdigen", cel(&r.instroom_jeugdigen, getal)),
            ("nieuwe_jeugdigen", cel(&r.nieuwe_jeugdigen, getal)),
            ("herinstroom_jeugdigen", cel(&r.herinstroom_jeugdigen, getal)),
            ("uitstroom_trajecten", cel(&r.uitstroom_trajecten, telling)),
            ("uitstroom_jeugdigen", cel(&r.uitstroom_jeugdigen, getal)),
            ("duur_gemiddeld", cel(&r.duur_gemiddeld, verhouding)),
            ("duur_mediaan", cel(&r.duur_mediaan, verhouding)),
            ("volgens_plan_pct", cel(&r.volgens_plan_pct, verhouding)),
            ("stapeling", cel(&r.stapeling, getal)),
            (
                "vervolg",
                cel(&r.vervolg, |v| {
                    object(vec![
                        ("zelfde_segment", telling(&v.zelfde_segment)),
                        ("ander_segment", telling(&v.ander_segment)),
                        ("loopt_door", telling(&v.loopt_door)),
                        ("geen_vervolg", telling(&v.geen_vervolg)),
                    ])
                }),
            ),
            (
                "volgnummer",
                cel(&r.volgnummer, |v| {
                    object(vec![
                        ("1", telling(&v.een)),
                        ("2", telling(&v.twee)),
                        ("3+", telling(&v.drie_plus)),
                    ])
                }),
            ),
            ("kosten", cel(&r.kosten, bedrag)),
            ("kosten_per_jeugdige", cel(&r.kosten_per_jeugdige, bedrag)),
            ("top10_aandeel_pct", cel(&r.top10_aandeel_pct, verhouding)),
            ("jeugdigen_boven_50k", cel(&r.jeugdigen_boven_50k, getal)),
            ("begroting", cel(&r.begroting, bedrag)),
            ("realisatie_pct", cel(&r.realisatie_pct, verhouding)),
            ("prognose", cel(&r.prognose, bedrag)),
            ("per_1000_jongeren", cel(&r.per_1000_jongeren, verhouding)),
            ("jeugdigen_18plus", cel(&r.jeugdigen_18plus, getal)),
            ("jeugdzorgplus_pct", cel(&r.jeugdzorgplus_pct, verhouding)),
            (
                "wachttijd_gemiddeld",
                // No waiting-time row in the window and scope: `null`, like
                // `wacht_peildatum`, not an empty object (spec section 7:
                // a KPI that cannot be computed is `null`).
                cel(&r.wachttijd_gemiddeld, |m| {
                    if m.is_empty() {
                        return Cel::Leeg;
                    }
                    Cel::Object(
                        m.iter()
                            .map(|(k, g)| {
                                let w = object(vec![
                                    ("alle", optie(g.alle, Cel::Decimaal)),
                                    ("met_wachttijd", optie(g.met_wachttijd, Cel::Decimaal)),
                                ]);
                                (k.clone(), w)
                            })
                            .collect(),
                    )
                }),
            ),
            (
                "wacht_peildatum",
                cel(&r.wacht_peildatum, |d| optie(*d, |d| Cel::Tekst(d.iso()))),
            ),
            ("boven_treeknorm", cel(&r.boven_treeknorm, |n| optie(*n, Cel::Geheel))),
            ("wachtenden", cel(&r.wachtenden, |n| optie(*n, Cel::Geheel))),
            (
                "contact_binnen_3_werkdagen_pct",
                cel(&r.contact_binnen_3_werkdagen_pct, verhouding),
            ),
            (
                "proces_pct",
                Cel::Object(
                    r.proces_pct
                        .iter()
                        .map(|(vlag, u)| {
                            let c = cel(u, |a| {
                                object(vec![
                                    ("pct", optie(a.pct, Cel::Decimaal)),
                                    ("ja", Cel::Geheel(a.ja)),
                                    ("nee", Cel::Geheel(a.nee)),
                                    ("onbekend", Cel::Geheel(a.onbekend)),
                                ])
                            });
                            (vlag.naam().to_string(), c)
                        })
                        .collect(),
                ),
            ),
            ("tevredenheid_gemiddeld", cel(&r.tevredenheid_gemiddeld, verhouding)),
        ];
        v.into_iter().map(|(k, c)| (k.to_string(), c)).collect()
    }
}

impl Serialize for KpiResultaat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Cel::Object(self.cellen()).serialize(s)
    }
}
