/**
 * The search itself: the entries (news events and statements) that hold every included term and
 * no excluded one, newest first or by relevance, a page at a time, each with snippets linking to
 * the paragraph they quote, and the counts per kind and per year of all the entries found (when
 * a phrase first and last appears).
 */
import { matchTerm, termEntries, termUnit, type SearchIndex, type TermMatch } from './bigram-index';
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
  return entriesHolding(index, query.include.map((term) => matchTerm(index, term.text)), query, filter);
}

/** The entries holding each of `included` (the included terms, looked up) and no excluded term. */
function entriesHolding(
  index: SearchIndex,
  included: readonly TermMatch[],
  query: SearchQuery,
  filter?: (entry: SearchEntry) => boolean,
): number[] {
  const size = index.entries.length;
  if (included.length === 0) return [];
  // found[e]: how many included terms entry e holds so far.
  const found = new Uint8Array(size);
  included.forEach((match, t) =>
    termEntries(index, match, (entry) => {
      if (found[entry] === t) found[entry] = t + 1;
    }),
  );
  for (const term of query.exclude) termEntries(index, matchTerm(index, term.text), (entry) => (found[entry] = 0));
  const entries: number[] = [];
  for (let e = 0; e < size; e++) {
    if (found[e] !== included.length) continue;
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
function relevance(index: SearchIndex, entry: number, found: readonly TermMatch[]): number {
  const first = index.entryUnits[entry] ?? 0;
  const last = index.entryUnits[entry + 1] ?? first;
  let score = 0;
  for (const match of found) {
    let units = 0;
    for (let unit = first; unit < last && units < 10; unit++) if (termUnit(index, match, unit)) units++;
    score += units;
    if (index.units[first]?.field === 'title' && termUnit(index, match, first)) score += 5;
  }
  return score;
}

/** The units of one entry that hold any of the terms, in reading order. */
function matchingUnits(index: SearchIndex, entry: number, found: readonly TermMatch[]): number[] {
  const units: number[] = [];
  for (let unit = index.entryUnits[entry] ?? 0; unit < (index.entryUnits[entry + 1] ?? 0); unit++) {
    if (found.some((match) => termUnit(index, match, unit))) units.push(unit);
  }
  return units;
}

function hitOf(index: SearchIndex, entry: number, terms: readonly string[], found: readonly TermMatch[]): SearchHit {
  const units = matchingUnits(index, entry, found);
  const snippets: Snippet[] = [];
  for (const unit of units) {
    const item = index.units[unit];
    if (!item || item.field === 'title') continue;
    if (snippets.length === SNIPPETS_PER_HIT) break;
    snippets.push(makeSnippet(item, terms));
  }
  const hit = index.entries[entry] as SearchEntry;
  return { entry: hit, title: markText(hit.title, terms), snippets, matchedUnits: units.length };
}

/** Searches the index. The query comes from `parseQuery`, which has refused what cannot run. */
export function search(index: SearchIndex, query: SearchQuery, options: SearchOptions = {}): SearchResult {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? SEARCH_PAGE_SIZE));
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const order = options.order ?? 'newest';
  const terms = query.include.map((term) => term.text);
  const units = terms.map((term) => matchTerm(index, term));
  let found = entriesHolding(index, units, query, options.filter);
  const counts = countEntries(index, found);
  if (order === 'relevance') {
    const scores = new Map(found.map((e) => [e, relevance(index, e, units)]));
    found = [...found].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  }
  const hits = found.slice((page - 1) * pageSize, page * pageSize).map((entry) => hitOf(index, entry, terms, units));
  return { total: found.length, page, pageSize, pages: Math.ceil(found.length / pageSize), order, hits, counts };
}
