//! Checking a region's whole content folder before it is published: every
//! file parses, the files agree with each other, and the public waiting
//! times follow the data contract. One list of problems, each with file,
//! line and reason; the CLI's `valideer-inhoud` prints it and the build
//! stops on it. Beside it, the list of example values (`voorbeeld`): a demo
//! may keep them, a build for publication may not.

use crate::content::{lees_producten, lees_regio, Productcatalogus, RegioInhoud};
use crate::doelen::lees_doelen;
use crate::ingest::{lees_bytes, Inleesopties};
use crate::model::Bestandssoort;
use crate::portaal::{controleer, lees_portaal, voorbeeldwaarden};
use crate::problem::Probleem;
use crate::voorbeeld::Plek;

/// The files of a content folder as read; `None` when a file is absent.
#[derive(Clone, Debug, Default)]
pub struct Inhoudsmap {
    pub regio: Option<String>,
    pub producten: Option<String>,
    pub portaal: Option<String>,
    pub doelen: Option<String>,
    pub maatregelen: Option<String>,
    pub wachttijden: Option<Vec<u8>>,
}

fn ontbreekt(bestand: &str, reden: &str) -> Probleem {
    Probleem {
        bestand: bestand.into(),
        regel: 0,
        kolom: String::new(),
        waarde: String::new(),
        reden: reden.into(),
    }
}

/// What the check found in a folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Controle {
    /// Problems that stop any build: the site cannot show this content.
    pub fouten: Vec<Probleem>,
    /// Every example value, in file order (`reden` is
    /// [`crate::voorbeeld::REDEN`]): warnings for a demo, a stop for a
    /// build for publication.
    pub voorbeelden: Vec<Probleem>,
}

/// Every problem and every example value in the folder. `regio.toml` and
/// `portaal.toml` are required (the public pages need them); the other
/// files are optional, but checked when present.
pub fn valideer(map: &Inhoudsmap) -> Controle {
    let mut problemen = Vec::new();
    let mut voorbeelden = Vec::new();
    let regio = match map.regio.as_deref() {
        None => {
            problemen.push(ontbreekt(
                "regio.toml",
                "dit bestand ontbreekt; de website kan niet zonder",
            ));
            None
        }
        Some(t) => lees_regio("regio.toml", t)
            .map_err(|p| problemen.push(p))
            .ok()
            .inspect(|regio| {
                problemen.extend(controleer_gemeenten(regio, t));
                problemen.extend(crate::paginas::controleer(regio, "regio.toml", t));
            }),
    };
    let catalogus = match map.producten.as_deref() {
        None => Some(Productcatalogus::default()),
        Some(t) => lees_producten("producten.toml", t)
            .map_err(|p| problemen.push(p))
            .ok()
            .inspect(|catalogus| {
                if catalogus.is_voorbeeld() {
                    voorbeelden.push(boek_is_voorbeeld(t));
                }
            }),
    };
    let portaal = match map.portaal.as_deref() {
        None => {
            problemen.push(ontbreekt(
                "portaal.toml",
                "dit bestand ontbreekt; de pagina's voor gezinnen kunnen niet zonder",
            ));
            None
        }
        Some(t) => match lees_portaal("portaal.toml", t) {
            Err(p) => {
                problemen.push(p);
                None
            }
            Ok(portaal) => {
                voorbeelden.extend(voorbeeldwaarden(&portaal, "portaal.toml", t));
                if let (Some(regio), Some(catalogus)) = (&regio, &catalogus) {
                    problemen.extend(controleer(&portaal, regio, catalogus, "portaal.toml", t));
                }
                Some(portaal)
            }
        },
    };
    for (naam, tekst) in [("doelen.toml", &map.doelen), ("maatregelen.toml", &map.maatregelen)] {
        if let Some(t) = tekst {
            if let Err(p) = lees_doelen(naam, t) {
                problemen.push(p);
            }
        }
    }
    if let Some(bytes) = &map.wachttijden {
        let opties = Inleesopties {
            gemeenten: regio.as_ref().map(|r| r.gemeenten.clone()).unwrap_or_default(),
            ..Inleesopties::default()
        };
        let gelezen = lees_bytes("wachttijden.csv", bytes, &opties);
        if gelezen.soort != Some(Bestandssoort::Wachttijden) {
            let reden = gelezen
                .melding
                .clone()
                .unwrap_or_else(|| "dit is geen wachttijdenbestand volgens het datacontract".into());
            problemen.push(ontbreekt("wachttijden.csv", &reden));
        }
        if let Some(portaal) = &portaal {
            voorbeelden.extend(wachttijden_van_voorbeeldaanbieders(
                &gelezen.wachttijden,
                portaal,
                bytes,
            ));
        }
        problemen.extend(gelezen.afgewezen.into_iter().map(|a| a.probleem));
    }
    Controle {
        fouten: problemen,
        voorbeelden,
    }
}

