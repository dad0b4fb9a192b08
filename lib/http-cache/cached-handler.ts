import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { tokyoDate } from '@/lib/cite/access-date';
import { NOT_FOUND_PAGE_HEADER, routeLanguage } from '@/lib/i18n/route-language';
import { withScriptHashes } from '@/lib/security/content-security-policy';
import { interceptResponse, type ResponseMode } from './capture';
import { planPageRequest } from './page-key';
import type { KeptPage, PageStore } from './page-store';
import { entityTag, matchesIfNoneMatch, REDIRECT_CACHE_CONTROL, SHARED_CACHE_CONTROL } from './policy';
import { renderNotFoundPage } from './not-found-page';
import { readPageFacts } from './script-hashes';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

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

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return coding === 'gzip' && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
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
function notModifiedHeaders(headers: Record<string, string>): OutgoingHttpHeaders {
  const repeated: OutgoingHttpHeaders = {};
  for (const name of ['etag', 'cache-control', 'vary', 'content-security-policy', 'x-chronology-version']) if (headers[name]) repeated[name] = headers[name];
  return repeated;
}

function sendKept(req: IncomingMessage, res: ServerResponse, page: KeptPage): void {
  if (matchesIfNoneMatch(req.headers['if-none-match'], page.etag)) {
    res.writeHead(304, notModifiedHeaders(page.headers)).end();
    return;
  }
  const gzipped = page.gzipped && acceptsGzip(req.headers['accept-encoding']) ? page.gzipped : undefined;
  const body = gzipped ?? page.body;
  res.writeHead(200, { ...page.headers, ...(gzipped ? { 'content-encoding': 'gzip' } : {}), 'content-length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
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
 *   nor a Cache-Control of its own gets the shared Cache-Control and an ETag of the data, the build, its URL and the day; it
 *   is never held in memory (an export streams).
 * - A conditional request whose tag matches answers 304.
 * - Nothing of the request but its method, path and query decides what is kept.
 */
export function createCachedHandler({ handle, buildId, store, now = () => new Date() }: CachedHandlerOptions): Handler {
  /** Renders under way, by key: a crowd asking for a page not kept yet waits for one render, not one each. */
  const rendering = new Map<string, Promise<KeptPage | undefined>>();

  async function answerApi(req: IncomingMessage, res: ServerResponse, day: string): Promise<void> {
    const url = req.url ?? '/';
    const done = interceptResponse(res, (response): ResponseMode => {
      const version = response.getHeader('x-chronology-version');
      // A route that says itself what may be kept (an ETag of its own, or `no-store` for an export
      // whose links name the reader's host) is left as it is.
      if (response.statusCode !== 200 || typeof version !== 'string' || response.hasHeader('etag') || response.hasHeader('cache-control')) return 'pass';
      const etag = entityTag({ dataVersion: version, buildId, content: `${day} ${url}` });
      response.setHeader('etag', etag);
      response.setHeader('cache-control', SHARED_CACHE_CONTROL);
      if (!matchesIfNoneMatch(req.headers['if-none-match'], etag)) return 'pass';
      response.statusCode = 304;
      for (const name of ['content-length', 'content-type', 'content-disposition', 'content-encoding']) response.removeHeader(name);
      return 'head-only';
    });
    await Promise.all([handle(req, res), done]);
  }

  async function renderPage(req: IncomingMessage, res: ServerResponse, key: string | undefined): Promise<KeptPage | undefined> {
    const asHead = req.method === 'HEAD';
    // The body is read here, so the app must not compress it; a kept page is gzipped once, below.
    delete req.headers['accept-encoding'];
    req.method = 'GET';
    const done = interceptResponse(res, (response) => (isHtml(response) ? 'buffer' : 'pass'));
    const [, held] = await Promise.all([handle(req, res), done]);
    if (!held) return undefined;
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
        const gzipped = gzipSync(body);
        kept = { body, gzipped: gzipped.length < body.length ? gzipped : undefined, headers: keptHeaders(res), etag, dataVersion: facts.dataVersion };
        store.set(key, kept);
      }
    }
    if (etag && matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      const headers = keptHeaders(res);
      for (const name of Object.keys(headers)) res.removeHeader(name);
      for (const [name, value] of Object.entries(notModifiedHeaders(headers))) if (value !== undefined) res.setHeader(name, value);
      res.statusCode = 304;
      held.send(undefined);
      return kept;
    }
    res.setHeader('content-length', body.length);
    held.send(asHead ? undefined : body);
    return kept;
  }

  return async (req, res) => {
    // Only this server asks for a 404 page in place of a page (renderNotFoundPage); a reader's
    // header would have a page kept as its 404 page.
    delete req.headers[NOT_FOUND_PAGE_HEADER];
    const url = req.url ?? '/';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || url.startsWith('/_next/') || isRouterRequest(req)) return handle(req, res);
    const day = tokyoDate(now());
    if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) return answerApi(req, res, day);
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
    const kept = store.get(key) ?? (await rendering.get(key)?.catch(() => undefined));
    if (kept) return sendKept(req, res, kept);
    const render = renderPage(req, res, key).finally(() => rendering.delete(key));
    rendering.set(key, render);
    await render;
  };
}
