/**
 * The full-text search index over every news event and statement, built once per server process
 * on first use (lib/search: the bigram index, chosen on measurement; see docs/BENCHMARKS.md).
 */
import 'server-only';
import { buildSearchIndex, searchDocuments, type SearchIndex } from '@/lib/search';
import { getEvents, getStatements } from './chronology';

let cached: SearchIndex | undefined;

/** The search index of the chronology the server read at start. */
export function getSearchIndex(): SearchIndex {
  cached ??= buildSearchIndex(searchDocuments(getEvents(), getStatements()));
  return cached;
}
