//! Dashboard: KPIs per period, municipality, segment and provider.

use leptos::prelude::*;

use crate::layout::Paginakop;
use crate::pages::Gepland;

#[component]
pub fn Dashboard() -> impl IntoView {
    view! {
        <Paginakop titel="Dashboard"/>
        <Gepland
            straks="Hier zie je straks de kerncijfers van de regio: instroom, uitstroom, duur, kosten tegenover begroting, wachttijden en meer, per periode, gemeente, segment en aanbieder."
            intussen="Er worden hier geen cijfers getoond zolang er geen gegevens zijn geladen."
        />
    }
}
