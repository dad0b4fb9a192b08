import { describe, expect, it } from 'vitest';
import { getExplorerData, getFilteredEntries, getOutletProfile, getPartnerMatrix, getPartnerProfile } from '@/lib/data';
import { emptyFilters, type ExplorerItem } from '@/lib/explorer';

// The partner and outlet pages' figures, for every partner and outlet of the fixture, against
// what `/api/events?partner=` and `?outlet=` answer (the same filtered entries, route.ts): the e2e
// suite then checks one page of each kind as a reader sees it.
const { items } = getExplorerData();
const partnerCodes = [...new Set(items.flatMap((item) => item.partners))];
const outletKeys = [...new Set(items.flatMap((item) => (item.outlet ? [item.outlet.key] : [])))];

/** Entries per year and kind, as `{ year, news, statement }` rows of the years that have any. */
function perYearAndKind(entries: readonly ExplorerItem[]): Array<{ year: number; news: number; statement: number }> {
  const byYear = new Map<number, { year: number; news: number; statement: number }>();
  for (const entry of entries) {
    const year = Number(entry.date.slice(0, 4));
    const row = byYear.get(year) ?? { year, news: 0, statement: 0 };
    row[entry.kind] += 1;
    byYear.set(year, row);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

const answered = (filters: Partial<typeof emptyFilters>) => getFilteredEntries({ ...emptyFilters, ...filters }).visible;
const nonZeroYears = (byYear: ReadonlyArray<{ year: number; news: number; statement: number }>) => byYear.filter((row) => row.news + row.statement > 0);

describe('the partner and outlet pages’ figures, over the fixture', () => {
  it('has several partners and outlets to count', () => {
    expect(partnerCodes.length).toBeGreaterThan(1);
    expect(outletKeys.length).toBeGreaterThan(1);
  });

  it('counts for every partner what /api/events?partner= answers, in total and per year and kind', () => {
    for (const code of partnerCodes) {
      const entries = answered({ partners: [code] });
      const profile = getPartnerProfile(code);
      expect(profile?.total, code).toBe(entries.length);
      expect(nonZeroYears(profile?.byYear ?? []), code).toEqual(perYearAndKind(entries));
    }
  });

  it('counts for every outlet what /api/events?outlet= answers, per year, and names the partners it covers', () => {
    for (const key of outletKeys) {
      const entries = answered({ outlets: [key] });
      const profile = getOutletProfile(key);
      expect(profile?.total, key).toBe(entries.length);
      expect(nonZeroYears(profile?.byYear ?? []), key).toEqual(perYearAndKind(entries));
      expect(new Set(profile?.partners.map((row) => row.value)), key).toEqual(new Set(entries.flatMap((entry) => entry.partners)));
    }
  });

  it('fills every cell of the partners × years matrix with what /api/events?partner= answers for that year', () => {
    const { matrix } = getPartnerMatrix();
    expect(new Set(matrix.rows.map((row) => row.code))).toEqual(new Set(partnerCodes));
    for (const row of matrix.rows) {
      const perYear = new Map(perYearAndKind(answered({ partners: [row.code] })).map((count) => [count.year, count.news + count.statement]));
      expect(row.counts, row.code).toEqual(matrix.years.map((year) => perYear.get(year) ?? 0));
    }
  });

  it('gives every cell the count the explorer shows for its link (that partner, from and to that year)', () => {
    const { matrix } = getPartnerMatrix();
    for (const row of matrix.rows) {
      for (const [i, year] of matrix.years.entries()) {
        const shown = answered({ partners: [row.code], from: String(year), to: String(year) }).length;
        expect(shown, `${row.code} ${year}`).toBe(row.counts[i]);
      }
    }
  });
});
