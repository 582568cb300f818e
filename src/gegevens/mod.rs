//! The loaded data of this tab: files read, their reports, and the joined
//! data set that the dashboard and goals read. Lives only in memory: closing
//! the tab forgets it; only the column mapping is remembered (localStorage).

pub mod download;
pub mod lezen;
pub mod opslag;

use std::sync::Arc;

use jeugdmonitor_core::content::Productcatalogus;
use jeugdmonitor_core::ingest::{voeg_samen, Afwijzing, Bestandsresultaat, Inleesopties};
use jeugdmonitor_core::kpi::KpiIndex;
use jeugdmonitor_core::model::DataSet;
use jeugdmonitor_core::pauze::ruim_op;
use leptos::prelude::*;

/// Where a file came from, so it can be read again (after the user drops a
/// column or maps headers).
#[derive(Clone)]
pub enum Bron {
    /// A file the user chose or dropped.
    Bestand(web_sys::File),
    /// A file bundled with the site (demo data), fetched from this origin.
    Site(String),
}

/// One file that was read, with its report.
#[derive(Clone)]
pub struct GeladenBestand {
    pub id: u32,
    pub bron: Bron,
    pub resultaat: Arc<Bestandsresultaat>,
    /// Columns the user chose to drop (privacy guard).
    pub weggelaten: Vec<String>,
}

impl GeladenBestand {
    /// Only files that passed the privacy guard and were recognised feed the data set.
    pub fn bruikbaar(&self) -> bool {
        self.resultaat.soort.is_some() && self.resultaat.privacy_in_orde()
    }
}

/// A read in progress, shown with a progress bar and a cancel button.
#[derive(Clone, Debug, PartialEq)]
pub struct Lading {
    pub id: u32,
    pub naam: String,
    pub bytes_gelezen: u64,
    pub bytes_totaal: u64,
    pub regels: u64,
}

/// The joined data set, its KPI index (built once per join) and what joining
/// reported.
#[derive(Clone)]
pub struct Samenvoeging {
    pub dataset: Arc<DataSet>,
    pub index: Arc<KpiIndex>,
    pub catalogus: Arc<Productcatalogus>,
    pub waarschuwingen: Vec<String>,
    pub afgewezen: Arc<Vec<Afwijzing>>,
}

impl Default for Samenvoeging {
    fn default() -> Self {
        let dataset = DataSet::default();
        let catalogus = Productcatalogus::default();
        Samenvoeging {
            index: Arc::new(KpiIndex::bouw(&dataset, &catalogus)),
            dataset: Arc::new(dataset),
            catalogus: Arc::new(catalogus),
            waarschuwingen: Vec::new(),
            afgewezen: Arc::default(),
        }
    }
}

/// Everything the Gegevens page and the dashboard share. Signals are local
/// (not `Send`) because they hold browser `File` handles.
#[derive(Clone, Copy)]
pub struct Gegevens {
    pub bestanden: RwSignal<Vec<GeladenBestand>, LocalStorage>,
    pub ladingen: RwSignal<Vec<Lading>, LocalStorage>,
    pub samenvoeging: RwSignal<Samenvoeging, LocalStorage>,
    /// Ids of loads the user cancelled; the reading loop checks this between chunks.
    pub geannuleerd: RwSignal<Vec<u32>, LocalStorage>,
    volgend_id: StoredValue<u32, LocalStorage>,
    /// Bumped on every change of the file list, so a join that was overtaken
    /// by a newer change (or by "Wis alle gegevens") is thrown away.
    versie: StoredValue<u64, LocalStorage>,
    /// The region's product catalogue, used for reading and for the index.
    pub catalogus: StoredValue<Arc<Productcatalogus>, LocalStorage>,
    /// CBS StatLine tables loaded for the comparison on the dashboard.
    pub cbs: RwSignal<Vec<CbsBestand>, LocalStorage>,
    /// Bytes of chosen files (by load id) from the moment they pass the
    /// memory check until they are stored or fail, so a second selection
    /// made meanwhile is checked against them too.
    pub gereserveerd: StoredValue<Vec<(u32, u64)>, LocalStorage>,
}

/// A CBS StatLine table as read, with what could not be read in it.
#[derive(Clone)]
pub struct CbsBestand {
    pub tabel: Arc<jeugdmonitor_core::cbs::CbsTabel>,
    pub problemen: Arc<Vec<jeugdmonitor_core::problem::Probleem>>,
}

impl Gegevens {
    pub fn nieuw() -> Gegevens {
        Gegevens {
            bestanden: RwSignal::new_local(Vec::new()),
            ladingen: RwSignal::new_local(Vec::new()),
            samenvoeging: RwSignal::new_local(Samenvoeging::default()),
            geannuleerd: RwSignal::new_local(Vec::new()),
            volgend_id: StoredValue::new_local(1),
            catalogus: StoredValue::new_local(Arc::new(Productcatalogus::default())),
            versie: StoredValue::new_local(0),
            cbs: RwSignal::new_local(Vec::new()),
            gereserveerd: StoredValue::new_local(Vec::new()),
        }
    }

    pub fn nieuw_id(&self) -> u32 {
        let id = self.volgend_id.get_value();
        self.volgend_id.set_value(id + 1);
        id
    }

    /// Adds or replaces (same id) a read file. The data set is rebuilt by
    /// [`Gegevens::herbouw_als_klaar`], once the last running load has ended.
    pub fn zet_bestand(&self, bestand: GeladenBestand) {
        self.versie.update_value(|v| *v += 1);
        let mut vervangen = Vec::new();
        self.bestanden
            .update(|lijst| match lijst.iter_mut().find(|b| b.id == bestand.id) {
                Some(plek) => vervangen.push(std::mem::replace(plek, bestand)),
                None => lijst.push(bestand),
            });
        ruim_later_op(vervangen, None);
    }

