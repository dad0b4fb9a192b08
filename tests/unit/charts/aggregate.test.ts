import { describe, expect, it } from 'vitest';
import { comparePartnerCodes } from '@/lib/gazetteer/partners';
import { entriesByPartner, outletProfile, partnerMatrix, partnerProfile, profileOf, yearSpan, type CountedItem } from '@/lib/partners/aggregate';

let serial = 0;
function entry(date: string, partners: string[], outlet: string | null = 'kyodo', kind: 'news' | 'statement' = outlet ? 'news' : 'statement'): CountedItem {
  serial += 1;
  const id = `e${serial}`;
  return {
    id,
    kind,
    date,
    title: `title ${id}`,
    outlet: outlet ? { key: outlet, name: `name of ${outlet}`, via: null } : null,
    partners,
    permalink: kind === 'news' ? `/events/${id}` : `/statements/${id}`,
  };
}

// Oldest first, as the explorer's items are.
const items: CountedItem[] = [
  entry('2014-03-01', ['NATO']),
  entry('2014-05-02', ['NATO', 'EU'], 'nikkei'),
  entry('2016-01-10', ['EU', 'DE'], null),
  entry('2016-07-01', ['NATO', 'DE', 'DE']),
  entry('2016-09-09', []),
];

describe('partner and outlet aggregations', () => {
  it('spans every year from the first date to the last, gaps included', () => {
    expect(yearSpan(items)).toEqual([2014, 2015, 2016]);
    expect(yearSpan([])).toEqual([]);
  });

  it('counts an entry once for each partner it names, a repeated code once', () => {
    const byPartner = entriesByPartner(items);
    expect(byPartner.get('NATO')?.length).toBe(3);
    expect(byPartner.get('EU')?.length).toBe(2);
    expect(byPartner.get('DE')?.length).toBe(2);
    expect(byPartner.has('US')).toBe(false);
  });

  it('counts a profile per year and kind over the whole span, zero years kept', () => {
    const profile = profileOf(entriesByPartner(items).get('EU') ?? [], yearSpan(items));
    expect(profile.byYear).toEqual([
      { year: 2014, news: 1, statement: 0 },
      { year: 2015, news: 0, statement: 0 },
      { year: 2016, news: 0, statement: 1 },
    ]);
    expect(profile.total).toBe(2);
    expect(profile.first?.date).toBe('2014-05-02');
    expect(profile.latest?.kind).toBe('statement');
  });

  it('names a partner’s outlets and the partners it appears with, most first', () => {
    const nato = partnerProfile('NATO', entriesByPartner(items).get('NATO') ?? [], yearSpan(items), comparePartnerCodes);
    expect(nato.outlets).toEqual([
      { value: 'kyodo', name: 'name of kyodo', count: 2 },
      { value: 'nikkei', name: 'name of nikkei', count: 1 },
    ]);
    expect(nato.coPartners).toEqual([
      { value: 'EU', count: 1 },
      { value: 'DE', count: 1 },
    ]);
    expect(nato.statements).toEqual([]);
    const eu = partnerProfile('EU', entriesByPartner(items).get('EU') ?? [], yearSpan(items), comparePartnerCodes);
    expect(eu.statements.map((s) => s.date)).toEqual(['2016-01-10']);
  });

  it('gives a partner without entries an empty profile that still spans the years', () => {
    const none = partnerProfile('FI', [], yearSpan(items), comparePartnerCodes);
    expect(none.total).toBe(0);
    expect(none.first).toBeNull();
    expect(none.byYear.map((row) => row.news + row.statement)).toEqual([0, 0, 0]);
  });

  it('counts the partners an outlet covers', () => {
    const kyodo = items.filter((item) => item.outlet?.key === 'kyodo');
    const profile = outletProfile('kyodo', '共同通信', kyodo, yearSpan(items), comparePartnerCodes);
    expect(profile.total).toBe(3);
    expect(profile.partners).toEqual([
      { value: 'NATO', count: 2 },
      { value: 'DE', count: 1 },
    ]);
  });

  it('builds the matrix in the given order, leaving out partners without entries, with row and column totals', () => {
    const matrix = partnerMatrix(entriesByPartner(items), ['NATO', 'EU', 'FI', 'DE'], yearSpan(items));
    expect(matrix.years).toEqual([2014, 2015, 2016]);
    expect(matrix.rows).toEqual([
      { code: 'NATO', counts: [2, 0, 1], total: 3 },
      { code: 'EU', counts: [1, 0, 1], total: 2 },
      { code: 'DE', counts: [0, 0, 2], total: 2 },
    ]);
    expect(matrix.yearTotals).toEqual([3, 0, 4]);
    expect(matrix.total).toBe(7);
  });
});
