import 'server-only';
import { getDataVersion } from '@/lib/data';
import { tokyoDate, type CiteContext } from '@/lib/cite';
import { siteOrigin } from '@/lib/site-origin';

/**
 * The citation context of a render. The server renders the access date, in Tokyo, so the page
 * shows the same date before and after hydration and the explorer's panel agrees with it; a kept
 * page is kept for that day alone (its cache key starts with the day: lib/http-cache/page-key.ts).
 */
export async function getCiteContext(now: Date = new Date()): Promise<CiteContext> {
  return { origin: siteOrigin(), accessDate: tokyoDate(now), version: getDataVersion() };
}
