import type { UrlParam } from '@/lib/url-params';

/**
 * Every query parameter a page reads (lib/url-params; `hl` on a statement page). A page ignores
 * any other, so another one can only make a second copy of a page: it is redirected away instead.
 */
export const PAGE_PARAMS = ['outlet', 'partner', 'q', 'kind', 'from', 'to', 'milestones', 'event', 'view', 'page', 'order', 'window', 'hl'] as const satisfies ReadonlyArray<UrlParam | 'hl'>;

const KNOWN = new Set<string>(PAGE_PARAMS);

/** A longer URL is rendered as asked but never kept: no real state of the explorer needs one. */
export const MAX_KEPT_URL_LENGTH = 2_000;

/** What the server does with a request for a page, decided from its path and query alone. */
export type PageRequestPlan =
  /** Keep the rendered page under this key, or answer from it. */
  | { action: 'cache'; key: string }
  /** Drop the parameters no page reads: the same page under the URL without them. */
  | { action: 'redirect'; location: string }
  /** Render for this request only (a broken percent-escape, an overlong URL): the page names the problem. */
  | { action: 'render'; reason: string };

function decodeQueryPart(text: string): string {
  return decodeURIComponent(text.replace(/\+/g, ' '));
}

/** A request URL taken apart: its path and each query parameter, decoded and encoded again. */
interface NormalisedUrl {
  rawPath: string;
  /** The path, each segment decoded and encoded again. */
  path: string;
  /** Each parameter as written (`piece`) and as it enters a key (`keyPart`), in the order given. */
  params: Array<{ name: string; piece: string; keyPart: string }>;
}

/** Undefined for a broken percent-escape or a path that is not plain (`//host`, `/\host`: as a Location it would send the reader to another site). */
function normaliseUrl(requestUrl: string): NormalisedUrl | undefined {
  const queryStart = requestUrl.indexOf('?');
  const rawPath = queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : requestUrl.slice(queryStart + 1);
  if (!rawPath.startsWith('/') || rawPath.startsWith('//') || rawPath.includes('\\')) return undefined;
  try {
    const path = rawPath
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/');
    const params = (rawQuery === '' ? [] : rawQuery.split('&')).map((piece) => {
      const equals = piece.indexOf('=');
      const name = decodeQueryPart(equals === -1 ? piece : piece.slice(0, equals));
      const value = equals === -1 ? '' : decodeQueryPart(piece.slice(equals + 1));
      return { name, piece, keyPart: `${encodeURIComponent(name)}=${encodeURIComponent(value)}` };
    });
    return { rawPath, path, params };
  } catch {
    return undefined;
  }
}

function keyOf(day: string, path: string, keyParts: string[]): string {
  return `${day} ${path}${keyParts.length > 0 ? `?${keyParts.join('&')}` : ''}`;
}

/**
 * The cache key of a page request, or why it has none. The key is the path and the known
 * parameters in the order given, each decoded and encoded again (so `%4E%41%54%4F` and `NATO` are
 * one page), prefixed by the day in Tokyo, the access date every citation on the page shows. The
 * order is kept, not sorted: the page's own state (the flight data the browser hydrates from) is
 * built from the URL as written, and the explorer always writes its parameters in one order.
 * Nothing from the request's headers enters the key: the page is the same for every reader.
 */
export function planPageRequest(requestUrl: string, day: string): PageRequestPlan {
  if (requestUrl.length > MAX_KEPT_URL_LENGTH) return { action: 'render', reason: 'URL too long to keep' };
  const url = normaliseUrl(requestUrl);
  if (!url) return { action: 'render', reason: 'broken percent-escape or not a plain absolute path' };
  const known = url.params.filter(({ name }) => KNOWN.has(name));
  if (known.length < url.params.length) {
    const location = known.length > 0 ? `${url.rawPath}?${known.map(({ piece }) => piece).join('&')}` : url.rawPath;
    return { action: 'redirect', location };
  }
  return { action: 'cache', key: keyOf(day, url.path, known.map(({ keyPart }) => keyPart)) };
}

/**
 * The API answers the server keeps: GETs whose body is the same for every reader and changes only
 * with the data, the day and the query (each route answers an unknown or repeated parameter with
 * a 400, which is never kept, so junk cannot fill the store).
 */
const KEPT_API_PATH = /^\/api\/(?:events|search|export|explorer-items|explorer-matches|ids(?:\/[^/]+)?)$/;

/**
 * The cache key of an API request (the day, the path and every parameter in the order given,
 * decoded and encoded again, as for a page), or undefined when the answer is not kept.
 */
export function apiRequestKey(requestUrl: string, day: string): string | undefined {
  if (requestUrl.length > MAX_KEPT_URL_LENGTH) return undefined;
  const url = normaliseUrl(requestUrl);
  if (!url || !KEPT_API_PATH.test(url.path)) return undefined;
  return keyOf(day, url.path, url.params.map(({ keyPart }) => keyPart));
}
