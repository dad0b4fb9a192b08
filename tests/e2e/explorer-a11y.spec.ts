import { expect, test } from '@playwright/test';
import { seriousViolations, waitForTimeline } from './explorer-helpers';

const pages = [
  { name: 'the timeline', url: '/', timeline: true },
  { name: 'the timeline with an event open', url: '/?event=2507-062601', timeline: true },
  { name: 'the list view', url: '/?view=list', timeline: false },
  { name: 'an event page', url: '/events/2507-062601', timeline: false },
  { name: 'the 404 page', url: '/events/0000-000000', timeline: false },
];

for (const { name, url, timeline } of pages) {
  test(`${name} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(url);
    if (timeline) await waitForTimeline(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
