//! Loading the region content (`public/content/regio.toml`) once per visit and
//! sharing it with every page through context.

use std::sync::Arc;

use jeugdmonitor_core::content::{
    lees_producten, lees_regio, Productcatalogus, RegioInhoud, PRODUCTEN_BESTAND, REGIO_BESTAND,
};
use leptos::prelude::*;

use crate::taal::{Taal, TaalKeuze};

/// The region content as the pages see it: loading, loaded, or a Dutch error.
#[derive(Clone, Copy)]
pub struct RegioBron(pub LocalResource<Result<Arc<RegioInhoud>, String>>);

/// Starts loading the content and puts it in context. Call once, in `App`.
pub fn lever_regio() -> RegioBron {
    let taal = expect_context::<TaalKeuze>().0;
    let bron = RegioBron(LocalResource::new(move || {
        let taal = taal.get();
        async move {
            let (pad, tekst) = haal_in_taal(taal, REGIO_BESTAND).await?;
            lees_regio(&pad, &tekst).map(Arc::new).map_err(|p| p.to_string())
        }
    }));
    provide_context(bron);
    bron
}

/// The region's product catalogue (productenboek). A region without
/// `producten.toml` has an empty catalogue; a broken file is an error.
#[derive(Clone, Copy)]
pub struct CatalogusBron(pub LocalResource<Result<Arc<Productcatalogus>, String>>);

/// Starts loading the catalogue and puts it in context. Call once, in `App`.
pub fn lever_catalogus() -> CatalogusBron {
    let taal = expect_context::<TaalKeuze>().0;
    let bron = CatalogusBron(LocalResource::new(move || {
        let taal = taal.get();
        async move {
            match haal_in_taal(taal, PRODUCTEN_BESTAND).await {
                Ok((pad, tekst)) => lees_producten(&pad, &tekst).map(Arc::new).map_err(|p| p.to_string()),
                Err(_) => Ok(Arc::new(Productcatalogus::default())),
            }
        }
    }));
    provide_context(bron);
    bron
}

/// The region and catalogue in Dutch, whatever language is chosen: the
/// professionals' pages are Dutch only, and their exports must not change
/// with the language.
#[derive(Clone, Copy)]
pub struct NederlandseInhoud {
    regio: RegioBron,
    catalogus: CatalogusBron,
}

/// Loads the Dutch region and catalogue once. Call once, in `App`.
pub fn lever_nederlands() {
    let regio = RegioBron(LocalResource::new(|| async {
        let tekst = crate::browser::haal_tekst(&format!("/{REGIO_BESTAND}")).await?;
        lees_regio(REGIO_BESTAND, &tekst)
            .map(Arc::new)
            .map_err(|p| p.to_string())
    }));
    let catalogus = CatalogusBron(LocalResource::new(|| async {
        match crate::browser::haal_tekst(&format!("/{PRODUCTEN_BESTAND}")).await {
            Ok(tekst) => lees_producten(PRODUCTEN_BESTAND, &tekst)
                .map(Arc::new)
                .map_err(|p| p.to_string()),
            Err(_) => Ok(Arc::new(Productcatalogus::default())),
        }
    }));
    provide_context(NederlandseInhoud { regio, catalogus });
}

impl NederlandseInhoud {
    /// The Dutch region content, whatever language is chosen.
    pub fn regio(&self) -> RegioBron {
        self.regio
    }
}

/// Makes the Dutch region and catalogue the ones a professional page and
/// everything in it sees. Call at the top of such a page.
pub fn gebruik_nederlands() {
    if let Some(nl) = use_context::<NederlandseInhoud>() {
        provide_context(nl.regio);
        provide_context(nl.catalogus);
    }
}

/// A content file in the chosen language: the English one from
/// `content/en/` when there is one, else the Dutch one. Returns the path
/// read (for problems) and the text.
async fn haal_in_taal(taal: Taal, bestand: &str) -> Result<(String, String), String> {
    if taal == Taal::En {
        let pad = taal.inhoudspad(bestand);
        // A host that answers every path with index.html has no English file.
        if let Some(tekst) = crate::browser::haal_tekst(&pad)
            .await
            .ok()
            .filter(|t| !t.trim_start().starts_with('<'))
        {
            return Ok((pad.trim_start_matches('/').to_string(), tekst));
        }
    }
    let tekst = crate::browser::haal_tekst(&format!("/{bestand}")).await?;
    Ok((bestand.to_string(), tekst))
}

/// The region's short name once loaded, for the document title.
pub fn sitenaam(bron: RegioBron) -> String {
    match bron.0.get() {
        Some(Ok(regio)) => format!(
            "{} {}",
            crate::taal::taal().kies("Jeugdhulp", "Youth care"),
            regio.regio.korte_naam
        ),
        _ => crate::taal::taal().kies("Jeugdhulp", "Youth care").to_string(),
    }
}

