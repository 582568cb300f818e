//! The frame around every page: skip link, header with the region name and
//! navigation, the page heading, and the footer.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::inhoud::{sitenaam, RegioBron};
use crate::taal::TaalKeuze;

/// Id of the `<main>` element, the skip link's target.
pub const HOOFDINHOUD_ID: &str = "hoofdinhoud";
/// Id of each page's `<h1>`, which receives focus after navigation.
pub const PAGINAKOP_ID: &str = "paginakop";

/// A link in the navigation: route and visible label.
struct Menulink {
    route: &'static str,
    label: &'static str,
    label_en: &'static str,
}

static PUBLIEK: [Menulink; 5] = [
    Menulink {
        route: "/",
        label: "Home",
        label_en: "Home",
    },
    Menulink {
        route: "/waar-kan-ik-terecht",
        label: "Waar kan ik terecht",
        label_en: "Where can I go",
    },
    Menulink {
        route: "/producten",
        label: "Producten",
        label_en: "Products",
    },
    Menulink {
        route: "/wachttijden",
        label: "Wachttijden",
        label_en: "Waiting times",
    },
    Menulink {
        route: "/begrippen",
        label: "Begrippen",
        label_en: "Glossary",
    },
];

static PROFESSIONEEL: [Menulink; 3] = [
    Menulink {
        route: "/gegevens",
        label: "Gegevens",
        label_en: "Data",
    },
    Menulink {
        route: "/dashboard",
        label: "Dashboard",
        label_en: "Dashboard",
    },
    Menulink {
        route: "/doelen",
        label: "Doelen",
        label_en: "Goals",
    },
];

#[component]
pub fn SkipLink() -> impl IntoView {
    let keuze = expect_context::<TaalKeuze>();
    // The router would treat "#hoofdinhoud" as a navigation and leave focus
    // where it was; moving focus ourselves is what the skip link promises.
    let naar_inhoud = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::browser::focus_op_id(HOOFDINHOUD_ID);
    };
    view! {
        <a
            class="utrecht-skip-link utrecht-skip-link--visible-on-focus"
            href=format!("#{HOOFDINHOUD_ID}")
            on:click=naar_inhoud
        >
            {move || keuze.0.get().kies("Naar de inhoud", "Skip to content")}
        </a>
    }
}

/// The header. On a wide screen both menus stand in it, as links; on a
/// phone they fold into a menu button, so the page's own heading and the
/// emergency numbers are on the first screen. The button is a
/// `<details>`/`<summary>` disclosure: it opens and closes by keyboard and
/// by touch without any script (the static pages of issue 17 will rely on
/// that). The app only closes it after a navigation and on Escape.
#[component]
pub fn Kopregel() -> impl IntoView {
    let bron = expect_context::<RegioBron>();
    let keuze = expect_context::<TaalKeuze>();
    let naam = move || match bron.0.get() {
        Some(Ok(regio)) => regio.regio.naam.clone(),
        _ => keuze
            .0
            .get()
            .kies("Jeugdhulp in de regio", "Youth care in the region")
            .to_string(),
    };
    let menu = NodeRef::<leptos::html::Details>::new();
    let locatie = leptos_router::hooks::use_location();
    // A link in the open menu navigates inside the app, without a new page:
    // close the menu, so the new page is not hidden behind it.
    Effect::new(move |_| {
        let _ = locatie.pathname.get();
        if let Some(menu) = menu.get_untracked() {
            menu.set_open(false);
        }
    });
    let sluit_met_escape = move |ev: leptos::ev::KeyboardEvent| {
        let Some(details) = menu.get() else { return };
        if ev.key() == "Escape" && details.open() {
            details.set_open(false);
            if let Ok(Some(knop)) = details.query_selector("summary") {
                if let Ok(knop) = knop.dyn_into::<web_sys::HtmlElement>() {
                    let _ = knop.focus();
                }
            }
        }
    };
    view! {
        <header class="utrecht-page-header kopregel">
            <div class="kopregel__binnen">
                <A href=crate::site::pad("/") attr:class="kopregel__merk">
                    <img class="kopregel__logo" src=crate::site::pad("/logo.svg") alt="" width="40" height="40"/>
                    <span class="kopregel__naam">{naam}</span>
                </A>
                <Menus breed=true/>
                <crate::taal::Taalknop/>
                <details class="menu" node_ref=menu on:keydown=sluit_met_escape>
                    <summary class="menu__knop">
                        <span class="menu__icoon" aria-hidden="true"></span>
                        "Menu"
                    </summary>
                    <div class="menu__paneel">
                        <Menus breed=false/>
                    </div>
                </details>
            </div>
        </header>
    }
}

