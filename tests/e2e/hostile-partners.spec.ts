import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadChronology } from '../../lib/chronology/load';

// Runs against the app built from tests/fixtures/hostile-data (project `hostile`): outlet names
// and titles full of markup reach the partner and outlet pages (headings, lists, the charts'
// SVG <title>s and tables). They must stay text there.

const { events } = loadChronology(path.resolve('tests/fixtures/hostile-data'));
const hostileOutlets = [...new Map(events.filter((event) => /[<>"]/.test(event.outlet.name)).map((event) => [event.outlet.key, event.outlet.name])).entries()];
const hostileTitled = events.filter((event) => /[<>]/.test(event.title) && event.partners.length > 0);

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test('the hostile data has outlets and titles with markup on these pages', () => {
  expect(hostileOutlets.length).toBeGreaterThan(0);
  expect(hostileTitled.length).toBeGreaterThan(0);
});

for (const [key, name] of hostileOutlets) {
  test(`the outlet page of ${JSON.stringify(name)} shows its name as text, in the heading and the chart's title`, async ({ page }) => {
    const response = await page.goto(`/outlets/${key}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name}の報道`);
    const svgTitle = page.locator('[data-chart="kind-chart"] svg > title');
    await expect(svgTitle).toHaveCount(1);
    expect(await svgTitle.textContent()).toContain(name);
    // The SVG <title> holds text only: no element was parsed out of the name.
    expect(await svgTitle.evaluate((el) => el.childElementCount)).toBe(0);
    await expect(page.locator('main img, main script, main [onload], main [onerror]')).toHaveCount(0);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  });
}

test('partner pages and the matrix show hostile titles and outlet names as text', async ({ page }) => {
  const titleById = new Map(events.map((event) => [event.id, event.title]));
  const codes = [...new Set(hostileTitled.flatMap((event) => event.partners))];
  const hostileShown: string[] = [];
  for (const code of codes) {
    await page.goto(`/partners/${code}`);
    const main = page.locator('main');
    const text = (await main.textContent()) ?? '';
    for (const [key, name] of hostileOutlets) if (events.some((e) => e.outlet.key === key && e.partners.includes(code))) expect(text).toContain(name);
    // Every entry link says its title exactly, as text.
    const links = await main.locator('a[href^="/events/"]').evaluateAll((as) => as.map((a) => ({ id: a.getAttribute('href')?.slice('/events/'.length) ?? '', text: a.textContent ?? '' })));
    for (const link of links) {
      expect(link.text).toBe(titleById.get(link.id));
      if (/[<>]/.test(link.text)) hostileShown.push(link.id);
    }
    expect(await page.locator('[data-chart] svg > title').evaluateAll((els) => els.map((el) => el.childElementCount))).toEqual([0]);
    await expect(page.locator('main img, main script, main [onload], main [onerror]')).toHaveCount(0);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  }
  expect(hostileShown.length).toBeGreaterThan(0);
  await page.goto('/partners');
  await expect(page.locator('main img, main script, main [onload], main [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
});

test('the event page links a hostile outlet to its page by its key, the name as text', async ({ page }) => {
  const event = events.find((e) => hostileOutlets.some(([key]) => key === e.outlet.key));
  if (!event) throw new Error('no event of a hostile outlet');
  await page.goto(`/events/${event.id}`);
  const link = page.locator(`main a[href="/outlets/${event.outlet.key}"]`).first();
  await expect(link).toHaveText(event.outlet.name);
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
});
