// The Content-Security-Policy (issue 8): the built page carries a strict
// policy without 'unsafe-inline', and a whole working session under it (every
// page, loading data, the dashboard, the goals, every kind of export) draws
// no violation report and no request to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, visit, ROUTES, laadDemo } from './harness.mjs';

async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  return file.suggestedFilename();
}

test('the built page has the strict policy', async () => {
  const app = await openApp();
  try {
    await visit(app, '/');
    const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'", "script-src 'self' 'wasm-unsafe-eval'"]) {
      assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    }
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    assert.equal(await app.page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  } finally {
    await app.close();
  }
});

test('a whole session draws no policy violation and no request to another origin', async () => {
  const app = await openApp();
  try {
    for (const route of ROUTES) await visit(app, route.path);
    await visit(app, '/gegevens');
    await laadDemo(app);
    await app.page.getByRole('link', { name: 'Naar het dashboard' }).click();
    await app.page.locator('.tegel__waarde[data-kpi="jeugdigen"]').waitFor();
    assert.match(await download(app.page, 'Exporteer JSON'), /\.json$/);
    assert.match(await download(app.page, 'Exporteer CSV'), /\.csv$/);
    await app.page.locator('.sectienav__link[data-sectie="instroom-en-uitstroom"]').click();
    assert.match(await download(app.page, 'Download grafiek (SVG)'), /\.svg$/);
    await app.page.locator('.sectienav__link[data-sectie="cbs"]').click();
    await app.page.getByRole('button', { name: 'Laad het CBS-voorbeeld (2022)' }).click();
    await app.page.getByText(/356 regio's gelezen/).first().waitFor();
    await app.page.getByRole('link', { name: 'Doelen' }).first().click();
    await app.page.locator('h1#paginakop', { hasText: 'Doelen' }).waitFor();
    // The goals page draws its progress bars (set through the style object,
    // which the policy allows, not as an inline style attribute).
    await app.page.locator('.voortgang__vulling').first().waitFor({ state: 'attached' });
    const width = await app.page.locator('.voortgang__vulling').first().evaluate((e) => e.style.inlineSize);
    assert.match(width, /%$/);
    // Let late reports arrive.
    await app.page.waitForTimeout(300);
    assert.deepEqual(app.cspViolations, [], 'policy violations');
    const foreign = app.requests.filter((url) => !url.startsWith(app.origin + '/') && !url.startsWith('blob:' + app.origin) && !url.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('the check itself sees a violation (an injected inline script)', async () => {
  const app = await openApp();
  try {
    await visit(app, '/');
    await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.ingevoegd = true;';
      document.head.append(script);
    });
    await app.page.waitForFunction(() => true);
    await app.page.waitForTimeout(300);
    assert.equal(await app.page.evaluate(() => window.ingevoegd === true), false, 'the policy blocked the script');
    assert.ok(app.cspViolations.some((v) => /script-src/.test(v)), `reported: ${app.cspViolations}`);
  } finally {
    // This violation was made on purpose; keep it out of the run's log.
    app.cspViolations.length = 0;
    await app.close();
  }
});
