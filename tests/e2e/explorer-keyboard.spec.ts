import { expect, test } from '@playwright/test';
import { canvas, countEntries, panel, resultCount, seriousViolations, waitForTimeline } from './explorer-helpers';

test.describe('the explorer from the keyboard alone', () => {
  test('reaches the timeline, steps through events in time order, opens and closes the details', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);

    // Tab from the top of the page until the timeline has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await canvas(page).evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
    expect(await canvas(page).evaluate((element) => element.matches(':focus-visible'))).toBe(true);

    // → from nothing selected opens the oldest event; → again the next one; ← goes back.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?event=1305-041501(&window=[^&]+)?$/);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('対米攻撃なら集団自衛権行使も');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?event=1305-041502(&window=[^&]+)?$/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?event=1803-021701(&window=[^&]+)?$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?event=1305-041502(&window=[^&]+)?$/);
    await expect(canvas(page)).toBeFocused();
    await expect(canvas(page)).toHaveAttribute('aria-activedescendant', 'tl-1305-041502');
    await expect(page.locator('.vis-item.vis-box.vis-selected[data-id="1305-041502"]')).toBeVisible();

    // End jumps to the newest entry, and the timeline brings it into view.
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/\?event=2025-11-01-/);
    await expect(page.locator('.vis-item.vis-box.vis-selected')).toBeVisible();

    // Enter moves into the details; Esc closes them and gives focus back to the timeline.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    const heading = panel(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    // Tab walks the panel's links in reading order: the outlet's page, then the partner chip.
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('link', { name: '時事通信' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel(page).getByRole('link', { name: 'NATO', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/(\?window=[^&]+)?$/);
    await expect(canvas(page)).toBeFocused();
  });

  test('filters with the keyboard: a checkbox, the search box and clear all', async ({ page }) => {
    await page.goto('/');
    await waitForTimeline(page);
    const nato = page.getByRole('checkbox', { name: /^NATO/ });
    await nato.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\?partner=NATO$/);
    await expect(page.getByText(resultCount(countEntries({ partners: ['NATO'] })))).toBeVisible();

    await page.getByRole('searchbox', { name: 'キーワード' }).focus();
    await page.keyboard.type('事務総長');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?partner=NATO&q=%E4%BA%8B%E5%8B%99%E7%B7%8F%E9%95%B7$/);

    await page.getByRole('link', { name: 'すべて解除' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(resultCount())).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'キーワード' })).toHaveValue('');
  });

  test('the close button and a cross-reference work from the keyboard', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto('/?event=2507-062601');
    await waitForTimeline(page);
    // The timeline with an entry open, before it is closed.
    expect(await seriousViolations(page)).toEqual([]);
    const close = panel(page).getByRole('link', { name: '詳細を閉じる' });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toHaveCount(0);
    // What stays is the window the timeline showed the entry in.
    await expect(page).toHaveURL(/\/(\?window=[^&]+)?$/);
  });
});
