/**
 * The explorer's free text (`q`) with the query language of the full-text search (lib/search:
 * AND of terms, "phrases", -exclusions, the same fold), so that the explorer, its list view,
 * `/api/events` and `/search` find the same entries.
 *
 * An entry matches when each included term occurs in one of its texts and no excluded term in
 * any. A news event's texts are its title, summary and notes, which the browser has; a
 * statement's are its title, lead and whole body, which only the server has: the browser asks it
 * for the statements that match (app/api/explorer-matches) and reads news matches itself.
 */
import { normaliseText } from '@/lib/search/normalise';
import { parseQuery, type SearchQuery } from '@/lib/search/query';
import type { ExplorerItem } from './types';

export type TextQuery =
  /** No free text: every entry passes. */
  | { kind: 'none' }
  /** Free text that cannot run (only exclusions, say): no entry passes. */
  | { kind: 'refused' }
  | { kind: 'query'; query: SearchQuery };

/** Reads the explorer's `q` as the full-text search reads its query. */
export function readTextQuery(q: string): TextQuery {
  if (q.trim().length === 0) return { kind: 'none' };
  const parsed = parseQuery(q);
  if (parsed.ok) return { kind: 'query', query: parsed.query };
  return parsed.problem.code === 'empty' ? { kind: 'none' } : { kind: 'refused' };
}

/** Whether an entry's full text holds the query: the one question the text filter asks. */
export type TextMatcher = (item: ExplorerItem) => boolean;

// Items are immutable once built: fold each one's texts once, however often the query changes.
const foldedTexts = new WeakMap<ExplorerItem, readonly string[]>();
function foldedTextsOf(item: ExplorerItem): readonly string[] {
  let texts = foldedTexts.get(item);
  if (!texts) {
    texts = [item.title, item.summary, ...item.notes].map(normaliseText);
    foldedTexts.set(item, texts);
  }
  return texts;
}

/**
 * Whether the texts the item carries (title, summary or lead, notes) hold the query, term by
 * term as lib/search/scan.ts reads it. For a news event these are all its texts; for a statement
 * they leave its body out.
 */
export function carriedTextsMatch(item: ExplorerItem, query: SearchQuery): boolean {
  const texts = foldedTextsOf(item);
  const has = (term: string) => texts.some((text) => text.includes(term));
  return query.include.every((term) => has(term.text)) && !query.exclude.some((term) => has(term.text));
}

/** Every entry passes a blank query, none a refused one. */
function trivialMatcher(text: TextQuery): TextMatcher | null {
  if (text.kind === 'none') return () => true;
  if (text.kind === 'refused') return () => false;
  return null;
}

/**
 * The matcher the browser uses: news events by their own texts, statements by the slugs the
 * server found in their full text.
 */
export function browserTextMatcher(q: string, matchingStatements: ReadonlySet<string>): TextMatcher {
  const text = readTextQuery(q);
  const trivial = trivialMatcher(text);
  if (trivial || text.kind !== 'query') return trivial ?? (() => false);
  return (item) => (item.kind === 'news' ? carriedTextsMatch(item, text.query) : matchingStatements.has(item.id));
}

/**
 * A matcher over the texts the items carry only (a statement's body left out): what the
 * browser falls back on when the server cannot be asked, and what a test without a search
 * index uses.
 */
export function carriedTextMatcher(q: string): TextMatcher {
  const text = readTextQuery(q);
  const trivial = trivialMatcher(text);
  if (trivial || text.kind !== 'query') return trivial ?? (() => false);
  return (item) => carriedTextsMatch(item, text.query);
}

/** A matcher from the ids (event ids and statement slugs) the server's index found. */
export function foundTextMatcher(q: string, found: ReadonlySet<string>): TextMatcher {
  return trivialMatcher(readTextQuery(q)) ?? ((item) => found.has(item.id));
}

/** Whether the browser must ask the server before it can filter by this `q`. */
export function needsStatementMatches(q: string): boolean {
  return readTextQuery(q).kind === 'query';
}

/**
 * Where the browser asks which statements hold `q` (app/api/explorer-matches), or, with a
 * statement's slug, which of its passages do; under the search version the page named.
 */
export function explorerMatchesUrl(version: string, q: string, statement?: string): string {
  const params = new URLSearchParams({ v: version, q: q.trim() });
  if (statement !== undefined) params.set('statement', statement);
  return `/api/explorer-matches?${params.toString()}`;
}
