//! Linking glossary terms: every term has a stable anchor on the Begrippen
//! page, and a text (a product description, a segment, a page paragraph)
//! links the first occurrence of each term to it.

use crate::content::Begrip;

use super::vouw;

/// The word(s) a term is found by in texts: "CJG (Centrum Jeugd en Gezin)"
/// is found as "CJG".
pub fn zoekwoord(term: &str) -> &str {
    term.split(" (").next().unwrap_or(term).trim()
}

/// The anchor of a term on the Begrippen page: `begrip-cjg`,
/// `begrip-segment-1`.
pub fn anker(term: &str) -> String {
    let woorden: Vec<String> = vouw(zoekwoord(term)).split_whitespace().map(str::to_string).collect();
    format!("begrip-{}", woorden.join("-"))
}

/// A piece of text: plain, or a term linked to its anchor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stuk {
    Tekst(String),
    Begrip { tekst: String, anker: String },
}

/// Splits `tekst` into plain pieces and linked terms: the first occurrence
/// of each term as a whole word, without regard to case; longer terms first
/// ("Toegangsteam" before "Toegang"), and terms never overlap.
pub fn markeer(tekst: &str, begrippen: &[Begrip]) -> Vec<Stuk> {
    let klein = tekst.to_lowercase();
    // Lower-casing must keep byte positions, else nothing is linked.
    if klein.len() != tekst.len() {
        return vec![Stuk::Tekst(tekst.to_string())];
    }
    let mut termen: Vec<(&str, String)> = begrippen
        .iter()
        .map(|b| (zoekwoord(&b.term), anker(&b.term)))
        .filter(|(w, _)| !w.is_empty())
        .collect();
    termen.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    let mut gevonden: Vec<(usize, usize, String)> = Vec::new();
    for (woord, anker) in termen {
        let woord_klein = woord.to_lowercase();
        let mut vanaf = 0;
        while let Some(i) = klein.get(vanaf..).and_then(|r| r.find(&woord_klein)).map(|i| i + vanaf) {
            let eind = i + woord_klein.len();
            let los = !klein[..i].chars().next_back().is_some_and(char::is_alphanumeric)
                && !klein[eind..].chars().next().is_some_and(char::is_alphanumeric);
            let vrij = gevonden.iter().all(|(a, b, _)| eind <= *a || i >= *b);
            if los && vrij {
                gevonden.push((i, eind, anker));
                break;
            }
            vanaf = eind;
        }
    }
    gevonden.sort_by_key(|(a, _, _)| *a);
    let mut uit = Vec::new();
    let mut plek = 0;
    for (a, b, anker) in gevonden {
        if a > plek {
            uit.push(Stuk::Tekst(tekst[plek..a].to_string()));
        }
        uit.push(Stuk::Begrip {
            tekst: tekst[a..b].to_string(),
            anker,
        });
        plek = b;
    }
    if plek < tekst.len() || uit.is_empty() {
        uit.push(Stuk::Tekst(tekst[plek..].to_string()));
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(term: &str) -> Begrip {
        Begrip {
            term: term.into(),
            uitleg: String::new(),
        }
    }

    #[test]
    fn ankers_en_zoekwoorden() {
        assert_eq!(anker("CJG (Centrum Jeugd en Gezin)"), "begrip-cjg");
        assert_eq!(anker("Segment 1"), "begrip-segment-1");
        assert_eq!(anker("Basis-ggz"), "begrip-basis-ggz");
        assert_eq!(zoekwoord("CJG (Centrum Jeugd en Gezin)"), "CJG");
    }

    #[test]
    fn eerste_voorkomen_als_heel_woord_langste_eerst() {
        let begrippen = [
            b("Toegang"),
            b("Toegangsteam"),
            b("CJG (Centrum Jeugd en Gezin)"),
            b("Jeugdhulp"),
        ];
        let stukken = markeer(
            "Bel het cjg of het toegangsteam. De toegang en jeugdhulpaanbieders; jeugdhulp.",
            &begrippen,
        );
        assert_eq!(
            stukken,
            vec![
                Stuk::Tekst("Bel het ".into()),
                Stuk::Begrip {
                    tekst: "cjg".into(),
                    anker: "begrip-cjg".into()
                },
                Stuk::Tekst(" of het ".into()),
                Stuk::Begrip {
                    tekst: "toegangsteam".into(),
                    anker: "begrip-toegangsteam".into()
                },
                Stuk::Tekst(". De ".into()),
                Stuk::Begrip {
                    tekst: "toegang".into(),
                    anker: "begrip-toegang".into()
                },
                Stuk::Tekst(" en jeugdhulpaanbieders; ".into()),
                Stuk::Begrip {
                    tekst: "jeugdhulp".into(),
                    anker: "begrip-jeugdhulp".into()
                },
                Stuk::Tekst(".".into()),
            ]
        );
        assert_eq!(
            markeer("Niets te linken.", &begrippen),
            vec![Stuk::Tekst("Niets te linken.".into())]
        );
        assert_eq!(markeer("", &begrippen), vec![Stuk::Tekst(String::new())]);
    }
}
