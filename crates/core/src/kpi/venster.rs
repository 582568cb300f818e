//! The window W = [van, tot] a KPI is computed over, and its predecessor.

use serde::{Deserialize, Serialize};

use crate::date::{dagen_in_maand, Datum};

/// What kind of window it is; [`Venster::vorige`] keeps the kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Venstersoort {
    Jaar,
    Halfjaar,
    Kwartaal,
    Maand,
    /// Any range of days the user picked.
    Aangepast,
}

/// Een periode van `van` tot en met `tot` (beide dagen tellen mee).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Venster {
    pub van: Datum,
    pub tot: Datum,
    pub soort: Venstersoort,
}

/// Years outside this range are refused: they are typing errors, and the
/// date arithmetic must never overflow on user input.
const JAREN: std::ops::RangeInclusive<i32> = 1900..=2200;

impl Venster {
    /// Het kalenderjaar `jaar` (1 januari tot en met 31 december).
    pub fn jaar(jaar: i32) -> Result<Venster, String> {
        Venster::maanden(jaar, 1, 12, Venstersoort::Jaar)
    }

    /// Het eerste (januari–juni) of tweede (juli–december) halfjaar.
    pub fn halfjaar(jaar: i32, helft: u32) -> Result<Venster, String> {
        match helft {
            1 | 2 => Venster::maanden(jaar, helft * 6 - 5, helft * 6, Venstersoort::Halfjaar),
            _ => Err(format!("halfjaar moet 1 of 2 zijn, niet {helft}")),
        }
    }

    /// Kwartaal 1–4 van `jaar`.
    pub fn kwartaal(jaar: i32, kwartaal: u32) -> Result<Venster, String> {
        match kwartaal {
            1..=4 => Venster::maanden(jaar, kwartaal * 3 - 2, kwartaal * 3, Venstersoort::Kwartaal),
            _ => Err(format!("kwartaal moet 1 tot en met 4 zijn, niet {kwartaal}")),
        }
    }

    /// Maand 1–12 van `jaar`.
    pub fn maand(jaar: i32, maand: u32) -> Result<Venster, String> {
        match maand {
            1..=12 => Venster::maanden(jaar, maand, maand, Venstersoort::Maand),
            _ => Err(format!("maand moet 1 tot en met 12 zijn, niet {maand}")),
        }
    }

    /// Een zelfgekozen periode; `van` mag niet na `tot` liggen.
    pub fn aangepast(van: Datum, tot: Datum) -> Result<Venster, String> {
        if van > tot {
            return Err(format!(
                "begin van de periode ({}) ligt na het einde ({})",
                van.nl(),
                tot.nl()
            ));
        }
        if !JAREN.contains(&van.jaar()) || !JAREN.contains(&tot.jaar()) {
            return Err(format!("jaar buiten {}–{}", JAREN.start(), JAREN.end()));
        }
        Ok(Venster {
            van,
            tot,
            soort: Venstersoort::Aangepast,
        })
    }

    /// De voorgaande periode van dezelfde soort en lengte (voor "verandering
    /// ten opzichte van de vorige periode"). Een zelfgekozen periode van n
    /// dagen wordt de n dagen direct ervoor.
    pub fn vorige(&self) -> Result<Venster, String> {
        let (j, m, _) = self.van.ymd();
        match self.soort {
            Venstersoort::Jaar => Venster::jaar(j - 1),
            Venstersoort::Halfjaar if m <= 6 => Venster::halfjaar(j - 1, 2),
            Venstersoort::Halfjaar => Venster::halfjaar(j, 1),
            Venstersoort::Kwartaal if m <= 3 => Venster::kwartaal(j - 1, 4),
            Venstersoort::Kwartaal => Venster::kwartaal(j, (m - 1) / 3),
            Venstersoort::Maand if m == 1 => Venster::maand(j - 1, 12),
            Venstersoort::Maand => Venster::maand(j, m - 1),
            Venstersoort::Aangepast => {
                let lengte = self.aantal_dagen();
                Venster::aangepast(self.van.plus_dagen(-lengte), self.van.plus_dagen(-1))
            }
        }
    }

