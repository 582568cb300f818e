// The public portal for families, by keyboard where a parent would use it:
// the emergency numbers on every page, finding the access team by typing a
// village, the product book's search (case, accents, parts of words) and
// filters, the keuzehulp (danger first, always ending at the access team),
// the waiting times with filters and sorting, zero axe violations and
// reflow at 320 px; the demo's example values are marked and the site says
// so on every page, while content without them shows no such notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openApp, visit } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

const PAGES = ['/', '/waar-kan-ik-terecht', '/producten', '/wachttijden', '/begrippen', '/privacy', '/toegankelijkheid'];

test('the emergency numbers are on every public page, as phone links', async () => {
  for (const path of PAGES) {
    await visit(app, path);
    const band = app.page.getByRole('complementary', { name: 'Direct hulp nodig?' });
    await band.locator('a[href="tel:112"]').waitFor();
    for (const nummer of ['08002000', '08000432']) assert.equal(await band.locator(`a[href="tel:${nummer}"]`).count(), 1, `${path}: ${nummer}`);
  }
});

test('find the access team by typing a village, by keyboard', async () => {
  await visit(app, '/waar-kan-ik-terecht');
  await app.page.locator('#waar-zoek').focus();
  await app.page.keyboard.type('wézep');
  await app.page.getByText('1 gemeente gevonden.').waitFor();
  await app.page.keyboard.press('Tab');
  const knop = app.page.getByRole('button', { name: 'Wezep (gemeente Oldebroek)' });
  assert.equal(await knop.evaluate((b) => b === document.activeElement), true);
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL(/gemeente=GM0269/);
  // The demo's name is an example, so its label follows the name.
  await app.page.getByRole('heading', { name: /^In Oldebroek: CJG Oldebroek( voorbeeld)?$/ }).waitFor();
  assert.equal(await app.page.locator('.toegangskaart a[href^="tel:"]').count(), 1);
  assert.match(await app.page.locator('main').innerText(), /binnen 3 werkdagen/);
  assert.match(await app.page.locator('main').innerText(), /Dit kun je voorbereiden/);
  // A place outside the region says so.
  await app.page.locator('#waar-zoek').fill('Amsterdam');
  await app.page.getByText(/Geen gemeente in deze regio gevonden voor "Amsterdam"/).waitFor();
  // The list works by keyboard too, and the choice is in the address.
  await app.page.locator('#waar-gemeente').focus();
  await app.page.keyboard.press('Home');
  await app.page.keyboard.press('ArrowDown');
  await app.page.waitForURL(/gemeente=GM0230/);
  await app.page.getByRole('heading', { name: /^In Elburg/ }).waitFor();
});

test('the product book searches without case or accents and on parts of words, and filters', async () => {
  await visit(app, '/producten');
  const namen = () => app.page.locator('.productkaart h4').allInnerTexts();
  const alle = (await namen()).length;
  assert.ok(alle >= 15, `${alle} products`);
  await app.page.locator('#p-zoek').fill('PLÉÉG');
  await app.page.getByText('1 soort hulp gevonden.').waitFor();
  assert.deepEqual(await namen(), ['Pleegzorg']);
  await app.page.locator('#p-zoek').fill('dyslex');
  assert.ok((await namen()).some((n) => /dyslexie/i.test(n)), (await namen()).join(' | '));
  await app.page.locator('#p-zoek').fill('');
  await app.page.locator('#p-segment').selectOption('5');
  const crisis = await namen();
  assert.ok(crisis.length >= 1 && crisis.every((n) => /crisis/i.test(n)), crisis.join(' | '));
  await app.page.locator('#p-segment').selectOption('');
  await app.page.locator('#p-plus').check();
  assert.deepEqual(await namen(), ['JeugdzorgPlus gesloten verblijf']);
  await app.page.locator('#p-plus').uncheck();
  await app.page.locator('#p-verwijzer').selectOption('rechter');
  assert.ok((await namen()).length < alle);
  await app.page.locator('#p-verwijzer').selectOption('');
  assert.equal((await namen()).length, alle);
});

