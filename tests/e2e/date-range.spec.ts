import { expect, test, type Page } from '@playwright/test';

async function apiCount(page: Page, query: string): Promise<{ count: number; dates: string[] }> {
  const response = await page.request.get(`/api/events?${query}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { count: number; events: Array<{ date: string }> };
  return { count: body.count, dates: body.events.map((event) => event.date) };
}

const listDates = (page: Page) => page.locator('.event-list article time[data-date="happened"]').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

test.describe('the date range', () => {
  test('@dates goes from the form to the URL and back into the form and the list', async ({ page }) => {
    const expected = await apiCount(page, 'from=2022-06&to=2023');
    expect(expected.count).toBeGreaterThan(0);
    expect(expected.dates.every((date) => date >= '2022-06-01' && date <= '2023-12-31')).toBe(true);

    await page.goto('/?view=list');
    await page.getByRole('textbox', { name: '開始' }).fill('2022-06');
    await page.getByRole('textbox', { name: '終了' }).fill('2023');
    await expect(page).toHaveURL(/\?from=2022-06&to=2023&view=list$/);
    await expect(page.locator('.event-list article')).toHaveCount(expected.count);
    for (const date of await listDates(page)) expect(date >= '2022-06-01' && date <= '2023-12-31', date).toBe(true);

    await page.reload();
    await expect(page.getByRole('textbox', { name: '開始' })).toHaveValue('2022-06');
    await expect(page.getByRole('textbox', { name: '終了' })).toHaveValue('2023');
    await expect(page.locator('.event-list article')).toHaveCount(expected.count);

    // Emptying a box widens the range again.
    await page.getByRole('textbox', { name: '開始' }).fill('');
    await expect(page).toHaveURL(/\?to=2023&view=list$/);
    await expect(page.locator('.event-list article')).toHaveCount((await apiCount(page, 'to=2023')).count);
  });

  test('@dates a day range includes both of its days', async ({ page }) => {
    const { count, dates } = await apiCount(page, 'from=2013-04-15&to=2013-04-15');
    expect(count).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set(['2013-04-15']));
    await page.goto('/?view=list&from=2013-04-15&to=2013-04-15');
    await expect(page.locator('.event-list article')).toHaveCount(count);
    expect(new Set(await listDates(page))).toEqual(new Set(['2013-04-15']));
  });

  test('@dates a date that does not exist, or a start after the end, is dropped with a notice', async ({ page }) => {
    await page.goto('/?view=list&from=2025-02-30');
    await expect(page.getByRole('status').filter({ hasText: 'URLの一部' })).toContainText('日付「2025-02-30」は使えません');
    await page.goto('/?view=list&from=2024&to=2023');
    const notice = page.getByRole('status').filter({ hasText: 'URLの一部' });
    await expect(notice).toContainText('「2024」');
    await expect(notice).toContainText('「2023」');
    await expect(page.getByRole('textbox', { name: '開始' })).toHaveValue('');
  });

  test('GET /api/events refuses a bad from or to with a 400 naming each', async ({ page }) => {
    const bad = await page.request.get('/api/events?from=2025-02-30&to=2025-13');
    expect(bad.status()).toBe(400);
    const { errors } = (await bad.json()) as { errors: Array<{ param: string; message: string }> };
    expect(errors.map((error) => error.param)).toEqual(['from', 'to']);
    expect(errors[0]?.message).toContain('2025-02-30');

    const reversed = await page.request.get('/api/events?from=2024&to=2023');
    expect(reversed.status()).toBe(400);
    expect(((await reversed.json()) as { errors: Array<{ param: string }> }).errors.map((error) => error.param)).toEqual(['from', 'to']);

    expect((await page.request.get('/api/events?from=2022&from=2023')).status()).toBe(400);
    expect((await page.request.get('/api/events?milestones=yes')).status()).toBe(400);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('@dates the GET form sends the range and the milestones toggle', async ({ page }) => {
      const expected = await apiCount(page, 'from=2022&to=2023&milestones=1');
      await page.goto('/?view=list');
      await page.getByRole('textbox', { name: '開始' }).fill('2022');
      await page.getByRole('textbox', { name: '終了' }).fill('2023');
      await page.getByRole('checkbox', { name: '主な出来事のみ' }).check();
      await page.getByRole('button', { name: '絞り込む' }).click();
      await expect(page).toHaveURL(/from=2022&to=2023/);
      await expect(page).toHaveURL(/milestones=1/);
      await expect(page.locator('.event-list article')).toHaveCount(expected.count);
      await expect(page.getByRole('textbox', { name: '開始' })).toHaveValue('2022');
    });
  });
});
