// Measures loading through the real Gegevens page in headless Chromium:
// wall time, rows per second, the longest tasks (freezes) and the app's
// WebAssembly memory. Usage (after `bash scripts/build.sh`):
//   node scripts/meet-laden.mjs                 the bundled demo data (button)
//   node scripts/meet-laden.mjs MAP/*.csv       any files, e.g. the national set
// Reports numbers; asserts nothing.
import { openApp, visit } from '../tests/e2e/harness.mjs';

const files = process.argv.slice(2);
const app = await openApp();
const page = app.page;
await visit(app, '/gegevens');
await page.evaluate(() => {
  window.__lang = [];
  // Tasks of the page's start-up are buffered too; only those that begin
  // after the files are handed over count as freezes of the load.
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__lang.push([e.startTime, e.duration])))
    .observe({ type: 'longtask', buffered: true });
});
const start = Date.now();
const startOfLoad = await page.evaluate(() => performance.now());
if (files.length) await page.setInputFiles('#bestanden', files);
else await page.getByRole('button', { name: 'Laad demogegevens' }).click();
const expected = files.length || 7;
await page.waitForFunction(
  (n) => document.querySelectorAll('section.bestandskaart').length === n && document.querySelectorAll('.lading').length === 0 && document.querySelector('section.samenvatting'),
  expected, { timeout: 30 * 60 * 1000, polling: 250 });
const seconds = (Date.now() - start) / 1000;
const rows = await page.$$eval('section.bestandskaart dl.kenmerken', (dls) => dls.map((dl) => {
  const dd = [...dl.querySelectorAll('div')].find((d) => d.querySelector('dt').textContent === 'Regels gelezen');
  return Number(dd.querySelector('dd').textContent.replaceAll('.', ''));
}).reduce((a, b) => a + b, 0));
const longTasks = await page.evaluate((t0) => window.__lang.filter(([t]) => t >= t0).map(([, d]) => Math.round(d)).sort((a, b) => b - a), startOfLoad);
const memory = await page.locator('.werkgeheugen').innerText();
console.log(`bestanden: ${files.length ? files.join(' ') : 'demogegevens (knop)'}`);
console.log(`laden tot en met samenvoegen: ${seconds.toFixed(1)} s, ${rows} regels = ${Math.round(rows / seconds)} regels/s`);
console.log(`langste taken (ms): ${longTasks.slice(0, 8).join(', ') || 'geen boven 50 ms'}; aantal boven 100 ms: ${longTasks.filter((t) => t > 100).length}`);
console.log(memory);
await app.close();
