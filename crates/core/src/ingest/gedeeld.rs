//! One shared copy per distinct text of a file (interning into `Arc<str>`).
//!
//! A national trajecten file names a few hundred municipalities, providers
//! and product codes in 700 000 rows, and a declaraties file names each
//! toewijzing some twelve times. Giving every row its own `String` made
//! reading mostly `malloc` and `free` (28 % of the profile in
//! docs/benchmarks.md) and the data set several times the size of the file.
//! With one `Arc<str>` per distinct text, a repeated value costs a lookup,
//! and copying a record costs a reference count.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use super::snelhash::SnelHasher;

/// Distinct texts kept per table: bounds the table (not the data) for a
/// column that turns out to hold a different value in every row.
const MAXIMUM: usize = 1 << 20;

/// The shared copies of one column's texts.
#[derive(Debug, Default)]
pub struct GedeeldeTeksten {
    teksten: HashSet<Arc<str>, BuildHasherDefault<SnelHasher>>,
    /// The text given last: rows of the same trajectory or provider often
    /// follow each other, and a comparison is cheaper than a hash.
    vorige: Option<Arc<str>>,
}

impl GedeeldeTeksten {
    /// The shared copy of `tekst`, made on first sight.
    pub fn deel(&mut self, tekst: &str) -> Arc<str> {
        if let Some(vorige) = &self.vorige {
            if **vorige == *tekst {
                return Arc::clone(vorige);
            }
        }
        let gedeeld = match self.teksten.get(tekst) {
            Some(t) => Arc::clone(t),
            None => {
                let nieuw: Arc<str> = Arc::from(tekst);
                if self.teksten.len() < MAXIMUM {
                    self.teksten.insert(Arc::clone(&nieuw));
                }
                nieuw
            }
        };
        self.vorige = Some(Arc::clone(&gedeeld));
        gedeeld
    }

    /// Makes room for `aantal` texts at once: a table that grows to a
    /// hundred thousand entries step by step moves them all each time.
    pub fn reserveer(&mut self, aantal: usize) {
        self.teksten.reserve(aantal.min(MAXIMUM));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gelijke_teksten_delen_een_kopie() {
        let mut t = GedeeldeTeksten::default();
        let a = t.deel("Horizon");
        let b = t.deel("Lindenhout");
        let c = t.deel("Horizon");
        assert_eq!(&*a, "Horizon");
        assert_eq!(&*b, "Lindenhout");
        assert!(Arc::ptr_eq(&a, &c), "een tweede Horizon is dezelfde kopie");
        assert!(!Arc::ptr_eq(&a, &b));
        // Directly after itself (the fast path) as well.
        assert!(Arc::ptr_eq(&c, &t.deel("Horizon")));
    }
}
