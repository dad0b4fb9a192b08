import { describe, expect, it } from 'vitest';
import { countYearGroups } from '@/lib/charts/year-groups';

describe('entries per year by partner group', () => {
  it('counts each entry once, under the first group it names (NATO, EU, European states, others)', () => {
    const counts = countYearGroups([
      { date: '2020-01-01', partners: ['DE', 'NATO'] },
      { date: '2020-02-01', partners: ['EU', 'FR'] },
      { date: '2020-03-01', partners: ['FR', 'US'] },
      { date: '2020-04-01', partners: ['US'] },
      { date: '2019-05-01', partners: [] },
    ]);
    expect(counts).toEqual([
      ['2019', { nato: 0, eu: 0, europe: 0, other: 1 }],
      ['2020', { nato: 1, eu: 1, europe: 1, other: 1 }],
    ]);
  });

  it('adds up to the entries of each year', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ date: `${2013 + (i % 4)}-01-01`, partners: [['NATO'], ['EU'], ['GB'], ['KR'], []][i % 5] ?? [] }));
    for (const [year, groups] of countYearGroups(items)) {
      expect(Object.values(groups).reduce((a, b) => a + b, 0)).toBe(items.filter((item) => item.date.startsWith(year)).length);
    }
  });

});
