//! Reading a CBS StatLine export as downloaded.

use std::collections::BTreeMap;

use crate::ingest::codering::decodeer_in;
use crate::ingest::splitser::Splitser;
use crate::problem::Probleem;

use super::Verwijsgroep;

/// A figure CBS publishes for a region and year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Maat {
    /// Youths under 18 with jeugdhulp in natura, % of all youths under 18.
    PctJeugdhulp,
    /// Youths with jeugdhulp met verblijf in natura, % of the youths with
    /// jeugdhulp in natura.
    PctVerblijf,
    /// Youths with jeugdbescherming, % of all youths under 18.
    PctJeugdbescherming,
    /// Youths with jeugdreclassering, % of all youths aged 12–22.
    PctJeugdreclassering,
    /// Number of youths with jeugdzorg in natura (rounded to 5).
    JongerenJeugdzorg,
    /// Number of trajectories of jeugdzorg in natura (rounded to 5).
    Trajecten,
    /// Number of trajectories by referrer (rounded to 5).
    Verwijzing(Verwijsgroep),
}

impl Maat {
    /// The figure a column holds, from its header: compared as lower-case
    /// letters and digits only, without the `_12` suffix of typed exports,
    /// so the label ("Jongeren met jeugdhulp in natura (%)") and the key
    /// ("JongerenMetJeugdhulpInNatura_1") of one figure both match.
    fn uit_kop(kop: &str) -> Option<Maat> {
        let sleutel = sleutel(kop);
        let begint = |p: &str| sleutel.starts_with(p);
        Some(match () {
            _ if begint("jongerenmetjeugdhulpinnatura") => Maat::PctJeugdhulp,
            _ if begint("jongerenmetjeugdhmetverbl") || begint("jongerenmetjeugdhulpmetverblijf") => Maat::PctVerblijf,
            _ if begint("jongerenmetjeugdbescherming") => Maat::PctJeugdbescherming,
            _ if begint("jongerenmetjeugdreclassering") => Maat::PctJeugdreclassering,
            _ if begint("totaaljongerenmetjeugdzorg") => Maat::JongerenJeugdzorg,
            _ if begint("totaaltrajecten") => Maat::Trajecten,
            _ if begint("gemeentelijketoegang") => Maat::Verwijzing(Verwijsgroep::GemeentelijkeToegang),
            _ if begint("huisarts") => Maat::Verwijzing(Verwijsgroep::Huisarts),
            _ if begint("jeugdarts") => Maat::Verwijzing(Verwijsgroep::Jeugdarts),
            _ if begint("gecertificeerdeinstelling") => Maat::Verwijzing(Verwijsgroep::GecertificeerdeInstelling),
            _ if begint("medischspecialist") => Maat::Verwijzing(Verwijsgroep::MedischSpecialist),
            _ if begint("rechterofficier") || begint("rechterovj") => Maat::Verwijzing(Verwijsgroep::RechterOfOvj),
            _ if begint("geenverwijzer") => Maat::Verwijzing(Verwijsgroep::GeenVerwijzer),
            _ if begint("verwijzeronbekend") => Maat::Verwijzing(Verwijsgroep::Onbekend),
            _ => return None,
        })
    }

    /// The figure's name on screen and in exports.
    pub fn titel(self) -> String {
        match self {
            Maat::PctJeugdhulp => "Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar)".into(),
            Maat::PctVerblijf => "Jeugdhulp met verblijf (% van de jongeren met jeugdhulp)".into(),
            Maat::PctJeugdbescherming => "Jongeren met jeugdbescherming (% van alle jongeren tot 18 jaar)".into(),
            Maat::PctJeugdreclassering => "Jongeren met jeugdreclassering (%)".into(),
            Maat::JongerenJeugdzorg => "Jongeren met jeugdzorg (aantal)".into(),
            Maat::Trajecten => "Trajecten jeugdzorg (aantal)".into(),
            Maat::Verwijzing(g) => format!("Trajecten via {} (aantal)", g.naam().to_lowercase()),
        }
    }

