use super::*;
use crate::content::{lees_producten, lees_regio};

const REGIO: &str = include_str!("../../../../public/content/regio.toml");
const PRODUCTEN: &str = include_str!("../../../../public/content/producten.toml");
const PORTAAL: &str = include_str!("../../../../public/content/portaal.toml");

fn geladen() -> (RegioInhoud, Productcatalogus, Portaal) {
    (
        lees_regio("regio.toml", REGIO).unwrap(),
        lees_producten("producten.toml", PRODUCTEN).unwrap(),
        lees_portaal("portaal.toml", PORTAAL).unwrap(),
    )
}

#[test]
fn de_meegeleverde_inhoud_is_compleet_en_klopt() {
    let (regio, catalogus, portaal) = geladen();
    assert_eq!(controleer(&portaal, &regio, &catalogus, "portaal.toml", PORTAAL), []);
    assert_eq!(portaal.toegang.len(), regio.gemeenten.len());
    for p in catalogus.producten() {
        let tekst = portaal
            .producttekst(&p.code)
            .unwrap_or_else(|| panic!("{} heeft geen tekst", p.code));
        assert!(
            !tekst.omschrijving.is_empty() && !tekst.wie_verwijst.is_empty(),
            "{}",
            p.code
        );
    }
    let nummers: Vec<&str> = portaal.noodnummers.iter().map(|n| n.nummer.as_str()).collect();
    for nodig in ["112", "0800-2000", "0800-0432"] {
        assert!(nummers.contains(&nodig), "{nodig} ontbreekt: {nummers:?}");
    }
    assert!(
        portaal.eerste_stap.belofte.contains("3 werkdagen"),
        "{}",
        portaal.eerste_stap.belofte
    );
    assert!(portaal
        .keuzehulp
        .first()
        .is_some_and(|v| v.antwoorden.iter().any(|a| a.nood)));
}

fn met(vervang: &str, door: &str) -> String {
    assert!(PORTAAL.contains(vervang), "{vervang} staat niet in portaal.toml");
    PORTAAL.replacen(vervang, door, 1)
}

fn problemen(tekst: &str) -> Vec<Probleem> {
    let (regio, catalogus, _) = geladen();
    let portaal = lees_portaal("portaal.toml", tekst).unwrap();
    controleer(&portaal, &regio, &catalogus, "portaal.toml", tekst)
}

#[test]
fn een_onbekende_gemeente_wordt_gemeld_met_regel_en_veld() {
    let tekst = met("gemeente = \"GM0230\"", "gemeente = \"GM9999\"");
    let p = problemen(&tekst);
    let onbekend = p.iter().find(|p| p.waarde == "GM9999").unwrap();
    assert_eq!(onbekend.kolom, "gemeente");
    assert_eq!(onbekend.reden, "deze gemeente staat niet in regio.toml");
    let regel = tekst.lines().position(|r| r.contains("GM9999")).unwrap() as u64 + 1;
    assert_eq!(onbekend.regel, regel);
    // And Elburg now has no access point.
    assert!(
        p.iter().any(|p| p.reden == "Elburg (GM0230) heeft geen toegang"),
        "{p:?}"
    );
}

#[test]
fn andere_fouten_worden_gemeld() {
    let p = problemen(&met("nummer = 5", "nummer = 4"));
    assert!(p.iter().any(|p| p.reden == "segment 5 ontbreekt"), "{p:?}");
    assert!(
        p.iter().any(|p| p.reden == "segment 4 staat er meer dan één keer"),
        "{p:?}"
    );
    let p = problemen(&met("code = \"45A01\"", "code = \"99X99\""));
    assert!(p.iter().any(|p| p.waarde == "99X99" && p.kolom == "code"), "{p:?}");
    let p = problemen(&met("website = \"https://", "website = \"http://"));
    assert!(p.iter().any(|p| p.reden == "een website begint met https://"), "{p:?}");
    let p = problemen(&met("nummer = \"112\"", "nummer = \"\""));
    assert!(
        p.iter()
            .any(|p| p.kolom == "nummer" && p.reden.ends_with("heeft geen nummer")),
        "{p:?}"
    );
    let p = problemen(&met("soort = \"", "soort = \"loket"));
    assert!(p.iter().any(|p| p.kolom == "soort"), "{p:?}");
}

#[test]
fn een_syntaxfout_of_onbekend_veld_noemt_de_regel() {
    let fout = lees_portaal("portaal.toml", "[eerste_stap]\ntitel = \"x\"\nbelofte = \n").unwrap_err();
    assert_eq!((fout.bestand.as_str(), fout.regel), ("portaal.toml", 3));
    let fout = lees_portaal(
        "portaal.toml",
        &format!("{PORTAAL}\n[[segmenten]]\nnummer = 1\nnaam = \"x\"\nuitleg = \"y\"\nkleur = \"rood\"\n"),
    )
    .unwrap_err();
    assert!(fout.reden.contains("kleur"), "{}", fout.reden);
    assert_eq!(fout.regel as usize, PORTAAL.lines().count() + 6);
}

