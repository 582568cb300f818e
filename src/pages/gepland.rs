//! An honest notice for a page whose function is not built yet: it says what
//! will come, and never shows made-up figures.

use leptos::prelude::*;

#[component]
pub fn Gepland(
    /// What the page will do, in one or two plain sentences.
    #[prop(into)]
    straks: String,
    /// Where to go meanwhile.
    #[prop(into)]
    intussen: String,
) -> impl IntoView {
    view! {
        <div class="utrecht-alert utrecht-alert--info gepland" role="note">
            <p class="utrecht-paragraph"><strong>"Deze pagina is nog in aanbouw. "</strong>{straks}</p>
            <p class="utrecht-paragraph">{intussen}</p>
        </div>
    }
}
