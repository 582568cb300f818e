//! Small-cell suppression (spec section 3), applied to an exact
//! [`KpiResultaat`] as a separate step so that the engine stays exact and
//! testable.
//!
//! What is hidden, and why (each pinned by a test below):
//! - a count of distinct youths n with 0 < n < k is shown as `<k`
//!   (`jeugdigen`, `*_jeugdigen`, `stapeling`, `jeugdigen_18plus`,
//!   `jeugdigen_boven_50k`, the `ja`/`nee`/`onbekend` of `proces_pct`, and
//!   `wachtenden`, which counts waiting persons);
//! - a count of trajectories (`trajecten_lopend`, `instroom_trajecten`,
//!   `uitstroom_trajecten`, `vervolg`, `volgnummer`) is about the distinct
//!   youths behind it: with 0 < youths < k it is `<k` when the count itself
//!   is below k, else `–` (a count of 7 trajectories of 2 youths must not
//!   read "<5");
//! - a percentage, mean, rate or amount whose group has 0 < n < k members is
//!   `–`; the group is the youths it is computed over (for
//!   `contact_binnen_3_werkdagen_pct` the requests, for
//!   `tevredenheid_gemiddeld` the responses);
//! - totals stay exact: without a scope, `kosten`, `prognose` and
//!   `realisatie_pct` are the region's totals and are never hidden;
//!   `begroting` and the waiting-time figures (per provider, not per youth)
//!   are never hidden; no shown number is ever changed;
//! - secondary suppression: in `vervolg`, `volgnummer` and each
//!   `proces_pct` flag the parts add up to a shown total, so when exactly one
//!   part is hidden the smallest other non-zero part is hidden too.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::kpi::{Cel, KpiResultaat, Telling, Uitkomst, Verhouding};

/// The threshold k: 1–20, 5 by default, 1 turns suppression off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Onderdrukking {
    k: u8,
}

impl Default for Onderdrukking {
    fn default() -> Onderdrukking {
        Onderdrukking { k: 5 }
    }
}

impl Onderdrukking {
    pub fn nieuw(k: u32) -> Result<Onderdrukking, String> {
        match u8::try_from(k) {
            Ok(k @ 1..=20) => Ok(Onderdrukking { k }),
            _ => Err(format!("k moet 1 tot en met 20 zijn (1 = uit), niet {k}")),
        }
    }

    pub fn k(self) -> u8 {
        self.k
    }
}

/// A result as it may leave the screen: the same keys as [`KpiResultaat`],
/// hidden cells replaced by `<k` or `–`, each with its reason.
#[derive(Clone, Debug, PartialEq)]
pub struct OnderdruktResultaat {
    pub k: u8,
    pub cellen: Vec<(String, Cel)>,
    /// Path of the hidden cell (`vervolg.loopt_door`) and the reason in Dutch.
    pub redenen: Vec<(String, String)>,
}

impl OnderdruktResultaat {
    /// The reason a cell is hidden, if it is.
    pub fn reden(&self, pad: &str) -> Option<&str> {
        self.redenen.iter().find(|(p, _)| p == pad).map(|(_, r)| r.as_str())
    }

    /// The printed cell at a dotted path (`proces_pct.familiegroepsplan.ja`).
    pub fn cel(&self, pad: &str) -> Option<&Cel> {
        let mut cellen = &self.cellen;
        let mut delen = pad.split('.').peekable();
        while let Some(deel) = delen.next() {
            let cel = cellen.iter().find(|(k, _)| k == deel).map(|(_, c)| c)?;
            match (delen.peek(), cel) {
                (None, c) => return Some(c),
                (Some(_), Cel::Object(binnen)) => cellen = binnen,
                _ => return None,
            }
        }
        None
    }
}

impl Serialize for OnderdruktResultaat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.cellen.len() + 1))?;
        for (k, v) in &self.cellen {
            m.serialize_entry(k, v)?;
        }
        let redenen: Vec<(String, Cel)> = self
            .redenen
            .iter()
            .map(|(p, r)| (p.clone(), Cel::Tekst(r.clone())))
            .collect();
        let instelling = Cel::Object(vec![
            ("k".into(), Cel::Geheel(u64::from(self.k))),
            ("redenen".into(), Cel::Object(redenen)),
        ]);
        m.serialize_entry("onderdrukking", &instelling)?;
        m.end()
    }
}

