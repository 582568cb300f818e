//! The public pages as search engines and shared links see them: which
//! routes are public, their address in each language, and the short
//! description of each page.
//!
//! One table for every reader: the app sets `<meta name="description">`,
//! `<link rel="canonical">` and the `hreflang` alternates from it, the
//! publishing step writes `sitemap.xml` from it, and the content check
//! holds the region's own descriptions to it.

use crate::content::RegioInhoud;
use crate::problem::Probleem;

/// The query parameter that asks for the English version of a page
/// (`producten?taal=en`). The Dutch version is the plain address.
pub const TAALPARAMETER: &str = "taal";

/// The longest description shown whole in search results.
pub const MAX_BESCHRIJVING: usize = 160;

/// A public page: for families, indexed, with a description.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PubliekePagina {
    /// The route from the site's root (`/producten`).
    pub route: &'static str,
    /// The key of its description in `[beschrijvingen]` of `regio.toml`.
    pub sleutel: &'static str,
    /// The description when the region gives none, Dutch and English;
    /// `{regio}` becomes the region's short name.
    standaard: [&'static str; 2],
}

/// Every public page, in menu order. The professionals' pages (Gegevens,
/// Dashboard, Doelen) are not here: they are tools, not pages to find.
pub static PUBLIEKE_PAGINAS: [PubliekePagina; 7] = [
    PubliekePagina {
        route: "/",
        sleutel: "home",
        standaard: [
            "Jeugdhulp in de regio {regio}: waar je terecht kunt, welke hulp er is en hoe lang je moet wachten.",
            "Youth care in the {regio} region: where you can go, what help there is and how long you have to wait.",
        ],
    },
    PubliekePagina {
        route: "/waar-kan-ik-terecht",
        sleutel: "waar-kan-ik-terecht",
        standaard: [
            "Vind het CJG of het toegangsteam van je gemeente in de regio {regio}, met telefoon, adres en openingstijden.",
            "Find the youth and family centre or access team of your municipality in the {regio} region, with phone number and address.",
        ],
    },
    PubliekePagina {
        route: "/producten",
        sleutel: "producten",
        standaard: [
            "Welke jeugdhulp is er in de regio {regio}? Lees in gewone taal wat elke soort hulp is en hoe je eraan komt.",
            "What youth care is there in the {regio} region? Read in plain words what each kind of help is and how to get it.",
        ],
    },
    PubliekePagina {
        route: "/wachttijden",
        sleutel: "wachttijden",
        standaard: [
            "Hoe lang moet je wachten op jeugdhulp in de regio {regio}? De wachttijden per soort hulp.",
            "How long do you wait for youth care in the {regio} region? The waiting times for each kind of help.",
        ],
    },
    PubliekePagina {
        route: "/begrippen",
        sleutel: "begrippen",
        standaard: [
            "Wat betekenen de woorden rond jeugdhulp? Uitleg in gewone taal, van de regio {regio}.",
            "What do the words around youth care mean? Explained in plain words by the {regio} region.",
        ],
    },
    PubliekePagina {
        route: "/privacy",
        sleutel: "privacy",
        standaard: [
            "Hoe de website van de regio {regio} met je gegevens omgaat: alles blijft in je eigen browser.",
            "How the website of the {regio} region handles your data: everything stays in your own browser.",
        ],
    },
    PubliekePagina {
        route: "/toegankelijkheid",
        sleutel: "toegankelijkheid",
        standaard: [
            "Hoe toegankelijk de website van de regio {regio} is, en waar je een probleem meldt.",
            "How accessible the website of the {regio} region is, and where to report a problem.",
        ],
    },
];

/// The public page with this route; `None` for any other route.
pub fn pagina(route: &str) -> Option<&'static PubliekePagina> {
    PUBLIEKE_PAGINAS.iter().find(|p| p.route == route)
}

impl PubliekePagina {
    /// The page's description from this region's content (Dutch content
    /// for Dutch, `en/` content for English): the region's own text when it
    /// gives one, else the standard text with the region's short name.
    pub fn beschrijving(&self, regio: &RegioInhoud, engels: bool) -> String {
        match regio.beschrijvingen.get(self.sleutel) {
            Some(eigen) => eigen.trim().to_string(),
            None => self.standaard[usize::from(engels)].replace("{regio}", &regio.regio.korte_naam),
        }
    }