/// Renders `inhoud` with the loaded region, a status line while loading, and
/// a clear message when the content file is broken.
#[component]
pub fn MetRegio<F, V>(inhoud: F) -> impl IntoView
where
    F: Fn(Arc<RegioInhoud>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let bron = expect_context::<RegioBron>();
    move || {
        match bron.0.get() {
        None => view! { <p class="utrecht-paragraph" role="status">{crate::taal::taal().kies("De inhoud wordt geladen…", "Loading…")}</p> }.into_any(),
        Some(Ok(regio)) => inhoud(regio).into_any(),
        Some(Err(fout)) => view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert">
                <p class="utrecht-paragraph">{crate::taal::taal().kies("De inhoud van deze website kon niet worden geladen.", "The content of this website could not be loaded.")}</p>
                <p class="utrecht-paragraph">{fout}</p>
            </div>
        }
        .into_any(),
    }
    }
}

/// The region's goals and measures (`doelen.toml` + `maatregelen.toml`).
#[derive(Clone, Copy)]
pub struct DoelenBron(pub LocalResource<Result<Arc<jeugdmonitor_core::doelen::Doelenset>, String>>);

/// Starts loading the goal presets and puts them in context. Call once, in `App`.
pub fn lever_doelen() -> DoelenBron {
    use jeugdmonitor_core::doelen::{lees_doelen, DOELEN_BESTAND, MAATREGELEN_BESTAND};
    let bron = DoelenBron(LocalResource::new(|| async {
        let doelen = crate::browser::haal_tekst(&format!("/{DOELEN_BESTAND}")).await?;
        let doelen = lees_doelen(DOELEN_BESTAND, &doelen).map_err(|p| p.to_string())?;
        let maatregelen = crate::browser::haal_tekst(&format!("/{MAATREGELEN_BESTAND}")).await?;
        let maatregelen = lees_doelen(MAATREGELEN_BESTAND, &maatregelen).map_err(|p| p.to_string())?;
        Ok(Arc::new(doelen.met(maatregelen)))
    }));
    provide_context(bron);
    bron
}

/// The public portal's content (`portaal.toml`), checked against the region
/// and the catalogue once all three are loaded.
#[derive(Clone, Copy)]
pub struct PortaalBron(pub LocalResource<Result<Arc<jeugdmonitor_core::portaal::Portaal>, String>>);

/// Starts loading the portal content and puts it in context. Call once, in `App`.
pub fn lever_portaal() -> PortaalBron {
    use jeugdmonitor_core::portaal::{lees_portaal, PORTAAL_BESTAND};
    let taal = expect_context::<TaalKeuze>().0;
    let bron = PortaalBron(LocalResource::new(move || {
        let taal = taal.get();
        async move {
            let (pad, tekst) = haal_in_taal(taal, PORTAAL_BESTAND).await?;
            lees_portaal(&pad, &tekst).map(Arc::new).map_err(|p| p.to_string())
        }
    }));
    provide_context(bron);
    bron
}

/// Everything a public page reads: region, catalogue and portal content.
#[derive(Clone)]
pub struct Publiek {
    pub regio: Arc<RegioInhoud>,
    pub catalogus: Arc<Productcatalogus>,
    pub portaal: Arc<jeugdmonitor_core::portaal::Portaal>,
}

/// Renders `inhoud` once region, catalogue and portal content are loaded;
/// a status line while loading and a clear message when a file is broken.
#[component]
pub fn MetPubliek<F, V>(inhoud: F) -> impl IntoView
where
    F: Fn(Publiek) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let regio = expect_context::<RegioBron>();
    let catalogus = expect_context::<CatalogusBron>();
    let portaal = expect_context::<PortaalBron>();
    move || {
        match (regio.0.get(), catalogus.0.get(), portaal.0.get()) {
        (Some(Ok(regio)), Some(Ok(catalogus)), Some(Ok(portaal))) => inhoud(Publiek {
            regio,
            catalogus,
            portaal,
        })
        .into_any(),
        (Some(Err(fout)), _, _) | (_, Some(Err(fout)), _) | (_, _, Some(Err(fout))) => view! {
            <div class="utrecht-alert utrecht-alert--error" role="alert">
                <p class="utrecht-paragraph">{crate::taal::taal().kies("De inhoud van deze website kon niet worden geladen.", "The content of this website could not be loaded.")}</p>
                <p class="utrecht-paragraph">{fout}</p>
            </div>
        }
        .into_any(),
        _ => view! { <p class="utrecht-paragraph" role="status">{crate::taal::taal().kies("De inhoud wordt geladen…", "Loading…")}</p> }.into_any(),
    }
    }
}
