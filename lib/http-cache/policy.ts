import { createHash } from 'node:crypto';

/**
 * Cache-Control of a page or an API answer that is the same for every reader. The data changes
 * only when the server restarts on new data (README, "Adding data"), so a shared cache (a CDN, a
 * caching proxy) may keep an answer for 5 minutes, and serve it for a day more while it fetches
 * the new one in the background. A browser keeps nothing fresh (`max-age=0`): it asks again with
 * the ETag, and a `304` costs a few hundred bytes. A restart on new data changes every ETag.
 */
export const SHARED_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/** What a redirect away from parameters that no page reads may be kept for: it never changes. */
export const REDIRECT_CACHE_CONTROL = 'public, max-age=3600';

/** An ETag's opaque part: what it was made from, hashed (URL-safe base64, 128 bits). */
function digest(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 22);
}

/** The characters a data version or a build id may bring into an ETag (it is quoted, and a header). */
function tagPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 40);
}

/**
 * A strong ETag: the data version, the build, and a hash of what the answer is made from (a kept
 * page's bytes; for a streamed API answer, its URL and the day, which with the data and the build
 * decide it). New data or a new build gives a new tag, so a reader never revalidates a page of the
 * old data against the new, nor the reverse.
 */
export function entityTag({ dataVersion, buildId, content }: { dataVersion: string; buildId: string; content: string | Buffer }): string {
  return `"${tagPart(dataVersion)}.${tagPart(buildId)}.${digest(content)}"`;
}

/**
 * True when an If-None-Match header names this tag (or is `*`): the reader's copy is current and
 * the answer is `304`. Weak comparison, as RFC 9110 asks for If-None-Match: a `W/` prefix is ignored.
 */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const listed = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return listed.includes('*') || listed.includes(etag);
}

/**
 * Set by a route whose answer is a file gzipped once (`Content-Type: application/gzip`), naming
 * the type of what it holds. Next.js drops a route's own Content-Encoding, so the route cannot say
 * that the bytes are that content gzipped; this server can, to a reader that accepts gzip: it
 * sends the same bytes as that type with `Content-Encoding: gzip`, and the reader's HTTP stack
 * inflates them (a browser does it off the page's thread, as they arrive). The header never goes out.
 */
export const GZIPPED_TYPE_HEADER = 'x-chronology-gzipped-type';
