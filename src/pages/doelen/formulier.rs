//! The form to add or change a goal. Every field is plain text or a choice;
//! "Controleer en bewaar" builds a `Doel`, runs the core's SMART check
//! (`jeugdmonitor_core::doelen::controleer`) against the loaded data's date
//! range, and stores the goal only when nothing is missing. What is missing
//! is listed per SMART letter, in words.

use jeugdmonitor_core::date::Datum;
use jeugdmonitor_core::doelen::{
    controleer, Basislijn, Doel, Doelwaarde, HandmatigeStatus, Metric, Mijlpaal, Oordeel, Richting, DOEL_KPIS,
};
use jeugdmonitor_core::kpi::{definitie, ProcesVlag};
use leptos::prelude::*;

use crate::inhoud::RegioBron;

/// The form's fields as text, so a half-typed number is never lost.
#[derive(Clone, Copy)]
struct Velden {
    titel: RwSignal<String>,
    strategisch: RwSignal<String>,
    kpi: RwSignal<String>,
    vlag: RwSignal<String>,
    gemeente: RwSignal<String>,
    segment: RwSignal<String>,
    richting: RwSignal<String>,
    basis_periode: RwSignal<String>,
    basis_waarde: RwSignal<String>,
    doel_soort: RwSignal<String>,
    doel_getal: RwSignal<String>,
    doel_tekst: RwSignal<String>,
    deadline: RwSignal<String>,
    bron: RwSignal<String>,
    toelichting: RwSignal<String>,
    oordeel: RwSignal<String>,
    oordeel_notitie: RwSignal<String>,
    oordeel_datum: RwSignal<String>,
    /// (date, value) per milestone.
    mijlpalen: RwSignal<Vec<(String, String)>>,
}

impl Velden {
    fn van(doel: &Doel) -> Velden {
        let metric = doel.metric.as_ref();
        let eerste = |s: Option<String>| s.unwrap_or_default();
        let (doel_soort, doel_getal, doel_tekst) = match &doel.doel {
            Doelwaarde::Waarde(w) => ("waarde", getal(*w), String::new()),
            Doelwaarde::RelatieveVerandering(p) => ("relatief", getal(*p), String::new()),
            Doelwaarde::Verbetering => ("verbetering", String::new(), String::new()),
            Doelwaarde::Handmatig(t) => ("handmatig", String::new(), t.clone()),
        };
        let oordeel = doel.handmatig.as_ref();
        Velden {
            titel: RwSignal::new(doel.titel.clone()),
            strategisch: RwSignal::new(doel.strategisch_doel.to_string()),
            kpi: RwSignal::new(metric.map(|m| m.kpi.clone()).unwrap_or_default()),
            vlag: RwSignal::new(eerste(metric.and_then(|m| m.vlag).map(|v| v.naam().to_string()))),
            // Several values: the field says "zoals nu" and saving keeps them.
            gemeente: RwSignal::new(match metric.map(|m| m.scope.gemeenten.len()) {
                Some(n) if n > 1 => ZOALS_NU.to_string(),
                _ => eerste(metric.and_then(|m| m.scope.gemeenten.iter().next().cloned())),
            }),
            segment: RwSignal::new(match metric.map(|m| m.scope.segmenten.len()) {
                Some(n) if n > 1 => ZOALS_NU.to_string(),
                _ => eerste(metric.and_then(|m| m.scope.segmenten.iter().next().map(|s| s.to_string()))),
            }),
            richting: RwSignal::new(richting_naam(doel.richting).to_string()),
            basis_periode: RwSignal::new(doel.basislijn.periode.clone()),
            basis_waarde: RwSignal::new(doel.basislijn.waarde.map(getal).unwrap_or_default()),
            doel_soort: RwSignal::new(doel_soort.to_string()),
            doel_getal: RwSignal::new(doel_getal),
            doel_tekst: RwSignal::new(doel_tekst),
            deadline: RwSignal::new(doel.deadline.iso()),
            bron: RwSignal::new(doel.bron.clone()),
            toelichting: RwSignal::new(doel.toelichting.clone()),
            oordeel: RwSignal::new(eerste(oordeel.map(|o| oordeel_naam(o.status).to_string()))),
            oordeel_notitie: RwSignal::new(eerste(oordeel.map(|o| o.notitie.clone()))),
            oordeel_datum: RwSignal::new(eerste(oordeel.map(|o| o.datum.iso()))),
            mijlpalen: RwSignal::new(
                doel.mijlpalen
                    .iter()
                    .map(|m| {
                        let w = match m.doel {
                            Doelwaarde::Waarde(w) | Doelwaarde::RelatieveVerandering(w) => getal(w),
                            _ => String::new(),
                        };
                        (m.datum.iso(), w)
                    })
                    .collect(),
            ),
        }
    }

