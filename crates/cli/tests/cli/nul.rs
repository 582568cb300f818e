//! The null contract (spec section 7, issue 21): a KPI that cannot be
//! computed is `null`, never an empty object, and `geen_gegevens` says why
//! for the ones that need a file or a row in the window.

use super::*;

/// Every KPI id of spec section 4, as top-level keys of `kpi`'s JSON.
const KPI_IDS: [&str; 34] = [
    "jeugdigen",
    "trajecten_lopend",
    "jeugdigen_lopend",
    "instroom_trajecten",
    "instroom_jeugdigen",
    "nieuwe_jeugdigen",
    "herinstroom_jeugdigen",
    "uitstroom_trajecten",
    "uitstroom_jeugdigen",
    "duur_gemiddeld",
    "duur_mediaan",
    "volgens_plan_pct",
    "stapeling",
    "vervolg",
    "volgnummer",
    "kosten",
    "kosten_per_jeugdige",
    "top10_aandeel_pct",
    "jeugdigen_boven_50k",
    "begroting",
    "realisatie_pct",
    "prognose",
    "per_1000_jongeren",
    "jeugdigen_18plus",
    "jeugdzorgplus_pct",
    "wachttijd_gemiddeld",
    "wacht_peildatum",
    "boven_treeknorm",
    "wachtenden",
    "contact_binnen_3_werkdagen_pct",
    "proces_pct",
    "tevredenheid_gemiddeld",
    "venster",
    "peildatum",
];

const WACHT: [&str; 4] = [
    "wachttijd_gemiddeld",
    "wacht_peildatum",
    "boven_treeknorm",
    "wachtenden",
];

/// No value anywhere below `v` is an empty object or an empty list: what
/// cannot be computed is `null`.
fn geen_lege_objecten(pad: &str, v: &Value) {
    match v {
        Value::Object(m) => {
            assert!(
                !m.is_empty(),
                "{pad} is {{}}; a KPI that cannot be computed must be null"
            );
            for (k, w) in m {
                geen_lege_objecten(&format!("{pad}.{k}"), w);
            }
        }
        Value::Array(a) => assert!(!a.is_empty(), "{pad} is []"),
        _ => {}
    }
}

fn controleer_elke_kpi(v: &Value) {
    for id in KPI_IDS {
        let w = v.get(id).unwrap_or_else(|| panic!("{id} is missing from the JSON"));
        geen_lege_objecten(id, w);
    }
}

/// All seven files, a window before any row: every KPI key is there, none
/// is `{}`, and the four waiting-time KPIs are `null` with the reason.
#[test]
fn a_window_without_rows_gives_null_not_empty_objects() {
    let mut alle = vec!["voorbeeld_spec.csv"];
    alle.extend([
        "declaraties.csv",
        "begroting.csv",
        "bevolking.csv",
        "wachttijden.csv",
        "aanmeldingen.csv",
        "tevredenheid.csv",
    ]);
    for k in ["1", "5"] {
        let v = kpi_json(&["--jaar", "2015", "--k", k], &alle);
        controleer_elke_kpi(&v);
        for id in WACHT {
            assert_eq!(v[id], Value::Null, "{id} with k={k}");
            let reden = v["geen_gegevens"][id]
                .as_str()
                .unwrap_or_else(|| panic!("no reason for {id}"));
            assert!(reden.contains("geen regel op of vóór 31-12-2015"), "{id}: {reden}");
        }
    }
}

/// Without the waiting-time file the four are `null` and name the file;
/// with it and a window that has rows, they are values and have no reason.
#[test]
fn waiting_times_null_names_the_file_and_values_have_no_reason() {
    let v = kpi_json(&["--jaar", "2023", "--k", "1"], &["voorbeeld_spec.csv"]);
    controleer_elke_kpi(&v);
    for id in WACHT {
        assert_eq!(v[id], Value::Null, "{id}");
        let reden = v["geen_gegevens"][id].as_str().unwrap_or_default();
        assert!(reden.contains("wachttijden-bestand nodig"), "{id}: {reden}");
    }
    let v = kpi_json(
        &["--jaar", "2023", "--k", "1"],
        &["voorbeeld_spec.csv", "wachttijden.csv"],
    );
    controleer_elke_kpi(&v);
    for id in WACHT {
        assert!(!v[id].is_null(), "{id} is null with waiting-time rows in 2023");
        assert!(v["geen_gegevens"].get(id).is_none(), "{id} has a reason but a value");
    }
}

/// Each file alone: whatever is computed, no KPI is an empty object, and
/// every KPI that is `null` because its file is missing says so.
#[test]
fn every_file_alone_keeps_the_contract() {
    for bestand in [
        "voorbeeld_spec.csv",
        "declaraties.csv",
        "begroting.csv",
        "bevolking.csv",
        "wachttijden.csv",
        "aanmeldingen.csv",
        "tevredenheid.csv",
    ] {
        let v = kpi_json(&["--jaar", "2023", "--k", "1"], &[bestand]);
        controleer_elke_kpi(&v);
        let geen = v["geen_gegevens"].as_object().expect("geen_gegevens is an object");
        for (id, reden) in geen {
            let top = id.split('.').next().unwrap_or(id);
            let waarde = if top == "proces_pct" { at(&v, id) } else { &v[top] };
            assert_eq!(
                waarde,
                &Value::Null,
                "{bestand}: {id} has a reason ({reden}) but a value"
            );
        }
    }
}
