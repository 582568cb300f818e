//! Component tests in a real browser (headless Chromium through
//! wasm-bindgen-test-runner): mount a component, let it render, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use jeugdmonitor_core::content::{lees_regio, StrategischDoel};
use jeugdmonitor_web::pages::home::StrategischeDoelen;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Mounts `view` in a fresh container and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), view);
    handle.forget();
    container
}

#[wasm_bindgen_test]
fn strategic_goals_render_from_the_shipped_content() {
    let regio = lees_regio("regio.toml", include_str!("../public/content/regio.toml")).expect("content parses");
    let doelen = regio.strategische_doelen.clone();
    let container = mount(move || view! { <StrategischeDoelen doelen=doelen/> });

    let kaarten = container.query_selector_all("li.doelkaart").unwrap();
    assert_eq!(kaarten.length(), 4);
    let kop = container.query_selector("h2").unwrap().unwrap().text_content().unwrap();
    assert_eq!(kop, "Onze doelen");
    for (i, doel) in regio.strategische_doelen.iter().enumerate() {
        let titel = kaarten
            .item(i as u32)
            .unwrap()
            .dyn_into::<web_sys::Element>()
            .unwrap()
            .query_selector("h3")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(titel, format!("Doel {}: {}", doel.nummer, doel.titel));
    }
}

#[wasm_bindgen_test]
fn a_goal_without_smart_goals_has_no_empty_list() {
    let doelen = vec![StrategischDoel {
        nummer: 7,
        titel: "Proef".into(),
        uitleg: "Uitleg".into(),
        smart_doelen: vec![],
    }];
    let container = mount(move || view! { <StrategischeDoelen doelen=doelen/> });
    assert_eq!(container.query_selector_all("li.doelkaart").unwrap().length(), 1);
    assert!(
        container.query_selector("ul").unwrap().is_none(),
        "no empty list for a goal without SMART goals"
    );
    assert_eq!(
        container.query_selector("h3").unwrap().unwrap().text_content().unwrap(),
        "Doel 7: Proef"
    );
}

#[wasm_bindgen_test]
fn the_sub_path_is_read_from_the_base_address() {
    use jeugdmonitor_web::site::basis_uit_adres;
    assert_eq!(basis_uit_adres("http://127.0.0.1:8080/"), "");
    assert_eq!(basis_uit_adres("https://www.gemeente.nl/jeugdhulp/"), "/jeugdhulp");
    assert_eq!(
        basis_uit_adres("https://www.gemeente.nl/jeugdhulp/index.html"),
        "/jeugdhulp"
    );
    assert_eq!(basis_uit_adres("https://www.gemeente.nl/a/b/?x=1#y"), "/a/b");
    assert_eq!(basis_uit_adres("https://www.gemeente.nl"), "");
}

#[wasm_bindgen_test]
fn site_paths_get_and_lose_the_sub_path() {
    use jeugdmonitor_web::site::{met_basis, uit_basis};
    assert_eq!(met_basis("", "/producten"), "/producten");
    assert_eq!(met_basis("/jeugdhulp", "/producten"), "/jeugdhulp/producten");
    assert_eq!(met_basis("/jeugdhulp", "/"), "/jeugdhulp/");
    assert_eq!(uit_basis("/jeugdhulp", "/jeugdhulp/dashboard"), "/dashboard");
    assert_eq!(uit_basis("/jeugdhulp", "/jeugdhulp/"), "/");
    assert_eq!(uit_basis("/jeugdhulp", "/jeugdhulp"), "/");
    // A path that only starts with the same letters is not under the sub-path.
    assert_eq!(uit_basis("/jeugdhulp", "/jeugdhulpverlening"), "/jeugdhulpverlening");
    assert_eq!(uit_basis("", "/doelen"), "/doelen");
}
