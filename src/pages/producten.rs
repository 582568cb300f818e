//! Welke hulp is er: the product book by segment, searchable without regard
//! to case or accents and on parts of words, with filters (segment, who can
//! refer, JeugdzorgPlus), and a keuzehulp of a few plain questions that
//! points to segments and products and always ends at the access team.

use jeugdmonitor_core::content::CatalogusProduct;
use jeugdmonitor_core::portaal::{zoek_producten, Productfilter};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::inhoud::{MetPubliek, Publiek};
use crate::layout::Paginakop;
use crate::pages::begrippen::met_begrippen;
use crate::voorbeeld::{label_als, Voorbeeldlabel};

/// The referrers a product text may name, in the order of the filter.
const VERWIJZERS: [&str; 6] = [
    "toegangsteam",
    "huisarts",
    "jeugdarts",
    "medisch specialist",
    "gecertificeerde instelling",
    "rechter",
];

#[component]
pub fn Producten() -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <Paginakop titel=t.kies("Welke hulp is er?", "What help is there?")/>
        <MetPubliek inhoud=move |p| view! {
            <p class="utrecht-paragraph utrecht-paragraph--lead">
                {t.kies(
                    "Hier staat alle jeugdhulp die de gemeenten in de regio inkopen. Zoek op een woord, of beantwoord de vragen van de keuzehulp. Welke hulp echt past, bespreek je altijd met het CJG of het toegangsteam van je gemeente.",
                    "Here is all the youth care the municipalities of the region buy. Search for a word, or answer the questions of the choice guide. Which help really fits, you always discuss with the Youth and Family Centre (CJG) or the access team of your municipality.",
                )}
            </p>
            <Keuzehulp publiek=p.clone()/>
            <Productenboek publiek=p/>
        }/>
    }
}

