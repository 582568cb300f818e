// Issue 17, found by search engines and shared well: every public page has a
// title, a description from the region's content and a canonical link, in
// Dutch and in English (`?taal=en`), with hreflang alternates between the
// two and `lang` on the page; the professionals' pages have no canonical
// address; robots.txt is served, without a Sitemap line while the demo
// content gives no `website` (sitemap.xml itself is tested natively in
// crates/publiceren).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, visit, ROUTES } from './harness.mjs';

const PUBLIEK = ['/', '/waar-kan-ik-terecht', '/producten', '/wachttijden', '/begrippen', '/privacy', '/toegankelijkheid'];
const SLEUTEL = (route) => (route === '/' ? 'home' : route.slice(1));

// `[beschrijvingen]` of a regio.toml: page key → text.
async function beschrijvingen(bestand) {
  const tekst = await readFile(new URL(`../../public/content/${bestand}`, import.meta.url), 'utf8');
  const tabel = tekst.split('[beschrijvingen]\n')[1].split('\n[')[0];
  return Object.fromEntries([...tabel.matchAll(/^([a-z-]+) = "([^"]+)"$/gm)].map((m) => [m[1], m[2]]));
}

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

// What the head says once the content has loaded.
async function kop(page) {
  await page.waitForFunction(() => document.querySelector('meta[name="description"]')?.content);
  return page.evaluate(() => ({
    titel: document.title,
    beschrijving: document.querySelector('meta[name="description"]')?.content,
    canonical: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.href),
    alternatief: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.href])),
    lang: document.documentElement.lang,
    kop: document.querySelector('h1#paginakop')?.textContent.trim(),
  }));
}

for (const [taal, bestand] of [['nl', 'regio.toml'], ['en', 'en/regio.toml']]) {
  test(`every public page in ${taal} has a title, its description, a canonical link and the alternates`, async () => {
    const teksten = await beschrijvingen(bestand);
    for (const route of PUBLIEK) {
      const zoek = taal === 'en' ? '?taal=en' : '';
      await app.page.goto(`${app.site}${route}${zoek}`);
      await app.page.locator('h1#paginakop').waitFor();
      // The description follows the language (the English content loads after the switch).
      await app.page.waitForFunction((t) => document.querySelector('meta[name="description"]')?.content === t, teksten[SLEUTEL(route)], { timeout: 10000 })
        .catch(() => {});
      const k = await kop(app.page);
      assert.ok(k.titel.startsWith(`${k.kop} – `), `${route} ${taal}: title "${k.titel}" names the page`);
      assert.equal(k.beschrijving, teksten[SLEUTEL(route)], `${route} ${taal}: the description from ${bestand}`);
      const nl = `${app.origin}${route}`;
      assert.deepEqual(k.canonical, [`${nl}${zoek}`], `${route} ${taal}: one canonical link`);
      assert.deepEqual(k.alternatief, { nl, en: `${nl}?taal=en`, 'x-default': nl }, `${route} ${taal}`);
      assert.equal(k.lang, taal);
    }
    assert.deepEqual(app.pageErrors, []);
  });
}

test('switching the language in the app changes the description, the canonical link and the address', async () => {
  await app.page.goto(`${app.site}/producten?taal=nl`);
  await app.page.getByRole('button', { name: 'English' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'What help is there?' }).waitFor();
  const en = (await beschrijvingen('en/regio.toml')).producten;
  await app.page.waitForFunction((t) => document.querySelector('meta[name="description"]')?.content === t, en);
  assert.equal((await kop(app.page)).canonical[0], `${app.origin}/producten?taal=en`);
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Welke hulp is er?' }).waitFor();
  await app.page.waitForFunction(() => !location.search.includes('taal=en'));
  assert.equal((await kop(app.page)).canonical[0], `${app.origin}/producten`);
});

test('the professionals\' pages and "not found" have no canonical address', async () => {
  for (const route of ROUTES.filter((r) => !PUBLIEK.includes(r.path))) {
    await visit(app, route.path);
    const k = await kop(app.page);
    assert.deepEqual(k.canonical, [], route.path);
    assert.deepEqual(k.alternatief, {}, route.path);
    assert.ok(k.beschrijving.length > 20, route.path);
  }
});

test('robots.txt allows every page and names no sitemap while the content gives no website', async () => {
  const robots = await app.page.request.get(`${app.site}/robots.txt`);
  assert.equal(robots.status(), 200);
  assert.equal(await robots.text(), 'User-agent: *\nAllow: /\n');
  assert.equal((await app.page.request.get(`${app.site}/sitemap.xml`)).status(), 404);
});