/// Applies small-cell suppression with threshold `o.k()`.
pub fn onderdruk(r: &KpiResultaat, o: Onderdrukking) -> OnderdruktResultaat {
    let mut w = Werk {
        k: u64::from(o.k),
        uit: OnderdruktResultaat {
            k: o.k,
            cellen: r.cellen(),
            redenen: Vec::new(),
        },
    };
    let totaal = r.scope.is_leeg();

    for (pad, u) in [
        ("jeugdigen", &r.jeugdigen),
        ("jeugdigen_lopend", &r.jeugdigen_lopend),
        ("instroom_jeugdigen", &r.instroom_jeugdigen),
        ("nieuwe_jeugdigen", &r.nieuwe_jeugdigen),
        ("herinstroom_jeugdigen", &r.herinstroom_jeugdigen),
        ("uitstroom_jeugdigen", &r.uitstroom_jeugdigen),
        ("stapeling", &r.stapeling),
        ("jeugdigen_boven_50k", &r.jeugdigen_boven_50k),
        ("jeugdigen_18plus", &r.jeugdigen_18plus),
    ] {
        if let Some(&n) = u.waarde() {
            w.jeugdigen(pad, n);
        }
    }
    if let Some(Some(n)) = r.wachtenden.waarde() {
        w.aantal(&["wachtenden"], *n, "wachtenden");
    }
    for (pad, u) in [
        ("trajecten_lopend", &r.trajecten_lopend),
        ("instroom_trajecten", &r.instroom_trajecten),
        ("uitstroom_trajecten", &r.uitstroom_trajecten),
    ] {
        if let Some(t) = u.waarde() {
            w.telling(&[pad], t);
        }
    }
    for (pad, u, wie) in [
        ("duur_gemiddeld", &r.duur_gemiddeld, "jeugdigen"),
        ("duur_mediaan", &r.duur_mediaan, "jeugdigen"),
        ("volgens_plan_pct", &r.volgens_plan_pct, "jeugdigen"),
        ("top10_aandeel_pct", &r.top10_aandeel_pct, "jeugdigen"),
        ("per_1000_jongeren", &r.per_1000_jongeren, "jeugdigen"),
        ("jeugdzorgplus_pct", &r.jeugdzorgplus_pct, "jeugdigen"),
        (
            "contact_binnen_3_werkdagen_pct",
            &r.contact_binnen_3_werkdagen_pct,
            "aanmeldingen",
        ),
        ("tevredenheid_gemiddeld", &r.tevredenheid_gemiddeld, "metingen"),
    ] {
        if let Some(v) = u.waarde() {
            w.verhouding(pad, v, wie);
        }
    }
    if let Some(b) = r.kosten_per_jeugdige.waarde() {
        w.groep(&["kosten_per_jeugdige"], b.groep, "jeugdigen");
    }
    if !totaal {
        for (pad, groep) in [
            ("kosten", r.kosten.waarde().map(|b| b.groep)),
            ("prognose", r.prognose.waarde().map(|b| b.groep)),
            ("realisatie_pct", r.realisatie_pct.waarde().map(|v| v.groep)),
        ] {
            if let Some(g) = groep {
                w.groep(&[pad], g, "jeugdigen");
            }
        }
    }

    if let Uitkomst::Waarde(v) = &r.vervolg {
        let delen = [
            ("zelfde_segment", v.zelfde_segment),
            ("ander_segment", v.ander_segment),
            ("loopt_door", v.loopt_door),
            ("geen_vervolg", v.geen_vervolg),
        ];
        w.tellingen("vervolg", &delen);
    }
    if let Uitkomst::Waarde(v) = &r.volgnummer {
        w.tellingen("volgnummer", &[("1", v.een), ("2", v.twee), ("3+", v.drie_plus)]);
    }
    for (vlag, u) in &r.proces_pct {
        let Some(a) = u.waarde() else { continue };
        let naam = vlag.naam();
        w.groep(&["proces_pct", naam, "pct"], a.ja + a.nee, "jeugdigen");
        let delen = [("ja", a.ja), ("nee", a.nee), ("onbekend", a.onbekend)];
        for (deel, n) in delen {
            w.aantal(&["proces_pct", naam, deel], n, "jeugdigen");
        }
        w.aanvullend(&["proces_pct", naam], &delen);
    }
    w.uit
}

