//! Example values on screen. When the region's content still holds values
//! marked `voorbeeld` (the demo's invented addresses, phone numbers and
//! providers), every page says so in a notice under the emergency numbers,
//! and each such value carries a visible label in words. Whether a value is
//! an example is decided by the core's content model, never here.

use leptos::prelude::*;

use crate::inhoud::{CatalogusBron, PortaalBron};

/// The label next to an example value: a word, not a colour, so it reads in
/// forced colours, print and screen readers alike.
/// With an `id`, a link to the example value can name it in its
/// `aria-describedby`, so a screen reader's list of links says "voorbeeld"
/// too.
#[component]
pub fn Voorbeeldlabel(#[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let t = crate::taal::taal();
    view! { " " <span class="voorbeeldlabel" id=id>{t.kies("voorbeeld", "example")}</span> }
}

/// The label when `is_voorbeeld`, nothing otherwise.
pub fn label_als(is_voorbeeld: bool) -> Option<impl IntoView> {
    is_voorbeeld.then(|| view! { <Voorbeeldlabel/> })
}

/// For a linked example value: the label with an id, and that id for the
/// link's `aria-describedby` (both `None` for a verified value).
pub fn label_voor_link(is_voorbeeld: bool, id: &str) -> (Option<impl IntoView>, Option<String>) {
    let id = is_voorbeeld.then(|| id.to_string());
    (id.clone().map(|id| view! { <Voorbeeldlabel id=id/> }), id)
}

/// The notice on every page while the loaded content holds example values.
/// Nothing is shown while the content loads or when it has none.
#[component]
pub fn Voorbeeldmelding() -> impl IntoView {
    let portaal = expect_context::<PortaalBron>();
    let catalogus = expect_context::<CatalogusBron>();
    let keuze = expect_context::<crate::taal::TaalKeuze>();
    let tonen = move || {
        let in_portaal = matches!(portaal.0.get(), Some(Ok(p)) if p.heeft_voorbeelden());
        let in_boek = matches!(catalogus.0.get(), Some(Ok(c)) if c.is_voorbeeld());
        in_portaal || in_boek
    };
    move || {
        tonen().then(|| {
            let t = keuze.0.get();
            view! {
                <aside class="utrecht-alert utrecht-alert--warning voorbeeldmelding" aria-labelledby="voorbeeldmelding-kop">
                    <p id="voorbeeldmelding-kop" class="utrecht-paragraph voorbeeldmelding__kop">
                        {t.kies("Let op: dit is een voorbeeldwebsite", "Please note: this is an example website")}
                    </p>
                    <p class="utrecht-paragraph voorbeeldmelding__tekst">
                        {t.kies(
                            "Sommige gegevens zijn verzonnen, zoals adressen, telefoonnummers, e-mailadressen en namen van aanbieders. Je herkent ze aan het label ",
                            "Some details are made up, such as addresses, phone numbers, e-mail addresses and names of providers. You can tell them by the label ",
                        )}
                        <span class="voorbeeldlabel">{t.kies("voorbeeld", "example")}</span>
                        {t.kies(
                            ". Bel, mail of bezoek ze niet. De noodnummers bij \u{201c}Direct hulp nodig?\u{201d} kloppen wel.",
                            ". Do not call, e-mail or visit them. The emergency numbers under \u{201c}Need help right now?\u{201d} are real.",
                        )}
                    </p>
                </aside>
            }
        })
    }
}
