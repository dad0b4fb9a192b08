import { expect, test } from '@playwright/test';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { normaliseText } from '../../lib/search/normalise';
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

/** Escapes of bytes that are not UTF-8 (truncated, overlong, surrogates, past U+10FFFF, invalid bytes). */
const invalidUtf8 = ['%E3%81', '%C0%AE', '%E0%80%AE', '%ED%A0%80', '%ED%BF%BF', '%F4%90%80%80', '%FF', '%80'];
/** A % that starts no escape: read literally, as URLSearchParams reads it. */
const notEscapes = ['%', '%E', '%G0'];
/** Valid escapes of unlikely text. */
const oddText = ['%00', '..%2F..%2F', '%25E3%2581'];
const PAGE_PARAMS = ['outlet', 'partner', 'q', 'kind', 'from', 'to', 'milestones', 'event', 'view', 'page'];

test.describe('malformed escapes in each parameter of /', () => {
  for (const value of invalidUtf8) {
    test(`${value}: 200 with a notice, in every parameter`, async ({ request }) => {
      for (const param of PAGE_PARAMS) {
        const response = await request.get(`/?${param}=${value}`);
        expect(response.status(), `${param}=${value}`).toBe(200);
        expect(await response.text(), `${param}=${value}`).toContain(NOTICE);
      }
    });
  }

  test('a % that starts no escape is a literal %: a notice where a code is expected, a search in q', async ({ request }) => {
    for (const value of notEscapes) {
      for (const param of PAGE_PARAMS) {
        const response = await request.get(`/?${param}=${value}`);
        expect(response.status(), `${param}=${value}`).toBe(200);
        if (param !== 'q') expect(await response.text(), `${param}=${value}`).toContain(NOTICE);
      }
    }
  });

  test('NUL, an encoded slash and a double encoding: 200 in every parameter', async ({ request }) => {
    for (const value of oddText) {
      for (const param of PAGE_PARAMS) expect((await request.get(`/?${param}=${value}`)).status(), `${param}=${value}`).toBe(200);
    }
  });
});

test.describe('malformed escapes in each parameter of the API', () => {
  const urls = (value: string): Array<[string, string]> => [
    ...['outlet', 'partner', 'q', 'kind', 'from', 'to', 'milestones'].map((param): [string, string] => [`/api/events?${param}=${value}`, param]),
    ...['v', 'encoding'].map((param): [string, string] => [`/api/explorer-items?${param}=${value}`, param]),
  ];

  for (const value of invalidUtf8) {
    test(`${value}: 400 naming the parameter, in every parameter`, async ({ request }) => {
      for (const [url, param] of urls(value)) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(400);
        const { errors } = await response.json();
        expect(errors.map((error: { param: string }) => error.param), url).toContain(param);
      }
    });
  }

  test('a literal %, NUL or an encoded slash: 400 where a code is expected, a search in q, never a 500', async ({ request }) => {
    for (const value of [...notEscapes, ...oddText]) {
      for (const [url, param] of urls(value)) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(param === 'q' ? 200 : 400);
      }
    }
  });
});

test.describe('unknown pages', () => {
  for (const url of [
    '/events/0000-000000',
    '/events/nope',
    `/events/${encodeURIComponent('<script>alert(1)</script>')}`,
    '/events/2507-062601/extra',
    '/statements/no-such-statement',
  ]) {
    test(`${url} is a 404`, async ({ request }) => {
      const response = await request.get(url);
      expect(response.status()).toBe(404);
    });
  }
});

