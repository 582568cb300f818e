//! The KPI registry: title, unit and "Hoe berekend?" text per KPI id, for
//! the CLI and the UI. The texts say the same as the doc comments of the
//! KPI functions; `every_kpi_has_a_definition` keeps the list complete.

use serde::Serialize;

use crate::model::Bestandssoort::{self, *};

/// The unit a KPI is expressed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Eenheid {
    Jeugdigen,
    Trajecten,
    Dagen,
    Procent,
    Euro,
    PerDuizend,
    Weken,
    Aanbieders,
    Wachtenden,
    Score,
    Datum,
}

/// One KPI as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct KpiDefinitie {
    pub id: &'static str,
    pub titel: &'static str,
    pub eenheid: Eenheid,
    /// "Hoe berekend?" in plain Dutch.
    pub uitleg: &'static str,
    /// The file kinds without which the KPI shows "geen gegevens".
    pub nodig: &'static [Bestandssoort],
}

const fn def(
    id: &'static str,
    titel: &'static str,
    eenheid: Eenheid,
    nodig: &'static [Bestandssoort],
    uitleg: &'static str,
) -> KpiDefinitie {
    KpiDefinitie {
        id,
        titel,
        eenheid,
        uitleg,
        nodig,
    }
}

/// Every KPI of spec section 4, in the order of the JSON output.
pub const DEFINITIES: &[KpiDefinitie] = &[
    def("jeugdigen", "Jeugdigen in zorg", Eenheid::Jeugdigen, &[Trajecten],
        "Aantal verschillende jeugdigen met minstens één traject dat (deels) in de periode valt."),
    def("trajecten_lopend", "Lopende trajecten", Eenheid::Trajecten, &[Trajecten],
        "Aantal trajecten dat loopt op de peildatum: begonnen op of vóór die dag en niet eerder geëindigd."),
    def("jeugdigen_lopend", "Jeugdigen met lopend traject", Eenheid::Jeugdigen, &[Trajecten],
        "Aantal verschillende jeugdigen met minstens één traject dat loopt op de peildatum."),
    def("instroom_trajecten", "Gestarte trajecten", Eenheid::Trajecten, &[Trajecten],
        "Aantal trajecten met een begindatum in de periode."),
    def("instroom_jeugdigen", "Instroom jeugdigen", Eenheid::Jeugdigen, &[Trajecten],
        "Aantal verschillende jeugdigen met minstens één traject dat begint in de periode."),
    def("nieuwe_jeugdigen", "Nieuwe jeugdigen", Eenheid::Jeugdigen, &[Trajecten],
        "Jeugdigen van wie het allereerste traject in het hele bestand (ook buiten de selectie) begint in de periode."),
    def("herinstroom_jeugdigen", "Herinstroom", Eenheid::Jeugdigen, &[Trajecten],
        "Jeugdigen met een traject dat begint in de periode, die al eerder een traject hadden, maar bij wie in de 365 dagen vóór die start geen traject liep."),
    def("uitstroom_trajecten", "Beëindigde trajecten", Eenheid::Trajecten, &[Trajecten],
        "Aantal trajecten met een einddatum in de periode."),
    def("uitstroom_jeugdigen", "Uitstroom jeugdigen", Eenheid::Jeugdigen, &[Trajecten],
        "Jeugdigen met een traject dat eindigt in de periode en zonder traject dat loopt op de dag na de periode."),
    def("duur_gemiddeld", "Gemiddelde duur", Eenheid::Dagen, &[Trajecten],
        "Gemiddelde duur van de trajecten die eindigen in de periode: einddatum min begindatum plus 1 dag."),
    def("duur_mediaan", "Mediane duur", Eenheid::Dagen, &[Trajecten],
        "Middelste duur van de trajecten die eindigen in de periode (bij een even aantal het gemiddelde van de twee middelste)."),
    def("volgens_plan_pct", "Beëindigd volgens plan", Eenheid::Procent, &[Trajecten],
        "Van de trajecten die eindigen in de periode en een reden van beëindiging hebben: het percentage met reden 31 (volgens plan)."),
    def("stapeling", "Stapeling", Eenheid::Jeugdigen, &[Trajecten],
        "Jeugdigen met twee of meer trajecten die tegelijk lopen op de peildatum."),
    def("vervolg", "Vervolg na einde", Eenheid::Trajecten, &[Trajecten],
        "Voor elk traject dat eindigt in de periode het eerste dat geldt: binnen 180 dagen begint een nieuw traject in hetzelfde segment; of in een ander segment; of een ander traject loopt door op de dag na het einde; of geen vervolg."),
    def("volgnummer", "Hoeveelste traject", Eenheid::Trajecten, &[Trajecten],
        "Voor de trajecten die beginnen in de periode: het hoeveelste traject van de jeugdige het is, over al zijn trajecten op volgorde van begindatum. Aantallen voor 1, 2 en 3 of meer."),
    def("kosten", "Kosten", Eenheid::Euro, &[Declaraties],
        "Som van de declaraties over de maanden in de periode. Declaraties die bij geen traject horen tellen alleen mee zonder selectie."),
    def("kosten_per_jeugdige", "Kosten per jeugdige", Eenheid::Euro, &[Declaraties, Trajecten],
        "Declaraties in de periode die bij een traject in de selectie horen, gedeeld door het aantal jeugdigen met zulke declaraties."),
    def("top10_aandeel_pct", "Aandeel top 10", Eenheid::Procent, &[Declaraties, Trajecten],
        "Deel van de kosten in de periode dat is betaald voor de 10 jeugdigen met de hoogste kosten."),
    def("jeugdigen_boven_50k", "Jeugdigen boven € 50.000", Eenheid::Jeugdigen, &[Declaraties, Trajecten],
        "Jeugdigen van wie de kosten in de periode hoger zijn dan € 50.000 (vooral zinvol voor een heel jaar)."),
    def("begroting", "Begroting", Eenheid::Euro, &[Begroting],
        "De begroting voor het jaar waarin de periode eindigt, voor de gekozen gemeenten en segmenten."),
    def("realisatie_pct", "Realisatie", Eenheid::Procent, &[Declaraties, Begroting],
        "Kosten in de periode als percentage van de begroting."),
    def("prognose", "Prognose jaarkosten", Eenheid::Euro, &[Declaraties],
        "De declaraties over het jaar tot nu toe, gedeeld door het nummer van de laatste maand met declaraties, maal 12."),
    def("per_1000_jongeren", "Per 1000 jongeren", Eenheid::PerDuizend, &[Trajecten, Bevolking],
        "Jeugdigen in zorg per 1000 inwoners van 0 tot en met 17 jaar in de gekozen gemeenten."),
    def("jeugdigen_18plus", "Jeugdigen van 18+", Eenheid::Jeugdigen, &[Trajecten],
        "Jeugdigen met een traject in de periode die in het jaar van de laatste dag van dat traject in de periode 18 of ouder worden."),
    def("jeugdzorgplus_pct", "JeugdzorgPlus", Eenheid::Procent, &[Trajecten],
        "Percentage van de jeugdigen in zorg met een traject in de periode voor een JeugdzorgPlus-product (volgens de productcatalogus)."),
    def("wachttijd_gemiddeld", "Gemiddelde wachttijd", Eenheid::Weken, &[Wachttijden],
        "Gemiddelde wachttijd per product op de laatste peildatum in de periode: over alle aanbieders, en over aanbieders met een wachttijd."),
    def("wacht_peildatum", "Peildatum wachttijden", Eenheid::Datum, &[Wachttijden],
        "De laatste peildatum van de wachttijden op of vóór het einde van de periode."),
    def("boven_treeknorm", "Boven de Treeknorm", Eenheid::Aanbieders, &[Wachttijden],
        "Aantal aanbieders met op die peildatum een wachttijd boven de Treeknorm (standaard 14 weken)."),
    def("wachtenden", "Wachtenden", Eenheid::Wachtenden, &[Wachttijden],
        "Som van het aantal wachtenden op die peildatum."),
    def("contact_binnen_3_werkdagen_pct", "Contact binnen 3 werkdagen", Eenheid::Procent, &[Aanmeldingen],
        "Van de aanmeldingen in de periode: het percentage met een eerste contact binnen 3 werkdagen (maandag tot en met vrijdag, zonder feestdagen)."),
    def("proces_pct", "Procesafspraken", Eenheid::Procent, &[Trajecten],
        "Per vlag (verklarende analyse, familiegroepsplan, perspectiefplan): van de jeugdigen met een traject in de periode bij wie de vlag bekend is, het percentage met 'ja' op minstens één traject."),
    def("tevredenheid_gemiddeld", "Tevredenheid", Eenheid::Score, &[Tevredenheid],
        "Gemiddelde score (1–10) van de tevredenheidsmetingen in de periode."),
];

/// The definition of a KPI id, if there is one.
pub fn definitie(id: &str) -> Option<&'static KpiDefinitie> {
    DEFINITIES.iter().find(|d| d.id == id)
}
