//! The view's choices in the URL query: read on every navigation, written by
//! the choice panel. Parsing and defaults are `jeugdmonitor_core::weergave`.

use jeugdmonitor_core::weergave::Weergave;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::gegevens::Gegevens;

/// The current view (from the URL, with defaults from the data) and the
/// parts of the URL that could not be used.
pub fn uit_url(opslag: Gegevens) -> (Memo<Weergave>, Memo<Vec<String>>) {
    let locatie = use_location();
    let gelezen = Memo::new(move |_| {
        let standaard = Weergave::standaard(laatste_jaar(opslag));
        let (w, p) = Weergave::uit_query(query_paren(&locatie.search.get()), standaard);
        (w, p)
    });
    (Memo::new(move |_| gelezen.get().0), Memo::new(move |_| gelezen.get().1))
}

/// The dashboard's address (from the site's root) for a view: the query
/// pairs of `jeugdmonitor_core::weergave`, encoded.
pub fn adres(weergave: &Weergave) -> String {
    let query: Vec<String> = weergave
        .naar_query()
        .iter()
        .map(|(k, v)| {
            format!(
                "{}={}",
                js_sys::encode_uri_component(k),
                js_sys::encode_uri_component(v)
            )
        })
        .collect();
    format!("/dashboard?{}", query.join("&"))
}

/// Returns a function that goes to the dashboard with given choices (a new
/// history entry, so Back works). Call in a component body.
pub fn navigator() -> impl Fn(&Weergave) + Clone + 'static {
    let navigeer = use_navigate();
    move |weergave: &Weergave| {
        navigeer(
            &adres(weergave),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    }
}

/// The year of the latest trajectory start: the natural first view.
fn laatste_jaar(opslag: Gegevens) -> i32 {
    opslag
        .samenvoeging
        .with(|s| s.index.jaren().first().copied().unwrap_or(2025))
}

fn query_paren(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decodeer(k), decodeer(v))
        })
        .collect()
}

fn decodeer(t: &str) -> String {
    let t = t.replace('+', " ");
    js_sys::decode_uri_component(&t)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or(t)
}
