import { describe, expect, it } from 'vitest';
import { EVENTS_QUERY_PARAMS } from '@/lib/api/events-query';
import { EXPORT_QUERY_PARAMS, parseExportQuery } from '@/lib/api/export-query';

const known = { outlets: new Set(['nikkei', 'kyodo']), partners: new Set(['NATO', 'EU', 'NL']) };
const parse = (query: string) => parseExportQuery(new URLSearchParams(query), known);
const params = (query: string) => {
  const result = parse(query);
  return result.ok ? [] : result.errors.map((error) => error.param);
};

describe('the GET /api/export query', () => {
  it('takes the filters of /api/events, format and lang', () => {
    expect(EXPORT_QUERY_PARAMS).toEqual([...EVENTS_QUERY_PARAMS, 'format', 'lang']);
    expect(parse('format=csv&outlet=Nikkei,kyodo&partner=nato&q=%20事務総長%20&kind=NEWS&from=2018&to=2019-06&milestones=1')).toEqual({
      ok: true,
      format: 'csv',
      lang: 'ja',
      filters: { outlets: ['nikkei', 'kyodo'], partners: ['NATO'], q: '事務総長', kind: 'news', from: '2018', to: '2019-06', milestones: true },
    });
  });

  it.each(['csv', 'json', 'csljson', 'ris', 'bibtex', 'BibTeX'])('takes format=%s', (format) => {
    expect(parse(`format=${format}`)).toMatchObject({ ok: true, format: format.toLowerCase() });
  });

  it('refuses a missing, an empty, an unknown or a repeated format', () => {
    expect(parse('')).toMatchObject({ ok: false, errors: [{ param: 'format', message: expect.stringContaining('required') as string }] });
    expect(params('format=')).toEqual(['format']);
    expect(parse('format=xlsx')).toMatchObject({ ok: false, errors: [{ param: 'format', message: expect.stringContaining('"xlsx"') as string }] });
    expect(parse('format=csv&format=ris')).toMatchObject({ ok: false, errors: [{ param: 'format', message: 'given more than once' }] });
    expect(parse('format=csv&format=csv').ok).toBe(false);
  });

  it('names every reason at once: bad filters, unknown parameters and the format', () => {
    const result = parse('format=pdf&outlet=asahi&partner=XX&kind=poem&q=a&q=b&view=list');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.param).sort()).toEqual(['format', 'kind', 'outlet', 'partner', 'q', 'view']);
    expect(result.errors.find((error) => error.param === 'view')?.message).toContain('format');
  });

  it('takes lang=en or ja (Japanese when absent or empty), and refuses another or a repeated one', () => {
    expect(parse('format=ris&lang=en')).toMatchObject({ ok: true, lang: 'en' });
    expect(parse('format=ris&lang=EN')).toMatchObject({ ok: true, lang: 'en' });
    expect(parse('format=ris&lang=')).toMatchObject({ ok: true, lang: 'ja' });
    expect(parse('format=ris&lang=fr')).toMatchObject({ ok: false, errors: [{ param: 'lang', message: expect.stringContaining('"fr"') as string }] });
    expect(parse('format=ris&lang=en&lang=ja')).toMatchObject({ ok: false, errors: [{ param: 'lang', message: 'given more than once' }] });
  });

  it('refuses a broken percent-escape in q', () => {
    expect(params('format=csv&q=%E3%81')).toEqual(['q']);
  });
});
