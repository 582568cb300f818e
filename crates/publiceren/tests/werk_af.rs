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

/// Copies a folder of the repository into the build folder, as trunk's
/// `copy-dir` does.
fn kopieer_map(van: &Path, naar: &Path) {
    fs::create_dir_all(naar).expect("mkdir");
    for item in fs::read_dir(van).expect("read_dir") {
        let item = item.expect("entry");
        let doel = naar.join(item.file_name());
        if item.file_type().expect("type").is_dir() {
            kopieer_map(&item.path(), &doel);
        } else {
            fs::copy(item.path(), doel).expect("copy");
        }
    }
}

/// The list of files stored after their first use: path → size.
fn bij_gebruik(dienstwerker: &str) -> std::collections::BTreeMap<String, u64> {
    let sleutel = "new Map(Object.entries(";
    let begin = dienstwerker.find(sleutel).expect("the later list") + sleutel.len();
    let eind = begin + dienstwerker[begin..].find("));\n").expect("end of the later list");
    serde_json::from_str(&dienstwerker[begin..eind]).expect("the later list is JSON")
}

/// Issue 17: the worker stores little on a parent's visit. With the
/// region's real content, demo data, icons and theme (trunk's CSS and
/// wasm are stand-ins here, so the sizes stay deterministic), the demo
/// data wait for their first use and what is stored at once is reported.
#[test]
fn the_demo_data_are_not_stored_on_a_first_visit_only_after_their_first_use() {
    let map = Bouwmap::nieuw("bij-gebruik", "/");
    kopieer_map(&Path::new(REPO).join("public/content"), &map.0.join("content"));
    kopieer_map(&Path::new(REPO).join("public/demo"), &map.0.join("demo"));
    fs::copy(Path::new(REPO).join("public/logo.svg"), map.0.join("logo.svg")).expect("copy");
    let verslag = werk_af(&map.0).expect("finishes");
    let werker = map.lees("dienstwerker.js");
    let nu = bestandenlijst(&werker);
    let later = bij_gebruik(&werker);

    assert!(
        !nu.iter().any(|b| b.starts_with("demo/")),
        "demo data in the precache: {nu:?}"
    );
    for item in fs::read_dir(Path::new(REPO).join("public/demo")).expect("public/demo") {
        let item = item.expect("entry");
        if item.file_type().expect("type").is_file() {
            let naam = format!("demo/{}", item.file_name().to_string_lossy());
            let grootte = item.metadata().expect("metadata").len();
            assert_eq!(
                later.get(&naam),
                Some(&grootte),
                "{naam} must be stored after its first use, with its size"
            );
        }
    }
    assert!(
        later.keys().all(|b| b.starts_with("demo/")),
        "only demo data wait: {later:?}"
    );
    assert!(
        nu.iter().any(|b| b == "content/en/portaal.toml"),
        "the English content is stored: {nu:?}"
    );
    assert!(!nu.iter().any(|b| b == "robots.txt" || b == "sitemap.xml"), "{nu:?}");
    assert_eq!((verslag.bestanden, verslag.bij_gebruik), (nu.len(), later.len()));

    // Everything but trunk's output: content, icons, theme, manifest,
    // start script, index.html. The wasm (2.7 MB) and the component CSS
    // come on top; see docs/benchmarks.md for the whole build.
    println!(
        "precache without trunk's wasm, JS and CSS: {} files, {} bytes; after first use: {} files, {} bytes",
        verslag.bestanden, verslag.bytes, verslag.bij_gebruik, verslag.bytes_bij_gebruik
    );
    assert!(verslag.bytes < 200_000, "the precache grew: {} bytes", verslag.bytes);
    assert!(verslag.bytes_bij_gebruik > 10_000_000, "the demo data are about 10 MB");
}

fn zonder_website(map: &Bouwmap) {
    let regio = map.lees("content/regio.toml");
    let zonder: Vec<&str> = regio.lines().filter(|r| !r.starts_with("website =")).collect();
    fs::write(map.0.join("content/regio.toml"), zonder.join("\n")).expect("write");
}

fn met_website(map: &Bouwmap, website: &str) {
    zonder_website(map);
    let regio = map
        .lees("content/regio.toml")
        .replacen("[regio]\n", &format!("[regio]\nwebsite = \"{website}\"\n"), 1);
    fs::write(map.0.join("content/regio.toml"), regio).expect("write");
}

