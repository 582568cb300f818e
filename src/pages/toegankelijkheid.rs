//! Toegankelijkheid: the accessibility statement. The region's own words,
//! then the parts of the government's model statement it fills in (status,
//! date, audit, known problems, contact); a part left empty says it still
//! has to be completed, so a draft is never mistaken for a finished one.

use jeugdmonitor_core::content::Toegankelijkheid as Verklaring;
use leptos::prelude::*;

use crate::inhoud::MetRegio;
use crate::layout::Paginakop;
use crate::taal::Taal;

#[component]
pub fn Toegankelijkheid() -> impl IntoView {
    view! {
        <MetRegio inhoud=|regio| view! {
            <Paginakop titel=crate::taal::taal().kies("Toegankelijkheid", "Accessibility")/>
            {regio.toegankelijkheid.alineas.iter().map(|a| view! { <p class="utrecht-paragraph">{a.clone()}</p> }).collect_view()}
            <Status verklaring=regio.toegankelijkheid.clone()/>
        }/>
    }
}

/// The status letter in words, as the model statement names them.
fn status_tekst(letter: &str, t: Taal) -> String {
    let (nl, en) = match letter.trim().to_ascii_uppercase().as_str() {
        "A" => ("A: voldoet volledig aan de eisen", "A: fully meets the requirements"),
        "B" => (
            "B: voldoet gedeeltelijk aan de eisen",
            "B: partly meets the requirements",
        ),
        "C" => ("C: eerste maatregelen genomen", "C: first measures taken"),
        "D" => ("D: voldoet niet aan de eisen", "D: does not meet the requirements"),
        "E" => (
            "E: geen inzicht in de toegankelijkheid",
            "E: no insight into accessibility",
        ),
        _ => return letter.to_string(),
    };
    t.kies(nl, en).to_string()
}

#[component]
fn Status(verklaring: Verklaring) -> impl IntoView {
    let t = crate::taal::taal();
    let open = |w: Option<String>| {
        w.filter(|w| !w.trim().is_empty()).unwrap_or_else(|| {
            t.kies(
                "Nog in te vullen door de regio.",
                "Still to be completed by the region.",
            )
            .to_string()
        })
    };
    view! {
        <h2 class="utrecht-heading-2">{t.kies("De verklaring", "The statement")}</h2>
        <dl class="toegangskaart__gegevens">
            <div><dt>{t.kies("Status", "Status")}</dt><dd>{open(verklaring.status.as_deref().map(|s| status_tekst(s, t)))}</dd></div>
            <div><dt>{t.kies("Datum", "Date")}</dt><dd>{open(verklaring.datum.clone())}</dd></div>
            <div><dt>{t.kies("Onderzoek", "Audit")}</dt><dd>{open(verklaring.onderzoek.clone())}</dd></div>
            <div><dt>{t.kies("Melden", "Report a problem")}</dt><dd>{open(verklaring.contact.clone())}</dd></div>
        </dl>
        <h3 class="utrecht-heading-3">{t.kies("Bekende problemen", "Known problems")}</h3>
        {if verklaring.bekende_problemen.is_empty() {
            view! { <p class="utrecht-paragraph">{t.kies("Er zijn geen bekende problemen gemeld.", "No known problems have been reported.")}</p> }.into_any()
        } else {
            view! {
                <ul class="utrecht-unordered-list">
                    {verklaring.bekende_problemen.iter().map(|p| view! { <li class="utrecht-unordered-list__item">{p.clone()}</li> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
