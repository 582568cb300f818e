//! A fast hash for the reader's per-file lookups (client pseudonyms,
//! toewijzingen). std's default SipHash guards against hash flooding by a
//! remote party; here the keys come from the user's own file in their own
//! browser, and SipHash was a visible part of the read time. This is the
//! multiply-rotate hash of rustc's FxHasher, eight bytes at a time, with
//! murmur3's 64-bit finaliser on top: plain Fx leaves the low bits (which
//! pick the bucket) almost the same for keys that differ only in their
//! last digits, such as `TW0012345`, and a national file then collides
//! badly.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// String-keyed map with [`SnelHasher`].
pub type SnelleMap<V> = HashMap<String, V, BuildHasherDefault<SnelHasher>>;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Clone, Copy, Default)]
pub struct SnelHasher {
    hash: u64,
}

impl SnelHasher {
    #[inline]
    fn voeg_toe(&mut self, woord: u64) {
        self.hash = (self.hash.rotate_left(5) ^ woord).wrapping_mul(K);
    }
}

impl Hasher for SnelHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut stukken = bytes.chunks_exact(8);
        for stuk in &mut stukken {
            let mut woord = [0u8; 8];
            woord.copy_from_slice(stuk);
            self.voeg_toe(u64::from_le_bytes(woord));
        }
        let rest = stukken.remainder();
        if !rest.is_empty() {
            let mut woord = [0u8; 8];
            woord.iter_mut().zip(rest).for_each(|(w, &b)| *w = b);
            self.voeg_toe(u64::from_le_bytes(woord));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.voeg_toe(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.voeg_toe(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut x = self.hash;
        x ^= x >> 33;
        x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^= x >> 33;
        x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        x ^ (x >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gelijke_sleutels_gelijke_hash_en_opzoeken_werkt() {
        let mut m: SnelleMap<u32> = SnelleMap::default();
        for i in 0..1000u32 {
            m.insert(format!("TW{i:07}"), i);
        }
        for i in 0..1000u32 {
            assert_eq!(m.get(format!("TW{i:07}").as_str()), Some(&i));
        }
        assert_eq!(m.get("TW"), None);
        assert_eq!(m.get(""), None);
    }

    #[test]
    fn lage_bits_zijn_gespreid() {
        use std::hash::BuildHasher;
        let bouwer = BuildHasherDefault::<SnelHasher>::default();
        let n = 1u32 << 16;
        let emmers: std::collections::HashSet<u64> = (0..n)
            .map(|i| bouwer.hash_one(format!("TW{i:07}")) & u64::from(n - 1))
            .collect();
        // Random hashing fills about 63% of the buckets.
        assert!(emmers.len() as u32 > n / 2, "{}", emmers.len());
    }
}
