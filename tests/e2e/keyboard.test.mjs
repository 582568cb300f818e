// Everything works by keyboard only: the skip link comes first, and every
// menu item can be reached with Tab and opened with Enter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, visit } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

// Presses Tab until the focused element's text is `label` (at most `max` times).
async function tabTo(page, label, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === label) return;
  }
  throw new Error(`"${label}" is not reachable with Tab`);
}

test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
  await visit(app, '/');
  await app.page.keyboard.press('Tab');
  assert.equal(await focusedText(app.page), 'Naar de inhoud');
  const box = await app.page.evaluate(() => document.activeElement.getBoundingClientRect().height);
  assert.ok(box > 20, 'skip link is visible when focused');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.page.evaluate(() => document.activeElement?.id), 'hoofdinhoud');
});

const MENU = [
  ['Waar kan ik terecht', '/waar-kan-ik-terecht'],
  ['Producten', '/producten'],
  ['Wachttijden', '/wachttijden'],
  ['Begrippen', '/begrippen'],
  ['Gegevens', '/gegevens'],
  ['Dashboard', '/dashboard'],
  ['Doelen', '/doelen'],
  ['Privacy', '/privacy'],
  ['Toegankelijkheid', '/toegankelijkheid'],
  ['Home', '/'],
];

for (const [label, path] of MENU) {
  test(`keyboard: Tab to "${label}" and Enter opens ${path} with focus on its heading`, async () => {
    await visit(app, '/bestaat-niet');
    await app.page.evaluate(() => document.activeElement?.blur());
    await tabTo(app.page, label);
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(app.origin + path);
    await app.page.waitForFunction(() => document.activeElement?.id === 'paginakop', null, { timeout: 5000 });
  });
}
