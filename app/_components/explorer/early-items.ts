/**
 * The entries' file, asked for as the explorer's code is evaluated, while the page hydrates,
 * rather than once it has: the explorer then finds the file in (inflated) when it asks for it.
 * Only where the page opens on a timeline drawn at once (use-explorer-items.ts) and preloads the
 * file gzipped: the address is the preload's.
 */
import { ITEMS_GZIP_PARAM } from '@/lib/explorer';
import { itemsJsonOf } from './inflate-items';

let early: { url: string; json: Promise<ArrayBuffer> } | null | undefined;

/** Asks for the file the page preloads, and has it inflated if it comes gzipped (once, in the browser). */
export function startEarly(): void {
  if (early !== undefined || typeof document === 'undefined') return;
  const url = document.querySelector('link[rel="preload"][as="fetch"][href*="/api/explorer-items"]')?.getAttribute('href');
  if (!url?.endsWith(ITEMS_GZIP_PARAM) || typeof DecompressionStream !== 'function') {
    early = null;
    return;
  }
  const json = fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return itemsJsonOf(response);
  });
  // A failure here is the explorer's to report, when it asks again.
  json.catch(() => undefined);
  early = { url, json };
}

/**
 * The inflated file (UTF-8 JSON) if the one at `url` was asked for early, else null. Handed out
 * once: kept here, the bytes would stay in memory as long as the page (37 MB at 100,000 entries).
 */
export function earlyJson(url: string): Promise<ArrayBuffer> | null {
  if (!early || early.url !== url) return null;
  const { json } = early;
  early = null;
  return json;
}
