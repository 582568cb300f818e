//! `jeugdmonitor demo`: writes the deterministic demo extract (all seven file
//! kinds) and the matching product catalogue into a folder. The generator
//! itself is `jeugdmonitor_core::demo`; this is only argument parsing and files.

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use jeugdmonitor_core::demo::{bestandsnaam, genereer, productcatalogus_toml, DemoOpties, DemoUitvoer, Schaal};
use jeugdmonitor_core::model::Bestandssoort;

use crate::fout::{Fout, HULP_DEMO};

pub fn voer_uit(args: &[OsString]) -> Result<(), Fout> {
    let opdracht = lees_args(args)?;
    let Some(opdracht) = opdracht else {
        return crate::kpi::schrijf(|uit| uit.write_all(crate::help::DEMO.as_bytes()));
    };
    std::fs::create_dir_all(&opdracht.uit)
        .map_err(|e| Fout::Overig(format!("map {} kon niet worden gemaakt: {e}", opdracht.uit.display())))?;
    let mut bestanden = Bestanden {
        map: opdracht.uit.clone(),
        open: HashMap::new(),
    };
    let samenvatting = genereer(&opdracht.opties, &mut bestanden).map_err(Fout::Overig)?;
    bestanden.sluit()?;
    let catalogus = opdracht.uit.join("producten.toml");
    std::fs::write(&catalogus, productcatalogus_toml())
        .map_err(|e| Fout::Overig(format!("{} kon niet worden geschreven: {e}", catalogus.display())))?;
    for soort in Bestandssoort::ALLE {
        eprintln!(
            "{:>10} rijen  {}",
            samenvatting.aantal(soort),
            opdracht.uit.join(bestandsnaam(soort)).display()
        );
    }
    eprintln!("{:>10}        {}", "", catalogus.display());
    Ok(())
}

struct Opdracht {
    opties: DemoOpties,
    uit: PathBuf,
}

/// `None` means: show the help.
/// The benchmark's reference job (issue 9, docs/benchmarks.md): 700 000
/// trajecten rows over 2021–2023, declarations for every month of 2023.
const REFERENTIE_TRAJECTEN: u32 = 700_000;
const REFERENTIE_JAREN: (i32, i32) = (2021, 2023);

fn lees_args(args: &[OsString]) -> Result<Option<Opdracht>, Fout> {
    let mut opties = DemoOpties::default();
    let mut referentie = false;
    let mut trajecten: Option<u32> = None;
    let mut jaren_gegeven = false;
    let mut uit = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].to_string_lossy().to_string();
        let (naam, waarde_in_arg) = match arg.split_once('=') {
            Some((n, w)) if n.starts_with("--") => (n.to_string(), Some(w.to_string())),
            _ => (arg.clone(), None),
        };
        if naam == "-h" || naam == "--help" {
            return Ok(None);
        }
        let mut waarde = || -> Result<String, Fout> {
            if let Some(w) = waarde_in_arg.clone() {
                return Ok(w);
            }
            i += 1;
            args.get(i)
                .map(|w| w.to_string_lossy().to_string())
                .ok_or_else(|| gebruik(format!("{naam} mist een waarde")))
        };
        match naam.as_str() {
            "--uit" => uit = Some(PathBuf::from(waarde()?)),
            "--zaad" => {
                let w = waarde()?;
                opties.zaad = w
                    .parse()
                    .map_err(|_| gebruik(format!("--zaad moet een geheel getal zijn, niet {w:?}")))?;
            }
            "--jaren" => {
                let w = waarde()?;
                let (van, tot) = w.split_once('-').unwrap_or((&w, &w));
                let jaar = |t: &str| {
                    t.trim()
                        .parse::<i32>()
                        .map_err(|_| gebruik(format!("--jaren: {w:?} is geen JJJJ of JJJJ-JJJJ")))
                };
                opties.eerste_jaar = jaar(van)?;
                opties.laatste_jaar = jaar(tot)?;
                jaren_gegeven = true;
            }
            "--schaal" => {
                opties.schaal = match waarde()?.as_str() {
                    "regio" => Schaal::Regio,
                    "landelijk" => Schaal::Landelijk,
                    "referentie" => {
                        referentie = true;
                        Schaal::Referentie {
                            trajecten: REFERENTIE_TRAJECTEN,
                        }
                    }
                    ander => {
                        return Err(gebruik(format!(
                            "--schaal is regio, landelijk of referentie, niet {ander:?}"
                        )))
                    }
                }
            }
            "--trajecten" => {
                let w = waarde()?;
                trajecten = Some(
                    w.replace(['_', '.'], "")
                        .parse()
                        .map_err(|_| gebruik(format!("--trajecten moet een geheel getal zijn, niet {w:?}")))?,
                );
            }
            ander => return Err(gebruik(format!("onbekende optie: {ander}"))),
        }
        i += 1;
    }
    let uit = uit.ok_or_else(|| gebruik("--uit MAP is verplicht: de map waarin de bestanden komen"))?;
    if let Some(n) = trajecten {
        if !referentie {
            return Err(gebruik("--trajecten hoort bij --schaal referentie"));
        }
        opties.schaal = Schaal::Referentie { trajecten: n };
    }
    if referentie && !jaren_gegeven {
        (opties.eerste_jaar, opties.laatste_jaar) = REFERENTIE_JAREN;
    }
    Ok(Some(Opdracht { opties, uit }))
}

fn gebruik(melding: impl Into<String>) -> Fout {
    Fout::Gebruik {
        melding: melding.into(),
        hulp: HULP_DEMO,
    }
}

/// One buffered file per kind, opened at its first piece.
struct Bestanden {
    map: PathBuf,
    open: HashMap<Bestandssoort, BufWriter<File>>,
}

impl DemoUitvoer for Bestanden {
    fn schrijf(&mut self, soort: Bestandssoort, bytes: &[u8]) -> Result<(), String> {
        if !self.open.contains_key(&soort) {
            let pad = self.map.join(bestandsnaam(soort));
            let bestand = File::create(&pad).map_err(|e| format!("{} kon niet worden gemaakt: {e}", pad.display()))?;
            self.open.insert(soort, BufWriter::new(bestand));
        }
        match self.open.get_mut(&soort) {
            Some(schrijver) => schrijver
                .write_all(bytes)
                .map_err(|e| format!("schrijven mislukt: {e}")),
            None => Err("intern: bestand niet open".into()),
        }
    }
}

impl Bestanden {
    fn sluit(self) -> Result<(), Fout> {
        for (_, mut schrijver) in self.open {
            schrijver
                .flush()
                .map_err(|e| Fout::Overig(format!("schrijven mislukt: {e}")))?;
        }
        Ok(())
    }
}
