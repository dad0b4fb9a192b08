/**
 * The full-text search index over every news event and statement, built once per server process
 * on first use (lib/search: the bigram index, chosen on measurement; see docs/BENCHMARKS.md), and
 * what is asked of it: the search the page and the API run with the explorer's filters, the entries
 * whose full text holds the explorer's `q`, and the paragraphs of one statement that do.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { blockAnchors } from '@/lib/chronology/statement-anchors';
import { emptyFilters, filterItems, type ExplorerFilters } from '@/lib/explorer';
import { readTextQuery } from '@/lib/explorer/text-query';
import {
  buildSearchIndex,
  findEntries,
  search,
  searchDocuments,
  type SearchEntry,
  type SearchIndex,
  type SearchOrder,
  type SearchQuery,
  type SearchResult,
  type Snippet,
} from '@/lib/search';
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
  const allowed = new Set(filterItems(items, { ...emptyFilters, outlets, partners, kind }).map((item) => item.id));
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

let version: string | undefined;

/**
 * A version of what the index would hold, without building it (the home page names it): the
 * explorer's match answers are kept for good under it (app/api/explorer-matches), and a restart
 * with other data gives another. The news texts are in the items file, whose version it takes;
 * the statements (bodies and the anchors' numbering) are hashed here.
 */
export function getSearchVersion(): string {
  if (version) return version;
  const hash = createHash('sha256').update(getExplorerData().itemsVersion);
  for (const statement of getStatements()) {
    // The anchors too: a new scheme with the same text must not be answered from a kept answer.
    hash.update(JSON.stringify([statement.slug, statement.title, statement.lead, statement.blocks, blockAnchors(statement.blocks)]));
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The ids of the entries found for a query, by kind: the last few queries are kept. */
interface TextMatches {
  /** Event ids and statement slugs together (they never collide: see ExplorerItem.id). */
  all: ReadonlySet<string>;
  /** Statement slugs alone, in the index's order (newest first). */
  statements: readonly string[];
}

const matchesCache = new Map<string, TextMatches>();
const MATCHES_CACHE_SIZE = 64;
const NO_MATCHES: TextMatches = { all: new Set(), statements: [] };

/**
 * The entries whose full text (a statement's body included) holds the explorer's `q`, read with
 * the search's query language. A blank `q` is not a query: callers check `readTextQuery` first;
 * here it, and a refused query, find nothing.
 */
export function getTextMatches(q: string): TextMatches {
  const text = readTextQuery(q);
  if (text.kind !== 'query') return NO_MATCHES;
  const key = q.trim();
  const hit = matchesCache.get(key);
  if (hit) return hit;
  const index = getSearchIndex();
  const all = new Set<string>();
  const statements: string[] = [];
  for (const e of findEntries(index, text.query)) {
    const entry = index.entries[e];
    if (!entry) continue;
    all.add(entry.key);
    if (entry.kind === 'statement') statements.push(entry.key);
  }
  const matches = { all, statements };
  matchesCache.set(key, matches);
  if (matchesCache.size > MATCHES_CACHE_SIZE) matchesCache.delete(matchesCache.keys().next().value ?? key);
  return matches;
}

/** What the panel shows of one statement for a query: the passages that hold it. */
export interface StatementMatches {
  /** Up to SNIPPETS_PER_HIT passages in reading order, each with its anchor on the page. */
  snippets: Snippet[];
  /** How many of the statement's units (title, lead, paragraphs, turns) hold a term. */
  matchedUnits: number;
}

/** The passages of a statement that hold `q`, or null when the statement does not match it. */
export function getStatementMatches(slug: string, q: string): StatementMatches | null {
  const text = readTextQuery(q);
  if (text.kind !== 'query') return null;
  const result = search(getSearchIndex(), text.query, { pageSize: 1, filter: (entry) => entry.kind === 'statement' && entry.key === slug });
  const hit = result.hits[0];
  return hit ? { snippets: hit.snippets, matchedUnits: hit.matchedUnits } : null;
}
