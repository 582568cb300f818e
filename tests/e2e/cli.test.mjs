// The app's downloads equal the CLI's output for the same view (issue 21):
// the breakdown (CSV byte for byte, JSON by value) against `jeugdmonitor kpi
// --per`, the goals overview against `jeugdmonitor doelen` (also from the
// app's own goals export), and the CBS comparison against `jeugdmonitor
// cbs`. Both sides call the same core functions; this holds them together
// through the app's state (URL, region content, loaded files) and the CLI's
// options.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, visit, laadDemo } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = ['target/debug/jeugdmonitor', 'target/release/jeugdmonitor'].map((p) => ROOT + p).find(existsSync);
const DEMO = ['trajecten', 'declaraties', 'wachttijden', 'begroting', 'bevolking', 'aanmeldingen', 'tevredenheid']
  .map((k) => `${ROOT}public/demo/${k}.csv`);
const INHOUD = ['--inhoud', ROOT + 'public/content'];

let app;
let tmp;
before(async () => {
  app = await openApp();
  tmp = await mkdtemp(join(tmpdir(), 'jeugdmonitor-e2e-cli-'));
  await visit(app, '/gegevens');
  await laadDemo(app);
});
after(async () => {
  await app.close();
  await rm(tmp, { recursive: true, force: true });
});

function jeugdmonitor(args) {
  assert.ok(CLI, 'jeugdmonitor binary not built (layer 1 of scripts/test.sh builds it)');
  return execFileSync(CLI, args, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).toString();
}

async function go(query) {
  await app.page.evaluate((q) => {
    history.pushState(null, '', '/dashboard?' + q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await app.page.locator('.dashboard__kop').waitFor();
}

// Clicks a button and returns the download's file name, path and text.
async function download(name) {
  const [d] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  const path = await d.path();
  return { name: d.suggestedFilename(), path, text: await readFile(path, 'utf8') };
}

const BREAKDOWNS = [
  ['periode=2024-03', ['--maand', '2024-03'], 'gemeente'],
  ['periode=2024&k=1', ['--jaar', '2024', '--k', '1'], 'segment'],
  ['periode=2024-Q2&gemeente=GM0243', ['--kwartaal', '2024-Q2', '--gemeente', 'GM0243'], 'aanbieder'],
  ['periode=2023-H2&k=10', ['--halfjaar', '2023-H2', '--k', '10'], 'verwijzer'],
  ['periode=2024&segment=4', ['--jaar', '2024', '--segment', '4'], 'productcategorie'],
  ['periode=2024&peildatum=2024-06-30', ['--jaar', '2024', '--peildatum', '2024-06-30'], 'productcode'],
];

for (const [query, args, per] of BREAKDOWNS) {
  test(`breakdown per ${per} of ?${query}: CSV and JSON equal jeugdmonitor kpi --per ${per}`, async () => {
    await go(`${query}&uitsplitsing=${per}&sectie=gemeenten`);
    await app.page.locator('table.uitsplitsing tbody tr').first().waitFor();
    const csv = await download('Exporteer uitsplitsing (CSV)');
    assert.match(csv.name, new RegExp(`^uitsplitsing-${per}-`));
    const cliCsv = jeugdmonitor(['kpi', '--per', per, ...args, '--format', 'csv', ...INHOUD, ...DEMO]);
    assert.equal(csv.text, cliCsv, 'the CSV files differ');
    const json = JSON.parse((await download('Exporteer uitsplitsing (JSON)')).text);
    const cliJson = JSON.parse(jeugdmonitor(['kpi', '--per', per, ...args, ...INHOUD, ...DEMO]));
    assert.deepEqual(json, cliJson);
  });
}

test('the goals overview (CSV) equals jeugdmonitor doelen, also from the app\'s own goals file', async () => {
  await app.page.getByRole('link', { name: 'Doelen' }).first().click();
  await app.page.locator('.doel').first().waitFor();
  const datum = app.page.locator('#d-peildatum');
  await datum.fill('2024-12-31');
  await datum.dispatchEvent('change');
  // The goals are measured in the background; the status line says so.
  await app.page.waitForFunction(() => ![...document.querySelectorAll('p[role="status"]')].some((p) => p.textContent.includes('worden gemeten')));
  const overzicht = await download('Exporteer overzicht (CSV)');
  assert.equal(overzicht.name, 'doelen-overzicht.csv');
  const cli = jeugdmonitor(['doelen', '--peildatum', '2024-12-31', '--format', 'csv', ...INHOUD, ...DEMO]);
  assert.equal(overzicht.text, cli, 'the goals overviews differ');
  assert.match(overzicht.text, /Behaald|Op koers|Risico|Niet behaald/);

  const eigen = await download('Exporteer doelen (JSON)');
  const uitEigen = jeugdmonitor(['doelen', '--peildatum', '2024-12-31', '--doelen', eigen.path, '--format', 'csv', ...INHOUD, ...DEMO]);
  assert.equal(uitEigen, cli, 'the app\'s goals file gives the same overview');
});

test('the CBS comparison (CSV) equals jeugdmonitor cbs with the same files in the same order', async () => {
  // The comparison lives in its own section of the dashboard.
  await go('periode=2024&sectie=cbs');
  const bestanden = ['jeugdzorg_per_gemeente_2022.csv', '85098NED_indicatoren_jeugdzorg_gemeenten_2022.csv']
    .map((n) => `${ROOT}public/demo/cbs/${n}`);
  // One at a time: the order of the tables is the order of the sources.
  await app.page.locator('#cbs-bestand').setInputFiles(bestanden[0]);
  await app.page.getByText(/jeugdzorg_per_gemeente_2022\.csv: 346 regio's gelezen/).waitFor();
  await app.page.locator('#cbs-bestand').setInputFiles(bestanden[1]);
  await app.page.getByText(/85098NED_indicatoren_jeugdzorg_gemeenten_2022\.csv: 356 regio's gelezen/).waitFor();
  // Our own figures are computed in the background: wait until the region
  // row has its own count.
  const regio = app.page.locator('section.cbs table')
    .filter({ has: app.page.locator('caption', { hasText: 'Jongeren met jeugdzorg (aantal) in 2022' }) })
    .locator('tr').filter({ has: app.page.locator('th[scope=row]:text-is("Jeugdhulpregio Noord-Veluwe")') }).locator('td').first();
  await app.page.waitForFunction((el) => /^\d/.test(el.textContent), await regio.elementHandle());
  const csv = await download('Exporteer vergelijking (CSV)');
  assert.equal(csv.name, 'vergelijking-cbs-2022.csv');
  const cli = jeugdmonitor(['cbs', ...INHOUD, ...bestanden, ...DEMO]);
  assert.equal(csv.text, cli, 'the comparisons differ');
});
