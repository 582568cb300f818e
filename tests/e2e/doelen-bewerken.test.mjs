// Editing goals and measures in the browser: change, add (with the SMART
// check in words), duplicate and delete goals; a handmatig judgement with
// note and date; measures; everything survives a reload (localStorage), and
// export → import in a fresh browser gives the same set. Zero axe
// violations with the forms open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit } from './harness.mjs';

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const goals = () => app.page.locator('article.doel');
const goal = (id) => app.page.locator(`article.doel[data-doel="${id}"]`);
const presetCount = async () => (await readFile(new URL('../../public/content/doelen.toml', import.meta.url), 'utf8'))
  .split('\n').filter((l) => /^\[\[doelen\]\]/.test(l)).length;
const acceptDialogs = () => app.page.once('dialog', (d) => d.accept());

async function openGoals() {
  await visit(app, '/doelen');
  await goals().first().waitFor();
}

test('a goal is changed by keyboard, checked, and survives a reload', async () => {
  await openGoals();
  const id = 'nul-wachtenden-jeugdbescherming';
  const title = await goal(id).locator('h3').innerText();
  await goal(id).getByRole('button', { name: `Wijzig ${title}` }).focus();
  await app.page.keyboard.press('Enter');
  const form = app.page.getByRole('form', { name: 'Doel wijzigen' });
  await form.getByLabel('Titel').fill('Niemand wacht op jeugdbescherming');
  await form.getByLabel('Bron (document en hoofdstuk)').fill('Eigen afspraak, raad 2026');
  await form.getByRole('button', { name: 'Controleer en bewaar' }).focus();
  await app.page.keyboard.press('Enter');
  await goal(id).locator('h3', { hasText: 'Niemand wacht op jeugdbescherming' }).waitFor();
  assert.match(await app.page.locator('[role="status"]', { hasText: 'is bewaard' }).innerText(), /bewaard in deze browser/);

  await app.page.reload();
  await goal(id).locator('h3', { hasText: 'Niemand wacht op jeugdbescherming' }).waitFor();
  await goal(id).locator('summary').click();
  assert.match(await goal(id).locator('details').innerText(), /Eigen afspraak, raad 2026/);
  assert.match(await app.page.locator('main').innerText(), /Je werkt met je eigen doelen/);
});

test('editing a goal over two segments keeps both ("zoals nu")', async () => {
  const id = 'verklarende-analyse-segment-1-2';
  await goal(id).getByRole('button', { name: /^Wijzig/ }).click();
  const form = app.page.getByRole('form', { name: 'Doel wijzigen' });
  // Focus lands on the form's heading.
  assert.equal(await app.page.evaluate(() => document.activeElement?.textContent), 'Doel wijzigen');
  assert.equal(await form.getByLabel('Segment').inputValue(), '*');
  assert.match(await form.getByLabel('Segment').locator('option:checked').innerText(), /Zoals nu: segment 1 of 2/);
  await form.getByLabel('Titel').fill('Verklarende analyse in segment 1 en 2 (bijgewerkt)');
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  await goal(id).locator('h3', { hasText: '(bijgewerkt)' }).waitFor();
  await goal(id).getByRole('button', { name: /^Wijzig/ }).click();
  assert.equal(await app.page.getByRole('form', { name: 'Doel wijzigen' }).getByLabel('Segment').inputValue(), '*');
  await app.page.getByRole('form', { name: 'Doel wijzigen' }).getByRole('button', { name: 'Annuleren' }).click();
});

