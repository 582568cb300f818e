// A small static host for a finished build, with the behaviour the real
// hosts in docs/publiceren.md are configured for: files as they are, and
// for any other path without a file extension the site's index.html (so
// the app's router decides, and shows its own 404). With a prefix it serves
// the site only under that sub-path, as a municipality's web server would.
//
// Used by `bash scripts/serve.sh` and by the end-to-end tests.
//   node scripts/serveer.mjs <dist> [--pad /jeugdhulp/] [--poort 8080]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.toml': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

// Types a host compresses when the browser accepts gzip.
const COMPRIMEERBAAR = /^(text\/|application\/(wasm|json|xml|manifest\+json)|image\/svg)/;

// `root()` is asked on every request, so a test can swap in a new release.
// `gzip: true` compresses text and wasm as a production host would (for
// bench/lighthouse.mjs, whose byte counts should match a real visit); the
// tests keep it off.
export async function startServer({ root, prefix = '/', port = 0, gzip = false } = {}) {
  const rootOf = typeof root === 'function' ? root : () => root;
  const gecomprimeerd = new Map();
  const server = createServer(async (req, res) => {
    const dist = resolve(rootOf());
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('ongeldig adres');
      return;
    }
    if (!pathname.startsWith(prefix)) { res.writeHead(404).end('niet gevonden'); return; }
    const path = '/' + pathname.slice(prefix.length);
    let file = normalize(join(dist, path));
    if (file !== dist && !file.startsWith(dist + sep)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path) !== '') { res.writeHead(404).end('niet gevonden'); return; }
      file = join(dist, 'index.html');
    }
    try {
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = {
        'content-type': type,
        // A new release must be seen at once; hashed files may be kept.
        'cache-control': /-[0-9a-f]{16}\.|\.png$/.test(file) ? 'max-age=31536000, immutable' : 'no-cache',
      };
      if (gzip && COMPRIMEERBAAR.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const sleutel = `${file}:${body.length}:${(await stat(file)).mtimeMs}`;
        if (!gecomprimeerd.has(sleutel)) gecomprimeerd.set(sleutel, gzipSync(body));
        body = gecomprimeerd.get(sleutel);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('niet gevonden');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const optie = (naam, standaard) => {
    const i = args.indexOf(naam);
    return i >= 0 ? args.splice(i, 2)[1] : standaard;
  };
  const prefix = optie('--pad', '/');
  const port = Number(optie('--poort', '8080'));
  const root = args[0] ?? 'dist';
  const { origin } = await startServer({ root, prefix, port });
  console.log(`De site staat op ${origin}${prefix} (stoppen met Ctrl+C)`);
}