#[test]
fn zoeken_zonder_hoofdletters_en_accenten() {
    assert_eq!(vouw("Crèche Zorg-op-Maat"), "creche zorg op maat");
    assert_eq!(vouw("Ĳsselmuiden"), "ijsselmuiden");
    let (regio, _, portaal) = geladen();
    let codes = |invoer: &str| {
        zoek_gemeente(&regio, &portaal, invoer)
            .into_iter()
            .map(|(c, _, k)| (c, k))
            .collect::<Vec<_>>()
    };
    assert_eq!(codes("harder"), [("GM0243".to_string(), None)]);
    assert_eq!(codes("  HARDERWIJK "), [("GM0243".to_string(), None)]);
    assert_eq!(codes("wezep"), [("GM0269".to_string(), Some("Wezep".to_string()))]);
    assert_eq!(codes("elspeet"), [("GM0302".to_string(), Some("Elspeet".to_string()))]);
    assert!(codes("").is_empty());
    assert!(codes("Amsterdam").is_empty());
}

#[test]
fn producten_zoeken_en_filteren() {
    let (_, catalogus, portaal) = geladen();
    let zoek = |vraag: &str, filter: &Productfilter| {
        zoek_producten(&catalogus, &portaal, vraag, filter)
            .into_iter()
            .map(|p| p.code.clone())
            .collect::<Vec<_>>()
    };
    let alles = Productfilter::default();
    assert_eq!(zoek("", &alles).len(), catalogus.producten().len());
    assert!(zoek("pleeg", &alles).contains(&"44P01".to_string()));
    assert_eq!(zoek("PLEEGZORG", &alles), zoek("pleegzorg", &alles));
    assert!(zoek("pleeg nietsbestaands", &alles).is_empty());
    let crisis = Productfilter {
        segment: Some(5),
        ..Productfilter::default()
    };
    let gevonden = zoek("", &crisis);
    assert!(
        !gevonden.is_empty() && gevonden.iter().all(|c| catalogus.segment(c) == Some(5)),
        "{gevonden:?}"
    );
    let plus = Productfilter {
        jeugdzorgplus: Some(true),
        ..Productfilter::default()
    };
    assert_eq!(zoek("", &plus), ["43J01"]);
    let rechter = Productfilter {
        verwijzer: Some("rechter".into()),
        ..Productfilter::default()
    };
    assert!(zoek("", &rechter).iter().all(|c| portaal
        .producttekst(c)
        .unwrap()
        .wie_verwijst
        .iter()
        .any(|w| w == "rechter")));
}

#[test]
fn de_keuzehulp_telt_stemmen_per_segment() {
    let (_, _, portaal) = geladen();
    // Danger now: the emergency numbers first.
    assert!(portaal.keuzehulp_uitkomst(&[0]).nood);
    // No danger, living at home works, school is fine, one problem → segment 4.
    let u = portaal.keuzehulp_uitkomst(&[2, 0, 0, 0]);
    assert_eq!(
        u,
        Keuzeuitkomst {
            nood: false,
            segmenten: vec![4]
        }
    );
    // No danger, cannot live at home, cannot go to school, long problems:
    // 1 gets 3 votes (q1, q2, q4), 2 and 3 two each.
    assert_eq!(portaal.keuzehulp_uitkomst(&[2, 1, 1, 1]).segmenten, vec![1]);
    // Only the first answer: all four remain.
    assert_eq!(portaal.keuzehulp_uitkomst(&[2]).segmenten, vec![1, 2, 3, 4]);
    assert_eq!(portaal.keuzehulp_uitkomst(&[]), Keuzeuitkomst::default());
    // An answer index that does not exist is ignored.
    assert_eq!(portaal.keuzehulp_uitkomst(&[9]), Keuzeuitkomst::default());
}

/// The bar "Direct hulp nodig?" on every page: a short name with the
/// number, so each link fits on one line of half a phone screen (the
/// English long names wrapped into four lines).
#[test]
fn the_emergency_bar_shows_short_names_with_the_number() {
    let engels = lees_portaal(
        "en/portaal.toml",
        include_str!("../../../../public/content/en/portaal.toml"),
    )
    .unwrap();
    let teksten: Vec<String> = engels.noodnummers.iter().map(Noodnummer::balktekst).collect();
    assert_eq!(
        teksten,
        [
            "Emergency 112",
            "Veilig Thuis 0800-2000",
            "Child Helpline 0800-0432",
            "Suicide prevention 0800-0113"
        ]
    );
    let (regio, catalogus, portaal) = geladen();
    let nederlands: Vec<String> = portaal.noodnummers.iter().map(Noodnummer::balktekst).collect();
    assert_eq!(
        nederlands[0], "Alarmnummer 112",
        "a name that holds its number is not repeated"
    );
    assert_eq!(nederlands[1], "Veilig Thuis 0800-2000");

    let lang = PORTAAL.replacen(
        "naam = \"Veilig Thuis\"\n",
        "naam = \"Veilig Thuis\"\nkort = \"Veilig Thuis, dag en nacht\"\n",
        1,
    );
    let portaal = lees_portaal("portaal.toml", &lang).unwrap();
    let p = controleer(&portaal, &regio, &catalogus, "portaal.toml", &lang);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].kolom.as_str(), p[0].regel), ("kort", regel_van(&lang, "kort =")));
    assert!(
        p[0].reden.starts_with("de korte naam is 26 tekens; hoogstens 20"),
        "{}",
        p[0].reden
    );
}
