// The dashboard on the demo data: driven by keyboard only, the view lives in
// the URL, the JSON export equals `jeugdmonitor kpi` for several windows and
// scopes, the CSV export is suppressed, sorting works, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit, laadDemo } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = ['target/debug/jeugdmonitor', 'target/release/jeugdmonitor'].map((p) => ROOT + p).find(existsSync);
const DEMO = ['trajecten', 'declaraties', 'wachttijden', 'begroting', 'bevolking', 'aanmeldingen', 'tevredenheid']
  .map((k) => `${ROOT}public/demo/${k}.csv`);
const LOAD_ONLY = new Set(['invoer', 'afgewezen', 'waarschuwingen', 'geen_gegevens']);

let app;
before(async () => {
  app = await openApp();
  await visit(app, '/gegevens');
  await laadDemo(app);
});
after(async () => { await app.close(); });

function cli(args) {
  assert.ok(CLI, 'jeugdmonitor binary not built (layer 1 of scripts/test.sh builds it)');
  const out = execFileSync(CLI, ['kpi', ...args, '--inhoud', ROOT + 'public/content', ...DEMO], { stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.toString());
}

async function exportJson() {
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Exporteer JSON' }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

// Client-side navigation keeps the loaded data (a full page load would not).
async function go(query) {
  await app.page.evaluate((q) => {
    history.pushState(null, '', '/dashboard?' + q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await app.page.locator('.dashboard__kop').waitFor();
}

const CASES = [
  ['periode=2024', ['--jaar', '2024']],
  ['periode=2025-Q2&gemeente=GM0243', ['--kwartaal', '2025-Q2', '--gemeente', 'GM0243']],
  ['periode=2023-05&segment=4&k=1', ['--maand', '2023-05', '--segment', '4', '--k', '1']],
  ['periode=2024-H2&gemeente=GM0233&peildatum=2024-10-01&k=10', ['--halfjaar', '2024-H2', '--gemeente', 'GM0233', '--peildatum', '2024-10-01', '--k', '10']],
  ['periode=2022-03-15_2023-02-28', ['--van', '2022-03-15', '--tot', '2023-02-28']],
];

for (const [query, args] of CASES) {
  test(`JSON export of ?${query} equals jeugdmonitor kpi ${args.join(' ')}`, async () => {
    await go(query);
    const app_ = await exportJson();
    const cli_ = cli(args);
    for (const key of Object.keys(app_)) {
      if (LOAD_ONLY.has(key)) continue;
      assert.deepEqual(app_[key], cli_[key], `${key} differs`);
    }
    for (const key of Object.keys(cli_)) {
      if (!LOAD_ONLY.has(key)) assert.ok(key in app_, `${key} missing from the app's export`);
    }
  });
}

test('more filters by keyboard (referrers, category, provider, age) and the export still equals the CLI', async () => {
  await go('periode=2024');
  const summary = app.page.locator('details.filters > summary');
  await summary.focus();
  await app.page.keyboard.press('Enter');
  await app.page.locator('#f-verwijzer-2').focus();
  await app.page.keyboard.press('Space');
  await app.page.waitForURL(/verwijzer=02/);
  await app.page.locator('#f-verwijzer-3').focus();
  await app.page.keyboard.press('Space');
  await app.page.waitForURL(/verwijzer=02&verwijzer=03/);
  await app.page.locator('#f-productcategorie-45').check();
  await app.page.waitForURL(/productcategorie=45/);
  const provider = await app.page.locator('label[for="f-aanbieder-0"]').innerText();
  await app.page.locator('#f-aanbieder-0').check();
  await app.page.waitForURL(/aanbieder=/);
  await app.page.locator('#f-leeftijd-van').fill('12');
  await app.page.locator('#f-leeftijd-tot').fill('17');
  await app.page.getByRole('button', { name: 'Leeftijd toepassen' }).click();
  await app.page.waitForURL(/leeftijd=12-17/);
  assert.match(await summary.innerText(), /Meer filters \(5 gekozen\)/);
  await app.page.waitForFunction(() => !document.body.innerText.includes('De cijfers worden berekend'));
  const app_ = await exportJson();
  const cli_ = cli(['--jaar', '2024', '--verwijzer', '02', '--verwijzer', '03', '--productcategorie', '45', '--aanbieder', provider, '--leeftijd', '12-17']);
  for (const key of Object.keys(cli_)) {
    if (!LOAD_ONLY.has(key)) assert.deepEqual(app_[key], cli_[key], `${key} differs`);
  }
  // A wrong age range is explained and changes nothing.
  await app.page.locator('#f-leeftijd-van').fill('17');
  await app.page.locator('#f-leeftijd-tot').fill('12');
  await app.page.getByRole('button', { name: 'Leeftijd toepassen' }).click();
  await app.page.getByText('de eerste niet hoger dan de tweede').waitFor();
  assert.match(app.page.url(), /leeftijd=12-17/);
  const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
});

test('the CSV export is suppressed and says so', async () => {
  await go('periode=2025-03&gemeente=GM0230&segment=5');
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Exporteer CSV' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF# onderdrukking;k=5'), text.slice(0, 80));
  assert.match(text, /^kpi;waarde;toelichting\r$/m);
  assert.match(text, /;<5;/, 'small counts appear as <5');
  const cliCsv = execFileSync(CLI, ['kpi', '--maand', '2025-03', '--gemeente', 'GM0230', '--segment', '5', '--format', 'csv', '--inhoud', ROOT + 'public/content', ...DEMO], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const rows = (t) => t.split('\r\n').filter((r) => !r.startsWith('geen_gegevens') && !r.includes('geef --inhoud'));
  assert.deepEqual(rows(text), rows(cliCsv));
});

test('keyboard only: choose a municipality and a quarter, the URL follows, Back restores', async () => {
  await go('periode=2024');
  await app.page.locator('#k-soort').focus();
  await app.page.keyboard.press('ArrowDown'); // Jaar → Halfjaar
  await app.page.keyboard.press('ArrowDown'); // → Kwartaal
  await app.page.waitForURL(/periode=2024-Q1/);
  await app.page.locator('#k-gemeente').focus();
  await app.page.keyboard.press('ArrowDown'); // first municipality by name: Elburg
  await app.page.waitForURL(/gemeente=GM0230/);
  assert.match(await app.page.locator('.dashboard__kop').innerText(), /1e kwartaal 2024/);
  await app.page.goBack();
  await app.page.waitForURL((u) => !u.search.includes('gemeente'));
});

test('the breakdown per municipality sorts by any column, by keyboard', async () => {
  await go('periode=2024&sectie=gemeenten');
  const table = app.page.locator('table.uitsplitsing');
  const button = table.getByRole('button', { name: 'Jeugdigen in zorg' });
  await button.focus();
  await app.page.keyboard.press('Enter');
  const header = button.locator('xpath=..');
  // Numbers sort largest first on the first press, then the other way round.
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const values = async () => (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => Number(t.replaceAll('.', '')));
  const down = await values();
  assert.deepEqual(down, [...down].sort((a, b) => b - a));
  await app.page.keyboard.press('Enter');
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const up = await values();
  assert.deepEqual(up, [...down].sort((a, b) => a - b));
  assert.equal(up.length, 7);
});

test('the breakdown splits by segment and by referrer, chosen by keyboard and kept in the URL', async () => {
  await go('periode=2024&sectie=gemeenten');
  const table = app.page.locator('table.uitsplitsing');
  await app.page.locator('#k-uitsplitsing').focus();
  await app.page.keyboard.press('ArrowDown'); // Gemeente → Segment
  await app.page.waitForURL(/uitsplitsing=segment/);
  await app.page.getByRole('heading', { name: 'Per segment' }).waitFor();
  await table.locator('tbody tr').first().waitFor();
  const segments = await table.locator('tbody th').allInnerTexts();
  assert.ok(segments.length >= 3 && segments.every((t) => /^Segment [1-5]$/.test(t)), segments.join(' | '));
  // The youths per segment add up to at least the region's total (a youth
  // can have trajectories in several segments).
  const number = (t) => Number(t.replaceAll('.', ''));
  const perSegment = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(number);
  assert.ok(perSegment.every((n) => Number.isFinite(n) && n > 0), perSegment.join(' '));
  await app.page.keyboard.press('ArrowDown'); // → Aanbieder
  await app.page.keyboard.press('ArrowDown'); // → Verwijzer
  await app.page.waitForURL(/uitsplitsing=verwijzer/);
  await app.page.getByRole('heading', { name: 'Per verwijzer' }).waitFor();
  await table.locator('tbody th', { hasText: 'huisarts' }).waitFor();
  const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await app.page.goBack();
  await app.page.waitForURL(/uitsplitsing=aanbieder/);
});

test('the trend chart: chosen by keyboard, a table with the same numbers, and a download as SVG', async () => {
  await go('periode=2025&sectie=instroom-en-uitstroom');
  const table = app.page.locator('table.trendtabel');
  await table.locator('tbody tr').first().waitFor();
  // Five years for a year view, oldest first, ending with the chosen one.
  const periods = await table.locator('tbody th').allInnerTexts();
  assert.deepEqual(periods, ['2021', '2022', '2023', '2024', '2025']);
  // The chart's last bar says the same as the tile.
  const tile = await app.page.locator('.tegel__waarde[data-kpi="jeugdigen"]').innerText();
  assert.equal((await table.locator('tbody td').allInnerTexts()).at(-1), tile);
  assert.match(await app.page.locator('#trendgrafiek title').textContent(), /^Verloop van Jeugdigen/);
  assert.match(await app.page.locator('#trendgrafiek desc').textContent(), /2025 /);

  await app.page.locator('#k-trend').focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.locator('#trendgrafiek title', { hasText: /^Verloop van (?!Jeugdigen in zorg)/ }).waitFor({ state: 'attached' });

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Download grafiek (SVG)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^verloop-[a-z_]+\.svg$/);
  const svg = await readFile(await download.path(), 'utf8');
  assert.match(svg, /^<\?xml/);
  assert.match(svg, /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<title[^>]*>Verloop van /);

  // A quarter view shows eight quarters.
  await go('periode=2025-Q3&sectie=instroom-en-uitstroom');
  await app.page.waitForFunction(() => document.querySelectorAll('table.trendtabel tbody tr').length === 8);
  const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => v.id), []);
});

test('printed as a council report: region, window, selection, date and threshold, no controls', async () => {
  await go('periode=2024&gemeente=GM0302&k=10');
  await app.page.emulateMedia({ media: 'print' });
  try {
    const header = app.page.locator('.afdrukkop');
    assert.ok(await header.isVisible());
    const text = await header.innerText();
    assert.match(text, /dashboard jeugdhulp\. Periode 2024, peildatum 31-12-2024; aantallen onder 10 verborgen\. Selectie: gemeente Nunspeet\. Afgedrukt op \d\d-\d\d-\d{4}\./);
    assert.equal(await app.page.getByRole('button', { name: 'Exporteer CSV' }).isVisible(), false);
    assert.equal(await app.page.locator('#k-gemeente').isVisible(), false);
    assert.equal(await app.page.locator('.kopregel nav').first().isVisible(), false);
    assert.ok(await app.page.locator('.tegel').first().isVisible());
    // A4 with page numbers in the margin: Chromium lays it out on several pages.
    const pdf = await app.page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 2, `${pages} pages`);
  } finally {
    await app.page.emulateMedia({ media: 'screen' });
  }
});

