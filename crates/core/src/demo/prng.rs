//! A small seeded pseudo-random generator: xoshiro256** seeded through
//! SplitMix64 (Blackman and Vigna). Only integer and basic floating-point
//! arithmetic is used (no `ln`, `exp` or `cos`), so a seed gives the same
//! numbers on every platform.

/// SplitMix64: turns any `u64` into a well-mixed one; used for seeding and
/// for deriving independent streams.
pub fn splitmix64(toestand: &mut u64) -> u64 {
    *toestand = toestand.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *toestand;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// xoshiro256**.
#[derive(Clone, Debug)]
pub struct Rng {
    s: [u64; 4],
}

impl Rng {
    /// A generator for a seed and a stream number: different streams of one
    /// seed are independent, so parts of the output do not shift when
    /// another part draws more numbers.
    pub fn nieuw(zaad: u64, stroom: u64) -> Rng {
        let mut t = zaad ^ splitmix64(&mut stroom.wrapping_mul(0xD1B5_4A32_D192_ED03));
        let mut s = [0u64; 4];
        for plek in &mut s {
            *plek = splitmix64(&mut t);
        }
        if s == [0; 4] {
            s[0] = 1;
        }
        Rng { s }
    }

    pub fn volgende(&mut self) -> u64 {
        let uit = self.s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        uit
    }

    /// Uniform in [0, 1).
    pub fn fractie(&mut self) -> f64 {
        (self.volgende() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [0, n); 0 when n is 0.
    pub fn onder(&mut self, n: u64) -> u64 {
        ((u128::from(self.volgende()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in [van, tot] (inclusive); `van` when the range is empty.
    pub fn tussen(&mut self, van: i32, tot: i32) -> i32 {
        if tot <= van {
            return van;
        }
        let breedte = (i64::from(tot) - i64::from(van) + 1) as u64;
        (i64::from(van) + self.onder(breedte) as i64) as i32
    }

    /// True with probability `p`.
    pub fn kans(&mut self, p: f64) -> bool {
        self.fractie() < p
    }

    /// An index chosen with the given weights; 0 when all weights are 0.
    pub fn gewogen(&mut self, gewichten: &[f64]) -> usize {
        let totaal: f64 = gewichten.iter().sum();
        if totaal <= 0.0 {
            return 0;
        }
        let mut x = self.fractie() * totaal;
        for (i, g) in gewichten.iter().enumerate() {
            if x < *g {
                return i;
            }
            x -= g;
        }
        gewichten.len().saturating_sub(1)
    }

    /// A right-skewed factor with mean 1 (range 0.4–2.2, a few up to 6.6):
    /// used for durations, where most are short and some are long.
    pub fn scheef(&mut self) -> f64 {
        let u = self.fractie();
        let basis = 0.4 + 1.8 * u * u;
        if self.kans(0.05) {
            basis * (1.0 + 2.0 * self.fractie())
        } else {
            basis
        }
    }

    /// Fisher–Yates shuffle.
    pub fn schud<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.onder(i as u64 + 1) as usize;
            v.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let mut a = Rng::nieuw(7, 1);
        let mut b = Rng::nieuw(7, 1);
        let mut c = Rng::nieuw(7, 2);
        let xa: Vec<u64> = (0..5).map(|_| a.volgende()).collect();
        let xb: Vec<u64> = (0..5).map(|_| b.volgende()).collect();
        let xc: Vec<u64> = (0..5).map(|_| c.volgende()).collect();
        assert_eq!(xa, xb);
        assert_ne!(xa, xc);
    }

    #[test]
    fn helpers_stay_in_range() {
        let mut r = Rng::nieuw(1, 0);
        let mut som = 0.0;
        for _ in 0..10_000 {
            let f = r.fractie();
            assert!((0.0..1.0).contains(&f));
            assert!(r.onder(10) < 10);
            let t = r.tussen(-3, 3);
            assert!((-3..=3).contains(&t));
            som += r.scheef();
        }
        let gemiddeld = som / 10_000.0;
        assert!((0.95..1.1).contains(&gemiddeld), "{gemiddeld}");
        assert_eq!(r.tussen(5, 2), 5);
        assert_eq!(r.gewogen(&[0.0, 0.0]), 0);
    }
}