// Paths that are not valid percent-encoding, or decode to something no id or slug can be. Next.js
// answers 500 for the first kind under a dynamic segment (vercel/next.js#92527); proxy.ts sends
// them to the 404 page. Served as `npm start` serves them: on every interface.
const NOT_FOUND_TITLE = 'ページが見つかりません';
const malformedSegments: Array<{ name: string; segment: string }> = [
  { name: 'truncated UTF-8', segment: '%E3%81' },
  { name: 'a lead byte alone', segment: '%E3' },
  { name: 'an overlong two-byte dot', segment: '%C0%AE' },
  { name: 'an overlong three-byte dot', segment: '%E0%80%AE' },
  { name: 'an overlong slash', segment: '%C0%AF' },
  { name: 'a high surrogate', segment: '%ED%A0%80' },
  { name: 'a low surrogate', segment: '%ED%BF%BF' },
  { name: 'a code point past U+10FFFF', segment: '%F4%90%80%80' },
  { name: 'an invalid byte', segment: '%FF' },
  { name: 'a lone continuation byte', segment: '%80' },
  { name: 'a lone %', segment: '%' },
  { name: 'a % with one hex digit', segment: '%E' },
  { name: 'a % not followed by hex', segment: '%G0' },
  { name: 'NUL', segment: '%00' },
  { name: 'an encoded slash', segment: '..%2F..%2Fpackage.json' },
  { name: 'an encoded backslash', segment: '..%5C..%5Cpackage.json' },
  { name: 'a double encoding', segment: '%25E3%2581' },
  { name: 'a real id with a broken byte after it', segment: '2507-062601%FF' },
  { name: 'valid characters, then a broken one', segment: '%E3%81%82%E3%81' },
  { name: 'a broken escape in a second segment', segment: 'nope/%E3%81' },
  { name: 'a very long path', segment: 'a'.repeat(6000) },
  { name: 'a very long broken path', segment: '%E3%81'.repeat(1000) },
];

test.describe('malformed paths of events and statements', () => {
  for (const { name, segment } of malformedSegments) {
    test(`${name} (${segment.length > 40 ? `${segment.slice(0, 12)}… ${segment.length} characters` : segment}): the 404 page`, async ({ request }) => {
      for (const prefix of ['/events/', '/statements/']) {
        const response = await request.get(`${prefix}${segment}`);
        expect(response.status(), `${prefix}${segment}`).toBe(404);
        expect(await response.text(), `${prefix}${segment}`).toContain(NOT_FOUND_TITLE);
      }
    });
  }

  test("a path past Node's header limit is refused before the app, not a server error", async ({ request }) => {
    const response = await request.get(`/events/${'%E3%81'.repeat(4000)}`);
    expect(response.status()).toBe(431);
  });
});

// Broken escapes on the newer routes and on paths no route has: a clear 4xx, or the page with the
// value dropped, never a 500. (Broken escapes in /search and /api/search: tests/e2e/search.spec.ts.)
test.describe('broken escapes on every route', () => {
  const expected: Array<[url: string, status: number]> = [
    ['/partners/%C0%AE', 404],
    ['/outlets/%FF', 404],
    ['/embed?partner=%E3%81', 200],
    ['/api/export?format=%00', 400],
    ['/api/export?format=csv&partner=%E3%81', 400],
    ['/%E3%81', 404],
    ['/%FF/%C0%AE', 404],
  ];
  for (const [url, status] of expected) {
    test(`${url} answers ${status}`, async ({ request }) => {
      expect((await request.get(url)).status()).toBe(status);
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
    expect(body.total).toBe(TOTAL_ENTRIES);
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
      expect([event.title, event.summary].some((text: string) => normaliseText(text).includes(normaliseText('事務総長')))).toBe(true);
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

  test('encoding=gzip is the same file, compressed once by the server and not again on the way', async ({ request, baseURL }) => {
    const html = await (await request.get('/')).text();
    const url = /<link rel="preload" href="(\/api\/explorer-items\?v=[0-9a-f]{16}&amp;encoding=gzip)"/.exec(html)?.[1]?.replace('&amp;', '&');
    expect(url).toBeDefined();
    // Read off the wire, as a browser asks for it: the JSON, gzip-coded, which the browser inflates
    // itself. Gzipped twice, it would not read back as the JSON below.
    const compressed = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${baseURL}${url}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
    expect(compressed.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(compressed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = compressed.body;
    expect([body[0], body[1]]).toEqual([0x1f, 0x8b]);
    const plain = await (await request.get((url ?? '').replace('&encoding=gzip', ''))).text();
    expect(gunzipSync(body).toString('utf8')).toBe(plain);
    const etag = compressed.headers['etag'];
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
