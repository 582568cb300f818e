// The English version: the switch in the header (by keyboard), `<html
// lang>`, the public pages in English from content/en/, the choice kept
// after a reload, the professionals' pages marked as Dutch, and zero axe
// violations in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

test('the switch turns the public pages into English and back, and is remembered', async () => {
  await visit(app, '/waar-kan-ik-terecht');
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nl');
  const knop = app.page.getByRole('button', { name: 'English' });
  assert.equal(await knop.getAttribute('lang'), 'en');
  await knop.focus();
  await app.page.keyboard.press('Enter');
  await app.page.getByRole('heading', { level: 1, name: 'Where can I go?' }).waitFor();
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'en');
  await app.page.getByText('Need help right now?', { exact: true }).waitFor();
  await app.page.locator('#waar-zoek').fill('Wezep');
  await app.page.getByRole('button', { name: 'Wezep (municipality of Oldebroek)' }).click();
  await app.page.getByText('What happens when you call?').waitFor();
  // After a reload the choice is still English.
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1, name: 'Where can I go?' }).waitFor();
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Waar kan ik terecht?' }).waitFor();
  assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'nl');
});

test('products, keuzehulp, waiting times and glossary in English, with zero axe violations', async () => {
  await visit(app, '/');
  await app.page.getByRole('button', { name: 'English' }).click();
  await app.page.getByRole('link', { name: 'Find help in your municipality' }).first().waitFor();
  for (const [path, kop] of [['/producten', 'What help is there?'], ['/wachttijden', 'How long do I have to wait?'], ['/begrippen', 'Glossary'], ['/', null]]) {
    await visit(app, path);
    if (kop) await app.page.getByRole('heading', { level: 1, name: kop }).waitFor();
    await app.page.waitForTimeout(300);
    const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
  }
  await visit(app, '/producten');
  await app.page.locator('#p-zoek').fill('foster');
  const namen = await app.page.locator('.productkaart h4').allInnerTexts();
  assert.ok(namen.length >= 1 && namen.every((n) => /foster/i.test(n)), namen.join(' | '));
  await visit(app, '/wachttijden');
  await app.page.getByText(/^Last updated: /).waitFor();
  // The professionals' pages stay Dutch and say so.
  await visit(app, '/dashboard');
  assert.equal(await app.page.locator('main').getAttribute('lang'), 'nl');
  // Switching there does not redraw the (Dutch) page: what is on it stays.
  await app.page.evaluate(() => { document.querySelector('main h1').dataset.blijft = 'ja'; });
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  await app.page.waitForFunction(() => !document.querySelector('main').hasAttribute('lang'));
  assert.equal(await app.page.evaluate(() => document.querySelector('main h1').dataset.blijft), 'ja');
});
