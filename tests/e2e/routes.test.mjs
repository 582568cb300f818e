// Every route renders its page, with a matching document title; the home
// page shows the region, its vision and its four strategic goals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, visit, ROUTES } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

for (const route of ROUTES) {
  test(`route ${route.path} renders its page`, async () => {
    await visit(app, route.path);
    const heading = await app.page.locator('h1').innerText();
    assert.match(heading, route.heading);
    assert.equal(await app.page.locator('h1').count(), 1, 'exactly one h1');
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'nl');
    assert.ok((await app.page.title()).startsWith(heading.trim()), `title ${await app.page.title()} names the page`);
    // One main menu on screen; the phone's copy in the menu button is hidden (telefoon.test.mjs).
    assert.equal(await app.page.locator('header nav[aria-label="Hoofdmenu"] >> visible=true').count(), 1);
    assert.equal(await app.page.locator('footer').count(), 1);
    assert.deepEqual(app.pageErrors, []);
  });
}

test('home shows the region, its vision and four strategic goals from the content file', async () => {
  const content = await readFile(new URL('../../public/content/regio.toml', import.meta.url), 'utf8');
  const visieTitel = content.match(/\[visie\][^[]*?titel = "([^"]+)"/s)[1];
  await visit(app, '/');
  const page = app.page;
  assert.match(await page.locator('header').innerText(), /Jeugdhulpregio Noord-Veluwe/);
  assert.equal(await page.getByRole('heading', { level: 2, name: visieTitel }).count(), 1);
  const goals = page.locator('.doelkaart');
  assert.equal(await goals.count(), 4);
  for (let n = 1; n <= 4; n++) {
    assert.match(await goals.nth(n - 1).locator('h3').innerText(), new RegExp(`Doel ${n}:`));
  }
});

test('unknown address shows the 404 page with a way home', async () => {
  await visit(app, '/bestaat/echt/niet');
  assert.match(await app.page.locator('h1').innerText(), /Pagina niet gevonden/);
  await app.page.getByRole('link', { name: 'Ga naar de homepage' }).click();
  await app.page.waitForURL(app.origin + '/');
});

test('menu link of the current page is marked aria-current', async () => {
  await visit(app, '/begrippen');
  // The visible menu (the phone's copy in the menu button is marked the same way).
  const current = app.page.locator('header a[aria-current="page"] >> visible=true');
  assert.equal(await current.innerText(), 'Begrippen');
});