    /// The page's address under `site` (the site's home address with a
    /// final slash, such as `https://www.gemeente.nl/jeugdhulp/`).
    pub fn adres(&self, site: &str, engels: bool) -> String {
        paginaadres(site, self.route, engels)
    }
}

/// The address of `route` under `site` (home address with a final slash),
/// in Dutch or English.
pub fn paginaadres(site: &str, route: &str, engels: bool) -> String {
    let pad = format!("{site}{}", route.trim_start_matches('/'));
    if engels {
        format!("{pad}?{TAALPARAMETER}=en")
    } else {
        pad
    }
}

/// The scheme and host of the region's `website` (`https://www.gemeente.nl`
/// for `https://www.gemeente.nl/jeugdhulp/`); the build decides the path.
pub fn oorsprong(website: &str) -> &str {
    let na_schema = website.find("://").map_or(0, |i| i + 3);
    website[na_schema..]
        .find('/')
        .map_or(website, |i| &website[..na_schema + i])
}

/// The path part of `website`, with a final slash (`/jeugdhulp/`).
pub fn websitepad(website: &str) -> String {
    let pad = &website[oorsprong(website).len()..];
    let pad = pad.split(['?', '#']).next().unwrap_or_default();
    if pad.ends_with('/') {
        pad.to_string()
    } else {
        format!("{pad}/")
    }
}

/// What is wrong with the region's `website` and `[beschrijvingen]`, each
/// problem on the line it is on in `tekst` (the file `bestand`).
pub fn controleer(regio: &RegioInhoud, bestand: &str, tekst: &str) -> Vec<Probleem> {
    let mut problemen = Vec::new();
    let probleem = |veld: &str, waarde: &str, reden: String| Probleem {
        bestand: bestand.into(),
        regel: if veld == "website" {
            regel_van(tekst, veld, Some("[regio]"))
        } else {
            regel_van(tekst, veld, Some("[beschrijvingen]"))
        },
        kolom: veld.into(),
        waarde: waarde.into(),
        reden,
    };
    if let Some(website) = &regio.regio.website {
        let host = &oorsprong(website)["https://".len().min(oorsprong(website).len())..];
        if !website.starts_with("https://") || host.is_empty() || website.contains(char::is_whitespace) {
            problemen.push(probleem(
                "website",
                website,
                "het adres van de website begint met https:// en heeft geen spaties, zoals https://www.gemeente.nl/jeugdhulp/".into(),
            ));
        }
    }
    for (sleutel, tekst_van_pagina) in &regio.beschrijvingen {
        if pagina_met_sleutel(sleutel).is_none() {
            let namen: Vec<&str> = PUBLIEKE_PAGINAS.iter().map(|p| p.sleutel).collect();
            problemen.push(probleem(
                sleutel,
                sleutel,
                format!(
                    "onbekende pagina; een beschrijving hoort bij een van: {}",
                    namen.join(", ")
                ),
            ));
            continue;
        }
        let lengte = tekst_van_pagina.trim().chars().count();
        if lengte == 0 {
            problemen.push(probleem(
                sleutel,
                tekst_van_pagina,
                "de beschrijving is leeg; schrijf een zin, of haal de regel weg".into(),
            ));
        } else if lengte > MAX_BESCHRIJVING {
            problemen.push(probleem(
                sleutel,
                tekst_van_pagina,
                format!("de beschrijving is {lengte} tekens; zoekmachines tonen er hoogstens {MAX_BESCHRIJVING}"),
            ));
        }
    }
    problemen
}

fn pagina_met_sleutel(sleutel: &str) -> Option<&'static PubliekePagina> {
    PUBLIEKE_PAGINAS.iter().find(|p| p.sleutel == sleutel)
}

