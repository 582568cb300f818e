//! One bar chart for the dashboard: horizontal bars across the full content
//! width, a value axis with a scale and its name, a direct label at every
//! bar, an optional reference line (the regional value) and an optional
//! mark per bar (a norm), and the same figures as a table below. Each bar is
//! focusable and says its value; bars above their mark are hatched, so
//! "above" reads without colour, in forced colours and in black-and-white
//! print. Drawn with presentation attributes, so the downloaded SVG looks
//! the same. Meant to replace the separate charts one by one.

use leptos::prelude::*;

use crate::formaat;

const BREEDTE: f64 = 960.0;
const LABEL: f64 = 300.0;
const RECHTS: f64 = 150.0;
const RIJ: f64 = 30.0;
const BOVEN: f64 = 28.0;
const ONDER: f64 = 44.0;

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Staaf {
    pub label: String,
    /// `None`: hidden (small numbers) or no value; no bar is drawn.
    pub waarde: Option<f64>,
    /// The value as the table says it (`<5`, `–`, `12,3 weken`).
    pub tekst: String,
    /// A mark on this bar's row (a norm), with its value in words.
    pub markering: Option<f64>,
}

/// A bar chart with its table.
#[derive(Clone, Debug, PartialEq)]
pub struct Grafiek {
    /// The `<svg>`'s id (for the download button).
    pub id: &'static str,
    pub titel: String,
    /// The name of the value axis, with its unit.
    pub as_naam: String,
    /// The first column's header in the table.
    pub label_kop: String,
    pub staven: Vec<Staaf>,
    /// A reference line across all bars (value, name), such as the region.
    pub referentie: Option<(f64, String)>,
    /// The name of the per-bar mark, for the legend and the table.
    pub markering_naam: Option<String>,
    /// `false` when the caller shows the same figures in a richer table.
    pub met_tabel: bool,
}

/// Rounds the axis' top up to 1, 2, 2.5 or 5 times a power of ten.
pub fn mooi_maximum(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    let macht = 10f64.powf(x.log10().floor());
    [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|f| f * macht)
        .find(|m| *m >= x)
        .unwrap_or(10.0 * macht)
}

