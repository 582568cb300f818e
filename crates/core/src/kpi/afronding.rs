//! Rounding as the spec prescribes: 1 decimal, half away from zero.
//!
//! Ratios of integers are rounded in integer arithmetic so that 2/3 gives
//! exactly 66.7 and a true half (0.25 → 0.3) is never lost to binary floats.

/// `teller / noemer` rounded to tenths; `None` when `noemer` is 0.
pub fn tienden(teller: i128, noemer: i128) -> Option<f64> {
    deel_afgerond(teller * 10, noemer).map(|t| t as f64 / 10.0)
}

/// `teller / noemer × 100` rounded to tenths; `None` when `noemer` is 0.
pub fn procent(teller: i128, noemer: i128) -> Option<f64> {
    tienden(teller * 100, noemer)
}

/// `teller / noemer` rounded to a whole number, half away from zero.
pub fn deel_afgerond(teller: i128, noemer: i128) -> Option<i128> {
    if noemer == 0 {
        return None;
    }
    let (t, n) = if noemer < 0 {
        (-teller, -noemer)
    } else {
        (teller, noemer)
    };
    let q = (2 * t.abs() + n) / (2 * n);
    Some(if t < 0 { -q } else { q })
}

/// A float mean rounded to tenths (for decimal inputs such as weeks).
pub fn een_decimaal(x: f64) -> f64 {
    // The tiny nudge keeps 2.25 (stored as 2.2499999…) rounding up, as a
    // person computing by hand would.
    let geschaald = x * 10.0;
    (geschaald + geschaald.signum() * 1e-9).round() / 10.0
}

/// The mean of `waarden` rounded to tenths; `None` for no values.
pub fn gemiddelde(waarden: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (som, n) = waarden.into_iter().fold((0.0, 0u64), |(s, n), x| (s + x, n + 1));
    (n > 0).then(|| een_decimaal(som / n as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_away_from_zero() {
        assert_eq!(procent(2, 3), Some(66.7));
        assert_eq!(procent(1, 3), Some(33.3));
        assert_eq!(tienden(1, 4), Some(0.3));
        assert_eq!(tienden(-1, 4), Some(-0.3));
        assert_eq!(tienden(852, 3), Some(284.0));
        assert_eq!(tienden(5, 0), None);
        assert_eq!(deel_afgerond(5, 2), Some(3));
        assert_eq!(deel_afgerond(-5, 2), Some(-3));
        assert_eq!(deel_afgerond(7, -2), Some(-4));
        assert_eq!(een_decimaal(2.25), 2.3);
        assert_eq!(een_decimaal(-2.25), -2.3);
        assert_eq!(gemiddelde([1.0, 2.0]), Some(1.5));
        assert_eq!(gemiddelde([]), None);
    }
}
