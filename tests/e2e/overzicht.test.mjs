// The dashboard as a dashboard (issue 20): at 1280 × 900 the first screen
// shows the headline figures with their names, change and trend line; the
// sections are one click away, reachable by keyboard and by URL; no label
// shows a product category as a bare code; axe finds nothing in any
// section at 1280 and at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, visit, laadDemo } from './harness.mjs';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SECTIES = ['overzicht', 'instroom-en-uitstroom', 'zorgpaden', 'kosten', 'wachttijden', 'procesafspraken', 'gemeenten', 'cbs'];
const KOP = ['Jeugdigen in zorg', 'Instroom jeugdigen', 'Uitstroom jeugdigen', 'Gemiddelde duur', 'Kosten', 'Boven de Treeknorm', 'Doelen op koers'];

let app;
before(async () => {
  app = await openApp({ viewport: { width: 1280, height: 900 } });
  await visit(app, '/gegevens');
  await laadDemo(app);
});
after(async () => { await app.close(); });

// Client-side navigation keeps the loaded data (a full page load would not).
async function go(query) {
  await app.page.evaluate((q) => {
    history.pushState(null, '', '/dashboard?' + q);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await app.page.locator('.dashboard__kop').waitFor();
}

test('at 1280 × 900 the first screen shows the headline figures with names, change and trend', async () => {
  await go('periode=2024');
  await app.page.evaluate(() => window.scrollTo(0, 0));
  const tegels = app.page.locator('#sectie-overzicht .tegel--kop');
  await tegels.locator('.trendlijn svg').first().waitFor();
  await app.page.locator('[data-kopcijfer="doelen"]').waitFor({ timeout: 30000 });
  assert.equal(await tegels.count(), KOP.length);
  for (const [i, naam] of KOP.entries()) {
    const tegel = tegels.nth(i);
    assert.equal((await tegel.locator('.tegel__titel').innerText()).trim(), naam);
    // Name, value and trend line lie within the first screen.
    const delen = ['.tegel__titel', '.tegel__waarde', ...(i < 6 ? ['.trendlijn svg'] : [])];
    for (const deel of delen) {
      const vak = await tegel.locator(deel).first().boundingBox();
      assert.ok(vak && vak.y >= 0 && vak.y + vak.height <= 900, `${naam} ${deel} lies within the first screen: ${JSON.stringify(vak)}`);
    }
    assert.match(await tegel.locator('.tegel__waarde').innerText(), /\d/, naam);
    assert.ok(await tegel.locator('details.tegel__uitleg summary', { hasText: 'Hoe berekend?' }).isVisible(), naam);
    if (i < 6) {
      assert.match(await tegel.locator('.tegel__verschil').first().innerText(), /(hoger|lager|gelijk aan) .*2023/, naam);
      assert.match(await tegel.locator('.trendlijn svg').getAttribute('aria-label'), /^Verloop van .*2020: .*2024: /, naam);
    }
  }
  const zin = await app.page.locator('.overzicht__zin').innerText();
  assert.match(zin, /^(Het meest veranderd ten opzichte van 2023: .+ is [\d,]+ % (hoger|lager) \(.+ tegen .+\)\.|Vergeleken met 2023 .+)$/, zin);
  assert.match(await tegels.nth(4).locator('.tegel__extra').innerText(), /van de begroting 2024; prognose 2024: € /);
});

test('each section is reachable by URL and by keyboard, and the URL keeps it', async () => {
  for (const sectie of SECTIES) {
    await go(`periode=2024&sectie=${sectie}`);
    assert.ok(await app.page.locator(`#sectie-${sectie}`).isVisible(), sectie);
    assert.equal(await app.page.locator('.dashboard-sectie:not([hidden])').count(), 1, sectie);
    assert.equal(await app.page.locator(`.sectienav__link[data-sectie="${sectie}"]`).getAttribute('aria-current'), 'page');
  }
  await go('periode=2024');
  await app.page.locator('.sectienav__link[data-sectie="overzicht"]').focus();
  for (const sectie of SECTIES.slice(1)) {
    await app.page.keyboard.press('Tab');
    assert.equal(await app.page.evaluate(() => document.activeElement.dataset.sectie), sectie);
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL(new RegExp(`sectie=${sectie}`));
    assert.ok(await app.page.locator(`#sectie-${sectie}`).isVisible(), sectie);
    await app.page.locator(`.sectienav__link[data-sectie="${sectie}"]`).focus();
  }
  // A choice made in a section keeps the section.
  await go('periode=2024&sectie=gemeenten');
  await app.page.selectOption('#k-uitsplitsing', 'segment');
  await app.page.waitForURL(/uitsplitsing=segment&sectie=gemeenten/);
  await app.page.goBack();
  await app.page.waitForURL(/sectie=gemeenten/);
});

test('no label reads "Productcategorie NN" without a name: tables, filters, charts and the breakdown export', async () => {
  await go('periode=2024&uitsplitsing=productcategorie&sectie=gemeenten');
  const rij = app.page.locator('table.uitsplitsing tbody th');
  await rij.first().waitFor();
  const namen = await rij.allInnerTexts();
  assert.ok(namen.length >= 3 && namen.every((n) => /^\d{2} \p{L}/u.test(n)), namen.join(' | '));
  assert.ok(namen.some((n) => n === '45 Jeugdhulp ambulant' || n === '54 Jeugd-ggz'), namen.join(' | '));
  // Every text of the page, hidden sections and the filter panel included.
  const tekst = await app.page.locator('main').evaluate((m) => m.textContent);
  assert.doesNotMatch(tekst, /(Product)?[Cc]ategorie \d{2}\b/);
  assert.doesNotMatch(tekst, /\bProduct \d{2}[A-Z0-9]{2,3}\b/);
  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Exporteer uitsplitsing (CSV)' }).click(),
  ]);
  const regels = (await readFile(await download.path(), 'utf8')).split('\r\n').filter(Boolean).slice(2);
  for (const r of regels) assert.match(r.split(';')[1], /^\d{2} \p{L}/u, r.slice(0, 60));
  // The waiting times name products by the catalogue, categories by JZ020.
  await go('periode=2025&sectie=wachttijden');
  const producten = await app.page.locator('table.wachttabel tbody th').allInnerTexts();
  assert.ok(producten.every((p) => /^\d{2}\w* \p{L}/u.test(p)), producten.join(' | '));
});

