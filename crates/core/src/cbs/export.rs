//! The comparison as a CSV table that Dutch Excel opens as is, with the same
//! suppression as the screen and the sources named.

use crate::csvschrijver::CsvSchrijver;
use crate::export::onderdrukking_tekst;

use super::vergelijking::{eigen_waarden, CbsCel, EigenWaarde, Vergelijking};
use super::Maat;

/// One row per area and figure: `gebied;code;cijfer;uw_gegevens;cbs;
/// toelichting`. Our values are suppressed with threshold `k`; CBS's are
/// as published.
pub fn vergelijking_csv(v: &Vergelijking, k: u8) -> String {
    let mut csv = CsvSchrijver::nieuw(';');
    csv.regel(["# onderdrukking", &onderdrukking_tekst(k)]);
    csv.regel(["# jaar", &v.jaar.to_string()]);
    for bron in &v.bronnen {
        csv.regel(["# bron", bron.as_str()]);
    }
    csv.regel(["gebied", "code", "cijfer", "uw_gegevens", "cbs", "toelichting"]);
    let getoond = eigen_waarden(v, k);
    for (gebied, eigen_getoond) in v.gebieden.iter().zip(&getoond) {
        for &maat in &v.maten {
            let eigen = gebied.eigen.as_ref().and(eigen_getoond.get(&maat).copied());
            let cbs = gebied.cbs.get(&maat).copied();
            let toelichting = match cbs {
                Some(CbsCel::Geheim { .. }) => "niet gepubliceerd door het CBS",
                Some(CbsCel::Berekend(_)) => "CBS-cijfer van de regio berekend uit de gemeenten",
                Some(CbsCel::Onvolledig) => {
                    "CBS-cijfer van de regio niet te berekenen: niet voor elke gemeente gepubliceerd of geen bevolking"
                }
                _ => "",
            };
            csv.regel([
                gebied.naam.as_str(),
                gebied.code.as_deref().unwrap_or(""),
                &maat.titel(),
                &eigen.map(|e| eigen_tekst(e, maat, k)).unwrap_or_default(),
                &cbs.and_then(CbsCel::getal).map(|g| getal(g, maat)).unwrap_or_default(),
                toelichting,
            ]);
        }
    }
    csv.klaar()
}

fn getal(g: f64, maat: Maat) -> String {
    if maat.is_percentage() {
        format!("{g:.1}").replace('.', ",")
    } else {
        format!("{g:.0}")
    }
}

fn eigen_tekst(e: EigenWaarde, maat: Maat, k: u8) -> String {
    match e {
        EigenWaarde::Getal(g) => getal(g, maat),
        EigenWaarde::KleinAantal => format!("<{k}"),
        EigenWaarde::Verborgen => "–".into(),
        EigenWaarde::Geen => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::cbs::vergelijking::{EigenCijfers, Gebied, Gebiedsoort};

    #[test]
    fn csv_met_bom_onderdrukking_en_bron() {
        let eigen = EigenCijfers {
            jongeren_jeugdzorg: 3,
            jongeren_jeugdhulp: 150,
            jongeren_verblijf: 12,
            jongeren_bevolking: Some(1_200),
            ..EigenCijfers::default()
        };
        let v = Vergelijking {
            jaar: 2022,
            gebieden: vec![Gebied {
                naam: "Elburg".into(),
                code: Some("GM0230".into()),
                soort: Gebiedsoort::Gemeente,
                eigen: Some(eigen),
                cbs: BTreeMap::from([
                    (Maat::PctJeugdhulp, CbsCel::Gepubliceerd { getal: 12.5, bron: 0 }),
                    (Maat::JongerenJeugdzorg, CbsCel::Geheim { bron: 0 }),
                ]),
            }],
            maten: vec![Maat::PctJeugdhulp, Maat::PctVerblijf, Maat::JongerenJeugdzorg],
            bronnen: vec!["CBS StatLine, tabel 85098NED (2022), bestand a.csv".into()],
            niet_gevonden: Vec::new(),
        };
        let csv = vergelijking_csv(&v, 5);
        assert!(csv.starts_with("\u{FEFF}# onderdrukking;k=5"));
        let regels: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(regels[1], "# jaar;2022");
        assert_eq!(regels[2], "# bron;CBS StatLine, tabel 85098NED (2022), bestand a.csv");
        assert_eq!(regels[3], "gebied;code;cijfer;uw_gegevens;cbs;toelichting");
        assert_eq!(
            regels[4],
            "Elburg;GM0230;Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar);12,5;12,5;"
        );
        assert_eq!(
            regels[5],
            "Elburg;GM0230;Jeugdhulp met verblijf (% van de jongeren met jeugdhulp);8,0;;"
        );
        // 3 youths: below k, and CBS did not publish its count either.
        assert_eq!(
            regels[6],
            "Elburg;GM0230;Jongeren met jeugdzorg (aantal);<5;;niet gepubliceerd door het CBS"
        );
        assert!(vergelijking_csv(&v, 1).contains("(aantal);3;;"));
    }
}
