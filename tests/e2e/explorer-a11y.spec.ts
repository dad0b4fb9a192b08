import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, waitForTimeline } from './explorer-helpers';

// Scanned where a test opens them already: the timeline with an entry open (explorer-keyboard),
// the list view, an event page and the 404 page (explorer-pages); the whole timeline below.
test('a filtered, zoomed timeline with an event open has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/?partner=NATO&milestones=1&event=2507-062601&window=2025-01-01..2025-12-31');
  await waitForTimeline(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('every entry and cluster the timeline draws is a control whose name begins with what it shows', async ({ page }) => {
  test.slow(); // with its page's axe scan, which takes seconds on a busy machine
  await page.goto('/');
  await waitForTimeline(page);
  // The whole timeline: no serious or critical violation.
  expect(await seriousViolations(page)).toEqual([]);
  // axe's check of WCAG 2.5.3 (label in name), which the other rules above leave at "moderate".
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
  expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
  const drawn = await page.locator('.timeline-canvas .vis-item.vis-box, .timeline-canvas .vis-item.vis-cluster').count();
  await expect(page.locator('.timeline-canvas .vis-item [role="button"]')).toHaveCount(drawn);
  // The selected one is marked as the current one.
  await page.locator('.timeline-canvas .vis-item.vis-box').first().click();
  await expect(page.locator('.timeline-canvas [aria-current="true"]')).toHaveCount(1);
});

/**
 * Whether the focused element is at least partly in sight: one of nine points over the part of it
 * inside the window hits it (nothing fixed or sticky covers it all; WCAG 2.4.11). `whole`: its top
 * and bottom edges too (nothing covers any of it; 2.4.12), for controls a line tall.
 */
function focusInSight(page: Page, whole = false): Promise<string | null> {
  return page.evaluate((wholly) => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const box = focused.getBoundingClientRect();
    const left = Math.max(0, box.left);
    const right = Math.min(window.innerWidth, box.right);
    const top = Math.max(0, box.top);
    const bottom = Math.min(window.innerHeight, box.bottom);
    const describe = `${focused.tagName.toLowerCase()} ${focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 30) ?? ''}`;
    if (right <= left || bottom <= top) return `${describe}: outside the window`;
    const hits = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (focused.contains(hit) || hit.contains(focused));
    };
    if (wholly && !(hits((left + right) / 2, box.top + 2) && hits((left + right) / 2, box.bottom - 2))) return `${describe}: partly covered`;
    for (const x of [0.1, 0.5, 0.9]) {
      for (const y of [0.1, 0.5, 0.9]) {
        const hit = document.elementFromPoint(left + (right - left) * x, top + (bottom - top) * y);
        if (hit && (focused.contains(hit) || hit.contains(focused))) return null;
      }
    }
    return `${describe}: covered`;
  }, whole);
}

for (const [name, viewport, touch] of [
  ['at 640×400 (a laptop at 200 %)', { width: 640, height: 400 }, false],
  ['on a phone', { width: 390, height: 844 }, true],
] as const) {
  test.describe(name, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test('with an entry open, focus is never hidden behind the detail sheet or a heading', async ({ page }) => {
      test.slow(); // with its page's axe scan, which takes seconds on a busy machine
      await page.goto('/?event=2507-062601');
      await waitForTimeline(page);
      await expect(page.locator('aside.detail-panel')).toBeVisible();
      // The open entry at this size: no serious or critical violation.
      expect(await seriousViolations(page)).toEqual([]);
      const hidden: string[] = [];
      for (let stop = 0; stop < 45; stop++) {
        await page.keyboard.press('Tab');
        const problem = await focusInSight(page);
        if (problem) hidden.push(`stop ${stop}: ${problem}`);
      }
      expect(hidden).toEqual([]);
    });

    test('in the list view, focus is never hidden behind a sticky year heading', async ({ page }) => {
      await page.goto('/?view=list');
      const hidden: string[] = [];
      for (let stop = 0; stop < 60; stop++) {
        await page.keyboard.press(stop < 40 ? 'Tab' : 'Shift+Tab');
        const problem = await focusInSight(page, true);
        if (problem) hidden.push(`stop ${stop}: ${problem}`);
      }
      expect(hidden).toEqual([]);
    });
  });
}
