//! The `kpi` command line, lowered in two steps (as ripgrep does):
//! [`RuweKpiArgs::lees`] only splits the words into options and files, and
//! [`KpiOpdracht::uit`] turns those strings into validated core types
//! (window, scope, threshold). Every refusal is a usage error in Dutch.

use std::ffi::OsString;
use std::path::PathBuf;

use jeugdmonitor_core::content::{gemeentecode, RegioInhoud};
use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::kpi::{Scope, Treeknorm, Venster};
use jeugdmonitor_core::suppression::Onderdrukking;

use crate::fout::Fout;

/// Whether an option may be given once or many times.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Aantal {
    Eens,
    Herhaalbaar,
}

/// Every option of `kpi` that takes a value (all of them do; `--stil` and
/// `--help` are the only flags, for every command).
const OPTIES: [(&str, Aantal); 20] = [
    ("jaar", Aantal::Eens),
    ("halfjaar", Aantal::Eens),
    ("kwartaal", Aantal::Eens),
    ("maand", Aantal::Eens),
    ("van", Aantal::Eens),
    ("tot", Aantal::Eens),
    ("peildatum", Aantal::Eens),
    ("gemeente", Aantal::Herhaalbaar),
    ("segment", Aantal::Herhaalbaar),
    ("aanbieder", Aantal::Herhaalbaar),
    ("productcategorie", Aantal::Herhaalbaar),
    ("productcode", Aantal::Herhaalbaar),
    ("verwijzer", Aantal::Herhaalbaar),
    ("leeftijd", Aantal::Eens),
    ("k", Aantal::Eens),
    ("treeknorm", Aantal::Eens),
    ("inhoud", Aantal::Eens),
    ("format", Aantal::Eens),
    // Accepted as a synonym because Dutch users type it.
    ("formaat", Aantal::Eens),
    // Write to this file instead of standard output.
    ("uit", Aantal::Eens),
];

/// Step 1: the words of the command line, sorted but not yet understood.
#[derive(Debug, Default)]
pub struct RuweKpiArgs {
    pub hulp: bool,
    /// `--stil`: no progress line on stderr.
    pub stil: bool,
    /// The help command that usage errors point at.
    pub hulpopdracht: &'static str,
    /// Option name (without `--`) and value, in the order given.
    opties: Vec<(&'static str, OsString)>,
    bestanden: Vec<PathBuf>,
}

/// The options that choose a window.
pub const VENSTER_OPTIES: [&str; 6] = ["jaar", "halfjaar", "kwartaal", "maand", "van", "tot"];

/// The options that choose a selection (a scope): the core's filter names.
pub const SELECTIE_OPTIES: [&str; 7] = jeugdmonitor_core::kpi::FILTERNAMEN;

impl RuweKpiArgs {
    /// Splits the arguments after `kpi`. `--naam waarde` and `--naam=waarde`
    /// both work; `--` ends the options (for files whose name starts with `-`).
    #[cfg(test)]
    pub fn lees(args: &[OsString]) -> Result<RuweKpiArgs, Fout> {
        RuweKpiArgs::lees_met(args, &[], crate::fout::HULP_KPI)
    }