test('the keuzehulp: danger first, and otherwise segments that end at the access team', async () => {
  await visit(app, '/producten');
  const kies = async (tekst, verder = true) => {
    const radio = app.page.getByRole('radio', { name: tekst });
    await radio.focus();
    await app.page.keyboard.press('Space');
    if (!verder) return;
    const knop = app.page.getByRole('button', { name: /^(Volgende vraag|Bekijk wat past)$/ });
    for (let i = 0; i < 8 && !(await knop.evaluate((b) => b === document.activeElement)); i++) await app.page.keyboard.press('Tab');
    assert.equal(await knop.evaluate((b) => b === document.activeElement), true, 'Tab reaches the button');
    await app.page.keyboard.press('Enter');
    // The page moves focus to the next question (or the outcome) in the
    // next frame; wait for it, as a user would see it happen.
    await app.page.waitForFunction(() => ['keuzehulp-stap', 'keuzehulp-nood'].includes(document.activeElement?.id));
  };
  // Arrow keys move within a question without skipping ahead.
  await app.page.getByRole('radio', { name: 'Nee, er is nu geen gevaar.' }).focus();
  await app.page.keyboard.press('ArrowUp');
  await app.page.getByText(/^Vraag 1 van 4/).waitFor();
  // "Not sure" about danger already shows the numbers, and focus stays put.
  const alarm = app.page.locator('.keuzehulp__nood');
  await alarm.waitFor();
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'keuze-0-1');
  await kies('Ja, er is nu gevaar.');
  await app.page.getByRole('button', { name: 'Opnieuw beginnen' }).waitFor();
  assert.match(await alarm.innerText(), /112/);
  assert.match(await alarm.innerText(), /0800-2000/);
  await app.page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await kies('Nee, er is nu geen gevaar.');
  // Focus moves to the next question, not to the top of the page.
  await app.page.waitForFunction(() => document.activeElement?.id === 'keuzehulp-stap' && /Vraag 2 van 4/.test(document.activeElement.textContent));
  await kies('Ja, thuis wonen gaat.');
  await kies('Dat gaat redelijk. Mijn kind kan naar school of opvang.');
  await kies('Het gaat om één probleem, of het duurt waarschijnlijk niet lang.');
  const uitkomst = app.page.locator('.keuzehulp__uitkomst');
  await uitkomst.waitFor();
  const tekst = await uitkomst.innerText();
  assert.match(tekst, /Segment 4/);
  assert.doesNotMatch(tekst, /Segment [1235]/);
  await uitkomst.getByRole('link', { name: /toegangsteam in je gemeente/ }).waitFor();
});

test('waiting times: latest peildatum, the norm in words, filters and sorting', async () => {
  await visit(app, '/wachttijden');
  const rows = app.page.locator('table.wachtwijzer tbody tr');
  await rows.first().waitFor();
  assert.match(await app.page.locator('main').innerText(), /Laatst bijgewerkt: 31-12-2025\./);
  const weken = async () => (await rows.locator('td:nth-child(3)').allInnerTexts()).map((t) => Number(t.replace(' weken', '').replace(',', '.')));
  const op = await weken();
  assert.deepEqual(op, [...op].sort((a, b) => a - b));
  const oordelen = await rows.locator('td:nth-child(4)').allInnerTexts();
  op.forEach((w, i) => assert.equal(oordelen[i] === 'Binnen de treeknorm', w <= 14, `${w}: ${oordelen[i]}`));
  await app.page.locator('#w-sorteer').selectOption('langste');
  const af = await weken();
  assert.deepEqual(af, [...op].sort((a, b) => b - a));
  // From a product card: only that product's rows (here its category 44).
  await visit(app, '/wachttijden?product=44P01');
  await rows.first().waitFor();
  const hulp = await rows.locator('td:nth-child(2)').allInnerTexts();
  assert.ok(hulp.length >= 1 && hulp.every((h) => /Pleegzorg/.test(h)), hulp.join(' | '));
  await app.page.locator('#w-product').selectOption('');
  await app.page.locator('#w-segment').selectOption('5');
  const crisis = await rows.locator('td:nth-child(2)').allInnerTexts();
  assert.ok(crisis.every((h) => /Crisis/i.test(h)), crisis.join(' | '));
});