for (const [naam, viewport] of [['1280 px', { width: 1280, height: 900 }], ['320 px', { width: 320, height: 640 }]]) {
  test(`axe finds nothing in any section at ${naam}`, async () => {
    await app.page.setViewportSize(viewport);
    try {
      for (const sectie of SECTIES) {
        await go(`periode=2024&sectie=${sectie}`);
        await app.page.locator('table.uitsplitsing tbody tr').first().waitFor({ state: 'attached' });
        await app.page.locator('table.trendtabel tbody tr').first().waitFor({ state: 'attached' });
        const result = await new AxeBuilder({ page: app.page }).withTags(WCAG_21_AA).analyze();
        assert.deepEqual(result.violations.map((v) => `${sectie}: ${v.id} ${v.nodes.map((n) => n.target).join(', ')}`), []);
        if (viewport.width === 320) {
          const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${sectie}: page scrolls sideways by ${overflow}px at 320px`);
        }
      }
    } finally {
      await app.page.setViewportSize({ width: 1280, height: 900 });
    }
  });
}

test('the council print shows every section, the overview first', async () => {
  await go('periode=2024&sectie=kosten');
  await app.page.emulateMedia({ media: 'print' });
  try {
    assert.ok(await app.page.locator('#sectie-overzicht .tegel--kop').first().isVisible());
    for (const sectie of SECTIES.slice(0, 7)) assert.ok(await app.page.locator(`#sectie-${sectie}`).isVisible(), sectie);
    assert.equal(await app.page.locator('.sectienav').isVisible(), false);
    const eerste = await app.page.evaluate(() => [...document.querySelectorAll('.dashboard-sectie')][0].id);
    assert.equal(eerste, 'sectie-overzicht');
  } finally {
    await app.page.emulateMedia({ media: 'screen' });
  }
});