    /// [`RuweKpiArgs::lees`] for a command that knows the options of `kpi`
    /// and `extra` ones; usage errors name `hulpopdracht`.
    pub fn lees_met(
        args: &[OsString],
        extra: &[(&'static str, Aantal)],
        hulpopdracht: &'static str,
    ) -> Result<RuweKpiArgs, Fout> {
        RuweKpiArgs::lees_ruw(args, extra)
            .map_err(|f| f.met_hulp(hulpopdracht))
            .map(|mut r| {
                r.hulpopdracht = hulpopdracht;
                r
            })
    }

    fn lees_ruw(args: &[OsString], extra: &[(&'static str, Aantal)]) -> Result<RuweKpiArgs, Fout> {
        let mut ruw = RuweKpiArgs::default();
        let mut woorden = args.iter();
        while let Some(woord) = woorden.next() {
            let Some(tekst) = woord.to_str().filter(|t| t.starts_with('-') && t.len() > 1) else {
                ruw.bestanden.push(PathBuf::from(woord));
                continue;
            };
            if tekst == "--" {
                ruw.bestanden.extend(woorden.by_ref().map(PathBuf::from));
                break;
            }
            if tekst == "-h" || tekst == "--help" {
                ruw.hulp = true;
                continue;
            }
            if tekst == "--stil" {
                ruw.stil = true;
                continue;
            }
            let Some(optie) = tekst.strip_prefix("--") else {
                return Err(Fout::kpi(format!("onbekende optie: {tekst}")));
            };
            let (naam, ingesloten) = match optie.split_once('=') {
                Some((naam, waarde)) => (naam, Some(OsString::from(waarde))),
                None => (optie, None),
            };
            let Some(&(naam, aantal)) = OPTIES.iter().chain(extra).find(|(n, _)| *n == naam) else {
                return Err(Fout::kpi(onbekende_optie(naam, extra)));
            };
            let waarde = match ingesloten {
                Some(w) => w,
                // A following option is not a value: `--aanbieder --k 1`
                // almost certainly forgot the provider.
                None => match woorden.next() {
                    Some(w) if !w.to_str().is_some_and(|t| t.starts_with("--")) => w.clone(),
                    _ => return Err(Fout::kpi(format!("--{naam} verwacht een waarde"))),
                },
            };
            if aantal == Aantal::Eens && ruw.opties.iter().any(|(n, _)| *n == naam) {
                return Err(Fout::kpi(format!("--{naam} is meer dan één keer opgegeven")));
            }
            ruw.opties.push((naam, waarde));
        }
        Ok(ruw)
    }

    pub fn bestanden(&self) -> &[PathBuf] {
        &self.bestanden
    }

    pub fn bestanden_leeg(&self) -> bool {
        self.bestanden.is_empty()
    }

    pub fn waarde(&self, naam: &str) -> Option<&OsString> {
        self.opties.iter().find(|(n, _)| *n == naam).map(|(_, w)| w)
    }

    /// The first of `opties` that was given: for a command that shares the
    /// option parser but has no use for these options, to refuse them.
    pub fn eerste_van<'o>(&self, opties: &[&'o str]) -> Option<&'o str> {
        opties.iter().copied().find(|o| self.waarde(o).is_some())
    }

    /// The value of an option as text; options (unlike files) must be UTF-8.
    pub fn tekst(&self, naam: &str) -> Result<Option<&str>, Fout> {
        self.waarde(naam)
            .map(|w| {
                w.to_str()
                    .ok_or_else(|| Fout::kpi(format!("--{naam}: waarde is geen geldige tekst")))
            })
            .transpose()
    }

    fn teksten(&self, naam: &'static str) -> Result<Vec<&str>, Fout> {
        self.opties
            .iter()
            .filter(|(n, _)| *n == naam)
            .map(|(_, w)| {
                w.to_str()
                    .ok_or_else(|| Fout::kpi(format!("--{naam}: waarde is geen geldige tekst")))
            })
            .collect()
    }
}

fn onbekende_optie(naam: &str, extra: &[(&'static str, Aantal)]) -> String {
    // A near miss (`--gemeenten`, `--peil`) gets a suggestion.
    let bedoeld = OPTIES
        .iter()
        .chain(extra)
        .map(|(n, _)| *n)
        .find(|n| naam.len() >= 3 && (n.starts_with(naam) || naam.starts_with(n)));
    match bedoeld {
        Some(n) => format!("onbekende optie: --{naam} (bedoel je --{n}?)"),
        None => format!("onbekende optie: --{naam}"),
    }
}

/// The output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formaat {
    Json,
    Csv,
}

/// A `--gemeente` value: a code is understood at once, a name only once the
/// region content is read.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Gemeentekeuze {
    Code(String),
    Naam(String),
}

/// Step 2: what the user asked for, validated.
#[derive(Debug)]
pub struct KpiOpdracht {
    pub venster: Venster,
    /// `None`: the last day of the window.
    pub peildatum: Option<Datum>,
    /// Every filter except the municipalities (see [`KpiOpdracht::scope`]).
    scope: Scope,
    gemeenten: Vec<Gemeentekeuze>,
    pub onderdrukking: Onderdrukking,
    /// `None` when not given: then the region's (`--inhoud`), else 14 weeks.
    pub treeknorm: Option<Treeknorm>,
    pub inhoud: Option<PathBuf>,
    pub formaat: Formaat,
    pub bestanden: Vec<PathBuf>,
    /// `--uit`: the output file; `None` is standard output.
    pub uit: Option<PathBuf>,
    pub stil: bool,
}

impl KpiOpdracht {
    pub fn uit(ruw: RuweKpiArgs) -> Result<KpiOpdracht, Fout> {
        let hulp = if ruw.hulpopdracht.is_empty() {
            crate::fout::HULP_KPI
        } else {
            ruw.hulpopdracht
        };
        KpiOpdracht::uit_ruw(ruw).map_err(|f| f.met_hulp(hulp))
    }

