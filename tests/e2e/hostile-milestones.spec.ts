import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// The hostile data's milestones.txt gives an entry a label that is markup: it must show as text.
const line = fs
  .readFileSync(path.resolve('tests/fixtures/hostile-data/milestones.txt'), 'utf8')
  .split('\n')
  .find((one) => one.includes('<'));
const [id = '', ...rest] = (line ?? '').split('\t');
const label = rest.join('\t').trim();

test.describe('a milestone label that is markup', () => {
  test.beforeEach(({ page }) => {
    page.on('dialog', () => {
      throw new Error('a dialog opened: the label ran as script');
    });
  });

  test('shows as text in the list, on the timeline and in the API', async ({ page }) => {
    expect(label).toContain('<img');
    const api = (await (await page.request.get('/api/events?milestones=1')).json()) as { events: Array<{ id: string; milestoneLabel: string | null }> };
    expect(api.events.find((entry) => entry.id === id)?.milestoneLabel).toBe(label);

    await page.goto('/?view=list&milestones=1');
    await expect(page.locator('.event-list .milestone-badge').filter({ hasText: label })).toHaveCount(1);
    await expect(page.locator('.event-list img')).toHaveCount(0);

    await page.goto(`/?event=${id}`);
    const box = page.locator(`.timeline-canvas .vis-item.vis-box[data-id="${id}"]`);
    await expect(box.locator('.tl-item-title')).toHaveText(`◆${label}`);
    await expect(page.locator('.timeline-canvas img')).toHaveCount(0);
  });
});