test('costs against budget: bars, a sentence on the forecast, and the same figures as the tiles', async () => {
  await go('periode=2024-Q2&sectie=kosten');
  const section = app.page.locator('section', { has: app.page.getByRole('heading', { name: 'Kosten en begroting' }) });
  assert.match(await section.locator('.kosten__oordeel').innerText(), /^De prognose voor 2024 (ligt|blijft) € [\d.]+ (boven|binnen) de begroting\.$/);
  const cells = await section.locator('table.kostentabel td').allInnerTexts();
  const tile = (id) => app.page.locator(`.tegel__waarde[data-kpi="${id}"]`).innerText();
  assert.deepEqual(cells, [await tile('begroting'), await tile('kosten'), await tile('prognose')]);
  assert.match(await section.locator('svg#kostengrafiek desc').textContent(), /Begroting 2024: € /);
  assert.match(await section.innerText(), /Realisatie in de periode: [\d,]+ % van de begroting/);
});

test('waiting times per product against the treeknorm, in words, a chart and a table', async () => {
  await go('periode=2025&sectie=wachttijden');
  const section = app.page.locator('section', { has: app.page.getByRole('heading', { name: 'Wachttijden en de treeknorm' }) });
  const sentence = await section.locator('.wachttijden__oordeel').innerText();
  const m = sentence.match(/Bij (\d+) van de (\d+) producten ligt de gemiddelde wachttijd boven de treeknorm\./);
  assert.ok(m, sentence);
  const rows = section.locator('table.wachttabel tbody tr');
  assert.equal(await rows.count(), Number(m[2]));
  // The region's norm (regio.toml: 14 weeks) is in every row, and the words
  // agree with the numbers.
  let above = 0;
  for (const row of await rows.all()) {
    const [weeks, norm, verdict] = (await row.locator('td').allInnerTexts());
    assert.equal(norm, '14,0 weken');
    const w = Number(weeks.replace(' weken', '').replace('.', '').replace(',', '.'));
    if (verdict === 'boven de treeknorm') { above += 1; assert.ok(w > 14, weeks); }
    else if (verdict === 'binnen de treeknorm') assert.ok(w <= 14, weeks);
  }
  assert.equal(above, Number(m[1]));
  assert.match(await section.locator('svg#wachtgrafiek title').textContent(), /treeknorm/);
});

