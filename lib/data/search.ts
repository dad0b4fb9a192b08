/**
 * The full-text search index over every news event and statement, built once per server process
 * on first use (lib/search: the bigram index, chosen on measurement; see docs/BENCHMARKS.md), and
 * the search the page and the API run on it with the explorer's filters.
 */
import 'server-only';
import { filterItems, type ExplorerFilters } from '@/lib/explorer';
import { buildSearchIndex, search, searchDocuments, type SearchEntry, type SearchIndex, type SearchOrder, type SearchQuery, type SearchResult } from '@/lib/search';
import { getEvents, getStatements } from './chronology';
import { getExplorerData } from './explorer';

let cached: SearchIndex | undefined;

/** The search index of the chronology the server read at start. */
export function getSearchIndex(): SearchIndex {
  cached ??= buildSearchIndex(searchDocuments(getEvents(), getStatements()));
  return cached;
}

/** The explorer's filters that combine with a search: outlet, partner, kind (not its own `q`). */
export type SearchFilters = Pick<ExplorerFilters, 'outlets' | 'partners' | 'kind'>;

/** The entries the filters let through, as a test on a search entry; undefined for no filter. */
function entryFilter({ outlets, partners, kind }: SearchFilters): ((entry: SearchEntry) => boolean) | undefined {
  if (outlets.length === 0 && partners.length === 0) return kind ? (entry) => entry.kind === kind : undefined;
  const { items } = getExplorerData();
  const allowed = new Set(filterItems(items, { outlets, partners, kind, q: '' }).map((item) => item.id));
  return (entry) => allowed.has(entry.key);
}

/**
 * Runs a parsed query over the chronology under the explorer's filters. A page past the last one
 * has no hits, or with `lastPage` is the last page (the caller can tell: `page` is then less
 * than it asked).
 */
export function searchChronology(query: SearchQuery, filters: SearchFilters, options: { order: SearchOrder; page: number; lastPage?: boolean }): SearchResult {
  const index = getSearchIndex();
  const filter = entryFilter(filters);
  const { order, page } = options;
  const result = search(index, query, { order, page, filter });
  if (options.lastPage && result.pages > 0 && page > result.pages) return search(index, query, { order, page: result.pages, filter });
  return result;
}
