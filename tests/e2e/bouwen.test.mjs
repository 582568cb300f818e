// Publishing (issue 8): the build command checks the content first, and an
// invalid content file stops it with file:line and the reason, before
// anything is built. A badly written sub-path stops it too, and so do
// example values (`voorbeeld`) in a build that does not say it is a demo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function build(env) {
  const { DEMO, ...rest } = process.env;
  return spawnSync('bash', ['scripts/build.sh'], { cwd: ROOT, env: { ...rest, ...env }, encoding: 'utf8' });
}

test('an invalid content file stops the build with file, line and reason', async () => {
  const content = join(ROOT, 'target', 'e2e-kapotte-inhoud');
  const dist = join('target', 'e2e-dist-kapot');
  await rm(content, { recursive: true, force: true });
  await rm(join(ROOT, dist), { recursive: true, force: true });
  await cp(join(ROOT, 'public/content'), content, { recursive: true });
  // An advisor types a municipality code wrongly.
  const regio = await readFile(join(content, 'regio.toml'), 'utf8');
  const lines = regio.split('\n');
  const line = lines.findIndex((l) => /^code = "GM0230"/.test(l));
  assert.ok(line >= 0, 'the content has GM0230');
  lines[line] = 'code = "GM230"';
  await writeFile(join(content, 'regio.toml'), lines.join('\n'));
  try {
    const result = build({ REGIO: content, DIST: dist });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    const output = result.stdout + result.stderr;
    assert.match(output, new RegExp(`regio\\.toml:${line + 1}: `), output);
    assert.match(output, /GM230/);
    assert.match(output, /build gestopt: de inhoud in .* klopt niet/);
    assert.equal(existsSync(join(ROOT, dist)), false, 'nothing was built');
  } finally {
    await rm(content, { recursive: true, force: true });
  }
});

test('a sub-path without its slashes stops the build with an example', () => {
  const result = build({ PAD: 'jeugdhulp', DIST: join('target', 'e2e-dist-kapot') });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /PAD moet met een \/ beginnen en eindigen, zoals \/jeugdhulp\//);
});

test('the demo content without DEMO=1 stops the build: its example values are listed', async () => {
  const dist = join('target', 'e2e-dist-voorbeeld');
  // A folder left by an earlier run would fail the last check for the wrong reason.
  await rm(join(ROOT, dist), { recursive: true, force: true });
  const result = build({ DIST: dist });
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stderr, /portaal\.toml:\d+: email: voorbeeldwaarde/);
  assert.match(result.stderr, /build gestopt: in public\/content staan nog voorbeeldgegevens/);
  assert.match(result.stderr, /DEMO=1 bash scripts\/build\.sh/);
  assert.equal(existsSync(join(ROOT, dist)), false, 'nothing was built');
});