struct Werk {
    k: u64,
    uit: OnderdruktResultaat,
}

impl Werk {
    fn klein(&self, n: u64) -> bool {
        n > 0 && n < self.k
    }

    fn verberg(&mut self, pad: &[&str], tekst: String, reden: String) {
        if let Some(cel) = Cel::zoek(&mut self.uit.cellen, pad) {
            // Only a shown number is replaced; `null` stays `null`.
            if *cel != Cel::Leeg {
                *cel = Cel::Tekst(tekst);
                self.uit.redenen.push((pad.join("."), reden));
            }
        }
    }

    fn jeugdigen(&mut self, pad: &str, n: u64) {
        self.aantal(&[pad], n, "jeugdigen");
    }

    /// A count of persons: `<k` when 0 < n < k.
    fn aantal(&mut self, pad: &[&str], n: u64, wie: &str) {
        if self.klein(n) {
            let k = self.k;
            self.verberg(
                pad,
                format!("<{k}"),
                format!("minder dan {k} {wie}: verborgen om herleidbaarheid te voorkomen"),
            );
        }
    }

    /// A count of trajectories: judged by the youths behind it.
    fn telling(&mut self, pad: &[&str], t: &Telling) {
        if self.klein(t.jeugdigen) {
            let k = self.k;
            let tekst = if t.aantal < self.k {
                format!("<{k}")
            } else {
                "–".to_string()
            };
            self.verberg(
                pad,
                tekst,
                format!("trajecten van minder dan {k} jeugdigen: verborgen om herleidbaarheid te voorkomen"),
            );
        }
    }

    fn verhouding(&mut self, pad: &str, v: &Verhouding, wie: &str) {
        self.groep(&[pad], v.groep, wie);
    }

    /// A value computed over a group: `–` when 0 < group < k.
    fn groep(&mut self, pad: &[&str], groep: u64, wie: &str) {
        if self.klein(groep) {
            let k = self.k;
            self.verberg(
                pad,
                "–".to_string(),
                format!("berekend over minder dan {k} {wie}: verborgen om herleidbaarheid te voorkomen"),
            );
        }
    }

    fn tellingen(&mut self, object: &str, delen: &[(&str, Telling)]) {
        for (deel, t) in delen {
            self.telling(&[object, deel], t);
        }
        let aantallen: Vec<(&str, u64)> = delen.iter().map(|(d, t)| (*d, t.aantal)).collect();
        self.aanvullend(&[object], &aantallen);
    }

    /// Secondary suppression: the parts of `object` add up to a total that
    /// is shown elsewhere, so one hidden part alone could be recovered by
    /// subtraction; then the smallest other non-zero part is hidden too.
    fn aanvullend(&mut self, object: &[&str], delen: &[(&str, u64)]) {
        let pad = |deel: &str| object.iter().copied().chain([deel]).collect::<Vec<_>>().join(".");
        let verborgen = |w: &Werk, deel: &str| w.uit.redenen.iter().any(|(p, _)| *p == pad(deel));
        if delen.iter().filter(|(d, _)| verborgen(self, d)).count() != 1 {
            return;
        }
        let kleinste = delen
            .iter()
            .filter(|(d, n)| *n > 0 && !verborgen(self, d))
            .min_by_key(|(_, n)| *n);
        if let Some((deel, _)) = kleinste {
            let volledig: Vec<&str> = object.iter().copied().chain([*deel]).collect();
            self.verberg(
                &volledig,
                "–".to_string(),
                "aanvullend verborgen: anders is een verborgen aantal terug te rekenen uit het totaal".into(),
            );
        }
    }
}

