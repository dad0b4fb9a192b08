import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path that is not valid percent-encoding (`/events/%E3%81`, `/statements/%FF`) makes Next.js
 * answer 500 when it decodes a dynamic segment (vercel/next.js#92527). No id or slug can be such a
 * path, so it goes to the 404 page before routing. Everything else passes untouched.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!pathname.includes('%')) return NextResponse.next();
  try {
    decodeURIComponent(pathname);
    return NextResponse.next();
  } catch {
    // An id that cannot exist: the route's own notFound() renders the app's 404 page.
    return NextResponse.rewrite(new URL('/events/not-a-valid-path', request.url));
  }
}

export const config = { matcher: ['/events/:path*', '/statements/:path*'] };
