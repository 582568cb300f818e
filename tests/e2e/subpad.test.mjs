// Hosting under a sub-path (issue 8): the build of layer 4 with
// PAD=/jeugdhulp/ is served only under /jeugdhulp/, as on a municipality's
// web server. Every page, link, fetch and the offline worker stay inside
// the sub-path, and deep links work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, visit, ROUTES, laadDemo } from './harness.mjs';

const DIST = 'target/dist-subpad';
let app;
before(async () => {
  app = await openApp({ dist: DIST, prefix: '/jeugdhulp/' });
});
after(async () => { await app.close(); });

test('every page opens by its deep link under the sub-path', async () => {
  for (const route of ROUTES) {
    await visit(app, route.path);
    assert.match(await app.page.locator('h1#paginakop').innerText(), route.heading, route.path);
  }
  assert.deepEqual(app.pageErrors, []);
});

test('links and the menu keep the sub-path, and the current page is marked', async () => {
  await visit(app, '/');
  const menu = app.page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Producten' }).click();
  await app.page.locator('h1#paginakop', { hasText: 'Welke hulp is er' }).waitFor();
  assert.equal(new URL(app.page.url()).pathname, '/jeugdhulp/producten');
  assert.equal(await menu.getByRole('link', { name: 'Producten' }).getAttribute('aria-current'), 'page');
  // A glossary link inside a product text.
  const begrip = app.page.locator('.productkaart a.begrip').first();
  assert.match(await begrip.getAttribute('href'), /^\/jeugdhulp\/begrippen#/);
  const hrefs = await app.page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 10);
  assert.deepEqual(hrefs.filter((h) => !h.startsWith('/jeugdhulp/')), [], 'links outside the sub-path');
  // A term's own link on the glossary page stays on that page.
  await visit(app, '/begrippen');
  await app.page.locator('a.begrippenlijst__link').first().click();
  await app.page.waitForURL(/\/jeugdhulp\/begrippen#.+/);
  assert.match(await app.page.locator('h1#paginakop').innerText(), /Begrippen/);
  // The logo leads home.
  await app.page.locator('a.kopregel__merk').click();
  await app.page.locator('h1#paginakop', { hasText: 'Noord-Veluwe' }).waitFor();
  assert.equal(new URL(app.page.url()).pathname, '/jeugdhulp/');
});

test('the demo data load and the dashboard keeps its view in the address', async () => {
  await visit(app, '/gegevens');
  await laadDemo(app);
  await app.page.getByRole('link', { name: 'Naar het dashboard' }).click();
  await app.page.locator('.tegel__waarde[data-kpi="jeugdigen"]').waitFor();
  await app.page.locator('#k-soort').selectOption({ index: 2 });
  await app.page.waitForURL(/\/jeugdhulp\/dashboard\?.*periode=/);
  // The section link keeps the sub-path and the view.
  await app.page.locator('.sectienav__link[data-sectie="cbs"]').click();
  await app.page.waitForURL(/\/jeugdhulp\/dashboard\?.*periode=.*sectie=cbs/);
  await app.page.getByRole('button', { name: 'Laad het CBS-voorbeeld (2022)' }).click();
  await app.page.getByText(/356 regio's gelezen/).first().waitFor();
});

test('the worker and the manifest live under the sub-path, and no request left it', async () => {
  await visit(app, '/');
  const scope = await app.page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${app.origin}/jeugdhulp/`);
  const manifest = await app.page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.start_url, '/jeugdhulp/');
  assert.equal(manifest.scope, '/jeugdhulp/');
  const outside = app.requests.filter((url) => !url.startsWith(`${app.origin}/jeugdhulp/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
  assert.deepEqual(outside, [], 'requests outside /jeugdhulp/');
});
