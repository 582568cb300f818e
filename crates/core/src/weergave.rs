//! What a dashboard view shows — window, peildatum, scope, suppression
//! threshold — as plain data that round-trips through a URL query, so a view
//! can be bookmarked and shared. The URL never holds data, only these choices.

use crate::date::Datum;
use crate::kpi::{Dimensie, Scope, Venster, Venstersoort};

/// Default suppression threshold (spec section 3).
pub const STANDAARD_K: u8 = 5;

/// The choices behind one dashboard view.
#[derive(Clone, Debug, PartialEq)]
pub struct Weergave {
    pub venster: Venster,
    /// `None` = the window's last day.
    pub peildatum: Option<Datum>,
    pub scope: Scope,
    /// 1–20; 1 turns suppression off.
    pub k: u8,
    /// What the breakdown table splits by.
    pub uitsplitsing: Dimensie,
    /// Which part of the dashboard is open; it changes no figure.
    pub sectie: Sectie,
}

/// The parts of the dashboard, one open at a time: the overview first, then
/// the sections a policy adviser drills down to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sectie {
    #[default]
    Overzicht,
    Stroom,
    Zorgpaden,
    Kosten,
    Wachttijden,
    Procesafspraken,
    Gemeenten,
    Cbs,
}

impl Sectie {
    pub const ALLE: [Sectie; 8] = [
        Sectie::Overzicht,
        Sectie::Stroom,
        Sectie::Zorgpaden,
        Sectie::Kosten,
        Sectie::Wachttijden,
        Sectie::Procesafspraken,
        Sectie::Gemeenten,
        Sectie::Cbs,
    ];

    /// The name in the URL (`sectie=kosten`).
    pub fn naam(self) -> &'static str {
        match self {
            Sectie::Overzicht => "overzicht",
            Sectie::Stroom => "instroom-en-uitstroom",
            Sectie::Zorgpaden => "zorgpaden",
            Sectie::Kosten => "kosten",
            Sectie::Wachttijden => "wachttijden",
            Sectie::Procesafspraken => "procesafspraken",
            Sectie::Gemeenten => "gemeenten",
            Sectie::Cbs => "cbs",
        }
    }

    /// The section's title, as the navigation names it.
    pub fn titel(self) -> &'static str {
        match self {
            Sectie::Overzicht => "Overzicht",
            Sectie::Stroom => "Instroom en uitstroom",
            Sectie::Zorgpaden => "Zorgpaden",
            Sectie::Kosten => "Kosten",
            Sectie::Wachttijden => "Wachttijden",
            Sectie::Procesafspraken => "Procesafspraken",
            Sectie::Gemeenten => "Gemeenten",
            Sectie::Cbs => "CBS",
        }
    }

    pub fn uit_naam(naam: &str) -> Option<Sectie> {
        Sectie::ALLE.into_iter().find(|s| s.naam() == naam)
    }
}

impl Weergave {
    /// The view of the whole year `jaar`, nothing filtered, default k.
    pub fn standaard(jaar: i32) -> Weergave {
        let venster = Venster::jaar(jaar).unwrap_or_else(|_| Venster::jaar(2025).expect("2025 is a valid year"));
        Weergave {
            venster,
            peildatum: None,
            scope: Scope::default(),
            k: STANDAARD_K,
            uitsplitsing: Dimensie::Gemeente,
            sectie: Sectie::Overzicht,
        }
    }

    /// Query pairs in a stable order: `periode`, `peildatum`, the scope, `k`,
    /// `uitsplitsing`, `sectie` (the last three only when not the default).
    pub fn naar_query(&self) -> Vec<(String, String)> {
        let mut paren = vec![("periode".to_string(), periode_tekst(&self.venster))];
        if let Some(p) = self.peildatum {
            paren.push(("peildatum".into(), p.iso()));
        }
        paren.extend(self.scope.naar_query());
        if self.k != STANDAARD_K {
            paren.push(("k".into(), self.k.to_string()));
        }
        if self.uitsplitsing != Dimensie::Gemeente {
            paren.push(("uitsplitsing".into(), self.uitsplitsing.naam().to_string()));
        }
        if self.sectie != Sectie::Overzicht {
            paren.push(("sectie".into(), self.sectie.naam().to_string()));
        }
        paren
    }

