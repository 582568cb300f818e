//! Integration tests: the built `jeugdmonitor` binary against fixture files
//! in `tests/data/`, one module per concern. Expected values are reasoned
//! out by hand in comments next to each fixture's assertions.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{json, Value};

/// What one run of the binary gave.
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }
}

fn data(naam: &str) -> String {
    let pad: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", naam].iter().collect();
    pad.display().to_string()
}

fn run(args: &[&str]) -> Run {
    let uit = Command::new(env!("CARGO_BIN_EXE_jeugdmonitor"))
        .args(args)
        .output()
        .expect("the binary runs");
    Run {
        code: uit.status.code().expect("exited normally"),
        stdout: uit.stdout,
        stderr: String::from_utf8_lossy(&uit.stderr).into_owned(),
    }
}

/// Runs `kpi` with `args` and then the fixture files; expects exit 0 and
/// returns the JSON.
fn kpi_json(args: &[&str], bestanden: &[&str]) -> Value {
    let paden: Vec<String> = bestanden.iter().map(|b| data(b)).collect();
    let mut alle = vec!["kpi"];
    alle.extend_from_slice(args);
    alle.extend(paden.iter().map(String::as_str));
    let r = run(&alle);
    assert_eq!(r.code, 0, "exit status for {alle:?}; stderr: {}", r.stderr);
    serde_json::from_slice(&r.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", r.stdout()))
}

/// The value at a dotted path (`vervolg.zelfde_segment`, `invoer.0.soort`).
fn at<'v>(v: &'v Value, pad: &str) -> &'v Value {
    pad.split('.')
        .try_fold(v, |v, deel| match v {
            Value::Array(a) => deel.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => v.get(deel),
        })
        .unwrap_or_else(|| panic!("no {pad} in {v:#}"))
}

/// Checks every (path, expected) pair; numbers compare by value, so `334`
/// matches `334.0`.
fn check(v: &Value, verwacht: &[(&str, Value)]) {
    for (pad, w) in verwacht {
        let gevonden = at(v, pad);
        let gelijk = match (gevonden.as_f64(), w.as_f64()) {
            (Some(a), Some(b)) => a == b,
            _ => gevonden == w,
        };
        assert!(gelijk, "{pad}: expected {w}, got {gevonden}");
    }
}

/// Runs `kpi` expecting a usage error (exit 2) and returns stderr.
fn usage_error(args: &[&str]) -> String {
    let mut alle = vec!["kpi"];
    alle.extend_from_slice(args);
    let r = run(&alle);
    assert_eq!(r.code, 2, "exit status for {alle:?}; stderr: {}", r.stderr);
    assert!(r.stdout.is_empty(), "no output on a usage error");
    assert!(r.stderr.contains("zie jeugdmonitor"), "hint missing: {}", r.stderr);
    r.stderr
}

/// The worked example of spec section 6, through the CLI.
mod voorbeeld {
    use super::*;

    /// Every value of the spec's table (window 2023, P = 31-12-2023).
    fn spec_waarden() -> Vec<(&'static str, Value)> {
        vec![
            ("venster.van", json!("2023-01-01")),
            ("venster.tot", json!("2023-12-31")),
            ("peildatum", json!("2023-12-31")),
            ("jeugdigen", json!(3)),
            ("trajecten_lopend", json!(3)),
            ("instroom_trajecten", json!(4)),
            ("instroom_jeugdigen", json!(3)),
            ("nieuwe_jeugdigen", json!(1)),
            ("herinstroom_jeugdigen", json!(1)),
            ("uitstroom_trajecten", json!(3)),
            ("uitstroom_jeugdigen", json!(1)),
            ("duur_gemiddeld", json!(284.0)),
            ("duur_mediaan", json!(334)),
            ("volgens_plan_pct", json!(66.7)),
            ("stapeling", json!(0)),
            ("vervolg.zelfde_segment", json!(1)),
            ("vervolg.ander_segment", json!(0)),
            ("vervolg.loopt_door", json!(1)),
            ("vervolg.geen_vervolg", json!(1)),
            ("volgnummer.1", json!(1)),
            ("volgnummer.2", json!(3)),
            ("volgnummer.3+", json!(0)),
            ("onderdrukking.k", json!(1)),
        ]
    }

