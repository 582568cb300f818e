// The nginx settings of docs/publiceren.md, as written there, in front of the
// sub-path build: an advisor who copies them gets a working site under
// /jeugdhulp/ with the security headers. Only what a test machine cannot
// have is changed: plain HTTP on a free local port instead of 443 with a
// certificate, and the folder of the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, REQUEST_LOG } from './harness.mjs';
import { appendFile } from 'node:fs/promises';

const ROOT = new URL('../../', import.meta.url).pathname;
const NGINX = '/usr/sbin/nginx';

// The one ```nginx block of the docs and the policy given there.
async function documentedSettings() {
  const docs = await readFile(join(ROOT, 'docs/publiceren.md'), 'utf8');
  const blocks = [...docs.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 1, 'docs/publiceren.md has one nginx block');
  const policy = docs.match(/```text\n(default-src [^\n]*)\n```/)[1];
  return { config: blocks[0], policy };
}

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

let nginx, dir, base, policy;
before(async () => {
  assert.ok(spawnSync(NGINX, ['-v']).status === 0, 'nginx is installed by scripts/test.sh');
  const settings = await documentedSettings();
  policy = settings.policy;
  const port = await freePort();
  const config = settings.config
    .replace(/listen 443 ssl[^\n]*\n/, `listen 127.0.0.1:${port};\n`)
    .replace('/var/www/gemeente/jeugdhulp/', join(ROOT, 'target/dist-subpad') + '/')
    // The redirect server needs port 80; it is not what is under test.
    .replace(/server \{\s*listen 80;[\s\S]*?\n\}\n?/, '');
  assert.match(config, new RegExp(`listen 127\\.0\\.0\\.1:${port};`), 'the listen line was found');
  assert.doesNotMatch(config, /listen 80;/);
  dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  await writeFile(join(dir, 'nginx.conf'), `user root;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  default_type application/octet-stream;
${config}
}
`);
  const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  assert.equal(check.status, 0, `nginx -t: ${check.stderr}`);
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(base + '/jeugdhulp/').then(() => true, () => false)) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
});
after(async () => {
  nginx?.kill();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the documented nginx settings serve the site, its deep links and the right types', async () => {
  for (const path of ['/jeugdhulp/', '/jeugdhulp/waar-kan-ik-terecht', '/jeugdhulp/dashboard?periode=2024']) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type'), /^text\/html/, path);
    assert.equal(response.headers.get('cache-control'), 'no-cache', `${path}: a new release is seen at once`);
    assert.equal(response.headers.get('content-security-policy'), policy, path);
    assert.match(response.headers.get('strict-transport-security'), /max-age=31536000/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await response.text(), /<base href="\/jeugdhulp\/"/);
  }
  const index = await (await fetch(base + '/jeugdhulp/')).text();
  const wasm = index.match(/href="(\/jeugdhulp\/[^"]+_bg\.wasm)"/)[1];
  const types = {
    [wasm]: 'application/wasm',
    '/jeugdhulp/manifest.webmanifest': 'application/manifest+json',
    '/jeugdhulp/dienstwerker.js': 'text/javascript',
    '/jeugdhulp/content/regio.toml': 'text/plain',
    '/jeugdhulp/demo/trajecten.csv': 'text/csv',
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type').split(';')[0], type, path);
  }
  assert.equal((await fetch(base + '/jeugdhulp/dienstwerker.js')).headers.get('cache-control'), 'no-cache');
  assert.equal((await fetch(base + wasm)).headers.get('cache-control'), null, 'hashed files may be kept');
  assert.equal((await fetch(base + '/jeugdhulp/bestaat-niet.csv')).status, 404);
  const bare = await fetch(base + '/jeugdhulp', { redirect: 'manual' });
  assert.equal(bare.status, 301);
  assert.match(bare.headers.get('location'), /\/jeugdhulp\/$/);
});

test('in a browser the site works behind nginx, offline worker included', async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale: 'nl-NL' });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  try {
    await page.goto(base + '/jeugdhulp/waar-kan-ik-terecht');
    await page.locator('h1#paginakop', { hasText: 'Waar kan ik terecht' }).waitFor({ timeout: 15000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, base + '/jeugdhulp/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    await context.setOffline(true);
    await page.goto(base + '/jeugdhulp/producten');
    await page.locator('.productkaart').first().waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await appendFile(REQUEST_LOG, requests.map((url) => `${base}\t${url}\n`).join(''));
    await browser.close();
  }
});