#[component]
pub fn Staafgrafiek(grafiek: Grafiek) -> impl IntoView {
    let Grafiek {
        id,
        titel,
        as_naam,
        label_kop,
        staven,
        referentie,
        markering_naam,
        met_tabel,
    } = grafiek;
    let hoogste = staven
        .iter()
        .flat_map(|s| [s.waarde, s.markering])
        .flatten()
        .chain(referentie.as_ref().map(|r| r.0))
        .fold(0.0_f64, f64::max);
    let top = mooi_maximum(hoogste);
    let ruimte = BREEDTE - LABEL - RECHTS;
    let x = move |w: f64| LABEL + w.max(0.0) / top * ruimte;
    let hoogte = BOVEN + RIJ * staven.len() as f64 + ONDER;
    let onder = BOVEN + RIJ * staven.len() as f64;
    let titel_id = format!("{id}-titel");
    let desc_id = format!("{id}-omschrijving");
    let patroon_id = format!("{id}-arcering");
    let omschrijving = {
        let mut delen: Vec<String> = staven.iter().map(|s| format!("{}: {}", s.label, s.tekst)).collect();
        if let Some((w, naam)) = &referentie {
            delen.push(format!("{naam}: {}", formaat::kort(*w)));
        }
        delen.join("; ")
    };
    let schaal = (0..=4)
        .map(|i| {
            let w = top * f64::from(i) / 4.0;
            let xp = format!("{:.1}", x(w));
            view! {
                <line x1=xp.clone() x2=xp.clone() y1=BOVEN - 4.0 y2=onder stroke="currentColor" stroke-opacity="0.25" stroke-width="1"/>
                <text x=xp y=onder + 16.0 text-anchor="middle" font-size="13" fill="currentColor">{formaat::kort(w)}</text>
            }
        })
        .collect_view();
    let balken = staven
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = BOVEN + RIJ * i as f64;
            let midden = y + RIJ / 2.0 + 4.5;
            let eind = s.waarde.map_or(LABEL, x);
            let boven = matches!((s.waarde, s.markering), (Some(w), Some(m)) if w > m);
            let vulling = if boven { format!("url(#{patroon_id})") } else { "currentColor".to_string() };
            let woorden = format!(
                "{}: {}{}",
                s.label,
                s.tekst,
                if boven { format!(", boven de {}", markering_naam.clone().unwrap_or_default()) } else { String::new() }
            );
            view! {
                <g class="staafgrafiek__staaf" tabindex="0" role="img" aria-label=woorden>
                    <text x=LABEL - 8.0 y=format!("{midden:.1}") text-anchor="end" font-size="13" fill="currentColor">{s.label.clone()}</text>
                    {s.waarde.map(|_| view! {
                        <rect x=LABEL y=format!("{:.1}", y + 5.0) width=format!("{:.1}", (eind - LABEL).max(1.0)) height=format!("{:.1}", RIJ - 10.0)
                            fill=vulling.clone() stroke="currentColor" stroke-width="1.5"/>
                    })}
                    {s.markering.map(|m| {
                        let xm = format!("{:.1}", x(m));
                        view! { <line x1=xm.clone() x2=xm y1=format!("{:.1}", y + 1.0) y2=format!("{:.1}", y + RIJ - 1.0) stroke="currentColor" stroke-width="3" stroke-dasharray="4 2"/> }
                    })}
                    <text x=format!("{:.1}", eind.max(s.markering.map_or(0.0, x)) + 8.0) y=format!("{midden:.1}") font-size="13" fill="currentColor">{s.tekst.clone()}</text>
                </g>
            }
        })
        .collect_view();
    let referentielijn = referentie.clone().map(|(w, naam)| {
        let xr = format!("{:.1}", x(w));
        view! {
            <line x1=xr.clone() x2=xr.clone() y1=BOVEN - 6.0 y2=onder stroke="currentColor" stroke-width="2" stroke-dasharray="8 4"/>
            <text x=xr y=BOVEN - 10.0 text-anchor="middle" font-size="13" font-weight="bold" fill="currentColor">{format!("{naam}: {}", formaat::kort(w))}</text>
        }
    });
    let tabel_titel = titel.clone();
    let verwijzing = format!("{titel_id} {desc_id}");
    view! {
        <figure class="staafgrafiek">
            <svg id=id class="staafgrafiek__svg" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {BREEDTE} {hoogte}")
                role="group" aria-labelledby=verwijzing font-family="sans-serif">
                <title id=titel_id>{titel.clone()}</title>
                <desc id=desc_id>{omschrijving}</desc>
                <defs>
                    <pattern id=patroon_id.clone() width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="white"/>
                        <line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="3"/>
                    </pattern>
                </defs>
                {schaal}
                <line x1=LABEL x2=LABEL y1=BOVEN - 4.0 y2=onder stroke="currentColor" stroke-width="1.5"/>
                {balken}
                {referentielijn}
                <text x=LABEL + ruimte / 2.0 y=hoogte - 6.0 text-anchor="middle" font-size="13" fill="currentColor">{as_naam}</text>
            </svg>
            {markering_naam.clone().map(|naam| view! {
                <figcaption class="staafgrafiek__legenda">{format!(
                    "Gestreepte verticale streep per rij: de {naam}. Een gearceerde balk ligt boven de {naam}, een dichte balk niet."
                )}</figcaption>
            })}
        </figure>
        {met_tabel.then(|| view! {
        <div class="tabelrol" tabindex="0" role="region" aria-label=format!("{tabel_titel} als tabel")>
            <table class="utrecht-table staafgrafiek__tabel">
                <caption class="utrecht-table__caption">{format!("{tabel_titel} (dezelfde cijfers als de grafiek)")}</caption>
                <thead class="utrecht-table__header"><tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="col">{label_kop}</th>
                    <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">"Waarde"</th>
                    {markering_naam.clone().map(|n| view! { <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">{formaat_kop(&n)}</th> })}
                </tr></thead>
                <tbody class="utrecht-table__body">
                    {staven.into_iter().map(|s| view! {
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="row">{s.label}</th>
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{s.tekst}</td>
                            {markering_naam.is_some().then(|| view! {
                                <td class="utrecht-table__cell utrecht-table__cell--numeric">{s.markering.map(formaat::kort).unwrap_or_else(|| "–".into())}</td>
                            })}
                        </tr>
                    }).collect_view()}
                    {referentie.map(|(w, naam)| view! {
                        <tr class="utrecht-table__row">
                            <th class="utrecht-table__header-cell" scope="row">{naam}</th>
                            <td class="utrecht-table__cell utrecht-table__cell--numeric">{formaat::kort(w)}</td>
                        </tr>
                    })}
                </tbody>
            </table>
        </div>
        })}
    }
}

/// "treeknorm" → "Treeknorm" for a column header.
fn formaat_kop(naam: &str) -> String {
    let mut tekens = naam.chars();
    tekens
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + tekens.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::mooi_maximum;

    #[test]
    fn the_axis_ends_at_a_round_number() {
        assert_eq!(mooi_maximum(0.0), 1.0);
        assert_eq!(mooi_maximum(7.3), 10.0);
        assert_eq!(mooi_maximum(18.0), 20.0);
        assert_eq!(mooi_maximum(42.0), 50.0);
        assert_eq!(mooi_maximum(230.0), 250.0);
    }
}