/// The `<loc>` of every entry and, per entry, its alternates as
/// (hreflang, href).
fn sitemap_items(kaart: &str) -> Vec<(String, Vec<(String, String)>)> {
    kaart
        .split("<url>")
        .skip(1)
        .map(|item| {
            let loc = item
                .split("<loc>")
                .nth(1)
                .and_then(|r| r.split("</loc>").next())
                .expect("loc");
            let alternatieven = item
                .split("<xhtml:link ")
                .skip(1)
                .map(|l| {
                    let waarde = |naam: &str| {
                        l.split(&format!("{naam}=\""))
                            .nth(1)
                            .and_then(|r| r.split('"').next())
                            .expect("attr")
                            .to_string()
                    };
                    (waarde("hreflang"), waarde("href"))
                })
                .collect();
            (loc.to_string(), alternatieven)
        })
        .collect()
}

#[test]
fn without_a_website_robots_has_no_sitemap_line_and_the_build_says_why() {
    let map = Bouwmap::nieuw("geen-website", "/");
    fs::write(map.0.join("sitemap.xml"), "oud").expect("an old sitemap");
    zonder_website(&map);
    let verslag = werk_af(&map.0).expect("finishes");
    assert_eq!(map.lees("robots.txt"), "User-agent: *\nAllow: /\n");
    assert!(!map.0.join("sitemap.xml").exists(), "an old sitemap must go");
    assert!(
        verslag
            .meldingen
            .iter()
            .any(|m| m.starts_with("geen sitemap.xml: zet het adres van de website in regio.toml")),
        "{:?}",
        verslag.meldingen
    );
}

#[test]
fn the_sitemap_lists_every_public_page_in_dutch_and_english_with_alternates() {
    let map = Bouwmap::nieuw("sitemap", "/");
    kopieer_map(&Path::new(REPO).join("public/content/en"), &map.0.join("content/en"));
    met_website(&map, "https://jeugdhulp.example.nl/");
    let verslag = werk_af(&map.0).expect("finishes");
    assert_eq!(verslag.meldingen, Vec::<String>::new());
    assert_eq!(
        map.lees("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://jeugdhulp.example.nl/sitemap.xml\n"
    );
    let kaart = map.lees("sitemap.xml");
    assert!(kaart.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"));
    let items = sitemap_items(&kaart);
    let locs: Vec<&str> = items.iter().map(|(l, _)| l.as_str()).collect();
    let mut verwacht = Vec::new();
    for route in [
        "",
        "waar-kan-ik-terecht",
        "producten",
        "wachttijden",
        "begrippen",
        "privacy",
        "toegankelijkheid",
    ] {
        verwacht.push(format!("https://jeugdhulp.example.nl/{route}"));
        verwacht.push(format!("https://jeugdhulp.example.nl/{route}?taal=en"));
    }
    assert_eq!(locs, verwacht);
    for (loc, alternatieven) in &items {
        let nl = loc.trim_end_matches("?taal=en");
        assert_eq!(
            alternatieven,
            &vec![
                ("nl".to_string(), nl.to_string()),
                ("en".to_string(), format!("{nl}?taal=en")),
                ("x-default".to_string(), nl.to_string()),
            ],
            "{loc}"
        );
    }
    assert!(!kaart.contains("dashboard") && !kaart.contains("gegevens") && !kaart.contains("doelen"));
}

#[test]
fn under_a_sub_path_the_sitemap_carries_it_and_without_english_there_are_no_alternates() {
    let map = Bouwmap::nieuw("sitemap-subpad", "/jeugdhulp/");
    met_website(&map, "https://www.gemeente.nl/jeugdhulp/");
    let verslag = werk_af(&map.0).expect("finishes");
    assert_eq!(
        map.lees("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://www.gemeente.nl/jeugdhulp/sitemap.xml\n"
    );
    let items = sitemap_items(&map.lees("sitemap.xml"));
    assert_eq!(items.len(), 7, "one entry per public page: {items:?}");
    assert_eq!(items[0].0, "https://www.gemeente.nl/jeugdhulp/");
    assert_eq!(items[2].0, "https://www.gemeente.nl/jeugdhulp/producten");
    assert!(items.iter().all(|(_, alt)| alt.is_empty()), "no English, no alternates");
    // Crawlers read robots.txt only at the root of the host.
    assert!(
        verslag
            .meldingen
            .iter()
            .any(|m| m.contains("'Sitemap: https://www.gemeente.nl/jeugdhulp/sitemap.xml'")),
        "{:?}",
        verslag.meldingen
    );

    // A website whose path is not the build's: the build's path wins, and the log says so.
    met_website(&map, "https://www.gemeente.nl/");
    let verslag = werk_af(&map.0).expect("finishes");
    assert_eq!(
        sitemap_items(&map.lees("sitemap.xml"))[0].0,
        "https://www.gemeente.nl/jeugdhulp/"
    );
    assert!(
        verslag
            .meldingen
            .iter()
            .any(|m| m.starts_with("let op: website in regio.toml eindigt op /, maar deze bouw is voor /jeugdhulp/")),
        "{:?}",
        verslag.meldingen
    );
}
