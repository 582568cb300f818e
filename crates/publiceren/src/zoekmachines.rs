//! `robots.txt` and `sitemap.xml`, so search engines, where most parents
//! start, find every public page, in Dutch and in English.
//!
//! A sitemap needs absolute addresses, so it needs the public address of
//! the site (`website` in `regio.toml`). Without it the step writes a
//! `robots.txt` without a `Sitemap` line and no sitemap, and says so.

use jeugdmonitor_core::paginas::{oorsprong, PUBLIEKE_PAGINAS};

pub const ROBOTS: &str = "robots.txt";
pub const SITEMAP: &str = "sitemap.xml";

/// Where the site lives, as far as the content and the build know it.
#[derive(Debug)]
pub struct Site<'a> {
    /// `website` from `regio.toml`, if the region gave it.
    pub website: Option<&'a str>,
    /// The build's base path with slashes (`/` or `/jeugdhulp/`).
    pub basis: &'a str,
    /// Whether the region publishes English content.
    pub engels: bool,
}

impl Site<'_> {
    /// The site's home address (`https://www.gemeente.nl/jeugdhulp/`): the
    /// host from `website`, the path from the build, which is where the
    /// files really are.
    pub fn thuisadres(&self) -> Option<String> {
        self.website.map(|w| format!("{}{}", oorsprong(w), self.basis))
    }
}

/// Every page may be indexed; the sitemap is named when there is one.
pub fn robots(site: &Site) -> String {
    let mut uit = String::from("User-agent: *\nAllow: /\n");
    if let Some(thuis) = site.thuisadres() {
        uit.push_str(&format!("\nSitemap: {thuis}{SITEMAP}\n"));
    }
    uit
}

/// Every public page, and with English its English address too; each entry
/// names both language versions (`xhtml:link rel="alternate"`), as
/// search engines ask for pages in more than one language. `None` without
/// a website.
pub fn sitemap(site: &Site) -> Option<String> {
    let thuis = site.thuisadres()?;
    let mut uit = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for pagina in &PUBLIEKE_PAGINAS {
        let talen: &[bool] = if site.engels { &[false, true] } else { &[false] };
        for &engels in talen {
            uit.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                xml(&pagina.adres(&thuis, engels))
            ));
            if site.engels {
                for (code, en) in [("nl", false), ("en", true), ("x-default", false)] {
                    uit.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>\n",
                        xml(&pagina.adres(&thuis, en))
                    ));
                }
            }
            uit.push_str("  </url>\n");
        }
    }
    uit.push_str("</urlset>\n");
    Some(uit)
}

/// Escapes text for XML content and attribute values.
fn xml(tekst: &str) -> String {
    tekst
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