test('a new goal lists what is missing per SMART letter, then is added', async () => {
  const before = await goals().count();
  await app.page.getByRole('button', { name: 'Nieuw doel' }).click();
  const form = app.page.getByRole('form', { name: 'Nieuw doel' });
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  const messages = await form.locator('.smartmeldingen').innerText();
  assert.match(messages, /S – Specifiek: /);
  assert.match(messages, /titel/i);

  await form.getByLabel('Titel').fill('Meer jeugdigen krijgen binnen drie werkdagen contact');
  await form.getByLabel('Gemeten met').selectOption('contact_binnen_3_werkdagen_pct');
  await form.getByLabel('Richting').selectOption('minimaal');
  await form.getByLabel('Basislijn: periode').fill('2023');
  await form.getByLabel('Soort doel').selectOption('waarde');
  await form.getByLabel('Doelwaarde').fill('95');
  await form.getByLabel('Gehaald uiterlijk op').fill('2027-12-31');
  await form.getByLabel('Bron (document en hoofdstuk)').fill('Eigen afspraak');
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  await form.waitFor({ state: 'detached', timeout: 5000 }).catch(async () => {
    assert.fail(`form still open: ${await form.locator('.smartmeldingen').innerText()}`);
  });
  await goal('meer-jeugdigen-krijgen-binnen-drie').waitFor();
  assert.equal(await goals().count(), before + 1);
});