    /// The goal the fields describe, based on `origineel` (whose other scope
    /// filters are kept), or the problems per SMART letter.
    fn bouw(&self, origineel: &Doel) -> Result<Doel, Vec<(char, String)>> {
        let mut fouten = Vec::new();
        let lees_getal = |tekst: String, letter: char, wat: &str, fouten: &mut Vec<(char, String)>| -> Option<f64> {
            let t = tekst.trim().replace(',', ".");
            if t.is_empty() {
                return None;
            }
            match t.parse::<f64>() {
                Ok(g) if g.is_finite() => Some(g),
                _ => {
                    fouten.push((letter, format!("{wat} \"{tekst}\" is geen getal.")));
                    None
                }
            }
        };
        let kpi = self.kpi.get_untracked();
        // Filters the form does not show (provider, product code, …) are kept.
        let metric = (!kpi.is_empty()).then(|| {
            let mut scope = origineel.metric.as_ref().map(|m| m.scope.clone()).unwrap_or_default();
            let gemeente = self.gemeente.get_untracked();
            if gemeente != ZOALS_NU {
                scope.gemeenten = if gemeente.is_empty() {
                    Default::default()
                } else {
                    [gemeente].into()
                };
            }
            let segment = self.segment.get_untracked();
            if segment != ZOALS_NU {
                scope.segmenten = segment.parse::<u8>().ok().into_iter().collect();
            }
            // A flag belongs only to proces_pct (its field is hidden otherwise).
            let vlag = (kpi == "proces_pct")
                .then(|| {
                    ProcesVlag::ALLE
                        .into_iter()
                        .find(|v| v.naam() == self.vlag.get_untracked())
                })
                .flatten();
            Metric { vlag, kpi, scope }
        });
        let basis_waarde = lees_getal(
            self.basis_waarde.get_untracked(),
            'M',
            "De basislijnwaarde",
            &mut fouten,
        );
        let soort = self.doel_soort.get_untracked();
        let doel_getal = lees_getal(self.doel_getal.get_untracked(), 'M', "Het doel", &mut fouten);
        let doel = match soort.as_str() {
            "verbetering" => Doelwaarde::Verbetering,
            "handmatig" => Doelwaarde::Handmatig(self.doel_tekst.get_untracked().trim().to_string()),
            s => match doel_getal {
                Some(g) if s == "relatief" => Doelwaarde::RelatieveVerandering(g),
                Some(g) => Doelwaarde::Waarde(g),
                None => {
                    fouten.push(('M', "Vul de doelwaarde in (een getal).".to_string()));
                    Doelwaarde::Waarde(0.0)
                }
            },
        };
        let deadline = Datum::parse_iso(self.deadline.get_untracked().trim());
        if deadline.is_none() {
            fouten.push(('T', "Kies de datum waarop het doel gehaald moet zijn.".to_string()));
        }
        let mut mijlpalen = Vec::new();
        for (datum, waarde) in self.mijlpalen.get_untracked() {
            let Some(datum) = Datum::parse_iso(datum.trim()) else {
                fouten.push(('T', "Een mijlpaal heeft geen geldige datum.".to_string()));
                continue;
            };
            let Some(w) = lees_getal(waarde, 'M', "Een mijlpaalwaarde", &mut fouten) else {
                fouten.push(('M', format!("De mijlpaal van {} heeft geen waarde.", datum.nl())));
                continue;
            };
            let doel = match soort.as_str() {
                "relatief" => Doelwaarde::RelatieveVerandering(w),
                _ => Doelwaarde::Waarde(w),
            };
            mijlpalen.push(Mijlpaal { datum, doel });
        }
        let handmatig = match (
            oordeel_uit_naam(&self.oordeel.get_untracked()),
            Datum::parse_iso(self.oordeel_datum.get_untracked().trim()),
        ) {
            (Some(status), Some(datum)) => Some(HandmatigeStatus {
                status,
                notitie: self.oordeel_notitie.get_untracked().trim().to_string(),
                datum,
            }),
            (Some(_), None) if soort == "handmatig" => {
                fouten.push(('T', "Kies de datum van het oordeel.".to_string()));
                None
            }
            _ => None,
        };
        let doel = Doel {
            id: origineel.id.clone(),
            titel: self.titel.get_untracked().trim().to_string(),
            strategisch_doel: self
                .strategisch
                .get_untracked()
                .parse()
                .unwrap_or(origineel.strategisch_doel),
            metric,
            richting: richting_uit_naam(&self.richting.get_untracked()).unwrap_or(origineel.richting),
            basislijn: Basislijn {
                periode: self.basis_periode.get_untracked().trim().to_string(),
                waarde: basis_waarde,
            },
            doel,
            mijlpalen,
            deadline: deadline.unwrap_or(origineel.deadline),
            bron: self.bron.get_untracked().trim().to_string(),
            toelichting: self.toelichting.get_untracked().trim().to_string(),
            handmatig: if soort == "handmatig" { handmatig } else { None },
        };
        if fouten.is_empty() {
            Ok(doel)
        } else {
            Err(fouten)
        }
    }
}