    /// How our figure is counted and how that differs from CBS's.
    pub fn uitleg(self) -> &'static str {
        match self {
            Maat::PctJeugdhulp => "Uw gegevens: jongeren met een traject in het jaar, zonder jeugdbescherming (categorie 48) en jeugdreclassering (47), gedeeld door het aantal jongeren van 0 tot en met 17 jaar uit het bevolkingsbestand. Het CBS telt alleen jongeren tot 18 jaar en alleen zorg in natura (geen pgb). In uw gegevens tellen ook jongeren van 18 jaar en ouder met verlengde jeugdhulp mee.",
            Maat::PctVerblijf => "Uw gegevens: jongeren met een traject in productcategorie 43 (verblijf inclusief behandeling, ook JeugdzorgPlus) of 44 (verblijf zonder behandeling, zoals pleegzorg en gezinshuis), als deel van de jongeren met jeugdhulp. Crisisopvang (categorie 46) telt in uw gegevens niet als verblijf. Het CBS telt alle jeugdhulp met verblijf in natura.",
            Maat::PctJeugdbescherming => "Uw gegevens: jongeren met een traject in productcategorie 48 (jeugdbescherming), gedeeld door de jongeren van 0 tot en met 17 jaar. Het CBS telt alle maatregelen van jeugdbescherming in het jaar; uw gegevens alleen de trajecten die in dit bestand staan.",
            Maat::PctJeugdreclassering => "Uw gegevens: jongeren met een traject in productcategorie 47, gedeeld door de jongeren van 0 tot en met 17 jaar. Jeugdreclassering geldt voor jongeren van 12 tot en met 22 jaar, en het CBS rekent het percentage over een andere leeftijdsgroep dan uw bevolkingsbestand. Vergelijk daarom vooral de verhoudingen tussen gemeenten, niet het getal zelf.",
            Maat::JongerenJeugdzorg => "Uw gegevens: alle jongeren met een traject dat in het jaar loopt, elke jongere één keer. Het CBS rondt af op veelvouden van 5 en telt alleen zorg in natura; een jongere telt mee in de gemeente waar hij woont, in uw gegevens in de gemeente die verantwoordelijk is.",
            Maat::Trajecten => "Uw gegevens: trajecten (toewijzingen) die in het jaar lopen. Het CBS telt trajecten jeugdzorg in natura en rondt af op veelvouden van 5. Een nieuwe toewijzing bij dezelfde aanbieder is in uw gegevens een nieuw traject; het CBS voegt die soms samen.",
            Maat::Verwijzing(_) => "Uw gegevens: trajecten die in het jaar lopen, naar de verwijzer in het trajectenbestand (COD327). Een lege of andere code telt als 'verwijzer onbekend'. Het CBS rondt af op veelvouden van 5.",
        }
    }

    /// A percentage (one decimal) rather than a count.
    pub fn is_percentage(self) -> bool {
        matches!(
            self,
            Maat::PctJeugdhulp | Maat::PctVerblijf | Maat::PctJeugdbescherming | Maat::PctJeugdreclassering
        )
    }
}

/// One published cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CbsWaarde {
    Getal(f64),
    /// Not published by CBS (too few youths, or not known): `""` or `.`.
    Geheim,
}

/// One row: a municipality or the country in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct CbsRij {
    /// 1-based line in the file (header is line 1).
    pub regel: u64,
    /// The region as CBS names it ("Harderwijk", "Nederland"); may be empty
    /// in a typed export without a name column.
    pub naam: String,
    /// `GM0243` or `NL00` when the file has codes.
    pub code: Option<String>,
    pub jaar: i32,
    /// CBS marks provisional figures with `*` (`2022*`).
    pub voorlopig: bool,
    pub waarden: BTreeMap<Maat, CbsWaarde>,
}

