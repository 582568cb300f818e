//! Benchmark of the whole pipeline, natively: `cargo bench -p jeugdmonitor-core`.
//! Reports (does not assert) read speed, join and index time, recompute time
//! and peak memory for the demo region and the national-scale set. The same
//! measurement runs in headless Chromium via `scripts/bench.sh`.

use std::time::Instant;

use jeugdmonitor_core::meting::{meet, standaardsets};

fn main() {
    let sets = standaardsets();
    let alleen = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    for (naam, opties) in sets {
        if alleen.as_deref().is_some_and(|a| !naam.contains(a)) {
            continue;
        }
        let start = Instant::now();
        let klok = move || start.elapsed().as_secs_f64();
        match meet(&opties, &klok, 7) {
            Ok(meting) => {
                println!("== natief: {naam}");
                print!("{}", meting.rapport());
                println!("piekgeheugen (VmHWM, hele proces tot nu): {}", piekgeheugen());
            }
            Err(fout) => eprintln!("{naam}: {fout}"),
        }
    }
}

/// The process's peak resident memory, from Linux's /proc.
fn piekgeheugen() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l["VmHWM:".len()..].trim().to_string())
        })
        .unwrap_or_else(|| "onbekend (geen /proc)".into())
}
