import { expect, test } from '@playwright/test';
import { gunzipSync } from 'node:zlib';
import { normaliseForSearch } from '../../lib/explorer/search';
import { TOTAL_ENTRIES } from './explorer-helpers';

// Junk in the URL: the home page reads what it can, says what it dropped, and never fails.
const NOTICE = 'URLの一部を読み取れなかったため、無視しました。';

const junk: Array<{ name: string; query: string }> = [
  { name: 'an overlong outlet', query: `outlet=${'x'.repeat(5000)}` },
  { name: 'an overlong query', query: `q=${encodeURIComponent('事務総長'.repeat(60))}` },
  { name: 'unknown codes', query: 'outlet=asahi,nope&partner=ZZ,XX' },
  { name: 'an unknown kind and view', query: 'kind=poem&view=grid' },
  { name: 'an unknown event', query: 'event=9999-999999' },
  { name: 'markup in every parameter', query: `outlet=${encodeURIComponent('<script>alert(1)</script>')}&partner=${encodeURIComponent('"><svg onload=alert(1)>')}&kind=${encodeURIComponent('<img src=x onerror=alert(1)>')}&event=${encodeURIComponent('javascript:alert(1)')}` },
  { name: 'repeated single-valued parameters', query: 'kind=news&kind=statement&view=list&view=timeline&q=a&q=b&event=2507-062601&event=2507-062438' },
  { name: 'an invalid UTF-8 escape in a list', query: 'outlet=%E3%81&partner=%FF%FE' },
  { name: 'invalid escapes everywhere', query: 'kind=%E3%81&view=%C0%AF&event=%ED%A0%80' },
  { name: 'a page that is not a number', query: `view=list&page=${encodeURIComponent('2; DROP')}&page=-1` },
  { name: 'a huge query string', query: Array.from({ length: 600 }, (_, i) => `partner=P${i}`).join('&') },
];

test.describe('junk in the query string of /', () => {
  for (const { name, query } of junk) {
    test(`${name}: 200 with a notice`, async ({ request }) => {
      const response = await request.get(`/?${query}`);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(NOTICE);
      // Markup from the URL is escaped wherever it is written into the page.
      for (const raw of ['<script>alert(1)</script>', '<svg onload=alert(1)>', '<img src=x onerror=alert(1)>']) expect(html).not.toContain(raw);
    });
  }

  test('a broken escape in q, a bare % and an unknown parameter still give 200', async ({ request }) => {
    for (const query of ['q=%E3%81', 'q=%', 'q=%%%', '%E3%81=%FF', 'utm_source=x&fbclid=y', `q=${'%'.repeat(100)}`]) {
      const response = await request.get(`/?${query}`);
      expect(response.status(), query).toBe(200);
    }
  });

  test('a list page past the last one shows the last page and says so', async ({ page }) => {
    await page.goto('/?view=list&page=7');
    await expect(page.getByText('7ページ目はありません。最後の1ページ目を表示しています。')).toBeVisible();
    // The bundled chronology fits on one page: every entry is there, and no pager is needed.
    await expect(page.locator('.event-list article')).toHaveCount(TOTAL_ENTRIES);
    await expect(page.getByRole('navigation', { name: 'ページ' })).toHaveCount(0);
  });

  test('a broken escape in q is dropped with a notice rather than searched for', async ({ page }) => {
    await page.goto('/?q=%E3%81');
    await expect(page.getByRole('status')).toContainText('キーワードの文字コードが壊れていたため、使いませんでした');
    await expect(page.getByRole('searchbox', { name: 'キーワード' })).toHaveValue('');
  });

  test('a query string beyond what the server accepts is refused, not a server error', async ({ request }) => {
    const response = await request.get(`/?q=${'a'.repeat(20_000)}`);
    expect(response.status()).toBeLessThan(500);
  });

  test('the notice names what was dropped, as text, in the browser too', async ({ page }) => {
    await page.goto(`/?outlet=${encodeURIComponent('<img src=x onerror=alert(1)>')}&kind=poem`);
    const notice = page.getByRole('status').filter({ hasText: NOTICE });
    await expect(notice).toContainText('<img src=x onerror=alert(1)>');
    await expect(notice).toContainText('poem');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});

test.describe('unknown pages', () => {
  for (const url of [
    '/events/0000-000000',
    '/events/nope',
    `/events/${encodeURIComponent('<script>alert(1)</script>')}`,
    '/events/%E3%81',
    '/events/2507-062601/extra',
    '/statements/no-such-statement',
    '/statements/..%2F..%2Fpackage.json',
    '/statements/%FF',
  ]) {
    test(`${url} is a 404`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
    });
  }
});

test.describe('GET /api/events', () => {
  test('returns every entry without filters', async ({ request }) => {
    const response = await request.get('/api/events');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    const body = await response.json();
    expect(body.count).toBe(body.total);
    expect(body.events).toHaveLength(body.total);
    expect(body.total).toBe(38);
  });

  test('applies the same filters as the page', async ({ request }) => {
    const response = await request.get('/api/events?partner=NATO&kind=news&outlet=kyodo,nikkei');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.count).toBeGreaterThan(0);
    for (const event of body.events) {
      expect(event.kind).toBe('news');
      expect(event.partners).toContain('NATO');
      expect(['kyodo', 'nikkei']).toContain(event.outlet.key);
    }
    const searched = await (await request.get(`/api/events?q=${encodeURIComponent('事務総長')}`)).json();
    expect(searched.count).toBeGreaterThan(0);
    for (const event of searched.events) {
      expect([event.title, event.summary].some((text: string) => normaliseForSearch(text).includes(normaliseForSearch('事務総長')))).toBe(true);
    }
  });

  test('answers 400 naming every bad parameter', async ({ request }) => {
    const response = await request.get('/api/events?outlet=nope&kind=poem&q=a&q=b&partners=NATO');
    expect(response.status()).toBe(400);
    const { errors } = await response.json();
    expect(errors.map((error: { param: string }) => error.param).sort()).toEqual(['kind', 'outlet', 'partners', 'q']);
    for (const query of ['q=%E3%81', `q=${'あ'.repeat(201)}`, `partner=${encodeURIComponent('<script>')}`]) {
      const bad = await request.get(`/api/events?${query}`);
      expect(bad.status(), query).toBe(400);
      expect((await bad.json()).errors.length).toBeGreaterThan(0);
    }
  });

  test('only answers GET', async ({ request }) => {
    expect((await request.post('/api/events', { data: {} })).status()).toBe(405);
  });
});