/// The first line that sets `veld` (`veld =` or `"veld" =`), after the
/// table header `na` when given; 0 if none.
fn regel_van(tekst: &str, veld: &str, na: Option<&str>) -> u64 {
    let begin = na
        .and_then(|kop| tekst.lines().position(|r| r.trim() == kop))
        .unwrap_or(0);
    let sleutels = [veld.to_string(), format!("\"{veld}\"")];
    tekst
        .lines()
        .enumerate()
        .skip(begin)
        .find(|(_, r)| {
            let r = r.trim_start();
            sleutels.iter().any(|s| {
                r.strip_prefix(s.as_str())
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
        })
        .map_or(0, |(i, _)| i as u64 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::lees_regio;

    fn noord_veluwe() -> (RegioInhoud, &'static str) {
        let tekst = include_str!("../../../public/content/regio.toml");
        (lees_regio("regio.toml", tekst).expect("parses"), tekst)
    }

    #[test]
    fn every_public_page_has_a_description_within_the_limit_in_both_languages() {
        let (nl, nl_tekst) = noord_veluwe();
        let en_tekst = include_str!("../../../public/content/en/regio.toml");
        let en = lees_regio("en/regio.toml", en_tekst).expect("parses");
        assert_eq!(controleer(&nl, "regio.toml", nl_tekst), vec![]);
        assert_eq!(controleer(&en, "en/regio.toml", en_tekst), vec![]);
        for pagina in &PUBLIEKE_PAGINAS {
            for (regio, engels) in [(&nl, false), (&en, true)] {
                let b = pagina.beschrijving(regio, engels);
                assert!(
                    !b.is_empty() && b.chars().count() <= MAX_BESCHRIJVING,
                    "{}: {b}",
                    pagina.route
                );
            }
        }
    }

    #[test]
    fn without_own_descriptions_the_standard_text_names_the_region() {
        let (mut regio, _) = noord_veluwe();
        regio.beschrijvingen.clear();
        for pagina in &PUBLIEKE_PAGINAS {
            for engels in [false, true] {
                let b = pagina.beschrijving(&regio, engels);
                assert!(b.contains("Noord-Veluwe") && !b.contains('{'), "{b}");
                assert!(b.chars().count() <= MAX_BESCHRIJVING, "{b}");
            }
        }
    }

    #[test]
    fn addresses_in_dutch_and_english_under_a_sub_path() {
        let site = "https://www.gemeente.nl/jeugdhulp/";
        assert_eq!(paginaadres(site, "/", false), site);
        assert_eq!(
            paginaadres(site, "/producten", false),
            "https://www.gemeente.nl/jeugdhulp/producten"
        );
        assert_eq!(
            paginaadres(site, "/producten", true),
            "https://www.gemeente.nl/jeugdhulp/producten?taal=en"
        );
        assert_eq!(oorsprong(site), "https://www.gemeente.nl");
        assert_eq!(oorsprong("https://regio.nl"), "https://regio.nl");
        assert_eq!(websitepad(site), "/jeugdhulp/");
        assert_eq!(websitepad("https://regio.nl"), "/");
        assert_eq!(pagina("/dashboard"), None);
    }

    #[test]
    fn a_wrong_website_an_unknown_page_and_a_long_description_are_reported_on_their_line() {
        let tekst = "[regio]\nnaam = \"R\"\nkorte_naam = \"R\"\nwelkom = \"w\"\nbron = \"b\"\nwebsite = \"http://regio.nl\"\n\n[beschrijvingen]\nhome = \"Kort.\"\nhoofdpagina = \"Welke?\"\nproducten = \"".to_string()
            + &"lang ".repeat(40)
            + "\"\n";
        let mut regio = noord_veluwe().0;
        let los = lees_regio_kop(&tekst);
        regio.regio = los.0;
        regio.beschrijvingen = los.1;
        let p = controleer(&regio, "regio.toml", &tekst);
        let velden: Vec<(&str, u64)> = p.iter().map(|p| (p.kolom.as_str(), p.regel)).collect();
        assert_eq!(
            velden,
            vec![("website", 6), ("hoofdpagina", 10), ("producten", 11)],
            "{p:?}"
        );
    }

    /// `[regio]` and `[beschrijvingen]` of a small file, the rest left out.
    fn lees_regio_kop(tekst: &str) -> (crate::content::Regio, std::collections::BTreeMap<String, String>) {
        #[derive(serde::Deserialize)]
        struct Kop {
            regio: crate::content::Regio,
            beschrijvingen: std::collections::BTreeMap<String, String>,
        }
        let kop: Kop = toml::from_str(tekst).expect("parses");
        (kop.regio, kop.beschrijvingen)
    }
}