    fn uit_ruw(ruw: RuweKpiArgs) -> Result<KpiOpdracht, Fout> {
        let venster = venster(&ruw)?;
        let peildatum = ruw.tekst("peildatum")?.map(|t| datum("peildatum", t)).transpose()?;

        let mut paren: Vec<(&str, &str)> = Vec::new();
        for naam in ["segment", "aanbieder", "productcategorie", "productcode", "verwijzer"] {
            for w in ruw.teksten(naam)? {
                if w.trim().is_empty() {
                    return Err(Fout::kpi(format!("--{naam} mag niet leeg zijn")));
                }
                paren.push((naam, w));
            }
        }
        if let Some(l) = ruw.tekst("leeftijd")? {
            paren.push(("leeftijd", l));
        }
        // The core reads the same names as URL filters: one validation for both.
        let scope = Scope::uit_query(paren).map_err(Fout::kpi)?;

        let inhoud = ruw.waarde("inhoud").map(PathBuf::from);
        let mut gemeenten = Vec::new();
        for g in ruw.teksten("gemeente")? {
            match gemeentecode(&[], g) {
                Some(code) => gemeenten.push(Gemeentekeuze::Code(code)),
                None if g.trim().is_empty() => return Err(Fout::kpi("--gemeente mag niet leeg zijn")),
                None if inhoud.is_none() => {
                    return Err(Fout::kpi(format!(
                        "--gemeente {g:?} is geen CBS-code (GM0243 of 0243); een gemeentenaam kan alleen met --inhoud"
                    )))
                }
                None => gemeenten.push(Gemeentekeuze::Naam(g.trim().to_string())),
            }
        }

        let onderdrukking = onderdrukking(&ruw)?;
        let treeknorm = treeknorm(&ruw)?;
        let formaat = formaat(&ruw)?;
        if ruw.bestanden.is_empty() {
            return Err(Fout::kpi("geen bestanden opgegeven: noem minstens één extract (CSV)"));
        }
        Ok(KpiOpdracht {
            venster,
            peildatum,
            scope,
            gemeenten,
            onderdrukking,
            treeknorm,
            inhoud,
            formaat,
            uit: ruw.waarde("uit").map(PathBuf::from),
            stil: ruw.stil,
            bestanden: ruw.bestanden,
        })
    }

