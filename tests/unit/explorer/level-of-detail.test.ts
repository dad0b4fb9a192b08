import { describe, expect, it } from 'vitest';
import {
  LOD_MAX_REAL_ITEMS,
  isAggregateId,
  lodContent,
  lodPeriod,
  lowerBound,
  periodEnd,
  periodStart,
  type LodEntry,
} from '@/lib/explorer/level-of-detail';

const DAY = 86_400_000;
const at = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();

/** `count` entries one day apart from 1 January 2020, in time order. */
function daily(count: number, lane: string | null = null): LodEntry[] {
  return Array.from({ length: count }, (_, index) => ({ id: `e${index}`, time: at(2020, 1, 1 + index), lane, importance: 0 }));
}

describe('level of detail', () => {
  it('picks the shortest period that keeps aggregates apart', () => {
    expect(lodPeriod(13 * 365 * DAY, 1000)).toBe('year');
    expect(lodPeriod(365 * DAY, 1000)).toBe('month');
    expect(lodPeriod(30 * DAY, 1000)).toBe('week');
    expect(lodPeriod(5 * DAY, 1000)).toBe('day');
    expect(lodPeriod(26 * 365 * DAY, 700)).toBe('five-years');
    expect(lodPeriod(300 * 365 * DAY, 1000)).toBe('decade');
  });

  it('starts and ends periods on local calendar boundaries', () => {
    const time = new Date(2025, 5, 26, 22, 48).getTime(); // Thursday 26 June 2025
    expect(periodStart(time, 'day')).toBe(at(2025, 6, 26));
    expect(periodStart(time, 'week')).toBe(at(2025, 6, 23));
    expect(periodStart(time, 'month')).toBe(at(2025, 6, 1));
    expect(periodStart(time, 'quarter')).toBe(at(2025, 4, 1));
    expect(periodStart(time, 'year')).toBe(at(2025, 1, 1));
    expect(periodStart(time, 'five-years')).toBe(at(2025, 1, 1));
    expect(periodStart(time, 'decade')).toBe(at(2020, 1, 1));
    expect(periodEnd(at(2025, 12, 1), 'month')).toBe(at(2026, 1, 1));
    expect(periodEnd(at(2025, 10, 1), 'quarter')).toBe(at(2026, 1, 1));
  });

  it('keeps every period start at local midnight across a change of summer time', () => {
    // Spring forward and fall back in Los Angeles (9 March, 2 November 2025) and in Europe
    // (30 March, 26 October): a week or a day there is not 7 × 24 or 24 hours everywhere.
    expect(periodEnd(at(2025, 3, 3), 'week')).toBe(at(2025, 3, 10));
    expect(periodEnd(at(2025, 10, 27), 'week')).toBe(at(2025, 11, 3));
    expect(periodEnd(at(2025, 3, 8), 'day')).toBe(at(2025, 3, 9));
    expect(periodEnd(at(2025, 3, 9), 'day')).toBe(at(2025, 3, 10));
    expect(periodEnd(at(2025, 11, 2), 'day')).toBe(at(2025, 11, 3));
    expect(periodStart(new Date(2025, 2, 9, 12).getTime(), 'week')).toBe(at(2025, 3, 3));
    expect(periodStart(new Date(2025, 10, 2, 23, 30).getTime(), 'day')).toBe(at(2025, 11, 2));
    expect(periodEnd(at(2025, 1, 1), 'quarter')).toBe(at(2025, 4, 1));
    expect(periodEnd(at(2020, 1, 1), 'five-years')).toBe(at(2025, 1, 1));
    expect(periodEnd(at(2020, 1, 1), 'decade')).toBe(at(2030, 1, 1));
  });

  it('starts a week on the Monday before, even from a Sunday late at night', () => {
    expect(periodStart(new Date(2025, 5, 29, 23, 59).getTime(), 'week')).toBe(at(2025, 6, 23));
    expect(periodStart(at(2025, 6, 30), 'week')).toBe(at(2025, 6, 30));
    expect(periodStart(at(2024, 12, 31), 'quarter')).toBe(at(2024, 10, 1));
    expect(periodStart(at(2024, 12, 31), 'five-years')).toBe(at(2020, 1, 1));
  });

  it('finds the first entry at or after a time', () => {
    const entries = daily(10);
    expect(lowerBound(entries, at(2020, 1, 1))).toBe(0);
    expect(lowerBound(entries, at(2020, 1, 3) + 1)).toBe(3);
    expect(lowerBound(entries, at(2021, 1, 1))).toBe(10);
  });

  it('gives the real items of the window, and half a window either side, when they are few', () => {
    const entries = daily(100);
    const content = lodContent(entries, at(2020, 2, 1), at(2020, 2, 11), 1000);
    expect(content.mode).toBe('items');
    if (content.mode !== 'items') return;
    expect(content.ids[0]).toBe('e26'); // 27 January: five days before the window
    expect(content.ids.at(-1)).toBe('e46'); // 16 February: five days after
  });

  it('counts every entry once in aggregates per period and lane when the window is crowded', () => {
    const entries = [...daily(LOD_MAX_REAL_ITEMS + 200, 'nato')];
    entries.push(...daily(3, 'eu'));
    entries.sort((a, b) => a.time - b.time);
    const content = lodContent(entries, at(2020, 1, 1), at(2021, 12, 31), 2000);
    expect(content.mode).toBe('aggregates');
    if (content.mode !== 'aggregates') return;
    expect(content.aggregates.reduce((sum, aggregate) => sum + aggregate.count, 0)).toBe(entries.length);
    expect(content.aggregates.every((aggregate) => isAggregateId(aggregate.id) && aggregate.period === 'month')).toBe(true);
    expect(content.aggregates.find((aggregate) => aggregate.lane === 'eu')).toMatchObject({ start: at(2020, 1, 1), count: 3 });
  });
});