/// The public and the professionals' menu. Drawn twice from the same lists:
/// in the header for wide screens (`breed`) and in the menu button for
/// phones; CSS shows one of the two, so each link is there once for a
/// screen reader and the keyboard.
#[component]
fn Menus(breed: bool) -> impl IntoView {
    let keuze = expect_context::<TaalKeuze>();
    let soort = if breed { " hoofdmenu--breed" } else { "" };
    view! {
        <nav class=format!("hoofdmenu{soort}") aria-label=move || keuze.0.get().kies("Hoofdmenu", "Main menu")>
            <ul class="hoofdmenu__lijst">
                {PUBLIEK.iter().map(menulink).collect_view()}
            </ul>
        </nav>
        <nav class=format!("hoofdmenu hoofdmenu--professioneel{soort}") aria-label=move || keuze.0.get().kies("Voor professionals", "For professionals")>
            <span class="hoofdmenu__label" aria-hidden="true">{move || keuze.0.get().kies("Voor professionals:", "For professionals (in Dutch):")}</span>
            <ul class="hoofdmenu__lijst">
                {PROFESSIONEEL.iter().map(menulink).collect_view()}
            </ul>
        </nav>
    }
}

fn menulink(link: &'static Menulink) -> impl IntoView {
    let keuze = expect_context::<TaalKeuze>();
    view! {
        <li class="hoofdmenu__item">
            <A href=crate::site::pad(link.route) attr:class="hoofdmenu__link">{move || keuze.0.get().kies(link.label, link.label_en)}</A>
        </li>
    }
}

#[component]
pub fn Voetregel() -> impl IntoView {
    let bron = expect_context::<RegioBron>();
    let keuze = expect_context::<TaalKeuze>();
    let bronvermelding = move || match bron.0.get() {
        Some(Ok(regio)) => format!(
            "{} {}.",
            keuze.0.get().kies("Gebaseerd op:", "Based on:"),
            regio.regio.bron
        ),
        _ => String::new(),
    };
    view! {
        <footer class="utrecht-page-footer voetregel">
            <div class="voetregel__binnen">
                <nav aria-label=move || keuze.0.get().kies("Over deze website", "About this website")>
                    <ul class="voetregel__lijst">
                        <li><A href=crate::site::pad("/privacy") attr:class="utrecht-link">"Privacy"</A></li>
                        <li><A href=crate::site::pad("/toegankelijkheid") attr:class="utrecht-link">{move || keuze.0.get().kies("Toegankelijkheid", "Accessibility")}</A></li>
                        <li><A href=crate::site::pad("/begrippen") attr:class="utrecht-link">{move || keuze.0.get().kies("Begrippen", "Glossary")}</A></li>
                    </ul>
                </nav>
                <p class="utrecht-paragraph voetregel__tekst">
                    {move || keuze.0.get().kies("Deze website werkt helemaal in je eigen browser. Er gaat niets naar een server. ", "This website works entirely in your own browser. Nothing is sent to a server. ")}
                    {bronvermelding}
                </p>
            </div>
        </footer>
    }
}

/// The page's `<h1>`; also sets the document title to match.
#[component]
pub fn Paginakop(#[prop(into)] titel: String) -> impl IntoView {
    let bron = expect_context::<RegioBron>();
    let voor_titel = titel.clone();
    Effect::new(move |_| crate::browser::zet_titel(&voor_titel, &sitenaam(bron)));
    view! {
        <h1 id=PAGINAKOP_ID class="utrecht-heading-1" tabindex="-1">{titel}</h1>
    }
}

/// Messages as a list in a polite live region (empty: nothing shown), so a
/// screen reader announces what a load or a check reported.
#[component]
pub fn Meldingenlijst(#[prop(into)] meldingen: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div role="status" aria-live="polite">
            {move || {
                let m = meldingen.get();
                (!m.is_empty()).then(|| view! {
                    <ul class="utrecht-unordered-list">
                        {m.into_iter().map(|t| view! { <li class="utrecht-unordered-list__item">{t}</li> }).collect_view()}
                    </ul>
                })
            }}
        </div>
    }
}
