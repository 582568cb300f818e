//! `jeugdmonitor`: the command-line edge. It only picks the subcommand and
//! turns errors into exit statuses (spec section 7); the work is done in the
//! modules below and, for every rule, in `jeugdmonitor_core`.

mod args;
mod cbs;
mod demo;
mod doelen;
mod exporteer;
mod fout;
mod help;
mod inhoud;
mod kpi;
mod laad;
mod output;
mod parquet;
mod read;
mod valideer;
mod verloop;

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use fout::{Fout, HULP_HOOFD};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match voer_uit(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(fout) => {
            eprintln!("jeugdmonitor: {}", fout.to_string().trim_end());
            ExitCode::from(fout.exitcode())
        }
    }
}

fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let Some(eerste) = args.first() else {
        return Err(gebruik(
            "geen opdracht opgegeven (bijvoorbeeld: jeugdmonitor kpi --jaar 2023 trajecten.csv)",
        ));
    };
    let rest = &args[1..];
    match eerste.to_string_lossy().as_ref() {
        "kpi" => kpi::voer_uit(rest),
        "verloop" => verloop::voer_uit(rest),
        "doelen" => doelen::voer_uit(rest),
        "cbs" => cbs::voer_uit(rest),
        "exporteer" => exporteer::voer_uit(rest),
        "demo" => demo::voer_uit(rest),
        "valideer-inhoud" => valideer::voer_uit(rest),
        "-h" | "--help" | "help" => kpi::schrijf(|uit| uit.write_all(help::HOOFD.as_bytes())),
        "-V" | "--version" => kpi::schrijf(|uit| writeln!(uit, "jeugdmonitor {}", env!("CARGO_PKG_VERSION"))),
        ander if ander.starts_with('-') => Err(gebruik(format!("onbekende optie: {ander}"))),
        ander => Err(gebruik(format!(
            "onbekende opdracht: {ander} (bekend: kpi, verloop, doelen, cbs, exporteer, demo, valideer-inhoud)"
        ))),
    }
}

fn gebruik(melding: impl Into<String>) -> Fout {
    Fout::Gebruik {
        melding: melding.into(),
        hulp: HULP_HOOFD,
    }
}
