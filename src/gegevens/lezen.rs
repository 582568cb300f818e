//! Reads a file in the browser in slices of bytes (`Blob.slice`), feeding the
//! core's streaming reader, so a 500 MB extract never sits in memory as one
//! string. Between slices the browser gets the event loop back, so the page
//! keeps responding and "Annuleren" works.

use jeugdmonitor_core::ingest::{Bestandslezer, Bestandsresultaat, Inleesopties};
use jeugdmonitor_core::pauze::{Adem, Afgebroken, Pauze};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{Bron, Gegevens, Lading};

/// Bytes per slice read from the file.
pub const PLAK: u64 = 1 << 20;

/// Bytes per bite fed to the reader; small enough that one bite parses in a
/// few milliseconds even in wasm on a slow machine.
const HAP: usize = 64 * 1024;

/// How long the reader may run before the browser gets the event loop back.
/// Well under 100 ms, so a load never makes the page feel frozen.
pub const BUDGET_MS: f64 = 30.0;

/// Why a read did not produce a result.
#[derive(Clone, Debug, PartialEq)]
pub enum Onderbroken {
    Geannuleerd,
    Fout(String),
}

/// Reads one source completely. Progress is published in `gegevens.ladingen`
/// under `id`; the load stops early when the id appears in `geannuleerd`.
pub async fn lees(
    gegevens: Gegevens,
    id: u32,
    bron: &Bron,
    naam: &str,
    opties: &Inleesopties,
) -> Result<Bestandsresultaat, Onderbroken> {
    let mut lezer = Bestandslezer::nieuw(naam, opties);
    if let Bron::Bestand(bestand) = bron {
        lezer = lezer.met_verwachte_grootte(bestand.size() as u64);
    }
    gegevens.ladingen.update(|l| {
        l.retain(|x| x.id != id);
        l.push(Lading {
            id,
            naam: naam.to_string(),
            bytes_gelezen: 0,
            bytes_totaal: 0,
            regels: 0,
        });
    });
    let uitkomst = match bron {
        Bron::Bestand(bestand) => lees_bestand(gegevens, id, bestand, &mut lezer).await,
        Bron::Site(pad) => lees_van_site(gegevens, id, pad, &mut lezer).await,
    };
    gegevens.ladingen.update(|l| l.retain(|x| x.id != id));
    gegevens.geannuleerd.update(|g| g.retain(|x| *x != id));
    match uitkomst {
        Ok(()) => Ok(lezer.einde_met_pauzes(&mut Tijdpauze::nieuw(|| true)).await),
        Err(e) => Err(e),
    }
}

async fn lees_bestand(
    gegevens: Gegevens,
    id: u32,
    bestand: &web_sys::File,
    lezer: &mut Bestandslezer,
) -> Result<(), Onderbroken> {
    let totaal = bestand.size() as u64;
    let mut van = 0u64;
    while van < totaal {
        let tot = (van + PLAK).min(totaal);
        let plak = bestand
            .slice_with_f64_and_f64(van as f64, tot as f64)
            .map_err(|_| Onderbroken::Fout("het bestand kon niet worden gelezen".into()))?;
        let buffer = JsFuture::from(plak.array_buffer())
            .await
            .map_err(|_| Onderbroken::Fout("het bestand kon niet worden gelezen".into()))?;
        voed_met_pauzes(lezer, &js_sys::Uint8Array::new(&buffer).to_vec()).await;
        van = tot;
        meld_voortgang(gegevens, id, van, totaal, lezer)?;
    }
    Ok(())
}

async fn lees_van_site(gegevens: Gegevens, id: u32, pad: &str, lezer: &mut Bestandslezer) -> Result<(), Onderbroken> {
    let bytes = crate::browser::haal_bytes(pad).await.map_err(Onderbroken::Fout)?;
    let totaal = bytes.length() as u64;
    let mut van = 0u64;
    while van < totaal {
        let tot = (van + PLAK).min(totaal);
        voed_met_pauzes(lezer, &bytes.subarray(van as u32, tot as u32).to_vec()).await;
        van = tot;
        meld_voortgang(gegevens, id, van, totaal, lezer)?;
    }
    Ok(())
}

/// Feeds `bytes` in bites, giving the event loop back whenever the reader
/// has run for [`BUDGET_MS`].
async fn voed_met_pauzes(lezer: &mut Bestandslezer, bytes: &[u8]) {
    let mut begin = nu_ms();
    for hap in bytes.chunks(HAP) {
        lezer.voed(hap);
        if nu_ms() - begin > BUDGET_MS {
            volgende_beurt().await;
            begin = nu_ms();
        }
    }
}

/// Gives the event loop back once the core's long steps (join, index) have
/// run for [`BUDGET_MS`], and stops them when `nog_gewenst` says the result
/// is no longer wanted.
pub struct Tijdpauze<F: Fn() -> bool> {
    sinds: f64,
    nog_gewenst: F,
}

impl<F: Fn() -> bool> Tijdpauze<F> {
    pub fn nieuw(nog_gewenst: F) -> Self {
        Tijdpauze {
            sinds: nu_ms(),
            nog_gewenst,
        }
    }
}

impl<F: Fn() -> bool> Pauze for Tijdpauze<F> {
    fn adem(&mut self) -> Adem<'_> {
        Box::pin(async move {
            if nu_ms() - self.sinds > BUDGET_MS {
                volgende_beurt().await;
                self.sinds = nu_ms();
            }
            if (self.nog_gewenst)() {
                Ok(())
            } else {
                Err(Afgebroken)
            }
        })
    }
}

fn nu_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn meld_voortgang(
    gegevens: Gegevens,
    id: u32,
    gelezen: u64,
    totaal: u64,
    lezer: &Bestandslezer,
) -> Result<(), Onderbroken> {
    if gegevens.geannuleerd.get_untracked().contains(&id) {
        return Err(Onderbroken::Geannuleerd);
    }
    let regels = lezer.voortgang().regels;
    gegevens.ladingen.update(|l| {
        if let Some(lading) = l.iter_mut().find(|x| x.id == id) {
            lading.bytes_gelezen = gelezen;
            lading.bytes_totaal = totaal;
            lading.regels = regels;
        }
    });
    Ok(())
}

/// Gives the event loop back to the browser once (a zero-delay timeout), so
/// it can paint progress and handle clicks such as "Annuleren".
pub async fn volgende_beurt() {
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        if let Some(venster) = web_sys::window() {
            let _ = venster.set_timeout_with_callback_and_timeout_and_arguments_0(klaar.unchecked_ref(), 0);
        }
    });
    let _ = JsFuture::from(belofte).await;
}
