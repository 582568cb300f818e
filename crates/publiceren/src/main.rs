//! `publiceren DIST`: finishes a trunk build for publishing (see the library).

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dist), None) = (args.next(), args.next()) else {
        eprintln!("gebruik: publiceren <map met de trunk-build, bijvoorbeeld dist>");
        return ExitCode::from(2);
    };
    match jeugdmonitor_publiceren::werk_af(std::path::Path::new(&dist)) {
        Ok(verslag) => {
            for melding in &verslag.meldingen {
                println!("publiceren: {melding}");
            }
            println!(
                "publiceren: {} bestanden ({:.1} MB) offline beschikbaar na het eerste bezoek, \
                 {} ({:.1} MB) pas na het eerste gebruik (demogegevens), versie {}, adres {}",
                verslag.bestanden,
                verslag.bytes as f64 / 1_000_000.0,
                verslag.bij_gebruik,
                verslag.bytes_bij_gebruik as f64 / 1_000_000.0,
                verslag.versie,
                verslag.basis
            );
            ExitCode::SUCCESS
        }
        Err(fout) => {
            eprintln!("publiceren: {fout}");
            ExitCode::FAILURE
        }
    }
}
