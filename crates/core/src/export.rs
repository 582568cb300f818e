//! Exports of a KPI result that leave the screen: the flat CSV table that
//! Excel opens as is, and the list of KPIs without a value with the reason.
//! The CLI and the app's "Exporteer" both call these, so a file from either
//! is the same to the byte.

use crate::kpi::{Cel, KpiResultaat, Uitkomst};
use crate::suppression::OnderdruktResultaat;

/// The CSV table: UTF-8 with BOM and CRLF (Excel and RFC 4180), `;` as
/// delimiter and decimal commas (Dutch Excel reads the numbers as numbers).
/// First a metadata row with the suppression setting, then `kpi;waarde;
/// toelichting` and one row per leaf cell, named by its dotted path
/// (`vervolg.zelfde_segment`, `wachttijd_gemiddeld.54001.alle`).
pub fn kpi_csv(kpi: &OnderdruktResultaat, geen_gegevens: &[(String, String)]) -> String {
    let k = kpi.k;
    let mut tekst = String::from("\u{FEFF}");
    regel(&mut tekst, &["# onderdrukking", &onderdrukking_tekst(k)]);
    regel(&mut tekst, &["kpi", "waarde", "toelichting"]);
    let mut rijen = Vec::new();
    plat("", &kpi.cellen, &mut rijen);
    for (pad, waarde) in rijen {
        let toelichting = kpi
            .reden(&pad)
            .or_else(|| geen_gegevens.iter().find(|(id, _)| *id == pad).map(|(_, t)| t.as_str()))
            .unwrap_or("");
        regel(&mut tekst, &[&pad, &waarde, toelichting]);
    }
    tekst
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
fn plat(voor: &str, cellen: &[(String, Cel)], rijen: &mut Vec<(String, String)>) {
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

pub(crate) fn regel(uit: &mut String, velden: &[&str]) {
    for (i, veld) in velden.iter().enumerate() {
        if i > 0 {
            uit.push(';');
        }
        if veld.contains([';', '"', '\r', '\n']) {
            uit.push('"');
            uit.push_str(&veld.replace('"', "\"\""));
            uit.push('"');
        } else {
            uit.push_str(veld);
        }
    }
    uit.push_str("\r\n");
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
        let mut t = String::new();
        regel(&mut t, &["b.c;d", "x\"y"]);
        assert_eq!(t, "\"b.c;d\";\"x\"\"y\"\r\n");
    }
}
