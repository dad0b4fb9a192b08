import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, EMBED_REQUEST_HEADER, isEmbeddablePath } from '@/lib/security/content-security-policy';

/** The route Next.js builds from app/not-found.tsx: it renders that page with status 404. */
const NOT_FOUND_ROUTE = '/_not-found';

/**
 * A path that is not valid percent-encoding (`/events/%E3%81`, `/statements/%FF`, `/events/%C0%AE`)
 * makes Next.js answer 500 when it decodes a dynamic segment (vercel/next.js#92527). No id, slug or
 * other route can be such a path, so it is rewritten to the app's 404 page before routing.
 */
function isUndecodable(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

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

  const response = isUndecodable(request.nextUrl.pathname)
    ? // Not a path of /events/[id]: served in process, that route reads its params from the
      // original path again and fails on it. The not-found route has no segment to decode.
      NextResponse.rewrite(new URL(NOT_FOUND_ROUTE, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  // The old header for browsers without frame-ancestors; an embed page must not send it at all.
  if (!embeddable) response.headers.set('x-frame-options', 'DENY');
  return response;
}

// Everything but the hashed build assets, which are files, not documents.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
