import { describe, expect, it } from 'vitest';
import { emptyFilters, filterItems, hasActiveFilters, listedOptions, optionCounts, toggleValue, type ExplorerFilters } from '@/lib/explorer';
import { facetOptions } from '@/lib/explorer/facet-options';
import { item } from './fixtures';

const kyodo = { key: 'kyodo', name: '共同通信', via: 'Yahoo' };
const nikkei = { key: 'nikkei', name: '日本経済新聞', via: null };

const items = [
  item({ id: '2507-062601', date: '2025-06-26', outlet: nikkei, partners: ['NL'], title: '自衛隊とオランダ軍の燃料・弾薬融通、日蘭が交渉開始', summary: '防衛協力を深める。' }),
  item({ id: '2507-062438', date: '2025-06-24', outlet: kyodo, partners: ['NATO'], title: 'NATO日本事務所開設を断念', summary: 'NATO当局者は24日…' }),
  item({ id: '2412-112806', date: '2024-11-28', outlet: kyodo, partners: ['EU'], title: 'EU、日本に軍事顧問派遣検討', summary: '中国念頭に関係強化' }),
  item({ id: '2408-071201', date: '2024-07-12', outlet: nikkei, partners: ['NATO', 'EU'], title: '日本とNATO、専用の通信回線', summary: '秘匿情報扱う' }),
  item({ id: 'uk', kind: 'statement', date: '2025-08-28', outlet: null, partners: ['GB'], title: '日英防衛相会談', summary: '共同声明を発表' }),
];

const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);
const filters = (overrides: Partial<ExplorerFilters>): ExplorerFilters => ({ ...emptyFilters, ...overrides });

describe('filterItems', () => {
  it('keeps everything when no filter is active', () => {
    expect(filterItems(items, emptyFilters)).toEqual(items);
    expect(hasActiveFilters(emptyFilters)).toBe(false);
  });

  it('keeps the items of any of the chosen outlets, and no statement, which has no outlet', () => {
    expect(ids(filterItems(items, filters({ outlets: ['nikkei'] })))).toEqual(['2507-062601', '2408-071201']);
    expect(ids(filterItems(items, filters({ outlets: ['nikkei', 'kyodo'] })))).toHaveLength(4);
  });

  it('keeps the items with at least one of the chosen partners', () => {
    expect(ids(filterItems(items, filters({ partners: ['EU'] })))).toEqual(['2412-112806', '2408-071201']);
    expect(ids(filterItems(items, filters({ partners: ['NL', 'GB'] })))).toEqual(['2507-062601', 'uk']);
  });

  it('searches the title and the summary', () => {
    expect(ids(filterItems(items, filters({ q: 'オランダ' })))).toEqual(['2507-062601']);
    expect(ids(filterItems(items, filters({ q: '秘匿' })))).toEqual(['2408-071201']);
    expect(ids(filterItems(items, filters({ q: '共同声明' })))).toEqual(['uk']);
  });

  it('keeps one kind of entry', () => {
    expect(ids(filterItems(items, filters({ kind: 'statement' })))).toEqual(['uk']);
    expect(filterItems(items, filters({ kind: 'news' }))).toHaveLength(4);
  });

  it('combines the filters: every active filter must pass', () => {
    const chosen = filters({ outlets: ['kyodo'], partners: ['NATO', 'EU'], q: 'ｅｕ' });
    expect(hasActiveFilters(chosen)).toBe(true);
    expect(ids(filterItems(items, chosen))).toEqual(['2412-112806']);
  });
});

describe('optionCounts', () => {
  it('counts every option when nothing is chosen', () => {
    const counts = optionCounts(items, emptyFilters);
    expect(Object.fromEntries(counts.outlets)).toEqual({ nikkei: 2, kyodo: 2 });
    expect(Object.fromEntries(counts.partners)).toEqual({ NL: 1, NATO: 2, EU: 2, GB: 1 });
    expect(Object.fromEntries(counts.kinds)).toEqual({ news: 4, statement: 1 });
  });

  it('counts an outlet under the other filters, not under the outlet filter itself', () => {
    const counts = optionCounts(items, filters({ outlets: ['nikkei'], partners: ['NATO'] }));
    expect(Object.fromEntries(counts.outlets)).toEqual({ kyodo: 1, nikkei: 1 });
    // Partners are counted among Nikkei's items only.
    expect(Object.fromEntries(counts.partners)).toEqual({ NL: 1, NATO: 1, EU: 1 });
  });

  it('counts kinds under the outlet, partner and text filters', () => {
    const counts = optionCounts(items, filters({ partners: ['GB', 'NATO'], kind: 'news' }));
    expect(Object.fromEntries(counts.kinds)).toEqual({ news: 2, statement: 1 });
  });

  it('counts an item once per partner even if the partner is listed twice', () => {
    const counts = optionCounts([item({ id: 'x', date: '2020-01-01', partners: ['EU', 'EU'] })], emptyFilters);
    expect(counts.partners.get('EU')).toBe(1);
  });
});

describe('facetOptions', () => {
  it('lists outlets by number of entries and partners in the given order with their names', () => {
    const names: Record<string, string> = { NATO: 'NATO', EU: 'EU', NL: 'オランダ', GB: '英国' };
    const order = ['NATO', 'EU', 'GB', 'NL'];
    const facets = facetOptions([...items, item({ id: 'n3', date: '2020-01-01', outlet: nikkei })], {
      partnerLabel: (code) => names[code] ?? code,
      comparePartners: (a, b) => order.indexOf(a) - order.indexOf(b),
    });
    expect(facets.outlets).toEqual([
      { value: 'nikkei', label: '日本経済新聞' },
      { value: 'kyodo', label: '共同通信' },
    ]);
    expect(facets.partners).toEqual([
      { value: 'NATO', label: 'NATO' },
      { value: 'EU', label: 'EU' },
      { value: 'GB', label: '英国' },
      { value: 'NL', label: 'オランダ' },
    ]);
  });

  it('accepts every code of the partner table, and lists in a form only those some entry has, or that are chosen', () => {
    const facets = facetOptions(items, { partnerLabel: (code) => code, comparePartners: (a, b) => a.localeCompare(b), partnerTable: ['FR', 'NATO'] });
    const fr = facets.partners.find((option) => option.value === 'FR');
    expect(fr).toEqual({ value: 'FR', label: 'FR', empty: true });
    expect(facets.partners.find((option) => option.value === 'NATO')?.empty).toBeUndefined();
    expect(listedOptions(facets.partners, []).map((option) => option.value)).not.toContain('FR');
    expect(listedOptions(facets.partners, ['FR']).map((option) => option.value)).toContain('FR');
  });
});

describe('toggleValue', () => {
  it('adds a value in the order of the options and removes it again', () => {
    const order = ['NATO', 'EU', 'GB'];
    const added = toggleValue(['GB'], 'NATO', order);
    expect(added).toEqual(['NATO', 'GB']);
    expect(toggleValue(added, 'GB', order)).toEqual(['NATO']);
  });
});
