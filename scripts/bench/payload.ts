// What the server sends for the explorer: the HTML of `/` (a snapshot of what the URL's state
// shows) and the packed items file it preloads (app/api/explorer-items). Their size over the
// number of events, less the events' own text, is the cost of the format per event.
import zlib from 'node:zlib';
import { explorerItemsUrl, type ExplorerItem } from '../../lib/explorer';

export interface PayloadFigures {
  events: number;
  /** `/`: bytes of HTML (uncompressed), and gzip-compressed. */
  homeKB: number;
  homeGzipKB: number;
  /** The items file `/` preloads: uncompressed, and as it travels (gzipped once by the server). */
  itemsKB: number;
  itemsGzipKB: number;
  /** The events' own text (title, summary, notes), UTF-8. */
  textKB: number;
  /** (HTML bytes + items file bytes − text bytes) ÷ events. */
  bytesPerEventBeyondText: number;
  /** `/?view=list` (server-rendered, its first page). */
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
  const version = /<link rel="preload" href="\/api\/explorer-items\?v=([0-9a-f]+)&amp;encoding=gzip"/.exec(home.toString('utf8'))?.[1];
  if (!version) throw new Error('/ preloads no items file');
  // What travels: the file as the explorer asks for it, compressed by the server (the browser inflates it).
  const itemsTransferred = await page(`${origin}${explorerItemsUrl(version)}`);
  const itemsFile = await page(`${origin}/api/explorer-items?v=${version}`);
  const list = await page(`${origin}/?view=list`);
  const text = items.reduce((sum, item) => sum + Buffer.byteLength(item.title + item.summary + item.notes.join('')), 0);
  return {
    events: items.length,
    homeKB: kb(home.length),
    homeGzipKB: kb(zlib.gzipSync(home).length),
    itemsKB: kb(itemsFile.length),
    itemsGzipKB: kb(itemsTransferred.length),
    textKB: kb(text),
    bytesPerEventBeyondText: Math.round((home.length + itemsFile.length - text) / Math.max(1, items.length)),
    listKB: kb(list.length),
    listGzipKB: kb(zlib.gzipSync(list).length),
  };
}
