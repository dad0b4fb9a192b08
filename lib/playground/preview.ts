/**
 * "Open in the explorer": a playground parse shown by the explorer itself, as a preview of
 * entries that are not published. The worker turns its last parse into the explorer's items with
 * the function the server uses (lib/explorer/to-explorer-items.ts) and keeps them in this
 * browser's storage (preview-store.ts); the preview page (/playground/preview) reads them there
 * and derives what the server derives for the site's entries (filter options, the list's
 * snapshot). Nothing of it goes to the server. Pure, so that it is tested without a browser.
 */
import { facetOptions } from '../explorer/facet-options';
import type { ExplorerSnapshot } from '../explorer/figures';
import { toExplorerItems, type RelatedIndex } from '../explorer/to-explorer-items';
import type { ExplorerFacets, ExplorerItem, ExplorerState } from '../explorer/types';
import { explorerHref } from '../explorer/url-state';
import { facetsInLanguage, partnerNameIn } from '../gazetteer/names-in';
import { comparePartnerCodes } from '../gazetteer/partners/order';
import type { Lang } from '../i18n/lang';
import type { FullParse } from './parse-source';

/** The preview page's path, in Japanese (`/en` before it in English): the explorer's parameters follow it. */
export const PREVIEW_PATH = '/playground/preview';

/** A parse as the preview page reads it back. */
export interface PreviewRecord {
  /** The shape's version: a record written by another version of the page is not read. */
  version: typeof PREVIEW_VERSION;
  /** The file the text came from (or the default name of a pasted text). */
  fileName: string;
  /** When the preview was made (ISO 8601), said on the page. */
  createdAt: string;
  /** Oldest first, as the explorer keeps them. */
  items: ExplorerItem[];
}

export const PREVIEW_VERSION = 1;

/** A dropped text has no related statements: the chronology's links are the build's. */
const noRelations: RelatedIndex = { statementsByEvent: new Map(), eventsByStatement: new Map() };

/**
 * The parse's entries as explorer items: a digest's events, or the one statement (left out, as
 * in the build, when it has no date to be placed by). Cross-references resolve within the text.
 */
export function previewItems(full: FullParse): ExplorerItem[] {
  return full.kind === 'digest' ? toExplorerItems(full.events, [], noRelations) : toExplorerItems([], [full.statement], noRelations);
}

/** The record the worker stores for `full`. */
export function previewRecord(full: FullParse, fileName: string, now: Date): PreviewRecord {
  return { version: PREVIEW_VERSION, fileName, createdAt: now.toISOString(), items: previewItems(full) };
}

/**
 * What storage holds, if it is a preview this page can show: anything else (another version's
 * shape, a half-written record) is read as no preview at all.
 */
export function isPreviewRecord(value: unknown): value is PreviewRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === PREVIEW_VERSION &&
    typeof record.fileName === 'string' &&
    typeof record.createdAt === 'string' &&
    Array.isArray(record.items) &&
    record.items.every((item: unknown) => typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' && typeof (item as { date?: unknown }).date === 'string')
  );
}

/**
 * The items with each entry's link pointing at the entry in the preview (`/playground/preview?event=<id>`):
 * an entry that is not published has no page of its own on the site, and one that is would show
 * the published text, not this one.
 */
export function withPreviewLinks(items: readonly ExplorerItem[], state: ExplorerState): ExplorerItem[] {
  return items.map((item) => ({ ...item, permalink: explorerHref({ ...state, event: item.id, view: 'timeline', page: 1, window: null }, PREVIEW_PATH) }));
}

/** The filter options of the preview's entries, named in the page's language, as the server names the site's. */
export function previewFacets(items: readonly ExplorerItem[], lang: Lang): ExplorerFacets {
  return facetsInLanguage(facetOptions(items, { partnerLabel: (code) => partnerNameIn(code, 'ja'), comparePartners: comparePartnerCodes }), lang);
}

/**
 * The snapshot the explorer stands on until its entries are in: the preview has them from the
 * start, so nothing of it is ever shown.
 */
export const EMPTY_SNAPSHOT: ExplorerSnapshot = {
  items: { outlets: [], items: [] },
  total: 0,
  visibleCount: 0,
  counts: { outlets: [], partners: [], kinds: [] },
  yearCounts: [],
  yearGroupCounts: [],
  listPageOfYear: [],
  listPage: { ids: [], page: 1, pageCount: 1, first: 0 },
  selected: null,
  selectedVisible: false,
  previous: null,
  next: null,
};