    #[test]
    fn spec_text_crlf() {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["voorbeeld_spec.csv"]);
        check(&v, &spec_waarden());
    }

    /// `;`, Windows-1252, dd-mm-yyyy, CRLF; an extra `opmerking` column
    /// with ë, é and € (bytes 0xEB, 0xE9, 0x80) is ignored.
    #[test]
    fn puntkomma_windows_1252() {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["voorbeeld_1252.csv"]);
        check(&v, &spec_waarden());
        check(
            &v,
            &[
                ("invoer.0.soort", json!("trajecten")),
                ("invoer.0.codering", json!("Windows-1252")),
                ("invoer.0.scheidingsteken", json!(";")),
                ("invoer.0.regels_gelezen", json!(6)),
                ("invoer.0.geaccepteerd", json!(6)),
                ("invoer.0.afgewezen", json!(0)),
                ("invoer.0.genegeerde_kolommen", json!(["opmerking"])),
                ("invoer.0.periode.van", json!("2021-10-10")),
                ("invoer.0.periode.tot", json!("2023-12-31")),
                ("afgewezen", json!([])),
                ("waarschuwingen", json!([])),
            ],
        );
    }

    /// `,`, UTF-8 with BOM, ISO dates, LF: the same rows give the same values.
    #[test]
    fn komma_utf8_bom() {
        let v = kpi_json(&["--jaar=2023", "--k=1"], &["voorbeeld_bom.csv"]);
        check(&v, &spec_waarden());
        check(
            &v,
            &[
                ("invoer.0.codering", json!("UTF-8 met BOM")),
                ("invoer.0.scheidingsteken", json!(",")),
                ("invoer.0.genegeerde_kolommen", json!(["opmerking"])),
            ],
        );
    }

    /// With the default k = 5 every count of 1–4 youths is hidden; 0 and
    /// values that cannot be computed stay as they are.
    #[test]
    fn default_k_hides_small_counts() {
        let v = kpi_json(&["--jaar", "2023"], &["voorbeeld_spec.csv"]);
        check(
            &v,
            &[
                ("jeugdigen", json!("<5")),
                ("trajecten_lopend", json!("<5")),
                ("instroom_trajecten", json!("<5")),
                ("nieuwe_jeugdigen", json!("<5")),
                ("uitstroom_jeugdigen", json!("<5")),
                ("duur_gemiddeld", json!("–")),
                ("volgens_plan_pct", json!("–")),
                ("stapeling", json!(0)),
                ("vervolg.zelfde_segment", json!("<5")),
                ("vervolg.ander_segment", json!(0)),
                ("volgnummer.2", json!("<5")),
                ("kosten", Value::Null),
                ("onderdrukking.k", json!(5)),
            ],
        );
        let reden = at(&v, "onderdrukking.redenen.jeugdigen").as_str().unwrap();
        assert!(reden.contains("minder dan 5 jeugdigen"), "{reden}");
    }

    /// A peildatum before the end of the window: on 15-06-2023 T2 (starts
    /// that day), T3 and T4 (B: two at once) and T6 are active.
    #[test]
    fn peildatum() {
        let v = kpi_json(
            &["--jaar", "2023", "--peildatum", "2023-06-15", "--k", "1"],
            &["voorbeeld_spec.csv"],
        );
        check(
            &v,
            &[
                ("peildatum", json!("2023-06-15")),
                ("trajecten_lopend", json!(4)),
                ("jeugdigen_lopend", json!(3)),
                ("stapeling", json!(1)),
            ],
        );
    }

    /// Scope: segment 2 holds only T3 (B); month and quarter windows.
    #[test]
    fn scope_and_short_windows() {
        let v = kpi_json(
            &["--jaar", "2023", "--segment", "2", "--k", "1"],
            &["voorbeeld_spec.csv"],
        );
        check(&v, &[("jeugdigen", json!(1)), ("uitstroom_trajecten", json!(1))]);
        // GM0233 is B only; written as 0233.
        let v = kpi_json(
            &["--jaar", "2023", "--gemeente", "0233", "--k", "1"],
            &["voorbeeld_spec.csv"],
        );
        check(&v, &[("jeugdigen", json!(1)), ("instroom_trajecten", json!(2))]);
        // February 2023: only T6 starts (01-02-2023).
        let v = kpi_json(&["--maand", "2023-02", "--k", "1"], &["voorbeeld_spec.csv"]);
        check(
            &v,
            &[("venster.tot", json!("2023-02-28")), ("instroom_trajecten", json!(1))],
        );
        // Q2 2023: T4 (01-05) and T2 (15-06) start; T3 ends 30-06.
        let v = kpi_json(&["--kwartaal", "2023-Q2", "--k", "1"], &["voorbeeld_spec.csv"]);
        check(
            &v,
            &[("instroom_trajecten", json!(2)), ("uitstroom_trajecten", json!(1))],
        );
        // H2 2023 equals --van 2023-07-01 --tot 2023-12-31.
        let h = kpi_json(&["--halfjaar", "2023-H2", "--k", "1"], &["voorbeeld_spec.csv"]);
        let vt = kpi_json(
            &["--van", "2023-07-01", "--tot", "2023-12-31", "--k", "1"],
            &["voorbeeld_spec.csv"],
        );
        assert_eq!(at(&h, "jeugdigen"), at(&vt, "jeugdigen"));
        assert_eq!(at(&h, "uitstroom_trajecten"), at(&vt, "uitstroom_trajecten"));
    }
}

/// The other file kinds, with the example trajecten (A: T1, T2 in GM0243;
/// B: T3, T4 in GM0233; C: T5, T6 in GM0243), window 2023, k = 1.
mod kpis {
    use super::*;

    const ALLE: [&str; 7] = [
        "voorbeeld_spec.csv",
        "declaraties.csv",
        "begroting.csv",
        "bevolking.csv",
        "wachttijden.csv",
        "aanmeldingen.csv",
        "tevredenheid.csv",
    ];

    #[test]
    fn every_kind_without_scope() {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &ALLE);
        check(
            &v,
            &[
                // declaraties in 2023: T1 1000,00 + T2 2500,50 (06-2023) + T3
                // 4000,00 (date 15-03 → March) − T4 500,00 + T6 3000,00 + the
                // unmatched X9 100,00 = 10100,50; T1's 2022-12 is outside.
                ("kosten", json!(10100.50)),
                // Matched only: A 3500,50 + B 3500,00 + C 3000,00 over 3 = 3333,50.
                ("kosten_per_jeugdige", json!(3333.50)),
                // Three clients, all in the top 10: 10000,50 / 10100,50 = 99,0 %.
                ("top10_aandeel_pct", json!(99.0)),
                ("jeugdigen_boven_50k", json!(0)),
                // The regional row for 2023 (empty gemeente and segment).
                ("begroting", json!(20000.00)),
                // 10100,50 / 20000 = 50,50 %.
                ("realisatie_pct", json!(50.5)),
                // 2023 so far 10100,50, last month November: × 12 / 11 =
                // 11018,727… → 11018,73.
                ("prognose", json!(11018.73)),
                // 3 youths / (1500 + 900 in 2023) × 1000 = 1,25 → 1,3 (half
                // away from zero).
                ("per_1000_jongeren", json!(1.3)),
                // Latest peildatum ≤ 31-12-2023 is 01-12-2023 (15-01-2024 is
                // after W). Category 45: P1 16,5 and P2 0 → 8,25 → 8,3; with
                // waiting time only 16,5. Code 54001: P3 10 and P4 15 → 12,5.
                ("wacht_peildatum", json!("2023-12-01")),
                ("wachttijd_gemiddeld.45.alle", json!(8.3)),
                ("wachttijd_gemiddeld.45.met_wachttijd", json!(16.5)),
                ("wachttijd_gemiddeld.54001.alle", json!(12.5)),
                ("wachttijd_gemiddeld.54001.met_wachttijd", json!(12.5)),
                // Above 14 weeks: P1 (16,5) and P4 (15).
                ("boven_treeknorm", json!(2)),
                // 4 + 0 + 3 + 2.
                ("wachtenden", json!(9)),
                // Requests in 2023 (working days after the request up to the
                // contact, no holidays without --inhoud):
                //   Thu 06-04 → Tue 11-04: Fri, Mon, Tue = 3  → in time
                //   Thu 06-04 → Wed 12-04: 4                  → late
                //   Wed 01-03 → same day: 0                   → in time
                //   Fri 03-03 → Thu 09-03: 4                  → late
                //   Thu 28-12, no contact: 1 day by 31-12     → not counted yet
                //   Mon 01-05, no contact: far more than 3    → late
                //   30-12-2022: outside W.
                // 2 of 5 = 40,0 %.
                ("contact_binnen_3_werkdagen_pct", json!(40.0)),
                // 8, 7,5 (quoted decimal comma) and 6 in 2023: 21,5 / 3 = 7,17 → 7,2.
                ("tevredenheid_gemiddeld", json!(7.2)),
                // No catalogue without --inhoud.
                ("jeugdzorgplus_pct", Value::Null),
            ],
        );
        let geen = at(&v, "geen_gegevens.jeugdzorgplus_pct").as_str().unwrap();
        assert!(geen.contains("--inhoud"), "{geen}");
        // The unmatched declaration is kept and reported.
        let w = at(&v, "waarschuwingen").to_string();
        assert!(w.contains("X9") && w.contains("niet te koppelen"), "{w}");
        assert_eq!(at(&v, "invoer").as_array().unwrap().len(), 7);
        check(&v, &[("invoer.4.scheidingsteken", json!("\t"))]);
    }

    /// Money is printed with exactly two decimals, as the core serialises it.
    #[test]
    fn money_keeps_its_cents() {
        let r = run(&[
            "kpi",
            "--jaar",
            "2023",
            "--k",
            "1",
            &data("voorbeeld_spec.csv"),
            &data("declaraties.csv"),
            &data("begroting.csv"),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let tekst = r.stdout();
        assert!(tekst.contains("\"kosten\": 10100.50"), "{tekst}");
        assert!(tekst.contains("\"begroting\": 20000.00"), "{tekst}");
    }

    #[test]
    fn treeknorm_option() {
        // Above 16 weeks: only P1 (16,5).
        let v = kpi_json(&["--jaar", "2023", "--treeknorm", "16"], &["wachttijden.csv"]);
        check(&v, &[("boven_treeknorm", json!(1))]);
        let v = kpi_json(&["--jaar", "2023", "--treeknorm", "16,5"], &["wachttijden.csv"]);
        check(&v, &[("boven_treeknorm", json!(0))]);
    }

    #[test]
    fn the_regions_treeknorm_applies_unless_the_option_is_given() {
        // A copy of the test region with a norm of 16 weeks.
        let map = std::env::temp_dir().join(format!("jeugdmonitor-treeknorm-{}", std::process::id()));
        std::fs::create_dir_all(&map).expect("temp dir");
        let regio = std::fs::read_to_string(format!("{}/regio.toml", data("inhoud"))).expect("regio.toml");
        std::fs::write(
            map.join("regio.toml"),
            format!("{regio}\n[treeknorm]\nstandaard_weken = 16\n"),
        )
        .expect("write");
        let inhoud = map.display().to_string();
        let v = kpi_json(&["--jaar", "2023", "--inhoud", &inhoud], &["wachttijden.csv"]);
        check(&v, &[("boven_treeknorm", json!(1))]);
        let v = kpi_json(
            &["--jaar", "2023", "--inhoud", &inhoud, "--treeknorm", "16,5"],
            &["wachttijden.csv"],
        );
        check(&v, &[("boven_treeknorm", json!(0))]);
        let _ = std::fs::remove_dir_all(&map);
    }

    /// A KPI whose input file is missing is null and says what it needs.
    #[test]
    fn missing_inputs_are_null() {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["voorbeeld_spec.csv"]);
        for id in [
            "kosten",
            "kosten_per_jeugdige",
            "begroting",
            "realisatie_pct",
            "prognose",
            "per_1000_jongeren",
            "wachttijd_gemiddeld",
            "boven_treeknorm",
            "wachtenden",
            "contact_binnen_3_werkdagen_pct",
            "tevredenheid_gemiddeld",
        ] {
            assert_eq!(at(&v, id), &Value::Null, "{id}");
        }
        let reden = at(&v, "geen_gegevens.kosten").as_str().unwrap();
        assert!(reden.contains("declaraties"), "{reden}");
        // Declarations alone: kosten is the unscoped total; the per-youth
        // figures need trajecten.
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["declaraties.csv"]);
        check(&v, &[("kosten", json!(10100.50)), ("jeugdigen", Value::Null)]);
        assert_eq!(at(&v, "kosten_per_jeugdige"), &Value::Null);
    }
}

