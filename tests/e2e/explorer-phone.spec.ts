import { expect, test } from '@playwright/test';
import { canvas, panel, waitForTimeline } from './explorer-helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.describe('the explorer on a phone', () => {
  test('a vertical swipe on the timeline scrolls the page', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(844);
    const area = await canvas(page).boundingBox();
    if (!area) throw new Error('timeline not laid out');
    // A finger on the middle of the timeline, moving up: raw touch events, as a phone sends them.
    const session = await page.context().newCDPSession(page);
    const x = Math.round(area.x + area.width / 2);
    const y = Math.round(area.y + area.height / 2);
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 30 }] });
      await page.waitForTimeout(16);
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  });

  test('a tapped event opens in a bottom sheet that closes again', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    await page.locator('.vis-item.vis-box[data-id="1809-082302"]').tap();
    const sheet = panel(page);
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('海自、NATO と合同演習');
    const rect = await sheet.boundingBox();
    if (!rect) throw new Error('sheet not laid out');
    expect(await sheet.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(Math.round(rect.y + rect.height)).toBe(844);
    expect(Math.round(rect.width)).toBe(390);
    expect(rect.height).toBeLessThan(844 * 0.7);
    await sheet.getByRole('link', { name: '詳細を閉じる' }).tap();
    await expect(panel(page)).toHaveCount(0);
  });

  test('the filters fold away behind a summary and open on a tap', async ({ page }) => {
    await page.goto('/');
    const summary = page.locator('summary', { hasText: '絞り込み' });
    await expect(summary).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^NATO/ })).toBeHidden();
    await summary.tap();
    await page.getByRole('checkbox', { name: /^NATO/ }).tap();
    await expect(page).toHaveURL(/\?partner=NATO$/);
    await expect(summary).toHaveText('絞り込み(1件の条件)');
  });
});
