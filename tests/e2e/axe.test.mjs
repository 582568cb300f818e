// axe-core finds no WCAG 2.1 A/AA violations on any route, on a desktop and
// on a 320 px wide screen, where text must also reflow without sideways
// scrolling; there the header's menu button is checked closed and open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit, ROUTES } from './harness.mjs';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['320px', { width: 320, height: 640 }]]) {
  let app;
  test(`axe and reflow at ${name}`, async (t) => {
    app = await openApp({ viewport });
    try {
      for (const route of ROUTES) {
        await t.test(`${route.path} at ${name}: zero axe violations`, async () => {
          await visit(app, route.path);
          const result = await new AxeBuilder({ page: app.page }).withTags(WCAG_21_AA).analyze();
          assert.equal(result.violations.length, 0, describe(result.violations));
          if (viewport.width === 320) {
            const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320px`);
            // The menu open, over the page.
            await app.page.locator('summary.menu__knop').click();
            await app.page.locator('.menu__paneel').waitFor();
            const open = await new AxeBuilder({ page: app.page }).withTags(WCAG_21_AA).analyze();
            assert.equal(open.violations.length, 0, `menu open: ${describe(open.violations)}`);
            const breder = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(breder <= 0, `with the menu open the page scrolls sideways by ${breder}px at 320px`);
            await app.page.locator('summary.menu__knop').click();
          }
        });
      }
    } finally {
      await app.close();
    }
  });
}
