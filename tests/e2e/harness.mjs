// Shared set-up for the end-to-end tests: a static server for the release
// build in dist/, Debian's Chromium driven by playwright-core, and a record
// of every request the pages make (checked by origins.test.mjs).
import { createServer } from 'node:http';
import { readFile, stat, appendFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
export const REQUEST_LOG = join(ROOT, 'target', 'e2e-requests.log');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.toml': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};

// Serves dist/ like a static host with an SPA fallback: paths without a file
// extension get index.html, so the app's router decides (and shows its 404).
export async function startServer(dist = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path) !== '') { res.writeHead(404).end('niet gevonden'); return; }
      file = join(dist, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('niet gevonden');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Starts server + browser; every request of every page is appended to the log.
export async function openApp({ viewport, dist } = {}) {
  const { server, origin } = await startServer(dist ? join(ROOT, dist) : DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, locale: 'nl-NL' });
  await mkdir(join(ROOT, 'target'), { recursive: true });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    origin,
    page,
    context,
    pageErrors,
    requests,
    async close() {
      await appendFile(REQUEST_LOG, requests.map((url) => `${origin}\t${url}\n`).join(''));
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// Loads a route and waits until the app has rendered its page heading.
export async function visit(app, path) {
  await app.page.goto(app.origin + path);
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