/// The value of a municipality or segment field that keeps several values.
const ZOALS_NU: &str = "*";

/// A number as the form shows it: decimal comma, no trailing zeros.
fn getal(g: f64) -> String {
    let t = format!("{g}");
    t.replace('.', ",")
}

fn richting_naam(r: Richting) -> &'static str {
    match r {
        Richting::Omhoog => "omhoog",
        Richting::Omlaag => "omlaag",
        Richting::Maximaal => "maximaal",
        Richting::Minimaal => "minimaal",
    }
}

fn richting_uit_naam(naam: &str) -> Option<Richting> {
    [
        Richting::Omhoog,
        Richting::Omlaag,
        Richting::Maximaal,
        Richting::Minimaal,
    ]
    .into_iter()
    .find(|r| richting_naam(*r) == naam)
}

const OORDELEN: [Oordeel; 4] = [
    Oordeel::Behaald,
    Oordeel::OpKoers,
    Oordeel::Risico,
    Oordeel::NietBehaald,
];

fn oordeel_naam(o: Oordeel) -> &'static str {
    match o {
        Oordeel::Behaald => "behaald",
        Oordeel::OpKoers => "op_koers",
        Oordeel::Risico => "risico",
        Oordeel::NietBehaald => "niet_behaald",
    }
}

fn oordeel_label(o: Oordeel) -> &'static str {
    match o {
        Oordeel::Behaald => "Behaald",
        Oordeel::OpKoers => "Op koers",
        Oordeel::Risico => "Risico",
        Oordeel::NietBehaald => "Niet behaald",
    }
}

fn oordeel_uit_naam(naam: &str) -> Option<Oordeel> {
    OORDELEN.into_iter().find(|o| oordeel_naam(*o) == naam)
}

/// "S – Specifiek", …
fn letter_naam(letter: char) -> &'static str {
    match letter {
        'S' => "S – Specifiek",
        'M' => "M – Meetbaar",
        'A' => "A – Aanvaardbaar",
        'R' => "R – Realistisch",
        _ => "T – Tijdgebonden",
    }
}

