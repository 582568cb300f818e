// The Gegevens page: both CSV dialects through the browser with the counts
// and rejections shown, the rejected-rows download, the privacy guard, the
// column-mapping step (remembered after a reload), cancel, and clear-all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, visit } from './harness.mjs';

const DATA = new URL('../../crates/core/tests/data/', import.meta.url).pathname;
const CLI_DATA = new URL('../../crates/cli/tests/data/', import.meta.url).pathname;
const E2E_DATA = new URL('./data/', import.meta.url).pathname;

let app;
before(async () => { app = await openApp(); });
after(async () => { await app.close(); });

const card = (name) => app.page.locator('section.bestandskaart', { has: app.page.getByRole('heading', { name, exact: true }) });

async function fact(section, label) {
  return (await section.locator('dl.kenmerken div', { has: app.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').innerText()).trim();
}

async function load(files) {
  await app.page.setInputFiles('#bestanden', files);
}

test('dialect A (; Windows-1252 dd-mm-yyyy CRLF) and B (, UTF-8 BOM ISO) load with exact counts and lines', async () => {
  await visit(app, '/gegevens');
  await load([DATA + 'a_trajecten.csv', DATA + 'b_trajecten.csv']);
  const a = card('a_trajecten.csv');
  const b = card('b_trajecten.csv');
  await a.waitFor();
  await b.waitFor();
  assert.equal(await fact(a, 'Soort'), 'trajecten');
  assert.equal(await fact(a, 'Regels gelezen'), '12');
  assert.equal(await fact(a, 'Geaccepteerd'), '3');
  assert.equal(await fact(a, 'Afgewezen'), '9');
  assert.equal(await fact(a, 'Tekenset en scheidingsteken'), 'Windows-1252, “;”');
  assert.equal(await fact(a, 'Genegeerde kolommen'), 'opmerking');
  const lines = await a.locator('tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(lines, ['7', '8', '9', '10', '11', '12', '13', '14', '15']);
  assert.match(await a.locator('tbody tr').first().innerText(), /begindatum\s+31-02-2023\s+datum bestaat niet/);

  assert.equal(await fact(b, 'Geaccepteerd'), '2');
  assert.equal(await fact(b, 'Afgewezen'), '1');
  assert.equal(await fact(b, 'Tekenset en scheidingsteken'), 'UTF-8 met BOM, “,”');
  assert.match(await b.locator('tbody tr').innerText(), /^4\s+begindatum\s+2023-13-01\s+datum bestaat niet$/);

  const summary = app.page.locator('section.samenvatting');
  assert.match(await summary.locator('tbody').innerText(), /trajecten\s+5/);
});

test('"Download afgewezen regels" gives the rejected rows with a fout column', async () => {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    card('b_trajecten.csv').getByRole('button', { name: 'Download afgewezen regels' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'afgewezen-b_trajecten.csv');
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const [header, row] = text.split(/\r?\n/);
  assert.equal(header, 'client,toewijzing,gemeente,aanbieder,productcategorie,productcode,segment,begindatum,einddatum,fout');
  assert.match(row, /^K3,B202,GM0243,Aanbieder,45,,,2023-13-01,,.*regel 4.*datum bestaat niet/);
});

test('several files dropped at once on the drop zone are all read', async () => {
  await visit(app, '/gegevens');
  const spec = await readFile(DATA + 'voorbeeld_trajecten.csv', 'utf8');
  const dataTransfer = await app.page.evaluateHandle((spec) => {
    const dt = new DataTransfer();
    dt.items.add(new File([spec], 'gesleept_trajecten.csv', { type: 'text/csv' }));
    dt.items.add(new File(['toewijzing;maand;bedrag\nT1;2023-01;100,50\n'], 'gesleept_declaraties.csv', { type: 'text/csv' }));
    return dt;
  }, spec);
  await app.page.locator('.laadzone').dispatchEvent('drop', { dataTransfer });
  await card('gesleept_trajecten.csv').locator('dl.kenmerken').waitFor();
  await card('gesleept_declaraties.csv').locator('dl.kenmerken').waitFor();
  assert.equal(await fact(card('gesleept_trajecten.csv'), 'Geaccepteerd'), '6');
  assert.equal(await fact(card('gesleept_declaraties.csv'), 'Soort'), 'declaraties');
});

test('the privacy guard stops a BSN column until the user drops it', async () => {
  await load([CLI_DATA + 'privacy_bsn.csv']);
  const c = card('privacy_bsn.csv');
  const alert = c.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /bsn: 100% van de waarden lijkt een BSN \(elfproef\)/);
  assert.equal(await c.locator('dl.kenmerken').count(), 0, 'nothing of the file is shown');
  await c.getByRole('button', { name: 'Laat deze kolommen weg en lees opnieuw' }).click();
  await c.locator('dl.kenmerken').waitFor();
  assert.equal(await fact(c, 'Geaccepteerd'), '2');
  assert.equal(await fact(c, 'Weggelaten kolommen'), 'bsn');
});

test('column mapping: map a header once, and the browser remembers it', async () => {
  await load([E2E_DATA + 'andere_koppen.csv']);
  const c = card('andere_koppen.csv');
  await c.locator('form').waitFor();
  await c.getByLabel('Kolom voor “client”').selectOption('clientnummer');
  await c.getByRole('button', { name: 'Koppeling opslaan en opnieuw lezen' }).click();
  await c.locator('dl.kenmerken').waitFor();
  assert.equal(await fact(c, 'Geaccepteerd'), '2');

  await visit(app, '/gegevens');
  assert.equal(await app.page.locator('section.bestandskaart').count(), 0, 'loaded data is gone after a reload');
  await load([E2E_DATA + 'andere_koppen.csv']);
  await card('andere_koppen.csv').locator('dl.kenmerken').waitFor();
  assert.equal(await fact(card('andere_koppen.csv'), 'Geaccepteerd'), '2');
});

test('a large load shows progress and can be cancelled', async () => {
  await visit(app, '/gegevens');
  const header = 'client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\n';
  const rows = [];
  for (let i = 0; i < 400000; i++) rows.push(`K${i % 5000};T${i};GM0243;Aanbieder;45;01-02-2023`);
  const buffer = Buffer.from(header + rows.join('\n') + '\n');
  await app.page.setInputFiles('#bestanden', { name: 'groot.csv', mimeType: 'text/csv', buffer });
  const progress = app.page.locator('.lading progress');
  await progress.waitFor();
  await app.page.getByRole('button', { name: 'Annuleren' }).click();
  await app.page.getByRole('status').filter({ hasText: 'Het laden van groot.csv is geannuleerd.' }).waitFor();
  assert.equal(await card('groot.csv').count(), 0);
  assert.equal(await app.page.locator('.lading').count(), 0);
});

test('"Wis alle gegevens" removes every file', async () => {
  await load([DATA + 'b_trajecten.csv']);
  await card('b_trajecten.csv').waitFor();
  await app.page.getByRole('button', { name: 'Wis alle gegevens' }).click();
  assert.equal(await app.page.locator('section.bestandskaart').count(), 0);
  assert.equal(await app.page.locator('section.samenvatting').count(), 0);
});

test('the page with reports, a privacy stop and a mapping form has zero axe violations', async () => {
  const { AxeBuilder } = await import('@axe-core/playwright');
  await visit(app, '/gegevens');
  await load([DATA + 'a_trajecten.csv', CLI_DATA + 'privacy_bsn.csv', E2E_DATA + 'andere_koppen.csv']);
  await card('a_trajecten.csv').locator('dl.kenmerken').waitFor();
  await card('privacy_bsn.csv').getByRole('alert').waitFor();
  await app.page.evaluate(() => localStorage.clear());
  await visit(app, '/gegevens');
  await load([DATA + 'a_trajecten.csv', CLI_DATA + 'privacy_bsn.csv', E2E_DATA + 'andere_koppen.csv']);
  await card('andere_koppen.csv').locator('form').waitFor();
  await card('privacy_bsn.csv').getByRole('alert').waitFor();
  const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`), []);
});

test('"Laad demogegevens" loads all seven bundled files without a rejection', async () => {
  await visit(app, '/gegevens');
  await app.page.getByRole('button', { name: 'Laad demogegevens' }).click();
  await app.page.locator('section.samenvatting').waitFor({ timeout: 60000 });
  await app.page.waitForFunction(() => document.querySelectorAll('.lading').length === 0 && document.querySelectorAll('section.bestandskaart').length === 7);
  for (const kind of ['trajecten', 'declaraties', 'wachttijden', 'begroting', 'bevolking', 'aanmeldingen', 'tevredenheid']) {
    const text = await readFile(new URL(`../../public/demo/${kind}.csv`, import.meta.url), 'utf8');
    const rows = text.split('\n').filter(Boolean).length - 1;
    const c = card(`${kind}.csv`);
    assert.equal(await fact(c, 'Soort'), kind);
    assert.equal((await fact(c, 'Geaccepteerd')).replaceAll('.', ''), String(rows), kind);
    assert.equal(await fact(c, 'Afgewezen'), '0', kind);
  }
  const warning = app.page.getByRole('region', { name: 'Waarschuwingen over de gegevens' });
  assert.match(await warning.innerText(), /declaraties horen bij een toewijzing die niet in trajecten staat/);
});