impl CbsRij {
    /// The row of the whole country.
    pub fn is_nederland(&self) -> bool {
        self.code.as_deref().is_some_and(|c| c.starts_with("NL")) || self.naam.trim().eq_ignore_ascii_case("nederland")
    }
}

/// A StatLine export as read.
#[derive(Clone, Debug, PartialEq)]
pub struct CbsTabel {
    /// The file name as the user gave it.
    pub bestand: String,
    /// The table number when the file name holds one (`85098NED`).
    pub tabelnummer: Option<String>,
    /// The figures the file has, in column order.
    pub maten: Vec<Maat>,
    pub rijen: Vec<CbsRij>,
}

impl CbsTabel {
    /// The years in the file, newest first.
    pub fn jaren(&self) -> Vec<i32> {
        let mut jaren: Vec<i32> = self.rijen.iter().map(|r| r.jaar).collect();
        jaren.sort_unstable_by(|a, b| b.cmp(a));
        jaren.dedup();
        jaren
    }

    /// "CBS StatLine, tabel 85098NED (2022, voorlopig)" style source line.
    pub fn bron(&self, jaar: i32) -> String {
        let voorlopig = self.rijen.iter().any(|r| r.jaar == jaar && r.voorlopig);
        let tabel = self
            .tabelnummer
            .as_ref()
            .map(|t| format!(", tabel {t}"))
            .unwrap_or_default();
        let status = if voorlopig { ", voorlopige cijfers" } else { "" };
        format!("CBS StatLine{tabel} ({jaar}{status}), bestand {}", self.bestand)
    }
}

