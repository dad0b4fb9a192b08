import { expect, test, type Page } from '@playwright/test';
import { normaliseText } from '../../lib/search';
import { seriousViolations } from './explorer-helpers';
import { bodyOnlyTerm, englishOnlyPhrase, expectedTotal, fullWidth } from './search-helpers';

// Full-text search, /search and /api/search, on the fixture app. Terms are picked from the
// fixture (search-helpers.ts) and every count is the library's plain scan of it.

const searchUrl = (q: string, rest = '') => `/search?q=${encodeURIComponent(q)}${rest}`;
const resultCount = (total: number) => `${total}件見つかりました`;
const results = (page: Page) => page.getByRole('region', { name: '検索結果' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: '検索語' });

test.describe('/search', () => {
  test('the site header links to it', async ({ page }) => {
    await page.goto('/?view=list');
    await page.getByRole('navigation', { name: 'サイト内' }).getByRole('link', { name: '全文検索' }).click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByRole('heading', { level: 1, name: '全文検索' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '検索のしかた' })).toBeVisible();
    // The empty search page, as the header opens it.
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('finds a statement by a term only its body holds, and its snippet lands on that very paragraph, marked', async ({ page }) => {
    const { term, slug, anchor } = bodyOnlyTerm();
    await page.goto(searchUrl(term));
    await expect(results(page)).toContainText(resultCount(1));
    const hit = results(page).getByRole('article');
    await expect(hit.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', `/statements/${slug}`);
    await expect(hit.locator('mark').first()).toHaveText(term);
    const snippet = hit.getByRole('list', { name: '本文中の一致箇所' }).getByRole('link').first();
    await expect(snippet).toHaveAttribute('href', `/statements/${slug}?hl=${encodeURIComponent(term)}#${anchor}`);
    await snippet.click();
    await expect(page).toHaveURL(new RegExp(`/statements/${slug}\\?hl=.*#${anchor}$`));
    const paragraph = page.locator(`[id="${anchor}"]`);
    await expect(paragraph).toContainText(term);
    await expect(paragraph.locator('mark').first()).toHaveText(term);
    await expect(paragraph).toBeInViewport();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    // Marked as the followed paragraph, its top edge in view.
    expect(await paragraph.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect((await paragraph.boundingBox())?.y).toBeGreaterThanOrEqual(0);
  });

  test('finds an English phrase only in the English paragraphs', async ({ page }) => {
    const { phrase, slug } = englishOnlyPhrase();
    const query = `"${phrase}"`;
    await page.goto(searchUrl(query));
    await expect(results(page)).toContainText(resultCount(expectedTotal(query)));
    const hit = results(page).getByRole('article').filter({ has: page.locator(`h3 a[href="/statements/${slug}"]`) });
    const snippet = hit.getByRole('list', { name: '本文中の一致箇所' }).getByRole('link').first();
    await expect(snippet.locator('mark')).toHaveText(phrase);
    const href = (await snippet.getAttribute('href')) ?? '';
    expect(href).toMatch(/#(s\d+-)?en-\d+/);
    await snippet.click();
    const target = page.locator(':target');
    await expect(target).toHaveAttribute('lang', 'en');
    await expect(target.locator('mark').first()).toHaveText(phrase);
  });

  test('a full-width query finds the half-width text', async ({ page, request }) => {
    const wide = fullWidth('NATO');
    const total = expectedTotal('NATO');
    expect(total).toBeGreaterThan(0);
    await page.goto(searchUrl(wide));
    await expect(results(page)).toContainText(resultCount(total));
    await expect(searchBox(page)).toHaveValue(wide);
    await expect(results(page).locator('mark').first()).toHaveText(/^nato$/i);
    const body = await (await request.get(`/api/search?q=${encodeURIComponent(wide)}`)).json();
    expect(body.total).toBe(total);
  });

  test('AND, a quoted phrase and an exclusion each change the results as documented', async ({ page }) => {
    const [one, and, phrase, exclusion] = ['NATO', 'NATO 事務総長', '"NATO事務総長"', 'NATO -事務総長'];
    // The fixture must tell them apart for this test to mean anything.
    expect(expectedTotal(and)).toBeLessThan(expectedTotal(one));
    expect(expectedTotal(phrase)).toBeLessThan(expectedTotal(and));
    expect(expectedTotal(exclusion)).toBe(expectedTotal(one) - expectedTotal(and));
    for (const query of [one, and, phrase, exclusion]) {
      await page.goto(searchUrl(query));
      await expect(results(page).getByRole('status'), query).toHaveText(new RegExp(`^${resultCount(expectedTotal(query))}`));
    }
    // Excluded: no hit holds the term anywhere it shows.
    await page.goto(searchUrl(exclusion));
    expect(await results(page).getByRole('article').allInnerTexts()).not.toContainEqual(expect.stringContaining('事務総長'));
  });

  test('counts per kind, a chart per year with its table, and the first and last appearance', async ({ page, request }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    const api = await (await request.get('/api/search?q=NATO')).json();
    await page.goto(searchUrl('NATO'));
    await expect(results(page)).toContainText(`報道 ${api.counts.news}件、声明・会見 ${api.counts.statement}件`);
    const chart = page.getByRole('img', { name: /「NATO」を含む出来事の年別件数/ });
    await expect(chart).toBeVisible();
    await page.getByText('年別の件数を表で見る').click();
    const rows = page.getByRole('table').locator('tbody tr');
    const figures = await rows.evaluateAll((trs) => trs.map((tr) => [Number(tr.querySelector('th')?.textContent), Number(tr.querySelector('td')?.textContent)]));
    expect(figures.reduce((sum, [, count]) => sum + count!, 0)).toBe(api.total);
    for (const { year, count } of api.counts.byYear) expect(figures).toContainEqual([year, count]);
    await expect(results(page)).toContainText(/最初に現れるのは\d{4}年\d+月\d+日\(.\)、最後は\d{4}年\d+月\d+日\(.\)です。/);
    // A page of results, its year table open.
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the explorer filters combine with the query, by the form and by the URL', async ({ page, request }) => {
    const all = await (await request.get('/api/search?q=NATO')).json();
    await page.goto(searchUrl('NATO'));
    await page.getByLabel('種類').selectOption('statement');
    await page.getByRole('button', { name: '検索' }).click();
    await expect(page).toHaveURL(/kind=statement/);
    await expect(results(page).getByRole('status')).toHaveText(new RegExp(`^${resultCount(all.counts.statement)}`));
    const news = await (await request.get('/api/search?q=NATO&kind=news&order=relevance')).json();
    expect(news.total).toBe(all.counts.news);
    expect(news.order).toBe('relevance');
    expect(news.hits.every((hit: { kind: string }) => hit.kind === 'news')).toBe(true);
  });
});

test.describe('/search on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chart is drawn at about the width it is shown, so its labels keep their size', async ({ page }) => {
    await page.goto(searchUrl('NATO'));
    const chart = page.getByRole('img', { name: /年別件数/ });
    const [drawn, shown] = await chart.evaluate((svg) => [(svg as SVGSVGElement).viewBox.baseVal.width, svg.getBoundingClientRect().width]);
    expect(shown! / drawn!).toBeGreaterThan(0.85);
  });
});

test.describe('/search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form searches and the results, snippets and pager are plain links', async ({ page }) => {
    await page.goto('/search');
    await searchBox(page).fill('NATO');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\?q=NATO/);
    await expect(results(page)).toContainText(resultCount(expectedTotal('NATO')));
    await expect(results(page).getByRole('img', { name: /年別件数/ })).toBeVisible();
    const first = results(page).getByRole('article').first();
    await expect(first.getByRole('link', { name: '年表で見る' })).toHaveAttribute('href', /^\/\?event=/);
    await first.getByRole('heading', { level: 3 }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

/** Bad input: [what, query string, whether the API accepts it]. The page always answers 200 with a notice. */
const badInput: Array<[string, string, boolean]> = [
  ['no query', 'q=', false],
  ['only spaces', 'q=%20%20%E3%80%80', false],
  ['10,000 characters', `q=${'a'.repeat(10_000)}`, false],
  ['an unbalanced quote', `q=${encodeURIComponent('"NATO 事務総長')}`, true],
  ['regex metacharacters', `q=${encodeURIComponent('.*[(?+\\')}`, true],
  ['markup', `q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(1)>')}`, true],
  ['only an exclusion', 'q=-NATO', false],
  ['a lone surrogate, escaped', 'q=%ED%A0%80', false],
  ['a truncated escape', 'q=%E3%81', false],
  ['an overlong escape', 'q=%C0%AE', false],
  ['an invalid byte', 'q=%FF', false],
  ['a bare percent sign', 'q=%', true],
  ['an unknown order and page', 'q=NATO&order=oldest&page=-1', false],
  ['a repeated query', 'q=NATO&q=EU', false],
];

test.describe('bad input', () => {
  // One page goes through every input (each a fresh load of its URL): what is checked is the
  // server's answer to each URL, which a new page would not change.
  test(`each: the page says so with 200, the API answers or refuses it (${badInput.length} inputs)`, async ({ page, request }) => {
    for (const [name, query, apiAccepts] of badInput) {
      await test.step(name, async () => {
        const response = await page.goto(`/search?${query}`);
        expect(response?.status(), name).toBe(200);
        await expect(page.getByRole('status').first(), name).toBeVisible();
        const typed = new URLSearchParams(query).get('q') ?? '';
        await expect(searchBox(page), name).toHaveValue(typed);
        expect(await page.locator('img[src="x"], main script').count(), name).toBe(0);
        const api = await request.get(`/api/search?${query}`);
        expect(api.status(), `${name}: the API ${apiAccepts ? 'answers' : 'refuses it'}`).toBe(apiAccepts ? 200 : 400);
        if (!apiAccepts) expect((await api.json()).errors.length, name).toBeGreaterThan(0);
      });
    }
  });

  test('the page tells a refused query from a repaired one', async ({ page }) => {
    test.slow(); // with its page's axe scan, which takes seconds on a busy machine
    await page.goto('/search?q=');
    await expect(page.getByRole('status')).toContainText('検索語を入力してください。');
    await page.goto(`/search?q=${encodeURIComponent('"NATO')}`);
    await expect(page.getByRole('status').first()).toContainText('閉じていない引用符');
    await expect(results(page)).toContainText(resultCount(expectedTotal('NATO')));
    // A page with a notice.
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('GET /api/search', () => {
  test('answers with a page of hits, counts and snippets whose matches and links hold', async ({ request }) => {
    const response = await request.get('/api/search?q=NATO&page=1');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['counts', 'hits', 'order', 'page', 'pageSize', 'pages', 'total']);
    expect(body).toMatchObject({ total: expectedTotal('NATO'), page: 1, order: 'newest' });
    expect(body.pages).toBe(Math.ceil(body.total / body.pageSize));
    expect(body.counts.news + body.counts.statement).toBe(body.total);
    const dates = body.hits.map((hit: { date: string }) => hit.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const hit of body.hits) {
      expect(Object.keys(hit).sort()).toEqual(['date', 'id', 'kind', 'snippets', 'title', 'url']);
      expect(hit.url).toBe(hit.kind === 'news' ? `/events/${hit.id}` : `/statements/${hit.id}`);
      for (const snippet of hit.snippets) {
        expect(snippet.url.startsWith(hit.url)).toBe(true);
        for (const match of snippet.matches) expect(normaliseText(snippet.text.slice(match.start, match.end))).toBe('nato');
      }
    }
  });

  test('refuses an unknown parameter, a repeated q and a bad value with 400 and the reasons', async ({ request }) => {
    for (const query of ['q=NATO&foo=1', 'q=NATO&q=EU', 'q=NATO&kind=poem', 'q=NATO&partner=ZZ', 'q=NATO&page=0', '']) {
      const response = await request.get(`/api/search?${query}`);
      expect(response.status(), query).toBe(400);
      const { errors } = await response.json();
      for (const error of errors) expect(Object.keys(error).sort()).toEqual(['message', 'param']);
    }
  });
});