test.describe('GET /api/explorer-items', () => {
  test('the version the home page names is kept for good; any other answer is not', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const version = /<link rel="preload" href="\/api\/explorer-items\?v=([0-9a-f]{16})&amp;encoding=gzip"/.exec(html)?.[1];
    expect(version).toBeDefined();
    const url = `/api/explorer-items?v=${version}`;
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const packed = await response.json();
    expect(packed.items).toHaveLength(TOTAL_ENTRIES);
    const unversioned = await request.get('/api/explorer-items');
    expect(unversioned.headers()['cache-control']).toBe('no-cache');
    const etag = unversioned.headers()['etag'];
    expect((await request.get('/api/explorer-items', { headers: { 'if-none-match': etag ?? '' } })).status()).toBe(304);
  });

  test('encoding=gzip is the same file, compressed once by the server and not again on the way', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const url = /<link rel="preload" href="(\/api\/explorer-items\?v=[0-9a-f]{16}&amp;encoding=gzip)"/.exec(html)?.[1]?.replace('&amp;', '&');
    expect(url).toBeDefined();
    // The client asks for gzip too: a server that compressed again would say so here.
    const compressed = await request.get(url ?? '', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.status()).toBe(200);
    expect(compressed.headers()['content-type']).toBe('application/gzip');
    expect(compressed.headers()['content-encoding']).toBeUndefined();
    expect(compressed.headers()['cache-control']).toBe('public, max-age=31536000, immutable, no-transform');
    const body = await compressed.body();
    expect([body[0], body[1]]).toEqual([0x1f, 0x8b]);
    const plain = await (await request.get((url ?? '').replace('&encoding=gzip', ''))).text();
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
    const etag = compressed.headers()['etag'];
    expect(etag).not.toBe((await request.get('/api/explorer-items')).headers()['etag']);
    expect((await request.get(url ?? '', { headers: { 'if-none-match': etag ?? '' } })).status()).toBe(304);
  });

  test('a bad query is a 400 naming each bad parameter', async ({ request }) => {
    const response = await request.get('/api/explorer-items?v=<script>&v=1&ids=all&encoding=br');
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect([...new Set(body.errors.map((error: { param: string }) => error.param))].sort()).toEqual(['encoding', 'ids', 'v']);
    expect(JSON.stringify(body)).not.toContain('<script>');
  });
});
