//! Issue 21: what data teams need around `kpi` — `-` as standard input,
//! `.csv.gz` read directly, `--uit BESTAND`, `--stil` — and the breakdown
//! `kpi --per`, which must equal `kpi` with the group's filter, group by
//! group (the app's breakdown export comes from the same core functions:
//! tests/e2e/dashboard.test.mjs compares the two byte for byte).

use std::io::Write;
use std::process::Stdio;

use super::*;

fn tijdelijk(naam: &str) -> PathBuf {
    let map = std::env::temp_dir().join(format!("jeugdmonitor-cli-{}-{naam}", std::process::id()));
    let _ = std::fs::remove_dir_all(&map);
    std::fs::create_dir_all(&map).unwrap();
    map
}

fn repo(pad: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", pad].iter().collect();
    p.display().to_string()
}

/// The demo files without the declarations (a quarter of a million rows,
/// slow in a debug build; the money KPIs are covered by the fixtures).
fn demo_bestanden() -> Vec<String> {
    [
        "trajecten",
        "wachttijden",
        "begroting",
        "bevolking",
        "aanmeldingen",
        "tevredenheid",
    ]
    .iter()
    .map(|n| repo(&format!("public/demo/{n}.csv")))
    .collect()
}

fn met_bestanden<'a>(args: &[&'a str], bestanden: &'a [String]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend(bestanden.iter().map(String::as_str));
    v
}

fn zonder_invoer(mut v: Value) -> Value {
    for sleutel in ["invoer", "afgewezen", "waarschuwingen"] {
        v.as_object_mut().unwrap().remove(sleutel);
    }
    v
}

