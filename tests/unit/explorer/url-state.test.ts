import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, explorerHref, initialState, parseExplorerUrl, serializeExplorerState, type ExplorerState } from '@/lib/explorer';

const known = {
  outlets: new Set(['kyodo', 'nikkei', 'jiji']),
  partners: new Set(['NATO', 'EU', 'NL', 'LV']),
  ids: new Set(['2507-062601', '1305-041501', '2025-08-28-japan-uk-defence-ministers']),
};

describe('parseExplorerUrl', () => {
  it('reads every parameter of a full URL', () => {
    const { state, dropped } = parseExplorerUrl('?outlet=kyodo,nikkei&partner=NATO,EU&q=%E4%BC%9A%E8%AB%87&kind=news&from=2022-06&to=2023&milestones=1&event=2507-062601&window=2022-06-01..2023-01-01T12:30&view=list&page=3', known);
    expect(state).toEqual({ outlets: ['kyodo', 'nikkei'], partners: ['NATO', 'EU'], q: '会談', kind: 'news', from: '2022-06', to: '2023', milestones: true, event: '2507-062601', view: 'list', page: 3, window: '2022-06-01..2023-01-01T12:30' });
    expect(dropped).toEqual([]);
  });

  it('gives the initial state for an empty query string', () => {
    expect(parseExplorerUrl('', known)).toEqual({ state: initialState, dropped: [] });
  });

  it('accepts repeated parameters, as a plain GET form sends them', () => {
    const { state } = parseExplorerUrl('outlet=kyodo&outlet=jiji&partner=NATO&partner=LV,EU', known);
    expect(state.outlets).toEqual(['kyodo', 'jiji']);
    expect(state.partners).toEqual(['NATO', 'LV', 'EU']);
  });

  it('reads the searchParams object Next gives a page', () => {
    const { state } = parseExplorerUrl({ outlet: ['kyodo', 'nikkei'], partner: 'EU', q: 'NATO', kind: undefined }, known);
    expect(state).toMatchObject({ outlets: ['kyodo', 'nikkei'], partners: ['EU'], q: 'NATO', kind: null });
  });

  it('reads partner codes in any case and drops repeats of a value', () => {
    const { state, dropped } = parseExplorerUrl('partner=nato,NATO,eu', known);
    expect(state.partners).toEqual(['NATO', 'EU']);
    expect(dropped).toEqual([]);
  });

  it('drops and reports unknown outlets and partners but keeps the known ones', () => {
    const { state, dropped } = parseExplorerUrl('outlet=kyodo,bbc&partner=NATO,XX,<script>', known);
    expect(state.outlets).toEqual(['kyodo']);
    expect(state.partners).toEqual(['NATO']);
    expect(dropped).toEqual([
      { param: 'outlet', value: 'bbc', reason: 'unknown-outlet' },
      { param: 'partner', value: 'XX', reason: 'unknown-partner' },
      { param: 'partner', value: '<script>', reason: 'unknown-partner' },
    ]);
  });

  it(`drops a query longer than ${MAX_QUERY_LENGTH} characters, counting characters rather than bytes`, () => {
    const long = 'あ'.repeat(MAX_QUERY_LENGTH + 1);
    const { state, dropped } = parseExplorerUrl(new URLSearchParams({ q: long }), known);
    expect(state.q).toBe('');
    expect(dropped).toEqual([{ param: 'q', value: long, reason: 'query-too-long' }]);
    expect(parseExplorerUrl(new URLSearchParams({ q: '😀'.repeat(MAX_QUERY_LENGTH) }), known).dropped).toEqual([]);
  });

  it('drops a query with a broken percent-escape instead of searching for U+FFFD', () => {
    const { state, dropped } = parseExplorerUrl('q=%E3%81', known);
    expect(state.q).toBe('');
    expect(dropped).toEqual([{ param: 'q', value: '\uFFFD', reason: 'invalid-encoding' }]);
  });

  it('drops an unknown kind, view or event id', () => {
    const { state, dropped } = parseExplorerUrl('kind=tweet&view=map&event=9999-999999', known);
    expect(state).toEqual(initialState);
    expect(dropped.map((d) => d.reason)).toEqual(['unknown-kind', 'unknown-view', 'unknown-event']);
  });

  it('selects a statement by its slug', () => {
    expect(parseExplorerUrl('event=2025-08-28-japan-uk-defence-ministers', known).state.event).toBe('2025-08-28-japan-uk-defence-ministers');
  });

  it('keeps the first of two single-valued parameters and reports the second', () => {
    const { state, dropped } = parseExplorerUrl('kind=news&kind=statement&q=a&q=b', known);
    expect(state).toMatchObject({ kind: 'news', q: 'a' });
    expect(dropped).toEqual([
      { param: 'kind', value: 'statement', reason: 'repeated' },
      { param: 'q', value: 'b', reason: 'repeated' },
    ]);
  });

  it('takes an empty value, kind=all and view=timeline as the defaults, silently', () => {
    const { state, dropped } = parseExplorerUrl('outlet=&partner=,&q=%20&kind=all&event=&view=timeline', known);
    expect(state).toEqual(initialState);
    expect(dropped).toEqual([]);
  });

  it('ignores parameters that are not its own', () => {
    expect(parseExplorerUrl('utm_source=x&_rsc=1', known)).toEqual({ state: initialState, dropped: [] });
  });

  it('drops a page that is not a whole number from 1, and a second page', () => {
    for (const bad of ['0', '-2', '1.5', 'two', '1e3', '9999999', '２']) {
      const { state, dropped } = parseExplorerUrl(`view=list&page=${encodeURIComponent(bad)}`, known);
      expect(state.page).toBe(1);
      expect(dropped).toEqual([{ param: 'page', value: bad, reason: 'invalid-page' }]);
    }
    const { state, dropped } = parseExplorerUrl('view=list&page=4&page=5', known);
    expect(state.page).toBe(4);
    expect(dropped).toEqual([{ param: 'page', value: '5', reason: 'repeated' }]);
  });

  it('never throws on malformed percent-encoding or odd input', () => {
    expect(() => parseExplorerUrl('q=%E0%A4%A&outlet=%%&partner', known)).not.toThrow();
  });
});

