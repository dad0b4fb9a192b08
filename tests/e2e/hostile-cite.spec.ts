import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatJaCitation, citeSourceFromItem, tokyoDate } from '../../lib/cite';
import { loadChronology } from '../../lib/chronology/load';
import { itemsOf, jsonLdBlocks, metaContent } from './cite-helpers';

// Runs against the app built from tests/fixtures/hostile-data. digest/cite.txt holds titles made
// to break out of a JSON-LD script or a meta attribute: `</script>`, quotes, `<!--`, `-->`,
// `&amp;`, U+2028/U+2029. Each must stay the exact text, and nothing from the data may run.

const DATA_DIR = path.resolve('tests/fixtures/hostile-data');
const chronology = loadChronology(DATA_DIR);
const citeFile = fs.readFileSync(path.join(DATA_DIR, 'digest/cite.txt'), 'utf8');
const citeIds = [...citeFile.matchAll(/<(\d{4}-\d{6})>/g)].map((match) => match[1]);
const items = itemsOf(chronology).filter((item) => citeIds.includes(item.id));

/** No payload ran: no window.__pwned, no dialog, no element made from the data. */
async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Exactly the one JSON-LD block, and no other script than the app's own (all with src, or Next's payloads allowed by their hashes).
  expect(await page.locator('script[type="application/ld+json"]').count()).toBeLessThanOrEqual(1);
  expect(await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((scripts) => scripts.filter((s) => /__pwned/.test(s.textContent ?? '') && !/self\.__next_f/.test(s.textContent ?? '')).length)).toBe(0);
}

test('the fixture holds the cite payloads', () => {
  expect(items.length).toBe(citeIds.length);
  expect(items.some((item) => item.title.includes('</script>'))).toBe(true);
  expect(items.some((item) => item.title.includes('\u2028'))).toBe(true);
});

for (const item of items) {
  test(`${item.id}: JSON-LD, meta tags and citations hold the title as text`, async ({ page, baseURL }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(item.permalink);
    const html = (await response?.text()) ?? '';
    // In the raw HTML, the JSON-LD block is one element whose text has no markup at all.
    const block = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toMatch(/[<>\u2028\u2029]/);
    expect((JSON.parse(block) as { headline: string }).headline).toBe(item.title);

    const [ld] = await jsonLdBlocks(page);
    expect(ld?.headline).toBe(item.title);
    expect(await metaContent(page, 'citation_title')).toBe(item.title);
    expect(await metaContent(page, 'DC.title')).toBe(item.title);
    expect(await metaContent(page, 'DC.source')).toBe(item.outlet?.name);
    const expected = formatJaCitation(citeSourceFromItem(item, baseURL ?? ''), tokyoDate(new Date()));
    expect(await page.locator('[data-citation="ja"]').textContent()).toBe(expected);
    await expectInert(page, dialogs);
  });
}

test('/embed shows the payloads as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/embed');
  const texts = await page.locator('main li[data-kind] a').allTextContents();
  for (const item of items) expect(texts).toContain(item.title);
  await expectInert(page, dialogs);
});
