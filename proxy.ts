import { NextResponse, type NextRequest } from 'next/server';
import { badPathPage } from '@/lib/i18n/bad-path-page';
import { missingPagePath, NOT_FOUND_PAGE_HEADER, routeLanguage } from '@/lib/i18n/route-language';
import { contentSecurityPolicy, EMBED_REQUEST_HEADER, isEmbeddablePath } from '@/lib/security/content-security-policy';

/**
 * Every response gets the Content-Security-Policy; the server that keeps pages adds each HTML
 * page's script hashes to it (lib/http-cache), since they are known only once the page is rendered.
 */
export function proxy(request: NextRequest): NextResponse {
  const embeddable = isEmbeddablePath(request.nextUrl.pathname);
  const policy = contentSecurityPolicy({ development: process.env.NODE_ENV === 'development', embeddable });
  const requestHeaders = new Headers(request.headers);
  // Set by us alone: a client's own value is dropped, so it cannot strip another page's header.
  requestHeaders.delete(EMBED_REQUEST_HEADER);
  if (embeddable) requestHeaders.set(EMBED_REQUEST_HEADER, '1');

  // Pages are served from the app's /<lang>/ tree: the Japanese URLs stay unprefixed (lib/i18n).
  const route = routeLanguage(request.nextUrl.pathname);
  // The server asks for a path's 404 page when the path's own page called notFound() (lib/http-cache).
  const internalPath = route.kind !== 'page' ? undefined : request.headers.get(NOT_FOUND_PAGE_HEADER) === '1' ? missingPagePath(route.lang) : route.internalPath;
  const response =
    route.kind === 'undecodable'
      ? new NextResponse(badPathPage(route.lang), { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } })
      : internalPath !== undefined && internalPath !== request.nextUrl.pathname
      ? NextResponse.rewrite(new URL(internalPath + request.nextUrl.search, request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  // The old header for browsers without frame-ancestors; an embed page must not send it at all.
  if (!embeddable) response.headers.set('x-frame-options', 'DENY');
  return response;
}

// Everything but the hashed build assets, which are files, not documents.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
