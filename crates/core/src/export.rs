//! Exports of a KPI result that leave the screen: the flat CSV table that
//! Excel opens as is, and the list of KPIs without a value with the reason.
//! The CLI and the app's "Exporteer" both call these, so a file from either
//! is the same to the byte.

use crate::csvschrijver::CsvSchrijver;
use crate::kpi::{Cel, KpiResultaat, Uitkomst};
use crate::suppression::OnderdruktResultaat;

/// The CSV table: UTF-8 with BOM and CRLF (Excel and RFC 4180), `;` as
/// delimiter and decimal commas (Dutch Excel reads the numbers as numbers).
/// First a metadata row with the suppression setting, then `kpi;waarde;
/// toelichting` and one row per leaf cell, named by its dotted path
/// (`vervolg.zelfde_segment`, `wachttijd_gemiddeld.54001.alle`).
pub fn kpi_csv(kpi: &OnderdruktResultaat, geen_gegevens: &[(String, String)]) -> String {
    let mut csv = CsvSchrijver::nieuw(';');
    csv.regel(["# onderdrukking", &onderdrukking_tekst(kpi.k)]);
    csv.regel(["kpi", "waarde", "toelichting"]);
    let mut rijen = Vec::new();
    plat("", &kpi.cellen, &mut rijen);
    for (pad, waarde) in rijen {
        let toelichting = kpi
            .reden(&pad)
            .or_else(|| geen_gegevens.iter().find(|(id, _)| *id == pad).map(|(_, t)| t.as_str()))
            .unwrap_or("");
        csv.regel([pad.as_str(), &waarde, toelichting]);
    }
    csv.klaar()
}

/// A breakdown as one wide CSV table: a row per group (`<dimensie>;naam`
/// and then every KPI cell by its dotted path, as in [`kpi_csv`]), with the
/// suppression setting first. `groepen` holds (value, display name, result).
pub fn uitsplitsing_csv(dimensie: &str, groepen: &[(String, String, &OnderdruktResultaat)]) -> String {
    let k = groepen.first().map_or(5, |(_, _, r)| r.k);
    let per_groep: Vec<Vec<(String, String)>> = groepen
        .iter()
        .map(|(_, _, r)| {
            let mut rijen = Vec::new();
            plat("", &r.cellen, &mut rijen);
            rijen
        })
        .collect();
    // Every path that occurs, in order of first appearance (a waiting-time
    // product may occur in one group only).
    let mut paden: Vec<&str> = Vec::new();
    for rijen in &per_groep {
        for (pad, _) in rijen {
            if !paden.contains(&pad.as_str()) {
                paden.push(pad);
            }
        }
    }
    let mut csv = CsvSchrijver::nieuw(';');
    csv.regel(["# onderdrukking", &onderdrukking_tekst(k)]);
    csv.regel([dimensie, "naam"].into_iter().chain(paden.iter().copied()));
    for ((waarde, naam, _), rijen) in groepen.iter().zip(&per_groep) {
        let cellen = paden
            .iter()
            .map(|p| rijen.iter().find(|(q, _)| q == p).map_or("", |(_, w)| w.as_str()));
        csv.regel([waarde.as_str(), naam].into_iter().chain(cellen));
    }
    csv.klaar()
}

