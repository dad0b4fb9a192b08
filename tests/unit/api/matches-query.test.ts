import { describe, expect, it } from 'vitest';
import { parseMatchesQuery } from '@/lib/api/matches-query';

const statements = new Set(['2025-08-28-japan-uk']);
const parse = (query: string) => parseMatchesQuery(new URLSearchParams(query), statements);

describe('parseMatchesQuery', () => {
  it('reads q, the version and a known statement', () => {
    expect(parse('q=%E9%98%B2%E8%A1%9B&v=0123456789abcdef&statement=2025-08-28-japan-uk')).toEqual({
      ok: true,
      q: '防衛',
      version: '0123456789abcdef',
      statement: '2025-08-28-japan-uk',
    });
  });

  it('refuses a missing or repeated q, a bad version, an unknown statement and any other parameter', () => {
    const result = parse('v=XYZ&statement=nope&page=2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.param).sort()).toEqual(['page', 'q', 'statement', 'v']);
    expect(parse('q=a&q=b').ok).toBe(false);
    expect(parse(`q=${'a'.repeat(201)}`).ok).toBe(false);
  });
});
