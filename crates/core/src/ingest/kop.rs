//! The header row: normalised names, which file kind it is, and which column
//! holds which field (after the user's column mapping).

use std::collections::BTreeMap;

use crate::model::Bestandssoort;

/// A header name as compared: trimmed, lower case, `-` and space as `_`.
pub fn normaliseer_kop(kop: &str) -> String {
    kop.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect()
}

/// The columns that identify a kind (spec 1.1–1.7).
pub fn herkenningskolommen(soort: Bestandssoort) -> &'static [&'static str] {
    match soort {
        Bestandssoort::Trajecten => &["client", "toewijzing", "begindatum"],
        Bestandssoort::Declaraties => &["toewijzing", "maand", "bedrag"],
        Bestandssoort::Wachttijden => &["peildatum", "aanbieder", "wachttijd_weken"],
        Bestandssoort::Begroting => &["jaar", "bedrag"],
        Bestandssoort::Bevolking => &["jaar", "gemeente", "jongeren"],
        Bestandssoort::Aanmeldingen => &["aanmelddatum", "eerste_contact"],
        Bestandssoort::Tevredenheid => &["datum", "score"],
    }
}

/// Columns that must be present for a kind to be read. For wachttijden one
/// of `productcategorie` and `productcode` is also needed (see
/// [`ontbrekende_velden`]).
pub fn verplichte_velden(soort: Bestandssoort) -> &'static [&'static str] {
    match soort {
        Bestandssoort::Trajecten => &[
            "client",
            "toewijzing",
            "gemeente",
            "aanbieder",
            "productcategorie",
            "begindatum",
        ],
        _ => herkenningskolommen(soort),
    }
}

/// Every field a kind knows; other columns are ignored and listed.
pub const fn bekende_velden(soort: Bestandssoort) -> &'static [&'static str] {
    match soort {
        Bestandssoort::Trajecten => &[
            "client",
            "toewijzing",
            "gemeente",
            "aanbieder",
            "productcategorie",
            "productcode",
            "segment",
            "verwijzer",
            "geboortejaar",
            "begindatum",
            "einddatum",
            "reden_beeindiging",
            "verklarende_analyse",
            "familiegroepsplan",
            "perspectiefplan",
        ],
        Bestandssoort::Declaraties => &["toewijzing", "maand", "bedrag"],
        Bestandssoort::Wachttijden => &[
            "peildatum",
            "aanbieder",
            "productcategorie",
            "productcode",
            "wachttijd_weken",
            "wachtenden",
            "gemeente",
        ],
        Bestandssoort::Begroting => &["jaar", "bedrag", "gemeente", "segment"],
        Bestandssoort::Bevolking => &["jaar", "gemeente", "jongeren"],
        Bestandssoort::Aanmeldingen => &["aanmelddatum", "eerste_contact", "gemeente"],
        Bestandssoort::Tevredenheid => &["datum", "score", "aanbieder", "gemeente"],
    }
}

/// A field of a kind with its place in [`bekende_velden`], found at compile
/// time by [`Veld::nieuw`] (write `veld!(Trajecten, "client")`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Veld {
    pub soort: Bestandssoort,
    pub nummer: usize,
    pub naam: &'static str,
}

impl Veld {
    /// Only for constants: a name the kind does not know fails the build.
    pub const fn nieuw(soort: Bestandssoort, naam: &'static str) -> Veld {
        let velden = bekende_velden(soort);
        let mut nummer = 0;
        while nummer < velden.len() {
            if zelfde(velden[nummer], naam) {
                return Veld { soort, nummer, naam };
            }
            nummer += 1;
        }
        panic!("onbekend veld");
    }
}

