import { expect, test } from '@playwright/test';
import { seriousViolations } from './explorer-helpers';
import { apiEntries, chartBars, chartTable, expectBarsMatchTable, perYearAndKind } from './partners-helpers';

test.describe('outlet pages', () => {
  // Every outlet's figures against the API: tests/unit/data/profiles.test.ts. Here, one page as a reader sees it.
  test('an outlet page counts what /api/events?outlet= answers, per year, names the partners it covers, and its chart draws what its table says', async ({ page, request }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    const entries = await apiEntries(request, 'outlet=kyodo');
    const expected = perYearAndKind(entries);
    await page.goto('/outlets/kyodo');
    await expect(page.getByTestId('outlet-total')).toHaveAttribute('data-total', String(entries.length));
    const table = await chartTable(page, 'kind-chart');
    for (const row of table) expect({ year: row.year, total: row.total }).toEqual({ year: row.year, total: (expected.get(row.year)?.news ?? 0) + (expected.get(row.year)?.statement ?? 0) });
    const partners = new Set(entries.flatMap((entry) => entry.partners));
    const links = page.locator('section', { has: page.getByRole('heading', { name: '記事に登場する相手国・機関' }) }).getByRole('link');
    expect(new Set(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))).toEqual(new Set([...partners].map((code) => `/partners/${code}`)));
    expectBarsMatchTable(await chartBars(page, 'kind-chart', 'height'), table);
    // The page: no serious or critical accessibility violation.
    expect(await seriousViolations(page)).toEqual([]);
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
