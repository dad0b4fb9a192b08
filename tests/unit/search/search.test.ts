import { describe, expect, it } from 'vitest';
import { buildSearchIndex, parseQuery, search, type SearchQuery } from '@/lib/search';
import { documents } from './fixtures';

const index = buildSearchIndex(documents);
function query(input: string): SearchQuery {
  const parsed = parseQuery(input);
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return parsed.query;
}
const keys = (input: string, options = {}) => search(index, query(input), options).hits.map((hit) => hit.entry.key);

describe('search', () => {
  it('finds the entries holding every term, newest first', () => {
    expect(keys('GCAP')).toEqual(['2508-082801', '2025-08-28-japan-uk-defence-ministers']);
    expect(keys('不可分 安全保障')).toEqual(['2025-08-28-japan-uk-defence-ministers', '1404-030501']);
  });

  it('finds terms in different units of one entry (AND is per entry)', () => {
    expect(keys('NATO 暗号資産')).toEqual(['1404-030501']);
  });

  it('leaves out the entries holding an excluded term', () => {
    expect(keys('日本 -EU')).toEqual(['1404-030501']);
  });

  it('finds a phrase across a line break, and not its words apart', () => {
    expect(keys('"Secretary of State"')).toEqual(['2025-08-28-japan-uk-defence-ministers']);
    expect(keys('"State Secretary"')).toEqual([]);
  });

  it('finds a single character', () => {
    expect(keys('英')).toEqual(['2508-082801', '2025-08-28-japan-uk-defence-ministers']);
  });

  it('counts per kind and per year, with the first and last appearance', () => {
    const { total, counts } = search(index, query('日本'));
    expect(total).toBe(2);
    expect(counts).toEqual({
      byKind: { news: 2, statement: 0 },
      byYear: [
        { year: 2014, count: 1 },
        { year: 2019, count: 1 },
      ],
      firstDate: '2014-03-05',
      lastDate: '2019-12-01',
    });
  });

  it('applies a filter before counting', () => {
    const result = search(index, query('GCAP'), { filter: (entry) => entry.kind === 'statement' });
    expect(result.total).toBe(1);
    expect(result.counts.byKind).toEqual({ news: 0, statement: 1 });
  });

  it('pages through the entries found', () => {
    const second = search(index, query('GCAP'), { page: 2, pageSize: 1 });
    expect([second.total, second.pages, second.hits.map((hit) => hit.entry.key)]).toEqual([2, 2, ['2025-08-28-japan-uk-defence-ministers']]);
    expect(search(index, query('GCAP'), { page: 9 }).hits).toEqual([]);
  });

  it('orders by relevance on request: a title match, then more units holding the terms first', () => {
    const paragraph = (text: string) => ({ field: 'paragraph' as const, text, anchor: null, speaker: null });
    const entry = (key: string, date: string, title: string) => ({ kind: 'statement' as const, key, title, date, time: null });
    const title = (text: string) => ({ ...paragraph(text), field: 'title' as const });
    const ranked = buildSearchIndex([
      { entry: entry('newest', '2025-01-01', '会談'), units: [title('会談'), paragraph('ACSA')] },
      { entry: entry('more-units', '2020-01-01', '会談'), units: [title('会談'), paragraph('ACSA'), paragraph('ACSA')] },
      { entry: entry('in-title', '2015-01-01', 'ACSA署名'), units: [title('ACSA署名'), paragraph('ACSA')] },
    ]);
    const order = (o: 'newest' | 'relevance') => search(ranked, query('acsa'), { order: o }).hits.map((hit) => hit.entry.key);
    expect(order('newest')).toEqual(['newest', 'more-units', 'in-title']);
    expect(order('relevance')).toEqual(['in-title', 'more-units', 'newest']);
  });
});

describe('snippets', () => {
  it('point at the matches in the text as written, with the anchor of their paragraph', () => {
    const [news, statement] = search(index, query('GCAP')).hits;
    expect(news?.title.matches.map((m) => news.title.text.slice(m.start, m.end))).toEqual(['ＧＣＡＰ']);
    const snippet = news?.snippets[0];
    expect(snippet?.matches.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['GCAP']);
    expect(statement?.snippets.map((s) => [s.anchor, s.field])).toEqual([
      ['en-1', 'english'],
      ['qa-1', 'turn'],
    ]);
  });

  it('highlight a phrase over the space and the line break it was found across', () => {
    const snippet = search(index, query('"secretary of state" 事務総長')).hits[0]?.snippets;
    expect(snippet).toBeUndefined();
    const [hit] = search(index, query('"secretary of state"')).hits;
    const found = hit?.snippets[0];
    expect(found?.matches.map((m) => found.text.slice(m.start, m.end))).toEqual(['Secretary of\nState']);
    const [office] = search(index, query('事務総長')).hits;
    const text = office?.snippets[0];
    expect(text?.matches.map((m) => text.text.slice(m.start, m.end))).toEqual(['事務 総長']);
  });

  it('are at most three per hit, and windows of a long text around the match', () => {
    const long = 'あ'.repeat(500) + 'GCAP' + 'い'.repeat(500);
    const many = buildSearchIndex([
      {
        entry: { kind: 'statement', key: 'long', title: 't', date: '2020-01-01', time: null },
        units: Array.from({ length: 5 }, (_, i) => ({ field: 'paragraph' as const, text: long, anchor: `p-${i + 1}`, speaker: null })),
      },
    ]);
    const [hit] = search(many, query('gcap')).hits;
    expect(hit?.snippets.map((s) => s.anchor)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(hit?.matchedUnits).toBe(5);
    const snippet = hit?.snippets[0];
    expect(snippet && [snippet.clippedStart, snippet.clippedEnd, snippet.text.length <= 121]).toEqual([true, true, true]);
    expect(snippet?.matches.map((m) => snippet.text.slice(m.start, m.end))).toEqual(['GCAP']);
  });
});
