import { describe, expect, it } from 'vitest';
import { loadChronology } from '@/lib/chronology/load';
import { emptyFilters, explorerFigures, filterEntries, fromSnapshot, initialState, pendingFigures, toSnapshot, visibleEntries, type ExplorerFilters, type ExplorerState } from '@/lib/explorer';
import { toExplorerItems } from '@/lib/explorer/to-explorer-items';
import { generateDigest } from '@/lib/generate/digest';
import { parseDigest } from '@/lib/parser/digest';
import { APP_FIXTURE_DIR } from '@/tests/app-fixture';

const chronology = loadChronology(APP_FIXTURE_DIR);
const bundled = toExplorerItems(chronology.events, chronology.statements, chronology.related);
const generated = toExplorerItems(parseDigest(generateDigest(1_200, 11).text).events, [], { statementsByEvent: new Map(), eventsByStatement: new Map() });

/** What the browser reads from the page's snapshot, after the trip as JSON. */
const throughThePage = (state: ExplorerState, items = bundled) =>
  fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(explorerFigures(filterEntries(items, state), state)))));

describe('the snapshot the home page sends', () => {
  const withRefs = bundled.find((item) => item.refs.length > 0 && item.relatedStatements.length === 0);
  const withStatement = bundled.find((item) => item.relatedStatements.length > 0);
  const states: Array<[string, ExplorerState, typeof bundled]> = [
    ['the initial state', initialState, bundled],
    ['a filtered list', { ...initialState, view: 'list', partners: ['NATO'], q: '首脳' }, bundled],
    ['a selected entry with refs', { ...initialState, event: withRefs?.id ?? null }, bundled],
    ['a selected entry with a related statement, filtered out', { ...initialState, event: withStatement?.id ?? null, kind: 'statement' }, bundled],
    ['page 3 of a long list', { ...initialState, view: 'list', page: 3, outlets: ['kyodo', 'nhk'] }, generated],
    ['a page past the last', { ...initialState, view: 'list', page: 99 }, generated],
  ];
  for (const [name, state, items] of states) {
    it(`gives the browser exactly the figures it would compute itself: ${name}`, () => {
      const own = explorerFigures(filterEntries(items, state), state);
      expect(throughThePage(state, items)).toEqual(own);
    });
  }

  it('carries only the entries it names, not the chronology', () => {
    const snapshot = toSnapshot(explorerFigures(filterEntries(generated, initialState), initialState));
    expect(snapshot.items.items).toHaveLength(0);
    const list = toSnapshot(explorerFigures(filterEntries(generated, initialState), { ...initialState, view: 'list' }));
    expect(list.items.items).toHaveLength(200);
  });

  it('says where each year starts in the list, and counts each year', () => {
    const figures = explorerFigures(filterEntries(generated, initialState), { ...initialState, view: 'list' });
    expect(figures.yearCounts.reduce((sum, [, count]) => sum + count, 0)).toBe(generated.length);
    const newestYear = figures.yearCounts[figures.yearCounts.length - 1]?.[0];
    expect(newestYear && figures.listPageOfYear.get(newestYear)).toBe(1);
  });
});

describe('the snapshot once the page has moved on before the entries are in', () => {
  const withStatement = bundled.find((item) => item.relatedStatements.length > 0);
  const loaded: ExplorerState = { ...initialState, event: withStatement?.id ?? null, kind: 'statement' };
  const snapshot = throughThePage(loaded);

  it('keeps the selected entry while it is still the one asked for, without claims that depend on the filters', () => {
    expect(snapshot.selected?.id).toBe(withStatement?.id);
    expect(snapshot.selectedVisible).toBe(false);
    const pending = pendingFigures(snapshot, { ...loaded, kind: null, partners: ['NATO'] });
    expect(pending.selected).toBe(snapshot.selected);
    expect(pending.selectedVisible).toBe(true);
    expect([pending.previous, pending.next]).toEqual([null, null]);
  });

  it('shows no entry once another one, or none, is asked for', () => {
    const other = bundled.find((item) => item.id !== withStatement?.id);
    expect(pendingFigures(snapshot, { ...loaded, event: other?.id ?? null }).selected).toBeNull();
    expect(pendingFigures(snapshot, { ...loaded, event: null }).selected).toBeNull();
  });
});

describe('the entries the timeline is first drawn from', () => {
  const filterSets: Array<[string, ExplorerFilters, typeof bundled]> = [
    ['no filter', emptyFilters, generated],
    ['a partner and a year', { ...emptyFilters, partners: ['NATO'], from: '2020', to: '2020' }, generated],
    ['two outlets', { ...emptyFilters, outlets: ['kyodo', 'nhk'] }, generated],
    ['milestones only', { ...emptyFilters, milestones: true }, bundled],
    ['statements', { ...emptyFilters, kind: 'statement' }, bundled],
    ['a query in full-width letters', { ...emptyFilters, q: 'ＮＡＴＯ' }, bundled],
    ['a query nothing holds', { ...emptyFilters, q: 'どこにもない語句' }, bundled],
  ];
  for (const [name, filters, items] of filterSets) {
    it(`are those the explorer then counts, in the same order: ${name}`, () => {
      const visible = visibleEntries(items, filters);
      expect(visible.map((item) => item.id)).toEqual(filterEntries(items, filters).visible.map((item) => item.id));
    });
  }
});
