// Start-up of the app, launched cold several times in a row: from opening
// the page until the first page is drawn (wasm fetched, compiled, app
// mounted), the same moment `bench/vergelijk.mjs` calls "start". One launch
// varies a lot on a shared machine; the median of several says more.
//
// Usage (after `DEMO=1 bash scripts/build.sh`): node bench/opstart.mjs [DIST] [--keer 8]
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serveer.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const keerIndex = args.indexOf('--keer');
const keer = keerIndex >= 0 ? Number(args[keerIndex + 1]) : 8;
const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--keer') ?? 'dist';

const app = await startServer({ root: dist });
const tijden = [];
for (let i = 0; i < keer; i++) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1#paginakop')) {
        window.__eerstePagina = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${app.origin}/gegevens`);
  await page.waitForFunction(() => window.__eerstePagina);
  tijden.push(Math.round(await page.evaluate(() => window.__eerstePagina)));
  await browser.close();
}
app.server.close();
const gesorteerd = [...tijden].sort((a, b) => a - b);
console.log(`start (ms), op volgorde: ${tijden.join(' ')}`);
console.log(`mediaan ${gesorteerd[Math.floor(gesorteerd.length / 2)]} ms, snelste ${gesorteerd[0]} ms, traagste ${gesorteerd[gesorteerd.length - 1]} ms`);