    /// The whole scope, with municipality names resolved against the region
    /// content (`None` when no `--inhoud` was given; names were refused then).
    pub fn scope(&self, regio: Option<&RegioInhoud>) -> Result<Scope, Fout> {
        let mut scope = self.scope.clone();
        for g in &self.gemeenten {
            let code = match g {
                Gemeentekeuze::Code(c) => c.clone(),
                Gemeentekeuze::Naam(naam) => regio.and_then(|r| r.gemeentecode(naam)).ok_or_else(|| {
                    let bekend: Vec<&str> = regio
                        .map(|r| r.gemeenten.iter().map(|g| g.naam.as_str()).collect())
                        .unwrap_or_default();
                    Fout::kpi(format!(
                        "--gemeente {naam:?} is geen CBS-code en geen gemeente uit de regio-inhoud (bekend: {})",
                        bekend.join(", ")
                    ))
                })?,
            };
            scope.gemeenten.insert(code);
        }
        Ok(scope)
    }
}

/// `--k`: the suppression threshold (default 5).
pub fn onderdrukking(ruw: &RuweKpiArgs) -> Result<Onderdrukking, Fout> {
    match ruw.tekst("k")? {
        None => Ok(Onderdrukking::default()),
        Some(t) => {
            let k = t.trim().parse::<u32>().map_err(|_| {
                Fout::kpi(format!(
                    "--k moet een geheel getal van 1 tot en met 20 zijn, niet {t:?}"
                ))
            })?;
            Onderdrukking::nieuw(k).map_err(|m| Fout::kpi(format!("--k: {m}")))
        }
    }
}

/// `--treeknorm`: `None` when not given.
pub fn treeknorm(ruw: &RuweKpiArgs) -> Result<Option<Treeknorm>, Fout> {
    Ok(match ruw.tekst("treeknorm")? {
        None => None,
        Some(t) => Some(Treeknorm {
            standaard_weken: weken(t)?,
            ..Treeknorm::default()
        }),
    })
}

/// `--format` (or `--formaat`): json unless csv is asked for.
pub fn formaat(ruw: &RuweKpiArgs) -> Result<Formaat, Fout> {
    Ok(match (ruw.tekst("format")?, ruw.tekst("formaat")?) {
        (Some(_), Some(_)) => return Err(Fout::kpi("geef --format maar één keer op")),
        (Some(f), None) | (None, Some(f)) => match f.trim().to_ascii_lowercase().as_str() {
            "json" => Formaat::Json,
            "csv" => Formaat::Csv,
            _ => return Err(Fout::kpi(format!("--format moet json of csv zijn, niet {f:?}"))),
        },
        (None, None) => Formaat::Json,
    })
}

/// A date option (`--peildatum`), if given.
pub fn datumoptie(ruw: &RuweKpiArgs, naam: &str) -> Result<Option<Datum>, Fout> {
    ruw.tekst(naam)?.map(|t| datum(naam, t)).transpose()
}

const PERIODES: [&str; 6] = ["jaar", "halfjaar", "kwartaal", "maand", "van", "tot"];

/// Exactly one window: `--jaar`, `--halfjaar`, `--kwartaal`, `--maand`, or
/// `--van` together with `--tot`.
fn venster(ruw: &RuweKpiArgs) -> Result<Venster, Fout> {
    let gegeven: Vec<&str> = PERIODES.into_iter().filter(|p| ruw.waarde(p).is_some()).collect();
    let soorten = gegeven.iter().filter(|p| **p != "tot").count();
    if soorten == 0 {
        return Err(Fout::kpi(if gegeven.is_empty() {
            "geen periode opgegeven: gebruik --jaar, --halfjaar, --kwartaal, --maand of --van met --tot".to_string()
        } else {
            "--tot hoort bij --van: geef ook --van JJJJ-MM-DD".to_string()
        }));
    }
    if soorten > 1 || (gegeven.contains(&"tot") && !gegeven.contains(&"van")) {
        let namen: Vec<String> = gegeven.iter().map(|p| format!("--{p}")).collect();
        return Err(Fout::kpi(format!(
            "kies één periode: --jaar, --halfjaar, --kwartaal, --maand of --van met --tot (opgegeven: {})",
            namen.join(", ")
        )));
    }
    fn periodefout(naam: &'static str) -> impl Fn(String) -> Fout {
        move |m| Fout::kpi(format!("--{naam}: {m}"))
    }
    if let Some(t) = ruw.tekst("jaar")? {
        let jaar = jaartal("jaar", t, t)?;
        return Venster::jaar(jaar).map_err(periodefout("jaar"));
    }
    if let Some(t) = ruw.tekst("halfjaar")? {
        let (jaar, helft) = jaar_en_deel("halfjaar", t, 'H', "JJJJ-H1 of JJJJ-H2, bijvoorbeeld 2023-H2")?;
        return Venster::halfjaar(jaar, helft).map_err(periodefout("halfjaar"));
    }
    if let Some(t) = ruw.tekst("kwartaal")? {
        let (jaar, k) = jaar_en_deel("kwartaal", t, 'Q', "JJJJ-Q1 tot en met JJJJ-Q4, bijvoorbeeld 2024-Q1")?;
        return Venster::kwartaal(jaar, k).map_err(periodefout("kwartaal"));
    }
    if let Some(t) = ruw.tekst("maand")? {
        let fout = || Fout::kpi(format!("--maand moet JJJJ-MM zijn (bijvoorbeeld 2024-02), niet {t:?}"));
        let (j, m) = t.trim().split_once('-').ok_or_else(fout)?;
        let jaar = jaartal("maand", j, t)?;
        let maand = (m.len() == 2)
            .then(|| m.parse::<u32>().ok())
            .flatten()
            .ok_or_else(fout)?;
        return Venster::maand(jaar, maand).map_err(periodefout("maand"));
    }
    let (Some(van), Some(tot)) = (ruw.tekst("van")?, ruw.tekst("tot")?) else {
        return Err(Fout::kpi("--van hoort bij --tot: geef ook --tot JJJJ-MM-DD"));
    };
    Venster::aangepast(datum("van", van)?, datum("tot", tot)?).map_err(|m| Fout::kpi(format!("--van/--tot: {m}")))
}

/// Four digits; `heel` is the whole option value, for the message.
fn jaartal(naam: &str, t: &str, heel: &str) -> Result<i32, Fout> {
    let t = t.trim();
    if t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(j) = t.parse() {
            return Ok(j);
        }
    }
    Err(Fout::kpi(format!(
        "--{naam}: {heel:?} bevat geen jaartal van vier cijfers"
    )))
}

/// `2023-H2`, `2024-q1`: a year and a part number after a letter.
fn jaar_en_deel(naam: &str, t: &str, letter: char, vorm: &str) -> Result<(i32, u32), Fout> {
    let fout = || Fout::kpi(format!("--{naam} moet {vorm} zijn, niet {t:?}"));
    let (j, deel) = t.trim().split_once('-').ok_or_else(fout)?;
    let jaar = jaartal(naam, j, t)?;
    let mut tekens = deel.chars();
    let eerste = tekens.next().ok_or_else(fout)?;
    if !eerste.eq_ignore_ascii_case(&letter) {
        return Err(fout());
    }
    let nummer = tekens.as_str().parse::<u32>().map_err(|_| fout())?;
    Ok((jaar, nummer))
}

/// A date as `JJJJ-MM-DD` (the CLI, like URLs, speaks ISO only).
fn datum(naam: &str, t: &str) -> Result<Datum, Fout> {
    Datum::parse_iso(t.trim()).ok_or_else(|| {
        Fout::kpi(format!(
            "--{naam}: {t:?} is geen geldige datum (JJJJ-MM-DD, bijvoorbeeld 2023-12-31)"
        ))
    })
}

/// Weeks as a decimal, `14`, `6.5` or `6,5`; more than 0.
fn weken(t: &str) -> Result<f64, Fout> {
    let fout = || {
        Fout::kpi(format!(
            "--treeknorm moet een aantal weken groter dan 0 zijn (bijvoorbeeld 14 of 6,5), niet {t:?}"
        ))
    };
    let schoon = t.trim().replace(',', ".");
    if schoon.matches('.').count() > 1 || !schoon.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Err(fout());
    }
    schoon
        .parse::<f64>()
        .ok()
        .filter(|w| w.is_finite() && *w > 0.0)
        .ok_or_else(fout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opdracht(args: &[&str]) -> Result<KpiOpdracht, Fout> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        KpiOpdracht::uit(RuweKpiArgs::lees(&args)?)
    }