test('every KPI tile has a "Hoe berekend?" text and KPIs without input say which file', async () => {
  await go('periode=2024');
  const tiles = app.page.locator('.tegel');
  assert.ok(await tiles.count() >= 25);
  await tiles.first().locator('summary').click();
  assert.match(await tiles.first().locator('details').innerText(), /Nodig: trajecten/);
});

test('the dashboard with data has zero axe violations, also at 320 px', async () => {
  await go('periode=2024&gemeente=GM0243');
  let result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`), []);
  await app.page.setViewportSize({ width: 320, height: 640 });
  result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`), []);
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320px`);
  await app.page.setViewportSize({ width: 1280, height: 900 });
});

// Presses Enter on a focused button and returns the text of the download.
async function downloadByKeyboard(name) {
  await app.page.getByRole('button', { name }).focus();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('exports by keyboard: the breakdown as suppressed CSV and as JSON whose groups equal the CLI', async () => {
  await go('periode=2024-03&sectie=gemeenten');
  await app.page.locator('table.uitsplitsing tbody tr').first().waitFor();
  const kpi = await downloadByKeyboard('Exporteer JSON');
  assert.equal(kpi.name, 'kpi-2024-03.json');
  const csv = await downloadByKeyboard('Exporteer uitsplitsing (CSV)');
  assert.equal(csv.name, 'uitsplitsing-gemeente-2024-03.csv');
  assert.ok(csv.text.startsWith('\uFEFF# onderdrukking;k=5'), csv.text.slice(0, 60));
  const rows = csv.text.split('\r\n').filter(Boolean).slice(1).map((r) => r.split(';'));
  const header = rows[0];
  assert.deepEqual(header.slice(0, 2), ['gemeente', 'naam']);
  assert.equal(rows.length - 1, 7, 'one row per municipality');
  const ermelo = rows.find((r) => r[0] === 'GM0233');
  assert.equal(ermelo[1], 'Ermelo');
  // Every count of youths in the file is 0, ≥ 5 or shown as <5.
  const col = header.indexOf('herinstroom_jeugdigen');
  for (const r of rows.slice(1)) assert.ok(r[col] === '<5' || r[col] === '0' || Number(r[col]) >= 5, `${r[0]}: ${r[col]}`);
  assert.ok(rows.slice(1).some((r) => r.includes('<5')), 'some small number is hidden');

  const json = JSON.parse((await downloadByKeyboard('Exporteer uitsplitsing (JSON)')).text);
  assert.equal(json.uitsplitsing, 'gemeente');
  for (const code of ['GM0233', 'GM0302']) {
    const group = json.groepen.find((g) => g.groep === code);
    const cli_ = cli(['--maand', '2024-03', '--gemeente', code]);
    for (const key of Object.keys(group.kpi)) assert.deepEqual(group.kpi[key], cli_[key], `${code} ${key} differs`);
  }
});

test('care paths (vervolg, volgnummer) as stacked bars with the same numbers as their tables', async () => {
  await go('periode=2024&sectie=zorgpaden');
  for (const kpi of ['vervolg', 'volgnummer']) {
    const svg = app.page.locator(`#zorgpad-${kpi}`);
    await svg.waitFor();
    assert.equal(await svg.getAttribute('role'), 'img');
    const desc = await svg.locator('desc').textContent();
    const cells = await app.page.locator(`table[data-kpi="${kpi}"] td`).allInnerTexts();
    const labels = await app.page.locator(`table[data-kpi="${kpi}"] th`).allInnerTexts();
    labels.forEach((label, i) => assert.ok(desc.includes(`${label}: ${cells[i]}`), `${label}: ${cells[i]} in "${desc}"`));
    // One drawn part per shown number, each with its own fill.
    const fills = await svg.locator('rect[y="2"]').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    assert.equal(fills.length, cells.filter((c) => /^\d/.test(c)).length);
    assert.equal(new Set(fills).size, fills.length);
  }
});

