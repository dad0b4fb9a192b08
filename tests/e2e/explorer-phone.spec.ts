import { expect, test, type Page } from '@playwright/test';
import { canvas, countEntries, entriesPerYear, panel, resultCount, seriousViolations, TOTAL_ENTRIES, waitForHydration, waitForTimeline } from './explorer-helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const openButton = (page: Page) => page.getByRole('button', { name: /^タイムラインを表示/ });

/** On a touch screen the timeline is drawn once it is opened from its preview. */
async function openTimeline(page: Page): Promise<void> {
  await openButton(page).tap();
  await waitForTimeline(page);
}

/** Whether any script the page has fetched so far is vis-timeline's (it names its CSS classes). */
function watchForVisCode(page: Page): () => boolean {
  let fetched = false;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.text().catch(() => '');
    if (body.includes('vis-foreground')) fetched = true;
  });
  return () => fetched;
}

test.describe('the explorer on a phone', () => {
  test('the timeline stands as a preview, and its code and the entries are fetched only once it is opened', async ({ page }) => {
    const visFetched = watchForVisCode(page);
    let entriesAsked = false;
    page.on('request', (request) => {
      if (request.url().includes('/api/explorer-items')) entriesAsked = true;
    });
    await page.goto('/');
    // The counts are the server's, the page is quiet: still no timeline, nor the entries it draws.
    await expect(page.locator('.result-count')).toHaveText(resultCount());
    await page.waitForLoadState('networkidle');
    expect(entriesAsked).toBe(false);
    const open = openButton(page);
    await expect(open).toBeVisible();
    const years = entriesPerYear();
    const [first, last] = [years[0]![0], years.at(-1)![0]];
    await expect(open).toHaveAccessibleName(`タイムラインを表示 ${first}年〜${last}年の${TOTAL_ENTRIES}件を、拡大・縮小できる年表で見る`);
    await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeHidden();
    await expect(page.locator('.vis-timeline')).toHaveCount(0);
    expect(visFetched()).toBe(false);
    // The preview's columns: one per year of the span, empty for the years without entries, the
    // tallest for the year with the most.
    const heights = await page.locator('.timeline-preview-columns > span').evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().height));
    expect(heights.map((height) => height > 0)).toEqual(years.map(([, count]) => count > 0));
    const fullest = years.reduce((best, year, index) => (year[1] > years[best]![1] ? index : best), 0);
    expect(Math.max(...heights)).toBe(heights[fullest]);
    // The preview: no serious or critical accessibility violation.
    expect(await seriousViolations(page)).toEqual([]);
    await openTimeline(page);
    expect(visFetched()).toBe(true);
    expect(entriesAsked).toBe(true);
    await expect(open).toHaveCount(0);
    await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeVisible();
    await expect(canvas(page)).toBeFocused();
  });

  test('a year from the index opens the timeline on that year, filtered to it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.result-count')).toHaveText(resultCount());
    await waitForHydration(page);
    await page.getByRole('link', { name: `2018年 ${countEntries({ year: 2018 })}件` }).tap();
    await waitForTimeline(page);
    await expect(page.locator('.vis-item.vis-box[data-id="1809-082302"]')).toBeInViewport();
    // A year across the screen: its months are on the axis.
    await expect(page.locator('.timeline-canvas .vis-time-axis .vis-text', { hasText: /^\d+月$/ }).first()).toBeVisible();
    await expect(page).toHaveURL(/\?from=2018&to=2018$/);
  });

  test('a link to an event draws the timeline at once, on the event', async ({ page }) => {
    await page.goto('/?event=1809-082302');
    await waitForTimeline(page);
    await expect(page.locator('.vis-item.vis-box[data-id="1809-082302"]')).toHaveClass(/vis-selected/);
  });

  test('タイムラインで見る in the list draws the timeline at once, on the entry', async ({ page }) => {
    await page.goto('/?view=list');
    await expect(page.locator('.result-count')).toHaveText(resultCount());
    const entry = page.locator('article', { has: page.getByRole('link', { name: '海自、NATO と合同演習' }) });
    await entry.getByRole('link', { name: 'タイムラインで見る' }).tap();
    await waitForTimeline(page);
    await expect(page.locator('.vis-item.vis-box[data-id="1809-082302"]')).toHaveClass(/vis-selected/);
    await expect(page).toHaveURL(/\?event=1809-082302$/);
  });

  test('with no entry passing the filters, the preview still opens the timeline', async ({ page }) => {
    await page.goto('/?q=該当しない語');
    await expect(openButton(page)).toHaveAccessibleName('タイムラインを表示');
    await openButton(page).tap();
    // Nothing to draw but the axis: the timeline is ready, its zoom buttons usable.
    await expect(canvas(page)).toHaveAttribute('data-status', 'ready');
    await expect(page.getByRole('button', { name: '拡大', exact: true })).toBeEnabled();
  });

  test('a vertical swipe on the timeline scrolls the page', async ({ page }) => {
    await page.goto('/');
    await openTimeline(page);
    // How far the page can scroll depends on the fonts (a page without Japanese fonts is shorter);
    // a 300 px swipe must take it 100 px down, or to its end where that comes first.
    const scrollRoom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scrollRoom).toBeGreaterThan(40);
    const expectedScroll = Math.min(100, scrollRoom - 1);
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
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(expectedScroll);
  });

  test('a tapped event opens in a bottom sheet that closes again', async ({ page }) => {
    await page.goto('/');
    await openTimeline(page);
    await page.locator('.vis-item.vis-box[data-id="1809-082302"]').tap();
    const sheet = panel(page);
    await expect(sheet.getByRole('heading', { level: 2 })).toContainText('海自、NATO と合同演習');
    const rect = await sheet.boundingBox();
    if (!rect) throw new Error('sheet not laid out');
    expect(await sheet.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    expect(Math.round(rect.y + rect.height)).toBe(844);
    expect(Math.round(rect.width)).toBe(390);
    expect(rect.height).toBeLessThan(844 * 0.7);
    // Scrolled to its end, the sheet still shows its close button.
    await sheet.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(sheet.getByRole('link', { name: '詳細を閉じる' })).toBeInViewport();
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
    // The sheet is taller than the screen: its end stays in reach, with the count, and closes it.
    const show = page.getByRole('button', { name: `${countEntries({ partners: ['NATO'] })}件を表示` });
    await expect(show).toBeInViewport();
    expect((await show.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect((await page.getByRole('checkbox', { name: /^NATO/ }).locator('xpath=ancestor::label').boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await show.tap();
    await expect(page.getByRole('checkbox', { name: /^NATO/ })).toBeHidden();
    await expect(summary).toBeFocused();
  });
});