#[test]
fn standard_input_gzip_and_uit_give_the_same_json() {
    let map = tijdelijk("invoer");
    let bron = data("voorbeeld_spec.csv");
    let gewoon = kpi_json(&["--jaar", "2023", "--k", "1"], &["voorbeeld_spec.csv"]);

    // `.csv.gz`, read directly.
    let gz = map.join("trajecten.csv.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(&std::fs::read(&bron).unwrap()).unwrap();
    std::fs::write(&gz, e.finish().unwrap()).unwrap();
    let r = run(&["kpi", "--jaar", "2023", "--k", "1", gz.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(v["jeugdigen"], gewoon["jeugdigen"]);
    assert_eq!(zonder_invoer(v.clone())["vervolg"], gewoon["vervolg"]);

    // `-`: standard input, named `-` in the load report.
    let mut kind = Command::new(env!("CARGO_BIN_EXE_jeugdmonitor"))
        .args(["kpi", "--jaar", "2023", "--k", "1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    kind.stdin
        .take()
        .unwrap()
        .write_all(&std::fs::read(&bron).unwrap())
        .unwrap();
    let uit = kind.wait_with_output().unwrap();
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let v: Value = serde_json::from_slice(&uit.stdout).unwrap();
    assert_eq!(v["invoer"][0]["bestand"], json!("-"));
    assert_eq!(zonder_invoer(v), zonder_invoer(gewoon.clone()));

    // `--uit`: nothing on stdout, the same JSON in the file.
    let doel = map.join("kpi.json");
    let r = run(&[
        "kpi",
        "--jaar",
        "2023",
        "--k",
        "1",
        "--uit",
        doel.to_str().unwrap(),
        &bron,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&doel).unwrap()).unwrap();
    assert_eq!(zonder_invoer(v), zonder_invoer(gewoon));

    // Twice `-` cannot be: standard input is read once.
    let r = run(&["kpi", "--jaar", "2023", "-", "-"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&map);
}

/// A broken gzip file is an unreadable file (exit 1), named.
#[test]
fn broken_gzip_is_exit_1() {
    let map = tijdelijk("kapot");
    let gz = map.join("trajecten.csv.gz");
    std::fs::write(&gz, b"\x1f\x8b\x08\x00kapot").unwrap();
    let r = run(&["kpi", "--jaar", "2023", gz.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("trajecten.csv.gz"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&map);
}

/// `--stil` is accepted everywhere and a small file never shows progress
/// (stderr is a pipe here as well, which also turns it off).
#[test]
fn no_progress_line_when_not_a_terminal() {
    let r = run(&["kpi", "--jaar", "2023", "--stil", &data("voorbeeld_spec.csv")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("lezen:"), "{}", r.stderr);
}

/// Every group of `kpi --per gemeente` is `kpi --gemeente <code>`, and
/// segments and providers likewise; names as the dashboard shows them.
#[test]
fn per_group_equals_kpi_with_the_groups_filter() {
    let bestanden = demo_bestanden();
    let basis = ["--jaar", "2023", "--inhoud", &repo("public/content")];
    for (per, filter) in [
        ("gemeente", "--gemeente"),
        ("segment", "--segment"),
        ("verwijzer", "--verwijzer"),
    ] {
        let mut args = vec!["kpi", "--per", per];
        args.extend(basis);
        let r = run(&met_bestanden(&args, &bestanden));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: Value = serde_json::from_slice(&r.stdout).unwrap();
        assert_eq!(v["uitsplitsing"], json!(per));
        let groepen = v["groepen"].as_array().unwrap();
        assert!(groepen.len() >= 2, "{per}: {groepen:?}");
        for g in groepen.iter().take(2) {
            let waarde = g["groep"].as_str().unwrap();
            let mut args = vec!["kpi", filter, waarde];
            args.extend(basis);
            let r = run(&met_bestanden(&args, &bestanden));
            let los: Value = serde_json::from_slice(&r.stdout).unwrap();
            for (id, w) in g["kpi"].as_object().unwrap() {
                assert_eq!(w, &los[id], "{per} {waarde}: {id}");
            }
        }
        if per == "gemeente" {
            assert_eq!(groepen[0]["naam"], json!("Zeewolde"));
        }
        if per == "verwijzer" {
            assert!(groepen.iter().any(|g| g["naam"] == json!("02 huisarts")), "{groepen:?}");
        }
    }
}

/// The CSV of `--per` is one row per group with the suppression setting
/// first, and small groups are hidden as in the app.
#[test]
fn per_as_csv_hides_small_groups() {
    let bestanden = vec![data("voorbeeld_spec.csv")];
    let r = run(&met_bestanden(
        &["kpi", "--jaar", "2023", "--per", "gemeente", "--format", "csv"],
        &bestanden,
    ));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let tekst = r.stdout();
    let regels: Vec<&str> = tekst.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(regels[0].starts_with("# onderdrukking;k=5"), "{}", regels[0]);
    assert!(regels[1].starts_with("gemeente;naam;venster.van"), "{}", regels[1]);
    // GM0233 has one youth (B), GM0243 two (A, C): both hidden at k=5.
    assert!(
        regels[2].starts_with("GM0233;GM0233;") && regels[2].contains(";<5;"),
        "{}",
        regels[2]
    );
    assert!(regels[3].starts_with("GM0243;GM0243;"), "{}", regels[3]);
    let fout = usage_error(&["--jaar", "2023", "--per", "wijk", "a.csv"]);
    assert!(fout.contains("--per moet een van gemeente, segment"), "{fout}");
}

/// `exporteer --parquet`: one file per loaded kind, typed columns, the
/// accepted rows only; the privacy guard stops it before anything is
/// written. (tests/duckdb/kpi_sql.py checks the KPIs over these files.)
#[test]
fn exporteer_writes_typed_parquet() {
    use parquet::file::reader::{FileReader, SerializedFileReader};

    let map = tijdelijk("parquet");
    let doel = map.join("uit");
    let r = run(&[
        "exporteer",
        "--parquet",
        doel.to_str().unwrap(),
        &data("voorbeeld_spec.csv"),
        &data("declaraties.csv"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut namen: Vec<String> = std::fs::read_dir(&doel)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    namen.sort();
    assert_eq!(namen, ["declaraties.parquet", "trajecten.parquet"]);

    let lezer = SerializedFileReader::new(std::fs::File::open(doel.join("trajecten.parquet")).unwrap()).unwrap();
    assert_eq!(lezer.metadata().file_metadata().num_rows(), 6);
    let schema = lezer.metadata().file_metadata().schema_descr();
    let soort = |naam: &str| {
        let kolom = (0..schema.num_columns())
            .map(|i| schema.column(i))
            .find(|c| c.name() == naam)
            .unwrap_or_else(|| panic!("no column {naam}"));
        format!("{:?} {:?}", kolom.physical_type(), kolom.logical_type_ref())
    };
    assert!(soort("begindatum").contains("Date"), "{}", soort("begindatum"));
    assert!(
        soort("productcategorie").contains("String"),
        "{}",
        soort("productcategorie")
    );
    let lezer = SerializedFileReader::new(std::fs::File::open(doel.join("declaraties.parquet")).unwrap()).unwrap();
    let schema = lezer.metadata().file_metadata().schema_descr();
    let bedrag = schema.column(2);
    assert_eq!(bedrag.name(), "bedrag");
    assert!(
        format!("{:?}", bedrag.logical_type_ref()).contains("scale: 2, precision: 18"),
        "{:?}",
        bedrag.logical_type_ref()
    );

    let weiger = map.join("geweigerd");
    let r = run(&[
        "exporteer",
        "--parquet",
        weiger.to_str().unwrap(),
        &data("privacy_bsn.csv"),
    ]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(!weiger.exists(), "nothing is written when the privacy guard refuses");

    let r = run(&[
        "exporteer",
        "--jaar",
        "2023",
        "--parquet",
        weiger.to_str().unwrap(),
        &data("voorbeeld_spec.csv"),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("jeugdmonitor exporteer --help"), "{}", r.stderr);
    let r = run(&["exporteer", &data("voorbeeld_spec.csv")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&map);
}
