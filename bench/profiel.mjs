// A CPU profile of loading files into our app: the functions with the most
// self time while the Gegevens page reads, checks and joins the files and
// builds the KPI index (Chrome DevTools Protocol sampling profiler).
// Function names need a build that keeps them:
//
//   CARGO_PROFILE_RELEASE_STRIP=false DEMO=1 DIST=target/dist-prof bash scripts/build.sh
//   node bench/profiel.mjs target/dist-prof target/bench/referentie-700000/{trajecten,declaraties}.csv
//
// The whole profile is written to target/bench/laden.cpuprofile (open it in
// Chromium's DevTools, Performance panel).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serveer.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const [dist, ...files] = process.argv.slice(2);
if (!dist || files.length === 0) {
  console.error('gebruik: node bench/profiel.mjs DIST BESTAND.csv …');
  process.exit(2);
}
const app = await startServer({ root: dist });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(`${app.origin}/gegevens`);
await page.waitForSelector('#bestanden', { state: 'attached' });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const begin = Date.now();
await page.setInputFiles('#bestanden', files);
await page.waitForFunction(
  (n) => document.querySelectorAll('section.bestandskaart').length === n && !document.querySelector('.lading') && document.querySelector('section.samenvatting'),
  files.length, { timeout: 30 * 60 * 1000, polling: 'raf' });
const duur = Date.now() - begin;
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
app.server.close();

mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/laden.cpuprofile', JSON.stringify(profile));
const knopen = new Map(profile.nodes.map((n) => [n.id, n]));
const eigen = new Map();
for (const id of profile.samples) {
  const frame = knopen.get(id).callFrame;
  const naam = frame.functionName || `(${frame.url.split('/').pop()})`;
  eigen.set(naam, (eigen.get(naam) ?? 0) + 1);
}
console.log(`laden: ${duur} ms, ${profile.samples.length} monsters`);
for (const [naam, aantal] of [...eigen].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
  console.log(`${(100 * aantal / profile.samples.length).toFixed(1).padStart(5)} %  ${naam.replace(/::h[0-9a-f]{16}$/, '').slice(0, 120)}`);
}
