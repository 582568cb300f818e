// Service worker of the jeugdhulp site: it keeps every file of one release
// so the whole site, the dashboard included, works without a network.
//
// Written by `publiceren` (crates/publiceren) at build time from the build's
// own files; do not edit it in dist/, it is replaced by the next build.
//
// - install: store every file of this release (bypassing the HTTP cache, so
//   nothing of an older release slips in);
// - a newer release installs next to this one and waits until the page says
//   "nieuwe-versie-gebruiken" (the user chose "vernieuwen");
// - activate: remove the stores of older releases;
// - fetch: answer from the store, else from the network. Page addresses of
//   the single-page app all get the stored index.html.
const VERSIE = "__VERSIE__";
const BASIS = "__BASIS__";
const BESTANDEN = __BESTANDEN__;
const VOORVOEGSEL = "jeugdmonitor-";
const OPSLAG = VOORVOEGSEL + VERSIE;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(OPSLAG).then((opslag) =>
      opslag.addAll(BESTANDEN.map((pad) => new Request(BASIS + pad, { cache: "reload" })))
    )
  );
});

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
      if (verzoek.mode === "navigate") {
        const pagina = await opslag.match(BASIS + "index.html");
        if (pagina) return pagina;
      }
      return fetch(verzoek);
    })()
  );
});