/// A breakdown as JSON: a list of `{groep, naam, kpi}` where `kpi` has the
/// shape of the CLI's output for that group's scope.
pub fn uitsplitsing_json(dimensie: &str, groepen: &[(String, String, &OnderdruktResultaat)]) -> String {
    let lijst: Vec<serde_json::Value> = groepen
        .iter()
        .map(|(waarde, naam, r)| {
            serde_json::json!({
                "groep": waarde,
                "naam": naam,
                "kpi": serde_json::to_value(r).unwrap_or_default(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "uitsplitsing": dimensie, "groepen": lijst })).unwrap_or_default()
}

/// The suppression setting as the first line of every CSV export says it.
pub fn onderdrukking_tekst(k: u8) -> String {
    if k <= 1 {
        "uit (k=1): alle aantallen zijn exact".to_string()
    } else {
        format!("k={k}: aantallen van minder dan {k} jeugdigen (maar meer dan 0) staan als <{k}, cijfers over zo'n kleine groep als –")
    }
}

/// Leaf cells with their dotted paths; an object that is `null` as a whole
/// (a KPI without data) is one row.
pub(crate) fn plat(voor: &str, cellen: &[(String, Cel)], rijen: &mut Vec<(String, String)>) {
    for (sleutel, cel) in cellen {
        let pad = if voor.is_empty() {
            sleutel.clone()
        } else {
            format!("{voor}.{sleutel}")
        };
        match cel {
            Cel::Object(binnen) => plat(&pad, binnen, rijen),
            _ => rijen.push((pad, csv_waarde(cel))),
        }
    }
}

/// A cell as Dutch spreadsheet text: empty for `null`, decimal comma, money
/// in euros with cents and no thousands separator.
pub fn csv_waarde(cel: &Cel) -> String {
    match cel {
        Cel::Leeg | Cel::Object(_) => String::new(),
        Cel::Geheel(n) => n.to_string(),
        Cel::Decimaal(x) => format!("{x:.1}").replace('.', ","),
        Cel::Euro(cent) => {
            let teken = if *cent < 0 { "-" } else { "" };
            let c = cent.unsigned_abs();
            format!("{teken}{},{:02}", c / 100, c % 100)
        }
        Cel::Tekst(t) => t.clone(),
    }
}

/// Why each KPI that has no value cannot be computed, keyed like the output
/// (`proces_pct.familiegroepsplan`).
pub fn geen_gegevens(r: &KpiResultaat) -> Vec<(String, String)> {
    fn reden<T>(u: &Uitkomst<T>) -> Option<String> {
        match u {
            Uitkomst::Waarde(_) => None,
            Uitkomst::GeenGegevens { nodig } => {
                Some(format!("geen gegevens: hiervoor is een {}-bestand nodig", nodig.naam()))
            }
            Uitkomst::GeenCatalogus => {
                Some("geen productcatalogus: de regio-inhoud heeft geen producten.toml".to_string())
            }
        }
    }
    let mut uit: Vec<(String, Option<String>)> = vec![
        ("jeugdigen".into(), reden(&r.jeugdigen)),
        ("trajecten_lopend".into(), reden(&r.trajecten_lopend)),
        ("jeugdigen_lopend".into(), reden(&r.jeugdigen_lopend)),
        ("instroom_trajecten".into(), reden(&r.instroom_trajecten)),
        ("instroom_jeugdigen".into(), reden(&r.instroom_jeugdigen)),
        ("nieuwe_jeugdigen".into(), reden(&r.nieuwe_jeugdigen)),
        ("herinstroom_jeugdigen".into(), reden(&r.herinstroom_jeugdigen)),
        ("uitstroom_trajecten".into(), reden(&r.uitstroom_trajecten)),
        ("uitstroom_jeugdigen".into(), reden(&r.uitstroom_jeugdigen)),
        ("duur_gemiddeld".into(), reden(&r.duur_gemiddeld)),
        ("duur_mediaan".into(), reden(&r.duur_mediaan)),
        ("volgens_plan_pct".into(), reden(&r.volgens_plan_pct)),
        ("stapeling".into(), reden(&r.stapeling)),
        ("vervolg".into(), reden(&r.vervolg)),
        ("volgnummer".into(), reden(&r.volgnummer)),
        ("kosten".into(), reden(&r.kosten)),
        ("kosten_per_jeugdige".into(), reden(&r.kosten_per_jeugdige)),
        ("top10_aandeel_pct".into(), reden(&r.top10_aandeel_pct)),
        ("jeugdigen_boven_50k".into(), reden(&r.jeugdigen_boven_50k)),
        ("begroting".into(), reden(&r.begroting)),
        ("realisatie_pct".into(), reden(&r.realisatie_pct)),
        ("prognose".into(), reden(&r.prognose)),
        ("per_1000_jongeren".into(), reden(&r.per_1000_jongeren)),
        ("jeugdigen_18plus".into(), reden(&r.jeugdigen_18plus)),
        ("jeugdzorgplus_pct".into(), reden(&r.jeugdzorgplus_pct)),
        ("wachttijd_gemiddeld".into(), reden(&r.wachttijd_gemiddeld)),
        ("wacht_peildatum".into(), reden(&r.wacht_peildatum)),
        ("boven_treeknorm".into(), reden(&r.boven_treeknorm)),
        ("wachtenden".into(), reden(&r.wachtenden)),
        (
            "contact_binnen_3_werkdagen_pct".into(),
            reden(&r.contact_binnen_3_werkdagen_pct),
        ),
    ];
    for (vlag, u) in &r.proces_pct {
        uit.push((format!("proces_pct.{}", vlag.naam()), reden(u)));
    }
    uit.push(("tevredenheid_gemiddeld".into(), reden(&r.tevredenheid_gemiddeld)));
    // The waiting-time file is there but says nothing for this window and
    // scope: the four KPIs are `null`, so they get a reason too.
    let geen_rij = format!(
        "geen gegevens: het wachttijden-bestand heeft geen regel op of vóór {} in deze selectie",
        r.venster.tot.nl()
    );
    if matches!(r.wacht_peildatum, Uitkomst::Waarde(None)) {
        for (id, reden) in uit.iter_mut() {
            if reden.is_none()
                && matches!(
                    id.as_str(),
                    "wachttijd_gemiddeld" | "wacht_peildatum" | "boven_treeknorm" | "wachtenden"
                )
            {
                *reden = Some(geen_rij.clone());
            }
        }
    } else if matches!(r.wachtenden, Uitkomst::Waarde(None)) {
        if let Some((_, reden)) = uit.iter_mut().find(|(id, _)| id == "wachtenden") {
            *reden =
                Some("geen gegevens: geen regel op de peildatum van de wachttijden noemt het aantal wachtenden".into());
        }
    }
    uit.into_iter().filter_map(|(id, r)| r.map(|r| (id, r))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_values_are_dutch() {
        assert_eq!(csv_waarde(&Cel::Decimaal(66.7)), "66,7");
        assert_eq!(csv_waarde(&Cel::Decimaal(284.0)), "284,0");
        assert_eq!(csv_waarde(&Cel::Euro(123_450)), "1234,50");
        assert_eq!(csv_waarde(&Cel::Euro(-5)), "-0,05");
        assert_eq!(csv_waarde(&Cel::Leeg), "");
        assert_eq!(csv_waarde(&Cel::Tekst("<5".into())), "<5");
    }

    #[test]
    fn paths_are_dotted_and_fields_quoted() {
        let cellen = vec![
            ("a".to_string(), Cel::Geheel(1)),
            (
                "b".to_string(),
                Cel::Object(vec![("c;d".to_string(), Cel::Leeg), ("3+".to_string(), Cel::Geheel(0))]),
            ),
        ];
        let mut rijen = Vec::new();
        plat("", &cellen, &mut rijen);
        let paden: Vec<&str> = rijen.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paden, ["a", "b.c;d", "b.3+"]);
        let mut t = CsvSchrijver::nieuw(';');
        t.regel(["b.c;d", "x\"y"]);
        assert_eq!(t.klaar(), "\u{FEFF}\"b.c;d\";\"x\"\"y\"\r\n");
    }

    mod uitsplitsing {
        use super::super::*;
        use crate::kpi::testdata::{dataset, jaar, VOORBEELD};
        use crate::kpi::{bereken_alle, bereken_per, Dimensie, KpiIndex, KpiOpties, Scope};
        use crate::suppression::{onderdruk, Onderdrukking};

        fn groepen(k: u8) -> Vec<(String, String, OnderdruktResultaat)> {
            let ds = dataset(VOORBEELD);
            let index = KpiIndex::bouw(&ds, &Default::default());
            let o = Onderdrukking::nieuw(u32::from(k)).unwrap();
            bereken_per(
                &index,
                &ds,
                jaar(2023),
                None,
                &Scope::default(),
                &KpiOpties::default(),
                Dimensie::Gemeente,
            )
            .into_iter()
            .map(|g| {
                (
                    g.waarde.clone(),
                    format!("naam {}", g.waarde),
                    onderdruk(&g.resultaat, o),
                )
            })
            .collect()
        }

        fn kolom<'a>(csv: &'a str, groep: &str, naam: &str) -> &'a str {
            let regels: Vec<&str> = csv.split("\r\n").collect();
            let kop: Vec<&str> = regels[1].split(';').collect();
            let i = kop.iter().position(|k| *k == naam).unwrap();
            let rij = regels.iter().find(|r| r.starts_with(&format!("{groep};"))).unwrap();
            rij.split(';').nth(i).unwrap()
        }

        #[test]
        fn een_rij_per_groep_met_elke_kpi_en_onderdrukt() {
            let g = groepen(5);
            let refs: Vec<(String, String, &OnderdruktResultaat)> =
                g.iter().map(|(a, b, r)| (a.clone(), b.clone(), r)).collect();
            let csv = uitsplitsing_csv("gemeente", &refs);
            assert!(csv.starts_with("\u{FEFF}# onderdrukking;k=5"));
            let kop = csv.split("\r\n").nth(1).unwrap();
            assert!(
                kop.starts_with("gemeente;naam;") && kop.contains(";jeugdigen;"),
                "{kop}"
            );
            // 2023: GM0243 has A and C (2 youths), GM0233 has B (1).
            assert_eq!(kolom(&csv, "GM0243", "jeugdigen"), "<5");
            assert_eq!(kolom(&csv, "GM0233", "jeugdigen"), "<5");
            assert_eq!(kolom(&csv, "GM0243", "naam"), "naam GM0243");
            let g = groepen(1);
            let refs: Vec<(String, String, &OnderdruktResultaat)> =
                g.iter().map(|(a, b, r)| (a.clone(), b.clone(), r)).collect();
            let csv = uitsplitsing_csv("gemeente", &refs);
            assert_eq!(kolom(&csv, "GM0243", "jeugdigen"), "2");
            assert_eq!(kolom(&csv, "GM0233", "jeugdigen"), "1");
            assert_eq!(kolom(&csv, "GM0233", "vervolg.zelfde_segment"), "0");
        }

        #[test]
        fn json_per_groep_is_de_vorm_van_de_cli_voor_die_groep() {
            let g = groepen(1);
            let refs: Vec<(String, String, &OnderdruktResultaat)> =
                g.iter().map(|(a, b, r)| (a.clone(), b.clone(), r)).collect();
            let json: serde_json::Value = serde_json::from_str(&uitsplitsing_json("gemeente", &refs)).unwrap();
            assert_eq!(json["uitsplitsing"], "gemeente");
            let ds = dataset(VOORBEELD);
            let index = KpiIndex::bouw(&ds, &Default::default());
            let scope = Scope {
                gemeenten: ["GM0233".to_string()].into(),
                ..Scope::default()
            };
            let alleen = onderdruk(
                &bereken_alle(&index, &ds, jaar(2023), None, &scope, &KpiOpties::default()),
                Onderdrukking::nieuw(1).unwrap(),
            );
            let groep = json["groepen"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["groep"] == "GM0233")
                .unwrap();
            assert_eq!(groep["kpi"], serde_json::to_value(&alleen).unwrap());
        }
    }
}
