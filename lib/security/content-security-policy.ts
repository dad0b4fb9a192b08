/**
 * The Content Security Policy. proxy.ts puts the base policy on every response; the server that
 * keeps pages (lib/http-cache) adds to an HTML page's script-src the hashes of that page's own
 * inline scripts, read from its final HTML, so that the page can be kept and served to every
 * reader while no other inline script runs (no per-request nonce, no 'unsafe-inline').
 *
 * Scripts: this origin (the build's files, which Next.js loads), plus the listed hashes: the
 * bootstrap and the React Server Components payload that Next.js writes inline. No 'unsafe-eval',
 * except in `next dev`, where React's debugging tools evaluate code, and where no server hashes
 * the pages, so 'unsafe-inline' stands in for the hashes there alone.
 *
 * Styles keep 'unsafe-inline': vis-timeline positions its items with inline styles and the list's
 * bar chart sets widths; style injection cannot run script, and the script policy is what matters.
 *
 * Data is rendered as text, never as HTML: that is what keeps hostile text inert. This policy is
 * the second wall.
 */
export function contentSecurityPolicy({ development = false, embeddable = false }: { development?: boolean; embeddable?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${development ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
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

/**
 * The policy with these script hashes (`'sha256-…'`) added to its script-src, the rest as it was.
 * A policy without script-src gets one ('self' and the hashes), so hashes never go unheeded.
 */
export function withScriptHashes(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  const directives = policy.split(';').map((part) => part.trim()).filter(Boolean);
  const index = directives.findIndex((part) => /^script-src(\s|$)/i.test(part));
  if (index === -1) return [...directives, `script-src 'self' ${hashes.join(' ')}`].join('; ');
  directives[index] = `${directives[index]} ${hashes.join(' ')}`;
  return directives.join('; ');
}

/** The paths another site may frame: the embed view alone (with its query), in each language. */
export function isEmbeddablePath(pathname: string): boolean {
  return /^(?:\/en)?\/embed\/?$/.test(pathname);
}

/**
 * The request header proxy.ts sets on an embed request, for the root layout to leave out the
 * site's header and footer (a request header, not the URL: layouts are not given the path). It
 * follows from the path alone, so a kept page of /embed is the same for every reader.
 */
export const EMBED_REQUEST_HEADER = 'x-chronology-embed';