    /// Reads a view from query pairs. Anything missing falls back to
    /// `standaard`; anything unreadable is skipped and reported, so a
    /// mistyped bookmark still opens a sensible view.
    pub fn uit_query<I, K, V>(paren: I, standaard: Weergave) -> (Weergave, Vec<String>)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut weergave = standaard;
        let mut problemen = Vec::new();
        let mut scope_paren = Vec::new();
        for (naam, waarde) in paren {
            let (naam, waarde) = (naam.as_ref(), waarde.as_ref().trim());
            match naam {
                "periode" => match lees_periode(waarde) {
                    Ok(v) => weergave.venster = v,
                    Err(e) => problemen.push(e),
                },
                "peildatum" => match Datum::parse_iso(waarde) {
                    Some(d) => weergave.peildatum = Some(d),
                    None => problemen.push(format!("peildatum {waarde:?} is geen datum (jjjj-mm-dd)")),
                },
                "k" => match waarde.parse::<u8>() {
                    Ok(k) if (1..=20).contains(&k) => weergave.k = k,
                    _ => problemen.push(format!("k moet 1 tot en met 20 zijn, niet {waarde:?}")),
                },
                "uitsplitsing" => match Dimensie::uit_naam(waarde) {
                    Some(d) => weergave.uitsplitsing = d,
                    None => problemen.push(format!(
                        "uitsplitsing {waarde:?} bestaat niet; kies gemeente, segment, aanbieder, verwijzer of productcategorie"
                    )),
                },
                "sectie" => match Sectie::uit_naam(waarde) {
                    Some(sectie) => weergave.sectie = sectie,
                    None => problemen.push(format!(
                        "sectie {waarde:?} bestaat niet; kies {}",
                        Sectie::ALLE.map(Sectie::naam).join(", ")
                    )),
                },
                n if crate::kpi::FILTERNAMEN.contains(&n) => scope_paren.push((n.to_string(), waarde.to_string())),
                _ => {}
            }
        }
        // Each filter is checked on its own, so one bad value drops only itself.
        let geldig: Vec<(String, String)> = scope_paren
            .into_iter()
            .filter(|paar| match Scope::uit_query([paar.clone()]) {
                Ok(_) => true,
                Err(e) => {
                    problemen.push(format!("filter {}: {e}", paar.0));
                    false
                }
            })
            .collect();
        if !geldig.is_empty() {
            weergave.scope = Scope::uit_query(geldig).unwrap_or_default();
        }
        (weergave, problemen)
    }
}

/// The window as URL text: `2024`, `2024-H1`, `2024-Q2`, `2024-05`, or
/// `2024-01-15_2024-03-31` for a custom range.
pub fn periode_tekst(v: &Venster) -> String {
    let (jaar, maand, _) = v.van.ymd();
    match v.soort {
        Venstersoort::Jaar => format!("{jaar}"),
        Venstersoort::Halfjaar => format!("{jaar}-H{}", (maand - 1) / 6 + 1),
        Venstersoort::Kwartaal => format!("{jaar}-Q{}", (maand - 1) / 3 + 1),
        Venstersoort::Maand => format!("{jaar}-{maand:02}"),
        Venstersoort::Aangepast => format!("{}_{}", v.van.iso(), v.tot.iso()),
    }
}

/// Reads [`periode_tekst`]'s forms back.
pub fn lees_periode(tekst: &str) -> Result<Venster, String> {
    let fout = || format!("periode {tekst:?} wordt niet herkend (bijvoorbeeld 2024, 2024-H1, 2024-Q2, 2024-05)");
    if let Some((van, tot)) = tekst.split_once('_') {
        let van = Datum::parse_iso(van).ok_or_else(fout)?;
        let tot = Datum::parse_iso(tot).ok_or_else(fout)?;
        return Venster::aangepast(van, tot);
    }
    let (jaar, rest) = match tekst.split_once('-') {
        Some((j, r)) => (j, Some(r)),
        None => (tekst, None),
    };
    if jaar.len() != 4 {
        return Err(fout());
    }
    let jaar: i32 = jaar.parse().map_err(|_| fout())?;
    match rest {
        None => Venster::jaar(jaar),
        Some(r) if r.starts_with(['H', 'h']) => Venster::halfjaar(jaar, r[1..].parse().map_err(|_| fout())?),
        Some(r) if r.starts_with(['Q', 'q', 'K', 'k']) => Venster::kwartaal(jaar, r[1..].parse().map_err(|_| fout())?),
        Some(r) if r.len() == 2 => Venster::maand(jaar, r.parse().map_err(|_| fout())?),
        Some(_) => Err(fout()),
    }
}

