//! "Meer filters": several referrers, product categories, products and providers at
//! once (checkboxes) and an age range, each change a new URL like every
//! other choice. Values within one filter mean "or", filters together
//! "and" (spec section 4); the lists show only values that occur in the data.

use std::collections::BTreeSet;

use jeugdmonitor_core::kpi::{Dimensie, Leeftijd};
use jeugdmonitor_core::weergave::Weergave;
use leptos::prelude::*;

use super::uitsplitsing::groepsnaam;
use super::weergave::navigator;
use crate::gegevens::Gegevens;

#[component]
pub fn MeerFilters(keuze: Memo<Weergave>) -> impl IntoView {
    let aantal = move || {
        let s = keuze.get().scope;
        s.verwijzers.len()
            + s.productcategorieen.len()
            + s.productcodes.len()
            + s.aanbieders.len()
            + usize::from(s.leeftijd.is_some())
    };
    // The lists are drawn only while the panel is open: a national data set
    // has hundreds of providers, and drawing them with every view cost a
    // long task.
    let open = RwSignal::new(false);
    let bij_toggle = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let is_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        open.set(is_open);
    };
    view! {
        <details class="filters" on:toggle=bij_toggle>
            <summary>{move || match aantal() {
                0 => "Meer filters: verwijzer, product, aanbieder, leeftijd".to_string(),
                n => format!("Meer filters ({n} gekozen)"),
            }}</summary>
            <Show when=move || open.get()>
                <Lijsten keuze=keuze/>
            </Show>
        </details>
    }
}

