import { describe, expect, it } from 'vitest';
import { parseSearchApiQuery } from '@/lib/api/search-query';
import { explorerEntryHref, initialSearchState, parseSearchUrl, searchHref, snippetHref } from '@/lib/search-page';

const known = { outlets: new Set(['nikkei', 'kyodo']), partners: new Set(['NATO', 'EU']) };

describe('the search page URL', () => {
  it('reads the query, the explorer filters, the order and the page with the explorer readers', () => {
    const { state, dropped, typed } = parseSearchUrl('q=%20NATO%20&outlet=nikkei&partner=nato&partner=eu&kind=news&order=Relevance&page=3', known);
    expect(state).toEqual({ q: 'NATO', outlets: ['nikkei'], partners: ['NATO', 'EU'], kind: 'news', order: 'relevance', page: 3 });
    expect(dropped).toEqual([]);
    expect(typed).toBe(' NATO ');
  });

  it('drops bad values with their reasons and keeps the typed query to show back', () => {
    const { state, dropped, typed } = parseSearchUrl(`q=${'あ'.repeat(201)}&order=oldest&page=0&outlet=asahi`, known);
    expect(state).toEqual(initialSearchState);
    expect(dropped.map((value) => value.reason)).toEqual(['query-too-long', 'unknown-order', 'invalid-page', 'unknown-outlet']);
    expect(typed).toBe('あ'.repeat(201));
    expect(parseSearchUrl('q=%E3%81', known).dropped).toEqual([{ param: 'q', value: '\uFFFD', reason: 'invalid-encoding' }]);
  });

  it('tells no q from an empty one', () => {
    expect(parseSearchUrl('', known).typed).toBeNull();
    expect(parseSearchUrl('q=', known).typed).toBe('');
  });

  it('writes a state back in one canonical form that reads back the same', () => {
    const state = { q: '事務総長 "共同声明"', outlets: ['kyodo'], partners: ['NATO', 'EU'], kind: 'statement' as const, order: 'relevance' as const, page: 2 };
    const href = searchHref(state);
    expect(href).toBe('/search?q=%E4%BA%8B%E5%8B%99%E7%B7%8F%E9%95%B7%20%22%E5%85%B1%E5%90%8C%E5%A3%B0%E6%98%8E%22&outlet=kyodo&partner=NATO,EU&kind=statement&order=relevance&page=2');
    expect(parseSearchUrl(href.slice(href.indexOf('?') + 1), known).state).toEqual(state);
    expect(searchHref(initialSearchState)).toBe('/search');
  });

  it('links a snippet to its paragraph, with the query for the statement page to mark', () => {
    expect(snippetHref('statement', '2025-08-28-japan-uk', 'p-12', 'GCAP 協力')).toBe('/statements/2025-08-28-japan-uk?hl=GCAP%20%E5%8D%94%E5%8A%9B#p-12');
    expect(snippetHref('statement', 'x', 'qa-3')).toBe('/statements/x#qa-3');
    expect(snippetHref('news', '2507-062601', null)).toBe('/events/2507-062601');
    expect(explorerEntryHref('2507-062601')).toBe('/?event=2507-062601');
  });
});

describe('the GET /api/search query', () => {
  const parse = (query: string) => parseSearchApiQuery(new URLSearchParams(query), known);

  it('accepts a query with filters, order and page', () => {
    const result = parse('q=NATO -中国&kind=news&order=relevance&page=2');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.query.include.map((term) => term.text)).toEqual(['nato']);
    expect(result.query.exclude.map((term) => term.text)).toEqual(['中国']);
    expect(result.state).toMatchObject({ kind: 'news', order: 'relevance', page: 2 });
  });

  it('refuses a missing, empty or exclusion-only q, naming q', () => {
    for (const query of ['', 'q=', 'q=%20%20', 'q=-NATO', 'q=%E3%81', `q=${'a'.repeat(10_000)}`]) {
      expect(parse(query), query).toMatchObject({ ok: false, errors: [{ param: 'q' }] });
    }
  });

  it('names every bad parameter: unknown, repeated, an unknown order, a bad page', () => {
    const result = parse('q=a&q=b&order=oldest&page=x&foo=1&outlet=asahi');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.param).sort()).toEqual(['foo', 'order', 'outlet', 'page', 'q']);
  });
});
