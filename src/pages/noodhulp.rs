//! The emergency numbers, on every page above the content: a family in
//! danger must never have to look for them. From `portaal.toml` when it is
//! loaded; until then (or when it is broken) the three national numbers.

use leptos::prelude::*;

use crate::inhoud::PortaalBron;

/// The national numbers, used before the content is loaded.
const LANDELIJK: [(&str, &str); 3] = [
    ("Alarmnummer 112", "112"),
    ("Veilig Thuis", "0800-2000"),
    ("De Kindertelefoon", "0800-0432"),
];

#[component]
pub fn Noodhulp() -> impl IntoView {
    let portaal = expect_context::<PortaalBron>();
    let keuze = expect_context::<crate::taal::TaalKeuze>();
    // (link text, number): the short name with the number, so each fits
    // on one line of half a phone screen (see `Noodnummer::balktekst`).
    let nummers = move || match portaal.0.get() {
        Some(Ok(p)) if !p.noodnummers.is_empty() => p
            .noodnummers
            .iter()
            .map(|n| (n.balktekst(), n.nummer.clone()))
            .collect::<Vec<_>>(),
        _ => LANDELIJK
            .iter()
            .map(|(n, t)| {
                (
                    if n.contains(t) {
                        n.to_string()
                    } else {
                        format!("{n} {t}")
                    },
                    t.to_string(),
                )
            })
            .collect(),
    };
    view! {
        <aside class="noodhulp" aria-labelledby="noodhulp-kop">
            <p id="noodhulp-kop" class="noodhulp__kop">{move || keuze.0.get().kies("Direct hulp nodig?", "Need help right now?")}</p>
            <ul class="noodhulp__lijst">
                {move || nummers().into_iter().map(|(tekst, nummer)| {
                    let href = crate::formaat::tel_link(&nummer);
                    view! { <li><a class="noodhulp__link" href=href>{tekst}</a></li> }
                }).collect_view()}
            </ul>
        </aside>
    }
}