/// `--inhoud`: municipality names, holidays and the product catalogue.
mod inhoud {
    use super::*;

    #[test]
    fn names_holidays_and_catalogue() {
        let inhoud = data("inhoud");
        let v = kpi_json(&["--jaar", "2023", "--k", "1", "--inhoud", &inhoud], &kpis_alle());
        check(
            &v,
            &[
                // Easter Monday 10-04-2023 is a holiday: Thu 06-04 → Wed 12-04
                // is now 3 working days (Fri, Tue, Wed): 3 of 5 = 60,0 %.
                ("contact_binnen_3_werkdagen_pct", json!(60.0)),
                // 43A10 (T3, B) is JeugdzorgPlus: 1 of 3 youths = 33,3 %.
                ("jeugdzorgplus_pct", json!(33.3)),
            ],
        );

        // Harderwijk = GM0243: A and C.
        let v = kpi_json(
            &[
                "--jaar",
                "2023",
                "--k",
                "1",
                "--inhoud",
                &inhoud,
                "--gemeente",
                "harderwijk",
            ],
            &kpis_alle(),
        );
        check(
            &v,
            &[
                ("jeugdigen", json!(2)),
                // T1 1000,00 + T2 2500,50 + T6 3000,00; unmatched X9 is out.
                ("kosten", json!(6500.50)),
                ("begroting", json!(12000.00)),
                // 6500,50 / 12000 = 54,17 %.
                ("realisatie_pct", json!(54.2)),
                // 6500,50 × 12 / 11 = 7091,454… → 7091,45.
                ("prognose", json!(7091.45)),
                // 2 / 1500 × 1000 = 1,33.
                ("per_1000_jongeren", json!(1.3)),
                // GM0243's requests: in time 06-04→11-04, 06-04→12-04 (holiday)
                // and 01-03; late 03-03→09-03; 28-12 not yet: 3 of 4.
                ("contact_binnen_3_werkdagen_pct", json!(75.0)),
                // GM0243's scores in 2023: 8 and 6.
                ("tevredenheid_gemiddeld", json!(7.0)),
            ],
        );
    }

    fn kpis_alle() -> Vec<&'static str> {
        vec![
            "voorbeeld_spec.csv",
            "declaraties.csv",
            "begroting.csv",
            "bevolking.csv",
            "wachttijden.csv",
            "aanmeldingen.csv",
            "tevredenheid.csv",
        ]
    }

    /// T7 has an empty segment; the catalogue gives 54001 segment 2. Its
    /// gemeente is written as a name, which only the region content knows.
    #[test]
    fn catalogue_fills_empty_segments() {
        let inhoud = data("inhoud");
        let v = kpi_json(
            &["--jaar", "2023", "--k", "1", "--inhoud", &inhoud, "--segment", "2"],
            &["segment_leeg.csv"],
        );
        check(&v, &[("jeugdigen", json!(1)), ("invoer.0.geaccepteerd", json!(1))]);
    }

    #[test]
    fn unknown_name_is_a_usage_error() {
        let e = usage_error(&[
            "--jaar",
            "2023",
            "--inhoud",
            &data("inhoud"),
            "--gemeente",
            "Atlantis",
            &data("voorbeeld_spec.csv"),
        ]);
        assert!(e.contains("Atlantis") && e.contains("Harderwijk"), "{e}");
    }

    #[test]
    fn missing_content_folder_is_exit_1() {
        let r = run(&[
            "kpi",
            "--jaar",
            "2023",
            "--inhoud",
            &data("bestaat_niet"),
            &data("voorbeeld_spec.csv"),
        ]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("regio.toml"), "{}", r.stderr);
    }
}

