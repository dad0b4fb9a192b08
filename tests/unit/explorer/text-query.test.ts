import { describe, expect, it } from 'vitest';
import { fixtureBodyOnlyTerm, fixtureChronology } from '../../app-fixture';
import {
  browserTextMatcher,
  carriedTextMatcher,
  emptyFilters,
  filterEntries,
  filterItems,
  foundTextMatcher,
  readTextQuery,
  type ExplorerItem,
} from '@/lib/explorer';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { buildSearchIndex, findEntries, parseQuery, searchDocuments } from '@/lib/search';

const chronology = fixtureChronology();
const items = toExplorerItems(chronology.events, chronology.statements, chronology.related);
const index = buildSearchIndex(searchDocuments(chronology.events, chronology.statements));

/** What the server's index finds for q, by kind: what lib/data hands the page and the browser. */
function found(q: string): { all: Set<string>; statements: Set<string> } {
  const parsed = parseQuery(q);
  const entries = parsed.ok ? findEntries(index, parsed.query).flatMap((e) => index.entries[e] ?? []) : [];
  return { all: new Set(entries.map((e) => e.key)), statements: new Set(entries.filter((e) => e.kind === 'statement').map((e) => e.key)) };
}

const ids = (list: readonly ExplorerItem[]) => list.map((item) => item.id);

describe('readTextQuery', () => {
  it('reads blank text as no query, and a query of exclusions alone as one nothing passes', () => {
    expect(readTextQuery('  　').kind).toBe('none');
    expect(readTextQuery('-NATO').kind).toBe('refused');
    expect(readTextQuery('NATO -EU').kind).toBe('query');
  });
});

describe('the full-text filter', () => {
  const { term, slug } = fixtureBodyOnlyTerm();

  it('finds a statement by a term of its body that no title or summary holds', () => {
    const filters = { ...emptyFilters, q: term };
    expect(ids(filterItems(items, filters))).toEqual([]);
    expect(ids(filterItems(items, filters, foundTextMatcher(term, found(term).all)))).toEqual([slug]);
    expect(ids(filterItems(items, filters, browserTextMatcher(term, found(term).statements)))).toEqual([slug]);
  });

  // AND, phrases, exclusions, width and case: the browser's matcher (news by their own texts,
  // statements by the server's slugs) and the server's index agree, entries and option counts.
  const queries = [term, 'NATO', 'ｎａｔｏ', 'NATO 事務総長', 'NATO -EU', '"日 英"', `${term} -${term}`, '防衛 協力', '-NATO', 'ブラジル'];
  it.each(queries)('keeps the same entries in the browser as on the server for %s', (q) => {
    const filters = { ...emptyFilters, q };
    const server = filterEntries(items, filters, undefined, foundTextMatcher(q, found(q).all));
    const browser = filterEntries(items, filters, undefined, browserTextMatcher(q, found(q).statements));
    expect(ids(browser.visible)).toEqual(ids(server.visible));
    expect(browser.counts).toEqual(server.counts);
  });

  it('reads only the texts the items carry when no index answers', () => {
    const matcher = carriedTextMatcher('NATO -EU');
    for (const item of items) {
      const texts = [item.title, item.summary, ...item.notes].join('\n').normalize('NFKC').toLowerCase();
      expect(matcher(item)).toBe(texts.includes('nato') && !texts.includes('eu'));
    }
  });
});
