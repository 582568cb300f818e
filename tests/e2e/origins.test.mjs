// Privacy and the security policy over the whole e2e run: no page made a
// request to another origin, and the browser reported no violation of the
// Content-Security-Policy. Runs last; the other test files append to the logs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { REQUEST_LOG, CSP_LOG } from './harness.mjs';

test('no request went to another origin during the e2e run', async () => {
  const lines = (await readFile(REQUEST_LOG, 'utf8')).split('\n').filter(Boolean);
  assert.ok(lines.length > 50, `expected the other e2e tests to have recorded requests, got ${lines.length}`);
  const foreign = lines
    .map((line) => line.split('\t'))
    .filter(([origin, url]) => !url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:' + origin));
  assert.deepEqual(foreign.map(([, url]) => url), [], 'requests to other origins');
});

test('the browser reported no Content-Security-Policy violation during the e2e run', async () => {
  const lines = (await readFile(CSP_LOG, 'utf8')).split('\n').filter(Boolean);
  assert.deepEqual(lines, [], 'CSP violations');
});
