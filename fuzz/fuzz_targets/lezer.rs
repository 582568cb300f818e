//! Arbitrary bytes, cut into arbitrary chunks, must never make the reader
//! panic, and must give the same result as the same bytes in one chunk.
//!
//! Input layout: the first byte is the number of cuts `n`; the next `2n`
//! bytes are cut positions (little-endian u16, taken modulo the file length);
//! the rest is the file.
#![no_main]

use jeugdmonitor_core::ingest::{lees_bytes, Bestandslezer, Inleesopties};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&n, rest)) = data.split_first() else { return };
    let n = usize::from(n % 16);
    let Some((sneden, bestand)) = rest.split_at_checked(2 * n) else { return };
    let opties = Inleesopties::default();
    let heel = lees_bytes("fuzz.csv", bestand, &opties);

    let mut grenzen: Vec<usize> = sneden
        .chunks_exact(2)
        .map(|p| usize::from(u16::from_le_bytes([p[0], p[1]])) % (bestand.len() + 1))
        .collect();
    grenzen.push(0);
    grenzen.push(bestand.len());
    grenzen.sort_unstable();
    let mut lezer = Bestandslezer::nieuw("fuzz.csv", &opties);
    for w in grenzen.windows(2) {
        lezer.voed(&bestand[w[0]..w[1]]);
    }
    assert_eq!(lezer.einde(), heel, "chunked read differs from whole read");
});
