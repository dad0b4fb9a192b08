import { expect, test } from '@playwright/test';
import { apiEntries, chartBars, chartTable, expectBarsMatchTable, perYearAndKind } from './partners-helpers';

test.describe('outlet pages', () => {
  test('every outlet page counts what /api/events?outlet= answers, per year, and names the partners it covers', async ({ page, request }) => {
    // One page or request per partner/outlet of the fixture: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const keys = [...new Set((await apiEntries(request)).flatMap((entry) => (entry.outlet ? [entry.outlet.key] : [])))];
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) {
      const entries = await apiEntries(request, `outlet=${encodeURIComponent(key)}`);
      const expected = perYearAndKind(entries);
      await page.goto(`/outlets/${key}`);
      await expect(page.getByTestId('outlet-total'), key).toHaveAttribute('data-total', String(entries.length));
      for (const row of await chartTable(page, 'kind-chart')) expect({ key, year: row.year, total: row.total }).toEqual({ key, year: row.year, total: (expected.get(row.year)?.news ?? 0) + (expected.get(row.year)?.statement ?? 0) });
      const partners = new Set(entries.flatMap((entry) => entry.partners));
      const links = page.locator('section', { has: page.getByRole('heading', { name: '記事に登場する相手国・機関' }) }).getByRole('link');
      expect(new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))).toEqual(new Set([...partners].map((code) => `/partners/${code}`)));
    }
  });

  test('the chart draws what its table says', async ({ page }) => {
    await page.goto('/outlets/kyodo');
    expectBarsMatchTable(await chartBars(page, 'kind-chart', 'height'), await chartTable(page, 'kind-chart'));
  });

  test('keys are read without regard to case; an unknown key is the 404 page', async ({ page }) => {
    await page.goto('/outlets/KYODO');
    await expect(page).toHaveURL(/\/outlets\/kyodo$/);
    const response = await page.goto('/outlets/zz-none');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'ページが見つかりません' })).toBeVisible();
  });

  test('an event page links its outlet and its partners to their pages', async ({ page, request }) => {
    const entry = (await apiEntries(request, 'kind=news')).find((e) => e.partners.length > 0 && e.outlet);
    if (!entry?.outlet) throw new Error('the fixture has no news entry with an outlet and a partner');
    await page.goto(`/events/${entry.id}`);
    await page.locator(`a[href="/outlets/${entry.outlet.key}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/outlets/${entry.outlet.key}$`));
    await page.goto(`/events/${entry.id}`);
    await expect(page.locator(`main a[href="/partners/${entry.partners[0]}"]`)).toHaveCount(1);
  });
});
