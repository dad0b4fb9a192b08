/**
 * The explorer's entries under a set of filters, for the home page's snapshot and `/api/events`.
 * Apart from explorer.ts because it asks both the explorer's data and the search index (for `q`),
 * and the search index asks the explorer's data: this module sits above both.
 */
import 'server-only';
import { filterEntries, foundTextMatcher, initialState, serializeExplorerState, type ExplorerFilters, type FilteredEntries } from '@/lib/explorer';
import { getExplorerData } from './explorer';
import { getTextMatches } from './search';

/** Recently asked filters, most recent last: filtering 100,000 entries is worth keeping. */
const filteredCache = new Map<string, FilteredEntries>();
const FILTERED_CACHE_SIZE = 32;

/**
 * The entries that pass these filters, with their counts, as the home page's snapshot and
 * `/api/events` need them; `q` is looked for in the full text, a statement's body included.
 */
export function getFilteredEntries(filters: ExplorerFilters): FilteredEntries {
  const { outlets, partners, q, kind, from, to, milestones } = filters;
  const key = serializeExplorerState({ ...initialState, outlets, partners, q, kind, from, to, milestones });
  const hit = filteredCache.get(key);
  if (hit) {
    filteredCache.delete(key);
    filteredCache.set(key, hit);
    return hit;
  }
  const { items, itemById } = getExplorerData();
  const filtered = filterEntries(items, filters, itemById, foundTextMatcher(filters.q, getTextMatches(filters.q).all));
  filteredCache.set(key, filtered);
  if (filteredCache.size > FILTERED_CACHE_SIZE) filteredCache.delete(filteredCache.keys().next().value ?? key);
  return filtered;
}
