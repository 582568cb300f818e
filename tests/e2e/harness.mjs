// Shared set-up for the end-to-end tests: a static server for the release
// build in dist/, Debian's Chromium driven by playwright-core, and a record
// of every request the pages make (checked by origins.test.mjs).
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer as startStaticServer } from '../../scripts/serveer.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
export const REQUEST_LOG = join(ROOT, 'target', 'e2e-requests.log');
export const CSP_LOG = join(ROOT, 'target', 'e2e-csp.log');

// Serves dist/ like a static host (scripts/serveer.mjs): files as they are,
// index.html for page addresses, so the app's router decides.
export async function startServer(dist = DIST, prefix = '/') {
  return startStaticServer({ root: dist, prefix });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Starts server + browser; every request of every page is appended to the
// log, and every Content-Security-Policy violation to another (both are
// checked by origins.test.mjs). `dist` may be a function (asked on every
// request, to swap in a new release); `prefix` serves the site under a
// sub-path, and `app.site` is then the address of its home page without
// the final slash.
// `serviceWorkers: 'block'` keeps the offline worker from storing the whole
// site in the background (for measurements).
export async function openApp({ viewport, dist, prefix = '/', serviceWorkers = 'allow' } = {}) {
  const root = typeof dist === 'function' ? () => join(ROOT, dist()) : (dist ? join(ROOT, dist) : DIST);
  const { server, origin } = await startServer(root, prefix);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, locale: 'nl-NL', serviceWorkers });
  await mkdir(join(ROOT, 'target'), { recursive: true });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const cspViolations = [];
  await context.exposeBinding('meldCspSchending', (_bron, melding) => cspViolations.push(melding));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.meldCspSchending(`${e.violatedDirective} blokkeerde ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Chromium also reports a violation on the console (for example one in a
  // worker, which the page's event does not see).
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    origin,
    site: origin + prefix.replace(/\/$/, ''),
    page,
    context,
    pageErrors,
    requests,
    cspViolations,
    async close() {
      await appendFile(REQUEST_LOG, requests.map((url) => `${origin}\t${url}\n`).join(''));
      await appendFile(CSP_LOG, cspViolations.map((v) => `${origin}\t${v.replace(/\s+/g, ' ')}\n`).join(''));
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// On the Gegevens page: "Laad demogegevens", then wait until the seven
// files are read and joined (`naast` more cards when other files were
// loaded before).
export async function laadDemo(app, naast = 0) {
  await app.page.getByRole('button', { name: 'Laad demogegevens' }).click();
  await app.page.waitForFunction(
    (n) => document.querySelectorAll('section.bestandskaart').length === n && !document.querySelector('.lading'),
    7 + naast, { timeout: 60000 });
}

// Loads a route and waits until the app has rendered its page heading.
export async function visit(app, path) {
  await app.page.goto(app.site + path);
  await app.page.locator('h1#paginakop').waitFor({ state: 'visible', timeout: 15000 });
}

// Every route of the app with its expected page heading. The home heading is
// the region's name, read from public/content/regio.toml.
export const ROUTES = [
  { path: '/', heading: /Noord-Veluwe/ },
  { path: '/waar-kan-ik-terecht', heading: /Waar kan ik terecht/ },
  { path: '/producten', heading: /Welke hulp is er/ },
  { path: '/wachttijden', heading: /Hoe lang moet ik wachten/ },
  { path: '/begrippen', heading: /Begrippen/ },
  { path: '/privacy', heading: /Privacy/ },
  { path: '/toegankelijkheid', heading: /Toegankelijkheid/ },
  { path: '/gegevens', heading: /Gegevens/ },
  { path: '/dashboard', heading: /Dashboard/ },
  { path: '/doelen', heading: /Doelen/ },
  { path: '/bestaat-niet', heading: /Pagina niet gevonden/ },
];