/// Month names, January first.
pub const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The window in words for headings and print: `2024`, `1e halfjaar 2024`,
/// `2e kwartaal 2024`, `mei 2024`, `15-01-2024 t/m 31-03-2024`.
pub fn periode_label(v: &Venster) -> String {
    let (jaar, maand, _) = v.van.ymd();
    match v.soort {
        Venstersoort::Jaar => format!("{jaar}"),
        Venstersoort::Halfjaar => format!("{}e halfjaar {jaar}", (maand - 1) / 6 + 1),
        Venstersoort::Kwartaal => format!("{}e kwartaal {jaar}", (maand - 1) / 3 + 1),
        Venstersoort::Maand => format!("{} {jaar}", MAANDEN.get(maand as usize - 1).copied().unwrap_or("?")),
        Venstersoort::Aangepast => format!("{} t/m {}", v.van.nl(), v.tot.nl()),
    }
}

/// The `n` windows ending with `v`, oldest first, for trend charts.
pub fn reeks(v: Venster, n: usize) -> Vec<Venster> {
    let mut uit = vec![v];
    while uit.len() < n {
        match uit.last().and_then(|w| w.vorige().ok()) {
            Some(w) => uit.push(w),
            None => break,
        }
    }
    uit.reverse();
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(t: &str) -> Datum {
        Datum::parse_iso(t).unwrap()
    }

    #[test]
    fn every_window_kind_round_trips_through_text() {
        for tekst in [
            "2024",
            "2024-H1",
            "2024-H2",
            "2024-Q1",
            "2024-Q4",
            "2024-01",
            "2024-12",
            "2024-01-15_2024-03-31",
        ] {
            let v = lees_periode(tekst).unwrap();
            assert_eq!(periode_tekst(&v), tekst);
        }
        assert_eq!(lees_periode("2024-Q2").unwrap().van, d("2024-04-01"));
        assert_eq!(lees_periode("2024-H2").unwrap().tot, d("2024-12-31"));
        assert!(lees_periode("2024-13").is_err());
        assert!(lees_periode("2024-Q5").is_err());
        assert!(lees_periode("24").is_err());
        assert!(lees_periode("2024-03-31_2024-01-01").is_err());
    }

    #[test]
    fn labels_are_dutch() {
        assert_eq!(periode_label(&lees_periode("2024-Q2").unwrap()), "2e kwartaal 2024");
        assert_eq!(periode_label(&lees_periode("2024-05").unwrap()), "mei 2024");
        assert_eq!(periode_label(&lees_periode("2024-H1").unwrap()), "1e halfjaar 2024");
    }

    #[test]
    fn a_view_round_trips_through_the_query() {
        let (w, problemen) = Weergave::uit_query(
            [
                ("periode", "2023-Q3"),
                ("gemeente", "GM0243"),
                ("gemeente", "0233"),
                ("segment", "4"),
                ("k", "10"),
                ("peildatum", "2023-08-15"),
                ("uitsplitsing", "verwijzer"),
                ("sectie", "kosten"),
            ],
            Weergave::standaard(2025),
        );
        assert!(problemen.is_empty(), "{problemen:?}");
        assert_eq!(w.sectie, Sectie::Kosten);
        assert_eq!(w.scope.gemeenten.len(), 2);
        assert_eq!(w.k, 10);
        assert_eq!(w.uitsplitsing, Dimensie::Verwijzer);
        let terug = Weergave::uit_query(w.naar_query(), Weergave::standaard(2025)).0;
        assert_eq!(terug, w);
    }

    #[test]
    fn a_mistyped_bookmark_still_opens_and_says_what_was_skipped() {
        let (w, problemen) = Weergave::uit_query(
            [
                ("periode", "2023-Q9"),
                ("k", "99"),
                ("segment", "7"),
                ("uitsplitsing", "postcode"),
                ("sectie", "grafieken"),
                ("onbekend", "x"),
            ],
            Weergave::standaard(2025),
        );
        assert_eq!(w, Weergave::standaard(2025));
        assert_eq!(problemen.len(), 5, "{problemen:?}");
    }

    #[test]
    fn every_section_round_trips_by_its_name() {
        for sectie in Sectie::ALLE {
            let w = Weergave {
                sectie,
                ..Weergave::standaard(2024)
            };
            assert_eq!(Weergave::uit_query(w.naar_query(), Weergave::standaard(2024)).0, w);
        }
    }

    #[test]
    fn the_default_k_is_left_out_of_the_url() {
        let q = Weergave::standaard(2024).naar_query();
        assert_eq!(q, [("periode".to_string(), "2024".to_string())]);
    }

    #[test]
    fn a_series_ends_with_the_window() {
        let r = reeks(lees_periode("2024-Q2").unwrap(), 4);
        let teksten: Vec<String> = r.iter().map(periode_tekst).collect();
        assert_eq!(teksten, ["2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2"]);
    }
}
