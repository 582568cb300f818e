//! Dutch by default, English on request: the language switch in the header
//! sets it, the browser remembers it (localStorage key `jeugdmonitor.taal`,
//! guarded, because storage may be blocked), `<html lang>` follows it, and
//! the public pages and their content files (`content/en/`) follow it. The
//! professionals' pages (Gegevens, Dashboard, Doelen) stay Dutch.

use leptos::prelude::*;

const SLEUTEL: &str = "jeugdmonitor.taal";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taal {
    Nl,
    En,
}

impl Taal {
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
        }
    }

    /// Where this language's content files are, relative to `content/`.
    pub fn inhoudspad(self, bestand: &str) -> String {
        match self {
            Taal::Nl => format!("/{bestand}"),
            Taal::En => format!("/{}", bestand.replacen("content/", "content/en/", 1)),
        }
    }

    /// The Dutch or the English text.
    pub fn kies<T>(self, nl: T, en: T) -> T {
        match self {
            Taal::Nl => nl,
            Taal::En => en,
        }
    }
}

/// The chosen language, in context.
#[derive(Clone, Copy)]
pub struct TaalKeuze(pub RwSignal<Taal>);

/// Whether the region publishes English content (`content/en/regio.toml`).
/// Without it there is no switch: English labels around Dutch content would
/// be read out with the wrong voice.
#[derive(Clone, Copy)]
pub struct EngelsBeschikbaar(pub RwSignal<bool>);

/// Reads the remembered choice, puts it in context and keeps `<html lang>`
/// and the memory in step. Call once, in `App`.
pub fn lever_taal() -> TaalKeuze {
    // A shared or found address names its language (`?taal=en`, see
    // `jeugdmonitor_core::paginas`); it goes before the remembered choice.
    let begin = taal_in_adres()
        .or_else(|| opslag().and_then(|s| s.get_item(SLEUTEL).ok().flatten()))
        .filter(|t| t == "en")
        .map_or(Taal::Nl, |_| Taal::En);
    let keuze = TaalKeuze(RwSignal::new(begin));
    provide_context(keuze);
    let beschikbaar = EngelsBeschikbaar(RwSignal::new(false));
    provide_context(beschikbaar);
    leptos::task::spawn_local(async move {
        // Parsed, not only fetched: a host that answers every path with
        // index.html must not count as English content.
        let pad = Taal::En.inhoudspad(jeugdmonitor_core::content::REGIO_BESTAND);
        let er_is_engels = crate::browser::haal_tekst(&pad)
            .await
            .is_ok_and(|t| jeugdmonitor_core::content::lees_regio(&pad, &t).is_ok());
        beschikbaar.0.set(er_is_engels);
        // Only a real change: setting the same language again would make
        // every content loader fetch anew and redraw the page, and so wipe
        // what a visitor has started typing (seen on the Noordoostpolder
        // build, which has no English, when the probe answered late).
        if !er_is_engels && keuze.0.get_untracked() != Taal::Nl {
            keuze.0.set(Taal::Nl);
        }
    });
    Effect::new(move |_| {
        let taal = keuze.0.get();
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", taal.code());
        }
        if let Some(s) = opslag() {
            let _ = s.set_item(SLEUTEL, taal.code());
        }
        // An address that names the other language would bring it back on
        // a reload: after a switch the address says what the page shows.
        if taal_in_adres().is_some_and(|t| t != taal.code()) {
            zet_taal_in_adres(taal);
        }
    });
    keuze
}

/// The language the address asks for (`?taal=en` gives `en`), if any.
fn taal_in_adres() -> Option<String> {
    let zoek = web_sys::window()?.location().search().ok()?;
    let sleutel = format!("{}=", jeugdmonitor_core::paginas::TAALPARAMETER);
    zoek.trim_start_matches('?')
        .split('&')
        .find_map(|deel| deel.strip_prefix(sleutel.as_str()))
        .map(str::to_string)
}

/// Puts `taal` into the address without loading anything: English as
/// `?taal=en`, Dutch as the plain address (other parameters stay).
fn zet_taal_in_adres(taal: Taal) {
    let Some(window) = web_sys::window() else { return };
    let locatie = window.location();
    let (Ok(pad), Ok(zoek), Ok(anker)) = (locatie.pathname(), locatie.search(), locatie.hash()) else {
        return;
    };
    let sleutel = format!("{}=", jeugdmonitor_core::paginas::TAALPARAMETER);
    let mut delen: Vec<String> = zoek
        .trim_start_matches('?')
        .split('&')
        .filter(|d| !d.is_empty() && !d.starts_with(sleutel.as_str()))
        .map(str::to_string)
        .collect();
    if taal == Taal::En {
        delen.push(format!("{sleutel}en"));
    }
    let zoek = if delen.is_empty() {
        String::new()
    } else {
        format!("?{}", delen.join("&"))
    };
    if let Ok(geschiedenis) = window.history() {
        let _ =
            geschiedenis.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{pad}{zoek}{anker}")));
    }
}

fn opslag() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The current language, read once (pages are drawn anew on a switch).
pub fn taal() -> Taal {
    use_context::<TaalKeuze>().map_or(Taal::Nl, |k| k.0.get_untracked())
}

/// The switch: a button in the other language, marked with its language.
#[component]
pub fn Taalknop() -> impl IntoView {
    let keuze = expect_context::<TaalKeuze>();
    let beschikbaar = expect_context::<EngelsBeschikbaar>();
    let wissel = move |_| keuze.0.update(|t| *t = t.kies(Taal::En, Taal::Nl));
    move || {
        beschikbaar.0.get().then(|| {
            view! {
                <button type="button" class="taalknop" on:click=wissel
                    lang=move || keuze.0.get().kies("en", "nl")>
                    {move || keuze.0.get().kies("English", "Nederlands")}
                </button>
            }
        })
    }
}
