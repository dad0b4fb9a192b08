/**
 * The search itself: the entries (news events and statements) that hold every included term and
 * no excluded one, newest first or by relevance, a page at a time, each with snippets linking to
 * the paragraph they quote, and the counts per kind and per year of all the entries found (when
 * a phrase first and last appears).
 */
import { markEntriesContaining, matchingUnits, type SearchIndex } from './bigram-index';
import type { EntryKind, SearchEntry } from './documents';
import type { SearchQuery } from './query';
import { makeSnippet, markText, type MarkedText, type Snippet } from './snippets';

export const SEARCH_PAGE_SIZE = 50;
export const SNIPPETS_PER_HIT = 3;

export type SearchOrder = 'newest' | 'relevance';

export interface SearchOptions {
  /** 1-based; a page past the last gives no hits (the counts are still there). */
  page?: number;
  pageSize?: number;
  order?: SearchOrder;
  /** Applied before counting: only the entries it accepts are found. */
  filter?: (entry: SearchEntry) => boolean;
}

export interface SearchHit {
  entry: SearchEntry;
  /** The entry's title with the matches in it (often none). */
  title: MarkedText;
  /** Up to SNIPPETS_PER_HIT, from the units other than the title, in reading order. */
  snippets: Snippet[];
  /** How many units (paragraphs, turns, …), the title included, hold a term. */
  matchedUnits: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface SearchCounts {
  byKind: Record<EntryKind, number>;
  /** Years with at least one entry found, oldest first; entries without a date are left out. */
  byYear: YearCount[];
  /** The dates of the oldest and newest entries found (first and last appearance). */
  firstDate: string | null;
  lastDate: string | null;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  order: SearchOrder;
  hits: SearchHit[];
  counts: SearchCounts;
}

/** The numbers of the entries found, ascending (newest first). */
export function findEntries(index: SearchIndex, query: SearchQuery, filter?: (entry: SearchEntry) => boolean): number[] {
  const size = index.entries.length;
  let found: Uint8Array | null = null;
  for (const term of [...query.include].sort((a, b) => b.text.length - a.text.length)) {
    const marks = new Uint8Array(size);
    markEntriesContaining(index, term.text, marks, found ?? undefined);
    if (found) for (let e = 0; e < size; e++) found[e] = (found[e] ?? 0) & (marks[e] ?? 0);
    else found = marks;
  }
  if (!found) return [];
  for (const term of query.exclude) {
    const marks = new Uint8Array(size);
    markEntriesContaining(index, term.text, marks);
    for (let e = 0; e < size; e++) if (marks[e] === 1) found[e] = 0;
  }
  const entries: number[] = [];
  for (let e = 0; e < size; e++) {
    if (found[e] !== 1) continue;
    if (filter && !filter(index.entries[e] as SearchEntry)) continue;
    entries.push(e);
  }
  return entries;
}

/** Counts per kind and per year, and the first and last dates, of the entries found. */
function countEntries(index: SearchIndex, found: readonly number[]): SearchCounts {
  const byKind: Record<EntryKind, number> = { news: 0, statement: 0 };
  const years = new Map<number, number>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const e of found) {
    const entry = index.entries[e] as SearchEntry;
    byKind[entry.kind]++;
    const year = index.years[e] ?? 0;
    if (year > 0) years.set(year, (years.get(year) ?? 0) + 1);
    if (entry.date) {
      // Entries are numbered newest first: the first dated one seen is the last appearance.
      lastDate ??= entry.date;
      firstDate = entry.date;
    }
  }
  const byYear = [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
  return { byKind, byYear, firstDate, lastDate };
}

/**
 * A score for ordering by relevance: each term counts once per unit holding it, up to 10 units,
 * and 5 more when it is in the title. Ties stay newest first.
 */
function relevance(index: SearchIndex, entry: number, terms: readonly string[]): number {
  const first = index.entryUnits[entry] ?? 0;
  const last = index.entryUnits[entry + 1] ?? first;
  let score = 0;
  for (const term of terms) {
    let units = 0;
    for (let unit = first; unit < last && units < 10; unit++) if ((index.folded[unit] ?? '').includes(term)) units++;
    score += units;
    if (index.units[first]?.field === 'title' && (index.folded[first] ?? '').includes(term)) score += 5;
  }
  return score;
}

function hitOf(index: SearchIndex, entry: number, terms: readonly string[]): SearchHit {
  const units = matchingUnits(index, entry, terms);
  const snippets: Snippet[] = [];
  for (const unit of units) {
    const item = index.units[unit];
    if (!item || item.field === 'title') continue;
    if (snippets.length === SNIPPETS_PER_HIT) break;
    snippets.push(makeSnippet(item, terms));
  }
  const found = index.entries[entry] as SearchEntry;
  return { entry: found, title: markText(found.title, terms), snippets, matchedUnits: units.length };
}

/** Searches the index. The query comes from `parseQuery`, which has refused what cannot run. */
export function search(index: SearchIndex, query: SearchQuery, options: SearchOptions = {}): SearchResult {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? SEARCH_PAGE_SIZE));
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const order = options.order ?? 'newest';
  const terms = query.include.map((term) => term.text);
  let found = findEntries(index, query, options.filter);
  const counts = countEntries(index, found);
  if (order === 'relevance') {
    const scores = new Map(found.map((e) => [e, relevance(index, e, terms)]));
    found = [...found].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  }
  const hits = found.slice((page - 1) * pageSize, page * pageSize).map((entry) => hitOf(index, entry, terms));
  return { total: found.length, page, pageSize, pages: Math.ceil(found.length / pageSize), order, hits, counts };
}
