// Lighthouse on every public page of a finished build, in its mobile
// defaults (simulated slow 4G, 4x CPU slowdown), the way a new visitor on a
// phone meets the site. It builds nothing: give it a dist folder made by
// `bash scripts/build.sh`. It serves that folder on 127.0.0.1 with the same
// small host as the tests (scripts/serveer.mjs), with gzip as a production
// host would (`--zonder-gzip` to measure without), and prints a Markdown
// table.
//
//   node bench/lighthouse.mjs [dist] [--pad /jeugdhulp/] [--json target/lh.json] [--zonder-gzip]
//
// Chromium comes from CHROME_PATH (default /usr/bin/chromium). Speed depends
// on the machine's load, so this is a benchmark, not a test; the targets of
// issue 17 are listed in docs/benchmarks.md.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../scripts/serveer.mjs';

// The public pages (the professionals' pages are not for parents).
const ROUTES = ['/', '/waar-kan-ik-terecht', '/producten', '/wachttijden', '/begrippen', '/privacy', '/toegankelijkheid'];

const args = process.argv.slice(2);
const optie = (naam, standaard) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args.splice(i, 2)[1] : standaard;
};
const prefix = optie('--pad', '/');
const jsonUit = optie('--json', null);
const zonderGzip = args.includes('--zonder-gzip');
if (zonderGzip) args.splice(args.indexOf('--zonder-gzip'), 1);
const dist = resolve(args[0] ?? 'dist');

const { server, origin } = await startServer({ root: dist, prefix, gzip: !zonderGzip });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox'],
});

const rijen = [];
const rapporten = {};
try {
  for (const route of ROUTES) {
    const adres = origin + prefix.replace(/\/$/, '') + route;
    // Default config = mobile form factor with simulated throttling; storage
    // is reset before each page, so every page is a first visit.
    const resultaat = await lighthouse(adres, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = resultaat.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const waarde = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rijen.push({
      route,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: waarde('largest-contentful-paint'),
      tbt: waarde('total-blocking-time'),
      cls: waarde('cumulative-layout-shift'),
      bytes: waarde('total-byte-weight'),
      // What kept a category below 100, for the reader of the table.
      fouten: Object.values(lhr.categories).flatMap((c) => c.auditRefs
        .filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1 && c.id !== 'performance')
        .map((r) => `${c.id}: ${r.id}`)),
    });
    rapporten[route] = lhr;
    process.stderr.write(`lighthouse: ${route} klaar\n`);
  }
} finally {
  await chrome.kill();
  await new Promise((ok) => server.close(ok));
}

if (jsonUit) await writeFile(jsonUit, JSON.stringify(rapporten));

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
const versie = JSON.parse(await readFile(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
console.log(`Lighthouse ${versie}, mobile defaults, ${dist}${prefix === '/' ? '' : ` under ${prefix}`}, ${zonderGzip ? 'without' : 'with'} gzip\n`);
console.log('| page | Performance | Accessibility | Best Practices | SEO | LCP | TBT | CLS | bytes |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rijen) {
  console.log(`| ${r.route} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${kb(r.bytes)} |`);
}
const fouten = [...new Set(rijen.flatMap((r) => r.fouten))];
if (fouten.length) console.log(`\nBelow 100 (not Performance): ${fouten.join(', ')}`);
