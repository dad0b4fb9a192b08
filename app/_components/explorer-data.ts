import 'server-only';
import { getEvents, getRelatedEvents, getRelatedStatements, getStatements } from '@/lib/data';
import { facetOptions, packExplorerItems, toExplorerItems, type ExplorerFacets, type ExplorerItem, type KnownValues, type PackedExplorerItems } from '@/lib/explorer';
import { comparePartnerCodes, partnerByCode } from '@/lib/gazetteer/partners';

export interface ExplorerData {
  /** Every event and statement, oldest first. */
  items: ExplorerItem[];
  /** The same items as the home page sends them to the browser (lib/explorer/pack.ts). */
  packed: PackedExplorerItems;
  facets: ExplorerFacets;
  /** What a URL may name. */
  known: KnownValues;
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
 * The explorer's compact data, built once per server process from lib/data (the chronology
 * itself is read once per process too).
 */
export function getExplorerData(): ExplorerData {
  if (cached) return cached;
  const events = getEvents();
  const statements = getStatements();
  const items = toExplorerItems(events, statements, {
    statementsByEvent: new Map(events.map((event) => [event.id, getRelatedStatements(event.id).map((s) => s.slug)])),
    eventsByStatement: new Map(statements.map((statement) => [statement.slug, getRelatedEvents(statement.slug).map((e) => e.id)])),
  });
  const facets = facetOptions(items, { partnerLabel: partnerName, comparePartners: comparePartnerCodes });
  const news = items.filter((item) => item.kind === 'news');
  cached = {
    news,
    newsIndex: new Map(news.map((item, index) => [item.id, index])),
    items,
    packed: packExplorerItems(items),
    facets,
    known: {
      outlets: new Set(facets.outlets.map((option) => option.value)),
      partners: new Set(facets.partners.map((option) => option.value)),
      ids: new Set(items.map((item) => item.id)),
    },
  };
  return cached;
}
