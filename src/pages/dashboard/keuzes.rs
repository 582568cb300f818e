//! The choice panel: window, peildatum, municipality, segment and the
//! suppression threshold. Every change becomes a new URL, so the view can
//! be bookmarked, shared and undone with Back.

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::kpi::{Venster, Venstersoort};
use jeugdmonitor_core::weergave::{Weergave, MAANDEN};
use leptos::prelude::*;

use super::weergave::navigator;
use crate::gegevens::Gegevens;
use crate::inhoud::RegioBron;

#[component]
pub fn Keuzepaneel(keuze: Memo<Weergave>) -> impl IntoView {
    let opslag = expect_context::<Gegevens>();
    let regio = expect_context::<RegioBron>();
    let ga = navigator();
    // From the index: walking every trajectory here took a quarter of a
    // second at national scale.
    let jaren = Memo::new(move |_| opslag.samenvoeging.with(|s| s.index.jaren()));
    let gemeenten = Memo::new(move |_| {
        let namen = regio.0.get().and_then(Result::ok);
        opslag.samenvoeging.with(|s| {
            let mut lijst: Vec<(String, String)> = s
                .index
                .gemeenten()
                .iter()
                .cloned()
                .map(|c| {
                    let naam = namen.as_ref().map_or(c.clone(), |r| r.gemeentenaam(&c).to_string());
                    (c, naam)
                })
                .collect();
            lijst.sort_by(|a, b| a.1.cmp(&b.1));
            lijst
        })
    });

    let wijzig = {
        let ga = ga.clone();
        move |aanpassing: &dyn Fn(&mut Weergave)| {
            let mut w = keuze.get_untracked();
            aanpassing(&mut w);
            ga(&w);
        }
    };

    let soort_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            let jaar = keuze.get_untracked().venster.tot.jaar();
            let nieuw = match event_target_value(&ev).as_str() {
                "halfjaar" => Venster::halfjaar(jaar, 1),
                "kwartaal" => Venster::kwartaal(jaar, 1),
                "maand" => Venster::maand(jaar, 1),
                "aangepast" => Venster::aangepast(
                    Datum::from_ymd(jaar, 1, 1).unwrap_or(keuze.get_untracked().venster.van),
                    keuze.get_untracked().venster.tot,
                ),
                _ => Venster::jaar(jaar),
            };
            if let Ok(v) = nieuw {
                wijzig(&|w| w.venster = v);
            }
        }
    };
    let jaar_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            let Ok(jaar) = event_target_value(&ev).parse::<i32>() else {
                return;
            };
            let v = keuze.get_untracked().venster;
            let deel = deel_van(&v);
            if let Ok(nieuw) = venster_voor(v.soort, jaar, deel) {
                wijzig(&|w| w.venster = nieuw);
            }
        }
    };
    let deel_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            let Ok(deel) = event_target_value(&ev).parse::<u32>() else {
                return;
            };
            let v = keuze.get_untracked().venster;
            if let Ok(nieuw) = venster_voor(v.soort, v.tot.jaar(), deel) {
                wijzig(&|w| w.venster = nieuw);
            }
        }
    };
    let datum_gekozen = {
        let wijzig = wijzig.clone();
        move |welke: &'static str| {
            let wijzig = wijzig.clone();
            move |ev| {
                let tekst = event_target_value(&ev);
                let datum = Datum::parse_iso(&tekst);
                wijzig(&|w| match welke {
                    "van" => {
                        if let Some(Ok(v)) = datum.map(|d| Venster::aangepast(d, w.venster.tot)) {
                            w.venster = v;
                        }
                    }
                    "tot" => {
                        if let Some(Ok(v)) = datum.map(|d| Venster::aangepast(w.venster.van, d)) {
                            w.venster = v;
                        }
                    }
                    _ => w.peildatum = datum,
                });
            }
        }
    };
    let van_gekozen = datum_gekozen("van");
    let tot_gekozen = datum_gekozen("tot");
    let peildatum_gekozen = datum_gekozen("peildatum");
    let gemeente_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            let code = event_target_value(&ev);
            wijzig(&|w| {
                w.scope.gemeenten.clear();
                if !code.is_empty() {
                    w.scope.gemeenten.insert(code.clone());
                }
            });
        }
    };
    let segment_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            let segment = event_target_value(&ev).parse::<u8>().ok();
            wijzig(&|w| {
                w.scope.segmenten.clear();
                w.scope.segmenten.extend(segment);
            });
        }
    };
    let k_gekozen = {
        let wijzig = wijzig.clone();
        move |ev| {
            if let Ok(k) = event_target_value(&ev).parse::<u8>() {
                wijzig(&|w| w.k = k);
            }
        }
    };

    let soort = move || keuze.get().venster.soort;
    view! {
        <form class="keuzepaneel" aria-label="Keuzes voor het dashboard" on:submit=|ev| ev.prevent_default()>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-soort">"Soort periode"</label>
                <select id="k-soort" class="utrecht-select" on:change=soort_gekozen prop:value=move || soort_tekst(soort())>
                    <option value="jaar">"Jaar"</option>
                    <option value="halfjaar">"Halfjaar"</option>
                    <option value="kwartaal">"Kwartaal"</option>
                    <option value="maand">"Maand"</option>
                    <option value="aangepast">"Zelf kiezen"</option>
                </select>
            </div>
            <Show when=move || soort() != Venstersoort::Aangepast>
                <div class="keuzepaneel__groep">
                    <label class="utrecht-form-label" for="k-jaar">"Jaar"</label>
                    <select id="k-jaar" class="utrecht-select" on:change=jaar_gekozen.clone()
                        prop:value=move || keuze.get().venster.tot.jaar().to_string()>
                        {move || jaren.get().into_iter().map(|j| view! { <option value=j.to_string()>{j}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || matches!(soort(), Venstersoort::Halfjaar | Venstersoort::Kwartaal | Venstersoort::Maand)>
                <div class="keuzepaneel__groep">
                    <label class="utrecht-form-label" for="k-deel">{move || deel_label(soort())}</label>
                    <select id="k-deel" class="utrecht-select" on:change=deel_gekozen.clone()
                        prop:value=move || deel_van(&keuze.get().venster).to_string()>
                        {move || delen(soort()).into_iter().map(|(n, t)| view! { <option value=n.to_string()>{t}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || soort() == Venstersoort::Aangepast>
                <div class="keuzepaneel__groep">
                    <label class="utrecht-form-label" for="k-van">"Van"</label>
                    <input id="k-van" type="date" class="utrecht-textbox" on:change=van_gekozen.clone()
                        prop:value=move || keuze.get().venster.van.iso()/>
                </div>
                <div class="keuzepaneel__groep">
                    <label class="utrecht-form-label" for="k-tot">"Tot en met"</label>
                    <input id="k-tot" type="date" class="utrecht-textbox" on:change=tot_gekozen.clone()
                        prop:value=move || keuze.get().venster.tot.iso()/>
                </div>
            </Show>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-peildatum">"Peildatum"<span class="visueel-verborgen">" (leeg: einde periode)"</span></label>
                <input id="k-peildatum" type="date" class="utrecht-textbox" on:change=peildatum_gekozen
                    prop:value=move || keuze.get().peildatum.map(|d| d.iso()).unwrap_or_default()/>
            </div>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-gemeente">"Gemeente"</label>
                <select id="k-gemeente" class="utrecht-select" on:change=gemeente_gekozen
                    prop:value=move || keuze.get().scope.gemeenten.iter().next().cloned().unwrap_or_default()>
                    <option value="">"Alle gemeenten"</option>
                    {move || gemeenten.get().into_iter().map(|(c, n)| view! { <option value=c>{n}</option> }).collect_view()}
                </select>
            </div>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-segment">"Segment"</label>
                <select id="k-segment" class="utrecht-select" on:change=segment_gekozen
                    prop:value=move || keuze.get().scope.segmenten.iter().next().map(|s| s.to_string()).unwrap_or_default()>
                    <option value="">"Alle segmenten"</option>
                    {(1..=5).map(|s| view! { <option value=s.to_string()>{format!("Segment {s}")}</option> }).collect_view()}
                </select>
            </div>
            <div class="keuzepaneel__groep">
                <label class="utrecht-form-label" for="k-k">"Kleine aantallen verbergen"</label>
                <select id="k-k" class="utrecht-select" on:change=k_gekozen prop:value=move || keuze.get().k.to_string()>
                    <option value="1">"Niet verbergen (k = 1)"</option>
                    {(2..=20).map(|k| view! { <option value=k.to_string()>{format!("Onder {k} verbergen")}</option> }).collect_view()}
                </select>
            </div>
        </form>
    }
}

fn soort_tekst(s: Venstersoort) -> &'static str {
    match s {
        Venstersoort::Jaar => "jaar",
        Venstersoort::Halfjaar => "halfjaar",
        Venstersoort::Kwartaal => "kwartaal",
        Venstersoort::Maand => "maand",
        Venstersoort::Aangepast => "aangepast",
    }
}

fn deel_label(s: Venstersoort) -> &'static str {
    match s {
        Venstersoort::Halfjaar => "Halfjaar",
        Venstersoort::Kwartaal => "Kwartaal",
        _ => "Maand",
    }
}

/// The options of the second select for a window kind: number and label.
fn delen(s: Venstersoort) -> Vec<(u32, String)> {
    match s {
        Venstersoort::Halfjaar => vec![(1, "1e halfjaar".into()), (2, "2e halfjaar".into())],
        Venstersoort::Kwartaal => (1..=4).map(|q| (q, format!("{q}e kwartaal"))).collect(),
        Venstersoort::Maand => (1..=12).map(|m| (m, MAANDEN[m as usize - 1].to_string())).collect(),
        _ => Vec::new(),
    }
}

/// Which half-year, quarter or month a window is (1-based); 1 otherwise.
fn deel_van(v: &Venster) -> u32 {
    let maand = v.van.maand();
    match v.soort {
        Venstersoort::Halfjaar => (maand - 1) / 6 + 1,
        Venstersoort::Kwartaal => (maand - 1) / 3 + 1,
        Venstersoort::Maand => maand,
        _ => 1,
    }
}

fn venster_voor(soort: Venstersoort, jaar: i32, deel: u32) -> Result<Venster, String> {
    match soort {
        Venstersoort::Halfjaar => Venster::halfjaar(jaar, deel),
        Venstersoort::Kwartaal => Venster::kwartaal(jaar, deel),
        Venstersoort::Maand => Venster::maand(jaar, deel),
        _ => Venster::jaar(jaar),
    }
}
