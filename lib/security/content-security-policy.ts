/**
 * The Content Security Policy, built per request around a fresh nonce (see proxy.ts).
 *
 * Scripts: this origin, plus the inline scripts that carry the request's nonce. Next.js reads the
 * nonce from the policy on the request and puts it on every script it writes (its bootstrap and
 * the inline React Server Components payload), so no 'unsafe-inline' is needed. No 'unsafe-eval'
 * either, except in `next dev`, where React's debugging tools evaluate code.
 *
 * Styles keep 'unsafe-inline': vis-timeline positions its items with inline styles and the list's
 * bar chart sets widths; style injection cannot run script, and the script policy is what matters.
 *
 * Data is rendered as text, never as HTML: that is what keeps hostile text inert. This policy is
 * the second wall.
 */
export function contentSecurityPolicy(
  nonce: string,
  { development = false, embeddable = false }: { development?: boolean; embeddable?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only the embed view may sit in another site's <iframe> (a news article); every other page
    // refuses to be framed, so that it cannot be overlaid for clickjacking.
    embeddable ? 'frame-ancestors https: http:' : "frame-ancestors 'none'",
  ].join('; ');
}

/** The paths another site may frame: the embed view alone (with its query), in each language. */
export function isEmbeddablePath(pathname: string): boolean {
  return /^(?:\/en)?\/embed\/?$/.test(pathname);
}

/**
 * The request header proxy.ts sets on an embed request, for the root layout to leave out the
 * site's header and footer (a request header, not the URL: layouts are not given the path).
 */
export const EMBED_REQUEST_HEADER = 'x-chronology-embed';

/** 128 random bits, base64: unguessable, and new for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