/// String equality usable in a `const fn`.
const fn zelfde(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `veld!(Trajecten, "client")`: the [`Veld`] as a compile-time constant.
macro_rules! veld {
    ($soort:ident, $naam:literal) => {
        const { $crate::ingest::kop::Veld::nieuw($crate::model::Bestandssoort::$soort, $naam) }
    };
}
pub(crate) use veld;

/// Recognition order: kinds whose signature contains another's come first
/// (declaraties before begroting: both have `bedrag`; bevolking before
/// begroting: both have `jaar`).
const VOLGORDE: [Bestandssoort; 7] = [
    Bestandssoort::Trajecten,
    Bestandssoort::Declaraties,
    Bestandssoort::Wachttijden,
    Bestandssoort::Bevolking,
    Bestandssoort::Aanmeldingen,
    Bestandssoort::Tevredenheid,
    Bestandssoort::Begroting,
];

/// Columns specific enough that one of them alone suggests the kind.
const KENMERKEND: [&str; 6] = [
    "begindatum",
    "wachttijd_weken",
    "peildatum",
    "jongeren",
    "aanmelddatum",
    "eerste_contact",
];

/// The user's column mapping: per kind, spec field → the file's header name.
/// Stored by the UI (e.g. in localStorage) and applied before recognition.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Kolomkoppeling {
    /// Keyed by [`Bestandssoort::naam`], then by spec field name.
    pub per_soort: BTreeMap<String, BTreeMap<String, String>>,
}

impl Kolomkoppeling {
    /// Maps the spec field `veld` of `soort` to the file's column `kop`.
    pub fn koppel(&mut self, soort: Bestandssoort, veld: &str, kop: &str) {
        self.per_soort
            .entry(soort.naam().to_string())
            .or_default()
            .insert(veld.to_string(), kop.to_string());
    }

