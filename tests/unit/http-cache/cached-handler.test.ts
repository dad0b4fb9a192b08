import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCachedHandler, PageStore } from '@/lib/http-cache';
import { GZIPPED_TYPE_HEADER } from '@/lib/http-cache/policy';
import { scriptHashSource } from '@/lib/http-cache/script-hashes';
import { NOT_FOUND_PAGE_HEADER } from '@/lib/i18n/route-language';

const INLINE = 'self.__next_f.push([1,"x"])';
const NOT_FOUND_INLINE = 'self.__next_f.push([1,"404"])';
// Long enough that gzip makes it smaller (the server keeps a gzipped copy only then).
const ITEMS_JSON = JSON.stringify({ items: Array.from({ length: 50 }, () => ['2507-062601', '「日・NATO」\n"見出し"', '=SUM(A1)']) });
/** Small gzipped, and larger inflated than the store of these tests keeps (an eighth of 1 MB). */
const BIG_JSON = JSON.stringify({ items: ['a'.repeat(400_000)] });
const BASE_POLICY = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";

/**
 * Stands in for Next.js: renders a page in chunks, as its streaming renderer writes it. It writes
 * the request's Host, Accept-Language and Cookie into the page, as a careless page might: what
 * is kept must still be the same for every reader.
 */
function fakeApp(renders: string[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const askedForNotFoundPage = req.headers[NOT_FOUND_PAGE_HEADER] === '1';
    renders.push(`${req.url ?? ''}${askedForNotFoundPage ? ' (404 page)' : ''}`);
    res.setHeader('content-security-policy', BASE_POLICY);
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // As the proxy and app/[lang]/[...missing] do: the 404 page, rendered whole, when the server asks for it.
    if (askedForNotFoundPage) {
      if (req.url?.includes('broken')) throw new Error('the 404 page failed to render');
      res.end(`<!DOCTYPE html><html lang="en"><head><meta name="chronology-version" content="v1"><script>${NOT_FOUND_INLINE}</script></head><body><h1>Page not found</h1></body></html>`);
      return;
    }
    // As Next.js answers a page that called notFound(): the empty error document.
    if (req.url?.startsWith('/gone')) {
      res.statusCode = 404;
      res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      res.end(`<!DOCTYPE html><html id="__next_error__"><head><script>${INLINE}</script></head><body><div hidden=""></div></body></html>`);
      return;
    }
    if (req.url?.startsWith('/api/events')) return streamWithBackpressure(res);
    // As app/api/explorer-items does with encoding=gzip: the file gzipped once, naming what it holds.
    if (req.url?.startsWith('/api/explorer-items') && req.url.includes('encoding=gzip')) {
      res.writeHead(200, {
        'content-type': 'application/gzip',
        [GZIPPED_TYPE_HEADER]: 'application/json; charset=utf-8',
        'x-chronology-version': 'v1',
        etag: '"items-1-gzip"',
        'cache-control': 'public, max-age=31536000, immutable, no-transform',
      });
      res.end(gzipSync(req.url.includes('v=big') ? BIG_JSON : ITEMS_JSON));
      return;
    }
    if (req.url?.startsWith('/api/explorer-items')) {
      const caching = req.url.includes('v=1') ? 'public, max-age=31536000, immutable' : 'no-cache';
      res.writeHead(200, { 'content-type': 'application/json', 'x-chronology-version': 'v1', etag: '"items-1"', 'cache-control': caching });
      res.end('{"items":[]}');
      return;
    }
    if (req.url?.startsWith('/api/export')) {
      // As Next.js does for a reader that accepts gzip: its compression names the encoding only
      // when the head goes out (it wraps writeHead), and the route flushes the head first.
      res.setHeader('content-type', 'text/csv');
      res.setHeader('x-chronology-version', 'v1');
      const csv = `id,title\r\n${'1,日本\r\n'.repeat(200)}`;
      const gzip = String(req.headers['accept-encoding']).includes('gzip');
      const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
      res.writeHead = ((status: number) => {
        if (gzip) res.setHeader('content-encoding', 'gzip');
        return writeHead(status);
      }) as ServerResponse['writeHead'];
      res.flushHeaders();
      res.end(gzip ? gzipSync(csv) : csv);
      return;
    }
    if (req.url?.startsWith('/api/search')) {
      if (req.url.includes('own')) res.setHeader('cache-control', 'no-store');
      if (req.url.includes('bad')) res.statusCode = 400;
      res.setHeader('content-type', 'text/csv');
      res.setHeader('x-chronology-version', 'v1');
      res.write('a,b\r\n');
      await new Promise((resolve) => setImmediate(resolve));
      res.end('1,2\r\n');
      return;
    }
    res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.write(`<!DOCTYPE html><html><head><meta name="chronology-version" content="v1"><script>${INLINE}</script></head>`);
    await new Promise((resolve) => setImmediate(resolve));
    res.end(`<body>${req.url} ${req.headers.host} ${req.headers['accept-language'] ?? ''} ${req.headers.cookie ?? ''} 日本</body></html>`);
  };
}

