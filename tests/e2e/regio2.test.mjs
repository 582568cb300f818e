// The second example region (Noordoostpolder), built with
// `REGIO=regios/noordoostpolder DIST=target/dist-noordoostpolder bash
// scripts/build.sh`: the same app shows another region's name, access team,
// villages and goals without any code change, with zero axe violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit } from './harness.mjs';

const DIST = 'target/dist-noordoostpolder';
let app;
before(async () => {
  assert.ok(existsSync(new URL(`../../${DIST}/index.html`, import.meta.url)), `${DIST} is not built (layer 4 of scripts/test.sh builds it)`);
  app = await openApp({ dist: DIST });
});
after(async () => { await app?.close(); });

test('Home names the second region and its first step', async () => {
  await visit(app, '/');
  assert.match(await app.page.locator('main h1').innerText(), /Noordoostpolder/);
  assert.doesNotMatch(await app.page.locator('body').innerText(), /Noord-Veluwe|Harderwijk/);
  // This region publishes no English content, so there is no switch.
  await app.page.waitForTimeout(500);
  assert.equal(await app.page.getByRole('button', { name: 'English' }).count(), 0);
});

test('Waar kan ik terecht finds Noordoostpolder through a village', async () => {
  await visit(app, '/waar-kan-ik-terecht');
  await app.page.locator('#waar-zoek').fill('emmeloord');
  await app.page.getByRole('button', { name: 'Emmeloord (gemeente Noordoostpolder)' }).click();
  await app.page.waitForURL(/gemeente=GM0171/);
  await app.page.locator('.toegangskaart h2').waitFor();
  assert.match(await app.page.locator('.toegangskaart h2').innerText(), /^In Noordoostpolder/);
});

// This region has no English content. Finding that out may take longer
// than the page itself; the answer must not redraw the page and wipe what
// the visitor already typed.
test('a late answer about English content leaves what a visitor typed', async () => {
  const late = await openApp({ dist: DIST });
  try {
    let answer;
    const held = new Promise((resolve) => { answer = resolve; });
    await late.page.route('**/content/en/regio.toml', async (route) => {
      await held;
      await route.fulfill({ status: 404, body: 'niet gevonden' });
    });
    await visit(late, '/waar-kan-ik-terecht');
    await late.page.locator('#waar-zoek').fill('emmeloord');
    const suggestion = late.page.getByRole('button', { name: 'Emmeloord (gemeente Noordoostpolder)' });
    await suggestion.waitFor();
    answer();
    await late.page.waitForTimeout(500);
    assert.equal(await late.page.locator('#waar-zoek').inputValue(), 'emmeloord');
    await suggestion.click();
    await late.page.waitForURL(/gemeente=GM0171/);
  } finally {
    await late.close();
  }
});

test('goals and products of the second region, with zero axe violations', async () => {
  for (const path of ['/', '/waar-kan-ik-terecht?gemeente=GM0171', '/producten', '/begrippen', '/doelen']) {
    await visit(app, path);
    await app.page.locator('main h1').waitFor();
    await app.page.waitForTimeout(300);
    const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => `${path}: ${v.id}`), []);
  }
  await visit(app, '/wachttijden');
  await app.page.getByText('Deze regio publiceert nog geen wachttijden').waitFor();
  await visit(app, '/doelen');
  await app.page.locator('.doellijst li, .doel').first().waitFor();
});