test('the public pages have zero axe violations and reflow at 320 px', async () => {
  for (const width of [1280, 320]) {
    await app.page.setViewportSize({ width, height: 800 });
    for (const path of PAGES.slice(0, 4).concat(['/waar-kan-ik-terecht?gemeente=GM0243'])) {
      await visit(app, path);
      await app.page.locator('main h1').waitFor();
      await app.page.waitForTimeout(300);
      const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      assert.deepEqual(result.violations.map((v) => `${path} @${width}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
      const breed = await app.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breed <= width, `${path} scrolls sideways at ${width} px (${breed})`);
    }
  }
});

test('Begrippen: alphabetical, searchable, one address per term, and texts link their terms', async () => {
  await visit(app, '/begrippen');
  const termen = async () => (await app.page.locator('.begrippenlijst__term').allInnerTexts()).map((t) => t.replace(/\s*#$/, ''));
  const alle = await termen();
  const gevouwen = alle.map((t) => t.toLowerCase());
  assert.deepEqual(gevouwen, [...gevouwen].sort((a, b) => a.localeCompare(b, 'nl')));
  await app.page.locator('#b-zoek').fill('JEUGDZÓRGPLUS');
  await app.page.getByText('1 woord gevonden.').waitFor();
  assert.deepEqual(await termen(), ['JeugdzorgPlus']);
  // A product text links its term; following it lands on that term.
  await visit(app, '/producten');
  const link = app.page.locator('.productkaart a.begrip', { hasText: /^JeugdzorgPlus$/i }).first();
  await link.focus();
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL(/\/begrippen#begrip-jeugdzorgplus$/);
  await app.page.waitForFunction(() => document.activeElement?.id === 'begrip-jeugdzorgplus');
  // Home offers the first step.
  await visit(app, '/');
  await app.page.getByRole('link', { name: 'Zoek hulp in je gemeente' }).click();
  await app.page.waitForURL(/\/waar-kan-ik-terecht$/);
});

test('touch targets on the public pages are at least 44 by 44 px on a phone', async () => {
  await app.page.setViewportSize({ width: 375, height: 800 });
  const te_klein = [];
  for (const path of ['/', '/waar-kan-ik-terecht?gemeente=GM0243', '/producten', '/wachttijden', '/begrippen']) {
    await visit(app, path);
    await app.page.locator('main h1').waitFor();
    await app.page.waitForTimeout(300);
    const klein = await app.page.evaluate(() => [...document.querySelectorAll(
      'button, select, input[type=search], input[type=text], .hoofdmenu__link, .noodhulp__link, .snelkoppeling, .toegangskaart a, .formulier__keuze, .formulier__vinkje, .begrippenlijst__link',
    )].filter((e) => e.offsetParent !== null).map((e) => [e, e.getBoundingClientRect()])
      .filter(([, r]) => r.height < 44 || r.width < 44)
      .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`));
    te_klein.push(...klein.map((k) => `${path}: ${k}`));
  }
  assert.deepEqual(te_klein, []);
  await app.page.setViewportSize({ width: 1280, height: 900 });
});

// The demo content marks its invented contact details (`voorbeeld` in
// portaal.toml): every page says this is an example site, and each
// example value carries a label in words; the emergency numbers never do.
test('the demo says on every page that it shows examples, and marks each example value', async () => {
  const melding = app.page.getByRole('complementary', { name: 'Let op: dit is een voorbeeldwebsite' });
  for (const path of [...PAGES, '/dashboard']) {
    await visit(app, path);
    await melding.waitFor();
    assert.match(await melding.innerText(), /Bel, mail of bezoek ze niet/, path);
  }
  await visit(app, '/waar-kan-ik-terecht?gemeente=GM0243');
  const kaart = app.page.locator('section.toegangskaart');
  await kaart.waitFor();
  for (const veld of ['Telefoon', 'E-mail', 'Adres', 'Open', 'Website']) {
    const waarde = kaart.locator('div', { has: app.page.locator('dt', { hasText: new RegExp(`^${veld}$`) }) }).locator('dd');
    assert.equal(await waarde.locator('.voorbeeldlabel').first().innerText(), 'voorbeeld', veld);
  }
  // The label is text, next to the link and not inside it, so the link's
  // name stays the number while a screen reader still reads the label.
  await kaart.getByRole('link', { name: /^14 0341$/ }).waitFor();
  assert.match(await kaart.locator('dd').first().innerText(), /14 0341\s+voorbeeld/);
  // A list of links describes each example link as one, through its label.
  for (const href of ['tel:', 'mailto:', 'http']) {
    const link = kaart.locator(`a[href^="${href}"]`);
    const beschrijving = await link.getAttribute('aria-describedby');
    assert.ok(beschrijving, `${href} link has aria-describedby`);
    assert.equal(await app.page.locator(`#${beschrijving}`).innerText(), 'voorbeeld', href);
  }
  assert.equal(await app.page.locator('.noodhulp .voorbeeldlabel').count(), 0);
  // Invented providers are marked on the product cards.
  await visit(app, '/producten');
  const pleegzorg = app.page.locator('#product-44P01');
  assert.match(await pleegzorg.innerText(), /Pleegzorg Gelderland-Noord\s+voorbeeld/);
  // And in English.
  await visit(app, '/waar-kan-ik-terecht?gemeente=GM0243');
  await app.page.getByRole('button', { name: 'English' }).click();
  await app.page.getByRole('complementary', { name: 'Please note: this is an example website' }).waitFor();
  await app.page.locator('section.toegangskaart .voorbeeldlabel', { hasText: /^example$/ }).first().waitFor();
  await app.page.getByRole('button', { name: 'Nederlands' }).click();
  await app.page.getByRole('heading', { level: 1, name: 'Waar kan ik terecht?' }).waitFor();
});

test('content without example values shows no notice and no labels', async () => {
  // The same build, with every `voorbeeld` line taken out of the content,
  // as an advisor does once the details are checked.
  const root = new URL('../../', import.meta.url).pathname;
  const dist = join('target', 'e2e-dist-zonder-voorbeelden');
  await rm(join(root, dist), { recursive: true, force: true });
  await cp(join(root, 'dist'), join(root, dist), { recursive: true });
  for (const map of ['content', 'content/en']) {
    for (const naam of (await readdir(join(root, dist, map))).filter((n) => n.endsWith('.toml'))) {
      const pad = join(root, dist, map, naam);
      const tekst = await readFile(pad, 'utf8');
      await writeFile(pad, tekst.split('\n').filter((r) => !r.startsWith('voorbeeld =')).join('\n'));
    }
  }
  const echt = await openApp({ dist, serviceWorkers: 'block' });
  try {
    for (const path of ['/waar-kan-ik-terecht?gemeente=GM0243', '/producten']) {
      await visit(echt, path);
      // Both need the portal and the catalogue, which decide the notice.
      await echt.page.locator(path.startsWith('/waar') ? 'section.toegangskaart' : '.productkaart').first().waitFor();
      assert.equal(await echt.page.locator('.voorbeeldmelding').count(), 0, path);
      assert.equal(await echt.page.locator('.voorbeeldlabel').count(), 0, path);
    }
  } finally {
    await echt.close();
    await rm(join(root, dist), { recursive: true, force: true });
  }
});
