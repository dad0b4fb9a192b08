/**
 * The explorer's compact data (the entries as the browser gets them, facets, the packed items
 * file) and filtered views of it, built from the chronology once per server process.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { constants as zlibConstants, gzip } from 'node:zlib';
import { getChronology, getEvents, getStatements } from './chronology';
import {
  dateSpan,
  packExplorerItems,
  type ExplorerFacets,
  type ExplorerItem,
  type KnownValues,
} from '@/lib/explorer';
import { facetOptions } from '@/lib/explorer/facet-options';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { ja } from '@/lib/i18n/ja';
import { comparePartnerCodes, partnerByCode, partnerTableCodes } from '@/lib/gazetteer/partners';

/** What the home page, the event pages and the API routes need of the explorer's entries. */
export interface ExplorerData {
  /** Every event and statement, oldest first. */
  items: ExplorerItem[];
  itemById: Map<string, ExplorerItem>;
  /**
   * The same items as the browser receives them (lib/explorer/pack.ts), as JSON text, and a
   * version that changes with them: the file is served by app/api/explorer-items under its
   * version, so that browsers may keep it for good.
   */
  itemsJson: string;
  itemsVersion: string;
  facets: ExplorerFacets;
  /** What a URL may name. */
  known: KnownValues;
  /** The sentence the empty detail panel shows: how many entries, over which years. */
  intro: string;
  /** The news items alone, oldest first, and each one's place among them (for previous/next). */
  news: ExplorerItem[];
  newsIndex: Map<string, number>;
}

/** A partner code's Japanese name, or the code itself when the gazetteer does not know it. */
export function partnerName(code: string): string {
  return partnerByCode(code)?.nameJa ?? code;
}

let cached: ExplorerData | undefined;

/**
 * The explorer's compact data, built once per server process from the chronology (which is
 * itself read once per process).
 */
export function getExplorerData(): ExplorerData {
  if (cached) return cached;
  const events = getEvents();
  const statements = getStatements();
  const { related, milestones } = getChronology();
  const items = toExplorerItems(events, statements, related, milestones);
  // One table of partner codes (the partner pages' too, lib/data/partners.ts): every filter accepts
  // the codes that have a page, those no entry names yet with no result.
  const partnerTable = partnerTableCodes(items.flatMap((item) => item.partners));
  const facets = facetOptions(items, { partnerLabel: partnerName, comparePartners: comparePartnerCodes, partnerTable });
  const news = items.filter((item) => item.kind === 'news');
  const itemsJson = JSON.stringify(packExplorerItems(items));
  const span = dateSpan(items);
  const statementCount = items.length - news.length;
  const itemById = new Map(items.map((item) => [item.id, item]));
  cached = {
    news,
    newsIndex: new Map(news.map((item, index) => [item.id, index])),
    items,
    itemById,
    itemsJson,
    itemsVersion: createHash('sha256').update(itemsJson).digest('hex').slice(0, 16),
    facets,
    known: {
      outlets: new Set(facets.outlets.map((option) => option.value)),
      partners: new Set(facets.partners.map((option) => option.value)),
      ids: itemById,
    },
    intro: span ? ja.panel.intro(news.length, statementCount, span.first.slice(0, 4), span.last.slice(0, 4)) : '',
  };
  // The page that needed this data preloads the items file next: have it compressed by then
  // (a failure here is met again, and answered, by the request that needs the file).
  getItemsGzip().catch(() => undefined);
  return cached;
}

const gzipAsync = promisify(gzip);
let itemsGzip: Promise<Uint8Array<ArrayBuffer>> | undefined;

/**
 * The items file compressed once per server process, at gzip's best level, for
 * `/api/explorer-items?encoding=gzip`. Next.js compresses every response again on every request
 * and does not let a route send its own Content-Encoding; with 100,000 entries (36 MB of JSON)
 * that was most of a second per reader. Compressed here, off the main thread, and only once.
 */
export function getItemsGzip(): Promise<Uint8Array<ArrayBuffer>> {
  // Copied once into a plain ArrayBuffer, which is what a Response body may be. A failure is
  // not kept: the next request tries again.
  itemsGzip ??= gzipAsync(getExplorerData().itemsJson, { level: zlibConstants.Z_BEST_COMPRESSION }).then(
    (compressed) => new Uint8Array(compressed),
    (error: unknown) => {
      itemsGzip = undefined;
      throw error;
    },
  );
  return itemsGzip;
}
