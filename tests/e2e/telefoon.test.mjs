// Issue 17, the first screen on a phone (390 × 844): every public page shows
// its own heading and the emergency numbers without scrolling; the menus
// fold into a menu button (a <details>) that opens and closes by keyboard,
// also without script, and whose links work. In English the emergency
// links stay on one line each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, visit, ROUTES } from './harness.mjs';

const TELEFOON = { width: 390, height: 844 };
// The public pages: home to Toegankelijkheid (harness order).
const PUBLIEK = ROUTES.filter((r) => ['/', '/waar-kan-ik-terecht', '/producten', '/wachttijden', '/begrippen', '/privacy', '/toegankelijkheid'].includes(r.path));

let app;
before(async () => { app = await openApp({ viewport: TELEFOON }); });
after(async () => { await app.close(); });

// The numbers from portaal.toml are drawn (the fourth, 0800-0113, is not
// in the national list shown while the content loads).
const nummersGeladen = (page) => page.locator('.noodhulp__link', { hasText: '0800-0113' }).waitFor();

const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function tabTo(page, label, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === label) return;
  }
  throw new Error(`"${label}" is not reachable with Tab`);
}

// Where the heading and each emergency link end, measured from the top of
// the first screen.
const eerstScherm = (page) => page.evaluate(() => {
  const onder = (el) => Math.round(el.getBoundingClientRect().bottom);
  return {
    scrollY: window.scrollY,
    hoogte: window.innerHeight,
    kop: onder(document.querySelector('h1#paginakop')),
    nummers: [...document.querySelectorAll('.noodhulp__link')].map((a) => [a.textContent.trim(), onder(a), Math.round(a.getBoundingClientRect().height)]),
  };
});

test('on every public page the heading and the emergency numbers are on the first screen', async () => {
  assert.equal(PUBLIEK.length, 7);
  for (const route of PUBLIEK) {
    await visit(app, route.path);
    await nummersGeladen(app.page);
    const scherm = await eerstScherm(app.page);
    assert.equal(scherm.scrollY, 0);
    assert.ok(scherm.kop <= scherm.hoogte, `${route.path}: the heading ends at ${scherm.kop}px, below the first screen of ${scherm.hoogte}px`);
    assert.equal(scherm.nummers.length, 4);
    for (const [tekst, onder] of scherm.nummers) {
      assert.ok(onder <= scherm.hoogte, `${route.path}: "${tekst}" ends at ${onder}px`);
    }
    // The menus are folded into the button.
    assert.equal(await app.page.locator('nav.hoofdmenu--breed').first().isVisible(), false, route.path);
    assert.ok(await app.page.locator('summary.menu__knop').isVisible(), route.path);
    assert.equal(await app.page.locator('details.menu').getAttribute('open'), null, route.path);
  }
  assert.deepEqual(app.pageErrors, []);
});

test('in English too, and every emergency link is one line: a short name with the number', async () => {
  for (const route of PUBLIEK) {
    await app.page.goto(`${app.site}${route.path}?taal=en`);
    await app.page.locator('h1#paginakop').waitFor();
    await app.page.locator('.noodhulp__link', { hasText: 'Veilig Thuis 0800-2000' }).waitFor();
    const scherm = await eerstScherm(app.page);
    assert.ok(scherm.kop <= scherm.hoogte, `${route.path} in English: the heading ends at ${scherm.kop}px`);
    assert.deepEqual(scherm.nummers.map(([tekst]) => tekst), ['Emergency 112', 'Veilig Thuis 0800-2000', 'Child Helpline 0800-0432', 'Suicide prevention 0800-0113']);
    for (const [tekst, onder, hoogte] of scherm.nummers) {
      assert.ok(onder <= scherm.hoogte, `${route.path}: "${tekst}" ends at ${onder}px`);
      // One line is the 44 px target; a second line would make it 48 px.
      assert.ok(hoogte < 48, `${route.path}: "${tekst}" is ${hoogte}px tall, more than one line`);
    }
  }
  // Back to Dutch for the other tests (the choice is remembered).
  await app.page.goto(`${app.site}/?taal=nl`);
  await app.page.getByRole('button', { name: 'English' }).waitFor();
});

test('the menu button opens and closes by keyboard, Escape closes it, and its links work', async () => {
  await visit(app, '/');
  const menu = app.page.locator('details.menu');
  const open = () => menu.evaluate((d) => d.open);
  await app.page.evaluate(() => document.activeElement?.blur());
  await tabTo(app.page, 'Menu');
  assert.equal(await open(), false);
  await app.page.keyboard.press('Enter');
  assert.equal(await open(), true, 'Enter opens the menu');
  const paneel = app.page.locator('.menu__paneel');
  assert.ok(await paneel.getByRole('link', { name: 'Wachttijden' }).isVisible());
  assert.ok(await paneel.getByRole('link', { name: 'Dashboard' }).isVisible());
  assert.equal(await paneel.getByRole('link', { name: 'Home' }).getAttribute('aria-current'), 'page');
  await app.page.keyboard.press('Space');
  assert.equal(await open(), false, 'Space closes it again');

  await app.page.keyboard.press('Enter');
  await app.page.keyboard.press('Tab');
  assert.equal(await focusedText(app.page), 'Home', 'Tab goes into the open menu');
  await app.page.keyboard.press('Escape');
  assert.equal(await open(), false, 'Escape closes it');
  assert.equal(await focusedText(app.page), 'Menu', 'and puts focus back on the button');

  // A link in the menu: the new page opens, its heading has focus and the
  // menu is closed, so nothing hides the page.
  await app.page.keyboard.press('Enter');
  await tabTo(app.page, 'Wachttijden');
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL(app.origin + '/wachttijden');
  await app.page.waitForFunction(() => document.activeElement?.id === 'paginakop', null, { timeout: 5000 });
  assert.equal(await open(), false, 'the menu closes after a link');
  await app.page.locator('summary.menu__knop').click();
  assert.equal(await paneel.getByRole('link', { name: 'Wachttijden' }).getAttribute('aria-current'), 'page');
  // A professionals' link from the menu, by touch.
  await paneel.getByRole('link', { name: 'Gegevens' }).click();
  await app.page.locator('h1#paginakop', { hasText: 'Gegevens' }).waitFor();
  assert.equal(await open(), false);
  assert.deepEqual(app.pageErrors, []);
});

test('without script the menu still opens and closes by keyboard, and its links are real links', async () => {
  // The header as the app drew it, loaded with JavaScript off: the way the
  // pre-rendered pages of issue 17 will be read by a phone without script.
  await visit(app, '/producten');
  await nummersGeladen(app.page);
  const html = await app.page.evaluate(() => `<!DOCTYPE html>${document.documentElement.outerHTML}`);
  const context = await app.context.browser().newContext({ viewport: TELEFOON, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.route(`${app.site}/zonder-script`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(`${app.site}/zonder-script`);
    const knop = page.locator('summary.menu__knop');
    const menu = page.locator('details.menu');
    await knop.focus();
    assert.equal(await menu.getAttribute('open'), null);
    await page.keyboard.press('Enter');
    assert.notEqual(await menu.getAttribute('open'), null, 'Enter opens the menu without script');
    const link = page.locator('.menu__paneel').getByRole('link', { name: 'Begrippen' });
    assert.ok(await link.isVisible());
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('open'), null, 'Enter closes it again');
    await page.keyboard.press('Enter');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${app.site}/begrippen`);
  } finally {
    await context.close();
  }
});
