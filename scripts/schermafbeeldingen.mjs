// Screenshots of the dashboard's overview (desktop 1280 × 900 and phone
// 390 × 844) and the goals overview, from the release build in dist/ with
// the demo data, for docs/schermafbeeldingen/. Run after
// `DEMO=1 bash scripts/build.sh`: node scripts/schermafbeeldingen.mjs
// (DIST=<folder under the repository> takes the build from there).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApp, visit, laadDemo } from '../tests/e2e/harness.mjs';

const UIT = fileURLToPath(new URL('../docs/schermafbeeldingen/', import.meta.url));
await mkdir(UIT, { recursive: true });

for (const [naam, viewport] of [['desktop', { width: 1280, height: 900 }], ['telefoon', { width: 390, height: 844 }]]) {
  const app = await openApp({ viewport, dist: process.env.DIST });
  try {
    await visit(app, '/gegevens');
    await laadDemo(app);
    // Inside the app, so the loaded data stay.
    await app.page.evaluate(() => { history.pushState(null, '', '/dashboard'); window.dispatchEvent(new PopStateEvent('popstate')); });
    await app.page.locator('.trendlijn svg').first().waitFor({ timeout: 60000 });
    await app.page.locator('[data-kopcijfer="doelen"]').waitFor({ timeout: 60000 });
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.page.screenshot({ path: `${UIT}dashboard-overzicht-${naam}.png` });
    // On a phone the overview continues below the first screen.
    if (naam === 'telefoon') {
      await app.page.locator('#sectie-overzicht').screenshot({ path: `${UIT}dashboard-overzicht-telefoon-geheel.png` });
    }
    await app.page.evaluate(() => { history.pushState(null, '', '/doelen'); window.dispatchEvent(new PopStateEvent('popstate')); });
    await app.page.locator('table.doelentabel').waitFor({ timeout: 60000 });
    await app.page.locator('.doelenoverzicht').screenshot({ path: `${UIT}doelen-overzicht-${naam}.png` });
  } finally {
    await app.close();
  }
}
console.log(`schermafbeeldingen in ${UIT}`);
