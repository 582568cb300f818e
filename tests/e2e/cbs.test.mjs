// Comparison with CBS on the demo data: the two real StatLine exports load
// as downloaded (the bundled example and a file chosen by the user), the
// region and its municipalities stand next to CBS's published figures for
// 2022, the referrer mix follows the chosen area, the CSV export is
// suppressed and names its sources, a wrong file is refused in Dutch, and
// axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit, laadDemo } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

let app;
before(async () => {
  app = await openApp();
  await visit(app, '/gegevens');
  await laadDemo(app);
  await app.page.evaluate(() => {
    history.pushState(null, '', '/dashboard?periode=2024&sectie=cbs');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await app.page.locator('.dashboard__kop').waitFor();
});
after(async () => { await app.close(); });

// The cells of the row of `area` in the table whose caption starts with `caption`.
async function row(caption, area) {
  const table = app.page.locator('section.cbs table').filter({ has: app.page.locator('caption', { hasText: caption }) });
  const cells = table.locator('tr').filter({ has: app.page.locator(`th[scope=row]:text-is("${area}")`) }).locator('td');
  await cells.first().waitFor();
  return cells.allTextContents();
}

test('a file that is no StatLine export is refused in Dutch and nothing is added', async () => {
  await app.page.locator('#cbs-bestand').setInputFiles(`${ROOT}public/demo/trajecten.csv`);
  await app.page.getByText(/trajecten\.csv is niet gebruikt: dit is geen StatLine-export van het CBS/).waitFor();
  assert.equal(await app.page.locator('section.cbs table').count(), 0);
});

test('the user\'s own StatLine file (typed export, `,` and `.`) loads as is', async () => {
  await app.page.locator('#cbs-bestand').setInputFiles(`${ROOT}public/demo/cbs/jeugdzorg_per_gemeente_2022.csv`);
  await app.page.getByText(/jeugdzorg_per_gemeente_2022\.csv: 346 regio's gelezen/).waitFor();
  // Harderwijk 2022: 1 630 youths, 2 605 trajectories (CBS, rounded to 5).
  const jongeren = await row('Jongeren met jeugdzorg (aantal) in 2022', 'Harderwijk');
  assert.equal(jongeren[1], '1.630');
  const regio = await row('Jongeren met jeugdzorg (aantal) in 2022', 'Jeugdhulpregio Noord-Veluwe');
  assert.equal(regio[1], '5.835 (berekend)');
  assert.match(regio[0], /^\d{1,3}(\.\d{3})*$/, 'our own count for the region is shown');
  const nl = await row('Trajecten jeugdzorg (aantal) in 2022', 'Nederland');
  assert.deepEqual([nl[0], nl[1]], ['–', '695.095']);
});

test('the bundled example adds the percentages of table 85098NED, with source and year', async () => {
  await app.page.getByRole('button', { name: 'Laad het CBS-voorbeeld (2022)' }).click();
  await app.page.getByText(/85098NED_indicatoren_jeugdzorg_gemeenten_2022\.csv: 356 regio's gelezen/).waitFor();
  const nl = await row('Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar) in 2022', 'Nederland');
  assert.equal(nl[1], '13,2 %');
  const ermelo = await row('Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar) in 2022', 'Ermelo');
  assert.match(ermelo[0], /^\d+,\d %$/, `our share: ${ermelo[0]}`);
  assert.match(ermelo[1], /^\d+,\d %$/);
  assert.match(ermelo[2], /procentpunt$/);
  const regio = await row('Jongeren met jeugdhulp (% van alle jongeren tot 18 jaar) in 2022', 'Jeugdhulpregio Noord-Veluwe');
  assert.match(regio[1], /^\d+,\d % \(berekend\)$/, 'weighted with the demo bevolking file');
  const bron = await app.page.locator('section.cbs').textContent();
  assert.match(bron, /Bron: CBS StatLine, tabel 85098NED \(2022, voorlopige cijfers\)/);
  assert.match(bron, /Bron: CBS StatLine \(2022\), bestand jeugdzorg_per_gemeente_2022\.csv/);
  assert.match(bron, /Zo verschillen de definities/);
});

test('the referrer mix follows the area chosen by keyboard', async () => {
  const select = app.page.locator('#cbs-gebied');
  await select.focus();
  await select.selectOption({ label: 'Harderwijk' });
  await app.page.locator('caption', { hasText: 'Verwijzers van de trajecten in 2022: Harderwijk' }).waitFor();
  const huisarts = await row('Verwijzers van de trajecten in 2022: Harderwijk', 'Huisarts');
  assert.equal(huisarts.length, 5);
  assert.match(huisarts[3], /^\d/, 'CBS count for huisarts in Harderwijk');
  assert.match(huisarts[4], /^\d+,\d %$/, 'share of the national trajectories');
});

test('the CSV export names the sources and hides small numbers', async () => {
  // k = 20 so that some of our small figures must be hidden.
  await app.page.evaluate(() => {
    history.pushState(null, '', '/dashboard?periode=2024&k=20&sectie=cbs');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await app.page.locator('.dashboard__kop').waitFor();
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Exporteer vergelijking (CSV)' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF# onderdrukking;k=20'), csv.slice(0, 80));
  assert.match(csv, /# jaar;2022/);
  assert.match(csv, /# bron;CBS StatLine, tabel 85098NED/);
  const rows = csv.split('\r\n').filter((r) => r && !r.startsWith('\uFEFF#') && !r.startsWith('#')).slice(1).map((r) => r.split(';'));
  for (const [, , cijfer, ons] of rows) {
    if (/^\d+$/.test(ons)) assert.ok(Number(ons) === 0 || Number(ons) >= 20, `${cijfer}: ${ons} must be hidden`);
  }
  assert.ok(rows.some((r) => r[3] === '<20'), 'some small count is shown as <20');
});

test('the comparison has zero axe violations', async () => {
  const result = await new AxeBuilder({ page: app.page }).include('section.cbs').analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
});