describe('serializeExplorerState', () => {
  const state: ExplorerState = { outlets: ['kyodo', 'nikkei'], partners: ['NATO', 'EU'], q: '日本と NATO', kind: 'statement', from: '2022-06', to: '2023', milestones: true, event: '2507-062601', view: 'list', page: 2, window: '2022-01-01..2023-06-30T12:00' };

  it('writes lists with commas and the parameters in a fixed order', () => {
    expect(serializeExplorerState(state)).toBe('?outlet=kyodo,nikkei&partner=NATO,EU&q=%E6%97%A5%E6%9C%AC%E3%81%A8%20NATO&kind=statement&from=2022-06&to=2023&milestones=1&event=2507-062601&window=2022-01-01..2023-06-30T12:00&view=list&page=2');
  });

  it('writes the page only for the list view, and only from page 2', () => {
    expect(serializeExplorerState({ ...initialState, view: 'list', page: 1 })).toBe('?view=list');
    expect(serializeExplorerState({ ...initialState, view: 'timeline', page: 3 })).toBe('');
  });

  it('writes nothing for the initial state and leaves out the default view', () => {
    expect(serializeExplorerState(initialState)).toBe('');
    expect(explorerHref(initialState)).toBe('/');
    expect(explorerHref({ ...initialState, partners: ['NATO'] })).toBe('/?partner=NATO');
  });

  it('round-trips through parseExplorerUrl', () => {
    expect(parseExplorerUrl(serializeExplorerState(state), known)).toEqual({ state, dropped: [] });
  });
});