/// The form. `bereik` is the loaded data's date range (for the realism
/// check); `opslaan` gets the checked goal; `annuleren` closes the form.
#[component]
pub fn Doelformulier(
    doel: Doel,
    /// The form's heading ("Nieuw doel", "Doel wijzigen").
    kop: &'static str,
    bereik: Option<(Datum, Datum)>,
    opslaan: Callback<Doel>,
    annuleren: Callback<()>,
) -> impl IntoView {
    let regio = expect_context::<RegioBron>();
    let v = Velden::van(&doel);
    let meldingen = RwSignal::new(Vec::<(char, String)>::new());
    let gecontroleerd = RwSignal::new(false);
    // Copy, so the field builders below can be used in every branch.
    let doel_id = StoredValue::new(doel.id.clone());
    let id = move |veld: &str| format!("df-{}-{veld}", doel_id.get_value());
    let origineel = StoredValue::new(doel.clone());
    let controleer_en_bewaar = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let uitkomst = v.bouw(&origineel.get_value());
        let lijst: Vec<(char, String)> = match &uitkomst {
            Ok(d) => controleer(d, bereik).into_iter().map(|m| (m.letter, m.tekst)).collect(),
            Err(f) => f.clone(),
        };
        gecontroleerd.set(true);
        match (uitkomst, lijst.is_empty()) {
            (Ok(d), true) => opslaan.run(d),
            _ => meldingen.set(lijst),
        }
    };
    let tekstveld = move |veld: &'static str, label: &'static str, signaal: RwSignal<String>, hint: &'static str| {
        let veld_id = id(veld);
        let hint_id = format!("{veld_id}-hint");
        view! {
            <div class="formulier__veld">
                <label class="utrecht-form-label" for=veld_id.clone()>{label}</label>
                {(!hint.is_empty()).then(|| view! { <p class="formulier__hint" id=hint_id.clone()>{hint}</p> })}
                <input id=veld_id type="text" class="utrecht-textbox"
                    aria-describedby=(!hint.is_empty()).then(|| hint_id.clone())
                    prop:value=move || signaal.get()
                    on:input=move |ev| signaal.set(event_target_value(&ev))/>
            </div>
        }
    };
    let keuze =
        move |veld: &'static str, label: &'static str, signaal: RwSignal<String>, opties: Vec<(String, String)>| {
            let veld_id = id(veld);
            view! {
                <div class="formulier__veld">
                    <label class="utrecht-form-label" for=veld_id.clone()>{label}</label>
                    <select id=veld_id class="utrecht-select" on:change=move |ev| signaal.set(event_target_value(&ev))>
                        {opties.into_iter().map(|(waarde, tekst)| {
                            let gekozen = signaal.get_untracked() == waarde;
                            view! { <option value=waarde selected=gekozen>{tekst}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
        };
    let regio_nu = regio.0.get_untracked().and_then(Result::ok);
    let strategisch: Vec<(String, String)> = regio_nu
        .as_ref()
        .map(|r| {
            r.strategische_doelen
                .iter()
                .map(|s| (s.nummer.to_string(), format!("{}. {}", s.nummer, s.titel)))
                .collect()
        })
        .unwrap_or_else(|| (1..=4).map(|n| (n.to_string(), n.to_string())).collect());
    let mut kpis = vec![(String::new(), "Niet uit de gegevens (handmatig)".to_string())];
    kpis.extend(DOEL_KPIS.iter().map(|k| {
        (
            k.to_string(),
            definitie(k).map_or(k.to_string(), |d| d.titel.to_string()),
        )
    }));
    let mut gemeenten = vec![(String::new(), "Hele regio".to_string())];
    gemeenten.extend(
        regio_nu
            .as_ref()
            .map(|r| {
                r.gemeenten
                    .iter()
                    .map(|g| (g.code.clone(), g.naam.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let scope_nu = doel.metric.as_ref().map(|m| m.scope.clone()).unwrap_or_default();
    if scope_nu.gemeenten.len() > 1 {
        let namen: Vec<String> = scope_nu
            .gemeenten
            .iter()
            .map(|g| regio_nu.as_ref().map_or(g.clone(), |r| r.gemeentenaam(g).to_string()))
            .collect();
        gemeenten.insert(1, (ZOALS_NU.to_string(), format!("Zoals nu: {}", namen.join(" of "))));
    }
    let mut segmenten = vec![(String::new(), "Alle segmenten".to_string())];
    if scope_nu.segmenten.len() > 1 {
        let nummers: Vec<String> = scope_nu.segmenten.iter().map(|s| s.to_string()).collect();
        segmenten.push((
            ZOALS_NU.to_string(),
            format!("Zoals nu: segment {}", nummers.join(" of ")),
        ));
    }
    segmenten.extend((1..=5).map(|s| (s.to_string(), format!("Segment {s}"))));
    let mut vlaggen = vec![(String::new(), "–".to_string())];
    vlaggen.extend(ProcesVlag::ALLE.map(|f| (f.naam().to_string(), f.naam().replace('_', " "))));
    let richtingen = vec![
        (
            "omhoog".to_string(),
            "Omhoog: de waarde moet stijgen tot het doel".to_string(),
        ),
        (
            "omlaag".to_string(),
            "Omlaag: de waarde moet dalen tot het doel".to_string(),
        ),
        (
            "minimaal".to_string(),
            "Minimaal: de waarde blijft op of boven het doel".to_string(),
        ),
        (
            "maximaal".to_string(),
            "Maximaal: de waarde blijft op of onder het doel".to_string(),
        ),
    ];
    let soorten = vec![
        ("waarde".to_string(), "Een waarde (bijvoorbeeld 95)".to_string()),
        (
            "relatief".to_string(),
            "Een verandering in procenten ten opzichte van de basislijn (bijvoorbeeld -25)".to_string(),
        ),
        (
            "verbetering".to_string(),
            "Elke verbetering ten opzichte van de basislijn".to_string(),
        ),
        (
            "handmatig".to_string(),
            "Een beschrijving: een mens beoordeelt het doel".to_string(),
        ),
    ];
    let mut oordelen = vec![(String::new(), "Nog niet beoordeeld".to_string())];
    oordelen.extend(OORDELEN.map(|o| (oordeel_naam(o).to_string(), oordeel_label(o).to_string())));
    let is_handmatig = move || v.doel_soort.get() == "handmatig";
    let met_getal = move || matches!(v.doel_soort.get().as_str(), "waarde" | "relatief");
    // Focus moves to the form when it opens, so keyboard and screen-reader
    // users land where the work is.
    let kop_ref = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(kop) = kop_ref.get() {
            let _ = kop.focus();
        }
    });
    let meldingen_id = id("meldingen");
    let kop_id = id("kop");
    let kop_verwijzing = kop_id.clone();
    let deadline_id = id("deadline");
    let oordeel_datum_id = id("oordeel-datum");
    let oordeel_notitie_id = id("oordeel-notitie");
    let toelichting_id = id("toelichting");
    let doel_tekst_id = id("doel-tekst");
    view! {
        <form class="doelformulier" aria-labelledby=kop_verwijzing on:submit=controleer_en_bewaar novalidate=true>
            <h3 class="utrecht-heading-3" id=kop_id tabindex="-1" node_ref=kop_ref>{kop}</h3>
            {tekstveld("titel", "Titel", v.titel, "In één zin wat je wilt bereiken.")}
            {keuze("strategisch", "Hoort bij strategisch doel", v.strategisch, strategisch)}
            {keuze("kpi", "Gemeten met", v.kpi, kpis)}
            <Show when=move || v.kpi.get() == "proces_pct">
                {keuze("vlag", "Welke afspraak", v.vlag, vlaggen.clone())}
            </Show>
            {keuze("gemeente", "Gemeente", v.gemeente, gemeenten)}
            {keuze("segment", "Segment", v.segment, segmenten)}
            {keuze("richting", "Richting", v.richting, richtingen)}
            {tekstveld("basis-periode", "Basislijn: periode", v.basis_periode, "Bijvoorbeeld 2022, 2022-H2, 2023-Q1 of 2023-05.")}
            {tekstveld("basis-waarde", "Basislijn: waarde (leeg = uit de gegevens)", v.basis_waarde, "")}
            {keuze("doel-soort", "Soort doel", v.doel_soort, soorten)}
            <Show when=met_getal>
                {tekstveld("doel-getal", "Doelwaarde", v.doel_getal, "Een getal; een komma mag.")}
            </Show>
            <Show when=is_handmatig>
                <div class="formulier__veld">
                    <label class="utrecht-form-label" for=doel_tekst_id.clone()>"Wanneer is het doel gehaald?"</label>
                    <textarea id=doel_tekst_id.clone() class="utrecht-textarea" prop:value=move || v.doel_tekst.get()
                        on:input=move |ev| v.doel_tekst.set(event_target_value(&ev))></textarea>
                </div>
            </Show>
            <div class="formulier__veld">
                <label class="utrecht-form-label" for=deadline_id.clone()>"Gehaald uiterlijk op"</label>
                <input id=deadline_id type="date" class="utrecht-textbox" prop:value=move || v.deadline.get()
                    on:input=move |ev| v.deadline.set(event_target_value(&ev))/>
            </div>
            <fieldset class="formulier__groep">
                <legend>"Mijlpalen (tussendoelen)"</legend>
                {move || {
                    let rijen = v.mijlpalen.get();
                    rijen.into_iter().enumerate().map(|(i, (datum, waarde))| {
                        let datum_id = format!("{}-mijlpaal-{i}-datum", kop_id_basis(&origineel.get_value().id));
                        let waarde_id = format!("{}-mijlpaal-{i}-waarde", kop_id_basis(&origineel.get_value().id));
                        view! {
                            <div class="formulier__rij">
                                <div class="formulier__veld">
                                    <label class="utrecht-form-label" for=datum_id.clone()>{format!("Mijlpaal {}: datum", i + 1)}</label>
                                    <input id=datum_id type="date" class="utrecht-textbox" prop:value=datum
                                        on:change=move |ev| v.mijlpalen.update_untracked(|m| if let Some(r) = m.get_mut(i) { r.0 = event_target_value(&ev) })/>
                                </div>
                                <div class="formulier__veld">
                                    <label class="utrecht-form-label" for=waarde_id.clone()>{format!("Mijlpaal {}: waarde", i + 1)}</label>
                                    <input id=waarde_id type="text" class="utrecht-textbox" prop:value=waarde
                                        on:change=move |ev| v.mijlpalen.update_untracked(|m| if let Some(r) = m.get_mut(i) { r.1 = event_target_value(&ev) })/>
                                </div>
                                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                                    on:click=move |_| v.mijlpalen.update(|m| { if i < m.len() { m.remove(i); } })>
                                    {format!("Verwijder mijlpaal {}", i + 1)}
                                </button>
                            </div>
                        }
                    }).collect_view()
                }}
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    on:click=move |_| v.mijlpalen.update(|m| m.push((String::new(), String::new())))>
                    "Mijlpaal toevoegen"
                </button>
            </fieldset>
            {tekstveld("bron", "Bron (document en hoofdstuk)", v.bron, "")}
            <div class="formulier__veld">
                <label class="utrecht-form-label" for=toelichting_id.clone()>"Toelichting"</label>
                <textarea id=toelichting_id class="utrecht-textarea" prop:value=move || v.toelichting.get()
                    on:input=move |ev| v.toelichting.set(event_target_value(&ev))></textarea>
            </div>
            <Show when=is_handmatig>
                <fieldset class="formulier__groep">
                    <legend>"Oordeel (handmatig doel)"</legend>
                    {keuze("oordeel", "Status", v.oordeel, oordelen.clone())}
                    <div class="formulier__veld">
                        <label class="utrecht-form-label" for=oordeel_notitie_id.clone()>"Notitie bij het oordeel"</label>
                        <textarea id=oordeel_notitie_id.clone() class="utrecht-textarea" prop:value=move || v.oordeel_notitie.get()
                            on:input=move |ev| v.oordeel_notitie.set(event_target_value(&ev))></textarea>
                    </div>
                    <div class="formulier__veld">
                        <label class="utrecht-form-label" for=oordeel_datum_id.clone()>"Datum van het oordeel"</label>
                        <input id=oordeel_datum_id.clone() type="date" class="utrecht-textbox" prop:value=move || v.oordeel_datum.get()
                            on:input=move |ev| v.oordeel_datum.set(event_target_value(&ev))/>
                    </div>
                </fieldset>
            </Show>
            <div id=meldingen_id class="smartmeldingen" role="status" aria-live="polite">
                {move || {
                    let lijst = meldingen.get();
                    (gecontroleerd.get() && !lijst.is_empty()).then(|| view! {
                        <p class="utrecht-paragraph"><strong>"Het doel is nog niet SMART. Dit ontbreekt:"</strong></p>
                        <ul class="utrecht-unordered-list">
                            {lijst.into_iter().map(|(letter, tekst)| view! {
                                <li class="utrecht-unordered-list__item"><strong>{letter_naam(letter)}": "</strong>{tekst}</li>
                            }).collect_view()}
                        </ul>
                    })
                }}
            </div>
            <div class="knoppenrij">
                <button type="submit" class="utrecht-button utrecht-button--primary-action">"Controleer en bewaar"</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" on:click=move |_| annuleren.run(())>
                    "Annuleren"
                </button>
            </div>
        </form>
    }
}

fn kop_id_basis(id: &str) -> String {
    format!("df-{id}")
}