    fn melding(args: &[&str]) -> String {
        match opdracht(args) {
            Err(f @ Fout::Gebruik { .. }) => f.to_string(),
            other => panic!("verwacht een gebruiksfout voor {args:?}, kreeg {other:?}"),
        }
    }

    #[test]
    fn windows() {
        let d = |t| Datum::parse_iso(t).unwrap();
        let v = opdracht(&["--jaar", "2023", "a.csv"]).unwrap().venster;
        assert_eq!((v.van, v.tot), (d("2023-01-01"), d("2023-12-31")));
        let v = opdracht(&["--halfjaar=2023-h2", "a.csv"]).unwrap().venster;
        assert_eq!((v.van, v.tot), (d("2023-07-01"), d("2023-12-31")));
        let v = opdracht(&["--kwartaal", "2024-Q1", "a.csv"]).unwrap().venster;
        assert_eq!((v.van, v.tot), (d("2024-01-01"), d("2024-03-31")));
        let v = opdracht(&["--maand", "2024-02", "a.csv"]).unwrap().venster;
        assert_eq!(v.tot, d("2024-02-29"));
        let v = opdracht(&["--van", "2023-03-01", "--tot=2023-03-10", "a.csv"])
            .unwrap()
            .venster;
        assert_eq!(v.aantal_dagen(), 10);
    }

