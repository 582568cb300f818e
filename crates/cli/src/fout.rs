//! The one error type of the binary: what went wrong, in Dutch, and which
//! exit status it gives (spec section 7).

use std::fmt;

use jeugdmonitor_core::privacy::Bevinding;

/// Why `jeugdmonitor` stops without output.
#[derive(Debug)]
#[non_exhaustive]
pub enum Fout {
    /// The command line is wrong (exit 2). `hulp` is the help command that
    /// documents what was meant.
    Gebruik { melding: String, hulp: &'static str },
    /// The privacy guard refused columns (exit 3): per file, its findings.
    Privacy(Vec<(String, Vec<Bevinding>)>),
    /// Anything else: an unreadable file or content folder, no usable
    /// extract, a failed write (exit 1).
    Overig(String),
    /// The content has no errors but still holds example values, and the
    /// build for publication refuses them (exit 4): the listed values.
    Voorbeelden(String),
}

/// The help command named in a usage error.
pub const HULP_HOOFD: &str = "jeugdmonitor --help";
pub const HULP_KPI: &str = "jeugdmonitor kpi --help";
pub const HULP_DEMO: &str = "jeugdmonitor demo --help";

impl Fout {
    /// A usage error of the `kpi` subcommand.
    pub fn kpi(melding: impl Into<String>) -> Fout {
        Fout::Gebruik {
            melding: melding.into(),
            hulp: HULP_KPI,
        }
    }

    /// The same error pointing at another command's help (a usage error
    /// found by the shared option parser for `verloop`, `doelen`, …).
    pub fn met_hulp(self, hulp: &'static str) -> Fout {
        match self {
            Fout::Gebruik { melding, .. } => Fout::Gebruik { melding, hulp },
            ander => ander,
        }
    }

    pub fn exitcode(&self) -> u8 {
        match self {
            Fout::Gebruik { .. } => 2,
            Fout::Privacy(_) => 3,
            Fout::Overig(_) => 1,
            Fout::Voorbeelden(_) => 4,
        }
    }
}

impl fmt::Display for Fout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fout::Gebruik { melding, hulp } => write!(f, "{melding}\nzie {hulp}"),
            Fout::Privacy(bestanden) => {
                writeln!(
                    f,
                    "de privacytoets weigert deze gegevens: er worden geen cijfers berekend.\n\
                     Haal de genoemde kolommen uit het bestand (de monitor is alleen voor \
                     geanonimiseerde of gepseudonimiseerde extracten) en probeer het opnieuw."
                )?;
                for (bestand, bevindingen) in bestanden {
                    for b in bevindingen {
                        writeln!(f, "  {bestand}, kolom {:?}: {}", b.kolom, b.reden)?;
                    }
                }
                Ok(())
            }
            Fout::Overig(melding) | Fout::Voorbeelden(melding) => f.write_str(melding),
        }
    }
}
