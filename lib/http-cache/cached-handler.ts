import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, gzip, gzipSync, inflate, type ZlibOptions } from 'node:zlib';
import { tokyoDate } from '@/lib/cite/access-date';
import { NOT_FOUND_PAGE_HEADER, routeLanguage } from '@/lib/i18n/route-language';
import { withScriptHashes } from '@/lib/security/content-security-policy';
import { interceptResponse, type ResponseMode } from './capture';
import { apiRequestKey, planPageRequest } from './page-key';
import type { PageStore, KeptPage } from './page-store';
import { acceptsGzip, gzippedFileHeaders, sendAsCoded, type GzippedFile } from './coding';
import { entityTag, matchesIfNoneMatch, REDIRECT_CACHE_CONTROL, SHARED_CACHE_CONTROL } from './policy';
import { renderNotFoundPage } from './not-found-page';
import { readPageFacts } from './script-hashes';

const gzipAsync = promisify(gzip);
const DECOMPRESS: Record<string, (body: Buffer, options: Pick<ZlibOptions, 'maxOutputLength'>) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The server's handler: undefined when it answered at once (from the store), else a promise of the answer. */
export type CachedHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | undefined;

/** The characters of request URLs remembered with their keys (about 4 MB): thousands of URLs a day, with room to spare. */
const MAX_REMEMBERED_CHARS = 2_000_000;

export interface CachedHandlerOptions {
  /** The app's own handler (Next.js's `getRequestHandler()`), which renders what is not kept. */
  handle: Handler;
  /** The build's id: part of every ETag, so a new build never answers 304 to the old one's. */
  buildId: string;
  store: PageStore;
  now?: () => Date;
}

/** Headers a kept page must not carry to another reader, or that are set again per answer. */
const PER_ANSWER_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'set-cookie']);

/** Client-side navigation and prefetches (React Server Components payloads): Next.js answers them, with its own Vary. */
function isRouterRequest(req: IncomingMessage): boolean {
  return ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'].some((name) => name in req.headers) || /[?&]_rsc=/.test(req.url ?? '');
}

function isHtml(res: ServerResponse): boolean {
  return /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));
}

