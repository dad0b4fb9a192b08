import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery, type SearchQuery } from '@/lib/search';

function ok(result: ParsedQuery): SearchQuery {
  if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
  return result.query;
}
const texts = (terms: SearchQuery['include']) => terms.map((term) => term.text);
const problemOf = (input: string) => {
  const result = parseQuery(input);
  return result.ok ? null : result.problem.code;
};

describe('the query language', () => {
  it('takes terms separated by spaces, half- or full-width, as all required', () => {
    const query = ok(parseQuery('GCAP 英国　防衛'));
    expect(texts(query.include)).toEqual(['gcap', '英国', '防衛']);
    expect(query.exclude).toEqual([]);
    expect(query.notices).toEqual([]);
  });

  it('keeps a quoted phrase as one term, folded', () => {
    const query = ok(parseQuery('"Secretary of State" 英国'));
    expect(query.include).toEqual([
      { raw: 'Secretary of State', text: 'secretaryofstate', phrase: true },
      { raw: '英国', text: '英国', phrase: false },
    ]);
  });

  it('reads full-width and curly quotes as quotes', () => {
    expect(texts(ok(parseQuery('＂日本 と NATO＂')).include)).toEqual(['日本とnato']);
    expect(texts(ok(parseQuery('“Secretary of State”')).include)).toEqual(['secretaryofstate']);
  });

  it('excludes a term or a phrase after a minus sign, half- or full-width', () => {
    const query = ok(parseQuery('協力 -EU －"North Korea"'));
    expect(texts(query.include)).toEqual(['協力']);
    expect(texts(query.exclude)).toEqual(['eu', 'northkorea']);
  });

  it('keeps a minus sign inside a term as text', () => {
    expect(texts(ok(parseQuery('F-35B 2+2')).include)).toEqual(['f-35b', '2+2']);
  });

  it('treats regex metacharacters and markup as plain text', () => {
    expect(texts(ok(parseQuery('.* (a|b) [x] \\d+ $^')).include)).toEqual(['.*', '(a|b)', '[x]', '\\d+', '$^']);
    expect(texts(ok(parseQuery('<script>alert(1)</script>')).include)).toEqual(['<script>alert(1)</script>']);
  });

  it('folds each term as the text is folded', () => {
    expect(texts(ok(parseQuery('ＧＣＡＰ ｵﾗﾝﾀﾞ')).include)).toEqual(['gcap', 'オランダ']);
  });

  it('reads an unclosed quote as a phrase to the end, with a notice', () => {
    const query = ok(parseQuery('英国 "Secretary of'));
    expect(texts(query.include)).toEqual(['英国', 'secretaryof']);
    expect(query.notices.map((n) => [n.code, n.start])).toEqual([['unclosed-quote', 3]]);
  });

  it('drops an empty phrase, a bare minus sign and a repeated term, with notices', () => {
    const query = ok(parseQuery('"" GCAP - gcap'));
    expect(texts(query.include)).toEqual(['gcap']);
    expect(query.notices.map((n) => n.code)).toEqual(['empty-phrase', 'empty-exclusion', 'repeated-term']);
  });
});

describe('queries that cannot run', () => {
  it('refuses an empty query and one of spaces only', () => {
    expect(problemOf('')).toBe('empty');
    expect(problemOf('   \u3000\n')).toBe('empty');
    expect(problemOf('""')).toBe('empty');
  });

  it('refuses a query of exclusions only', () => {
    expect(problemOf('-NATO -EU')).toBe('only-exclusions');
  });

  it(`refuses a query longer than ${MAX_QUERY_LENGTH} characters, at once even when huge`, () => {
    expect(problemOf('あ'.repeat(MAX_QUERY_LENGTH))).toBeNull();
    expect(problemOf('あ'.repeat(MAX_QUERY_LENGTH + 1))).toBe('too-long');
    // Characters, not UTF-16 units: the URL's q reader counts the same way.
    expect(problemOf('𠮷'.repeat(MAX_QUERY_LENGTH))).not.toBe('too-long');
    expect(problemOf('𠮷'.repeat(MAX_QUERY_LENGTH + 1))).toBe('too-long');
    const started = performance.now();
    expect(problemOf('"a '.repeat(3_334))).toBe('too-long');
    expect(problemOf('x'.repeat(10_000))).toBe('too-long');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a lone surrogate, at its place', () => {
    const result = parseQuery('GCAP \uD800x');
    expect(result.ok ? null : [result.problem.code, result.problem.start]).toEqual(['lone-surrogate', 5]);
    expect(problemOf('\uDC00')).toBe('lone-surrogate');
    expect(problemOf('𠮷野家')).toBeNull();
  });
});

describe('the query parser, on generated input', () => {
  it('never throws, and a query it accepts has folded, non-empty terms', () => {
    const unit = fc.constantFrom(...'"＂“”-－ 　aA日本ｶﾞ.*\\()<>'.split(''), '\uD800', '\uDC00', '𠮷');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 250 }), (input) => {
        const result = parseQuery(input);
        if (!result.ok) return;
        expect(result.query.include.length).toBeGreaterThan(0);
        for (const term of [...result.query.include, ...result.query.exclude]) {
          expect(term.text.length).toBeGreaterThan(0);
          expect(term.text).not.toMatch(/\s/u);
        }
      }),
      { numRuns: 500 },
    );
  });
});