    /// De standaard peildatum P: de laatste dag van de periode.
    pub fn peildatum(&self) -> Datum {
        self.tot
    }

    /// Whether `d` lies in W (both ends included).
    pub fn bevat(&self, d: Datum) -> bool {
        self.van <= d && d <= self.tot
    }

    /// Number of calendar days in W, ends included.
    pub fn aantal_dagen(&self) -> i32 {
        self.van.dagen_tot(self.tot) + 1
    }

    fn maanden(jaar: i32, eerste: u32, laatste: u32, soort: Venstersoort) -> Result<Venster, String> {
        if !JAREN.contains(&jaar) {
            return Err(format!("jaar {jaar} ligt buiten {}–{}", JAREN.start(), JAREN.end()));
        }
        let van = Datum::from_ymd(jaar, eerste, 1);
        let tot = Datum::from_ymd(jaar, laatste, dagen_in_maand(jaar, laatste));
        match (van, tot) {
            (Some(van), Some(tot)) => Ok(Venster { van, tot, soort }),
            _ => Err(format!("geen geldige periode in {jaar}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(j: i32, m: u32, dag: u32) -> Datum {
        Datum::from_ymd(j, m, dag).unwrap()
    }

    #[test]
    fn constructors_cover_whole_months() {
        let w = Venster::jaar(2023).unwrap();
        assert_eq!((w.van, w.tot), (d(2023, 1, 1), d(2023, 12, 31)));
        let w = Venster::halfjaar(2023, 2).unwrap();
        assert_eq!((w.van, w.tot), (d(2023, 7, 1), d(2023, 12, 31)));
        let w = Venster::kwartaal(2024, 1).unwrap();
        assert_eq!((w.van, w.tot), (d(2024, 1, 1), d(2024, 3, 31)));
        // Leap year: February has 29 days.
        let w = Venster::maand(2024, 2).unwrap();
        assert_eq!((w.van, w.tot), (d(2024, 2, 1), d(2024, 2, 29)));
        assert_eq!(w.peildatum(), d(2024, 2, 29));
    }

    #[test]
    fn constructors_refuse_nonsense() {
        assert!(Venster::halfjaar(2023, 3).is_err());
        assert!(Venster::kwartaal(2023, 0).is_err());
        assert!(Venster::maand(2023, 13).is_err());
        assert!(Venster::jaar(i32::MAX).is_err());
        assert!(Venster::aangepast(d(2023, 2, 1), d(2023, 1, 31)).is_err());
        assert!(Venster::aangepast(d(2023, 2, 1), d(2023, 2, 1)).is_ok());
    }

    #[test]
    fn previous_window_keeps_kind_and_length() {
        assert_eq!(
            Venster::jaar(2023).unwrap().vorige().unwrap(),
            Venster::jaar(2022).unwrap()
        );
        assert_eq!(
            Venster::halfjaar(2023, 1).unwrap().vorige().unwrap(),
            Venster::halfjaar(2022, 2).unwrap()
        );
        assert_eq!(
            Venster::halfjaar(2023, 2).unwrap().vorige().unwrap(),
            Venster::halfjaar(2023, 1).unwrap()
        );
        assert_eq!(
            Venster::kwartaal(2023, 1).unwrap().vorige().unwrap(),
            Venster::kwartaal(2022, 4).unwrap()
        );
        assert_eq!(
            Venster::kwartaal(2023, 3).unwrap().vorige().unwrap(),
            Venster::kwartaal(2023, 2).unwrap()
        );
        assert_eq!(
            Venster::maand(2024, 3).unwrap().vorige().unwrap(),
            Venster::maand(2024, 2).unwrap()
        );
        assert_eq!(
            Venster::maand(2024, 1).unwrap().vorige().unwrap(),
            Venster::maand(2023, 12).unwrap()
        );
        let w = Venster::aangepast(d(2024, 3, 1), d(2024, 3, 10)).unwrap();
        let v = w.vorige().unwrap();
        assert_eq!((v.van, v.tot), (d(2024, 2, 20), d(2024, 2, 29)));
        assert_eq!(v.aantal_dagen(), 10);
    }
}
