import { expect, test, type Page } from '@playwright/test';
import { boxIds, boxes, clusters, drawnEntryCount, seriousViolations, TOTAL_ENTRIES, waitForTimeline } from './explorer-helpers';

interface ApiEntry {
  id: string;
  title: string;
  shortTitle: string;
  importance: number;
  milestone: boolean;
}

async function apiEvents(page: Page, query = ''): Promise<ApiEntry[]> {
  const response = await page.request.get(`/api/events${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { events: ApiEntry[] }).events;
}

test.describe('milestones', () => {
  test('at the widest zoom, every cluster is named by its most important entry and the count of the others', async ({ page }) => {
    const all = await apiEvents(page);
    const byId = new Map(all.map((entry) => [entry.id, entry]));
    await page.goto('/');
    await waitForTimeline(page);
    await page.getByRole('button', { name: '全期間を表示' }).click();
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(TOTAL_ENTRIES);
    const groups = await clusters(page).locator('[data-count]').evaluateAll((elements) =>
      // What it shows: the words for a screen reader alone (.sr-only) follow it in its name.
      elements.map((element) => ({ text: [...element.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('sr-only'))).map((node) => node.textContent).join(''), count: Number(element.getAttribute('data-count')), top: element.getAttribute('data-top') ?? '' })),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const top = byId.get(group.top);
      expect(top, group.text).toBeDefined();
      if (!top) continue;
      // 「…ほか11件」: the top entry's short title, then the others (a pair reads ほか1件).
      expect(group.text).toBe(`${top.milestone ? '◆' : ''}${top.shortTitle} ほか${group.count - 1}件`);
    }
    // Some turning point leads a cluster at this zoom: the fixture's milestones are not all alone.
    const milestoneIds = all.filter((entry) => entry.milestone).map((entry) => entry.id);
    const shownMilestones = [...groups.map((group) => group.top), ...(await boxIds(page))].filter((id) => milestoneIds.includes(id));
    expect(shownMilestones.length).toBeGreaterThan(0);
  });

  test('milestones stand out with ◆ and a heavier border, not by colour alone', async ({ page }) => {
    const milestone = (await apiEvents(page, '?milestones=1'))[0];
    const plain = (await apiEvents(page)).find((entry) => !entry.milestone);
    if (!milestone || !plain) throw new Error('the fixture needs a milestone and an ordinary entry');
    await page.goto(`/?event=${milestone.id}`);
    await waitForTimeline(page);
    const box = page.locator(`.vis-item.vis-box[data-id="${milestone.id}"]`);
    await expect(box).toHaveClass(/tl-milestone/);
    await expect(box.locator('.tl-milestone-mark')).toHaveText('◆');
    await expect(box.locator('.tl-item')).toHaveAccessibleName(/◆.*、主な出来事: /);
    const width = await box.evaluate((element) => parseFloat(getComputedStyle(element).borderTopWidth));
    expect(width).toBeGreaterThanOrEqual(3);
    // The panel says so too, in words.
    await expect(page.locator('aside.detail-panel').getByTestId('panel-milestone')).toContainText('主な出来事');
    // The milestone's look keeps its text readable, selected as here.
    expect(await seriousViolations(page)).toEqual([]);
    // An ordinary entry has neither the mark nor the words.
    await page.goto(`/?event=${plain.id}`);
    await expect(page.locator('aside.detail-panel h2')).toBeVisible();
    await expect(page.locator('aside.detail-panel').getByTestId('panel-milestone')).toHaveCount(0);
  });

  test('主な出来事のみ keeps only the milestones on the timeline, in the list and in the URL', async ({ page }) => {
    const milestones = await apiEvents(page, '?milestones=1');
    expect(milestones.length).toBeGreaterThan(0);
    expect(milestones.length).toBeLessThan(TOTAL_ENTRIES);
    expect(milestones.every((entry) => entry.milestone)).toBe(true);

    await page.goto('/');
    await waitForTimeline(page);
    await page.getByRole('checkbox', { name: '主な出来事のみ' }).check();
    await expect(page).toHaveURL(/\?milestones=1$/);
    await expect(page.locator('.result-count')).toHaveText(`全${TOTAL_ENTRIES}件中 ${milestones.length}件を表示`);
    await page.getByRole('button', { name: '全期間を表示' }).click();
    await waitForTimeline(page);
    expect(await drawnEntryCount(page)).toBe(milestones.length);
    const ids = new Set(milestones.map((entry) => entry.id));
    for (const id of await boxIds(page)) expect(ids.has(id), id).toBe(true);
    await expect(boxes(page).locator('.tl-item:not(.tl-item-milestone)')).toHaveCount(0);

    await page.getByRole('link', { name: '一覧', exact: true }).click();
    await expect(page).toHaveURL(/\?milestones=1&view=list$/);
    await expect(page.locator('.event-list article')).toHaveCount(milestones.length);
    await expect(page.locator('.event-list article.milestone')).toHaveCount(milestones.length);

    await page.reload();
    await expect(page.getByRole('checkbox', { name: '主な出来事のみ' })).toBeChecked();
    await expect(page.locator('.event-list article')).toHaveCount(milestones.length);
  });
});
