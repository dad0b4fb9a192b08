import { emptyFilters } from '@/lib/explorer';
import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFilename, exportHref } from '@/lib/export';

describe('export file name', () => {
  it('names the filters and the day, in the filters order', () => {
    const name = exportFilename({ outlets: [], partners: ['NATO'], q: '', kind: 'news' }, 'csv', '2026-12-01');
    expect(name).toEqual({ name: 'chronology_partner-NATO_kind-news_2026-12-01.csv', ascii: 'chronology_partner-NATO_kind-news_2026-12-01.csv' });
    expect(contentDisposition(name)).toBe('attachment; filename="chronology_partner-NATO_kind-news_2026-12-01.csv"');
  });

  it('is chronology_DATE with no filter, with each format extension', () => {
    const none = { outlets: [], partners: [], q: '', kind: null };
    expect(exportFilename(none, 'bibtex', '2026-12-01').name).toBe('chronology_2026-12-01.bib');
    expect(exportFilename(none, 'ris', '2026-12-01').name).toBe('chronology_2026-12-01.ris');
    expect(exportFilename(none, 'csljson', '2026-12-01').name).toBe('chronology_2026-12-01.csl.json');
    expect(exportFilename(none, 'json', '2026-12-01').name).toBe('chronology_2026-12-01.json');
  });

  it('names a filter added later without a change (any list or text)', () => {
    expect(exportFilename({ outlets: ['nikkei', 'kyodo'], from: '2024-01-01' }, 'csv', '2026-12-01').name).toBe('chronology_outlet-nikkei+kyodo_from-2024-01-01_2026-12-01.csv');
  });

  it('gives a Japanese query an ASCII fallback and an RFC 5987 name', () => {
    const name = exportFilename({ q: 'NATO 事務総長' }, 'csv', '2026-12-01');
    expect(name.name).toBe('chronology_q-NATO_事務総長_2026-12-01.csv');
    expect(name.ascii).toBe('chronology_q-NATO___2026-12-01.csv');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="chronology_q-NATO___2026-12-01.csv"; filename*=UTF-8''${encodeURIComponent('chronology_q-NATO_事務総長_2026-12-01.csv')}`,
    );
  });

  it('keeps quotes, separators and line breaks out of the header', () => {
    const name = exportFilename({ q: `a"b/c\\d\r\ne;f'(g)` }, 'csv', '2026-12-01');
    expect(name.ascii).toBe(`chronology_q-a_b_c_d_e_f'(g)_2026-12-01.csv`);
    const header = contentDisposition(name);
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });

  it('shortens a long query', () => {
    expect(exportFilename({ q: 'あ'.repeat(200) }, 'csv', '2026-12-01').name).toBe(`chronology_q-${'あ'.repeat(60)}_2026-12-01.csv`);
  });
});

describe('export links', () => {
  it('carry the filters as the explorer writes them, after the format', () => {
    expect(exportHref({ ...emptyFilters, outlets: ['nikkei', 'kyodo'], partners: ['NATO'], q: '事務 総長', kind: 'news' }, 'ris')).toBe(
      `/api/export?format=ris&outlet=nikkei,kyodo&partner=NATO&q=${encodeURIComponent('事務 総長')}&kind=news`,
    );
  });

  it('carry the date range and the milestones toggle', () => {
    expect(exportHref({ ...emptyFilters, from: '2018', to: '2019-06', milestones: true }, 'csv')).toBe('/api/export?format=csv&from=2018&to=2019-06&milestones=1');
    expect(exportFilename({ ...emptyFilters, from: '2018', to: '2019-06', milestones: true }, 'csv', '2026-12-01').name).toBe('chronology_from-2018_to-2019-06_milestones-1_2026-12-01.csv');
  });

  it('are the format alone with no filter', () => {
    expect(exportHref(emptyFilters, 'csv')).toBe('/api/export?format=csv');
    expect(exportHref(emptyFilters, 'csv', 'ja')).toBe('/api/export?format=csv');
    expect(exportHref({ ...emptyFilters, partners: ['NL'] }, 'ris', 'en')).toBe('/api/export?format=ris&lang=en&partner=NL');
  });
});
