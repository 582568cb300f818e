//! Issue 21: `verloop`, `doelen` and `cbs`, each held against what the
//! dashboard shows. The e2e tests (tests/e2e/dashboard.test.mjs,
//! cbs.test.mjs) compare these outputs with the app's downloads byte for
//! byte; here each is held against `kpi` and the region content.

use super::*;

fn repo(pad: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", pad].iter().collect();
    p.display().to_string()
}

fn demo(namen: &[&str]) -> Vec<String> {
    namen.iter().map(|n| repo(&format!("public/demo/{n}.csv"))).collect()
}

fn draai(args: &[&str], bestanden: &[String]) -> Run {
    let mut alle = args.to_vec();
    alle.extend(bestanden.iter().map(String::as_str));
    run(&alle)
}

fn json_van(r: &Run) -> Value {
    assert_eq!(r.code, 0, "{}", r.stderr);
    serde_json::from_slice(&r.stdout).unwrap_or_else(|e| panic!("no JSON ({e}): {}", r.stdout()))
}

mod verloop {
    use super::*;

    /// Each point of the trend is `kpi` over that window.
    #[test]
    fn each_period_equals_kpi_over_that_period() {
        let bestanden = vec![data("voorbeeld_spec.csv")];
        let v = json_van(&draai(
            &[
                "verloop",
                "--kpi",
                "instroom_trajecten",
                "--per",
                "kwartaal",
                "--jaar",
                "2023",
                "--k",
                "1",
            ],
            &bestanden,
        ));
        assert_eq!(v["kpi"], json!("instroom_trajecten"));
        assert_eq!(v["per"], json!("kwartaal"));
        let reeks = v["reeks"].as_array().unwrap();
        let perioden: Vec<&str> = reeks.iter().map(|p| p["periode"].as_str().unwrap()).collect();
        assert_eq!(perioden, ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
        for p in reeks {
            let los = kpi_json(
                &["--kwartaal", p["periode"].as_str().unwrap(), "--k", "1"],
                &["voorbeeld_spec.csv"],
            );
            assert_eq!(p["waarde"], los["instroom_trajecten"], "{p}");
        }
        // The spec example: T3 01-01 and T6 01-02 start in Q1, T4 01-05 and
        // T2 15-06 in Q2, nothing later.
        let waarden: Vec<u64> = reeks.iter().map(|p| p["waarde"].as_u64().unwrap()).collect();
        assert_eq!(waarden, [2, 2, 0, 0]);
    }

    /// Years from --van to --tot; small counts hidden with the reason; a
    /// KPI without its file is null with the reason; CSV has a column per
    /// part of an object KPI.
    #[test]
    fn suppression_missing_files_and_csv() {
        let bestanden = vec![data("voorbeeld_spec.csv")];
        let v = json_van(&draai(
            &[
                "verloop",
                "--kpi",
                "jeugdigen",
                "--per",
                "jaar",
                "--van",
                "2021-06-01",
                "--tot",
                "2023-01-01",
            ],
            &bestanden,
        ));
        let reeks = v["reeks"].as_array().unwrap();
        assert_eq!(reeks.len(), 3);
        assert_eq!(reeks[2]["waarde"], json!("<5"));
        assert!(
            reeks[2]["toelichting"].as_str().unwrap().contains("minder dan 5"),
            "{}",
            reeks[2]
        );
        let v = json_van(&draai(
            &["verloop", "--kpi", "kosten", "--per", "jaar", "--jaar", "2023"],
            &bestanden,
        ));
        assert_eq!(v["reeks"][0]["waarde"], Value::Null);
        assert!(v["reeks"][0]["toelichting"].as_str().unwrap().contains("declaraties"));

        let r = draai(
            &[
                "verloop",
                "--kpi",
                "volgnummer",
                "--per",
                "halfjaar",
                "--jaar",
                "2023",
                "--k",
                "1",
                "--format",
                "csv",
            ],
            &bestanden,
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let tekst = r.stdout();
        let regels: Vec<&str> = tekst.split("\r\n").collect();
        assert_eq!(
            regels[1],
            "periode;label;van;tot;volgnummer.1;volgnummer.2;volgnummer.3+;toelichting"
        );
        // H1: T3 is B's first; T4, T6 and T2 are each their client's second.
        assert_eq!(regels[2], "2023-H1;1e halfjaar 2023;2023-01-01;2023-06-30;1;3;0;");
    }

    #[test]
    fn usage_errors_point_at_verloop_help() {
        for (args, tekst) in [
            (vec!["--per", "jaar", "--jaar", "2023"], "geef --kpi"),
            (vec!["--kpi", "jeugdigen", "--jaar", "2023"], "geef --per"),
            (
                vec!["--kpi", "bestaat_niet", "--per", "jaar", "--jaar", "2023"],
                "bestaat niet",
            ),
            (
                vec!["--kpi", "jeugdigen", "--per", "week", "--jaar", "2023"],
                "--per moet jaar",
            ),
            (vec!["--kpi", "jeugdigen", "--per", "jaar"], "geen periode"),
            (
                vec![
                    "--kpi",
                    "jeugdigen",
                    "--per",
                    "jaar",
                    "--jaar",
                    "2023",
                    "--peildatum",
                    "2023-05-01",
                ],
                "peildatum",
            ),
        ] {
            let mut alle = vec!["verloop"];
            alle.extend(args);
            alle.push("a.csv");
            let r = run(&alle);
            assert_eq!(r.code, 2, "{alle:?}: {}", r.stderr);
            assert!(r.stderr.contains(tekst), "{alle:?}: {}", r.stderr);
            assert!(r.stderr.contains("jeugdmonitor verloop --help"), "{}", r.stderr);
        }
        let r = run(&["verloop", "--help"]);
        assert_eq!(r.code, 0);
        assert!(r.stdout().contains("VOORBEELDEN"));
    }
}

mod doelen {
    use super::*;

    /// Every goal of the region, in the order of doelen.toml, with a status
    /// the spec names; JSON and CSV say the same; `--doelen doelen.toml`
    /// gives the same goals as the region's.
    #[test]
    fn every_goal_of_the_region_with_its_status() {
        let bestanden = demo(&["trajecten", "wachttijden", "aanmeldingen", "tevredenheid", "bevolking"]);
        let inhoud = repo("public/content");
        let basis = ["doelen", "--peildatum", "2024-12-31", "--inhoud", inhoud.as_str()];
        let v = json_van(&draai(&basis, &bestanden));
        assert_eq!(v["peildatum"], json!("2024-12-31"));
        let doelen = v["doelen"].as_array().unwrap();
        let toml = std::fs::read_to_string(repo("public/content/doelen.toml")).unwrap();
        assert_eq!(doelen.len(), toml.matches("[[doelen]]").count());
        for d in doelen {
            let s = d["status"].as_str().unwrap();
            assert!(
                [
                    "behaald",
                    "op_koers",
                    "risico",
                    "niet_behaald",
                    "geen_gegevens",
                    "handmatig"
                ]
                .contains(&s),
                "{d}"
            );
        }
        // Declarations are not loaded: a cost goal, if any, says which file.
        for d in doelen.iter().filter(|d| d["status"] == json!("geen_gegevens")) {
            assert!(d["toelichting"].as_str().is_some_and(|t| !t.is_empty()), "{d}");
        }

        let mut csv_args = basis.to_vec();
        csv_args.extend(["--format", "csv"]);
        let r = draai(&csv_args, &bestanden);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let tekst = r.stdout();
        let regels: Vec<&str> = tekst.trim_start_matches('\u{feff}').trim_end().split("\r\n").collect();
        assert!(
            regels[0].starts_with("strategisch_doel;doel;titel;status;"),
            "{}",
            regels[0]
        );
        assert_eq!(regels.len(), doelen.len() + 1);
        for (regel, d) in regels[1..].iter().zip(doelen) {
            let id = d["doel"].as_str().unwrap();
            assert!(regel.contains(&format!(";{id};")), "{regel} / {id}");
            assert!(regel.contains(d["status_tekst"].as_str().unwrap()), "{regel}");
        }

        let eigen = repo("public/content/doelen.toml");
        let v2 = json_van(&draai(
            &[
                "doelen",
                "--peildatum",
                "2024-12-31",
                "--inhoud",
                &inhoud,
                "--doelen",
                &eigen,
            ],
            &bestanden,
        ));
        assert_eq!(v2["doelen"], v["doelen"]);
    }

    /// A hidden figure is hidden in JSON as on the card; the exact value
    /// never leaves.
    #[test]
    fn small_numbers_are_hidden_as_on_the_card() {
        let bestanden = demo(&["trajecten", "wachttijden", "aanmeldingen", "tevredenheid", "bevolking"]);
        let inhoud = repo("public/content");
        let v = json_van(&draai(
            &["doelen", "--peildatum", "2024-12-31", "--inhoud", &inhoud, "--k", "20"],
            &bestanden,
        ));
        let tekst = v.to_string();
        assert!(tekst.contains("verborgen (kleine aantallen)"), "{tekst}");
        let v1 = json_van(&draai(
            &["doelen", "--peildatum", "2024-12-31", "--inhoud", &inhoud, "--k", "1"],
            &bestanden,
        ));
        assert!(!v1.to_string().contains("verborgen (kleine aantallen)"));
    }

    #[test]
    fn usage_and_file_errors() {
        let bestand = data("voorbeeld_spec.csv");
        let inhoud = repo("public/content");
        for (args, code, tekst) in [
            (vec!["doelen", "--inhoud", &inhoud, &bestand], 2, "--peildatum"),
            (vec!["doelen", "--peildatum", "2024-12-31", &bestand], 2, "--inhoud MAP"),
            (
                vec![
                    "doelen",
                    "--peildatum",
                    "2024-12-31",
                    "--jaar",
                    "2023",
                    "--inhoud",
                    &inhoud,
                    &bestand,
                ],
                2,
                "eigen periode",
            ),
            (
                vec!["doelen", "--peildatum", "2024-12-31", "--doelen", &bestand, &bestand],
                1,
                "geen geldig doelenbestand",
            ),
        ] {
            let r = run(&args);
            assert_eq!(r.code, code, "{args:?}: {}", r.stderr);
            assert!(r.stderr.contains(tekst), "{args:?}: {}", r.stderr);
        }
    }
}

mod cbs {
    use super::*;

    /// The dashboard's comparison: sources, the region's computed CBS
    /// figure, our own figure next to it, Nederland without ours.
    #[test]
    fn comparison_as_the_dashboard_exports_it() {
        let mut bestanden = vec![
            repo("public/demo/cbs/85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv"),
            repo("public/demo/cbs/jeugdzorg_per_gemeente_2022.csv"),
        ];
        bestanden.extend(demo(&["trajecten", "bevolking"]));
        let r = draai(&["cbs", "--inhoud", &repo("public/content")], &bestanden);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let tekst = r.stdout();
        let regels: Vec<&str> = tekst.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert!(regels[0].starts_with("# onderdrukking;k=5"));
        assert_eq!(regels[1], "# jaar;2022");
        assert!(regels
            .iter()
            .any(|r| r.starts_with("# bron;CBS StatLine, tabel 85098NED (2022")));
        assert!(regels.contains(&"gebied;code;cijfer;uw_gegevens;cbs;toelichting"));
        let harderwijk = regels
            .iter()
            .find(|r| r.starts_with("Harderwijk;GM0243;Jongeren met jeugdzorg (aantal);"))
            .unwrap_or_else(|| panic!("{tekst}"));
        assert!(harderwijk.contains(";1630;"), "{harderwijk}");
        let nl = regels
            .iter()
            .find(|r| r.starts_with("Nederland;") && r.contains("Trajecten jeugdzorg (aantal)"))
            .unwrap();
        assert!(nl.contains(";;695095;"), "{nl}");

        // Without extracts: only CBS's figures.
        let r = draai(&["cbs", "--inhoud", &repo("public/content")], &bestanden[..2]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r
            .stdout()
            .contains("Harderwijk;GM0243;Jongeren met jeugdzorg (aantal);;1630;"));
    }

    #[test]
    fn no_statline_file_and_wrong_year() {
        let r = run(&["cbs", &data("voorbeeld_spec.csv")]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("StatLine-export"), "{}", r.stderr);
        let r = run(&[
            "cbs",
            "--jaar",
            "2019",
            &repo("public/demo/cbs/jeugdzorg_per_gemeente_2022.csv"),
        ]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("geen cijfers over 2019"), "{}", r.stderr);
        let r = run(&[
            "cbs",
            "--kwartaal",
            "2022-Q1",
            &repo("public/demo/cbs/jeugdzorg_per_gemeente_2022.csv"),
        ]);
        assert_eq!(r.code, 2, "{}", r.stderr);
    }
}
