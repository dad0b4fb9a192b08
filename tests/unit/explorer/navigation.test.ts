import { describe, expect, it } from 'vitest';
import { adjacentInTimeOrder, compareByTime, sortByTime, sortNewestFirst } from '@/lib/explorer';
import { item } from './fixtures';

const a = item({ id: '1305-041501', date: '2013-04-15' });
const b = item({ id: '1305-041502', date: '2013-04-15' });
const c = item({ id: '2207-060705', date: '2022-06-07', time: '17:14' });
const d = item({ id: '2207-060709', date: '2022-06-07', time: '18:32' });
const s = item({ id: 'uk', kind: 'statement', date: '2022-06-07' });
const e = item({ id: '2507-062601', date: '2025-06-26', time: '00:00' });

describe('time order', () => {
  it('orders by date, then time, with an untimed statement after the untimed news of its day', () => {
    expect(sortByTime([e, d, s, c, b, a]).map((i) => i.id)).toEqual(['1305-041501', '1305-041502', 'uk', '2207-060705', '2207-060709', '2507-062601']);
  });

  it('lists newest first for the feed', () => {
    expect(sortNewestFirst([a, e, c]).map((i) => i.id)).toEqual(['2507-062601', '2207-060705', '1305-041501']);
  });
});

describe('adjacentInTimeOrder', () => {
  const all = sortByTime([e, c, a, d, b]);

  it('moves to the next and the previous entry in time order', () => {
    expect(adjacentInTimeOrder(all, b, 'next')?.id).toBe('2207-060705');
    expect(adjacentInTimeOrder(all, c, 'previous')?.id).toBe('1305-041502');
    expect(adjacentInTimeOrder(all, c, 'next')?.id).toBe('2207-060709');
  });

  it('stops at either end', () => {
    expect(adjacentInTimeOrder(all, a, 'previous')).toBeNull();
    expect(adjacentInTimeOrder(all, e, 'next')).toBeNull();
  });

  it('starts at the oldest going forward and at the newest going back when nothing is selected', () => {
    expect(adjacentInTimeOrder(all, null, 'next')?.id).toBe('1305-041501');
    expect(adjacentInTimeOrder(all, null, 'previous')?.id).toBe('2507-062601');
    expect(adjacentInTimeOrder([], null, 'next')).toBeNull();
  });

  it('finds the nearest entry when the selected one has been filtered out', () => {
    const withoutC = sortByTime([a, b, d, e]);
    expect(adjacentInTimeOrder(withoutC, c, 'next')?.id).toBe('2207-060709');
    expect(adjacentInTimeOrder(withoutC, c, 'previous')?.id).toBe('1305-041502');
  });
});

/** The neighbour found by a plain scan, to check the binary search against. */
function scannedNeighbour<T extends Parameters<typeof compareByTime>[0]>(sorted: readonly T[], current: T | null, direction: 'previous' | 'next'): T | null {
  if (!current) return (direction === 'next' ? sorted[0] : sorted[sorted.length - 1]) ?? null;
  if (direction === 'next') return sorted.find((entry) => compareByTime(entry, current) > 0) ?? null;
  return sorted.findLast((entry) => compareByTime(entry, current) < 0) ?? null;
}

describe('adjacentInTimeOrder against a plain scan', () => {
  it('finds the same neighbour for every entry, filtered out or not, in both directions', () => {
    const everyone = sortByTime([a, b, c, d, s, e]);
    for (const kept of [everyone, everyone.filter((entry) => entry !== c && entry !== s), [], [d]]) {
      for (const current of [null, ...everyone]) {
        for (const direction of ['previous', 'next'] as const) {
          expect(adjacentInTimeOrder(kept, current, direction), `${current?.id} ${direction}`).toBe(scannedNeighbour(kept, current, direction));
        }
      }
    }
    expect(adjacentInTimeOrder(everyone, c, 'previous')?.id).toBe('uk');
    expect(adjacentInTimeOrder(everyone, s, 'next')?.id).toBe('2207-060705');
  });
});
