import { expect, test } from '@playwright/test';
import { fixtureChronology } from '../app-fixture';
import { expectedCitations, itemsOf, jsonLdBlocks, metaContent, watchCspViolations } from './cite-helpers';

const chronology = fixtureChronology();
const items = itemsOf(chronology);
// An article that came through an aggregator, and a statement: both citation forms.
const news = items.find((item) => item.kind === 'news' && item.outlet?.via);
const statement = items.find((item) => item.kind === 'statement');
if (!news || !statement) throw new Error('the fixture needs an aggregated news event and a statement');

test.describe('引用 on the pages', () => {
  for (const item of [news, statement]) {
    test(`${item.kind} page: the citations name the entry, the permalink, today and the data version`, async ({ page, baseURL }) => {
      const violations = watchCspViolations(page);
      await page.goto(item.permalink);
      const expected = expectedCitations(item, chronology, baseURL ?? '');
      const section = page.getByRole('region', { name: '引用' });
      await expect(section).toBeVisible();
      await expect(section.locator('[data-citation="ja"]')).toHaveText(expected.ja);
      await expect(section.locator('[data-citation="chicago-bibliography"]')).toHaveText(expected.chicagoBibliography);
      await expect(section.locator('[data-citation="chicago-note"]')).toHaveText(expected.chicagoNote);
      await expect(section.locator('[data-citation="version"]')).toContainText(expected.versionJa);
      await expect(section.locator('[data-citation="version"]')).toContainText(expected.versionEn);
      // The footer names the same version.
      await expect(page.getByTestId('data-version')).toContainText(chronology.version.hash);
      expect(violations).toEqual([]);
    });
  }

  test('the copy button puts the Japanese citation on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(news.permalink);
    await page.getByRole('button', { name: '日本語の引用をコピー' }).click();
    await expect(page.getByRole('region', { name: '引用' }).getByRole('status').first()).toHaveText('コピーしました');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expectedCitations(news, chronology, baseURL ?? '').ja);
  });

  test('without JavaScript the citation is still there, as selectable text', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${statement.permalink}`);
    await expect(page.locator('[data-citation="ja"]')).toHaveText(expectedCitations(statement, chronology, baseURL ?? '').ja);
    await context.close();
  });
});

test.describe('引用 in the explorer panel', () => {
  test('the panel of the selected entry cites it as its page does', async ({ page, baseURL }) => {
    await page.goto(`/?event=${encodeURIComponent(news.id)}`);
    const panel = page.getByTestId('panel-cite');
    await panel.locator('summary').click();
    const expected = expectedCitations(news, chronology, baseURL ?? '');
    await expect(panel.locator('[data-citation="ja"]')).toHaveText(expected.ja);
    await expect(panel.locator('[data-citation="chicago-bibliography"]')).toHaveText(expected.chicagoBibliography);
  });
});

test.describe('metadata for reference managers', () => {
  test('an event page is a newspaper article of its outlet, in the meta tags and the JSON-LD', async ({ page, baseURL }) => {
    await page.goto(news.permalink);
    expect(await metaContent(page, 'citation_title')).toBe(news.title);
    expect(await metaContent(page, 'citation_date')).toBe(news.date.replace(/-/g, '/'));
    expect(await metaContent(page, 'citation_language')).toBe('ja');
    expect(await metaContent(page, 'citation_public_url')).toBe(`${baseURL}${news.permalink}`);
    expect(await metaContent(page, 'DC.type')).toBe('newspaperArticle');
    expect(await metaContent(page, 'DC.source')).toBe(news.outlet?.name);
    expect(await metaContent(page, 'DC.date')).toBe(news.date);
    expect(await page.locator('head meta[property="og:type"]').getAttribute('content')).toBe('article');
    const [ld, ...more] = await jsonLdBlocks(page);
    expect(more).toEqual([]);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: news.title,
      datePublished: news.date,
      inLanguage: 'ja',
      url: `${baseURL}${news.permalink}`,
      publisher: { name: news.outlet?.name },
    });
    // The page shows the same title and date.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(news.title);
  });

  test('a statement page is a report of its ministry', async ({ page }) => {
    await page.goto(statement.permalink);
    expect(await metaContent(page, 'DC.type')).toBe('report');
    expect(await metaContent(page, 'citation_title')).toBe(statement.title);
    const ministry = await metaContent(page, 'citation_technical_report_institution');
    expect(ministry).toMatch(/省|庁/);
    expect(statement.summary.startsWith(ministry ?? '-')).toBe(true);
    const [ld] = await jsonLdBlocks(page);
    // The ministry is the author; the site the text was read on, the publisher.
    expect(ld).toMatchObject({
      '@type': 'Report',
      headline: statement.title,
      author: { '@type': 'GovernmentOrganization', name: ministry },
      publisher: { '@type': 'Organization', name: statement.publisher },
    });
  });
});