test('zero axe violations in every state of the dashboard', async () => {
  const states = [
    'periode=2025-Q2&gemeente=GM0243',
    'periode=2023-05&segment=5&k=10',
    'periode=2024&uitsplitsing=aanbieder&k=1',
    'periode=2022-03-15_2023-02-28&verwijzer=02&verwijzer=04',
    'periode=2024-H2&productcategorie=54&leeftijd=12-17&uitsplitsing=productcategorie',
  ];
  for (const state of states) {
    await go(state);
    await app.page.locator('table.uitsplitsing tbody tr').first().waitFor({ state: 'attached' });
    await app.page.locator('table.trendtabel tbody tr').first().waitFor({ state: 'attached' });
    await app.page.locator('details.filters > summary').click();
    const result = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
    await app.page.locator('details.filters > summary').click();
  }
});

test('every chart downloads as SVG by keyboard, with its title and description', async () => {
  const charts = [
    ['Download grafiek (SVG)', /^verloop-[a-z0-9_]+\.svg$/, 'Verloop van', 'instroom-en-uitstroom'],
    ['Download kostengrafiek (SVG)', 'kosten-2024.svg', 'Kosten en begroting', 'kosten'],
    ['Download wachttijdgrafiek (SVG)', 'wachttijden.svg', 'wachttijd', 'wachttijden'],
    ['Download grafiek vervolg na einde (SVG)', 'zorgpad-vervolg-2024.svg', 'Vervolg na einde', 'zorgpaden'],
    ['Download grafiek hoeveelste traject (SVG)', 'zorgpad-volgnummer-2024.svg', 'Hoeveelste traject', 'zorgpaden'],
  ];
  for (const [label, file, title, sectie] of charts) {
    await go(`periode=2024&sectie=${sectie}`);
    await app.page.locator('table.trendtabel tbody tr').first().waitFor({ state: 'attached' });
    const { name, text } = await downloadByKeyboard(label);
    if (file instanceof RegExp) assert.match(name, file); else assert.equal(name, file);
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg'), text.slice(0, 60));
    assert.match(text, /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(text, new RegExp(`<title[^>]*>[^<]*${title}`, 'i'));
    assert.match(text, /<desc[^>]*>[^<]+<\/desc>/);
  }
});

test('per product: a breakdown with catalogue names, and a product filter by keyboard whose export equals the CLI', async () => {
  await go('periode=2024&uitsplitsing=productcode&sectie=gemeenten');
  const table = app.page.locator('table.uitsplitsing');
  await app.page.getByRole('heading', { name: 'Per product' }).waitFor();
  await table.locator('tbody th', { hasText: '54001' }).waitFor();
  const names = await table.locator('tbody th').allInnerTexts();
  assert.ok(names.length >= 10 && names.every((n) => /^\d{2}[A-Z0-9]{2,3}\b/.test(n)), names.join(' | '));
  // Open "Meer filters" unless an earlier test left it open.
  if (!(await app.page.locator('details.filters').evaluate((d) => d.open))) {
    await app.page.locator('details.filters > summary').focus();
    await app.page.keyboard.press('Enter');
  }
  await app.page.locator('#f-product-54001').focus();
  await app.page.keyboard.press('Space');
  await app.page.waitForURL(/productcode=54001/);
  await app.page.locator('.dashboard__kop').waitFor();
  await app.page.waitForFunction(() => document.querySelectorAll('table.uitsplitsing tbody tr').length === 1);
  const app_ = await exportJson();
  const cli_ = cli(['--jaar', '2024', '--productcode', '54001']);
  for (const key of Object.keys(app_)) {
    if (!LOAD_ONLY.has(key)) assert.deepEqual(app_[key], cli_[key], `${key} differs`);
  }
  await app.page.locator('details.filters').evaluate((d) => { d.open = false; });
});

test('waiting times per provider: longest first, small numbers waiting hidden, the norm in words, a filter for providers with a wait', async () => {
  await go('periode=2024&sectie=wachttijden');
  const rows = app.page.locator('table.wachtregels tbody tr');
  await rows.first().waitFor();
  const alles = app.page.getByRole('button', { name: /^Toon alle \d+ regels$/ });
  if (await alles.count()) await alles.click();
  const weeks = (await rows.locator('td:nth-child(3)').allInnerTexts()).map((t) => Number(t.replace(' weken', '').replaceAll('.', '').replace(',', '.')));
  assert.deepEqual(weeks, [...weeks].sort((a, b) => b - a));
  const waiting = await rows.locator('td:nth-child(4)').allInnerTexts();
  for (const w of waiting) assert.ok(w === '<5' || w === '–' || w === 'onbekend' || w === '0' || Number(w.replaceAll('.', '')) >= 5, w);
  // Never exactly one hidden number: the tile's total would give it away.
  assert.notEqual(waiting.filter((w) => w === '<5' || w === '–').length, 1);
  const verdicts = await rows.locator('td:nth-child(5)').allInnerTexts();
  assert.ok(verdicts.every((v) => /^(binnen de norm|boven de norm van \d+,\d weken)$/.test(v)), verdicts.join(' | '));
  weeks.forEach((w, i) => assert.equal(verdicts[i].startsWith('boven'), w > 14, `${w} weeks: ${verdicts[i]}`));
  await app.page.locator('#w-met-wachttijd').focus();
  await app.page.keyboard.press('Space');
  const withWait = (await rows.locator('td:nth-child(3)').allInnerTexts());
  assert.ok(withWait.every((t) => t !== '0,0 weken'));
});
