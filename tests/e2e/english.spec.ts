import { expect, test, type Page } from '@playwright/test';
import { fixtureChronology } from '../app-fixture';
import { seriousViolations, waitForTimeline } from './explorer-helpers';

// The interface in English under /en: each page once, every check of that page in its one test.

const { events, statements } = fixtureChronology();
const event = events.at(-1)!;
/** A statement with an English original beside its Japanese text, when the fixture has one. */
const bilingual = statements.find((statement) => statement.blocks.some((block) => block.lang === 'en')) ?? statements[0]!;

const pages: Array<{ path: string; timeline?: boolean }> = [
  { path: '/', timeline: true },
  { path: `/events/${event.id}` },
  { path: `/statements/${bilingual.slug}` },
  { path: '/search?q=NATO' },
  { path: '/partners' },
  { path: '/partners/NATO' },
  { path: `/outlets/${event.outlet.key}` },
  { path: '/embed' },
  { path: '/playground' },
];

/** Japanese script: kana, kanji, CJK punctuation, half-width katakana. */
const JAPANESE = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/**
 * Every piece of Japanese on the page outside an element marked `lang="ja…"`: text nodes, and the
 * attributes a reader or a screen reader meets (aria-label, title, placeholder, alt).
 */
function japaneseOutsideJa(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const japanese = new RegExp(pattern);
    const marked = (element: Element | null) => element?.closest('[lang^="ja"]') != null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      if (japanese.test(node.textContent ?? '') && !marked(parent)) found.push(`text in <${parent.tagName.toLowerCase()}>: ${node.textContent?.trim().slice(0, 60)}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value && japanese.test(value) && !marked(element)) found.push(`${name} of <${element.tagName.toLowerCase()}>: ${value.slice(0, 60)}`);
      }
    }
    return found;
  }, JAPANESE.source);
}

/** The page's alternates as `hreflang → path`. */
async function alternates(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries([...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '', location.href).pathname + new URL(link.getAttribute('href') ?? '', location.href).search])),
  );
}

for (const { path, timeline } of pages) {
  const english = path === '/' ? '/en' : `/en${path}`;
  test(`${english} is in English: <html lang="en">, no Japanese outside lang="ja", alternates both ways, no serious axe violation`, async ({ page }) => {
    const response = await page.goto(english);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    if (timeline) await waitForTimeline(page);
    expect(await japaneseOutsideJa(page)).toEqual([]);
    expect(await alternates(page)).toEqual({ ja: path, en: english, 'x-default': path });
    // The switch offers the Japanese page, marked as Japanese (not in the embed view, a part of another site's page).
    if (path !== '/embed') await expect(page.locator('a[hreflang="ja"][lang="ja"]')).toHaveAttribute('href', path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the Japanese page links to its English twin, and the switch keeps the whole state both ways', async ({ page }) => {
  await page.goto(`/?partner=NATO&event=${event.id}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `/en?partner=NATO&event=${event.id}`);
  // A state the explorer writes into the URL in place (history API): the switch follows it.
  await page.getByRole('link', { name: '一覧', exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  const toEnglish = page.locator('a[hreflang="en"]');
  await expect(toEnglish).toHaveAttribute('href', `/en?partner=NATO&event=${event.id}&view=list`);
  await toEnglish.click();
  await expect(page).toHaveURL(`/en?partner=NATO&event=${event.id}&view=list`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.event-list')).toBeVisible();
  await page.locator('a[hreflang="ja"]').click();
  await expect(page).toHaveURL(`/?partner=NATO&event=${event.id}&view=list`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('an unknown path under /en is the English 404 page; a malformed one too, and /ja/… is no address', async ({ page, request }) => {
  const response = await page.goto('/en/nope');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(JAPANESE);
  expect(await japaneseOutsideJa(page)).toEqual([]);
  // A path no route can decode is answered by the proxy itself, as plain HTML.
  for (const path of ['/en/events/%E3%81', '/en/%FF/%C0%AE']) {
    const malformed = await request.get(path);
    expect(malformed.status(), path).toBe(404);
    const html = await malformed.text();
    expect(html, path).toContain('<html lang="en">');
    expect(html, path).not.toMatch(JAPANESE);
  }
  for (const path of ['/ja', '/ja/search']) expect((await request.get(path)).status(), path).toBe(404);
});
