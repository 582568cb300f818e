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

// Issue 16: files that are no CSV, a header without rows and a quote that is
// never closed show the core's message on the card and in the page's
// announcement: the same text the CLI prints (crates/cli/tests/cli.rs,
// module vijandig), never a bare "niet herkend als extract".
test('hostile files: UTF-16, Excel named .csv, a header only and an unclosed quote say what is wrong', async () => {
  await visit(app, '/gegevens');
  const gevallen = [
    ['utf16_met_bom.csv', 'dit bestand is opgeslagen als UTF-16 LE (Unicode-tekst). De jeugdmonitor leest alleen CSV in UTF-8 of Windows-1252. Open het in Excel en kies Opslaan als → CSV UTF-8'],
    ['excel_als_csv.csv', "dit is een Excel-bestand (xlsx), geen CSV. Open het in Excel en kies Opslaan als → CSV UTF-8 (door komma's gescheiden)."],
    ['alleen_kop.csv', 'kopregel zonder regels: het bestand heeft wel kolomnamen (trajecten), maar geen gegevens eronder.'],
    ['open_aanhalingsteken.csv', 'aanhalingsteken geopend op regel 3, kolom 14 wordt nooit gesloten: alles vanaf daar tot het einde van het bestand (regel 3 tot en met 5, 3 regels) is als één veld gelezen.'],
  ];
  for (const [naam, melding] of gevallen) {
    await load([CLI_DATA + naam]);
    const c = card(naam);
    const blok = c.locator('.bestandskaart__melding');
    await blok.waitFor();
    // On the card as a sentence of its own (with a capital).
    const zin = melding[0].toUpperCase() + melding.slice(1);
    assert.ok((await blok.innerText()).trim().startsWith(zin), `${naam}: ${await blok.innerText()}`);
    assert.doesNotMatch(await c.innerText(), /niet herkend/);
    await app.page.getByRole('status').filter({ hasText: melding }).waitFor();
  }
  // The unclosed quote is also the one rejected row, with its column.
  const rij = await card('open_aanhalingsteken.csv').locator('tbody tr').innerText();
  assert.match(rij, /^3\s+aanbieder\s+Zorg B;45;01-03-2023/);
  assert.match(rij, /aanhalingsteken geopend op regel 3, kolom 14/);
  // Neither file that is no CSV was read row by row.
  for (const naam of ['utf16_met_bom.csv', 'excel_als_csv.csv']) {
    assert.equal(await card(naam).locator('dl.kenmerken, table').count(), 0, naam);
  }
  assert.equal(await fact(card('alleen_kop.csv'), 'Regels gelezen'), '0');
});

test('a large file with a quote opened on line 2 says so, and a large UTF-16 file is named at once', async () => {
  await visit(app, '/gegevens');
  const rows = [];
  for (let i = 1; i <= 200000; i++) rows.push(`K${i};T${i};GM0243;Zorg A;45;01-02-2023`);
  const kop = 'client;toewijzing;gemeente;aanbieder;productcategorie;begindatum\n';
  const open = Buffer.from(kop + 'K0;T0;GM0243;"Zorg open;45;01-02-2023\n' + rows.join('\n') + '\n');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(kop + rows.join('\n'), 'utf16le')]);
  await app.page.setInputFiles('#bestanden', [
    { name: 'groot_open.csv', mimeType: 'text/csv', buffer: open },
    { name: 'groot_utf16.csv', mimeType: 'text/csv', buffer: utf16 },
  ]);
  const melding = card('groot_open.csv').locator('.bestandskaart__melding');
  await melding.waitFor({ timeout: 60000 });
  assert.match(await melding.innerText(), /^Aanhalingsteken geopend op regel 2, kolom 14 wordt nooit gesloten: .*\(regel 2 tot en met 200\s?002, 200\s?001 regels\)/);
  assert.equal(await fact(card('groot_open.csv'), 'Afgewezen'), '1');
  const utf16Melding = card('groot_utf16.csv').locator('.bestandskaart__melding');
  await utf16Melding.waitFor({ timeout: 60000 });
  assert.match(await utf16Melding.innerText(), /^Dit bestand is opgeslagen als UTF-16 LE/);
});
