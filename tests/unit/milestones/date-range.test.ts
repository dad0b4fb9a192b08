import { describe, expect, it } from 'vitest';
import { parseEventsQuery } from '@/lib/api/events-query';
import { emptyFilters, filterItems, hasActiveFilters, parseExplorerUrl, serializeExplorerState, initialState } from '@/lib/explorer';
import { inDateRange, isPeriod, periodLastDay, readDate, readDateRange, readMilestones } from '@/lib/url-params';
import { item } from '../explorer/fixtures';

const known = { outlets: new Set(['kyodo']), partners: new Set(['NATO']), ids: new Set<string>() };

describe('from and to', () => {
  it('accept a year, a month or a day that exists', () => {
    for (const good of ['2013', '2023-05', '2024-02-29', '2025-12-31']) expect(isPeriod(good), good).toBe(true);
    for (const bad of ['2025-02-30', '2023-02-29', '2023-13', '2023-00', '2023-5', '23', '2023/05', '2023-05-1', '０２０２', '0999', 'last year']) expect(isPeriod(bad), bad).toBe(false);
  });

  it('read one value, report a bad one and a repeated one', () => {
    expect(readDate('from', [' 2023-05 '])).toEqual({ value: '2023-05', rejected: [] });
    expect(readDate('to', ['2025-02-30'])).toEqual({ value: null, rejected: [{ param: 'to', value: '2025-02-30', reason: 'invalid-date' }] });
    expect(readDate('from', ['2022', '2023'])).toEqual({ value: '2022', rejected: [{ param: 'from', value: '2023', reason: 'repeated' }] });
    expect(readDate('from', ['', ''])).toEqual({ value: null, rejected: [] });
  });

  it('drop both ends when from is after to, and keep a range within one period', () => {
    expect(readDateRange(['2024'], ['2023-12'])).toEqual({
      from: { value: null, rejected: [{ param: 'from', value: '2024', reason: 'reversed-range' }] },
      to: { value: null, rejected: [{ param: 'to', value: '2023-12', reason: 'reversed-range' }] },
    });
    expect(readDateRange(['2024-03-15'], ['2024-03'])).toMatchObject({ from: { value: '2024-03-15' }, to: { value: '2024-03' } });
    expect(readDateRange(['2024'], ['2024'])).toMatchObject({ from: { value: '2024' }, to: { value: '2024' } });
  });

  it('mean the start and the end of their periods, inclusive', () => {
    expect(periodLastDay('2024-02')).toBe('2024-02-29');
    expect(periodLastDay('2023')).toBe('2023-12-31');
    expect(inDateRange('2023-01-01', '2023', '2023')).toBe(true);
    expect(inDateRange('2023-12-31', '2023', '2023')).toBe(true);
    expect(inDateRange('2022-12-31', '2023', null)).toBe(false);
    expect(inDateRange('2024-01-01', null, '2023')).toBe(false);
    expect(inDateRange('2023-05-31', '2023-05', '2023-05')).toBe(true);
    expect(inDateRange('2023-05-12', '2023-05-13', null)).toBe(false);
  });

  it('go through the page URL both ways and into the API', () => {
    const { state, dropped } = parseExplorerUrl('from=2022-06&to=2023&milestones=1', known);
    expect(state).toEqual({ ...initialState, from: '2022-06', to: '2023', milestones: true });
    expect(dropped).toEqual([]);
    expect(serializeExplorerState(state)).toBe('?from=2022-06&to=2023&milestones=1');
    expect(parseEventsQuery(new URLSearchParams('from=2022-06&to=2023&milestones=1'), known)).toEqual({ ok: true, filters: { ...emptyFilters, from: '2022-06', to: '2023', milestones: true } });
  });

  it('are refused by the API with a reason for each bad value', () => {
    const result = parseEventsQuery(new URLSearchParams('from=2025-02-30&to=2020&milestones=yes'), known);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.param)).toEqual(['from', 'milestones']);
    const reversed = parseEventsQuery(new URLSearchParams('from=2024&to=2023'), known);
    expect(reversed.ok ? [] : reversed.errors.map((error) => error.param)).toEqual(['from', 'to']);
  });

  it('are dropped by the page with their reasons, in query order', () => {
    expect(parseExplorerUrl('to=2023&from=2024&milestones=2', known).dropped).toEqual([
      { param: 'to', value: '2023', reason: 'reversed-range' },
      { param: 'from', value: '2024', reason: 'reversed-range' },
      { param: 'milestones', value: '2', reason: 'invalid-milestones' },
    ]);
  });
});

describe('milestones=', () => {
  it('reads 1 and 0, refuses anything else', () => {
    expect(readMilestones(['1'])).toEqual({ value: true, rejected: [] });
    expect(readMilestones(['0'])).toEqual({ value: false, rejected: [] });
    expect(readMilestones(['on'])).toEqual({ value: false, rejected: [{ param: 'milestones', value: 'on', reason: 'invalid-milestones' }] });
  });
});

describe('filtering by range and milestones', () => {
  const items = [
    item({ id: 'a', date: '2022-12-31' }),
    item({ id: 'b', date: '2023-01-01', milestone: true }),
    item({ id: 'c', date: '2023-06-15' }),
    item({ id: 'd', date: '2023-12-31', milestone: true }),
    item({ id: 'e', date: '2024-01-01' }),
  ];
  const ids = (filters: Partial<typeof emptyFilters>) => filterItems(items, { ...emptyFilters, ...filters }).map((one) => one.id);

  it('keeps the entries of the range, both ends included', () => {
    expect(ids({ from: '2023', to: '2023' })).toEqual(['b', 'c', 'd']);
    expect(ids({ from: '2023-06' })).toEqual(['c', 'd', 'e']);
    expect(ids({ to: '2023-01-01' })).toEqual(['a', 'b']);
    expect(hasActiveFilters({ ...emptyFilters, to: '2023' })).toBe(true);
  });

  it('keeps only the milestones, with the other filters', () => {
    expect(ids({ milestones: true })).toEqual(['b', 'd']);
    expect(ids({ milestones: true, from: '2023-02' })).toEqual(['d']);
    expect(hasActiveFilters({ ...emptyFilters, milestones: true })).toBe(true);
  });
});