/// Header key: lower-case letters and digits, without a trailing `_N`.
fn sleutel(kop: &str) -> String {
    let zonder_volgnummer = match kop.trim().rsplit_once('_') {
        Some((voor, na)) if !na.is_empty() && na.bytes().all(|b| b.is_ascii_digit()) => voor,
        _ => kop.trim(),
    };
    zonder_volgnummer
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a column of the file is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kolom {
    Naam,
    Code,
    Periode,
    Cijfer(Maat),
    Overig,
}

fn kolom_van(kop: &str) -> Kolom {
    match sleutel(kop).as_str() {
        "regios" | "regio" | "gemeenten" | "gemeente" | "gemeentenaam" => Kolom::Naam,
        "wijken" | "wijkenenbuurten" | "regioindeling" | "regiocode" | "codering" => Kolom::Code,
        "perioden" | "periode" => Kolom::Periode,
        _ => Maat::uit_kop(kop).map_or(Kolom::Overig, Kolom::Cijfer),
    }
}

/// Reads a StatLine export. `Err` when the file is not one we can compare
/// with (no period column, no region column or no known figure); otherwise
/// the table plus a problem for every cell or row that could not be read.
pub fn lees_statline(bestand: &str, bytes: &[u8]) -> Result<(CbsTabel, Vec<Probleem>), Probleem> {
    let records = records(bytes);
    let probleem = |regel: u64, kolom: &str, waarde: &str, reden: String| Probleem {
        bestand: bestand.to_string(),
        regel,
        kolom: kolom.to_string(),
        waarde: waarde.to_string(),
        reden,
    };
    let Some((_, koppen, scheidingsteken)) = records.first() else {
        return Err(probleem(1, "", "", "het bestand is leeg".into()));
    };
    let kolommen: Vec<Kolom> = koppen.iter().map(|k| kolom_van(k)).collect();
    let periode = kolommen.iter().position(|k| *k == Kolom::Periode);
    let naam = kolommen.iter().position(|k| *k == Kolom::Naam);
    let code = kolommen.iter().position(|k| *k == Kolom::Code);
    let maten: Vec<(usize, Maat)> = kolommen
        .iter()
        .enumerate()
        .filter_map(|(i, k)| match k {
            Kolom::Cijfer(m) => Some((i, *m)),
            _ => None,
        })
        .collect();
    let Some(periode) = periode else {
        return Err(probleem(
            1,
            "",
            "",
            "dit is geen StatLine-export van het CBS: de kolom Perioden ontbreekt".into(),
        ));
    };
    if naam.is_none() && code.is_none() {
        return Err(probleem(
            1,
            "",
            "",
            "de kolom met de regio (Regio's, Wijken of Gemeentenaam) ontbreekt".into(),
        ));
    }
    if maten.is_empty() {
        return Err(probleem(
            1,
            "",
            "",
            "geen van de kolommen is een jeugdzorgcijfer dat de app kan vergelijken (zoals jongeren met jeugdhulp in natura of trajecten per verwijzer)".into(),
        ));
    }
    // A label export writes decimals with a comma and uses `;`; a typed
    // export writes them with a point.
    let decimaal_komma = *scheidingsteken == b';';
    let mut problemen = Vec::new();
    let mut rijen = Vec::new();
    let mut gezien = std::collections::HashSet::new();
    for (regel, velden, _) in records.iter().skip(1) {
        if velden.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let veld = |i: Option<usize>| i.and_then(|i| velden.get(i)).map(|v| v.trim()).unwrap_or("");
        let periodetekst = veld(Some(periode));
        let Some((jaar, voorlopig)) = lees_periode(periodetekst) else {
            problemen.push(probleem(
                *regel,
                &koppen[periode],
                periodetekst,
                "geen jaar: de vergelijking gebruikt alleen jaarcijfers (zoals 2022, 2022* of 2022JJ00)".into(),
            ));
            continue;
        };
        let mut rijcode = Some(veld(code)).filter(|c| !c.is_empty()).map(str::to_string);
        let mut rijnaam = veld(naam).to_string();
        // A typed export may put codes in its region column (`RegioS`:
        // `GM0243`, `NL01`).
        if rijcode.is_none() && is_regiocode(&rijnaam) {
            rijcode = Some(std::mem::take(&mut rijnaam));
        }
        if rijnaam.is_empty() && rijcode.is_none() {
            problemen.push(probleem(*regel, "", "", "de regio ontbreekt".into()));
            continue;
        }
        // Districts and neighbourhoods are not compared; a download that
        // has them has the municipality rows too.
        if rijcode
            .as_deref()
            .is_some_and(|c| c.starts_with("WK") || c.starts_with("BU"))
        {
            continue;
        }
        // One row per region and year: a table split by a further dimension
        // (care form, age) would otherwise mix its parts.
        let sleutel = (rijcode.clone().unwrap_or_else(|| rijnaam.to_lowercase()), jaar);
        if !gezien.insert(sleutel) {
            problemen.push(probleem(
                *regel,
                "",
                "",
                "deze regio staat er voor dit jaar al eerder in; alleen de eerste regel telt (kies in StatLine het totaal van elke andere indeling)".into(),
            ));
            continue;
        }
        let mut waarden = BTreeMap::new();
        for &(i, maat) in &maten {
            let tekst = veld(Some(i));
            match lees_getal(tekst, decimaal_komma) {
                Some(w) => {
                    waarden.insert(maat, w);
                }
                None => problemen.push(probleem(*regel, &koppen[i], tekst, "geen getal".into())),
            }
        }
        rijen.push(CbsRij {
            regel: *regel,
            naam: rijnaam,
            code: rijcode,
            jaar,
            voorlopig,
            waarden,
        });
    }
    let tabel = CbsTabel {
        bestand: bestand.to_string(),
        tabelnummer: tabelnummer(bestand),
        maten: maten.into_iter().map(|(_, m)| m).collect(),
        rijen,
    };
    Ok((tabel, problemen))
}

/// Every record of the file: line, decoded fields, delimiter.
fn records(bytes: &[u8]) -> Vec<(u64, Vec<String>, u8)> {
    let mut uit = Vec::new();
    let mut splitser = Splitser::default();
    let mut verzamel = |r: &crate::ingest::splitser::RuwRecord, scheidingsteken: u8| {
        let velden = r
            .velden()
            .map(|v| {
                let mut s = String::new();
                decodeer_in(v, &mut s);
                s
            })
            .collect();
        uit.push((r.regel, velden, scheidingsteken));
    };
    splitser.voed(bytes, &mut verzamel);
    splitser.einde(&mut verzamel);
    uit
}

/// A CBS region code: `GM0243`, `NL01`, `PV25`, `WK024301`, `BU02430101`.
fn is_regiocode(tekst: &str) -> bool {
    // `get`, not slicing: a name may start with a multi-byte letter.
    let (Some(letters), Some(cijfers)) = (tekst.get(..2), tekst.get(2..)) else {
        return false;
    };
    matches!(letters, "GM" | "NL" | "PV" | "WK" | "BU" | "LD" | "CR" | "JZ")
        && !cijfers.is_empty()
        && cijfers.bytes().all(|b| b.is_ascii_digit())
}

/// `2022`, `2022*` (provisional) or `2022JJ00` → (2022, provisional).
fn lees_periode(tekst: &str) -> Option<(i32, bool)> {
    let (tekst, voorlopig) = match tekst.strip_suffix('*') {
        Some(t) => (t.trim(), true),
        None => (tekst, false),
    };
    let jaartekst = tekst.strip_suffix("JJ00").unwrap_or(tekst);
    let jaar: i32 = jaartekst.parse().ok().filter(|_| jaartekst.len() == 4)?;
    (1900..=2200).contains(&jaar).then_some((jaar, voorlopig))
}

/// A published number, or [`CbsWaarde::Geheim`] for `""` and `.`; `None` when
/// the text is no number.
fn lees_getal(tekst: &str, decimaal_komma: bool) -> Option<CbsWaarde> {
    if tekst.is_empty() || tekst == "." {
        return Some(CbsWaarde::Geheim);
    }
    let genormaliseerd = if decimaal_komma {
        tekst.replace(',', ".")
    } else {
        tekst.to_string()
    };
    genormaliseerd
        .parse::<f64>()
        .ok()
        .filter(|g| g.is_finite() && *g >= 0.0)
        .map(CbsWaarde::Getal)
}

/// `85098NED` from a name such as `85098NED_indicatoren.csv`.
fn tabelnummer(bestand: &str) -> Option<String> {
    let naam = bestand.rsplit(['/', '\\']).next().unwrap_or(bestand);
    let cijfers: String = naam.chars().take_while(char::is_ascii_digit).collect();
    let rest = &naam[cijfers.len()..];
    (cijfers.len() == 5 && rest.starts_with("NED")).then(|| format!("{cijfers}NED"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDICATOREN: &[u8] =
        include_bytes!("../../../../public/demo/cbs/85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv");
    const PER_GEMEENTE: &[u8] = include_bytes!("../../../../public/demo/cbs/jeugdzorg_per_gemeente_2022.csv");

    fn rij<'a>(t: &'a CbsTabel, naam: &str) -> &'a CbsRij {
        t.rijen
            .iter()
            .find(|r| r.naam == naam || r.code.as_deref() == Some(naam))
            .expect("rij bestaat")
    }

    #[test]
    fn leest_de_labelexport_met_puntkomma_en_decimale_komma() {
        let (t, problemen) = lees_statline("85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv", INDICATOREN).unwrap();
        assert!(problemen.is_empty(), "{problemen:?}");
        assert_eq!(t.tabelnummer.as_deref(), Some("85098NED"));
        // The fourth figure (jeugdbescherming with verblijf) has no
        // counterpart in our data and is left out.
        assert_eq!(
            t.maten,
            vec![
                Maat::PctJeugdhulp,
                Maat::PctVerblijf,
                Maat::PctJeugdbescherming,
                Maat::PctJeugdreclassering
            ]
        );
        // 357 lines: the header, Nederland and 355 municipalities.
        assert_eq!(t.rijen.len(), 356);
        let nl = rij(&t, "Nederland");
        assert!(nl.is_nederland() && nl.voorlopig && nl.jaar == 2022);
        assert_eq!(nl.waarden[&Maat::PctJeugdhulp], CbsWaarde::Getal(13.2));
        assert_eq!(nl.waarden[&Maat::PctVerblijf], CbsWaarde::Getal(8.8));
        // "Aa en Hunze": empty last cell is unpublished.
        let aa = rij(&t, "Aa en Hunze");
        assert_eq!(aa.waarden[&Maat::PctJeugdhulp], CbsWaarde::Getal(13.0));
        assert_eq!(aa.waarden[&Maat::PctJeugdreclassering], CbsWaarde::Geheim);
        assert_eq!(t.jaren(), vec![2022]);
        assert!(t.bron(2022).contains("85098NED") && t.bron(2022).contains("voorlopig"));
    }

    #[test]
    fn leest_de_getypeerde_export_met_komma_en_punt_voor_geheim() {
        let (t, problemen) = lees_statline("jeugdzorg_per_gemeente_2022.csv", PER_GEMEENTE).unwrap();
        assert!(problemen.is_empty(), "{problemen:?}");
        assert_eq!(t.tabelnummer, None);
        assert_eq!(t.maten.len(), 10, "{:?}", t.maten);
        let nl = rij(&t, "NL00");
        assert!(nl.is_nederland() && !nl.voorlopig && nl.jaar == 2022);
        assert_eq!(nl.waarden[&Maat::JongerenJeugdzorg], CbsWaarde::Getal(461_985.0));
        assert_eq!(nl.waarden[&Maat::Trajecten], CbsWaarde::Getal(695_095.0));
        assert_eq!(
            nl.waarden[&Maat::Verwijzing(Verwijsgroep::Huisarts)],
            CbsWaarde::Getal(227_295.0)
        );
        assert_eq!(
            nl.waarden[&Maat::Verwijzing(Verwijsgroep::Onbekend)],
            CbsWaarde::Getal(2_825.0)
        );
        let harderwijk = rij(&t, "GM0243");
        assert_eq!(harderwijk.naam, "Harderwijk");
        assert_eq!(harderwijk.waarden[&Maat::JongerenJeugdzorg], CbsWaarde::Getal(1_630.0));
        assert_eq!(harderwijk.waarden[&Maat::Trajecten], CbsWaarde::Getal(2_605.0));
        let aa = rij(&t, "GM1680");
        assert_eq!(
            aa.waarden[&Maat::Verwijzing(Verwijsgroep::RechterOfOvj)],
            CbsWaarde::Geheim
        );
    }

    #[test]
    fn een_kapotte_cel_wordt_gemeld_met_regel_en_kolom_en_de_rest_blijft() {
        let tekst = "\"Regio's\";\"Perioden\";\"Jongeren met jeugdhulp in natura (%)\"\n\"Ermelo\";\"2022\";12,x\n\"Putten\";\"2022\";9,5\n\"Oss\";\"2022KW01\";1\n";
        let (t, problemen) = lees_statline("eigen.csv", tekst.as_bytes()).unwrap();
        assert_eq!(t.rijen.len(), 2);
        assert_eq!(t.rijen[0].waarden.get(&Maat::PctJeugdhulp), None);
        assert_eq!(t.rijen[1].waarden[&Maat::PctJeugdhulp], CbsWaarde::Getal(9.5));
        assert_eq!(problemen.len(), 2);
        assert_eq!((problemen[0].regel, problemen[0].waarde.as_str()), (2, "12,x"));
        assert_eq!(problemen[0].kolom, "Jongeren met jeugdhulp in natura (%)");
        assert_eq!(problemen[0].reden, "geen getal");
        assert_eq!((problemen[1].regel, problemen[1].kolom.as_str()), (4, "Perioden"));
    }

    #[test]
    fn een_ander_bestand_wordt_geweigerd_met_de_reden() {
        let trajecten = "client;toewijzing;begindatum\nA;1;2024-01-01\n";
        let fout = lees_statline("trajecten.csv", trajecten.as_bytes()).unwrap_err();
        assert!(fout.reden.contains("Perioden"), "{}", fout.reden);
        let zonder_cijfers = "Regio's;Perioden;Inwoners\nErmelo;2022;27000\n";
        let fout = lees_statline("x.csv", zonder_cijfers.as_bytes()).unwrap_err();
        assert!(fout.reden.contains("jeugdzorgcijfer"), "{}", fout.reden);
        assert!(lees_statline("leeg.csv", b"").is_err());
    }

    #[test]
    fn codes_in_de_regiokolom_wijken_en_dubbele_regels() {
        let tekst = "\"RegioS\";\"Perioden\";\"JongerenMetJeugdhulpInNatura_1\"\n\"NL01  \";\"2022JJ00\";13.2\n\"GM0243\";\"2022JJ00\";14.9\n\"WK024301\";\"2022JJ00\";9.1\n\"GM0243\";\"2022JJ00\";3.0\n";
        let (t, problemen) = lees_statline("typed.csv", tekst.as_bytes()).unwrap();
        assert_eq!(t.rijen.len(), 2);
        assert!(t.rijen[0].is_nederland());
        assert_eq!(t.rijen[1].code.as_deref(), Some("GM0243"));
        assert_eq!(t.rijen[1].waarden[&Maat::PctJeugdhulp], CbsWaarde::Getal(14.9));
        assert_eq!(problemen.len(), 1);
        assert_eq!(problemen[0].regel, 5);
        assert!(is_regiocode("GM0243") && is_regiocode("NL01") && !is_regiocode("Gemert") && !is_regiocode("GM"));
        assert!(!is_regiocode("Súdwest-Fryslân") && !is_regiocode("é"));
    }

    #[test]
    fn perioden_en_getallen() {
        assert_eq!(lees_periode("2022*"), Some((2022, true)));
        assert_eq!(lees_periode("2022JJ00"), Some((2022, false)));
        assert_eq!(lees_periode("2022"), Some((2022, false)));
        assert_eq!(lees_periode("2022KW01"), None);
        assert_eq!(lees_periode("22"), None);
        assert_eq!(lees_getal("13,2", true), Some(CbsWaarde::Getal(13.2)));
        assert_eq!(lees_getal("13.2", false), Some(CbsWaarde::Getal(13.2)));
        assert_eq!(lees_getal(".", false), Some(CbsWaarde::Geheim));
        assert_eq!(lees_getal("", true), Some(CbsWaarde::Geheim));
        assert_eq!(lees_getal("-1", true), None);
        assert_eq!(lees_getal("NaN", false), None);
    }

    #[test]
    fn kopsleutels() {
        assert_eq!(sleutel("GemeentelijkeToegang_10"), "gemeentelijketoegang");
        assert_eq!(sleutel("Regio's"), "regios");
        assert_eq!(
            Maat::uit_kop("Jongeren met jeugdh. met verbl. in nat. (% (zie toelichting))"),
            Some(Maat::PctVerblijf)
        );
        assert_eq!(
            Maat::uit_kop("Jeugdbesch. en jeugdh. met verbl. in nat (% (zie toelichting))"),
            None
        );
        assert_eq!(Maat::uit_kop("k_0Tot4Jaar_2"), None);
    }

    proptest::proptest! {
        /// Any bytes give a table or a refusal, never a panic.
        #[test]
        fn willekeurige_bytes_geven_nooit_een_paniek(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
            let _ = lees_statline("x.csv", &bytes);
        }

        /// A file that starts like a StatLine export and then holds random text.
        #[test]
        fn willekeurige_rijen_geven_nooit_een_paniek(rest in "[ -~;,\n\"]{0,300}") {
            let tekst = format!("\"Regio's\";\"Perioden\";\"Jongeren met jeugdhulp in natura (%)\"\n{rest}");
            let _ = lees_statline("x.csv", tekst.as_bytes());
        }
    }
}
