// Issue 9: data that would not fit in the browser's memory is refused
// before reading, with a clear message, and nothing already loaded is lost.
// The budget follows navigator.deviceMemory; here the browser reports a
// computer with 4 MiB, so the budget is 2 MiB and the demo's trajecten.csv
// (3,4 MB, about six times that in working memory) does not fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;

test('a selection too large for the browser is refused with a clear message, and nothing is lost', async () => {
  const app = await openApp();
  try {
    await app.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 4 / 1024 });
    });
    await visit(app, '/gegevens');
    await app.page.setInputFiles('#bestanden', join(ROOT, 'public/demo/begroting.csv'));
    await app.page.locator('section.bestandskaart').first().waitFor();

    await app.page.setInputFiles('#bestanden', join(ROOT, 'public/demo/trajecten.csv'));
    const alert = app.page.getByRole('alert').filter({ hasText: 'te groot' });
    await alert.waitFor();
    const text = await alert.innerText();
    assert.match(text, /^Deze bestanden \(3,4 MB\) zijn te groot om in deze browser te verwerken/);
    assert.match(text, /samen met wat al geladen is, ongeveer 20,3 MB werkgeheugen nodig/);
    assert.match(text, /wis eerst bestanden die je niet meer nodig hebt/);
    assert.match(text, /hoogstens 2,1 MB/);
    assert.match(text, /wat al geladen was, blijft staan/);
    // Nothing was read, and the file loaded before is still there.
    await app.page.waitForTimeout(300);
    assert.equal(await app.page.locator('section.bestandskaart').count(), 1);
    assert.match(await app.page.locator('section.bestandskaart').innerText(), /begroting\.csv/);
    assert.equal(await app.page.locator('.lading').count(), 0);
    const axe = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(axe.violations.map((v) => v.id), [], 'axe on the page with the refusal');

    // A selection that fits is read, and the message goes.
    await app.page.setInputFiles('#bestanden', join(ROOT, 'public/demo/bevolking.csv'));
    await app.page.waitForFunction(() => document.querySelectorAll('section.bestandskaart').length === 2);
    assert.equal(await alert.count(), 0);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
