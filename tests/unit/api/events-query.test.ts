import { describe, expect, it } from 'vitest';
import { parseEventsQuery } from '@/lib/api/events-query';

const known = { outlets: new Set(['nikkei', 'kyodo']), partners: new Set(['NATO', 'EU', 'NL']) };
const parse = (query: string) => parseEventsQuery(new URLSearchParams(query), known);

describe('the GET /api/events query schema', () => {
  it('reads no parameters as no filters', () => {
    expect(parse('')).toEqual({ ok: true, filters: { outlets: [], partners: [], q: '', kind: null, from: null, to: null, milestones: false } });
  });

  it('reads comma lists and repeated parameters, normalising case and dropping duplicates and blanks', () => {
    expect(parse('outlet=Nikkei,kyodo&outlet=nikkei,&partner=nato&partner=eu&q=%20事務総長%20&kind=NEWS')).toEqual({
      ok: true,
      filters: { outlets: ['nikkei', 'kyodo'], partners: ['NATO', 'EU'], q: '事務総長', kind: 'news', from: null, to: null, milestones: false },
    });
  });

  it('takes kind=all and empty values as no filter', () => {
    expect(parse('kind=all&q=&outlet=')).toEqual({ ok: true, filters: { outlets: [], partners: [], q: '', kind: null, from: null, to: null, milestones: false } });
  });

  it('names every bad parameter: unknown codes, an unknown kind, a repeated q, an overlong q, an unknown parameter', () => {
    const result = parse(`outlet=asahi&partner=XX&kind=poem&q=a&q=b&partners=NATO`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.param).sort()).toEqual(['kind', 'outlet', 'partner', 'partners', 'q']);
    expect(result.errors.find((error) => error.param === 'outlet')?.message).toContain('asahi');
    expect(parse(`q=${'あ'.repeat(201)}`)).toMatchObject({ ok: false, errors: [{ param: 'q' }] });
    expect(parse(`q=${'あ'.repeat(200)}`).ok).toBe(true);
  });

  it('refuses a broken percent-escape (%E3%81) in q rather than searching for U+FFFD', () => {
    expect(parse('q=%E3%81')).toMatchObject({ ok: false, errors: [{ param: 'q', message: expect.stringContaining('UTF-8') }] });
  });

  it('refuses markup as an outlet code and keeps it as text in the message', () => {
    const result = parse('outlet=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(result).toMatchObject({ ok: false, errors: [{ param: 'outlet', message: 'unknown outlet "<script>alert(1)</script>"' }] });
  });
});
