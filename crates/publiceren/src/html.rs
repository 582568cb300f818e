//! Edits to the `index.html` that trunk wrote: its inline start-up script
//! moves into a file, and the head gets the policy, the manifest and the
//! service-worker mark. Running the step twice gives the same page.

/// Marks around the block this step adds to `<head>`, so a second run
/// replaces it instead of adding another.
const BLOK_BEGIN: &str = "<!-- publiceren: begin -->";
const BLOK_EIND: &str = "<!-- publiceren: eind -->";

/// trunk's inline module script, which imports the wasm-bindgen glue and
/// starts the app.
const TRUNK_START: &str = "<script type=\"module\">";

/// The start-up script taken out of the page.
#[derive(Debug, PartialEq)]
pub struct Startscript {
    pub bestandsnaam: String,
    pub inhoud: String,
}

/// The site's base path from `<base href="…">` (trunk's public URL), with
/// a final slash; `/` when the page has none.
pub fn basis(html: &str) -> String {
    let pad = attribuut_van(html, "<base ", "href").unwrap_or_else(|| "/".to_string());
    if pad.ends_with('/') {
        pad
    } else {
        format!("{pad}/")
    }
}

/// Moves trunk's inline start-up script into a file named after its
/// content, and loads that file instead. `None` when the page has no such
/// script (already done).
pub fn start_naar_bestand(html: &str, basis: &str) -> Option<(String, Startscript)> {
    let begin = html.find(TRUNK_START)?;
    let inhoud_begin = begin + TRUNK_START.len();
    let inhoud_eind = inhoud_begin + html[inhoud_begin..].find("</script>")?;
    let eind = inhoud_eind + "</script>".len();
    let inhoud = html[inhoud_begin..inhoud_eind].trim().to_string() + "\n";
    let bestandsnaam = format!("start-{:016x}.js", crate::versie::fnv1a(inhoud.as_bytes()));
    let tag = format!("<script type=\"module\" src=\"{basis}{bestandsnaam}\"></script>");
    let nieuw = format!("{}{tag}{}", &html[..begin], &html[eind..]);
    Some((nieuw, Startscript { bestandsnaam, inhoud }))
}

/// Every `<script>` without a `src`: the policy would block each one, so
/// the step refuses a page that still has one.
pub fn inline_scripts(html: &str) -> Vec<String> {
    let mut gevonden = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<script") {
        let tag_eind = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
        let tag = &rest[i..tag_eind];
        if !tag.contains(" src=") {
            gevonden.push(tag.to_string());
        }
        rest = &rest[tag_eind..];
    }
    gevonden
}

/// Puts `blok` into `<head>` right after `<meta charset>` (the policy must
/// come before anything it governs), replacing an earlier block.
pub fn zet_kopblok(html: &str, blok: &str) -> Result<String, String> {
    let zonder = match (html.find(BLOK_BEGIN), html.find(BLOK_EIND)) {
        (Some(b), Some(e)) if e > b => {
            // With the line break and indent this step put before it.
            let voor = html[..b].trim_end_matches([' ', '\n']);
            format!("{voor}{}", &html[e + BLOK_EIND.len()..])
        }
        _ => html.to_string(),
    };
    let charset = zonder
        .find("<meta charset")
        .ok_or("index.html heeft geen <meta charset>; daarna hoort het beveiligingsbeleid")?;
    let na_charset = charset
        + zonder[charset..]
            .find('>')
            .ok_or("index.html: <meta charset> is niet afgesloten")?
        + 1;
    Ok(format!(
        "{}\n  {BLOK_BEGIN}\n{blok}  {BLOK_EIND}{}",
        &zonder[..na_charset],
        &zonder[na_charset..]
    ))
}

/// The value of `naam="…"` in the first tag that starts with `tag_begin`.
fn attribuut_van(html: &str, tag_begin: &str, naam: &str) -> Option<String> {
    let begin = html.find(tag_begin)?;
    let tag = &html[begin..begin + html[begin..].find('>')?];
    let sleutel = format!("{naam}=\"");
    let waarde_begin = tag.find(&sleutel)? + sleutel.len();
    let lengte = tag[waarde_begin..].find('"')?;
    Some(tag[waarde_begin..waarde_begin + lengte].to_string())
}

/// Escapes text for an HTML attribute value.
pub fn attribuut(tekst: &str) -> String {
    tekst
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