function withAcceptEncodingInVary(vary: unknown): string {
  const names = String(vary ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  return names.some((name) => name.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ');
}

function keptHeaders(res: ServerResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined && !PER_ANSWER_HEADERS.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** The headers a 304 repeats (RFC 9110: those a 200 would have sent that describe the cache). */
const NOT_MODIFIED_HEADERS = ['etag', 'cache-control', 'vary', 'content-security-policy', 'x-chronology-version'];

function flatHeaders(headers: Record<string, string>): string[] {
  return Object.entries(headers).flat();
}

/**
 * A page or API answer as the store keeps it: its body gzipped once, and its answers' heads written
 * out once, for every reader to come. `asIs`: the headers of a gzipped file sent as it is (KeptPage).
 */
function keptAnswer(body: Buffer, gzippedBody: Buffer, headers: Record<string, string>, etag: string, dataVersion: string, asIs?: Record<string, string>): KeptPage {
  // `no-transform` asks that the bytes go out as they are (the explorer's gzipped file when it is
  // too large to go coded, sendsItemsCoded: it stays application/gzip; a coded file has it lifted).
  const gzipped = gzippedBody.length < body.length && !/\bno-transform\b/.test(headers['cache-control'] ?? '') ? gzippedBody : undefined;
  const notModified = Object.fromEntries(NOT_MODIFIED_HEADERS.filter((name) => headers[name]).map((name) => [name, headers[name] ?? '']));
  return {
    body,
    gzipped,
    headers,
    etag,
    dataVersion,
    heads: {
      plain: flatHeaders({ ...headers, 'content-length': String(body.length) }),
      gzipped: gzipped && flatHeaders({ ...headers, 'content-encoding': 'gzip', 'content-length': String(gzipped.length) }),
      notModified: flatHeaders(notModified),
      asIs: asIs && gzipped && flatHeaders({ ...asIs, 'content-length': String(gzipped.length) }),
    },
  };
}

/**
 * A copy of an API answer as it went out, made ready to keep, off the event loop (the reader has
 * the answer already, and an export can be megabytes): read back if the app compressed it, gzipped
 * once if it did not. Undefined for an encoding not known here; a rejection for a copy that reads
 * back larger than `maxBytes` (inflating stops there: a large file, small gzipped, costs no more).
 */
async function keepCopy(
  sent: Buffer,
  encoding: string,
  headers: Record<string, string>,
  etag: string,
  dataVersion: string,
  maxBytes: number,
  asIs?: Record<string, string>,
): Promise<KeptPage | undefined> {
  const plain = encoding === '' || encoding === 'identity';
  const body = plain ? sent : await DECOMPRESS[encoding]?.(sent, { maxOutputLength: Math.max(1, Math.floor(maxBytes)) });
  if (!body) return undefined;
  return keptAnswer(body, encoding === 'gzip' ? sent : await gzipAsync(body), headers, etag, dataVersion, asIs);
}

function sendKept(req: IncomingMessage, res: ServerResponse, page: KeptPage): void {
  if (matchesIfNoneMatch(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, page.heads.notModified).end();
    return;
  }
  const gzipped = page.heads.gzipped && acceptsGzip(req.headers['accept-encoding']);
  const asIs = !gzipped && page.heads.asIs;
  res.writeHead(200, gzipped ? page.heads.gzipped : asIs || page.heads.plain);
  res.end(req.method === 'HEAD' ? undefined : gzipped || asIs ? page.gzipped : page.body);
}

/**
 * The server's request handler around the app's: where a page is kept, answered from, given its
 * script hashes and its cache headers (see README, "Deployment").
 *
 * - A page (GET or HEAD of a path outside /api and /_next, not a client navigation) is looked up
 *   by its key (lib/http-cache/page-key.ts: day + path + known parameters); else the app renders
 *   it, and the server reads the final HTML: the hashes of its inline scripts go into its CSP, and
 *   a 200 page that names its data version is kept with its ETag. No other status is kept.
 * - A 404 that Next.js sends as its empty error document (a page called notFound()) is sent as the
 *   path's 404 page, rendered whole for it (lib/http-cache/not-found-page.ts), so that it reads
 *   without JavaScript.
 * - An API answer that names its data version (`X-Chronology-Version`) and sets neither an ETag
 *   nor a Cache-Control of its own gets the shared Cache-Control and an ETag of the data, the build,
 *   its URL and the day; one whose route set a Cache-Control keeps it (and is not kept if it says `no-store` or `private`). On a kept path
 *   (lib/http-cache/page-key.ts) such a 200 is copied as it streams out and kept in the same store
 *   as the pages, unless it outgrows what the store keeps (a large export streams, and is not held).
 * - A conditional request whose tag matches answers 304.
 * - Nothing of the request but its method, path and query decides what is kept.
 */
export function createCachedHandler({ handle, buildId, store, now = () => new Date() }: CachedHandlerOptions): CachedHandler {
  /** Renders under way, by key: a crowd asking for a page not kept yet waits for one render, not one each. */
  const rendering = new Map<string, Promise<KeptPage | undefined>>();
  /** API answers sent and being put into the store (read back, gzipped), by key. */
  const keeping = new Map<string, Promise<KeptPage | undefined>>();

  /**
   * An API answer: the app renders it as it streams it, and one that may be kept (a kept path, a
   * 200 that names its data version and sets no caching of its own) gets the shared headers and an
   * ETag, and a copy of it goes into the store as it streams out, unless it outgrows what the store
   * would keep. Its ETag is decided before the body goes out, so it is made of what decides the
   * answer (the data, the build, the key: day, path and query), not of the bytes.
   */
  async function answerApi(req: IncomingMessage, res: ServerResponse, key: string | undefined, day: string): Promise<void> {
    let gzippedFile: GzippedFile | undefined;
    const done = interceptResponse(
      res,
      (response): ResponseMode => {
        gzippedFile = sendAsCoded(req, response);
        const version = response.getHeader('x-chronology-version');
        if (response.statusCode !== 200 || typeof version !== 'string') return 'pass';
        const own = response.getHeader('cache-control');
        const etag = entityTag({ dataVersion: version, buildId, content: key ?? `${day} ${req.url ?? '/'}` });
        if (own !== undefined) {
          // A route that says itself how its answer is kept (the explorer's files: immutable under
          // the version the page names, else `no-cache`) keeps its words for the caches downstream;
          // this server keeps the answer too, unless the route forbids any store.
          if (key === undefined || /\b(?:no-store|private)\b/.test(String(own))) return 'pass';
          if (!response.hasHeader('etag')) response.setHeader('etag', etag);
        } else {
          if (response.hasHeader('etag')) return 'pass';
          response.setHeader('etag', etag);
          response.setHeader('cache-control', SHARED_CACHE_CONTROL);
        }
        if (key !== undefined) response.setHeader('vary', withAcceptEncodingInVary(response.getHeader('vary')));
        if (!matchesIfNoneMatch(req.headers['if-none-match'], String(response.getHeader('etag')))) return key !== undefined && req.method === 'GET' ? 'copy' : 'pass';
        response.statusCode = 304;
        for (const name of ['content-length', 'content-type', 'content-disposition', 'content-encoding']) response.removeHeader(name);
        return 'head-only';
      },
      store.maxEntryBytes,
    );
    // The copy is put away from the moment the answer has gone out: a reader asking next waits for
    // it (see `keeping`) rather than have the app render the answer again.
    // (A failure here is the answer's own, reported by the await below; none is kept.)
    void done.then((copied) => {
      const version = res.getHeader('x-chronology-version');
      const etag = res.getHeader('etag');
      if (key === undefined || !copied || copied.status !== 200 || typeof version !== 'string' || typeof etag !== 'string') return;
      // What the app compressed the answer with for this reader (Next.js compresses API answers, and
      // names the encoding only as the head goes out), so the copy, of the bytes sent, can be read back.
      const encoding = String(res.getHeader('content-encoding') ?? '').trim().toLowerCase();
      // A gzipped file is kept as what it holds, gzip-coded, with the head of the bytes as they are
      // beside it, whichever way its first reader had it.
      const file = gzippedFile && gzippedFileHeaders(keptHeaders(res), gzippedFile);
      const kept = (
        file
          ? keepCopy(copied.body, 'gzip', file.coded, etag, version, store.maxEntryBytes, file.asIs)
          : keepCopy(copied.body, encoding, keptHeaders(res), etag, version, store.maxEntryBytes)
      )
        .then((page) => (page && store.set(key, page) ? page : undefined))
        .catch(() => undefined)
        .finally(() => keeping.delete(key));
      keeping.set(key, kept);
    }, () => undefined);
    await Promise.all([handle(req, res), done]);
  }

  async function renderPage(req: IncomingMessage, res: ServerResponse, key: string | undefined): Promise<KeptPage | undefined> {
    const asHead = req.method === 'HEAD';
    const readerAcceptsGzip = acceptsGzip(req.headers['accept-encoding']);
    // The body is read here, so the app must not compress it; a kept page is gzipped once, below.
    delete req.headers['accept-encoding'];
    req.method = 'GET';
    const done = interceptResponse(res, (response) => (isHtml(response) ? 'buffer' : 'pass'));
    const [, held] = await Promise.all([handle(req, res), done]);
    if (!held || !('send' in held)) return undefined;
    let kept: KeptPage | undefined;
    let body = held.body;
    let facts = readPageFacts(body.toString('utf8'));
    // A page that called notFound() comes as an empty document that only JavaScript fills in
    // (vercel/next.js#62228): the reader gets the path's 404 page rendered whole instead, with the
    // 404 status and the headers of the first answer (never kept: only a 200 is).
    if (held.status === 404 && facts.errorDocument) {
      const page = await renderNotFoundPage(handle, req);
      if (page) {
        ({ body, facts } = page);
        if (page.link) res.setHeader('link', page.link);
        else res.removeHeader('link');
      }
    }
    const policy = res.getHeader('content-security-policy');
    if (typeof policy === 'string') res.setHeader('content-security-policy', withScriptHashes(policy, facts.scriptHashes));
    let etag: string | undefined;
    if (held.status === 200 && facts.dataVersion && !res.hasHeader('set-cookie')) {
      etag = entityTag({ dataVersion: facts.dataVersion, buildId, content: body });
      res.setHeader('etag', etag);
      res.setHeader('cache-control', SHARED_CACHE_CONTROL);
      res.setHeader('x-chronology-version', facts.dataVersion);
      res.setHeader('vary', withAcceptEncodingInVary(res.getHeader('vary')));
      if (key !== undefined) {
        kept = keptAnswer(body, gzipSync(body), keptHeaders(res), etag, facts.dataVersion);
        store.set(key, kept);
      }
    }
    if (etag && matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      const headers = keptHeaders(res);
      for (const name of Object.keys(headers)) res.removeHeader(name);
      for (const name of NOT_MODIFIED_HEADERS) if (headers[name]) res.setHeader(name, headers[name]);
      res.statusCode = 304;
      held.send(undefined);
      return kept;
    }
    // The first reader of a kept page gets it compressed too, as every later reader does.
    const sent = kept?.gzipped && readerAcceptsGzip ? kept.gzipped : body;
    if (sent !== body) res.setHeader('content-encoding', 'gzip');
    res.setHeader('content-length', sent.length);
    held.send(asHead ? undefined : sent);
    return kept;
  }

  /** The day in Tokyo and the instants it spans: worked out once a day, not per request (Japan keeps no summer time, so a day is 24 hours). */
  let today = { day: '', from: Infinity, until: -Infinity };
  function tokyoDay(): string {
    const time = now().getTime();
    if (time < today.from || time >= today.until) {
      const day = tokyoDate(new Date(time));
      const from = Date.parse(`${day}T00:00:00+09:00`);
      today = { day, from, until: from + 86_400_000 };
    }
    return today.day;
  }

  /**
   * Today's request URLs, exactly as written, that have a key: a reader asking again for the same
   * URL is answered from the store without the URL being taken apart again. Emptied each day, and
   * when it grows past a bound (junk URLs that normalise to a kept key cannot fill memory).
   */
  const keyByUrl = new Map<string, string>();
  let keyByUrlDay = '';
  let rememberedChars = 0;
  function forgetKeys(): void {
    keyByUrl.clear();
    rememberedChars = 0;
  }
  function rememberKey(url: string, key: string): void {
    if (keyByUrl.has(url)) return;
    rememberedChars += url.length + key.length;
    if (rememberedChars > MAX_REMEMBERED_CHARS) {
      forgetKeys();
      rememberedChars = url.length + key.length;
    }
    keyByUrl.set(url, key);
  }

  async function answer(req: IncomingMessage, res: ServerResponse, url: string, day: string): Promise<void> {
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) {
      const key = apiRequestKey(url, day);
      if (key !== undefined) rememberKey(url, key);
      const kept = key === undefined ? undefined : (store.get(key) ?? (await keeping.get(key)?.catch(() => undefined)));
      return kept ? sendKept(req, res, kept) : answerApi(req, res, key, day);
    }
    // A path no route can decode gets its 404 page from proxy.ts, a page of its own without script
    // (nothing to hash or keep); Next.js waits for that response to finish, which holding it here
    // for its hashes would never let happen.
    if (routeLanguage(url.split('?')[0] ?? url).kind === 'undecodable') return handle(req, res);
    const plan = planPageRequest(url, day);
    if (plan.action === 'redirect') {
      res.writeHead(308, { location: plan.location, 'cache-control': REDIRECT_CACHE_CONTROL }).end();
      return;
    }
    if (plan.action === 'render') {
      await renderPage(req, res, undefined);
      return;
    }
    const { key } = plan;
    rememberKey(url, key);
    const kept = store.get(key) ?? (await rendering.get(key)?.catch(() => undefined));
    if (kept) return sendKept(req, res, kept);
    const render = renderPage(req, res, key).finally(() => rendering.delete(key));
    rendering.set(key, render);
    await render;
  }

  // A reader served from the store is answered synchronously: no promise, no await, nothing of
  // Next.js (whose async context tracking makes every promise cost more).
  return (req, res) => {
    // Only this server asks for a 404 page in place of a page (renderNotFoundPage); a reader's
    // header would have a page kept as its 404 page.
    delete req.headers[NOT_FOUND_PAGE_HEADER];
    const url = req.url ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || url.startsWith('/_next/') || isRouterRequest(req)) return handle(req, res);
    const day = tokyoDay();
    if (keyByUrlDay !== day) {
      forgetKeys();
      keyByUrlDay = day;
    }
    const known = keyByUrl.get(url);
    const kept = known === undefined ? undefined : store.get(known);
    if (!kept) return answer(req, res, url, day);
    sendKept(req, res, kept);
    return undefined;
  };
}