/// Secondary suppression for parts of a shown total: when exactly one part
/// is hidden, the smallest other non-zero part is hidden too, so the hidden
/// one cannot be worked out by subtraction. `verborgen[i]` says whether
/// part `i` (value `waarden[i]`) is hidden; it is updated in place.
pub fn aanvullend_verbergen(verborgen: &mut [bool], waarden: &[u64]) {
    if verborgen.iter().filter(|v| **v).count() != 1 {
        return;
    }
    let kleinste = waarden
        .iter()
        .enumerate()
        .filter(|(i, n)| **n > 0 && !verborgen.get(*i).copied().unwrap_or(true))
        .min_by_key(|(_, n)| **n)
        .map(|(i, _)| i);
    if let Some(i) = kleinste {
        verborgen[i] = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kpi::{bereken_alle, KpiIndex, KpiOpties, Scope, Venster};
    use crate::model::{Bestandssoort, ClientId, DataSet, Traject};

    /// `n` clients with one trajectory each in 2023, ending 30-06-2023 with
    /// reason 31 for the first `klaar` of them.
    fn data(n: u32, klaar: u32) -> DataSet {
        let d = |m| crate::date::Datum::from_ymd(2023, m, 1).unwrap();
        let trajecten = (0..n)
            .map(|i| Traject {
                client: ClientId(i),
                toewijzing: format!("T{i}").into(),
                gemeente: "GM0243".into(),
                aanbieder: "P1".into(),
                productcategorie: 45,
                productcode: None,
                segment: Some(4),
                verwijzer: None,
                geboortejaar: None,
                begin: d(1),
                eind: (i < klaar).then(|| d(6)),
                reden_beeindiging: (i < klaar).then_some(31),
                verklarende_analyse: Some(i % 2 == 0),
                familiegroepsplan: None,
                perspectiefplan: None,
            })
            .collect();
        DataSet {
            clients: (0..n).map(|i| i.to_string().into()).collect(),
            trajecten,
            geladen: vec![Bestandssoort::Trajecten],
            ..DataSet::default()
        }
    }

    fn bereken(ds: &DataSet) -> crate::kpi::KpiResultaat {
        let index = KpiIndex::bouw(ds, &Default::default());
        bereken_alle(
            &index,
            ds,
            Venster::jaar(2023).unwrap(),
            None,
            &Scope::default(),
            &KpiOpties::default(),
        )
    }

    #[test]
    fn k_is_validated() {
        assert_eq!(Onderdrukking::default().k(), 5);
        assert!(Onderdrukking::nieuw(0).is_err());
        assert!(Onderdrukking::nieuw(21).is_err());
        assert_eq!(Onderdrukking::nieuw(20).unwrap().k(), 20);
    }

    #[test]
    fn small_youth_counts_become_less_than_k() {
        // 3 youths, 2 of whom ended: jeugdigen 3 → "<5"; uitstroom 2 → "<5";
        // duur over 2 youths → "–"; 0 stays 0.
        let o = onderdruk(&bereken(&data(3, 2)), Onderdrukking::default());
        assert_eq!(o.cel("jeugdigen"), Some(&Cel::Tekst("<5".into())));
        assert!(o.reden("jeugdigen").unwrap().contains("minder dan 5 jeugdigen"));
        assert_eq!(o.cel("uitstroom_trajecten"), Some(&Cel::Tekst("<5".into())));
        assert_eq!(o.cel("duur_gemiddeld"), Some(&Cel::Tekst("–".into())));
        assert!(o
            .reden("duur_gemiddeld")
            .unwrap()
            .starts_with("berekend over minder dan 5"));
        assert_eq!(o.cel("stapeling"), Some(&Cel::Geheel(0)));
        assert_eq!(o.reden("stapeling"), None);
        // Not about youths: never hidden; missing stays null.
        assert_eq!(o.cel("begroting"), Some(&Cel::Leeg));
        let json = serde_json::to_string(&o).unwrap();
        assert!(
            json.contains(r#""jeugdigen":"<5""#) && json.contains(r#""onderdrukking":{"k":5"#),
            "{json}"
        );
    }

    #[test]
    fn k_one_turns_suppression_off() {
        let r = bereken(&data(3, 2));
        let o = onderdruk(&r, Onderdrukking::nieuw(1).unwrap());
        assert_eq!(o.cellen, r.cellen());
        assert!(o.redenen.is_empty());
    }

    #[test]
    fn large_groups_are_shown_exactly() {
        let r = bereken(&data(12, 6));
        let o = onderdruk(&r, Onderdrukking::default());
        assert_eq!(o.cel("jeugdigen"), Some(&Cel::Geheel(12)));
        assert_eq!(o.cel("volgens_plan_pct"), Some(&Cel::Decimaal(100.0)));
        // verklarende_analyse: 6 ja, 6 nee, 0 onbekend: all shown.
        assert_eq!(o.cel("proces_pct.verklarende_analyse.pct"), Some(&Cel::Decimaal(50.0)));
    }

    /// A count of trajectories of fewer than k youths: "<k" if the count is
    /// itself small, else "–" (7 trajectories must not read "<5").
    #[test]
    fn trajectory_counts_are_judged_by_their_youths() {
        let mut ds = data(2, 0);
        for i in 0..5 {
            let mut t = ds.trajecten[0].clone();
            t.toewijzing = format!("X{i}").into();
            ds.trajecten.push(t);
        }
        let o = onderdruk(&bereken(&ds), Onderdrukking::default());
        assert_eq!(o.cel("instroom_trajecten"), Some(&Cel::Tekst("–".into())));
        assert!(o
            .reden("instroom_trajecten")
            .unwrap()
            .contains("minder dan 5 jeugdigen"));
    }

    /// Without a scope, money is the region's total and stays exact; with a
    /// scope it is a cell like any other.
    #[test]
    fn totals_stay_exact() {
        let mut ds = data(2, 0);
        ds.geladen.push(Bestandssoort::Declaraties);
        ds.declaraties.push(crate::model::Declaratie {
            toewijzing: "T0".into(),
            maand: crate::model::Maand { jaar: 2023, maand: 3 },
            bedrag_cent: 100,
        });
        let o = onderdruk(&bereken(&ds), Onderdrukking::default());
        assert_eq!(o.cel("kosten"), Some(&Cel::Euro(100)));
        assert_eq!(o.cel("kosten_per_jeugdige"), Some(&Cel::Tekst("–".into())));
        let index = KpiIndex::bouw(&ds, &Default::default());
        let scope = Scope {
            segmenten: [4].into(),
            ..Scope::default()
        };
        let r = bereken_alle(
            &index,
            &ds,
            Venster::jaar(2023).unwrap(),
            None,
            &scope,
            &KpiOpties::default(),
        );
        let o = onderdruk(&r, Onderdrukking::default());
        assert_eq!(o.cel("kosten"), Some(&Cel::Tekst("–".into())));
    }

    /// One hidden part of a breakdown is joined by the smallest other part.
    #[test]
    fn secondary_suppression_in_breakdowns() {
        // 9 youths: verklarende_analyse ja 5 (even ids), nee 4 → "<5";
        // then ja is hidden as well (nee = 9 − ja otherwise). onbekend 0.
        let o = onderdruk(&bereken(&data(9, 0)), Onderdrukking::default());
        assert_eq!(
            o.cel("proces_pct.verklarende_analyse.nee"),
            Some(&Cel::Tekst("<5".into()))
        );
        assert_eq!(
            o.cel("proces_pct.verklarende_analyse.ja"),
            Some(&Cel::Tekst("–".into()))
        );
        assert!(o
            .reden("proces_pct.verklarende_analyse.ja")
            .unwrap()
            .starts_with("aanvullend"));
        assert_eq!(o.cel("proces_pct.verklarende_analyse.onbekend"), Some(&Cel::Geheel(0)));
        assert_eq!(o.cel("jeugdigen"), Some(&Cel::Geheel(9)));
    }
}