/**
 * A large answer written as Next.js writes one: waiting for 'drain' when a write is refused, with
 * the 'drain' listener attached only once the head is written (its compression wrapper does so).
 */
async function streamWithBackpressure(res: ServerResponse): Promise<void> {
  res.statusCode = 200;
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-chronology-version', 'v1');
  const waiting: Array<() => void> = [];
  let headWritten = false;
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  res.writeHead = ((status: number) => {
    headWritten = true;
    for (const listener of waiting.splice(0)) res.once('drain', listener);
    return writeHead(status);
  }) as ServerResponse['writeHead'];
  res.flushHeaders();
  for (let i = 0; i < 40; i++) {
    if (res.write(Buffer.alloc(16_000, 'a'))) continue;
    await new Promise<void>((resolve) => (headWritten ? res.once('drain', () => resolve()) : waiting.push(() => resolve())));
  }
  res.end();
}

/** A GET as the wire has it: no decoding of the body, every header as sent. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}${path}`);
    get({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

let server: Server;
let base: string;
let renders: string[];
/** The server's clock: 12:00 in Tokyo on 6 December, unless a test moves it. */
let clock: Date;

beforeEach(async () => {
  renders = [];
  clock = new Date('2026-12-06T03:00:00Z');
  const handler = createCachedHandler({ handle: fakeApp(renders), buildId: 'build-1', store: new PageStore(1024 * 1024), now: () => clock });
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the caching server', () => {
  it('renders a page once, keeps it, and gives it the hashes of its inline scripts and the shared cache headers', async () => {
    const first = await fetch(`${base}/events/1`);
    const second = await fetch(`${base}/events/1`);
    expect(renders).toEqual(['/events/1']);
    expect(await second.text()).toBe(await first.text());
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
      expect(response.headers.get('etag')).toMatch(/^"v1\.build-1\./);
      expect(response.headers.get('x-chronology-version')).toBe('v1');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toBe(`default-src 'self'; script-src 'self' ${scriptHashSource(INLINE)}; frame-ancestors 'none'`);
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it('renders a page and an API answer again once the day in Tokyo has turned, and not before', async () => {
    const urls = ['/events/day', '/api/search?q=day'];
    for (const url of urls) await (await fetch(`${base}${url}`)).text();
    clock = new Date('2026-12-06T14:59:59Z'); // 23:59:59 in Tokyo
    for (const url of urls) await (await fetch(`${base}${url}`)).text();
    expect(renders).toEqual(urls);
    clock = new Date('2026-12-06T15:00:00Z'); // midnight in Tokyo
    for (const url of urls) await (await fetch(`${base}${url}`)).text();
    expect(renders).toEqual([...urls, ...urls]);
  });

  it('renders a page once for a crowd that asks for it at the same moment', async () => {
    const bodies = await Promise.all(Array.from({ length: 8 }, async () => (await fetch(`${base}/events/crowd`)).text()));
    expect(renders).toEqual(['/events/crowd']);
    expect(new Set(bodies).size).toBe(1);
  });

  it('answers 304 to a conditional request, whether the page was kept already or not', async () => {
    const etag = (await fetch(`${base}/events/1`)).headers.get('etag') ?? '';
    const kept = await fetch(`${base}/events/1`, { headers: { 'if-none-match': etag } });
    expect(kept.status).toBe(304);
    expect(kept.headers.get('etag')).toBe(etag);
    expect(await kept.text()).toBe('');
    const other = await fetch(`${base}/events/1`, { headers: { 'if-none-match': '"stale"' } });
    expect(other.status).toBe(200);
  });

  it('keeps the same page whatever the Host, X-Forwarded-*, Accept-Language or cookies of the request', async () => {
    const first = await (await fetch(`${base}/events/2`, { headers: { 'accept-language': 'ja' } })).text();
    const variants: Array<Record<string, string>> = [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }, { 'accept-language': 'en' }, { cookie: 'session=1' }];
    for (const headers of variants) {
      expect(await (await fetch(`${base}/events/2`, { headers })).text()).toBe(first);
    }
    expect(renders).toEqual(['/events/2']);
    expect(first).not.toContain('evil.example');
  });

  it('keeps no 404 (nor any other status than 200), and still hashes its scripts', async () => {
    const first = await fetch(`${base}/missing`);
    await fetch(`${base}/missing`);
    expect(first.status).toBe(404);
    expect(renders).toEqual(['/missing', '/missing']);
    expect(first.headers.get('cache-control')).not.toMatch(/public/);
    expect(first.headers.get('content-security-policy')).toContain(scriptHashSource(INLINE));
  });

  it("sends a page that called notFound() as its 404 page rendered whole, under that page's hashes, never kept", async () => {
    for (let visit = 0; visit < 2; visit++) {
      const response = await fetch(`${base}/gone`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<h1>Page not found</h1>');
      expect(response.headers.get('cache-control')).not.toMatch(/public/);
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('content-security-policy')).toBe(`default-src 'self'; script-src 'self' ${scriptHashSource(NOT_FOUND_INLINE)}; frame-ancestors 'none'`);
    }
    expect(renders).toEqual(['/gone', '/gone (404 page)', '/gone', '/gone (404 page)']);
  });

  it('sends the 404 it has when the 404 page fails to render, never a 500', async () => {
    const response = await fetch(`${base}/gone-broken`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('__next_error__');
  });

  it("never lets a reader's request have a page rendered as the 404 page", async () => {
    const response = await fetch(`${base}/events/4`, { headers: { [NOT_FOUND_PAGE_HEADER]: '1' } });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('Page not found');
    expect(renders).toEqual(['/events/4']);
  });

  it('serves one kept page for one state written in two encodings, and redirects away unknown parameters', async () => {
    await fetch(`${base}/?partner=NATO`);
    await fetch(`${base}/?partner=%4E%41%54%4F`);
    expect(renders).toEqual(['/?partner=NATO']);
    const redirect = await fetch(`${base}/?partner=NATO&utm_source=x`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/?partner=NATO');
  });

  it('sends a kept page gzipped to every reader that accepts it, its first reader too, and the head alone to HEAD', async () => {
    /** A GET that asks for gzip or not (fetch always asks, and inflates what it gets). */
    const rawGet = (path: string, acceptEncoding?: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const url = new URL(`${base}${path}`);
        const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
        const request = get({ host: url.hostname, port: url.port, path: url.pathname, headers }, (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
        });
        request.on('error', reject);
      });
    const path = '/events/3';
    const first = await rawGet(path, 'gzip');
    const plain = await rawGet(path);
    const later = await rawGet(path, 'br, gzip');
    expect(renders).toEqual([path]);
    expect(plain.encoding).toBeUndefined();
    for (const gzipped of [first, later]) {
      expect(gzipped.encoding).toBe('gzip');
      expect(gunzipSync(gzipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    }
    const head = await fetch(`${base}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBeTruthy();
  });

  it('streams a large API answer through the app\'s own backpressure', { timeout: 10_000 }, async () => {
    expect((await (await fetch(`${base}/api/events`)).arrayBuffer()).byteLength).toBe(40 * 16_000);
  });

  it('gives an API answer the shared headers and a 304, streaming it as the app writes it', async () => {
    const first = await fetch(`${base}/api/search?format=csv`);
    expect(await first.text()).toBe('a,b\r\n1,2\r\n');
    expect(first.headers.get('cache-control')).toMatch(/^public, /);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"v1\.build-1\./);
    const again = await fetch(`${base}/api/search?format=csv`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('keeps an API answer as it streams it, and answers the next readers from the store, whatever their headers', async () => {
    const first = await fetch(`${base}/api/search?q=%4E%41TO`, { headers: { host: 'evil.example' } });
    const body = await first.text();
    const etag = first.headers.get('etag');
    const second = await fetch(`${base}/api/search?q=NATO`, { headers: { 'x-forwarded-host': 'other.example', 'accept-language': 'en' } });
    expect(await second.text()).toBe(body);
    expect(second.headers.get('etag')).toBe(etag);
    expect(second.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(second.headers.get('x-chronology-version')).toBe('v1');
    expect((await fetch(`${base}/api/search?q=NATO`, { headers: { 'if-none-match': etag ?? '' } })).status).toBe(304);
    expect(renders).toEqual(['/api/search?q=%4E%41TO']);
  });

  it('keeps an API answer the app compressed for its reader, and serves it plain to a reader who takes no gzip', async () => {
    const first = await fetch(`${base}/api/export?format=csv`, { headers: { 'accept-encoding': 'gzip' } });
    const csv = await first.text();
    expect(csv).toContain('1,日本');
    const plain = await new Promise<{ encoding: string | undefined; body: string }>((resolve, reject) => {
      const url = new URL(`${base}/api/export?format=csv`);
      get({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}` }, (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks).toString('utf8') }));
      }).on('error', reject);
    });
    expect(plain).toEqual({ encoding: undefined, body: csv });
    expect(renders).toEqual(['/api/export?format=csv']);
  });

  it('keeps no API answer but a 200, and none that outgrows what the store keeps', { timeout: 10_000 }, async () => {
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/api/search?bad=1`)).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await (await fetch(`${base}/api/events`)).arrayBuffer()).byteLength).toBe(40 * 16_000);
    expect(renders).toEqual(['/api/search?bad=1', '/api/search?bad=1', '/api/events', '/api/events']);
  });

  it('keeps an API answer whose route set its own terms, with its own ETag and Cache-Control for the caches downstream', async () => {
    for (const [url, caching] of [['/api/explorer-items?v=1', 'public, max-age=31536000, immutable'], ['/api/explorer-items', 'no-cache']]) {
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${base}${url}`);
        expect(await response.text()).toBe('{"items":[]}');
        expect(response.headers.get('etag')).toBe('"items-1"');
        expect(response.headers.get('cache-control')).toBe(caching);
      }
      expect((await fetch(`${base}${url}`, { headers: { 'if-none-match': '"items-1"' } })).status).toBe(304);
    }
    expect(renders).toEqual(['/api/explorer-items?v=1', '/api/explorer-items']);
  });

  it('sends a file the app gzipped once as the JSON it holds, gzip-coded, to every reader that accepts gzip, and keeps it so', async () => {
    const url = '/api/explorer-items?v=1&encoding=gzip';
    for (let i = 0; i < 2; i++) {
      const coded = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(coded.status).toBe(200);
      expect(coded.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(coded.headers['content-encoding']).toBe('gzip');
      // Coded, the file may be recoded on the way: `no-transform` only kept the app from compressing it again.
      expect(coded.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(coded.headers['etag']).toBe('"items-1-gzip"');
      expect(coded.headers['vary']).toMatch(/accept-encoding/i);
      expect(coded.headers[GZIPPED_TYPE_HEADER]).toBeUndefined();
      expect(gunzipSync(coded.body).toString('utf8')).toBe(ITEMS_JSON);
    }
    // From the store, to a reader that takes no gzip: the file as the app sends it to such a reader.
    const asIs = await rawGet(url);
    expect([asIs.headers['content-type'], asIs.headers['content-encoding'], asIs.headers['cache-control']]).toEqual(['application/gzip', undefined, 'public, max-age=31536000, immutable, no-transform']);
    expect(gunzipSync(asIs.body).toString('utf8')).toBe(ITEMS_JSON);
    expect((await rawGet(url, { 'accept-encoding': 'gzip', 'if-none-match': '"items-1-gzip"' })).status).toBe(304);
    expect(renders).toEqual([url]);
  });

  it('keeps no gzipped file that reads back larger than what the store keeps, and sends it coded every time', async () => {
    const url = '/api/explorer-items?v=big&encoding=gzip';
    for (let i = 0; i < 2; i++) {
      const coded = await rawGet(url, { 'accept-encoding': 'gzip' });
      expect(coded.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(coded.body).toString('utf8')).toBe(BIG_JSON);
    }
    expect(renders).toEqual([url, url]);
  });

  it('sends the gzipped file as it is to a first reader that takes no gzip, and keeps it for both kinds of reader', async () => {
    const url = '/api/explorer-items?v=1&encoding=gzip';
    for (let i = 0; i < 2; i++) {
      const asIs = await rawGet(url, { 'accept-encoding': 'identity' });
      expect(asIs.headers['content-type']).toBe('application/gzip');
      expect(asIs.headers['content-encoding']).toBeUndefined();
      expect(asIs.headers['cache-control']).toBe('public, max-age=31536000, immutable, no-transform');
      expect(asIs.headers[GZIPPED_TYPE_HEADER]).toBeUndefined();
      expect(gunzipSync(asIs.body).toString('utf8')).toBe(ITEMS_JSON);
    }
    const coded = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect([coded.headers['content-type'], coded.headers['content-encoding'], coded.headers['cache-control']]).toEqual(['application/json; charset=utf-8', 'gzip', 'public, max-age=31536000, immutable']);
    expect(gunzipSync(coded.body).toString('utf8')).toBe(ITEMS_JSON);
    expect(renders).toEqual([url]);
  });

  it('leaves an API answer that sets its own caching as it is', async () => {
    const response = await fetch(`${base}/api/search?own=1`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