/// The checkbox lists and the age range.
#[component]
fn Lijsten(keuze: Memo<Weergave>) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let ga = navigator();
    // Values in the data, plus chosen ones that are not (from a shared
    // link), so every choice can be undone.
    let met_gekozen = |mut lijst: Vec<u8>, gekozen: &BTreeSet<u8>| {
        lijst.extend(gekozen.iter().copied());
        lijst.sort_unstable();
        lijst.dedup();
        lijst
    };
    let verwijzers = Memo::new(move |_| {
        let gekozen = keuze.with(|k| k.scope.verwijzers.clone());
        met_gekozen(opslag.samenvoeging.with(|s| s.index.verwijzers()), &gekozen)
    });
    let categorieen = Memo::new(move |_| {
        let gekozen = keuze.with(|k| k.scope.productcategorieen.clone());
        met_gekozen(opslag.samenvoeging.with(|s| s.index.productcategorieen()), &gekozen)
    });
    // Providers as the filter compares them: trimmed, case ignored.
    let aanbieders = Memo::new(move |_| {
        opslag.samenvoeging.with(|s| {
            let mut gezien = BTreeSet::new();
            let mut lijst: Vec<String> = s
                .index
                .aanbieders()
                .iter()
                .map(|a| a.trim().to_string())
                .filter(|a| gezien.insert(a.to_ascii_lowercase()))
                .collect();
            for a in keuze.with(|k| k.scope.aanbieders.clone()) {
                if gezien.insert(a.trim().to_ascii_lowercase()) {
                    lijst.push(a.trim().to_string());
                }
            }
            lijst.sort_by_key(|a| a.to_lowercase());
            lijst
        })
    });
    // Products by code with the catalogue's name, sorted by code.
    let producten = Memo::new(move |_| {
        opslag.samenvoeging.with(|s| {
            let mut codes: BTreeSet<String> = s.index.productcodes().iter().cloned().collect();
            codes.extend(keuze.with(|k| k.scope.productcodes.clone()));
            codes
                .into_iter()
                .map(|c| {
                    let naam = s
                        .catalogus
                        .product(&c)
                        .map_or_else(|| c.clone(), |p| format!("{c} {}", p.naam));
                    (c, naam)
                })
                .collect::<Vec<_>>()
        })
    });
    let wissel_product = {
        let ga = ga.clone();
        move |code: String, aan: bool| {
            let mut w = keuze.get_untracked();
            if aan {
                w.scope.productcodes.insert(code);
            } else {
                w.scope.productcodes.remove(&code);
            }
            ga(&w);
        }
    };
    let wissel_getal = {
        let ga = ga.clone();
        move |welke: Dimensie, waarde: u8, aan: bool| {
            let mut w = keuze.get_untracked();
            let set = match welke {
                Dimensie::Verwijzer => &mut w.scope.verwijzers,
                _ => &mut w.scope.productcategorieen,
            };
            if aan {
                set.insert(waarde);
            } else {
                set.remove(&waarde);
            }
            ga(&w);
        }
    };
    let wissel_aanbieder = {
        let ga = ga.clone();
        move |naam: String, aan: bool| {
            let mut w = keuze.get_untracked();
            w.scope.aanbieders.retain(|a| !a.trim().eq_ignore_ascii_case(&naam));
            if aan {
                w.scope.aanbieders.insert(naam);
            }
            ga(&w);
        }
    };
    let leeftijd_van = RwSignal::new(String::new());
    let leeftijd_tot = RwSignal::new(String::new());
    let leeftijd_fout = RwSignal::new(None::<String>);
    // Only a change of the age filter itself resets the fields, so typed
    // ages survive ticking a checkbox.
    let leeftijd = Memo::new(move |_| keuze.get().scope.leeftijd);
    Effect::new(move |_| {
        let l = leeftijd.get();
        leeftijd_van.set(l.map(|l| l.min.to_string()).unwrap_or_default());
        leeftijd_tot.set(l.map(|l| l.max.to_string()).unwrap_or_default());
    });
    let pas_leeftijd_toe = {
        let ga = ga.clone();
        move |_| {
            let (van, tot) = (leeftijd_van.get_untracked(), leeftijd_tot.get_untracked());
            let mut w = keuze.get_untracked();
            if van.trim().is_empty() && tot.trim().is_empty() {
                w.scope.leeftijd = None;
            } else {
                match (van.trim().parse::<u32>(), tot.trim().parse::<u32>()) {
                    (Ok(min), Ok(max)) if min <= max && max <= 120 => w.scope.leeftijd = Some(Leeftijd { min, max }),
                    _ => {
                        leeftijd_fout.set(Some(
                            "Vul twee hele leeftijden in, de eerste niet hoger dan de tweede.".into(),
                        ));
                        return;
                    }
                }
            }
            leeftijd_fout.set(None);
            ga(&w);
        }
    };
    let vinkjes = move |welke: Dimensie, titel: &'static str, waarden: Memo<Vec<u8>>| {
        let wissel = wissel_getal.clone();
        view! {
            <fieldset class="formulier__groep filters__groep">
                <legend>{titel}</legend>
                {move || {
                    let wissel = wissel.clone();
                    waarden.get().into_iter().map(|v| {
                        let id = format!("f-{}-{v}", welke.naam());
                        let wissel = wissel.clone();
                        let aan = move || {
                            let s = keuze.get().scope;
                            match welke {
                                Dimensie::Verwijzer => s.verwijzers.contains(&v),
                                _ => s.productcategorieen.contains(&v),
                            }
                        };
                        view! {
                            <div class="formulier__vinkje">
                                <input type="checkbox" id=id.clone() prop:checked=aan
                                    on:change=move |ev| wissel(welke, v, event_target_checked(&ev))/>
                                <label for=id>{groepsnaam(welke, &v.to_string())}</label>
                            </div>
                        }
                    }).collect_view()
                }}
            </fieldset>
        }
    };
    view! {
            <div class="filters__inhoud">
                {vinkjes(Dimensie::Verwijzer, "Verwijzer", verwijzers)}
                {vinkjes(Dimensie::Productcategorie, "Productcategorie", categorieen)}
                <fieldset class="formulier__groep filters__groep filters__aanbieders">
                    <legend>"Product"</legend>
                    {move || {
                        let wissel = wissel_product.clone();
                        producten.get().into_iter().map(|(code, naam)| {
                            let id = format!("f-product-{code}");
                            let wissel = wissel.clone();
                            let gezocht = code.clone();
                            let aan = move || keuze.get().scope.productcodes.contains(&gezocht);
                            view! {
                                <div class="formulier__vinkje">
                                    <input type="checkbox" id=id.clone() prop:checked=aan
                                        on:change=move |ev| wissel(code.clone(), event_target_checked(&ev))/>
                                    <label for=id>{naam}</label>
                                </div>
                            }
                        }).collect_view()
                    }}
                </fieldset>
                <fieldset class="formulier__groep filters__groep filters__aanbieders">
                    <legend>"Aanbieder"</legend>
                    {move || {
                        let wissel = wissel_aanbieder.clone();
                        aanbieders.get().into_iter().enumerate().map(|(i, naam)| {
                            let id = format!("f-aanbieder-{i}");
                            let wissel = wissel.clone();
                            let gezocht = naam.clone();
                            let aan = move || keuze.get().scope.aanbieders.iter().any(|a| a.trim().eq_ignore_ascii_case(&gezocht));
                            let voor_wissel = naam.clone();
                            view! {
                                <div class="formulier__vinkje">
                                    <input type="checkbox" id=id.clone() prop:checked=aan
                                        on:change=move |ev| wissel(voor_wissel.clone(), event_target_checked(&ev))/>
                                    <label for=id>{naam}</label>
                                </div>
                            }
                        }).collect_view()
                    }}
                </fieldset>
                <fieldset class="formulier__groep filters__groep">
                    <legend>"Leeftijd (in het jaar waarin de periode eindigt)"</legend>
                    <div class="formulier__rij">
                        <div class="formulier__veld">
                            <label class="utrecht-form-label" for="f-leeftijd-van">"Van (jaar)"</label>
                            <input id="f-leeftijd-van" type="number" min="0" max="120" inputmode="numeric" class="utrecht-textbox"
                                prop:value=move || leeftijd_van.get() on:input=move |ev| leeftijd_van.set(event_target_value(&ev))/>
                        </div>
                        <div class="formulier__veld">
                            <label class="utrecht-form-label" for="f-leeftijd-tot">"Tot en met (jaar)"</label>
                            <input id="f-leeftijd-tot" type="number" min="0" max="120" inputmode="numeric" class="utrecht-textbox"
                                prop:value=move || leeftijd_tot.get() on:input=move |ev| leeftijd_tot.set(event_target_value(&ev))/>
                        </div>
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=pas_leeftijd_toe>
                            "Leeftijd toepassen"
                        </button>
                    </div>
                    <p class="utrecht-paragraph" role="status">{move || leeftijd_fout.get()}</p>
                </fieldset>
            </div>
    }
}
