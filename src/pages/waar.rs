//! Waar kan ik terecht: pick your municipality (from a list, or by typing
//! its name or your village) and see your access team's contact details,
//! what happens when you call and what to prepare. The choice is kept in
//! the address (`?gemeente=GM0243`) so it can be shared.

use jeugdmonitor_core::portaal::{zoek_gemeente, Toegang};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::inhoud::{MetPubliek, Publiek};
use crate::layout::Paginakop;
use crate::pages::begrippen::met_begrippen;
use crate::voorbeeld::{label_als, label_voor_link};

#[component]
pub fn WaarKanIkTerecht() -> impl IntoView {
    view! {
        <Paginakop titel=crate::taal::taal().kies("Waar kan ik terecht?", "Where can I go?")/>
        <MetPubliek inhoud=|p| view! { <Kiezer publiek=p/> }/>
    }
}

#[component]
fn Kiezer(publiek: Publiek) -> impl IntoView {
    let t = crate::taal::taal();
    let taal = t;
    let query = use_query_map();
    let navigeer = use_navigate();
    let gekozen = Memo::new(move |_| query.with(|q| q.get("gemeente")));
    let kies = move |code: String| {
        navigeer(
            &format!("/waar-kan-ik-terecht?gemeente={code}"),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let getypt = RwSignal::new(String::new());
    let p = publiek.clone();
    let gevonden = move || {
        let t = getypt.get();
        zoek_gemeente(&p.regio, &p.portaal, &t)
    };
    let gevonden_status = gevonden.clone();
    let kies_uit_lijst = kies.clone();
    let p2 = publiek.clone();
    let kaart = move || {
        let code = gekozen.get()?;
        let g = p2
            .regio
            .gemeenten
            .iter()
            .find(|g| g.code.eq_ignore_ascii_case(&code))?
            .clone();
        let t = p2.portaal.toegang_van(&g.code)?.clone();
        Some(view! { <Toegangskaart gemeente=g.naam.clone() toegang=t/> })
    };
    let onbekend = {
        let p = publiek.clone();
        move || {
            gekozen
                .get()
                .filter(|c| !p.regio.gemeenten.iter().any(|g| g.code.eq_ignore_ascii_case(c)))
        }
    };
    view! {
        <p class="utrecht-paragraph utrecht-paragraph--lead">
            {t.kies(
                "Heb je vragen over opvoeden, opgroeien of hulp voor je kind? Begin bij het CJG of het toegangsteam van je gemeente. Zij luisteren, denken mee en helpen je verder.",
                "Do you have questions about parenting, growing up or help for your child? Start with the Youth and Family Centre (CJG) or the access team of your municipality. They listen, think along with you and help you further.",
            )}
        </p>
        <div class="waar__keuze">
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="waar-gemeente">{t.kies("Kies je gemeente", "Choose your municipality")}</label>
                <select id="waar-gemeente" class="utrecht-select"
                    on:change=move |ev| { let c = event_target_value(&ev); if !c.is_empty() { kies(c) } }
                    prop:value=move || gekozen.get().unwrap_or_default()>
                    <option value="">{t.kies("Kies…", "Choose…")}</option>
                    {publiek.regio.gemeenten.iter().map(|g| view! { <option value=g.code.clone()>{g.naam.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for="waar-zoek">{t.kies("Of typ je woonplaats", "Or type the town or village where you live")}</label>
                <input id="waar-zoek" class="utrecht-textbox" type="search" autocomplete="address-level2"
                    aria-describedby="waar-zoek-uitkomst"
                    prop:value=move || getypt.get() on:input=move |ev| getypt.set(event_target_value(&ev))/>
            </div>
        </div>
        <p id="waar-zoek-uitkomst" class="utrecht-paragraph" role="status">{move || {
            let t = getypt.get();
            if t.trim().is_empty() {
                String::new()
            } else {
                match gevonden_status().len() {
                    0 => taal.kies(
                        format!("Geen gemeente in deze regio gevonden voor \"{}\". Woon je ergens anders? Kijk dan op de website van je eigen gemeente.", t.trim()),
                        format!("No municipality in this region found for \"{}\". Do you live somewhere else? Then look at the website of your own municipality.", t.trim()),
                    ),
                    1 => taal.kies("1 gemeente gevonden.", "1 municipality found.").into(),
                    n => taal.kies(format!("{n} gemeenten gevonden."), format!("{n} municipalities found.")),
                }
            }
        }}</p>
        <ul class="waar__gevonden">
            {move || gevonden().into_iter().map(|(code, naam, kern)| {
                let kies = kies_uit_lijst.clone();
                let tekst = match kern {
                    Some(k) => taal.kies(format!("{k} (gemeente {naam})"), format!("{k} (municipality of {naam})")),
                    None => naam,
                };
                view! {
                    <li><button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| kies(code.clone())>{tekst}</button></li>
                }
            }).collect_view()}
        </ul>
        {move || onbekend().map(|c| view! {
            <p class="utrecht-paragraph" role="alert">{taal.kies(format!("De gemeente {c} hoort niet bij deze regio."), format!("The municipality {c} is not part of this region."))}</p>
        })}
        {kaart}
        <EersteStap publiek=publiek.clone()/>
    }
}

/// The access team's contact details.
#[component]
fn Toegangskaart(gemeente: String, toegang: Toegang) -> impl IntoView {
    let t = crate::taal::taal();
    let telefoon = crate::formaat::tel_link(&toegang.telefoon);
    let email = format!("mailto:{}", toegang.email);
    let soort = match (toegang.soort == "CJG", t) {
        (true, crate::taal::Taal::Nl) => "het Centrum voor Jeugd en Gezin",
        (false, crate::taal::Taal::Nl) => "het toegangsteam",
        (true, crate::taal::Taal::En) => "the Youth and Family Centre (CJG)",
        (false, crate::taal::Taal::En) => "the access team (toegangsteam)",
    };
    // Example values (`voorbeeld` in portaal.toml) keep their links but
    // carry a label in words, so nobody takes them for verified details.
    let label = |veld: &str| label_als(toegang.is_voorbeeld(veld));
    let (telefoon_label, telefoon_uitleg) = label_voor_link(toegang.is_voorbeeld("telefoon"), "voorbeeld-telefoon");
    let (email_label, email_uitleg) = label_voor_link(toegang.is_voorbeeld("email"), "voorbeeld-email");
    let (website_label, website_uitleg) = label_voor_link(toegang.is_voorbeeld("website"), "voorbeeld-website");
    view! {
        <section class="toegangskaart" aria-labelledby="toegang-kop">
            <h2 id="toegang-kop" class="utrecht-heading-2">{format!("{} {gemeente}: {}", t.kies("In", "In"), toegang.naam)}{label("naam")}</h2>
            <p class="utrecht-paragraph">{t.kies(format!("In {gemeente} ga je naar {soort}."), format!("In {gemeente} you go to {soort}."))}{label("soort")}</p>
            <dl class="toegangskaart__gegevens">
                <div><dt>{t.kies("Telefoon", "Phone")}</dt><dd><a class="utrecht-link" href=telefoon aria-describedby=telefoon_uitleg>{toegang.telefoon.clone()}</a>{telefoon_label}</dd></div>
                <div><dt>{t.kies("E-mail", "E-mail")}</dt><dd><a class="utrecht-link" href=email aria-describedby=email_uitleg>{toegang.email.clone()}</a>{email_label}</dd></div>
                <div><dt>{t.kies("Adres", "Address")}</dt><dd>{toegang.adres.clone()}{label("adres")} <br/> {toegang.postcode_plaats.clone()}{label("postcode_plaats")}</dd></div>
                <div><dt>{t.kies("Open", "Opening hours")}</dt><dd>{toegang.openingstijden.clone()}{label("openingstijden")}</dd></div>
                <div><dt>{t.kies("Website", "Website")}</dt><dd><a class="utrecht-link" href=toegang.website.clone() rel="noopener noreferrer" aria-describedby=website_uitleg>{toegang.website.clone()}</a>{website_label}</dd></div>
            </dl>
            {(!toegang.kernen.is_empty()).then(|| view! {
                <p class="utrecht-paragraph">{t.kies(format!("Voor de dorpen en kernen: {}.", toegang.kernen.join(", ")), format!("Also for the villages: {}.", toegang.kernen.join(", ")))}{label("kernen")}</p>
            })}
        </section>
    }
}

/// What happens when you call, and what to prepare.
#[component]
fn EersteStap(publiek: Publiek) -> impl IntoView {
    let t = crate::taal::taal();
    let stap = publiek.portaal.eerste_stap.clone();
    let begrippen = publiek.regio.begrippen.clone();
    view! {
        <section aria-labelledby="stap-kop">
            <h2 id="stap-kop" class="utrecht-heading-2">{stap.titel}</h2>
            <p class="utrecht-paragraph"><strong>{stap.belofte}</strong></p>
            <h3 class="utrecht-heading-3">{t.kies("Wat gebeurt er als je belt?", "What happens when you call?")}</h3>
            <ol class="utrecht-ordered-list">
                {stap.wat_gebeurt_er.into_iter().map(|s| view! { <li class="utrecht-ordered-list__item">{met_begrippen(&s, &begrippen)}</li> }).collect_view()}
            </ol>
            <h3 class="utrecht-heading-3">{t.kies("Dit kun je voorbereiden", "What you can prepare")}</h3>
            <ul class="utrecht-unordered-list">
                {stap.voorbereiden.into_iter().map(|s| view! { <li class="utrecht-unordered-list__item">{s}</li> }).collect_view()}
            </ul>
        </section>
    }
}