/// One warning per provider marked `voorbeeld` in portaal.toml whose waiting
/// times are in wachttijden.csv: the figures of an invented provider are
/// invented too, and would otherwise go live with only the provider's name
/// labelled. The line is the first that names the provider.
fn wachttijden_van_voorbeeldaanbieders(
    wachttijden: &[crate::model::Wachttijd],
    portaal: &crate::portaal::Portaal,
    bytes: &[u8],
) -> Vec<Probleem> {
    let tekst = String::from_utf8_lossy(bytes);
    let mut gezien: Vec<&str> = Vec::new();
    for w in wachttijden {
        if portaal.aanbieder_is_voorbeeld(&w.aanbieder) && !gezien.contains(&w.aanbieder.as_str()) {
            gezien.push(&w.aanbieder);
        }
    }
    gezien
        .into_iter()
        .map(|naam| Probleem {
            bestand: "wachttijden.csv".into(),
            regel: tekst.lines().position(|l| l.contains(naam)).map_or(0, |i| i as u64 + 1),
            kolom: "aanbieder".into(),
            waarde: naam.to_string(),
            reden: format!(
                "de wachttijden van \"{naam}\", een voorbeeldaanbieder (gemarkeerd in portaal.toml); vervang ze door \
                 de echte wachttijden van de regio"
            ),
        })
        .collect()
}

/// The warning for a product book marked `voorbeeld = true` as a whole.
fn boek_is_voorbeeld(tekst: &str) -> Probleem {
    let plek = Plek {
        bestand: "producten.toml",
        tekst,
        tabel: None,
        index: 0,
    };
    Probleem {
        reden:
            "het hele productenboek is een voorbeeld; zet de producten van de regio erin en haal `voorbeeld = true` weg"
                .into(),
        ..plek.voorbeeldwaarde("voorbeeld", "true")
    }
}

/// Every municipality has a CBS code of the form `GM` and four digits,
/// once: the figures are joined on it, so a typing error would silently
/// leave a municipality without figures.
fn controleer_gemeenten(regio: &RegioInhoud, tekst: &str) -> Vec<Probleem> {
    let mut problemen = Vec::new();
    let mut gezien = std::collections::HashSet::new();
    for gemeente in &regio.gemeenten {
        let code = gemeente.code.as_str();
        let goed = code.len() == 6 && code.starts_with("GM") && code[2..].bytes().all(|b| b.is_ascii_digit());
        let reden = if !goed {
            Some("een CBS-gemeentecode is GM met vier cijfers, zoals GM0243")
        } else if !gezien.insert(code) {
            Some("deze gemeentecode staat er twee keer in")
        } else {
            None
        };
        if let Some(reden) = reden {
            problemen.push(Probleem {
                bestand: "regio.toml".into(),
                regel: regel_met_code(tekst, code),
                kolom: "code".into(),
                waarde: code.into(),
                reden: reden.into(),
            });
        }
    }
    problemen
}