/// Wrong usage: exit 2, a Dutch message and the help hint on stderr.
mod gebruik {
    use super::*;

    #[test]
    fn missing_window() {
        let e = usage_error(&[&data("voorbeeld_spec.csv")]);
        assert!(e.contains("geen periode opgegeven"), "{e}");
    }

    #[test]
    fn two_windows() {
        let e = usage_error(&["--jaar", "2023", "--van", "2023-01-01", "--tot", "2023-12-31", "x.csv"]);
        assert!(e.contains("kies één periode"), "{e}");
    }

    #[test]
    fn bad_dates() {
        let e = usage_error(&["--van", "2023-02-30", "--tot", "2023-12-31", "x.csv"]);
        assert!(e.contains("geen geldige datum"), "{e}");
        let e = usage_error(&["--van", "01-01-2023", "--tot", "2023-12-31", "x.csv"]);
        assert!(e.contains("JJJJ-MM-DD"), "{e}");
        let e = usage_error(&["--jaar", "2023", "--peildatum", "gisteren", "x.csv"]);
        assert!(e.contains("--peildatum"), "{e}");
    }

    #[test]
    fn k_out_of_range() {
        for k in ["0", "21"] {
            let e = usage_error(&["--jaar", "2023", "--k", k, "x.csv"]);
            assert!(e.contains("1 tot en met 20"), "{e}");
        }
    }

    #[test]
    fn unknown_option() {
        let e = usage_error(&["--jaar", "2023", "--kleur", "rood", "x.csv"]);
        assert!(e.contains("onbekende optie: --kleur"), "{e}");
    }

    #[test]
    fn no_files() {
        let e = usage_error(&["--jaar", "2023"]);
        assert!(e.contains("geen bestanden"), "{e}");
    }

    #[test]
    fn bad_filters() {
        assert!(usage_error(&["--jaar", "2023", "--segment", "9", "x.csv"]).contains("segment"));
        assert!(usage_error(&["--jaar", "2023", "--leeftijd", "oud", "x.csv"]).contains("leeftijd"));
        assert!(usage_error(&["--jaar", "2023", "--format", "xml", "x.csv"]).contains("json of csv"));
        assert!(usage_error(&["--jaar", "2023", "--gemeente", "Harderwijk", "x.csv"]).contains("--inhoud"));
    }

    #[test]
    fn subcommand_and_top_level() {
        for args in [&[][..], &["rapport"][..], &["--kleur"][..]] {
            let r = run(args);
            assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains("zie jeugdmonitor --help"), "{}", r.stderr);
        }
    }

    #[test]
    fn help_and_version() {
        let r = run(&["--help"]);
        assert_eq!(r.code, 0);
        assert!(r.stdout().contains("OPDRACHTEN") && r.stdout().contains("kpi"));
        let r = run(&["kpi", "--help"]);
        assert_eq!(r.code, 0);
        let hulp = r.stdout();
        for optie in [
            "--jaar",
            "--halfjaar",
            "--kwartaal",
            "--maand",
            "--van",
            "--tot",
            "--peildatum",
            "--gemeente",
            "--segment",
            "--aanbieder",
            "--productcategorie",
            "--productcode",
            "--verwijzer",
            "--leeftijd",
            "--k",
            "--treeknorm",
            "--inhoud",
            "--format",
            "VOORBEELDEN",
            "EXITSTATUS",
        ] {
            assert!(hulp.contains(optie), "kpi --help lacks {optie}");
        }
        let r = run(&["--version"]);
        assert_eq!(r.code, 0);
        assert!(r.stdout().starts_with("jeugdmonitor 0."), "{}", r.stdout());
    }
}

/// The privacy guard: exit 3, which file, column and why, and no output.
mod privacy {
    use super::*;

    #[test]
    fn bsn_column_is_refused() {
        let r = run(&[
            "kpi",
            "--jaar",
            "2023",
            &data("voorbeeld_spec.csv"),
            &data("privacy_bsn.csv"),
        ]);
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.stdout.is_empty(), "no KPI output: {}", r.stdout());
        assert!(r.stderr.contains("privacy_bsn.csv"), "{}", r.stderr);
        assert!(r.stderr.contains("kolom \"bsn\""), "{}", r.stderr);
        assert!(r.stderr.contains("BSN (elfproef)"), "{}", r.stderr);
    }
}

/// Reading files: missing, unrecognised, rejected rows, duplicates.
mod invoer {
    use super::*;

    #[test]
    fn nonexistent_file_is_exit_1() {
        let r = run(&[
            "kpi",
            "--jaar",
            "2023",
            &data("voorbeeld_spec.csv"),
            &data("bestaat_niet.csv"),
        ]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            r.stderr.contains("bestaat_niet.csv") && r.stderr.contains("bestaat niet"),
            "{}",
            r.stderr
        );
        assert!(r.stdout.is_empty());
    }

    /// One usable file is enough: the other is reported and skipped.
    #[test]
    fn unrecognised_file_is_a_warning() {
        let v = kpi_json(
            &["--jaar", "2023", "--k", "1"],
            &["voorbeeld_spec.csv", "geen_extract.csv"],
        );
        check(
            &v,
            &[
                ("jeugdigen", json!(3)),
                ("invoer.1.soort", Value::Null),
                ("invoer.1.regels_gelezen", json!(1)),
            ],
        );
        let w = at(&v, "waarschuwingen").to_string();
        assert!(w.contains("geen_extract.csv") && w.contains("niet herkend"), "{w}");
    }

    #[test]
    fn no_usable_file_is_exit_1() {
        let r = run(&["kpi", "--jaar", "2023", &data("geen_extract.csv")]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("geen enkel bestand"), "{}", r.stderr);
    }

    /// Line 3 has 31-02-2023, line 4 productcategorie 39: both rejected with
    /// file, line, column, value and reason; line 2 is kept.
    #[test]
    fn rejected_rows_are_listed() {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["trajecten_fouten.csv"]);
        check(
            &v,
            &[
                ("jeugdigen", json!(1)),
                ("invoer.0.geaccepteerd", json!(1)),
                ("invoer.0.afgewezen", json!(2)),
                ("afgewezen.0.regel", json!(3)),
                ("afgewezen.0.kolom", json!("begindatum")),
                ("afgewezen.0.waarde", json!("31-02-2023")),
                ("afgewezen.1.regel", json!(4)),
                ("afgewezen.1.kolom", json!("productcategorie")),
            ],
        );
        assert!(at(&v, "afgewezen.0.bestand")
            .as_str()
            .unwrap()
            .ends_with("trajecten_fouten.csv"));
        assert!(!at(&v, "afgewezen.0.reden").as_str().unwrap().is_empty());
    }

    /// Two files with the same toewijzingen: the first wins, the second's
    /// rows are rejected by `bouw_dataset` and listed too.
    #[test]
    fn duplicates_across_files() {
        let v = kpi_json(
            &["--jaar", "2023", "--k", "1"],
            &["voorbeeld_spec.csv", "voorbeeld_bom.csv"],
        );
        check(&v, &[("jeugdigen", json!(3)), ("instroom_trajecten", json!(4))]);
        let afgewezen = at(&v, "afgewezen").as_array().unwrap();
        assert_eq!(afgewezen.len(), 6);
        assert!(afgewezen[0]["bestand"].as_str().unwrap().ends_with("voorbeeld_bom.csv"));
        assert!(afgewezen[0]["reden"].as_str().unwrap().contains("dubbele toewijzing"));
        assert!(at(&v, "waarschuwingen").to_string().contains("6 trajecten"));
    }
}

