import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';

/**
 * A path that is not valid percent-encoding (`/events/%E3%81`, `/statements/%FF`) makes Next.js
 * answer 500 when it decodes a dynamic segment (vercel/next.js#92527). No id or slug can be such a
 * path, so it goes to the 404 page before routing.
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
 * Every response gets a Content-Security-Policy with a nonce made for this request alone. The
 * policy also goes on the request, where Next.js finds the nonce and writes it on its scripts;
 * this is why every page renders per request (app/layout.tsx).
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);

  const { pathname } = request.nextUrl;
  const undecodable = (pathname.startsWith('/events/') || pathname.startsWith('/statements/')) && isUndecodable(pathname);
  const response = undecodable
    ? // An id that cannot exist: the route's own notFound() renders the app's 404 page.
      NextResponse.rewrite(new URL('/events/not-a-valid-path', request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Everything but the hashed build assets, which are files, not documents.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
