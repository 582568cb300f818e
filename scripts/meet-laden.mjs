// Measures a session on the real pages in headless Chromium: loading files
// through the Gegevens page, opening the dashboard, changing a filter,
// opening the goals and "Wis alle gegevens". Per step: the time until its
// result is on screen and the longest tasks (freezes) the browser recorded
// during it; after loading also the app's WebAssembly memory.
// Usage (after `DEMO=1 bash scripts/build.sh`):
//   node scripts/meet-laden.mjs                 the bundled demo data (button)
//   node scripts/meet-laden.mjs MAP/*.csv       any files, e.g. the national set
// Reports numbers; asserts nothing.
import { openApp, visit } from '../tests/e2e/harness.mjs';

const files = process.argv.slice(2);
// The offline worker would store the whole site during the measurement.
const app = await openApp({ serviceWorkers: 'block' });
const page = app.page;
await visit(app, '/gegevens');
await page.evaluate(() => {
  window.__lang = [];
  // Tasks of the page's start-up are buffered too; each step counts only
  // the tasks that begin after it starts.
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__lang.push([e.startTime, e.duration])))
    .observe({ type: 'longtask', buffered: true });
});

const wait = { timeout: 30 * 60 * 1000, polling: 50 };

/** Runs `action`, waits for `done`, reports wall time and long tasks. */
async function step(name, action, done, settleMs = 300) {
  const t0 = await page.evaluate(() => performance.now());
  const start = Date.now();
  await action();
  await done();
  const seconds = (Date.now() - start) / 1000;
  // Let work that is still running end (freeing memory after "Wis alle
  // gegevens" goes on in the background), so its tasks are recorded.
  await page.waitForTimeout(settleMs);
  const tasks = await page.evaluate((t) => window.__lang.filter(([s]) => s >= t).map(([, d]) => Math.round(d))
    .sort((a, b) => b - a), t0);
  console.log(`${name}: ${seconds.toFixed(2)} s; langste taken (ms): ${tasks.slice(0, 5).join(', ') || 'geen boven 50 ms'}; aantal boven 100 ms: ${tasks.filter((d) => d > 100).length}`);
  return seconds;
}

const expected = files.length || 7;
console.log(`bestanden: ${files.length ? files.join(' ') : 'demogegevens (knop)'}`);
const seconds = await step('laden tot en met samenvoegen',
  async () => {
    if (files.length) await page.setInputFiles('#bestanden', files);
    else await page.getByRole('button', { name: 'Laad demogegevens' }).click();
  },
  () => page.waitForFunction(
    (n) => document.querySelectorAll('section.bestandskaart').length === n && document.querySelectorAll('.lading').length === 0 && document.querySelector('section.samenvatting'),
    expected, wait));
const rows = await page.$$eval('section.bestandskaart dl.kenmerken', (dls) => dls.map((dl) => {
  const dd = [...dl.querySelectorAll('div')].find((d) => d.querySelector('dt').textContent === 'Regels gelezen');
  return Number(dd.querySelector('dd').textContent.replaceAll('.', ''));
}).reduce((a, b) => a + b, 0));
console.log(`  ${rows} regels = ${Math.round(rows / seconds)} regels/s; ${await page.locator('.werkgeheugen').innerText()}`);

const tablesReady = () => page.waitForFunction(
  () => document.querySelector('li.tegel') && document.querySelectorAll('table.uitsplitsing tbody tr').length > 0,
  null, wait);
await step('dashboard openen (tegels en tabel per gemeente)',
  () => page.getByRole('link', { name: 'Dashboard' }).first().click(), tablesReady);
const choice = await page.locator('#k-gemeente option').nth(1).getAttribute('value');
await step('filter op één gemeente',
  () => page.selectOption('#k-gemeente', choice),
  () => page.waitForFunction((c) => location.search.includes(c) && document.querySelectorAll('table.uitsplitsing tbody tr').length === 1, choice, wait));
await step('periode naar kwartaal (tegels opnieuw getekend)',
  () => page.selectOption('#k-soort', 'kwartaal'),
  () => page.waitForFunction(() => /kwartaal/.test(document.querySelector('.dashboard__kop')?.textContent ?? ''), null, wait));
await step('… en de tabel per gemeente ook',
  async () => {},
  () => page.waitForFunction(() => document.querySelectorAll('table.uitsplitsing tbody tr').length === 1 && !document.body.innerText.includes('De uitsplitsing wordt berekend'), null, wait));
await step('vergelijking met het CBS (voorbeeld 2022 laden en eigen cijfers tellen)',
  async () => {
    // The comparison is the dashboard's CBS section.
    await page.locator('.sectienav__link[data-sectie="cbs"]').click();
    await page.getByRole('button', { name: 'Laad het CBS-voorbeeld (2022)' }).click();
  },
  () => page.waitForFunction(() => [...document.querySelectorAll('section.cbs caption')].some((c) => c.textContent.startsWith('Jongeren met jeugdzorg'))
    && [...document.querySelectorAll('section.cbs tbody tr')].some((r) => /^\d/.test(r.querySelector('td')?.textContent ?? '')), null, wait));
await step('doelen openen (alle doelen gemeten)',
  () => page.getByRole('link', { name: 'Doelen' }).first().click(),
  () => page.waitForFunction(() => document.querySelector('.doellijst li') && !document.body.innerText.includes('De doelen worden gemeten'), null, wait));
await page.getByRole('link', { name: 'Gegevens' }).first().click();
await page.getByRole('button', { name: 'Wis alle gegevens' }).waitFor();
await step('wis alle gegevens',
  () => page.getByRole('button', { name: 'Wis alle gegevens' }).click(),
  () => page.waitForFunction(() => !document.querySelector('section.bestandskaart'), null, wait), 3000);
await app.close();
