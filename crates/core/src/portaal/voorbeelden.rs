//! The portal's example values: which access-team and provider fields are
//! marked `voorbeeld`, the content check's warning for each, and the error
//! for a field name that does not exist. Emergency numbers have no
//! `voorbeeld` field at all: they are national numbers and always real.

use super::{Aanbieder, Portaal, Toegang};
use crate::problem::Probleem;
use crate::voorbeeld::Plek;

/// The fields of `[[toegang]]` that `voorbeeld` may name (all but the
/// municipality code, which ties the table to `regio.toml`).
pub const TOEGANG_VELDEN: [&str; 9] = [
    "naam",
    "soort",
    "adres",
    "postcode_plaats",
    "telefoon",
    "email",
    "website",
    "openingstijden",
    "kernen",
];

/// The fields of `[[aanbieders]]` that `voorbeeld` may name.
pub const AANBIEDER_VELDEN: [&str; 3] = ["naam", "website", "producten"];

impl Toegang {
    /// Is the value of `veld` (its name in `portaal.toml`) an example?
    pub fn is_voorbeeld(&self, veld: &str) -> bool {
        self.voorbeeld.geldt_voor(veld)
    }

    fn waarde(&self, veld: &str) -> String {
        match veld {
            "naam" => self.naam.clone(),
            "soort" => self.soort.clone(),
            "adres" => self.adres.clone(),
            "postcode_plaats" => self.postcode_plaats.clone(),
            "telefoon" => self.telefoon.clone(),
            "email" => self.email.clone(),
            "website" => self.website.clone(),
            "openingstijden" => self.openingstijden.clone(),
            "kernen" => self.kernen.join(", "),
            _ => String::new(),
        }
    }
}

impl Aanbieder {
    /// Is the value of `veld` (its name in `portaal.toml`) an example?
    pub fn is_voorbeeld(&self, veld: &str) -> bool {
        self.voorbeeld.geldt_voor(veld)
    }

    fn waarde(&self, veld: &str) -> String {
        match veld {
            "naam" => self.naam.clone(),
            "website" => self.website.clone().unwrap_or_default(),
            "producten" => self.producten.join(", "),
            _ => String::new(),
        }
    }
}

impl Portaal {
    /// Does any value of the portal carry the `voorbeeld` mark? Then the
    /// site says on every page that it shows examples.
    pub fn heeft_voorbeelden(&self) -> bool {
        self.toegang.iter().any(|t| !t.voorbeeld.is_geen()) || self.aanbieders.iter().any(|a| !a.voorbeeld.is_geen())
    }

    /// Is the provider called `naam` (as the waiting times write it) an
    /// invented one?
    pub fn aanbieder_is_voorbeeld(&self, naam: &str) -> bool {
        self.aanbieders
            .iter()
            .any(|a| a.naam.trim().eq_ignore_ascii_case(naam.trim()) && a.is_voorbeeld("naam"))
    }
}

/// Every example value of the portal, one warning each, in file order per
/// table: file, line of the field, field name and value.
pub fn voorbeeldwaarden(portaal: &Portaal, bestand: &str, tekst: &str) -> Vec<Probleem> {
    let mut lijst = Vec::new();
    for (index, t) in portaal.toegang.iter().enumerate() {
        let plek = plek(bestand, tekst, "toegang", index);
        for veld in TOEGANG_VELDEN.iter().filter(|v| t.is_voorbeeld(v)) {
            let waarde = t.waarde(veld);
            if !waarde.trim().is_empty() {
                lijst.push(plek.voorbeeldwaarde(veld, &waarde));
            }
        }
    }
    for (index, a) in portaal.aanbieders.iter().enumerate() {
        let plek = plek(bestand, tekst, "aanbieders", index);
        for veld in AANBIEDER_VELDEN.iter().filter(|v| a.is_voorbeeld(v)) {
            let waarde = a.waarde(veld);
            if !waarde.trim().is_empty() {
                lijst.push(plek.voorbeeldwaarde(veld, &waarde));
            }
        }
    }
    lijst
}

/// A `voorbeeld` list naming a field the table does not have: an error,
/// since the value meant would silently stay unmarked.
pub(super) fn onbekende_velden(portaal: &Portaal, bestand: &str, tekst: &str) -> Vec<Probleem> {
    let toegang = portaal.toegang.iter().enumerate().flat_map(|(index, t)| {
        let plek = plek(bestand, tekst, "toegang", index);
        t.voorbeeld
            .onbekende_velden(&TOEGANG_VELDEN)
            .into_iter()
            .map(move |veld| plek.onbekend_veld(veld, &TOEGANG_VELDEN))
    });
    let aanbieders = portaal.aanbieders.iter().enumerate().flat_map(|(index, a)| {
        let plek = plek(bestand, tekst, "aanbieders", index);
        a.voorbeeld
            .onbekende_velden(&AANBIEDER_VELDEN)
            .into_iter()
            .map(move |veld| plek.onbekend_veld(veld, &AANBIEDER_VELDEN))
    });
    toegang.chain(aanbieders).collect()
}

fn plek<'a>(bestand: &'a str, tekst: &'a str, tabel: &'a str, index: usize) -> Plek<'a> {
    Plek {
        bestand,
        tekst,
        tabel: Some(tabel),
        index,
    }
}
