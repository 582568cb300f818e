// Service worker of the jeugdhulp site: it keeps the files of one release
// so the site works without a network.
//
// Written by `publiceren` (crates/publiceren) at build time from the build's
// own files; do not edit it in dist/, it is replaced by the next build.
//
// - install: store the files every page needs (the app, styles, images and
//   content; bypassing the HTTP cache, so nothing of an older release slips
//   in), and refuse the release when one is missing: a host that answers a
//   missing file with its index.html (status 200) must not leave a page
//   where a script should be;
// - files only professionals use (the demo data, `BIJ_GEBRUIK`) are not
//   stored on a parent's visit: the first time one is asked for, it comes
//   from the network and is kept in the same store, so after that it works
//   offline too. A copy of the wrong size (another release, or a host's
//   HTML page) is passed on but not kept;
// - a newer release installs next to this one and waits until the page says
//   "nieuwe-versie-gebruiken" (the user chose "vernieuwen");
// - activate: remove the stores of older releases;
// - fetch: answer from the store, else from the network. Page addresses of
//   the single-page app (paths without a file extension) get the stored
//   index.html; anything else on the host (security.txt, a PDF) is left
//   to the network.
const VERSIE = "__VERSIE__";
const BASIS = "__BASIS__";
const BESTANDEN = __BESTANDEN__;
// Path (relative to BASIS, URL-encoded) → size in bytes of each file that is
// kept only after its first use.
const BIJ_GEBRUIK = new Map(Object.entries(__BIJ_GEBRUIK__));
// Storage is shared by the whole origin: the prefix names this site's
// sub-path, so two copies on one host never delete each other's store.
const VOORVOEGSEL = "jeugdmonitor:" + BASIS + ":";
const OPSLAG = VOORVOEGSEL + VERSIE;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const opslag = await caches.open(OPSLAG);
      const antwoorden = await Promise.all(BESTANDEN.map(haalVoorOpslag));
      await Promise.all(antwoorden.map(([adres, antwoord]) => opslag.put(adres, antwoord)));
    })()
  );
});

// One file of the release, checked; a rejection stops the install, so the
// release that works stays in charge.
async function haalVoorOpslag(pad) {
  const adres = BASIS + pad;
  const antwoord = await fetch(new Request(adres, { cache: "reload" }));
  if (!antwoord.ok) throw new Error(`${adres}: status ${antwoord.status}`);
  const soort = antwoord.headers.get("content-type") || "";
  if (!pad.endsWith(".html") && soort.startsWith("text/html")) {
    throw new Error(`${adres}: de server gaf een HTML-pagina in plaats van het bestand`);
  }
  // A redirected answer may not serve a page load; store a plain copy.
  if (antwoord.redirected) {
    return [adres, new Response(await antwoord.blob(), { status: antwoord.status, headers: antwoord.headers })];
  }
  return [adres, antwoord];
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const naam of await caches.keys()) {
        if (naam.startsWith(VOORVOEGSEL) && naam !== OPSLAG) await caches.delete(naam);
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "nieuwe-versie-gebruiken") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const verzoek = event.request;
  if (verzoek.method !== "GET") return;
  const adres = new URL(verzoek.url);
  if (adres.origin !== self.location.origin || !adres.pathname.startsWith(BASIS)) return;
  event.respondWith(
    (async () => {
      const opslag = await caches.open(OPSLAG);
      const bewaard = await opslag.match(verzoek, { ignoreSearch: true });
      if (bewaard) return bewaard;
      const grootte = BIJ_GEBRUIK.get(adres.pathname.slice(BASIS.length));
      if (grootte !== undefined) return haalEnBewaar(opslag, adres.pathname, verzoek, grootte);
      if (verzoek.mode === "navigate" && !/\.[^/]*$/.test(adres.pathname)) {
        const pagina = await opslag.match(BASIS + "index.html");
        if (pagina) return pagina;
      }
      return fetch(verzoek);
    })()
  );
});

// A file kept after its first use: fetched once, checked, then stored in
// this release's store, which goes with the release when a newer one takes
// over (so the data never outlive the app they belong to).
async function haalEnBewaar(opslag, pad, verzoek, grootte) {
  const antwoord = await fetch(verzoek);
  if (!antwoord.ok || antwoord.redirected) return antwoord;
  const inhoud = await antwoord.clone().arrayBuffer();
  const soort = antwoord.headers.get("content-type") || "";
  if (inhoud.byteLength === grootte && !soort.startsWith("text/html")) {
    await opslag.put(pad, antwoord.clone());
  }
  return antwoord;
}
