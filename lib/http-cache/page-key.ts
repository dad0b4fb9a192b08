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
  const queryStart = requestUrl.indexOf('?');
  const rawPath = queryStart === -1 ? requestUrl : requestUrl.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? '' : requestUrl.slice(queryStart + 1);
  let path: string;
  const kept: string[] = [];
  const keyParts: string[] = [];
  let dropped = false;
  try {
    path = rawPath
      .split('/')
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join('/');
    for (const piece of rawQuery === '' ? [] : rawQuery.split('&')) {
      const equals = piece.indexOf('=');
      const name = decodeQueryPart(equals === -1 ? piece : piece.slice(0, equals));
      const value = equals === -1 ? '' : decodeQueryPart(piece.slice(equals + 1));
      if (!KNOWN.has(name)) {
        dropped = true;
        continue;
      }
      kept.push(piece);
      keyParts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
    }
  } catch {
    return { action: 'render', reason: 'broken percent-escape' };
  }
  // `//host` or `/\host` as a Location would send the reader to another site.
  if (!rawPath.startsWith('/') || rawPath.startsWith('//') || rawPath.includes('\\')) return { action: 'render', reason: 'not a plain absolute path' };
  if (dropped) return { action: 'redirect', location: kept.length > 0 ? `${rawPath}?${kept.join('&')}` : rawPath };
  return { action: 'cache', key: `${day} ${path}${keyParts.length > 0 ? `?${keyParts.join('&')}` : ''}` };
}