#[component]
fn Productenboek(publiek: Publiek) -> impl IntoView {
    let t = crate::taal::taal();
    let zoektekst = RwSignal::new(String::new());
    let segment = RwSignal::new(None::<u8>);
    let verwijzer = RwSignal::new(None::<String>);
    let alleen_plus = RwSignal::new(false);
    let p = publiek.clone();
    let gevonden = Memo::new(move |_| {
        let filter = Productfilter {
            segment: segment.get(),
            verwijzer: verwijzer.get(),
            jeugdzorgplus: alleen_plus.get().then_some(true),
        };
        zoek_producten(&p.catalogus, &p.portaal, &zoektekst.get(), &filter)
            .into_iter()
            .cloned()
            .collect::<Vec<_>>()
    });
    let segmenten = publiek.portaal.segmenten.clone();
    let p2 = publiek.clone();
    view! {
        <section aria-labelledby="boek-kop">
            <h2 id="boek-kop" class="utrecht-heading-2">{t.kies("Productenboek", "Product book")}</h2>
            {publiek.catalogus.is_voorbeeld().then(|| view! {
                <p class="utrecht-paragraph">
                    {t.kies(
                        "Dit productenboek is verzonnen voor de voorbeeldwebsite. De echte hulp in de regio kan anders zijn.",
                        "This product book is made up for the example website. The real help in the region may be different.",
                    )}
                    <Voorbeeldlabel/>
                </p>
            })}
            <div class="productfilters">
                <div class="formulier__veld">
                    <label class="utrecht-form-label" for="p-zoek">{t.kies("Zoek", "Search")}</label>
                    <input id="p-zoek" class="utrecht-textbox" type="search" aria-describedby="p-uitkomst"
                        prop:value=move || zoektekst.get() on:input=move |ev| zoektekst.set(event_target_value(&ev))/>
                </div>
                <div class="formulier__veld">
                    <label class="utrecht-form-label" for="p-segment">{t.kies("Soort hulp (segment)", "Kind of help (segment)")}</label>
                    <select id="p-segment" class="utrecht-select" on:change=move |ev| segment.set(event_target_value(&ev).parse().ok())>
                        <option value="">{t.kies("Alle segmenten", "All segments")}</option>
                        {segmenten.iter().map(|s| view! { <option value=s.nummer.to_string()>{format!("{}. {}", s.nummer, s.naam)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="formulier__veld">
                    <label class="utrecht-form-label" for="p-verwijzer">{t.kies("Wie kan je doorverwijzen?", "Who can refer you?")}</label>
                    <select id="p-verwijzer" class="utrecht-select"
                        on:change=move |ev| verwijzer.set(Some(event_target_value(&ev)).filter(|v| !v.is_empty()))>
                        <option value="">{t.kies("Maakt niet uit", "Any")}</option>
                        {VERWIJZERS.iter().map(|v| view! { <option value=*v>{verwijzer_naam(v, t)}</option> }).collect_view()}
                    </select>
                </div>
                <div class="formulier__vinkje">
                    <input id="p-plus" type="checkbox" on:change=move |ev| alleen_plus.set(event_target_checked(&ev))/>
                    <label for="p-plus">{t.kies("Alleen JeugdzorgPlus (gesloten jeugdzorg)", "Only JeugdzorgPlus (closed youth care)")}</label>
                </div>
            </div>
            <p id="p-uitkomst" class="utrecht-paragraph" role="status">{move || match gevonden.with(Vec::len) {
                0 => t.kies("Geen hulp gevonden. Probeer een ander woord, of vraag het CJG of het toegangsteam.", "No help found. Try another word, or ask the CJG or the access team.").to_string(),
                1 => t.kies("1 soort hulp gevonden.", "1 kind of help found.").to_string(),
                n => t.kies(format!("{n} soorten hulp gevonden."), format!("{n} kinds of help found.")),
            }}</p>
            {move || {
                let lijst = gevonden.get();
                let mut groepen: Vec<(Option<u8>, Vec<CatalogusProduct>)> = Vec::new();
                for p in lijst {
                    match groepen.last_mut() {
                        Some((s, g)) if *s == p.segment => g.push(p),
                        _ => groepen.push((p.segment, vec![p])),
                    }
                }
                groepen.into_iter().map(|(s, producten)| {
                    let kop = match s.and_then(|n| p2.portaal.segment(n)) {
                        Some(seg) => format!("Segment {}: {}", seg.nummer, seg.naam),
                        None => t.kies("Jeugdbescherming en jeugdreclassering", "Child protection and juvenile probation").to_string(),
                    };
                    let uitleg = s.and_then(|n| p2.portaal.segment(n)).map(|seg| seg.uitleg.clone());
                    view! {
                        <section class="productgroep">
                            <h3 class="utrecht-heading-3">{kop}</h3>
                            {uitleg.map(|u| view! { <p class="utrecht-paragraph">{met_begrippen(&u, &p2.regio.begrippen)}</p> })}
                            <ul class="productlijst">
                                {producten.into_iter().map(|p| view! { <Productkaart product=p publiek=p2.clone()/> }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()
            }}
        </section>
    }
}

#[component]
fn Productkaart(product: CatalogusProduct, publiek: Publiek) -> impl IntoView {
    let taal = crate::taal::taal();
    let tekst = publiek.portaal.producttekst(&product.code).cloned();
    // Each provider's name, and whether it is an invented one (`voorbeeld`).
    let aanbieders: Vec<(String, bool)> = publiek
        .portaal
        .aanbieders
        .iter()
        .filter(|a| a.producten.iter().any(|c| c.eq_ignore_ascii_case(&product.code)))
        .map(|a| (a.naam.clone(), a.is_voorbeeld("naam")))
        .collect();
    let wachttijd = crate::site::pad(&format!("/wachttijden?product={}", product.code));
    view! {
        <li class="productkaart" id=format!("product-{}", product.code)>
            <h4 class="utrecht-heading-4">{product.naam.clone()}</h4>
            {tekst.as_ref().map(|t| view! { <p class="utrecht-paragraph">{met_begrippen(&t.omschrijving, &publiek.regio.begrippen)}</p> })}
            <dl class="productkaart__gegevens">
                {tekst.as_ref().filter(|t| !t.wie_verwijst.is_empty()).map(|t| view! {
                    <div><dt>{taal.kies("Wie kan verwijzen", "Who can refer")}</dt><dd>{t.wie_verwijst.iter().map(|v| verwijzer_naam(v, taal)).collect::<Vec<_>>().join(", ")}</dd></div>
                })}
                {(!aanbieders.is_empty()).then(|| view! { <div><dt>{taal.kies("Aanbieders", "Providers")}</dt><dd>{aanbieders.into_iter().enumerate().map(|(i, (naam, voorbeeld))| view! {
                    {(i > 0).then_some(", ")}{naam}{label_als(voorbeeld)}
                }).collect_view()}</dd></div> })}
                {product.jeugdzorgplus.then(|| view! { <div><dt>{taal.kies("Let op", "Please note")}</dt><dd>{taal.kies("Dit is JeugdzorgPlus: gesloten jeugdzorg. Daar is altijd een rechter bij nodig.", "This is JeugdzorgPlus: closed youth care. A judge must always agree to it.")}</dd></div> })}
                <div><dt>{taal.kies("Productcode", "Product code")}</dt><dd>{product.code.clone()}</dd></div>
            </dl>
            <p class="utrecht-paragraph"><A href=wachttijd attr:class="utrecht-link">{taal.kies(format!("Wachttijden voor {}", product.naam.to_lowercase()), format!("Waiting times for {}", product.naam.to_lowercase()))}</A></p>
        </li>
    }
}

/// A referrer as the product texts write it, in the reader's language.
fn verwijzer_naam(v: &str, taal: crate::taal::Taal) -> String {
    let en = match v {
        "toegangsteam" => "access team",
        "huisarts" => "GP",
        "jeugdarts" => "youth doctor",
        "medisch specialist" => "medical specialist",
        "gecertificeerde instelling" => "certified institution (GI)",
        "rechter" => "judge",
        ander => ander,
    };
    taal.kies(v, en).to_string()
}

/// A few plain questions, one at a time; the outcome names segments and
/// their products and always ends at the access team.
#[component]
fn Keuzehulp(publiek: Publiek) -> impl IntoView {
    let t = crate::taal::taal();
    let gekozen = RwSignal::new(Vec::<usize>::new());
    // The answer ticked on the current question; "Volgende vraag" takes it.
    // (Moving on at the tick itself would make arrow keys skip questions.)
    let aangevinkt = RwSignal::new(None::<usize>);
    // After each step focus goes to the new question (or the outcome), not
    // back to the top of the page: the button that had it is gone.
    Effect::new(move |vorige: Option<usize>| {
        let stap = gekozen.with(Vec::len);
        if vorige.is_some_and(|v| v != stap) {
            request_animation_frame(|| {
                crate::browser::focus_op_id("keuzehulp-stap");
                crate::browser::focus_op_id("keuzehulp-nood");
            });
        }
        stap
    });
    let vragen = publiek.portaal.keuzehulp.clone();
    let aantal = vragen.len();
    let p = publiek.clone();
    let uitkomst = Memo::new(move |_| p.portaal.keuzehulp_uitkomst(&gekozen.get()));
    let intro = publiek.portaal.keuzehulp_tekst.as_ref().map(|t| t.intro.clone());
    let slot = publiek.portaal.keuzehulp_tekst.as_ref().map_or_else(
        || {
            t.kies(
                "Bel het CJG of het toegangsteam van je gemeente. Samen kijken jullie welke hulp past.",
                "Call the CJG or the access team of your municipality. Together you look at which help fits.",
            )
            .to_string()
        },
        |t| t.slot.clone(),
    );
    let p2 = publiek.clone();
    view! {
        <section class="keuzehulp" aria-labelledby="keuze-kop">
            <h2 id="keuze-kop" class="utrecht-heading-2">{t.kies("Keuzehulp: welke hulp past misschien?", "Choice guide: which help might fit?")}</h2>
            {intro.map(|t| view! { <p class="utrecht-paragraph">{t}</p> })}
            {move || {
                let stap = gekozen.with(Vec::len);
                let nood = uitkomst.with(|u| u.nood);
                if nood {
                    return view! {
                        {noodblok(&p2.portaal.noodnummers)}
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| { gekozen.set(Vec::new()); aangevinkt.set(None); }>{t.kies("Opnieuw beginnen", "Start again")}</button>
                    }.into_any();
                }
                if stap < aantal {
                    let vraag = vragen[stap].clone();
                    let naam = format!("keuze-{stap}");
                    // Ticking a danger answer shows the emergency numbers at
                    // once, without redrawing the question (focus stays).
                    let antwoorden = vraag.antwoorden.clone();
                    let nummers = p2.portaal.noodnummers.clone();
                    let alarm = move || aangevinkt.get().and_then(|i| antwoorden.get(i)).is_some_and(|a| a.nood);
                    view! {
                        <fieldset class="formulier__groep keuzehulp__vraag">
                            <legend id="keuzehulp-stap" tabindex="-1">{t.kies(format!("Vraag {} van {aantal}: {}", stap + 1, vraag.vraag), format!("Question {} of {aantal}: {}", stap + 1, vraag.vraag))}</legend>
                            {vraag.antwoorden.iter().enumerate().map(|(i, a)| {
                                let id = format!("{naam}-{i}");
                                view! {
                                    <div class="formulier__keuze">
                                        <input type="radio" name=naam.clone() id=id.clone() value=i.to_string()
                                            prop:checked=move || aangevinkt.get() == Some(i)
                                            on:change=move |_| aangevinkt.set(Some(i))/>
                                        <label for=id>{a.tekst.clone()}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        {move || alarm().then(|| noodblok(&nummers))}
                        <div class="knoppenrij">
                            <button type="button" class="utrecht-button utrecht-button--primary-action"
                                aria-disabled=move || aangevinkt.get().is_none().to_string()
                                on:click=move |_| if let Some(i) = aangevinkt.get_untracked() {
                                    gekozen.update(|g| g.push(i));
                                    aangevinkt.set(None);
                                }>
                                {if stap + 1 < aantal { t.kies("Volgende vraag", "Next question") } else { t.kies("Bekijk wat past", "See what fits") }}
                            </button>
                            {(stap > 0).then(|| view! {
                                <button type="button" class="utrecht-button utrecht-button--subtle"
                                    on:click=move |_| { gekozen.update(|g| { g.pop(); }); aangevinkt.set(None); }>{t.kies("Vorige vraag", "Previous question")}</button>
                            })}
                        </div>
                    }.into_any()
                } else {
                    let segmenten = uitkomst.get().segmenten;
                    view! { <Uitkomst segmenten=segmenten publiek=p2.clone() afsluiting=slot.clone()/>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| { gekozen.set(Vec::new()); aangevinkt.set(None); }>{t.kies("Opnieuw beginnen", "Start again")}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// The emergency numbers with when to call them, as an alert.
fn noodblok(nummers: &[jeugdmonitor_core::portaal::Noodnummer]) -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <div class="utrecht-alert utrecht-alert--error keuzehulp__nood" role="alert" id="keuzehulp-nood" tabindex="-1">
            <p class="utrecht-paragraph"><strong>{t.kies("Is er nu gevaar? Wacht dan niet.", "Is there danger right now? Do not wait.")}</strong></p>
            <ul class="utrecht-unordered-list">
                {(!nummers.iter().any(|n| !n.nummer.is_empty())).then(|| view! {
                    <li class="utrecht-unordered-list__item"><a class="utrecht-link" href="tel:112">"112"</a>" — "{t.kies("bij direct gevaar", "in immediate danger")}</li>
                })}
                {nummers.iter().map(|n| {
                    let href = crate::formaat::tel_link(&n.nummer);
                    view! { <li class="utrecht-unordered-list__item"><a class="utrecht-link" href=href>{format!("{}: {}", n.naam, n.nummer)}</a>" — "{n.wanneer.clone()}</li> }
                }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn Uitkomst(segmenten: Vec<u8>, publiek: Publiek, afsluiting: String) -> impl IntoView {
    let t = crate::taal::taal();
    view! {
        <div class="keuzehulp__uitkomst" role="status">
            <h3 class="utrecht-heading-3" id="keuzehulp-stap" tabindex="-1">{t.kies("Deze hulp past misschien", "This help might fit")}</h3>
            <ul class="utrecht-unordered-list">
                {segmenten.iter().filter_map(|&s| publiek.portaal.segment(s)).map(|seg| {
                    let producten: Vec<String> = publiek.catalogus.producten().into_iter()
                        .filter(|p| p.segment == Some(seg.nummer)).map(|p| p.naam.clone()).collect();
                    view! {
                        <li class="utrecht-unordered-list__item">
                            <strong>{format!("Segment {}: {}", seg.nummer, seg.naam)}</strong>". "{seg.uitleg.clone()}
                            {(!producten.is_empty()).then(|| view! { <br/>{t.kies(format!("Bijvoorbeeld: {}.", producten.join(", ")), format!("For example: {}.", producten.join(", ")))}})}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="utrecht-paragraph"><strong>{afsluiting}</strong></p>
            <p class="utrecht-paragraph"><A href=crate::site::pad("/waar-kan-ik-terecht") attr:class="utrecht-link">{t.kies("Zoek het CJG of toegangsteam in je gemeente", "Find the CJG or access team in your municipality")}</A></p>
        </div>
    }
}
