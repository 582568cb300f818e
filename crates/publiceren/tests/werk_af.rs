//! The publishing step on a small build folder shaped like trunk's output.

use std::fs;
use std::path::{Path, PathBuf};

use jeugdmonitor_publiceren::{csp, werk_af};

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// What trunk 0.21 writes: an inline module script that starts the app.
fn trunk_index(basis: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <base href="{basis}" />
  <link rel="stylesheet" href="{basis}app-0123456789abcdef.css"/>
<script type="module">
import init, * as bindings from '{basis}jeugdmonitor-web-0123456789abcdef.js';
const wasm = await init({{ module_or_path: '{basis}jeugdmonitor-web-0123456789abcdef_bg.wasm' }});
</script>
</head>
<body></body>
</html>
"#
    )
}

/// A fresh build folder in the temp dir, removed when dropped.
struct Bouwmap(PathBuf);

impl Bouwmap {
    fn nieuw(naam: &str, basis: &str) -> Bouwmap {
        let pad = std::env::temp_dir().join(format!("publiceren-{naam}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&pad);
        fs::create_dir_all(pad.join("content")).expect("temp dir");
        fs::write(pad.join("index.html"), trunk_index(basis)).expect("write");
        fs::write(pad.join("app-0123456789abcdef.css"), "body{}").expect("write");
        fs::write(pad.join("jeugdmonitor-web-0123456789abcdef.js"), "export default 1;").expect("write");
        fs::write(pad.join("jeugdmonitor-web-0123456789abcdef_bg.wasm"), b"\0asm").expect("write");
        fs::write(pad.join("met spatie.csv"), "a\n").expect("write");
        fs::write(pad.join("content/.DS_Store"), "x").expect("write");
        for bestand in ["thema.css", "icoon-192.png", "icoon-512.png"] {
            fs::copy(Path::new(REPO).join("public").join(bestand), pad.join(bestand)).expect("copy");
        }
        fs::copy(
            Path::new(REPO).join("public/content/regio.toml"),
            pad.join("content/regio.toml"),
        )
        .expect("copy");
        Bouwmap(pad)
    }
    fn lees(&self, bestand: &str) -> String {
        fs::read_to_string(self.0.join(bestand)).unwrap_or_else(|e| panic!("{bestand}: {e}"))
    }
}

impl Drop for Bouwmap {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The file list inside the generated worker.
fn bestandenlijst(dienstwerker: &str) -> Vec<String> {
    let begin = dienstwerker.find("const BESTANDEN = ").expect("list") + "const BESTANDEN = ".len();
    let eind = begin + dienstwerker[begin..].find(";\n").expect("end of list");
    serde_json::from_str(&dienstwerker[begin..eind]).expect("the list is JSON")
}

#[test]
fn the_inline_start_script_moves_into_a_file_and_the_page_gets_the_policy() {
    let map = Bouwmap::nieuw("start", "/");
    let verslag = werk_af(&map.0).expect("finishes");
    let index = map.lees("index.html");
    assert!(
        !index.contains("<script type=\"module\">"),
        "inline script left:\n{index}"
    );
    let naam = index
        .split("src=\"/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a script with src");
    assert!(naam.starts_with("start-") && naam.ends_with(".js"), "{naam}");
    let start = map.lees(naam);
    assert!(start.contains("await init("), "{start}");
    assert!(index.contains(&format!("content=\"{}\"", csp::BELEID)));
    assert!(!csp::BELEID.contains("unsafe-inline"));
    // The policy comes before anything it governs.
    assert!(index.find("Content-Security-Policy") < index.find("<link"));
    assert!(index.contains(r#"<meta name="jeugdmonitor-dienstwerker" content="/dienstwerker.js">"#));
    assert!(index.contains(r#"<link rel="manifest" href="/manifest.webmanifest">"#));
    assert_eq!(verslag.basis, "/");
}

#[test]
fn the_worker_lists_every_file_of_the_build_but_itself() {
    let map = Bouwmap::nieuw("lijst", "/");
    let verslag = werk_af(&map.0).expect("finishes");
    let werker = map.lees("dienstwerker.js");
    let lijst = bestandenlijst(&werker);
    for verwacht in [
        "index.html",
        "manifest.webmanifest",
        "content/regio.toml",
        "jeugdmonitor-web-0123456789abcdef_bg.wasm",
        "icoon-512.png",
        "met%20spatie.csv",
    ] {
        assert!(lijst.iter().any(|b| b == verwacht), "{verwacht} missing from {lijst:?}");
    }
    assert!(lijst.iter().any(|b| b.starts_with("start-")), "{lijst:?}");
    assert!(!lijst.iter().any(|b| b == "dienstwerker.js"));
    assert!(
        !lijst.iter().any(|b| b.contains("/.")),
        "hidden files stay out: {lijst:?}"
    );
    assert_eq!(lijst.len(), verslag.bestanden);
    assert!(werker.contains(&format!("const VERSIE = \"{}\";", verslag.versie)));
    assert!(werker.contains("const BASIS = \"/\";"));
    assert!(!werker.contains("__"), "a placeholder was left:\n{werker}");
}

#[test]
fn a_second_run_changes_nothing_and_a_changed_file_gives_a_new_version() {
    let map = Bouwmap::nieuw("versie", "/");
    let eerste = werk_af(&map.0).expect("finishes");
    let index = map.lees("index.html");
    let tweede = werk_af(&map.0).expect("finishes again");
    assert_eq!(eerste.versie, tweede.versie);
    assert_eq!(index, map.lees("index.html"));
    assert_eq!(index.matches("publiceren: begin").count(), 1);

    let regio = map
        .lees("content/regio.toml")
        .replace("Noord-Veluwe", "Noord-Veluwe en omstreken");
    fs::write(map.0.join("content/regio.toml"), regio).expect("write");
    let derde = werk_af(&map.0).expect("finishes after an edit");
    assert_ne!(
        eerste.versie, derde.versie,
        "an edited content file must make a new release"
    );
}

#[test]
fn under_a_sub_path_every_address_carries_it() {
    let map = Bouwmap::nieuw("subpad", "/jeugdhulp/");
    let verslag = werk_af(&map.0).expect("finishes");
    assert_eq!(verslag.basis, "/jeugdhulp/");
    let index = map.lees("index.html");
    assert!(
        index.contains("<script type=\"module\" src=\"/jeugdhulp/start-"),
        "{index}"
    );
    assert!(index.contains("content=\"/jeugdhulp/dienstwerker.js\""));
    let manifest: serde_json::Value = serde_json::from_str(&map.lees("manifest.webmanifest")).expect("JSON");
    assert_eq!(manifest["start_url"], "/jeugdhulp/");
    assert_eq!(manifest["scope"], "/jeugdhulp/");
    assert_eq!(manifest["icons"][1]["src"], "/jeugdhulp/icoon-512.png");
    assert!(map.lees("dienstwerker.js").contains("const BASIS = \"/jeugdhulp/\";"));
}

#[test]
fn the_manifest_names_the_region_and_takes_its_colours_from_the_theme() {
    let map = Bouwmap::nieuw("manifest", "/");
    werk_af(&map.0).expect("finishes");
    let manifest: serde_json::Value = serde_json::from_str(&map.lees("manifest.webmanifest")).expect("JSON");
    assert_eq!(manifest["name"], "Jeugdhulpregio Noord-Veluwe");
    assert_eq!(manifest["short_name"], "Noord-Veluwe");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["theme_color"], "#00594f");
    assert_eq!(manifest["icons"][0]["sizes"], "192x192");
}

#[test]
fn a_wrong_icon_or_a_leftover_inline_script_stops_the_step_with_the_reason() {
    let map = Bouwmap::nieuw("icoon", "/");
    fs::copy(map.0.join("icoon-192.png"), map.0.join("icoon-512.png")).expect("copy");
    let fout = werk_af(&map.0).expect_err("a 192 px icon as the 512 one");
    assert_eq!(fout, "icoon-512.png: is 192×192 pixels, moet 512×512 zijn");

    let map = Bouwmap::nieuw("inline", "/");
    let index = map
        .lees("index.html")
        .replace("<body>", "<body><script>alert(1)</script>");
    fs::write(map.0.join("index.html"), index).expect("write");
    let fout = werk_af(&map.0).expect_err("an inline script");
    assert!(
        fout.starts_with("index.html: script zonder bestand (<script>)"),
        "{fout}"
    );
}

#[test]
fn the_server_settings_in_the_docs_carry_exactly_this_policy() {
    let docs = fs::read_to_string(Path::new(REPO).join("docs/publiceren.md")).expect("docs/publiceren.md");
    let header = csp::als_header();
    let nginx = docs
        .split("```nginx\n")
        .nth(1)
        .and_then(|r| r.split("```").next())
        .expect("an nginx block");
    assert!(
        nginx.contains(&format!("add_header Content-Security-Policy \"{header}\" always;")),
        "the nginx settings must give the policy {header}"
    );
    // The header line is in the .htaccess block, the last apache block.
    let htaccess = docs
        .rsplit("```apache\n")
        .next()
        .and_then(|r| r.split("```").next())
        .expect("an apache block");
    assert!(
        htaccess.contains(&format!("Header always set Content-Security-Policy \"{header}\"")),
        "the Apache settings must give the policy {header}"
    );
    assert!(
        docs.contains(&format!("```text\n{header}\n```")),
        "the policy on its own"
    );
}