    /// The mapping for one kind, as (spec field, normalised header).
    fn voor(&self, soort: Bestandssoort) -> Vec<(String, String)> {
        self.per_soort
            .get(soort.naam())
            .map(|m| {
                m.iter()
                    .map(|(veld, kop)| (normaliseer_kop(veld), normaliseer_kop(kop)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Which column holds which field of one kind.
#[derive(Clone, Debug)]
pub struct Indeling {
    pub soort: Bestandssoort,
    /// Parallel to [`bekende_velden`]: the column index of each field.
    kolommen: Vec<Option<usize>>,
    /// The `bedrag` column is `bedrag_cent` (whole eurocents).
    pub bedrag_in_centen: bool,
}

impl Indeling {
    /// Lays out `koppen` (normalised) for `soort`, mapping first.
    pub fn nieuw(soort: Bestandssoort, koppen: &[String], koppeling: &Kolomkoppeling) -> Indeling {
        let velden = bekende_velden(soort);
        let mut kolommen: Vec<Option<usize>> = vec![None; velden.len()];
        let mut gebruikt = vec![false; koppen.len()];
        let mut bedrag_in_centen = false;
        for (veld, kop) in koppeling.voor(soort) {
            let Some(v) = velden.iter().position(|&n| n == veld) else {
                continue;
            };
            if let Some(k) = koppen.iter().position(|h| *h == kop) {
                if !gebruikt.get(k).copied().unwrap_or(true) {
                    if let Some(plek) = kolommen.get_mut(v) {
                        *plek = Some(k);
                    }
                    if let Some(g) = gebruikt.get_mut(k) {
                        *g = true;
                    }
                    bedrag_in_centen |= veld == "bedrag" && kop.ends_with("_cent");
                }
            }
        }
        for (v, &veld) in velden.iter().enumerate() {
            if kolommen.get(v).copied().flatten().is_some() {
                continue;
            }
            let gevonden = koppen.iter().enumerate().position(|(k, h)| {
                !gebruikt.get(k).copied().unwrap_or(true) && (h == veld || (veld == "bedrag" && h == "bedrag_cent"))
            });
            if let Some(k) = gevonden {
                bedrag_in_centen |= koppen.get(k).is_some_and(|h| h == "bedrag_cent");
                if let Some(plek) = kolommen.get_mut(v) {
                    *plek = Some(k);
                }
                if let Some(g) = gebruikt.get_mut(k) {
                    *g = true;
                }
            }
        }
        Indeling {
            soort,
            kolommen,
            bedrag_in_centen,
        }
    }

    /// The column of a field, if the file has it.
    pub fn kolom(&self, veld: &str) -> Option<usize> {
        let v = bekende_velden(self.soort).iter().position(|&n| n == veld)?;
        self.kolommen.get(v).copied().flatten()
    }

    /// The column of a field whose place was found at compile time: no
    /// name comparisons per value.
    pub fn kolom_van(&self, veld: Veld) -> Option<usize> {
        if veld.soort == self.soort {
            self.kolommen.get(veld.nummer).copied().flatten()
        } else {
            self.kolom(veld.naam)
        }
    }

    fn heeft(&self, veld: &str) -> bool {
        self.kolom(veld).is_some()
    }

    /// Columns of the file that hold no field of this kind.
    pub fn ongebruikt(&self, aantal_kolommen: usize) -> Vec<usize> {
        (0..aantal_kolommen)
            .filter(|k| !self.kolommen.contains(&Some(*k)))
            .collect()
    }

    /// Required fields that have no column.
    pub fn ontbrekend(&self) -> Vec<&'static str> {
        let mut uit: Vec<&'static str> = verplichte_velden(self.soort)
            .iter()
            .copied()
            .filter(|v| !self.heeft(v))
            .collect();
        if self.soort == Bestandssoort::Wachttijden && !self.heeft("productcategorie") && !self.heeft("productcode") {
            uit.push("productcategorie of productcode");
        }
        uit
    }
}

/// The outcome of looking at a header row.
#[derive(Clone, Debug)]
pub enum Herkenning {
    /// Recognised and complete: the file can be read.
    Herkend(Indeling),
    /// Probably this kind, but required columns are missing.
    Onvolledig(Indeling, Vec<&'static str>),
    /// No kind fits.
    Onbekend,
}

/// Recognises the kind of a file from its normalised header names.
pub fn herken(koppen: &[String], koppeling: &Kolomkoppeling) -> Herkenning {
    let indelingen: Vec<Indeling> = VOLGORDE
        .iter()
        .map(|&s| Indeling::nieuw(s, koppen, koppeling))
        .collect();
    for indeling in &indelingen {
        if herkenningskolommen(indeling.soort).iter().all(|v| indeling.heeft(v)) {
            let ontbrekend = indeling.ontbrekend();
            return if ontbrekend.is_empty() {
                Herkenning::Herkend(indeling.clone())
            } else {
                Herkenning::Onvolledig(indeling.clone(), ontbrekend)
            };
        }
    }
    // A guess: the kind with most identifying columns present, when that is
    // two or more, or one column specific to that kind.
    let mut beste: Option<(usize, &Indeling)> = None;
    for indeling in &indelingen {
        let aanwezig: Vec<&str> = herkenningskolommen(indeling.soort)
            .iter()
            .copied()
            .filter(|v| indeling.heeft(v))
            .collect();
        let telt = aanwezig.len() >= 2 || aanwezig.iter().any(|v| KENMERKEND.contains(v));
        if telt && beste.is_none_or(|(n, _)| aanwezig.len() > n) {
            beste = Some((aanwezig.len(), indeling));
        }
    }
    match beste {
        Some((_, indeling)) => Herkenning::Onvolledig(indeling.clone(), indeling.ontbrekend()),
        None => Herkenning::Onbekend,
    }
}

/// Required fields of `soort` that the given header (raw names, as in the
/// file) lacks after applying `koppeling`. Empty means the file can be read
/// as that kind; the UI uses this to drive its mapping step.
pub fn ontbrekende_velden(soort: Bestandssoort, koppen: &[String], koppeling: &Kolomkoppeling) -> Vec<&'static str> {
    let genormaliseerd: Vec<String> = koppen.iter().map(|k| normaliseer_kop(k)).collect();
    Indeling::nieuw(soort, &genormaliseerd, koppeling).ontbrekend()
}

/// The plain-Dutch list of what a header must contain, for messages.
pub fn verwachte_koppen() -> String {
    Bestandssoort::ALLE
        .iter()
        .map(|&s| format!("{} ({})", herkenningskolommen(s).join(" + "), s.naam()))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn koppen(regel: &str) -> Vec<String> {
        regel.split(';').map(normaliseer_kop).collect()
    }

    fn soort(regel: &str) -> Option<Bestandssoort> {
        match herken(&koppen(regel), &Kolomkoppeling::default()) {
            Herkenning::Herkend(i) => Some(i.soort),
            _ => None,
        }
    }

    #[test]
    fn koppen_normaliseren() {
        assert_eq!(normaliseer_kop("  Wachttijd Weken "), "wachttijd_weken");
        assert_eq!(normaliseer_kop("Eerste-Contact"), "eerste_contact");
        assert_eq!(normaliseer_kop("REDEN_BEEINDIGING"), "reden_beeindiging");
    }

    #[test]
    fn elke_soort_wordt_herkend() {
        assert_eq!(
            soort("client;toewijzing;gemeente;aanbieder;productcategorie;begindatum"),
            Some(Bestandssoort::Trajecten)
        );
        assert_eq!(soort("Toewijzing;Maand;Bedrag"), Some(Bestandssoort::Declaraties));
        assert_eq!(soort("toewijzing;maand;bedrag_cent"), Some(Bestandssoort::Declaraties));
        assert_eq!(
            soort("peildatum;aanbieder;productcode;wachttijd weken"),
            Some(Bestandssoort::Wachttijden)
        );
        assert_eq!(soort("jaar;bedrag;gemeente;segment"), Some(Bestandssoort::Begroting));
        assert_eq!(soort("jaar;gemeente;jongeren"), Some(Bestandssoort::Bevolking));
        assert_eq!(
            soort("aanmelddatum;eerste-contact;gemeente"),
            Some(Bestandssoort::Aanmeldingen)
        );
        assert_eq!(soort("datum;score"), Some(Bestandssoort::Tevredenheid));
    }

    #[test]
    fn overlappende_soorten() {
        // Declaraties with an extra `jaar` column are still declaraties.
        assert_eq!(soort("jaar;toewijzing;maand;bedrag"), Some(Bestandssoort::Declaraties));
        // Bevolking with an extra `bedrag` column is still bevolking.
        assert_eq!(soort("jaar;gemeente;jongeren;bedrag"), Some(Bestandssoort::Bevolking));
    }

    #[test]
    fn ontbrekende_kolommen_en_koppeling() {
        let k = koppen("clientnummer;toewijzing;gemeente;aanbieder;productcategorie;begindatum");
        match herken(&k, &Kolomkoppeling::default()) {
            Herkenning::Onvolledig(i, ontbrekend) => {
                assert_eq!(i.soort, Bestandssoort::Trajecten);
                assert_eq!(ontbrekend, ["client"]);
            }
            ander => panic!("{ander:?}"),
        }
        let mut koppeling = Kolomkoppeling::default();
        koppeling.koppel(Bestandssoort::Trajecten, "client", "Clientnummer");
        assert!(matches!(herken(&k, &koppeling), Herkenning::Herkend(_)));
        let json = serde_json::to_string(&koppeling).unwrap();
        assert_eq!(json, r#"{"trajecten":{"client":"Clientnummer"}}"#);
        let terug: Kolomkoppeling = serde_json::from_str(&json).unwrap();
        assert_eq!(terug, koppeling);
        let ruw: Vec<String> = "Clientnummer;toewijzing;begindatum"
            .split(';')
            .map(String::from)
            .collect();
        assert_eq!(
            ontbrekende_velden(Bestandssoort::Trajecten, &ruw, &koppeling),
            ["gemeente", "aanbieder", "productcategorie"]
        );
    }

    #[test]
    fn wachttijden_zonder_product() {
        match herken(
            &koppen("peildatum;aanbieder;wachttijd_weken"),
            &Kolomkoppeling::default(),
        ) {
            Herkenning::Onvolledig(_, o) => assert_eq!(o, ["productcategorie of productcode"]),
            ander => panic!("{ander:?}"),
        }
    }

    #[test]
    fn cbs_kop_is_onbekend() {
        let k = koppen("Regio's;Perioden;Jongeren met jeugdhulp in natura (% (zie toelichting))");
        assert!(matches!(herken(&k, &Kolomkoppeling::default()), Herkenning::Onbekend));
    }
}
