//! Calendar dates without time zones: the only kind of date the spec uses.
//!
//! A [`Datum`] is a count of days since 1970-01-01, so "days between" is a
//! subtraction and ordering is integer ordering. Conversions use Howard
//! Hinnant's civil-from-days algorithms, valid far beyond any youth-care date.

use std::fmt;

/// A calendar day. Ordered, copyable, and cheap to compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Datum(i32);

/// Days of the week, Monday first as in the Netherlands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekdag {
    Maandag,
    Dinsdag,
    Woensdag,
    Donderdag,
    Vrijdag,
    Zaterdag,
    Zondag,
}

impl Datum {
    /// The date for year, month (1–12) and day, or `None` when no such day
    /// exists (31-02-2023 is an error, never clamped).
    pub fn from_ymd(jaar: i32, maand: u32, dag: u32) -> Option<Datum> {
        if !(1..=12).contains(&maand) || dag == 0 || dag > dagen_in_maand(jaar, maand) {
            return None;
        }
        Some(Datum(days_from_civil(jaar, maand, dag)))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn dagnummer(self) -> i32 {
        self.0
    }

    /// The date with the given day number.
    pub fn from_dagnummer(dagen: i32) -> Datum {
        Datum(dagen)
    }

    pub fn jaar(self) -> i32 {
        civil_from_days(self.0).0
    }

    pub fn maand(self) -> u32 {
        civil_from_days(self.0).1
    }

    pub fn dag(self) -> u32 {
        civil_from_days(self.0).2
    }

    /// Year, month and day at once (one conversion instead of three).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// This date moved by `dagen` calendar days (may be negative).
    pub fn plus_dagen(self, dagen: i32) -> Datum {
        Datum(self.0 + dagen)
    }

    /// Calendar days from `self` to `later` (negative if `later` is earlier).
    pub fn dagen_tot(self, later: Datum) -> i32 {
        later.0 - self.0
    }

    pub fn weekdag(self) -> Weekdag {
        // 1970-01-01 was a Thursday.
        match (self.0 + 3).rem_euclid(7) {
            0 => Weekdag::Maandag,
            1 => Weekdag::Dinsdag,
            2 => Weekdag::Woensdag,
            3 => Weekdag::Donderdag,
            4 => Weekdag::Vrijdag,
            5 => Weekdag::Zaterdag,
            _ => Weekdag::Zondag,
        }
    }

    /// First day of this date's month.
    pub fn begin_van_maand(self) -> Datum {
        let (j, m, _) = self.ymd();
        Datum(days_from_civil(j, m, 1))
    }

    /// Last day of this date's month.
    pub fn eind_van_maand(self) -> Datum {
        let (j, m, _) = self.ymd();
        Datum(days_from_civil(j, m, dagen_in_maand(j, m)))
    }

    /// ISO 8601 text, `yyyy-mm-dd`.
    pub fn iso(self) -> String {
        let (j, m, d) = self.ymd();
        format!("{j:04}-{m:02}-{d:02}")
    }

    /// Dutch display text, `dd-mm-yyyy`.
    pub fn nl(self) -> String {
        let (j, m, d) = self.ymd();
        format!("{d:02}-{m:02}-{j:04}")
    }

    /// Parses strict ISO `yyyy-mm-dd` (what the CLI and URLs use).
    pub fn parse_iso(tekst: &str) -> Option<Datum> {
        let b = tekst.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let jaar = tekst.get(0..4)?.parse().ok()?;
        let maand = tekst.get(5..7)?.parse().ok()?;
        let dag = tekst.get(8..10)?.parse().ok()?;
        Datum::from_ymd(jaar, maand, dag)
    }
}

impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl From<Datum> for String {
    fn from(d: Datum) -> String {
        d.iso()
    }
}

impl TryFrom<String> for Datum {
    type Error = String;
    fn try_from(s: String) -> Result<Datum, String> {
        Datum::parse_iso(&s).ok_or_else(|| format!("geen geldige datum (jjjj-mm-dd): {s}"))
    }
}

/// Whether `jaar` is a Gregorian leap year.
pub fn is_schrikkeljaar(jaar: i32) -> bool {
    (jaar % 4 == 0 && jaar % 100 != 0) || jaar % 400 == 0
}

/// Number of days in a month (1–12); 0 for a month outside 1–12.
pub fn dagen_in_maand(jaar: i32, maand: u32) -> u32 {
    match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_schrikkeljaar(jaar) => 29,
        2 => 28,
        _ => 0,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_known_days() {
        let d = Datum::from_ymd(1970, 1, 1).unwrap();
        assert_eq!(d.dagnummer(), 0);
        let d = Datum::from_ymd(2024, 2, 29).unwrap();
        assert_eq!(d.ymd(), (2024, 2, 29));
        assert_eq!(d.iso(), "2024-02-29");
        assert_eq!(d.nl(), "29-02-2024");
    }

    #[test]
    fn rejects_impossible_days() {
        assert_eq!(Datum::from_ymd(2023, 2, 29), None);
        assert_eq!(Datum::from_ymd(2023, 2, 31), None);
        assert_eq!(Datum::from_ymd(2023, 13, 1), None);
        assert_eq!(Datum::from_ymd(2023, 4, 0), None);
        assert!(Datum::from_ymd(2000, 2, 29).is_some());
        assert_eq!(Datum::from_ymd(1900, 2, 29), None);
    }

    #[test]
    fn counts_days_and_weekdays() {
        let a = Datum::from_ymd(2023, 1, 31).unwrap();
        let b = Datum::from_ymd(2022, 3, 1).unwrap();
        // T1 of the spec's worked example lasts 337 days, ends included.
        assert_eq!(b.dagen_tot(a) + 1, 337);
        assert_eq!(Datum::from_ymd(2026, 11, 22).unwrap().weekdag(), Weekdag::Zondag);
        assert_eq!(Datum::from_ymd(2024, 1, 1).unwrap().weekdag(), Weekdag::Maandag);
    }

    #[test]
    fn month_bounds() {
        let d = Datum::from_ymd(2024, 2, 10).unwrap();
        assert_eq!(d.begin_van_maand().iso(), "2024-02-01");
        assert_eq!(d.eind_van_maand().iso(), "2024-02-29");
    }

    #[test]
    fn parses_strict_iso_only() {
        assert_eq!(
            Datum::parse_iso("2023-12-31").map(|d| d.nl()),
            Some("31-12-2023".into())
        );
        assert_eq!(Datum::parse_iso("31-12-2023"), None);
        assert_eq!(Datum::parse_iso("2023-02-30"), None);
    }
}
