// What the server sends for the explorer: the HTML of `/` carries the compact items (the React
// Server Components payload), so its size over the number of events, less the events' own text,
// is the cost of the format per event.
import zlib from 'node:zlib';
import type { ExplorerItem } from '../../lib/explorer';

export interface PayloadFigures {
  events: number;
  /** `/`: bytes of HTML (uncompressed), and gzip-compressed. */
  homeKB: number;
  homeGzipKB: number;
  /** The events' own text (title, summary, notes), UTF-8. */
  textKB: number;
  /** (HTML bytes − text bytes) ÷ events. */
  bytesPerEventBeyondText: number;
  /** `/?view=list` (server-rendered, every event). */
  listKB: number;
  listGzipKB: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function page(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function benchPayload(origin: string, items: readonly ExplorerItem[]): Promise<PayloadFigures> {
  const home = await page(`${origin}/`);
  const list = await page(`${origin}/?view=list`);
  const text = items.reduce((sum, item) => sum + Buffer.byteLength(item.title + item.summary + item.notes.join('')), 0);
  return {
    events: items.length,
    homeKB: kb(home.length),
    homeGzipKB: kb(zlib.gzipSync(home).length),
    textKB: kb(text),
    bytesPerEventBeyondText: Math.round((home.length - text) / Math.max(1, items.length)),
    listKB: kb(list.length),
    listGzipKB: kb(zlib.gzipSync(list).length),
  };
}
