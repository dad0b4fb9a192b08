import { DEFAULT_LANG, isLang, type Lang } from './lang';

/**
 * The path, under the language segment, that no page answers: the `[lang]/[...missing]` route
 * renders that language's 404 page for it, with status 404.
 */
export const MISSING_PAGE_SEGMENT = '_missing';

/**
 * A request header set by the server that keeps pages, never by a reader (it drops a reader's):
 * the proxy then serves the path's language's 404 page at that path, as a page rendered whole,
 * not as the empty document Next.js sends when a page calls `notFound()` (lib/http-cache).
 */
export const NOT_FOUND_PAGE_HEADER = 'x-chronology-not-found-page';

/** What the proxy does with a request's path, decided from the path alone. */
export type RouteLanguage =
  /** Not a page (an API route, a build asset, a file of `public/`, a metadata route): left alone. */
  | { kind: 'not-a-page' }
  /** A page: served from the app's `/<lang>/…` tree at `internalPath`. */
  | { kind: 'page'; lang: Lang; internalPath: string; missing: boolean }
  /** A path that is not valid percent-encoding: no route can take it (the proxy answers 404 itself, lib/i18n/bad-path-page.ts). */
  | { kind: 'undecodable'; lang: Lang };

/** A path that is not valid percent-encoding (`/events/%E3%81`): no page can answer it. */
function isUndecodable(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** `/api/…`, `/_next/…`, and a file at the top (`/icon.svg`, `/playground-sw.js`, `/favicon.ico`). */
function isNotAPage(pathname: string): boolean {
  if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return true;
  const segments = pathname.split('/').filter(Boolean);
  return segments.length === 1 && segments[0]!.includes('.');
}

/** The app's own path of a language's 404 page (`app/[lang]/[...missing]`). */
export function missingPagePath(lang: Lang): string {
  return `/${lang}/${MISSING_PAGE_SEGMENT}`;
}

function missing(lang: Lang): RouteLanguage {
  return { kind: 'page', lang, internalPath: missingPagePath(lang), missing: true };
}

/**
 * A path that is not valid percent-encoding: Next.js decodes the `[lang]` segment from the
 * request's own path and answers 500 on such a path (vercel/next.js#92527), even rewritten.
 */
function undecodable(lang: Lang): RouteLanguage {
  return { kind: 'undecodable', lang };
}

/**
 * The language of a request's path and the page that answers it. Japanese keeps the unprefixed
 * URLs (`/events/x` is served from `/ja/events/x`); every other language has its prefix
 * (`/en/events/x`). A direct `/ja/…` is no URL of this site: a 404, so that each page has one
 * address. A path that is not valid percent-encoding gets its language's 404 page.
 */
export function routeLanguage(pathname: string): RouteLanguage {
  if (isNotAPage(pathname)) return { kind: 'not-a-page' };
  const first = pathname.split('/')[1] ?? '';
  if (isLang(first)) {
    if (isUndecodable(pathname)) return undecodable(first);
    if (first === DEFAULT_LANG) return missing(DEFAULT_LANG);
    return { kind: 'page', lang: first, internalPath: pathname, missing: false };
  }
  if (isUndecodable(pathname)) return undecodable(DEFAULT_LANG);
  return { kind: 'page', lang: DEFAULT_LANG, internalPath: pathname === '/' ? `/${DEFAULT_LANG}` : `/${DEFAULT_LANG}${pathname}`, missing: false };
}

/**
 * The public path of a page in another language: `/events/x` ⇄ `/en/events/x`. `path` is a
 * public path of any language, with or without its query and fragment.
 */
export function pathInLanguage(path: string, lang: Lang): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] || '/';
  const rest = match?.[2] ?? '';
  const segments = pathname.split('/');
  const first = segments[1] ?? '';
  // Any language's prefix goes, `/ja` too: the app's own path of a Japanese page is `/ja/…`.
  const bare = isLang(first) ? `/${segments.slice(2).join('/')}` : pathname;
  if (lang === DEFAULT_LANG) return `${bare}${rest}`;
  return `/${lang}${bare === '/' ? '' : bare}${rest}`;
}
