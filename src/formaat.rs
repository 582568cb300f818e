//! Dutch number formatting for display: `12.345`, `1,5 MB`.

/// A whole number with `.` between thousands.
pub fn geheel(n: u64) -> String {
    let cijfers = n.to_string();
    let mut uit = String::with_capacity(cijfers.len() + cijfers.len() / 3);
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i).is_multiple_of(3) {
            uit.push('.');
        }
        uit.push(c);
    }
    uit
}

/// A size in bytes as kB or MB with one decimal and a decimal comma.
pub fn bytes(n: u64) -> String {
    if n < 1_000_000 {
        format!("{} kB", geheel(n.div_ceil(1000)))
    } else {
        let tienden = (n + 50_000) / 100_000;
        format!("{},{} MB", geheel(tienden / 10), tienden % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_with_dots() {
        assert_eq!(geheel(0), "0");
        assert_eq!(geheel(999), "999");
        assert_eq!(geheel(1000), "1.000");
        assert_eq!(geheel(1234567), "1.234.567");
    }

    #[test]
    fn sizes_use_decimal_comma() {
        assert_eq!(bytes(1), "1 kB");
        assert_eq!(bytes(1_549_999), "1,5 MB");
        assert_eq!(bytes(523_000_000), "523,0 MB");
    }
}

/// A KPI cell as Dutch display text: `1.234`, `66,7 %`, `€ 1.234.568`
/// (whole euros on screen, spec section 4), `<5` and `–` as given.
pub fn cel(cel: &jeugdmonitor_core::kpi::Cel, eenheid: jeugdmonitor_core::kpi::Eenheid) -> String {
    use jeugdmonitor_core::kpi::{Cel, Eenheid};
    match cel {
        Cel::Leeg => "–".to_string(),
        Cel::Geheel(n) => geheel(*n),
        Cel::Decimaal(x) => {
            let tekst = decimaal(*x);
            match eenheid {
                Eenheid::Procent => format!("{tekst} %"),
                Eenheid::Dagen => format!("{tekst} dagen"),
                Eenheid::Weken => format!("{tekst} weken"),
                _ => tekst,
            }
        }
        Cel::Euro(cent) => euro(*cent),
        Cel::Tekst(t) => jeugdmonitor_core::date::Datum::parse_iso(t).map_or_else(|| t.clone(), |d| d.nl()),
        Cel::Object(_) => String::new(),
    }
}

/// One decimal with a decimal comma and grouped thousands: `1.234,5`.
pub fn decimaal(x: f64) -> String {
    let tienden = (x.abs() * 10.0).round() as u64;
    let teken = if x < 0.0 && tienden > 0 { "-" } else { "" };
    format!("{teken}{},{}", geheel(tienden / 10), tienden % 10)
}

/// Up to two decimals, without trailing zeros: `4,13`, `100`, `12,5`.
pub fn kort(x: f64) -> String {
    let honderdsten = (x.abs() * 100.0).round() as u64;
    let teken = if x < 0.0 && honderdsten > 0 { "-" } else { "" };
    let (heel, rest) = (honderdsten / 100, honderdsten % 100);
    match rest {
        0 => format!("{teken}{}", geheel(heel)),
        r if r % 10 == 0 => format!("{teken}{},{}", geheel(heel), r / 10),
        r => format!("{teken}{},{r:02}", geheel(heel)),
    }
}

/// Whole euros, rounded half away from zero: `€ 1.234.568`, `-€ 5`.
pub fn euro(cent: i64) -> String {
    let euros = (cent.unsigned_abs() + 50) / 100;
    let teken = if cent < 0 && euros > 0 { "-" } else { "" };
    format!("{teken}€ {}", geheel(euros))
}

/// The number in a cell (euros for money), `None` for text, empty or
/// hidden cells.
pub fn getal(cel: &jeugdmonitor_core::kpi::Cel) -> Option<f64> {
    use jeugdmonitor_core::kpi::Cel;
    match cel {
        Cel::Geheel(n) => Some(*n as f64),
        Cel::Decimaal(x) => Some(*x),
        Cel::Euro(c) => Some(*c as f64 / 100.0),
        _ => None,
    }
}

/// A reason as a sentence: a capital first letter and a full stop.
pub fn zin(tekst: &str) -> String {
    let tekst = tekst.trim();
    let mut tekens = tekst.chars();
    let mut uit: String = match tekens.next() {
        Some(eerste) => eerste.to_uppercase().chain(tekens).collect(),
        None => return String::new(),
    };
    if !uit.ends_with(['.', '!', '?']) {
        uit.push('.');
    }
    uit
}

#[cfg(test)]
mod cel_tests {
    use super::*;
    use jeugdmonitor_core::kpi::{Cel, Eenheid};

    #[test]
    fn cells_read_as_dutch() {
        assert_eq!(cel(&Cel::Decimaal(66.7), Eenheid::Procent), "66,7 %");
        assert_eq!(cel(&Cel::Decimaal(1234.5), Eenheid::Dagen), "1.234,5 dagen");
        assert_eq!(cel(&Cel::Euro(123_456_750), Eenheid::Euro), "€ 1.234.568");
        assert_eq!(cel(&Cel::Euro(-550), Eenheid::Euro), "-€ 6");
        assert_eq!(cel(&Cel::Geheel(12345), Eenheid::Jeugdigen), "12.345");
        assert_eq!(cel(&Cel::Tekst("<5".into()), Eenheid::Jeugdigen), "<5");
        assert_eq!(cel(&Cel::Tekst("2024-12-31".into()), Eenheid::Datum), "31-12-2024");
        assert_eq!(cel(&Cel::Leeg, Eenheid::Euro), "–");
        assert_eq!(kort(4.13), "4,13");
        assert_eq!(kort(100.0), "100");
        assert_eq!(kort(12.5), "12,5");
        assert_eq!(kort(-0.05), "-0,05");
    }
}

/// A `tel:` link for a phone number as written ("0800-2000", "14 0341").
pub fn tel_link(nummer: &str) -> String {
    format!("tel:{}", nummer.replace(['-', ' '], ""))
}
