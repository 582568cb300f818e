//! Will the browser hold these files? An estimate made before reading, so a
//! selection that is too large is refused with a clear message and nothing
//! already loaded is lost. (Running out of memory in WebAssembly is not an
//! error the app can catch: it ends the whole page.)

/// Working memory per byte of CSV at the peak of loading (the files' own
/// results and the joined data set alive together), measured on the
/// reference job in Chromium with `bash scripts/benchmark.sh` (the wasm
/// memory over the CSV bytes, see docs/benchmarks.md), with a margin.
pub const GEHEUGEN_PER_CSV_BYTE: u64 = 6;

/// The most a browser tab gives one WebAssembly module: 4 GiB (wasm32),
/// less room for the app itself and for fragmentation.
pub const GRENS_WASM: u64 = 3 * 1024 * 1024 * 1024;

/// The memory budget for data: the wasm limit, or half of the computer's
/// memory when the browser tells it (`navigator.deviceMemory`, in GiB) and
/// that is less, so a modest laptop is not pushed into swapping.
pub fn grens(apparaatgeheugen_gib: Option<f64>) -> u64 {
    match apparaatgeheugen_gib {
        Some(gib) if gib.is_finite() && gib > 0.0 => {
            let half = gib * 1024.0 * 1024.0 * 1024.0 / 2.0;
            GRENS_WASM.min(half as u64)
        }
        _ => GRENS_WASM,
    }
}

/// Estimated working memory for this many bytes of CSV.
pub fn schatting(csv_bytes: u64) -> u64 {
    csv_bytes.saturating_mul(GEHEUGEN_PER_CSV_BYTE)
}

/// A selection that would not fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeGroot {
    /// Estimated memory with the new files.
    pub nodig: u64,
    /// The budget.
    pub grens: u64,
    /// CSV bytes of the new files.
    pub nieuw: u64,
}

/// Whether `nieuw` bytes of CSV can be added to the `geladen` bytes already
/// loaded (or loading) within `grens`.
pub fn past(geladen: u64, nieuw: u64, grens: u64) -> Result<(), TeGroot> {
    let nodig = schatting(geladen.saturating_add(nieuw));
    if nodig <= grens {
        Ok(())
    } else {
        Err(TeGroot { nodig, grens, nieuw })
    }
}

impl TeGroot {
    /// The message for the user, in Dutch; sizes through `formaat` (the
    /// app's way of writing bytes).
    pub fn melding(&self, formaat: impl Fn(u64) -> String) -> String {
        format!(
            "Deze bestanden ({}) zijn te groot om in deze browser te verwerken: daarvoor is, samen met wat al \
             geladen is, ongeveer {} werkgeheugen nodig, en deze browser kan er hoogstens {} voor gebruiken. \
             Er is niets ingelezen; wat al geladen was, blijft staan. Kies minder of kleinere bestanden \
             (bijvoorbeeld één jaar), wis eerst bestanden die je niet meer nodig hebt, of gebruik het \
             programma jeugdmonitor op je eigen computer: dat heeft deze grens niet.",
            formaat(self.nieuw),
            formaat(self.nodig),
            formaat(self.grens)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_grens_is_die_van_wasm_of_de_helft_van_een_klein_apparaat() {
        assert_eq!(grens(None), GRENS_WASM);
        assert_eq!(grens(Some(16.0)), GRENS_WASM);
        assert_eq!(grens(Some(4.0)), 2 * 1024 * 1024 * 1024);
        assert_eq!(grens(Some(0.5)), 256 * 1024 * 1024);
        assert_eq!(grens(Some(f64::NAN)), GRENS_WASM);
        assert_eq!(grens(Some(-1.0)), GRENS_WASM);
    }

    #[test]
    fn wat_al_geladen_is_telt_mee() {
        let grens = 600;
        assert_eq!(past(0, 100, grens), Ok(()));
        assert_eq!(past(50, 50, grens), Ok(()));
        let te_groot = past(50, 51, grens).expect_err("101 bytes need 606");
        assert_eq!(
            te_groot,
            TeGroot {
                nodig: 606,
                grens: 600,
                nieuw: 51
            }
        );
        assert_eq!(past(u64::MAX, 1, grens).map_err(|t| t.nodig), Err(u64::MAX));
    }

    #[test]
    fn de_melding_noemt_de_maten_en_dat_er_niets_verloren_is() {
        let t = TeGroot {
            nodig: 4_000,
            grens: 3_000,
            nieuw: 700,
        };
        let m = t.melding(|b| format!("{b} B"));
        assert!(m.starts_with("Deze bestanden (700 B) zijn te groot"), "{m}");
        assert!(m.contains("ongeveer 4000 B") && m.contains("hoogstens 3000 B"), "{m}");
        assert!(m.contains("wat al geladen was, blijft staan"), "{m}");
    }
}
