import { describe, expect, it } from 'vitest';
import { parseEventsQuery } from '@/lib/api/events-query';
import { parseExplorerUrl } from '@/lib/explorer';
import {
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  readEvent,
  readKind,
  readOrder,
  readOutlets,
  readPage,
  readPartners,
  readQuery,
  readView,
  rejectedInQueryOrder,
  valuesByParam,
} from '@/lib/url-params';

const outlets = new Set(['kyodo', 'nikkei']);
const partners = new Set(['NATO', 'EU', 'NL']);
const ids = new Set(['2507-062601']);

describe('the list readers (outlet, partner)', () => {
  it('split commas, join repeats, normalise case and keep each value once', () => {
    expect(readOutlets(['Kyodo,nikkei', ' kyodo ,'], outlets)).toEqual({ value: ['kyodo', 'nikkei'], rejected: [] });
    expect(readPartners(['nato', 'EU,nl'], partners)).toEqual({ value: ['NATO', 'EU', 'NL'], rejected: [] });
  });

  it('reject an unknown value as written, keeping the known ones', () => {
    expect(readOutlets(['kyodo,BBC'], outlets)).toEqual({ value: ['kyodo'], rejected: [{ param: 'outlet', value: 'BBC', reason: 'unknown-outlet' }] });
    expect(readPartners(['<script>'], partners).rejected).toEqual([{ param: 'partner', value: '<script>', reason: 'unknown-partner' }]);
  });

  it('read no values, or only blanks, as no filter', () => {
    expect(readOutlets([], outlets)).toEqual({ value: [], rejected: [] });
    expect(readPartners([',', ' '], partners)).toEqual({ value: [], rejected: [] });
  });
});

describe('the single-valued readers', () => {
  it('take the first value, trimmed, and reject a later one as repeated', () => {
    expect(readQuery([' 事務総長 ', 'b'])).toEqual({ value: '事務総長', rejected: [{ param: 'q', value: 'b', reason: 'repeated' }] });
    expect(readView(['list', 'timeline']).rejected).toEqual([{ param: 'view', value: 'timeline', reason: 'repeated' }]);
  });

  it('pass over empty values silently', () => {
    expect(readQuery(['', ' ', 'a'])).toEqual({ value: 'a', rejected: [] });
    expect(readKind(['', 'news'])).toEqual({ value: 'news', rejected: [] });
  });

  it('still take a good value after a rejected one', () => {
    expect(readKind(['poem', 'statement'])).toEqual({ value: 'statement', rejected: [{ param: 'kind', value: 'poem', reason: 'unknown-kind' }] });
  });

  it('read q up to MAX_QUERY_LENGTH characters, not bytes, and refuse a broken escape', () => {
    expect(readQuery(['😀'.repeat(MAX_QUERY_LENGTH)]).rejected).toEqual([]);
    expect(readQuery(['あ'.repeat(MAX_QUERY_LENGTH + 1)]).rejected[0]?.reason).toBe('query-too-long');
    expect(readQuery(['a\uFFFD']).rejected[0]?.reason).toBe('invalid-encoding');
  });

  it('read kind and view in any case, kind=all as no filter, and fall back to the defaults', () => {
    expect(readKind(['ALL']).value).toBeNull();
    expect(readKind(['News']).value).toBe('news');
    expect(readView(['LIST']).value).toBe('list');
    expect(readView([])).toEqual({ value: 'timeline', rejected: [] });
  });

  it('read an event only when it is known', () => {
    expect(readEvent(['2507-062601'], ids).value).toBe('2507-062601');
    expect(readEvent(['9999-999999'], ids)).toEqual({ value: null, rejected: [{ param: 'event', value: '9999-999999', reason: 'unknown-event' }] });
  });

  it('read a page as a whole number from 1 to MAX_PAGE', () => {
    expect(readPage(['3']).value).toBe(3);
    expect(readPage([String(MAX_PAGE)]).value).toBe(MAX_PAGE);
    for (const bad of ['0', '1.5', '２', String(MAX_PAGE + 1)]) expect(readPage([bad])).toEqual({ value: 1, rejected: [{ param: 'page', value: bad, reason: 'invalid-page' }] });
  });
});

describe('reading a whole query', () => {
  it('groups values by parameter in the order each first appears', () => {
    const values = valuesByParam('kind=x&q=a&kind=y&utm=1');
    expect([...values]).toEqual([
      ['kind', ['x', 'y']],
      ['q', ['a']],
      ['utm', ['1']],
    ]);
    expect(valuesByParam({ outlet: ['a', 'b'], q: undefined, kind: 'news' })).toEqual(new Map([['outlet', ['a', 'b']], ['kind', ['news']]]));
  });

  it('reports rejections parameter by parameter in that order', () => {
    const values = valuesByParam('view=map&kind=poem');
    expect(rejectedInQueryOrder(values, { kind: readKind(values.get('kind') ?? []), view: readView(values.get('view') ?? []) }).map((r) => r.param)).toEqual(['view', 'kind']);
  });

  it('makes the page drop exactly the values the API refuses', () => {
    const known = { outlets, partners, ids };
    for (const query of ['outlet=asahi,kyodo', 'partner=XX', `q=${'あ'.repeat(201)}`, 'q=%E3%81', 'kind=poem', 'q=a&q=b', 'kind=news&kind=news']) {
      const page = parseExplorerUrl(query, known).dropped.map(({ param }) => param);
      const api = parseEventsQuery(new URLSearchParams(query), known);
      expect(api.ok, query).toBe(false);
      expect(api.ok ? [] : api.errors.map(({ param }) => param), query).toEqual(page);
    }
    expect(parseEventsQuery(new URLSearchParams('outlet=Kyodo&partner=nato&kind=all'), known)).toEqual({
      ok: true,
      filters: { outlets: ['kyodo'], partners: ['NATO'], q: '', kind: null, from: null, to: null, milestones: false },
    });
  });
});

describe('the order reader', () => {
  it('reads newest or relevance in any case, newest by default', () => {
    expect(readOrder([])).toEqual({ value: 'newest', rejected: [] });
    expect(readOrder(['RELEVANCE'])).toEqual({ value: 'relevance', rejected: [] });
    expect(readOrder(['', 'newest'])).toEqual({ value: 'newest', rejected: [] });
  });

  it('rejects anything else, and a second value', () => {
    expect(readOrder(['.*'])).toEqual({ value: 'newest', rejected: [{ param: 'order', value: '.*', reason: 'unknown-order' }] });
    expect(readOrder(['relevance', 'newest']).rejected).toEqual([{ param: 'order', value: 'newest', reason: 'repeated' }]);
  });
});