    #[test]
    fn window_refusals() {
        assert!(melding(&["a.csv"]).contains("geen periode"));
        assert!(melding(&["--jaar", "2023", "--van", "2023-01-01", "a.csv"]).contains("kies één periode"));
        assert!(melding(&["--tot", "2023-01-01", "a.csv"]).contains("--tot hoort bij --van"));
        assert!(melding(&["--van", "2023-01-01", "a.csv"]).contains("--van hoort bij --tot"));
        assert!(melding(&["--van", "2023-02-30", "--tot", "2023-03-01", "a.csv"]).contains("geen geldige datum"));
        assert!(melding(&["--van", "2023-03-02", "--tot", "2023-03-01", "a.csv"]).contains("na het einde"));
        assert!(melding(&["--halfjaar", "2023-H3", "a.csv"]).contains("halfjaar"));
        assert!(melding(&["--kwartaal", "2023-5", "a.csv"]).contains("JJJJ-Q1"));
        assert!(melding(&["--maand", "2023-13", "a.csv"]).contains("maand"));
        assert!(melding(&["--jaar", "23", "a.csv"]).contains("jaartal"));
        assert!(melding(&["--jaar", "2023", "--jaar", "2024", "a.csv"]).contains("meer dan één keer"));
    }

    #[test]
    fn options_and_files() {
        let o = opdracht(&[
            "--jaar=2023",
            "--segment",
            "4",
            "--segment=5",
            "--gemeente",
            "0243",
            "--productcode",
            "54a01",
            "--leeftijd",
            "12-17",
            "--k",
            "1",
            "--treeknorm",
            "6,5",
            "--format",
            "CSV",
            "--",
            "--raar.csv",
        ])
        .unwrap();
        let s = o.scope(None).unwrap();
        assert_eq!(s.segmenten.len(), 2);
        assert!(s.gemeenten.contains("GM0243") && s.productcodes.contains("54A01"));
        assert_eq!(o.onderdrukking.k(), 1);
        assert_eq!(o.treeknorm.map(|t| t.standaard_weken), Some(6.5));
        assert_eq!(o.formaat, Formaat::Csv);
        assert_eq!(o.bestanden, vec![PathBuf::from("--raar.csv")]);
    }

    #[test]
    fn option_refusals() {
        assert!(melding(&["--jaar", "2023", "--k", "0", "a.csv"]).contains("1 tot en met 20"));
        assert!(melding(&["--jaar", "2023", "--k", "21", "a.csv"]).contains("1 tot en met 20"));
        assert!(melding(&["--jaar", "2023", "--k", "vijf", "a.csv"]).contains("geheel getal"));
        assert!(melding(&["--jaar", "2023", "--gemeenten", "0243", "a.csv"]).contains("bedoel je --gemeente"));
        assert!(melding(&["--jaar", "2023", "-x", "a.csv"]).contains("onbekende optie: -x"));
        assert!(melding(&["--jaar", "2023", "--aanbieder", "--k", "1", "a.csv"]).contains("verwacht een waarde"));
        assert!(melding(&["--jaar", "2023", "--segment", "6", "a.csv"]).contains("segment"));
        assert!(melding(&["--jaar", "2023", "--leeftijd", "17-12", "a.csv"]).contains("leeftijd"));
        assert!(melding(&["--jaar", "2023", "--treeknorm", "0", "a.csv"]).contains("treeknorm"));
        assert!(melding(&["--jaar", "2023", "--format", "xml", "a.csv"]).contains("json of csv"));
        assert!(melding(&["--jaar", "2023", "--gemeente", "Harderwijk", "a.csv"]).contains("--inhoud"));
        assert!(melding(&["--jaar", "2023"]).contains("geen bestanden"));
    }
}