/// `--format csv`: BOM, `;`, decimal commas, the suppression setting first.
mod csv {
    use super::*;

    fn csv(args: &[&str]) -> String {
        let mut alle = vec!["kpi", "--format", "csv"];
        alle.extend_from_slice(args);
        let r = run(&alle);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM first");
        r.stdout()
    }

    fn rij<'t>(tekst: &'t str, kpi: &str) -> Vec<&'t str> {
        tekst
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .find(|l| l.split(';').next() == Some(kpi))
            .unwrap_or_else(|| panic!("no row {kpi} in\n{tekst}"))
            .split(';')
            .collect()
    }

    #[test]
    fn shape_and_numbers() {
        let tekst = csv(&[
            "--jaar",
            "2023",
            "--k",
            "1",
            &data("voorbeeld_spec.csv"),
            &data("declaraties.csv"),
            &data("wachttijden.csv"),
        ]);
        let mut regels = tekst.trim_start_matches('\u{FEFF}').split("\r\n");
        assert!(regels.next().unwrap().starts_with("# onderdrukking;uit (k=1)"));
        assert_eq!(regels.next(), Some("kpi;waarde;toelichting"));
        assert_eq!(rij(&tekst, "jeugdigen")[1], "3");
        assert_eq!(rij(&tekst, "duur_gemiddeld")[1], "284,0");
        assert_eq!(rij(&tekst, "volgens_plan_pct")[1], "66,7");
        assert_eq!(rij(&tekst, "vervolg.zelfde_segment")[1], "1");
        assert_eq!(rij(&tekst, "volgnummer.3+")[1], "0");
        assert_eq!(rij(&tekst, "kosten")[1], "10100,50");
        assert_eq!(rij(&tekst, "wachttijd_gemiddeld.45.alle")[1], "8,3");
        assert_eq!(rij(&tekst, "proces_pct.familiegroepsplan.onbekend")[1], "3");
        let begroting = rij(&tekst, "begroting");
        assert_eq!(begroting[1], "");
        assert!(begroting[2].contains("begroting"), "{begroting:?}");
    }

    /// Whether a spreadsheet could run `cel` as a formula (OWASP's list, also
    /// after leading spaces); cells of digits, commas and points are numbers.
    fn begint_formule(cel: &str) -> bool {
        let zonder_teken = cel.strip_prefix(['-', '+']).unwrap_or(cel);
        let getal = !zonder_teken.is_empty()
            && zonder_teken.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && zonder_teken.ends_with(|c: char| c.is_ascii_digit());
        let tekens = ['=', '+', '-', '@', '\t', '\r', '\n'];
        !getal && cel.trim_start_matches([' ', '\u{A0}']).starts_with(tekens)
    }

    /// Every cell of a `;`-separated CSV text, read by the `csv` crate.
    fn cellen(tekst: &str) -> Vec<Vec<String>> {
        ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(b';')
            .from_reader(tekst.trim_start_matches('\u{FEFF}').as_bytes())
            .records()
            .map(|r| r.expect("leesbare CSV").iter().map(str::to_string).collect())
            .collect()
    }

    /// Provider names, product codes, goal titles and amounts that a
    /// spreadsheet would run as formulas (OWASP "CSV injection") never start
    /// a cell of any CSV the CLI writes: the KPI table, the breakdowns, the
    /// trend and the goals. Negative amounts stay numbers. The outputs are
    /// kept in target/tmp/cli-formules/uit for scripts/spreadsheet-controle.sh.
    #[test]
    fn no_cell_starts_a_formula() {
        let map = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-formules");
        let uit = map.join("uit");
        std::fs::create_dir_all(&uit).unwrap();
        let schrijf = |naam: &str, tekst: &str| {
            let pad = map.join(naam);
            std::fs::write(&pad, tekst).unwrap();
            pad.display().to_string()
        };
        let trajecten = schrijf(
            "trajecten.csv",
            "client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;begindatum;einddatum;reden_beeindiging\n\
             +A;T1;GM0243;\"=HYPERLINK(\"\"https://x.invalid\"\";\"\"klik\"\")\";45;=1+1;4;01-02-2023;;\n\
             B;T2;GM0243;+SUM(1+1);45;@A1;4;01-02-2023;;\n",
        );
        let declaraties = schrijf(
            "declaraties.csv",
            "toewijzing;maand;bedrag\nT1;2023-03;-1234,50\nT2;2023-03;100\n",
        );
        let wachttijden = schrijf(
            "wachttijden.csv",
            "peildatum;aanbieder;productcategorie;productcode;wachttijd_weken;wachtenden;gemeente\n\
             2023-06-30;-2+3;45;-1+1;4;3;\n",
        );
        let regio_doelen = std::fs::read_to_string(format!(
            "{}/../../public/content/doelen.toml",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let doelen: String = regio_doelen
            .lines()
            .map(|l| {
                if l.starts_with("titel = ") {
                    "titel = \"@SUM(1+1)*cmd|' /C calc'!A0\""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        let doelen = schrijf("doelen.toml", &doelen);
        let bestanden = [trajecten.as_str(), &declaraties, &wachttijden];
        let mut uitvoer = Vec::new();
        let mut draai = |naam: &str, args: &[&str]| {
            let mut alle: Vec<&str> = args.to_vec();
            alle.extend(["--format", "csv", "--k", "1"]);
            alle.extend(bestanden);
            let r = run(&alle);
            assert_eq!(r.code, 0, "{alle:?}: {}", r.stderr);
            std::fs::write(uit.join(naam), &r.stdout).unwrap();
            uitvoer.push((naam.to_string(), r.stdout()));
        };
        draai("kpi.csv", &["kpi", "--jaar", "2023"]);
        for per in ["aanbieder", "productcode", "gemeente"] {
            draai(&format!("kpi-per-{per}.csv"), &["kpi", "--jaar", "2023", "--per", per]);
        }
        draai(
            "verloop.csv",
            &["verloop", "--kpi", "kosten", "--per", "kwartaal", "--jaar", "2023"],
        );
        draai(
            "doelen.csv",
            &["doelen", "--peildatum", "2023-12-31", "--doelen", &doelen],
        );
        let mut geneutraliseerd = 0;
        for (naam, tekst) in &uitvoer {
            let rijen = cellen(tekst);
            assert!(rijen.len() > 1, "{naam}: {tekst}");
            for cel in rijen.iter().flatten() {
                assert!(!begint_formule(cel), "{naam}: de cel {cel:?} begint een formule");
                geneutraliseerd += usize::from(cel.starts_with('\''));
            }
        }
        // The payloads did reach the files, as text: both providers in the
        // breakdown, the product codes, and every goal title.
        let per_aanbieder = &uitvoer.iter().find(|(n, _)| n == "kpi-per-aanbieder.csv").unwrap().1;
        assert!(per_aanbieder.contains("\"'+SUM(1+1)\""), "{per_aanbieder}");
        assert!(per_aanbieder.contains("\"'=HYPERLINK("), "{per_aanbieder}");
        let doelen_csv = &uitvoer.iter().find(|(n, _)| n == "doelen.csv").unwrap().1;
        assert!(doelen_csv.contains("\"'@SUM(1+1)"), "{doelen_csv}");
        assert!(geneutraliseerd >= 6, "{uitvoer:?}");
        assert_eq!(rij(&uitvoer[0].1, "kosten")[1], "-1134,50");
    }

    #[test]
    fn suppression_setting_and_reasons() {
        let tekst = csv(&["--jaar", "2023", &data("voorbeeld_spec.csv")]);
        assert!(
            tekst.trim_start_matches('\u{FEFF}').starts_with("# onderdrukking;k=5:"),
            "{tekst}"
        );
        let r = rij(&tekst, "jeugdigen");
        assert_eq!(r[1], "<5");
        assert!(r[2].contains("minder dan 5"), "{r:?}");
    }
}

mod demo {
    use super::*;

    fn repo(pad: &str) -> PathBuf {
        [env!("CARGO_MANIFEST_DIR"), "..", "..", pad].iter().collect()
    }

    /// The bundled demo data is exactly what the generator writes, so the
    /// app's "Laad demogegevens" and `jeugdmonitor demo` can never drift apart.
    #[test]
    fn bundled_demo_data_is_the_generators_output() {
        let uit = std::env::temp_dir().join(format!("jeugdmonitor-demo-{}", std::process::id()));
        let r = run(&["demo", "--uit", uit.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        for naam in [
            "trajecten",
            "declaraties",
            "wachttijden",
            "begroting",
            "bevolking",
            "aanmeldingen",
            "tevredenheid",
        ] {
            let nieuw = std::fs::read(uit.join(format!("{naam}.csv"))).unwrap();
            let gebundeld = std::fs::read(repo(&format!("public/demo/{naam}.csv"))).unwrap();
            assert!(
                nieuw == gebundeld,
                "public/demo/{naam}.csv differs from `jeugdmonitor demo` output"
            );
        }
        let catalogus = std::fs::read(uit.join("producten.toml")).unwrap();
        assert_eq!(catalogus, std::fs::read(repo("public/content/producten.toml")).unwrap());
        let _ = std::fs::remove_dir_all(&uit);
    }

    /// The demo data reads without a single rejection and gives every KPI a value.
    #[test]
    fn demo_data_gives_every_kpi() {
        let inhoud = repo("public/content");
        let bestanden: Vec<String> = [
            "trajecten",
            "declaraties",
            "wachttijden",
            "begroting",
            "bevolking",
            "aanmeldingen",
            "tevredenheid",
        ]
        .iter()
        .map(|n| repo(&format!("public/demo/{n}.csv")).display().to_string())
        .collect();
        let mut args = vec![
            "kpi",
            "--jaar",
            "2024",
            "--k",
            "1",
            "--inhoud",
            inhoud.to_str().unwrap(),
        ];
        args.extend(bestanden.iter().map(String::as_str));
        let r = run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: Value = serde_json::from_slice(&r.stdout).unwrap();
        assert_eq!(v["afgewezen"], json!([]));
        for (kpi, waarde) in v.as_object().unwrap() {
            assert!(!waarde.is_null(), "{kpi} is null on the demo data");
        }
        assert_eq!(v["geen_gegevens"], json!({}));
    }

    /// `--schaal referentie` writes the benchmark's job: 2021–2023, the asked
    /// number of trajecten rows (within 5 %), declarations in 2023 only.
    #[test]
    fn reference_job() {
        let uit = std::env::temp_dir().join(format!("jeugdmonitor-referentie-{}", std::process::id()));
        let r = run(&[
            "demo",
            "--schaal",
            "referentie",
            "--trajecten",
            "5000",
            "--uit",
            uit.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let trajecten = std::fs::read_to_string(uit.join("trajecten.csv")).unwrap();
        let rijen = trajecten.lines().count() - 1;
        assert!((rijen as f64 / 5000.0 - 1.0).abs() < 0.05, "{rijen}");
        let jaren: std::collections::BTreeSet<&str> = trajecten
            .lines()
            .skip(1)
            .filter_map(|l| l.split(',').nth(9))
            .map(|d| &d[..4])
            .collect();
        assert!(jaren.iter().all(|j| *j <= "2023"), "{jaren:?}");
        let declaraties = std::fs::read_to_string(uit.join("declaraties.csv")).unwrap();
        assert!(declaraties
            .lines()
            .skip(1)
            .all(|l| l.split(',').nth(1).is_some_and(|m| m.starts_with("2023-"))));
        let _ = std::fs::remove_dir_all(&uit);
    }

    #[test]
    fn usage_errors() {
        for (args, melding) in [
            (vec!["demo"], "--uit MAP is verplicht"),
            (
                vec!["demo", "--uit", "x", "--schaal", "wereld"],
                "regio, landelijk of referentie",
            ),
            (
                vec!["demo", "--uit", "x", "--trajecten", "5000"],
                "--trajecten hoort bij --schaal referentie",
            ),
            (
                vec!["demo", "--uit", "x", "--schaal", "referentie", "--trajecten", "veel"],
                "geheel getal",
            ),
            (vec!["demo", "--uit", "x", "--jaren", "twintig"], "geen JJJJ"),
        ] {
            let r = run(&args);
            assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
            assert!(
                r.stderr.contains(melding) && r.stderr.contains("zie jeugdmonitor demo --help"),
                "{}",
                r.stderr
            );
        }
    }
}

mod valideer_inhoud {
    use super::*;

    fn content() -> String {
        let pad: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", "public", "content"]
            .iter()
            .collect();
        pad.display().to_string()
    }

    #[test]
    fn de_meegeleverde_inhoud_is_in_orde_op_de_voorbeeldwaarden_na() {
        let r = run(&["valideer-inhoud", &content()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let uit = r.stdout();
        assert!(uit.ends_with("verder is de inhoud in orde.\n"), "{uit}");
        let portaal = std::fs::read_to_string(PathBuf::from(content()).join("portaal.toml")).unwrap();
        let regel = portaal
            .lines()
            .position(|r| r == "email = \"jeugd@elburg.nl\"")
            .unwrap()
            + 1;
        let verwacht = format!(
            "{}:{regel}: email: voorbeeldwaarde, controleer en vervang vóór publicatie\n",
            PathBuf::from(content()).join("portaal.toml").display()
        );
        assert!(uit.contains(&verwacht), "{uit}");
        // Dutch and English: 7 × 7 access-team fields, 16 × 2 provider
        // fields and the product book, in each language.
        assert_eq!(uit.matches(": voorbeeldwaarde,").count(), 2 * (7 * 7 + 16 * 2), "{uit}");
        assert_eq!(uit.matches("producten.toml:").count(), 2, "{uit}");
        assert!(
            !uit.contains(": nummer:"),
            "emergency numbers are never examples: {uit}"
        );
    }

    #[test]
    fn voor_publicatie_stoppen_voorbeeldwaarden_met_exit_4_en_een_demo_telt_ze() {
        let r = run(&["valideer-inhoud", "--geen-voorbeelden", &content()]);
        assert_eq!(r.code, 4, "{}", r.stderr);
        assert!(r.stderr.contains("email: voorbeeldwaarde"), "{}", r.stderr);
        assert!(r.stderr.contains("docs/publiceren.md"), "{}", r.stderr);
        assert_eq!(r.stdout(), "");
        let r = run(&["valideer-inhoud", "--demo", &content()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stdout()
                .ends_with("de inhoud is in orde; demo met 180 voorbeeldwaarde(n).\n"),
            "{}",
            r.stdout()
        );
        assert!(!r.stdout().contains("email:"), "{}", r.stdout());
        let r = run(&["valideer-inhoud", "--help"]);
        assert!(
            r.stdout().contains("--geen-voorbeelden") && r.stdout().contains("    4  "),
            "{}",
            r.stdout()
        );
    }

    #[test]
    fn zonder_voorbeelden_is_ook_de_bouw_voor_publicatie_in_orde() {
        let map = std::env::temp_dir().join(format!("jeugdmonitor-echt-{}", std::process::id()));
        std::fs::create_dir_all(&map).unwrap();
        for naam in ["regio.toml", "producten.toml", "portaal.toml"] {
            let tekst = std::fs::read_to_string(PathBuf::from(content()).join(naam)).unwrap();
            let echt: String = tekst
                .lines()
                .filter(|r| !r.starts_with("voorbeeld ="))
                .map(|r| format!("{r}\n"))
                .collect();
            std::fs::write(map.join(naam), echt).unwrap();
        }
        let r = run(&["valideer-inhoud", "--geen-voorbeelden", &map.display().to_string()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout().ends_with("de inhoud is in orde.\n"), "{}", r.stdout());
        // A misspelt field name is an error, with its line.
        let portaal = std::fs::read_to_string(map.join("portaal.toml")).unwrap();
        std::fs::write(
            map.join("portaal.toml"),
            portaal.replacen(
                "soort = \"CJG\"\n",
                "soort = \"CJG\"\nvoorbeeld = [\"telefoonnummer\"]\n",
                1,
            ),
        )
        .unwrap();
        let regel = portaal.lines().position(|r| r == "soort = \"CJG\"").unwrap() + 2;
        let r = run(&["valideer-inhoud", &map.display().to_string()]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        let verwacht = format!(
            "{}:{regel}: voorbeeld: \"telefoonnummer\" is geen veld van deze tabel",
            map.join("portaal.toml").display()
        );
        assert!(r.stderr.contains(&verwacht), "{}", r.stderr);
        std::fs::remove_dir_all(&map).ok();
    }

    #[test]
    fn een_fout_noemt_bestand_regel_en_veld_en_geeft_exit_1() {
        let map = std::env::temp_dir().join(format!("jeugdmonitor-valideer-{}", std::process::id()));
        std::fs::create_dir_all(&map).unwrap();
        for naam in ["regio.toml", "producten.toml", "portaal.toml"] {
            std::fs::copy(PathBuf::from(content()).join(naam), map.join(naam)).unwrap();
        }
        let portaal = std::fs::read_to_string(map.join("portaal.toml")).unwrap();
        let regel = portaal
            .lines()
            .position(|r| r.contains("gemeente = \"GM0233\""))
            .unwrap()
            + 1;
        std::fs::write(
            map.join("portaal.toml"),
            portaal.replacen("gemeente = \"GM0233\"", "gemeente = \"GM0000\"", 1),
        )
        .unwrap();
        let r = run(&["valideer-inhoud", &map.display().to_string()]);
        assert_eq!(r.code, 1);
        let verwacht = format!(
            "{}:{regel}: gemeente: deze gemeente staat niet in regio.toml",
            map.join("portaal.toml").display()
        );
        assert!(r.stderr.contains(&verwacht), "{}", r.stderr);
        assert!(r.stderr.contains("Ermelo (GM0233) heeft geen toegang"), "{}", r.stderr);
        // A partial English translation is checked with the Dutch files it
        // falls back to.
        std::fs::write(map.join("portaal.toml"), &portaal).unwrap();
        std::fs::create_dir_all(map.join("en")).unwrap();
        std::fs::copy(
            PathBuf::from(content()).join("en").join("portaal.toml"),
            map.join("en").join("portaal.toml"),
        )
        .unwrap();
        let r = run(&["valideer-inhoud", &map.display().to_string()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        std::fs::remove_dir_all(&map).ok();
        let r = run(&["valideer-inhoud"]);
        assert_eq!(r.code, 2);
    }
}

/// Hostile files (issue 16): a file that is no CSV, a header without rows
/// and a quote that is never closed each give the core's one message, on
/// stderr and in the JSON; the large ones are written by the test.
mod vijandig {
    use super::*;

    /// The JSON and stderr of `kpi --jaar 2023` on one file, whatever the exit.
    fn lees(pad: &str) -> (Run, Option<Value>) {
        let r = run(&["kpi", "--jaar", "2023", "--k", "1", pad]);
        let v = serde_json::from_slice(&r.stdout).ok();
        (r, v)
    }

    /// A folder of its own in the temp dir, removed when dropped.
    struct Map(PathBuf);

    impl Map {
        fn nieuw(naam: &str) -> Map {
            let pad = std::env::temp_dir().join(format!("jeugdmonitor-{naam}-{}", std::process::id()));
            std::fs::create_dir_all(&pad).unwrap();
            Map(pad)
        }

        fn schrijf(&self, naam: &str, bytes: &[u8]) -> String {
            let pad = self.0.join(naam);
            std::fs::write(&pad, bytes).unwrap();
            pad.display().to_string()
        }
    }

    impl Drop for Map {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const KOP: &str = "client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\r\n";

    #[test]
    fn utf16_and_excel_are_named_with_what_to_do() {
        for (naam, wat) in [
            (
                "utf16_met_bom.csv",
                "dit bestand is opgeslagen als UTF-16 LE (Unicode-tekst).",
            ),
            ("excel_als_csv.csv", "dit is een Excel-bestand (xlsx), geen CSV."),
        ] {
            let (r, _) = lees(&data(naam));
            assert_eq!(r.code, 1, "{}", r.stderr);
            assert!(r.stderr.contains(&format!("{naam}: {wat}")), "{}", r.stderr);
            assert!(r.stderr.contains("Opslaan als → CSV UTF-8"), "{}", r.stderr);
            // Named, not read: no garbled header in the message.
            assert!(!r.stderr.contains("niet herkend"), "{}", r.stderr);
        }
        // Next to a usable file: a warning in the JSON, nothing rejected.
        let v = kpi_json(
            &["--jaar", "2023", "--k", "1"],
            &["voorbeeld_spec.csv", "excel_als_csv.csv"],
        );
        check(
            &v,
            &[
                ("invoer.1.soort", Value::Null),
                ("invoer.1.regels_gelezen", json!(0)),
                ("invoer.1.afgewezen", json!(0)),
                ("afgewezen", json!([])),
            ],
        );
        let melding = at(&v, "invoer.1.melding").as_str().unwrap();
        assert!(
            melding.starts_with("dit is een Excel-bestand (xlsx), geen CSV."),
            "{melding}"
        );
        let w = at(&v, "waarschuwingen").to_string();
        assert!(
            w.contains("excel_als_csv.csv: niet gebruikt: dit is een Excel-bestand"),
            "{w}"
        );
    }

    #[test]
    fn header_only_is_a_warning() {
        let (r, v) = lees(&data("alleen_kop.csv"));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let verwacht = "alleen_kop.csv: kopregel zonder regels: het bestand heeft wel kolomnamen (trajecten), \
                        maar geen gegevens eronder.";
        assert!(r.stderr.contains(verwacht), "{}", r.stderr);
        let v = v.unwrap();
        check(
            &v,
            &[
                ("invoer.0.soort", json!("trajecten")),
                ("invoer.0.regels_gelezen", json!(0)),
            ],
        );
        assert!(at(&v, "invoer.0.melding")
            .as_str()
            .unwrap()
            .starts_with("kopregel zonder regels"));
        assert!(at(&v, "waarschuwingen").to_string().contains(verwacht));
    }

    #[test]
    fn empty_file_says_so() {
        let map = Map::nieuw("leeg");
        for (naam, bytes) in [("leeg.csv", &b""[..]), ("bom.csv", b"\xEF\xBB\xBF \r\n")] {
            let (r, _) = lees(&map.schrijf(naam, bytes));
            assert_eq!(r.code, 1, "{}", r.stderr);
            assert!(
                r.stderr
                    .contains(&format!("{naam}: het bestand is leeg: er is geen kopregel")),
                "{}",
                r.stderr
            );
        }
    }

    #[test]
    fn unclosed_quote_says_where_it_opened() {
        let (r, v) = lees(&data("open_aanhalingsteken.csv"));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let reden = "aanhalingsteken geopend op regel 3, kolom 14 wordt nooit gesloten: alles vanaf daar tot het \
                     einde van het bestand (regel 3 tot en met 5, 3 regels) is als één veld gelezen.";
        assert!(r.stderr.contains(reden), "{}", r.stderr);
        let v = v.unwrap();
        check(
            &v,
            &[
                ("invoer.0.geaccepteerd", json!(1)),
                ("afgewezen.0.regel", json!(3)),
                ("afgewezen.0.kolom", json!("aanbieder")),
            ],
        );
        assert!(at(&v, "afgewezen.0.reden").as_str().unwrap().starts_with(reden));
        assert!(at(&v, "invoer.0.melding").as_str().unwrap().starts_with(reden));
    }

    /// The large files, at their size: a quote opened on line 2 of
    /// 60 MB, a 50 MB line and 100 000 columns. Each is answered with one
    /// message or one rejection, not thousands.
    #[test]
    fn large_hostile_files() {
        let map = Map::nieuw("groot");
        let rij = "K1;T{};GM0243;Zorg A;45;01-02-2023\r\n";
        let mut open = format!("{KOP}K0;T0;GM0243;\"Zorg open;45;01-02-2023\r\n");
        let mut n = 1u64;
        while open.len() < 60_000_000 {
            open.push_str(&rij.replace("{}", &n.to_string()));
            n += 1;
        }
        let (r, v) = lees(&map.schrijf("open.csv", open.as_bytes()));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let reden = format!(
            "aanhalingsteken geopend op regel 2, kolom 14 wordt nooit gesloten: alles vanaf daar tot het einde van \
             het bestand (regel 2 tot en met {}, {} regels)",
            n + 1,
            n
        );
        assert!(r.stderr.contains(&reden), "{}", r.stderr);
        check(
            &v.unwrap(),
            &[("invoer.0.afgewezen", json!(1)), ("afgewezen.0.regel", json!(2))],
        );
        drop(open);

        let lang = format!("{KOP}K1;T1;GM0243;{};45;01-02-2023\r\n", "x".repeat(50_000_000));
        let (r, v) = lees(&map.schrijf("lang.csv", lang.as_bytes()));
        assert_eq!(r.code, 0, "{}", r.stderr);
        // The provider name is long but valid: the row is accepted.
        check(
            &v.unwrap(),
            &[("invoer.0.geaccepteerd", json!(1)), ("invoer.0.afgewezen", json!(0))],
        );
        drop(lang);

        let kolommen: String = (0..100_000).map(|i| format!(";k{i}")).collect();
        let breed = format!("{}{kolommen}\r\nK1;T1;GM0243;Zorg A;45;01-02-2023\r\n", KOP.trim_end());
        let (r, v) = lees(&map.schrijf("breed.csv", breed.as_bytes()));
        assert_eq!(r.code, 0, "{}", r.stderr);
        check(
            &v.unwrap(),
            &[
                ("invoer.0.afgewezen", json!(1)),
                ("afgewezen.0.reden", json!("regel heeft 6 velden, de kopregel 100006")),
            ],
        );

        // A 60 MB UTF-16 file is named from its first bytes.
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(open_tekst(KOP, 1_000_000).encode_utf16().flat_map(u16::to_le_bytes));
        let (r, _) = lees(&map.schrijf("utf16.csv", &utf16));
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(
            r.stderr.contains("utf16.csv: dit bestand is opgeslagen als UTF-16 LE"),
            "{}",
            r.stderr
        );
    }

    /// `kop` and `rijen` plain rows.
    fn open_tekst(kop: &str, rijen: usize) -> String {
        let mut uit = kop.to_string();
        for i in 0..rijen {
            uit.push_str(&format!("K{i};T{i};GM0243;Zorg A;45;01-02-2023\r\n"));
        }
        uit
    }
}

#[path = "cli/nul.rs"]
mod nul;

#[path = "cli/datateams.rs"]
mod datateams;

#[path = "cli/opdrachten.rs"]
mod opdrachten;