test('a wrong number is explained, not lost', async () => {
  const id = 'meer-jeugdigen-krijgen-binnen-drie';
  await goal(id).getByRole('button', { name: /^Wijzig/ }).click();
  const form = app.page.getByRole('form', { name: 'Doel wijzigen' });
  await form.getByLabel('Doelwaarde').fill('veel');
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  assert.match(await form.locator('.smartmeldingen').innerText(), /M – Meetbaar: Het doel "veel" is geen getal/);
  assert.equal(await form.getByLabel('Doelwaarde').inputValue(), 'veel');
  const result = await new AxeBuilder({ page: app.page }).withTags(TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`), []);
  await form.getByRole('button', { name: 'Annuleren' }).click();
  await form.waitFor({ state: 'detached' });
});

test('a handmatig goal gets a judgement with a note and a date', async () => {
  const handmatig = app.page.locator('article.doel', { has: app.page.locator('.statusbadge--handmatig') }).first();
  const id = await handmatig.getAttribute('data-doel');
  await handmatig.getByRole('button', { name: /^Wijzig/ }).click();
  const form = app.page.getByRole('form', { name: 'Doel wijzigen' });
  await form.getByLabel('Status').selectOption('op_koers');
  await form.getByLabel('Notitie bij het oordeel').fill('Besproken in het regionaal overleg');
  await form.getByLabel('Datum van het oordeel').fill('2026-10-01');
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  await goal(id).locator('.statusbadge', { hasText: 'Handmatig: op koers' }).waitFor();
  assert.match(await goal(id).innerText(), /Beoordeeld op 01-10-2026: Besproken in het regionaal overleg/);
});

test('duplicate and delete, and deleting unlinks the measures', async () => {
  const before = await goals().count();
  const first = goals().first();
  const title = await first.locator('h3').innerText();
  await first.getByRole('button', { name: `Dupliceer ${title}` }).click();
  const form = app.page.getByRole('form', { name: 'Nieuw doel' });
  assert.equal(await form.getByLabel('Titel').inputValue(), `${title} (kopie)`);
  await form.getByRole('button', { name: 'Controleer en bewaar' }).click();
  await app.page.locator('article.doel h3', { hasText: `${title} (kopie)` }).waitFor();
  assert.equal(await goals().count(), before + 1);

  // A goal that a measure names: after deleting, no measure lists it.
  const linked = 'basis-ggz-verwijzingen';
  const linkedTitle = await goal(linked).locator('h3').innerText();
  acceptDialogs();
  await goal(linked).getByRole('button', { name: `Verwijder ${linkedTitle}` }).click();
  await goal(linked).waitFor({ state: 'detached' });
  assert.equal(await goals().count(), before);
  assert.doesNotMatch(await app.page.locator('table.maatregeltabel').innerText(), new RegExp(linkedTitle));
});

test('measures are added, changed and deleted', async () => {
  await app.page.getByRole('button', { name: 'Nieuwe maatregel' }).click();
  const form = app.page.getByRole('form', { name: 'Nieuwe maatregel' });
  await form.getByLabel('Code').fill('A1');
  await form.getByRole('button', { name: 'Bewaar maatregel' }).click();
  assert.match(await form.innerText(), /De code A1 bestaat al/);
  await form.getByLabel('Code').fill('Z9');
  await form.getByLabel('Maatregel').fill('Spreekuur jeugdhulp op school');
  await form.getByLabel('Eigenaar').fill('Gemeente Ermelo');
  await form.getByLabel('Status').selectOption('doorlopend');
  await form.getByLabel('Planning').fill('schooljaar 2026-2027');
  await form.getByLabel(/^KPI's/).fill('instroom_jeugdigen, wachttijd_per_dag');
  await form.getByRole('button', { name: 'Bewaar maatregel' }).click();
  assert.match(await form.innerText(), /wachttijd_per_dag is geen KPI uit het gegevenscontract/);
  await form.getByLabel(/^KPI's/).fill('instroom_jeugdigen');
  await form.getByLabel(await goals().first().locator('h3').innerText(), { exact: true }).check();
  await form.getByRole('button', { name: 'Bewaar maatregel' }).click();
  const row = app.page.locator('table.maatregeltabel tr', { hasText: 'Z9' });
  await row.waitFor();
  assert.match(await row.innerText(), /Spreekuur jeugdhulp op school\s+Gemeente Ermelo\s+Doorlopend/);
  assert.match(await row.innerText(), /Instroom jeugdigen|instroom/i);

  await row.getByRole('button', { name: 'Wijzig maatregel Z9' }).click();
  await app.page.getByRole('form', { name: 'Maatregel wijzigen' }).getByLabel('Status').selectOption('afgerond');
  await app.page.getByRole('form', { name: 'Maatregel wijzigen' }).getByRole('button', { name: 'Bewaar maatregel' }).click();
  await row.locator('td', { hasText: 'Afgerond' }).waitFor();

  await app.page.reload();
  await row.waitFor();
  acceptDialogs();
  await row.getByRole('button', { name: 'Verwijder maatregel Z9' }).click();
  await row.waitFor({ state: 'detached' });
});

test('export and import round-trip the whole set into a fresh browser', async () => {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Exporteer doelen (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'doelen.json');
  const path = await download.path();
  const exported = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(exported.versie, 1);
  assert.ok(exported.doelen.some((d) => d.titel === 'Niemand wacht op jeugdbescherming'));

  const other = await openApp();
  try {
    await visit(other, '/doelen');
    await other.page.locator('article.doel').first().waitFor();
    assert.equal(await other.page.locator('article.doel').count(), await presetCount());
    await other.page.setInputFiles('#doelen-import', path);
    await other.page.locator('[role="status"]', { hasText: 'geïmporteerd' }).waitFor();
    await other.page.locator('article.doel h3', { hasText: 'Niemand wacht op jeugdbescherming' }).waitFor();
    assert.equal(await other.page.locator('article.doel').count(), exported.doelen.length);
    const [again] = await Promise.all([
      other.page.waitForEvent('download'),
      other.page.getByRole('button', { name: 'Exporteer doelen (JSON)' }).click(),
    ]);
    assert.deepEqual(JSON.parse(await readFile(await again.path(), 'utf8')), exported);

    // A file that is not a goal set is refused in words and changes nothing.
    await other.page.setInputFiles('#doelen-import', { name: 'fout.json', mimeType: 'application/json', buffer: Buffer.from('{"versie": 9}') });
    await other.page.locator('[role="status"]', { hasText: 'Importeren lukte niet' }).waitFor();
    assert.equal(await other.page.locator('article.doel').count(), exported.doelen.length);
  } finally {
    await other.close();
  }
});

test('back to the region\'s goals', async () => {
  acceptDialogs();
  await app.page.getByRole('button', { name: 'Terug naar de doelen van de regio' }).click();
  await app.page.locator('main', { hasText: 'Je ziet de doelen van de regio' }).waitFor();
  assert.equal(await goals().count(), await presetCount());
  await app.page.reload();
  await goals().first().waitFor();
  assert.equal(await goals().count(), await presetCount());
  assert.deepEqual(app.pageErrors, []);
});
