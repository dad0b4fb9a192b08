import 'server-only';
import { getDataVersion } from '@/lib/data';
import { tokyoDate, type CiteContext } from '@/lib/cite';

/**
 * The site's origin for absolute permalinks: SITE_URL (e.g. `https://example.org`), else this
 * server's own address on its port. Never the request's Host or X-Forwarded-Host: a page is kept
 * and served to every reader (lib/http-cache), so one request must not choose the links that
 * everyone cites.
 */
function siteOrigin(): string {
  const configured = process.env.SITE_URL?.replace(/\/+$/, '');
  if (configured && /^https?:\/\/[^/\s]+$/.test(configured)) return configured;
  const port = /^\d{1,5}$/.test(process.env.PORT ?? '') ? process.env.PORT : '3000';
  return `http://localhost:${port}`;
}

/**
 * The citation context of a render. The server renders the access date, in Tokyo, so the page
 * shows the same date before and after hydration and the explorer's panel agrees with it; a kept
 * page is kept for that day alone (its cache key starts with the day: lib/http-cache/page-key.ts).
 */
export async function getCiteContext(now: Date = new Date()): Promise<CiteContext> {
  return { origin: siteOrigin(), accessDate: tokyoDate(now), version: getDataVersion() };
}
