//! Dutch number formatting for display: `12.345`, `1,5 MB`.

/// A whole number with `.` between thousands.
pub fn geheel(n: u64) -> String {
    let cijfers = n.to_string();
    let mut uit = String::with_capacity(cijfers.len() + cijfers.len() / 3);
    for (i, c) in cijfers.chars().enumerate() {
        if i > 0 && (cijfers.len() - i) % 3 == 0 {
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