/// The 1-based line of `code = "<code>"` (its last occurrence, so a
/// duplicate points at the second one); 0 when it is written otherwise.
fn regel_met_code(tekst: &str, code: &str) -> u64 {
    tekst
        .lines()
        .enumerate()
        .filter(|(_, regel)| {
            regel
                .split_once('=')
                .is_some_and(|(k, v)| k.trim() == "code" && v.trim().trim_matches('"') == code)
        })
        .last()
        .map_or(0, |(i, _)| i as u64 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noord_veluwe() -> Inhoudsmap {
        Inhoudsmap {
            regio: Some(include_str!("../../../public/content/regio.toml").into()),
            producten: Some(include_str!("../../../public/content/producten.toml").into()),
            portaal: Some(include_str!("../../../public/content/portaal.toml").into()),
            doelen: Some(include_str!("../../../public/content/doelen.toml").into()),
            maatregelen: Some(include_str!("../../../public/content/maatregelen.toml").into()),
            wachttijden: Some(include_bytes!("../../../public/content/wachttijden.csv").to_vec()),
        }
    }

    #[test]
    fn de_meegeleverde_regio_is_in_orde() {
        assert_eq!(valideer(&noord_veluwe()).fouten, []);
    }

    #[test]
    fn wachttijden_van_voorbeeldaanbieders_staan_in_de_lijst() {
        let v = valideer(&noord_veluwe()).voorbeelden;
        let wacht: Vec<&Probleem> = v.iter().filter(|p| p.bestand == "wachttijden.csv").collect();
        assert!(!wacht.is_empty(), "{v:?}");
        let eerste = wacht[0];
        assert_eq!((eerste.regel, eerste.kolom.as_str()), (2, "aanbieder"));
        assert_eq!(eerste.waarde, "Jeugdzorg Veluwe Zuid");
        // Once the provider is no longer marked, its waiting times are not
        // an example any more.
        let mut echt = noord_veluwe();
        echt.portaal = echt.portaal.map(|t| t.replace("voorbeeld = true", ""));
        let v = valideer(&echt).voorbeelden;
        assert!(v.iter().all(|p| p.bestand != "wachttijden.csv"), "{v:?}");
    }

    #[test]
    fn elke_voorbeeldwaarde_staat_in_de_lijst_met_regel_en_veld() {
        let map = noord_veluwe();
        let portaal = map.portaal.clone().unwrap_or_default();
        let v = valideer(&map).voorbeelden;
        // Seven access teams with seven example fields each, sixteen
        // invented providers (name and products), and the product book as a
        // whole.
        assert_eq!(v.iter().filter(|p| p.bestand == "portaal.toml").count(), 7 * 7 + 16 * 2);
        let boek: Vec<_> = v.iter().filter(|p| p.bestand == "producten.toml").collect();
        assert_eq!(boek.len(), 1, "{boek:?}");
        assert_eq!((boek[0].regel, boek[0].kolom.as_str()), (6, "voorbeeld"));
        let email = v
            .iter()
            .find(|p| p.waarde == "jeugd@elburg.nl")
            .expect("Elburg's e-mail is an example");
        let regel = portaal
            .lines()
            .position(|r| r == "email = \"jeugd@elburg.nl\"")
            .expect("the line is in the file") as u64
            + 1;
        assert_eq!((email.regel, email.kolom.as_str()), (regel, "email"));
        assert_eq!(email.reden, crate::voorbeeld::REDEN);
        // The emergency numbers are real and never listed.
        assert!(!v.iter().any(|p| p.waarde.contains("112")), "{v:?}");
    }

    #[test]
    fn verified_content_has_no_examples_and_a_misspelt_field_is_an_error() {
        let mut map = noord_veluwe();
        let portaal = map.portaal.clone().unwrap_or_default();
        let geverifieerd: String = portaal
            .lines()
            .filter(|r| !r.starts_with("voorbeeld ="))
            .map(|r| format!("{r}\n"))
            .collect();
        map.portaal = Some(geverifieerd.clone());
        map.producten = map.producten.map(|t| t.replace("voorbeeld = true", ""));
        assert_eq!(valideer(&map), Controle::default());

        let regel = geverifieerd
            .lines()
            .position(|r| r == "gemeente = \"GM0243\"")
            .expect("Harderwijk has an access team") as u64
            + 2;
        map.portaal = Some(geverifieerd.replacen(
            "gemeente = \"GM0243\"\n",
            "gemeente = \"GM0243\"\nvoorbeeld = [\"telefoon\", \"e-mail\"]\n",
            1,
        ));
        let c = valideer(&map);
        assert_eq!(c.voorbeelden.len(), 1, "{:?}", c.voorbeelden);
        assert_eq!(c.voorbeelden[0].kolom, "telefoon");
        assert_eq!(c.fouten.len(), 1, "{:?}", c.fouten);
        let fout = &c.fouten[0];
        assert_eq!(
            (fout.regel, fout.kolom.as_str(), fout.waarde.as_str()),
            (regel, "voorbeeld", "e-mail")
        );
        assert!(
            fout.reden.contains("geen veld") && fout.reden.contains("email"),
            "{fout:?}"
        );
    }

    #[test]
    fn emergency_numbers_cannot_be_marked() {
        let mut map = noord_veluwe();
        let portaal = map.portaal.clone().unwrap_or_default();
        map.portaal = Some(portaal.replacen("nummer = \"112\"\n", "nummer = \"112\"\nvoorbeeld = true\n", 1));
        let fouten = valideer(&map).fouten;
        assert!(
            fouten
                .iter()
                .any(|p| p.bestand == "portaal.toml" && p.reden.contains("voorbeeld")),
            "{fouten:?}"
        );
    }

    #[test]
    fn fouten_in_elk_bestand_worden_gemeld() {
        let mut map = noord_veluwe();
        map.portaal = None;
        map.wachttijden = Some(b"peildatum,aanbieder,productcategorie,wachttijd_weken\n2025-13-01,A,45,3\n".to_vec());
        map.doelen = Some("[[doelen]]\nid = \n".into());
        let p = valideer(&map).fouten;
        assert!(
            p.iter()
                .any(|p| p.bestand == "portaal.toml" && p.reden.contains("ontbreekt")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|p| p.bestand == "wachttijden.csv" && p.regel == 2 && p.kolom == "peildatum"),
            "{p:?}"
        );
        assert!(p.iter().any(|p| p.bestand == "doelen.toml" && p.regel == 2), "{p:?}");
        let mut map = noord_veluwe();
        map.regio = Some("[regio]\nnaam = \"x\"\n".into());
        let p = valideer(&map).fouten;
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].bestand, "regio.toml");
    }

    #[test]
    fn een_verkeerde_of_dubbele_gemeentecode_wordt_gemeld_op_zijn_regel() {
        let mut map = noord_veluwe();
        let regio = map.regio.clone().unwrap_or_default();
        let regel = regio
            .lines()
            .position(|r| r == "code = \"GM0230\"")
            .expect("Elburg is in the region") as u64
            + 1;
        map.regio = Some(regio.replacen("code = \"GM0230\"", "code = \"GM230\"", 1));
        let p = valideer(&map).fouten;
        let fout = p
            .iter()
            .find(|p| p.bestand == "regio.toml")
            .expect("a problem in regio.toml");
        assert_eq!(
            (fout.regel, fout.kolom.as_str(), fout.waarde.as_str()),
            (regel, "code", "GM230")
        );
        assert!(fout.reden.contains("GM met vier cijfers"), "{fout:?}");

        let mut map = noord_veluwe();
        let regio = map.regio.clone().unwrap_or_default();
        map.regio = Some(regio.replacen("code = \"GM0230\"", "code = \"GM0243\"", 1));
        let p = valideer(&map).fouten;
        assert!(
            p.iter()
                .any(|p| p.bestand == "regio.toml" && p.reden.contains("twee keer")),
            "{p:?}"
        );
    }
}
