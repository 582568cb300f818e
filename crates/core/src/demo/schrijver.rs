//! Buffered CSV output: rows are collected per file kind and handed to the
//! [`DemoUitvoer`] in pieces of about 64 KiB.

use std::fmt::Write as _;

use crate::model::Bestandssoort;

use super::{DemoUitvoer, Samenvatting};

const STUK: usize = 64 * 1024;

/// Header row of each kind, as in spec section 1.
pub fn kopregel(soort: Bestandssoort) -> &'static str {
    match soort {
        Bestandssoort::Trajecten => "client,toewijzing,gemeente,aanbieder,productcategorie,productcode,segment,verwijzer,geboortejaar,begindatum,einddatum,reden_beeindiging,verklarende_analyse,familiegroepsplan,perspectiefplan",
        Bestandssoort::Declaraties => "toewijzing,maand,bedrag",
        Bestandssoort::Wachttijden => "peildatum,aanbieder,productcategorie,productcode,wachttijd_weken,wachtenden,gemeente",
        Bestandssoort::Begroting => "jaar,gemeente,segment,bedrag",
        Bestandssoort::Bevolking => "jaar,gemeente,jongeren",
        Bestandssoort::Aanmeldingen => "aanmelddatum,eerste_contact,gemeente",
        Bestandssoort::Tevredenheid => "datum,score,aanbieder,gemeente",
    }
}

fn plek(soort: Bestandssoort) -> usize {
    Bestandssoort::ALLE.iter().position(|&s| s == soort).unwrap_or(0)
}

pub struct Schrijver<'a> {
    uit: &'a mut dyn DemoUitvoer,
    buffers: [String; 7],
    rijen: [u64; 7],
}

impl<'a> Schrijver<'a> {
    /// A writer that starts every file with its header row.
    pub fn nieuw(uit: &'a mut dyn DemoUitvoer) -> Schrijver<'a> {
        let mut s = Schrijver {
            uit,
            buffers: Default::default(),
            rijen: [0; 7],
        };
        for soort in Bestandssoort::ALLE {
            let b = &mut s.buffers[plek(soort)];
            b.push_str(kopregel(soort));
            b.push('\n');
        }
        s
    }

    /// Appends one data row (without line end).
    pub fn rij(&mut self, soort: Bestandssoort, rij: std::fmt::Arguments) -> Result<(), String> {
        let i = plek(soort);
        let b = &mut self.buffers[i];
        b.write_fmt(rij).map_err(|e| format!("kan regel niet opmaken: {e}"))?;
        b.push('\n');
        self.rijen[i] += 1;
        if b.len() >= STUK {
            self.leeg(soort)?;
        }
        Ok(())
    }

    fn leeg(&mut self, soort: Bestandssoort) -> Result<(), String> {
        let b = &mut self.buffers[plek(soort)];
        if !b.is_empty() {
            self.uit.schrijf(soort, b.as_bytes())?;
            b.clear();
        }
        Ok(())
    }

    /// Hands over what is left and counts the rows.
    pub fn einde(mut self) -> Result<Samenvatting, String> {
        for soort in Bestandssoort::ALLE {
            self.leeg(soort)?;
        }
        Ok(Samenvatting {
            rijen: Bestandssoort::ALLE.map(|s| (s, self.rijen[plek(s)])),
        })
    }
}

/// Whole eurocents as euros with a `.` and two decimals (`-12.05`).
pub struct Euro(pub i64);

impl std::fmt::Display for Euro {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let teken = if self.0 < 0 { "-" } else { "" };
        let a = self.0.unsigned_abs();
        write!(f, "{teken}{}.{:02}", a / 100, a % 100)
    }
}

/// An optional value: empty when `None`.
pub struct Of<T>(pub Option<T>);

impl<T: std::fmt::Display> std::fmt::Display for Of<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(w) => w.fmt(f),
            None => Ok(()),
        }
    }
}

/// `ja`, `nee` or empty.
pub fn vlag(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_with_two_decimals() {
        assert_eq!(Euro(123_405).to_string(), "1234.05");
        assert_eq!(Euro(-5).to_string(), "-0.05");
        assert_eq!(Euro(0).to_string(), "0.00");
        assert_eq!(Of::<u8>(None).to_string(), "");
    }
}