    /// Rebuilds the data set when no load is running any more: once per
    /// batch of files instead of once per file.
    pub async fn herbouw_als_klaar(&self) {
        if self.ladingen.with_untracked(Vec::is_empty) {
            self.herbouw().await;
        }
    }

    pub fn verwijder(&self, id: u32) {
        self.versie.update_value(|v| *v += 1);
        let mut weg = Vec::new();
        self.bestanden.update(|lijst| {
            let (blijft, gaat): (Vec<_>, Vec<_>) = std::mem::take(lijst).into_iter().partition(|b| b.id != id);
            *lijst = blijft;
            weg = gaat;
        });
        ruim_later_op(weg, None);
        let deze = *self;
        leptos::task::spawn_local(async move { deze.herbouw().await });
    }

    /// "Wis alle gegevens": forgets every file and cancels running loads.
    pub fn wis_alles(&self) {
        self.versie.update_value(|v| *v += 1);
        let lopend: Vec<u32> = self.ladingen.get_untracked().iter().map(|l| l.id).collect();
        self.geannuleerd.update(|g| g.extend(lopend));
        let mut bestanden = Vec::new();
        self.bestanden.update(|b| bestanden = std::mem::take(b));
        let mut samen = Samenvoeging::default();
        self.samenvoeging.update(|s| std::mem::swap(s, &mut samen));
        self.cbs.set(Vec::new());
        ruim_later_op(bestanden, Some(samen));
    }

    /// Joins the usable files again and builds the KPI index. Both steps
    /// give the event loop back every [`lezen::BUDGET_MS`], so the page stays
    /// responsive even at national scale, and both stop as soon as the file
    /// list changes again (a newer join takes over).
    async fn herbouw(&self) {
        let versie = self.versie.get_value();
        let deze = *self;
        let mut pauze = lezen::Tijdpauze::nieuw(move || deze.versie.get_value() == versie);
        let resultaten: Vec<Arc<Bestandsresultaat>> = self
            .bestanden
            .get_untracked()
            .iter()
            .filter(|b| b.bruikbaar())
            .map(|b| Arc::clone(&b.resultaat))
            .collect();
        let bestanden: Vec<&Bestandsresultaat> = resultaten.iter().map(Arc::as_ref).collect();
        let Ok(samen) = voeg_samen(&bestanden, &mut pauze).await else {
            return;
        };
        let catalogus = self.catalogus.get_value();
        let Ok(index) = KpiIndex::bouw_met_pauzes(&samen.dataset, &catalogus, &mut pauze).await else {
            return;
        };
        let mut waarschuwingen: Vec<String> = index
            .waarschuwing_niet_te_koppelen(&samen.dataset)
            .into_iter()
            .collect();
        waarschuwingen.extend(samen.waarschuwingen);
        let mut oud = Samenvoeging {
            index: Arc::new(index),
            catalogus,
            dataset: Arc::new(samen.dataset),
            waarschuwingen,
            afgewezen: Arc::new(samen.afgewezen),
        };
        self.samenvoeging.update(|s| std::mem::swap(s, &mut oud));
        ruim_later_op(Vec::new(), Some(oud));
    }
}

/// Frees files and a joined data set that are no longer shown, in steps
/// with pauses: dropping millions of rows with strings at once froze the
/// page for most of a second after "Wis alle gegevens" at national scale.
/// Whatever is still shared elsewhere is simply released.
fn ruim_later_op(bestanden: Vec<GeladenBestand>, samen: Option<Samenvoeging>) {
    leptos::task::spawn_local(async move {
        let mut pauze = lezen::Tijdpauze::nieuw(|| true);
        if let Some(samen) = samen {
            if let Ok(ds) = Arc::try_unwrap(samen.dataset) {
                ruim_op(ds.trajecten, &mut pauze).await;
                ruim_op(ds.declaraties, &mut pauze).await;
                ruim_op(ds.clients, &mut pauze).await;
            }
            if let Ok(afgewezen) = Arc::try_unwrap(samen.afgewezen) {
                ruim_op(afgewezen, &mut pauze).await;
            }
        }
        for bestand in bestanden {
            if let Ok(r) = Arc::try_unwrap(bestand.resultaat) {
                ruim_op(r.trajecten, &mut pauze).await;
                ruim_op(r.declaraties, &mut pauze).await;
                ruim_op(r.clients, &mut pauze).await;
                ruim_op(r.afgewezen, &mut pauze).await;
            }
        }
    });
}

/// Puts the tab's data store in context. Call once, in `App`.
pub fn lever_gegevens() -> Gegevens {
    let gegevens = Gegevens::nieuw();
    provide_context(gegevens);
    gegevens
}

/// Read options for this region: its municipalities, the remembered column
/// mapping, and the columns this file should drop.
pub fn inleesopties(regio: Option<&jeugdmonitor_core::content::RegioInhoud>, weggelaten: &[String]) -> Inleesopties {
    Inleesopties {
        gemeenten: regio.map(|r| r.gemeenten.clone()).unwrap_or_default(),
        koppeling: opslag::lees_koppeling(),
        weggelaten_kolommen: weggelaten.to_vec(),
        huidig_jaar: huidig_jaar(),
        ..Inleesopties::default()
    }
}

/// This year by the browser's clock (geboortejaar may not lie in the future).
fn huidig_jaar() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}
